"""The ACLED taxonomy (6 event types, 25 sub-event types) plus five "Other news events" classes.

Read once from `data/acled_taxonomy.json`. Names are ACLED's exactly; each sub-type also
carries its CASE 2021 task 2 code (for scoring) and its ACLED disorder type (for the export).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any


@dataclass(frozen=True, slots=True, kw_only=True)
class SubType:
    name: str  # "Shelling/artillery/missile attack"
    type: str  # "Explosions/Remote violence"
    case: str  # "ART_MISS_ATTACK"
    family: str  # sub-types that share trigger words: "remote", "protest", ...
    disorder_type: str  # "Political violence"
    definition: str


@dataclass(frozen=True, slots=True)
class Taxonomy:
    sub_types: dict[str, SubType]  # by ACLED sub-event name

    def by_case(self, code: str) -> SubType:
        return next(s for s in self.sub_types.values() if s.case == code)

    def type_of(self, sub_type: str) -> str:
        return self.sub_types[sub_type].type

    @property
    def event_types(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.type for s in self.sub_types.values()))


def _read(name: str) -> Any:
    return json.loads(resources.files("newsledger").joinpath("data", name).read_text(encoding="utf-8"))


@functools.cache
def taxonomy() -> Taxonomy:
    """The taxonomy in the codebook's order."""
    found: dict[str, SubType] = {}
    for group in _read("acled_taxonomy.json")["types"]:
        for sub in group["sub_types"]:
            found[sub["name"]] = SubType(
                name=sub["name"],
                type=group["type"],
                case=sub["case"],
                family=sub["family"],
                disorder_type=sub.get("disorder_type", group["disorder_type"]),
                definition=sub["definition"],
            )
    return Taxonomy(found)
