"""Pronouns and unnamed experts resolved to a named speaker: a document-level heuristic.

Candidates are the people and bodies a section has named so far, in text order: every
PERSON entity, every ORG/GPE entity, and every speaker already resolved. News copy names a
speaker and then refers back to them, so:

- "he" / "she" -> the most recent person named as a subject (or as a speaker) before the
  pronoun whose gender does not clash; failing that, the most recent person at all.
  Gender comes from titles (Mr., Mrs., Ms., ...) and is learned as pronouns resolve: a
  person once called "he" is not taken for a later "she".
- "they" -> the most recent speaker that is a group or a body; "it" -> the most recent body.
- a relative "who" / "which" -> the noun the relative clause hangs on.
- cataphora: an indefinite expert ("a respected Russian policy expert revealed ...") takes the
  name of the named person who speaks next in the same section, within two sentences:
  news introduces the source first and names them right after.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from spacy.tokens import Doc

Gender = Literal["m", "f"]
MALE = frozenset({"mr", "sir", "king", "prince", "lord", "he", "him", "his", "father", "brother"})
FEMALE = frozenset(
    {"mrs", "ms", "miss", "madam", "lady", "dame", "queen", "princess", "she", "her", "sister"}
)
LOOKBACK = 2500  # characters: an antecedent further back is not trusted


@dataclass(frozen=True, slots=True)
class Referent:
    pos: int
    name: str
    kind: Literal["person", "body", "group"]
    subject: bool


@dataclass(slots=True)
class Referents:
    """What a section has named so far, to resolve pronouns against."""

    items: list[Referent] = field(default_factory=list)
    genders: dict[str, Gender] = field(default_factory=dict)

    def add(self, ref: Referent) -> None:
        self.items.append(ref)

    def note_title(self, name: str, title: str) -> None:
        gender = gender_of(title)
        if gender is not None:
            self.genders.setdefault(name, gender)

    def resolve(self, pronoun: str, pos: int) -> str | None:
        """The canonical name `pronoun` at `pos` refers to, or None when nothing fits."""
        word = pronoun.lower()
        before = [r for r in self.items if pos - LOOKBACK <= r.pos < pos]
        before.sort(key=lambda r: r.pos)
        if word in ("he", "she", "him", "her"):
            return self._person(before, "m" if word in ("he", "him") else "f")
        if word in ("they", "them"):
            found = next((r for r in reversed(before) if r.kind != "person" and r.subject), None)
            return found.name if found else None
        if word == "it":
            found = next((r for r in reversed(before) if r.kind == "body"), None)
            return found.name if found else None
        return None

    def _person(self, before: list[Referent], gender: Gender) -> str | None:
        people = [
            r for r in reversed(before) if r.kind == "person" and self.genders.get(r.name, gender) == gender
        ]
        found = next((r for r in people if r.subject), None) or (people[0] if people else None)
        if found is None:
            return None
        self.genders.setdefault(found.name, gender)
        return found.name


def gender_of(word: str) -> Gender | None:
    w = word.lower().rstrip(".")
    return "m" if w in MALE else "f" if w in FEMALE else None


def entity_referents(doc: Doc, person: Callable[[str], str], body: Callable[[str], str]) -> list[Referent]:
    """Every PERSON and ORG/GPE entity of a parsed section as a referent, named canonically."""
    out = []
    for ent in doc.ents:
        subject = ent.root.dep_ in ("nsubj", "nsubjpass")
        if ent.label_ == "PERSON":
            out.append(Referent(ent.start_char, person(ent.text), "person", subject))
        elif ent.label_ in ("ORG", "GPE"):
            out.append(Referent(ent.start_char, body(ent.text), "body", subject))
    return out
