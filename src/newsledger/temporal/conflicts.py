"""When "the war" began: start dates of the wars news most often counts from ("since the start of
the war", "the nine-month-old war"), chosen by the places and actors the article names.

A war is a candidate only if it was under way on the publication date; the one whose cue words
the article uses most (at least twice) is meant. Without a publication date, or a clear war, the
start stays unknown rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class War:
    name: str
    start: date
    end: date | None
    cues: tuple[str, ...]


_UKRAINE_CUES = """Ukraine Ukrainian Ukrainians Kyiv Kiev Zelensky Zelenskiy Zelenskyy Kherson Donbas Donetsk
Luhansk Kharkiv Zaporizhzhia Mariupol Bakhmut"""
_UKRAINE = tuple(_UKRAINE_CUES.split())
WARS = (
    War("War in Donbas", date(2014, 4, 6), date(2022, 2, 23), _UKRAINE),
    War("Russian invasion of Ukraine", date(2022, 2, 24), None, _UKRAINE),
    War("Gaza war", date(2023, 10, 7), None, ("Gaza", "Hamas", "Israel", "Israeli", "IDF", "Netanyahu")),
    War("Sudanese civil war", date(2023, 4, 15), None, ("Sudan", "Sudanese", "Khartoum", "RSF", "Darfur")),
    War(
        "Syrian civil war",
        date(2011, 3, 15),
        date(2024, 12, 8),
        ("Syria", "Syrian", "Assad", "Aleppo", "Idlib"),
    ),
    War("Tigray war", date(2020, 11, 3), date(2022, 11, 2), ("Tigray", "Tigrayan", "TPLF")),
    War(
        "War in Afghanistan",
        date(2001, 10, 7),
        date(2021, 8, 30),
        ("Afghanistan", "Afghan", "Taliban", "Kabul"),
    ),
    War("Iraq War", date(2003, 3, 20), date(2011, 12, 18), ("Iraq", "Iraqi", "Baghdad", "Saddam")),
)
_CUE_RES = {war.name: re.compile(r"\b(?:" + "|".join(war.cues) + r")\b") for war in WARS}


def war_start(text: str, published: date | None) -> date | None:
    """The start of the war the article is about, if it names one under way when it was published."""
    if published is None:
        return None
    best: tuple[int, War] | None = None
    for war in WARS:
        if war.start > published or (war.end is not None and war.end < published):
            continue
        hits = len(_CUE_RES[war.name].findall(text))
        if hits >= 2 and (best is None or hits > best[0]):
            best = (hits, war)
    return best[1].start if best else None
