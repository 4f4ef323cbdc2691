"""Demonyms and adjectives of places ("Russian", "Ukrainians"): not places in the record."""

from __future__ import annotations

import functools

# common forms countryinfo's one demonym a country does not cover
EXTRA = frozenset(
    [
        "American",
        "British",
        "English",
        "Scottish",
        "Welsh",
        "Irish",
        "French",
        "Dutch",
        "Swiss",
        "Chinese",
        "Japanese",
        "Western",
        "Eastern",
        "European",
        "African",
        "Asian",
        "Arab",
        "Arabic",
        "Soviet",
        "Kurdish",
        "Palestinian",
        "Israeli",
        "Iraqi",
        "Turkish",
        "Greek",
        "Spanish",
        "Polish",
        "Swedish",
        "Danish",
        "Finnish",
        "Norwegian",
        "Portuguese",
        "Vietnamese",
        "Lebanese",
        "Sudanese",
        "Congolese",
        "Crimean",
        "Kremlin-backed",
    ]
)
SUFFIXES = ("ian", "ians", "ese", "ish", "ean", "eans", "an", "ans", "i", "is")


@functools.cache
def demonyms() -> frozenset[str]:
    try:
        import countryinfo
    except ImportError:
        return EXTRA
    found = {c.info().get("demonym") or "" for c in countryinfo.all_countries()}
    return EXTRA | {d for d in found if d}


def is_demonym(text: str) -> bool:
    """ "Russian", "Russians", "Ukrainian": the name of a people or an adjective of a place."""
    names = demonyms()
    return text in names or (text.endswith("s") and text[:-1] in names)


def looks_adjectival(text: str) -> bool:
    """An unknown one-word name with a demonym ending ("Ossetian"): an adjective, not a place."""
    return " " not in text and text.endswith(SUFFIXES) and text[:1].isupper()
