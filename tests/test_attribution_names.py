"""Document-level name clusters and the cue lexicon (no spaCy needed)."""

from __future__ import annotations

import pytest

from newsledger.attribution.lexicon import lexicon, parse_lexicon
from newsledger.attribution.names import build_index


def test_spelling_variants_of_a_surname_join_the_full_name_spelled_as_most_often() -> None:
    people = ["Volodymyr Zelenskiy", "Zelensky", "Zelensky", "Zelenskiy", "President Zelensky"]
    index = build_index(people, [], lexicon())
    assert index.person("President Volodymyr Zelenskiy") == "Volodymyr Zelensky"
    assert index.person("Zelenskiy") == "Volodymyr Zelensky"
    assert index.person("Zelensky") == "Volodymyr Zelensky"


def test_a_short_name_takes_the_full_name_of_the_document() -> None:
    index = build_index(["Dmitry Peskov", "Peskov", "Professor Solovey", "Valery Solovey"], [], lexicon())
    assert index.person("Peskov") == "Dmitry Peskov"
    assert index.person("Professor Solovey") == "Valery Solovey"


def test_a_shared_surname_goes_to_the_most_mentioned_full_name() -> None:
    people = ["Hillary Clinton", "Hillary Clinton", "Chelsea Clinton", "Clinton"]
    index = build_index(people, [], lexicon())
    assert index.person("Clinton") == "Hillary Clinton"
    assert index.person("Chelsea Clinton") == "Chelsea Clinton"


def test_a_first_name_alone_joins_the_one_full_name_it_starts() -> None:
    index = build_index(["Larysa Kovalenko", "Larysa"], [], lexicon())
    assert index.person("Larysa") == "Larysa Kovalenko"


def test_a_place_tagged_as_a_person_is_never_read_as_a_surname() -> None:
    index = build_index(["Losing Kherson", "Kherson"], [], lexicon(), places=["Kherson"])
    assert index.person("Kherson") == "Kherson"
    assert not index.knows_person("Kherson")


def test_bodies_take_their_long_form_and_known_short_forms_expand() -> None:
    index = build_index([], ["The New York Post", "The Post", "U.S.", "the UK"], lexicon())
    assert index.body("The Post") == "New York Post"
    assert index.body("U.S.") == "United States"
    assert index.body("the UK") == "United Kingdom"


def test_a_capital_speaking_stands_for_its_government() -> None:
    index = build_index([], ["Kyiv", "Moscow"], lexicon())
    assert index.speaker_body("Kyiv") == "Ukraine"
    assert index.speaker_body("Moscow") == "Russia"
    assert index.body("Kyiv") == "Kyiv"  # as a place it stays the city


def test_the_packaged_lexicon_gives_a_stance_to_every_cue() -> None:
    lex = lexicon()
    assert lex.verbs["say"] == "neutral"
    assert lex.verbs["claim"] == "claim"
    assert lex.verbs["insist"] == "insist"
    assert lex.verbs["deny"] == "deny"
    assert lex.verbs["warn"] == "warn"
    assert lex.verbs["estimate"] == "estimate"
    assert lex.verbs["report"] == "report"
    assert lex.verbs["think"] == "belief"
    assert lex.impersonal["think"] == "estimate"
    assert ("call", "for") in lex.phrases
    assert lex.content_hedges.index("would likely") < lex.content_hedges.index("likely")


def test_a_lexicon_with_an_unknown_stance_is_refused() -> None:
    data = {
        "verbs": {"say": "gossip"}, "infinitive": [], "object_content": [], "as_object": [], "naming": [],
        "phrases": {}, "nouns": {}, "source_nouns": [], "impersonal": {}, "direct_only": [], "evidence": [],
        "non_speech": [], "content_hedges": [], "concessive_hedges": [], "titles": [], "countries": {},
    }  # fmt: skip
    with pytest.raises(ValueError, match="gossip"):
        parse_lexicon(data)
