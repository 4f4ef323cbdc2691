"""The attribution lexicon, read once from `newsledger/data/cues.json`.

Sections of the file (keys are spaCy lemmas, lower case):

- `verbs`: cue verb -> stance. A verb is a cue when its lemma is here; `say` and `tell` are
  neutral, `claim` a claim, `vow` insists, `deny` denies, `warn` and `fear` warn,
  `estimate` estimates, `report` reports, `think` and `hope` are beliefs.
- `infinitive`: verbs whose infinitive complement is the content ("vowed never to negotiate").
- `object_content`: verbs whose direct object is the content ("denied the report").
- `as_object`: verbs whose object with an as-phrase is the content ("defended the withdrawal as a
  necessary move", "many see him as ..."); without the as-phrase they say nothing.
- `naming`: verbs of naming whose object and predicate are the content ("called the senator a nasty guy").
- `phrases`: multi-word cues ("call for", "paint a picture of"); the object of the last word is the content.
- `nouns`: cue nouns with a that-clause or an of-phrase as content ("suggestions that ...",
  "reports of ..."), and the stance they carry.
- `source_nouns`: nouns that stand for a source's output: "a report in the New York Times said"
  is spoken by the Times, "a U.S. estimate" by the United States.
- `impersonal`: verbs of the evidential passive with no source ("is thought to", "is said to") and
  the stance they carry there: "Russia is thought to have ..." is an estimate.
- `direct_only`: verbs that attribute only against a quotation ("Caddell continued: '...'").
- `evidence`: verbs that attribute only with a thing for subject ("the poll shows that ..."), never a person.
- `non_speech`: verbs of thought, intent and evidence; such an attribution inside the content of
  another one is the quoted speaker's own words ("Solovey claimed six countries have agreed to
  ..."), not a second source.
- `content_hedges`: words that weaken the content ("would likely", "reportedly", "appears to").
- `concessive_hedges`: phrases that weaken the source ("though he did not name them").
- `titles`: honorifics kept with a name ("President", "Professor") rather than split off as
  a description ("Kremlin spokesman").
- `countries`: short forms of country and body names used for speakers ("U.S." -> "United States").
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any, cast

from newsledger.model import Stance

STANCES: frozenset[str] = frozenset(
    {"neutral", "claim", "insist", "warn", "deny", "estimate", "report", "belief"}
)


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: Mapping[str, Stance]
    infinitive: frozenset[str]
    object_content: frozenset[str]
    as_object: frozenset[str]
    naming: frozenset[str]
    phrases: Mapping[tuple[str, ...], Stance]  # lemma sequences, first word a verb
    phrase_heads: frozenset[str]  # first words of the phrases
    nouns: Mapping[str, Stance]
    source_nouns: frozenset[str]
    impersonal: Mapping[str, Stance]
    direct_only: frozenset[str]
    evidence: frozenset[str]
    non_speech: frozenset[str]
    content_hedges: tuple[str, ...]  # longest first, so "would likely" wins over "likely"
    concessive_hedges: tuple[str, ...]
    titles: frozenset[str]
    countries: Mapping[str, str]


def _stances(table: Mapping[str, str], section: str) -> dict[str, Stance]:
    bad = sorted(v for v in table.values() if v not in STANCES)
    if bad:
        raise ValueError(f"cues.json: unknown stance {bad[0]!r} in {section}")
    return {k: cast(Stance, v) for k, v in table.items()}


def parse_lexicon(data: Mapping[str, Any]) -> Lexicon:
    """A `Lexicon` from the JSON structure of `cues.json` (checked: every stance is known)."""
    phrases = _stances(data["phrases"], "phrases")
    hedges = sorted(data["content_hedges"], key=lambda h: (-len(h.split()), h))
    return Lexicon(
        verbs=_stances(data["verbs"], "verbs"),
        infinitive=frozenset(data["infinitive"]),
        object_content=frozenset(data["object_content"]),
        as_object=frozenset(data["as_object"]),
        naming=frozenset(data["naming"]),
        phrases={tuple(k.split()): v for k, v in phrases.items()},
        phrase_heads=frozenset(k.split()[0] for k in phrases),
        nouns=_stances(data["nouns"], "nouns"),
        source_nouns=frozenset(data["source_nouns"]),
        impersonal=_stances(data["impersonal"], "impersonal"),
        direct_only=frozenset(data["direct_only"]),
        evidence=frozenset(data["evidence"]),
        non_speech=frozenset(data["non_speech"]),
        content_hedges=tuple(hedges),
        concessive_hedges=tuple(data["concessive_hedges"]),
        titles=frozenset(t.rstrip(".") for t in data["titles"]),
        countries=dict(data["countries"]),
    )


@functools.cache
def lexicon() -> Lexicon:
    """The packaged lexicon, parsed once per process."""
    text = resources.files("newsledger").joinpath("data", "cues.json").read_text(encoding="utf-8")
    return parse_lexicon(json.loads(text))
