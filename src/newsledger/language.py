"""Which language an article is in: script first, then the share of each language's function words.

Good enough to keep the English pipeline off text it would misread; not a general
language identifier. Returns an ISO 639-1 code, or None for too little text.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the of and to in is that for on with was as by it at from he his are be has have "
        "said this not but were which they an or had their been who would its will after",
        "de": "der die und das den ist nicht von zu mit sich des auf für im dem ein eine auch "
        "es an als wie bei nach aus wird sind wurde oder hat",
        "fr": "le la les de des et un une est du que en dans pour qui sur au pas par ne se "
        "avec il elle sont ont aux été cette",
        "es": "el la los las de del y que en un una es por con para se no su al lo como más "
        "pero sus fue ha han este esta",
        "it": "il la di che e un una è per non con del della le gli sono si da ha nel alla "
        "anche come più dei",
        "pt": "o a os as de do da e que em um uma é para com não no na por se dos das foi ao",
        "nl": "de het een en van in is dat op te met voor niet zijn aan er ook als bij door werd wordt",
        "pl": "i w na z się że nie do to jest o jak po przez dla od ale jego są był",
        "ru": "и в не на что с по это как из он за от но к для так же его был уже",
        "uk": "і в не на що з по це як із він за від але до для та його був вже",
    }.items()
}
_SCRIPTS = {
    "ARABIC": "ar",
    "HEBREW": "he",
    "CJK": "zh",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "HANGUL": "ko",
    "DEVANAGARI": "hi",
    "GREEK": "el",
    "THAI": "th",
    "GEORGIAN": "ka",
    "ARMENIAN": "hy",
}


def detect_language(text: str, *, sample: int = 20000) -> str | None:
    words = _WORD.findall(text[:sample].lower())
    if len(words) < 5:
        return None
    script = _dominant_script(words)
    if script in _SCRIPTS:
        return _SCRIPTS[script]
    candidates = (
        ("ru", "uk")
        if script == "CYRILLIC"
        else tuple(lang for lang in _FUNCTION_WORDS if lang not in ("ru", "uk"))
    )
    counts = Counter(w for w in words if len(w) < 12)
    scores = {lang: sum(counts[w] for w in _FUNCTION_WORDS[lang]) for lang in candidates}
    if script == "CYRILLIC":
        uk_letters = sum(text.count(c) for c in "іїєґ")
        return "uk" if uk_letters > 3 or scores["uk"] > scores["ru"] else "ru"
    best = max(scores, key=lambda lang: (scores[lang], lang == "en"))
    return best if scores[best] >= max(2, len(words) * 0.05) else None


def _dominant_script(words: list[str]) -> str:
    scripts: Counter[str] = Counter()
    for word in words[:500]:
        name = unicodedata.name(word[0], "")
        scripts[name.split(" ")[0]] += 1
    return scripts.most_common(1)[0][0] if scripts else "LATIN"
