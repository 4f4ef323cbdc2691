"""The dump body model: labels from ground truth, and weights that training reproduces."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.extract import _weights, train
from newsledger.extract.body import CONTEXT_NAMES
from newsledger.extract.classify import layout
from newsledger.extract.features import NAMES


def test_weights_match_the_features() -> None:
    assert len(_weights.PARAGRAPH) == len(NAMES)
    assert len(_weights.CONTEXT) == len(NAMES) + len(CONTEXT_NAMES)


def test_paragraph_labels_mark_what_aligns_with_the_ground_truth() -> None:
    text = "Home\nNews\n\nThe minister resigned on Tuesday after a week of protests.\n\nShare this\n"
    _, paras, _ = layout(text)
    gold = "The minister resigned on Tuesday after a week of protests."
    assert train.paragraph_labels(text, paras, gold) == [False, False, True, False]


@pytest.mark.slow
def test_training_on_the_dev_set_reproduces_the_shipped_weights(shared: Path) -> None:
    model = train.fit(train.load_pages(shared / "data" / "extraction-dev"))
    assert model.paragraph == pytest.approx(_weights.PARAGRAPH, abs=1e-5)
    assert model.context == pytest.approx(_weights.CONTEXT, abs=1e-5)
    assert model.threshold == _weights.THRESHOLD
