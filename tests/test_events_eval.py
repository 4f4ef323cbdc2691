"""`newsledger eval events`: its numbers agree with the reference scorer, and the floors hold."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsledger.cli import app

SETS = {
    "case": "case2021_task2_dev.jsonl",
    "location": "event_location_dev.jsonl",
    "plover": "plover_gsr_dev.jsonl",
    "cir": "cir_ukraine_2022-10_dev.jsonl",
}


def reference(shared: Path, gold: str, pred: Path, out: Path) -> dict[str, object]:
    script = shared / "eval" / "score_events.py"
    gold_path = shared / "data" / "events-dev" / gold
    cmd = [sys.executable, str(script), "--gold", str(gold_path), "--pred", str(pred), "--json", str(out)]
    subprocess.run(cmd, check=True, capture_output=True)
    result: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    return result


@pytest.fixture(scope="module")
def run(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, float]]:
    folder = tmp_path_factory.mktemp("events-eval")
    metrics = folder / "metrics.json"
    args = ["eval", "events", "all", "--predictions", str(folder), "--json", str(metrics), "--check"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    return folder, json.loads(metrics.read_text(encoding="utf-8"))


@pytest.mark.slow
def test_case_typing_agrees_with_the_reference_scorer(
    shared: Path, run: tuple[Path, dict[str, float]]
) -> None:
    folder, ours = run
    theirs = reference(shared, SETS["case"], folder / "case.jsonl", folder / "case.score.json")
    for key in ("accuracy", "micro_f1", "macro_f1", "weighted_f1"):
        assert ours[f"case_{key}"] == pytest.approx(theirs[key], abs=1e-9), key


@pytest.mark.slow
def test_event_location_agrees_with_the_reference_scorer(
    shared: Path, run: tuple[Path, dict[str, float]]
) -> None:
    folder, ours = run
    theirs = reference(shared, SETS["location"], folder / "location.jsonl", folder / "location.score.json")
    attributes = theirs["attributes"]
    assert isinstance(attributes, dict)
    assert ours["location_lenient"] == pytest.approx(attributes["location"]["lenient"], abs=1e-4)
    assert ours["location_correct_null"] == pytest.approx(
        attributes["location_null"]["correct_null"], abs=1e-4
    )


@pytest.mark.slow
def test_plover_actors_and_cir_places_agree_with_the_reference_scorer(
    shared: Path, run: tuple[Path, dict[str, float]]
) -> None:
    folder, ours = run
    plover = reference(shared, SETS["plover"], folder / "plover.jsonl", folder / "plover.score.json")
    attributes = plover["attributes"]
    assert isinstance(attributes, dict)
    assert ours["plover_actor1"] == pytest.approx(attributes["actor1"]["lenient"], abs=1e-4)
    assert ours["plover_actor2"] == pytest.approx(attributes["actor2"]["lenient"], abs=1e-4)
    cir = reference(shared, SETS["cir"], folder / "cir.jsonl", folder / "cir.score.json")
    cir_attributes = cir["attributes"]
    assert isinstance(cir_attributes, dict)
    assert ours["cir_all_acc10km"] == pytest.approx(cir_attributes["coordinates"]["acc@10km"], abs=1e-4)
    assert ours["cir_date_exact"] == pytest.approx(cir_attributes["date"]["exact"], abs=1e-4)


@pytest.mark.slow
def test_seed_predictions_are_written_with_raw_offsets(
    shared: Path, run: tuple[Path, dict[str, float]]
) -> None:
    folder, ours = run
    with (shared / "data" / "seed" / "dailymail-2022-11-11-kherson.txt").open(
        encoding="utf-8", newline=""
    ) as f:
        seed_text = f.read()
    predicted = json.loads((folder / "seed.json").read_text(encoding="utf-8"))["events"]
    assert predicted
    for event in predicted:
        start, end = event["span"]
        assert seed_text[start:end] == event["trigger"]
    assert ours["seed_current_recall"] >= 0.85


def test_unknown_set_is_refused() -> None:
    result = CliRunner().invoke(app, ["eval", "events", "nonsense"])
    assert result.exit_code == 2
