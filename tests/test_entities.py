"""Entities carry the document's canonical name for every mention."""

from __future__ import annotations

from typing import Any

from newsledger.analysis import analyze
from newsledger.model import Article, Caption
from newsledger.stages.entities import extract_entities


def test_entity_mentions_share_the_canonical_name_of_their_cluster(nlp: Any) -> None:
    article = Article(
        text=(
            "President Volodymyr Zelenskiy said Ukrainian forces had liberated 41 settlements.\n\n"
            "Zelensky said talks could wait. Zelensky added that Kyiv would not give up.\n\n"
            "Kremlin spokesman Dmitry Peskov insisted Kherson remains Russian. Peskov said so twice."
        ),
        captions=(Caption(text="Zelensky visits the front line near Kherson"),),
    )
    entities = extract_entities(analyze(nlp, article))
    by_text = {(e.text, e.caption): e.canonical for e in entities if e.label == "PERSON"}
    assert by_text[("Volodymyr Zelenskiy", None)] == "Volodymyr Zelensky"
    assert by_text[("Zelensky", None)] == "Volodymyr Zelensky"
    assert by_text[("Zelensky", 0)] == "Volodymyr Zelensky"  # captions share the document's clusters
    assert by_text[("Peskov", None)] == "Dmitry Peskov"


def test_entity_spans_slice_to_their_text(nlp: Any) -> None:
    article = Article(text="The U.S. and the UK backed Kyiv, officials in Washington said.")
    for entity in extract_entities(analyze(nlp, article)):
        assert entity.span.of(article.section_text(entity.caption)) == entity.text
    canon = {e.text: e.canonical for e in extract_entities(analyze(nlp, article))}
    assert canon.get("U.S.") == "United States"
