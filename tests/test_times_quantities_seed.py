"""The times and quantities stages on the seed gold, through `newsledger eval`, rescored independently.

There is no reference scorer for these two stages in the shared folder, so the predictions the
eval writes (gold format, raw offsets) are rescored here by a separate, plain implementation of
the gold README's rule (overlapping spans in the same line match, one to one) and the headline
numbers must agree with the eval's own.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsledger.cli import app
from newsledger.eval.datasets import floors

runner = CliRunner()


def rescore(
    gold: list[dict[str, Any]], predicted: list[dict[str, Any]], zone: str | None
) -> tuple[float, float]:
    """Precision and recall by greedy one-to-one matching on overlapping spans within a line."""
    gold = [g for g in gold if zone is None or g["zone"] == zone]
    predicted = [p for p in predicted if zone is None or p["zone"] == zone]
    free = list(predicted)
    hits = 0
    for g in sorted(gold, key=lambda item: item["span"][0]):
        for p in free:
            if p["line"] == g["line"] and p["span"][0] < g["span"][1] and g["span"][0] < p["span"][1]:
                free.remove(p)
                hits += 1
                break
    return hits / len(predicted), hits / len(gold)


@pytest.mark.slow
@pytest.mark.parametrize("stage", ["times", "quantities"])
def test_eval_on_the_seed_meets_the_target_and_agrees_with_a_plain_rescoring(
    shared: Path, tmp_path: Path, stage: str
) -> None:
    predictions, metrics_path = tmp_path / "predictions.json", tmp_path / "metrics.json"
    result = runner.invoke(
        app, ["eval", stage, "--predictions", str(predictions), "--json", str(metrics_path), "--check"]
    )
    assert result.exit_code == 0, result.output
    metrics = json.loads(metrics_path.read_text(encoding="utf-8"))
    gold = json.loads((shared / "data" / "seed" / "gold.json").read_text(encoding="utf-8"))[stage]
    predicted = json.loads(predictions.read_text(encoding="utf-8"))[stage]
    for scope, zone in (("body", "body"), ("all", None)):
        precision, recall = rescore(gold, predicted, zone)
        assert metrics[f"{scope}_precision"] == pytest.approx(precision)
        assert metrics[f"{scope}_recall"] == pytest.approx(recall)
        assert precision >= 0.9 and recall >= 0.9  # the target
    exact = "dates_exact" if stage == "times" else "value_exact"
    assert metrics[f"all_{exact}"] == 1.0  # every resolved date / value found is right
    assert set(floors(stage)) <= set(metrics)


@pytest.mark.slow
def test_predictions_carry_raw_offsets_that_slice_to_their_text(shared: Path, tmp_path: Path) -> None:
    out = tmp_path / "times.json"
    assert runner.invoke(app, ["eval", "times", "--predictions", str(out)]).exit_code == 0
    raw = (shared / "data" / "seed" / "dailymail-2022-11-11-kherson.txt").read_text(encoding="utf-8")
    for item in json.loads(out.read_text(encoding="utf-8"))["times"]:
        assert raw[item["span"][0] : item["span"][1]] == item["text"]
