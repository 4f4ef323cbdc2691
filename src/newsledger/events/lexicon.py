"""The trigger lexicon, read once from `data/event_triggers.json` and indexed by first word.

- `words`: per ACLED sub-event type, phrase -> weight (3 decisive, 2 strong, 1 weak). A phrase
  word matches a token's lemma or its lower-case form; hyphens between phrase words are skipped.
- `pairs`: a verb lemma and a noun that together trigger a sub-type when one governs the other
  ("seized nine pistols" -> Disrupted weapons use).
- `stop`: phrases that consume their tokens and trigger nothing ("heart attack", "ceasefire" is
  not "fire").
- `nominal` and `verbal`: per sub-type, phrases that trigger it only as nouns or only as verbs
  ("a storm" is weather, "gunmen stormed the village" an assault; "troops fire at positions"
  is shooting, "Fire at the substation" a blaze).
- `agents` and `instruments`: trigger nouns that name who takes part or what is used, not what
  happens; `readings` decides when they make an event.
"""

from __future__ import annotations

import functools
import json
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from newsledger.events.taxonomy import taxonomy


@dataclass(frozen=True, slots=True)
class Phrase:
    words: tuple[str, ...]
    sub_type: str | None  # None: a stop phrase
    weight: float
    nominal: bool = False  # triggers only when its head is not a verb
    verbal: bool = False  # triggers only when its head is a verb


@dataclass(frozen=True, slots=True)
class PairRule:
    sub_type: str
    weight: float
    verbs: frozenset[str]
    nouns: frozenset[str]


@dataclass(frozen=True, slots=True)
class Lexicon:
    phrases: Mapping[str, tuple[Phrase, ...]]  # first word -> phrases, longest first
    pairs: tuple[PairRule, ...]
    pair_nouns: frozenset[str]
    agents: frozenset[str] = frozenset()  # "gunmen", "diplomat": who takes part, no event alone
    instruments: frozenset[str] = frozenset()  # "drone", "landmine": an event only in a frame


def phrase_key(words: str) -> str:
    """The form `agents` and `instruments` are compared in: lower case, hyphens as spaces."""
    return " ".join(words.lower().replace("-", " ").split())


def parse_lexicon(data: Mapping[str, Any]) -> Lexicon:
    """A `Lexicon` from the JSON structure (checked: every sub-type is in the taxonomy)."""
    known = taxonomy().sub_types
    index: dict[str, list[Phrase]] = defaultdict(list)
    nominal = _restricted(data, "nominal")
    verbal = _restricted(data, "verbal")
    for sub_type, table in data["words"].items():
        if sub_type not in known:
            raise ValueError(f"event_triggers.json: unknown sub-type {sub_type!r}")
        for phrase, weight in table.items():
            words = tuple(phrase.lower().replace("-", " ").split())
            key = (sub_type, phrase)
            index[words[0]].append(Phrase(words, sub_type, float(weight), key in nominal, key in verbal))
    for phrase in data["stop"]:
        words = tuple(phrase.lower().replace("-", " ").split())
        index[words[0]].append(Phrase(words, None, 0.0))
    pairs = tuple(
        PairRule(p["sub_type"], float(p["weight"]), frozenset(p["verbs"]), frozenset(p["nouns"]))
        for p in data["pairs"]
    )
    for rule in pairs:
        if rule.sub_type not in known:
            raise ValueError(f"event_triggers.json: unknown sub-type {rule.sub_type!r}")
    ordered = {k: tuple(sorted(v, key=lambda p: -len(p.words))) for k, v in index.items()}
    return Lexicon(
        ordered,
        pairs,
        frozenset(n for r in pairs for n in r.nouns),
        frozenset(map(phrase_key, data.get("agents", ()))),
        frozenset(map(phrase_key, data.get("instruments", ()))),
    )


def _restricted(data: Mapping[str, Any], key: str) -> set[tuple[str, str]]:
    return {(sub_type, phrase) for sub_type, phrases in data.get(key, {}).items() for phrase in phrases}


@functools.cache
def lexicon() -> Lexicon:
    """The packaged lexicon, parsed once per process."""
    text = resources.files("newsledger").joinpath("data", "event_triggers.json").read_text(encoding="utf-8")
    return parse_lexicon(json.loads(text))
