"""The places stage: recognition, resolution with context, metonymic roles, spans; and its evaluation."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from newsledger.analysis import analyze
from newsledger.eval.places import seed_right
from newsledger.model import Article, Place
from newsledger.stages.places import extract_places


def places_in(nlp: Any, text: str) -> tuple[Place, ...]:
    return extract_places(analyze(nlp, Article(text=text)))


def by_text(places: tuple[Place, ...], text: str) -> Place:
    return next(p for p in places if p.text == text)


def test_explicit_hints_pick_the_city_or_the_region(nlp: Any) -> None:
    places = places_in(nlp, "Troops entered the city of Kherson. Fighting goes on in the Kherson region.")
    city, region = [p for p in places if p.text == "Kherson"]
    assert city.feature == "city" and city.gazetteer_id == "geonames:706448"
    assert region.feature == "region" and region.name == "Kherson Oblast"


def test_containing_region_resolves_an_ambiguous_village(nlp: Any) -> None:
    places = places_in(
        nlp, "Russia did attempt a major attack near a town called Pavlivka, in Donetsk, last week."
    )
    pavlivka = by_text(places, "Pavlivka")
    assert pavlivka.admin1 == "Donetsk Oblast"
    assert pavlivka.lat is not None and pavlivka.country_code == "UA"


def test_spelling_variants_resolve_to_the_same_place(nlp: Any) -> None:
    places = places_in(nlp, "Shelling hit Nikolaev and Zaporozhye, officials in Kiev said.")
    assert by_text(places, "Nikolaev").gazetteer_id == "geonames:700569"
    assert by_text(places, "Zaporozhye").gazetteer_id == "geonames:687700"


def test_capitals_used_for_governments_are_actors_but_still_placed(nlp: Any) -> None:
    places = places_in(nlp, "Moscow's troops withdrew, and the Kremlin said talks with Kyiv could resume.")
    moscow = by_text(places, "Moscow")
    assert moscow.role == "actor" and moscow.lat is not None
    assert by_text(places, "Kremlin").role == "actor"
    assert by_text(places, "Kyiv").role == "actor"


def test_literal_capitals_and_countries_stay_literal(nlp: Any) -> None:
    places = places_in(nlp, "Russia's forces were driven back from the outskirts of Kyiv in March.")
    assert by_text(places, "Kyiv").role == "literal"
    assert by_text(places, "Russia").role == "literal"


def test_demonyms_and_names_inside_organisations_are_not_places(nlp: Any) -> None:
    text = "Ukrainian soldiers cheered, the New York Times reported, as the Black Sea Fleet moved away."
    texts = {p.text for p in places_in(nlp, text)}
    assert not texts & {"Ukrainian", "New York", "Black Sea"}


def test_unknown_place_names_have_no_point_and_say_why(nlp: Any) -> None:
    places = places_in(nlp, "The convoy reached Qwzxplkograd in Ukraine on Monday.")
    unknown = [p for p in places if p.name is None]
    assert all(p.lat is None and p.lon is None and p.reason for p in unknown)


@pytest.mark.slow
def test_seed_gold_places_are_found_and_placed(seed_gold: dict[str, Any], seed_bytes: bytes) -> None:
    from newsledger.ingest import raw_from_bytes
    from newsledger.pipeline import Pipeline

    record = Pipeline().process(raw_from_bytes(seed_bytes, "seed", plain=True))
    text = seed_bytes.decode("utf-8")
    assert record.article is not None and record.article.text == text
    mentions = [(entry, m) for entry in seed_gold["places"] for m in entry["mentions"]]
    right = 0
    for entry, mention in mentions:
        start, end = mention["span"]
        hit = next((p for p in record.places if p.span.start < end and start < p.span.end), None)
        right += hit is not None and seed_right(entry, hit)
    assert right / len(mentions) >= 0.95
    for place in record.places:
        assert text[place.span.start : place.span.end] == place.text


NAMES = ["Kherson", "Kyiv", "Moscow", "Crimea", "Odesa", "Ukraine", "Luhansk", "the Dnipro", "Washington"]
FILLER = ["Troops moved to", "Officials in", "Shelling near", "Residents of", "News from", "Then"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(FILLER), st.sampled_from(NAMES)), min_size=1, max_size=6))
def test_every_place_span_slices_to_its_text(nlp: Any, parts: list[tuple[str, str]]) -> None:
    text = " ".join(f"{filler} {name}." for filler, name in parts)
    for place in places_in(nlp, text):
        assert text[place.span.start : place.span.end] == place.text
        assert (place.lat is None) == (place.name is None)


@pytest.mark.slow
def test_eval_agrees_with_the_reference_scorer(shared: Path, tmp_path: Path) -> None:
    from newsledger.cli import app

    sample = shared / "data" / "geo-dev" / "dev_sample.jsonl"
    subset = tmp_path / "subset.jsonl"
    subset.write_text(
        "".join(sample.read_text(encoding="utf-8").splitlines(keepends=True)[:16]), encoding="utf-8"
    )
    preds, metrics = tmp_path / "pred.jsonl", tmp_path / "metrics.json"
    result = CliRunner().invoke(
        app,
        [
            "eval",
            "places",
            str(subset),
            "--no-seed",
            "--no-incidents",
            "--predictions",
            str(preds),
            "--json",
            str(metrics),
        ],
    )
    assert result.exit_code == 0, result.output
    reference = subprocess.run(
        [sys.executable, str(shared / "eval" / "score_geo.py"), str(preds), "--gold", str(subset)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    ref = json.loads(reference.stdout)["overall"]
    ours = json.loads(metrics.read_text(encoding="utf-8"))["overall"]
    assert ours["strict_f1"] == pytest.approx(ref["recognition"]["strict"]["f1"], abs=1e-3)
    assert ours["overlap_f1"] == pytest.approx(ref["recognition"]["overlap"]["f1"], abs=1e-3)
    assert ours["acc161"] == pytest.approx(ref["resolution"]["acc@161km"], abs=1e-3)
    assert ours["auc"] == pytest.approx(ref["resolution"]["auc"], abs=1e-3)
    assert ours["e2e_f1"] == pytest.approx(ref["end_to_end"]["f1"], abs=1e-3)
