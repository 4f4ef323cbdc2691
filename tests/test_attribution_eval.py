"""`newsledger eval quotes`: agrees with the reference scorer, and holds its floors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from newsledger.eval import quotes as eval_quotes
from newsledger.eval.quotes_score import score

HEADLINES = [
    ("content", "partial", "partial"),
    ("content", "exact_trim", "exact_trim"),
    ("speaker", "lenient", "lenient|partial"),
    ("speaker", "strict", "strict|partial"),
    ("cue", "lenient", "lenient|partial"),
    ("cue", "strict", "strict|partial"),
]


def reference(shared: Path, gold: Path, pred: Path) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, str(shared / "eval" / "score_quotes.py"), str(gold), str(pred), "--json"],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def assert_agree(ours: dict[str, Any], theirs: dict[str, Any]) -> None:
    for section, mine, ref in HEADLINES:
        assert ours[section][mine]["f1"] == pytest.approx(theirs[section][ref]["f1"], abs=1e-4), (
            section,
            mine,
        )
        assert ours[section][mine]["tp"] == theirs[section][ref]["tp"], (section, mine)


@pytest.fixture(scope="module")
def evaluated(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any], int]:
    out = tmp_path_factory.mktemp("eval")
    app = typer.Typer()
    app.command()(eval_quotes.command)
    result = CliRunner().invoke(
        app, ["--predictions", str(out / "pred.jsonl"), "--json", str(out / "metrics.json"), "--check"]
    )
    return out, json.loads((out / "metrics.json").read_text(encoding="utf-8")), result.exit_code


@pytest.mark.slow
def test_eval_scores_agree_with_the_reference_scorer_on_polnear(
    shared: Path, evaluated: tuple[Path, dict[str, Any], int]
) -> None:
    out, metrics, _ = evaluated
    gold = shared / "data" / "quotes-dev" / "dev_sample.jsonl"
    assert_agree(metrics["polnear"], reference(shared, gold, out / "pred.jsonl"))


@pytest.mark.slow
def test_eval_scores_agree_with_the_reference_scorer_on_the_seed(
    shared: Path, evaluated: tuple[Path, dict[str, Any], int]
) -> None:
    out, metrics, _ = evaluated
    assert_agree(
        metrics["seed"], reference(shared, out / "pred.jsonl.seed-gold.jsonl", out / "pred.jsonl.seed.jsonl")
    )


@pytest.mark.slow
def test_eval_holds_its_floors(evaluated: tuple[Path, dict[str, Any], int]) -> None:
    _, metrics, code = evaluated
    assert code == 0, metrics["headline"]


def test_scorer_counts_a_split_quote_once_and_matches_speaker_by_span() -> None:
    text = '"We will win," he said, "this year."'
    gold = {"d": {"doc_id": "d", "text": text, "quotes": [
        {"spans": [[1, 12], [24, 34]], "speaker": "he", "speaker_spans": [[15, 17]], "cue": "said",
         "cue_spans": [[18, 22]]},
    ]}}  # fmt: skip
    pred = {"d": {"doc_id": "d", "quotes": [
        {"span": [1, 34], "spans": [[1, 12], [24, 34]], "speaker": "he", "speaker_span": [15, 17],
         "cue": "said", "cue_span": [18, 22]},
    ]}}  # fmt: skip
    result = score(gold, pred)
    assert result["content"]["partial"]["f1"] == 1.0
    assert result["speaker"]["strict"]["f1"] == 1.0
    assert result["cue"]["strict"]["f1"] == 1.0
