"""Name keys for the gazetteer: folded for case, accents and punctuation; a looser key for transliterations.

`fold("Zaporizhzhia")` is the exact key; `loose(...)` also merges the spelling
variants that romanizations of Cyrillic and other scripts produce (y/i/j, doubled
letters and digraphs, soft signs, ie/e, -iia/-ia, -iivka/-iyivka, kh/h, w/v), so "Sievierodonetsk" and
"Severodonetsk", "Mykolayiv" and "Mykolaiv", "Avdiivka" and "Avdiyivka", or "Zaporizhia" and
"Zaporizhzhia" share a key.
"""

from __future__ import annotations

import re
import unicodedata

# letters NFKD does not decompose into a base letter and a mark
_LETTERS = str.maketrans(
    {"ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ß": "ss", "ł": "l", "Ł": "l",
     "đ": "d", "Đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h"}
)  # fmt: skip
_APOSTROPHES = re.compile(r"[’'`ʼʹ´‘]")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_LOOSE_RULES = (
    (re.compile(r"(zh|sh|ch|kh)\1+"), r"\1"),  # "Zaporizhzhia", "Zaporizhia"
    (re.compile(r"[yj]"), "i"),
    (re.compile(r"w"), "v"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"([a-z])\1+"), r"\1"),
    (re.compile(r"ie"), "e"),
    (re.compile(r"i([aeou])"), r"\1"),
    (re.compile(r"([aeou])i(?=[^aeiou]|$)"), r"\1"),
)
_PREFIXES = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft"}


def fold(name: str) -> str:
    """Case, accents and punctuation folded: "St. Petersburg" -> "st petersburg", "U.S." -> "us"."""
    text = _APOSTROPHES.sub("", name.translate(_LETTERS))
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace(".", "")
    words = _NON_ALNUM.sub(" ", text).split()
    if words and words[0] in _PREFIXES:
        words[0] = _PREFIXES[words[0]]
    return " ".join(words)


def loose(key: str) -> str:
    """A folded key with transliteration variants merged (only ever compared with other loose keys)."""
    out = key.replace(" ", "")
    for pattern, repl in _LOOSE_RULES:
        out = pattern.sub(repl, out)
    return out


def is_latin_name(name: str) -> bool:
    """A name written in the Latin script (after folding it keeps letters), as English news writes names."""
    key = fold(name)
    if not key or not any(ch.isalpha() for ch in key):
        return False
    return all(
        ch.isascii() or not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in name
    )


def is_usable_alias(alias: str, primary: str) -> bool:
    """An alternate name worth indexing: Latin script, capitalized, neither a code nor a romanization."""
    if alias == primary:
        return True
    if not is_latin_name(alias) or not any(ch.isupper() for ch in alias):
        return False
    if any(ch.isdigit() for ch in alias):
        return False
    letters = [ch for ch in alias if ch.isalpha()]
    return not (alias.isupper() and len(letters) <= 4)  # IATA/ISO codes: "KHE", "UKR"


_DISTRICT = re.compile(
    r"^(?P<town>[A-Z][a-z'’ʼ-]+?)(?P<sk>s[’'ʼ]?k)(?:yi|yy|iy|ii|y|i|a|e|oi|oy|ogo)\s+(?:district|raion|rayon)$",
    re.I,
)


def district_names(text: str) -> tuple[str, ...]:
    """ "Kupyanskyi district" -> "Kupyansk Raion", "Kupyan Raion"; "Bakhmutskyi raion" -> ..., "Bakhmut
    Raion": a Ukrainian or Russian district written as the adjective of its town, which GeoNames names
    after the town (whose own name may end in "-sk" or not)."""
    match = _DISTRICT.match(text.strip())
    if not match:
        return ()
    return f"{match['town']}{match['sk']} Raion", f"{match['town']} Raion"
