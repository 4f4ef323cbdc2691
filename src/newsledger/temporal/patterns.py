"""The surface forms of temporal expressions, one regular expression per kind.

Month names and weekdays are matched capitalised only ("March", not "march on Kyiv"); other words
ignore case. Named groups carry what the resolver needs: `count`, `unit`, `month`, `day`, `year`,
`weekday`, `part` (of day), `rel` (this/last/next), `edge` (early/mid/late), `season`, ...
"""

from __future__ import annotations

import re

from newsledger.numbers.words import NUMERAL

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
MONTH = rf"(?P<month>{_FULL}|{_ABBR})"
WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY_PLAIN = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
PART = r"(?P<part>(?i:morning|afternoon|evening|night))"
COUNT = rf"(?P<count>{NUMERAL}|(?i:a\s+few|a\s+couple\s+of|a\s+couple|several|an?))"
UNIT = (
    r"(?P<unit>(?i:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|"
    r"century|centuries))"
)
EDGE = (
    r"(?P<edge>(?i:early|mid|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|"
    r"the\s+middle\s+of|end\s+of|start\s+of))"
)
YEAR = r"(?P<year>(?:1[6-9]|20)\d{2})"
_YEAR_OR_SHORT = rf"(?:{YEAR}|'(?P<yy>\d{{2}}))"  # "Nov 11th '22"
_ORDINALS = """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth
fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second
twenty-third twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth twenty-ninth thirtieth
thirty-first"""
ORDINAL_DAYS = {word: i + 1 for i, word in enumerate(_ORDINALS.split())}
_DAY = (
    r"(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?|(?P<dayword>(?i:"
    + "|".join(sorted(ORDINAL_DAYS, key=len, reverse=True))
    + r")))"
)
_DAY2 = r"(?:\s*(?:[-–]|to)\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?!\d))?"
_WAR = r"(?:full-scale\s+|russian\s+|russia's\s+)?(?:war|invasion|conflict)"
_DEICTIC = r"the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow"

_MONTH_WORD = rf"(?:{_FULL}|{_ABBR})"
_DEICTIC_WORD = r"(?i:today|tonight|yesterday|tomorrow)"
_UNIT_WORD = (
    r"(?i:\b(?:second|minute|hour|day|night|week|fortnight|month|year|decade)s?\b|\bcentur(?:y|ies)\b)"
)
_WAR_WORD = r"(?i:war|invasion|conflict)"

# (kind, trigger, pattern): the pattern is only tried around its trigger, a cheap regex for the word
# every match holds. A longer match wins over a shorter one that overlaps it.
PATTERNS: tuple[tuple[str, str, str], ...] = (
    (
        "iso_date",
        r"\d{4}[-/.]\d",
        r"\b(?P<year>\d{4})(?P<sep>[-/.])(?P<month>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?![\d/.-]\d)\b",
    ),
    (
        "numeric_date",
        r"\d[/.]\d",
        r"(?<![\d/.])(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<year>\d{4}|\d{2})(?![\d/]|\.\d)",
    ),
    (
        "date",
        _MONTH_WORD,
        rf"(?:{_WEEKDAY_PLAIN},?\s+)?(?:(?i:the)\s+)?{_DAY}{_DAY2}(?:\s+(?i:of))?[\s-]+{MONTH}"
        rf"(?:[,\s-]+{_YEAR_OR_SHORT})?\b",
    ),
    (
        "date",
        _MONTH_WORD,
        rf"(?:{_WEEKDAY_PLAIN},?\s+)?{MONTH}\s+(?:(?i:the)\s+)?{_DAY}(?!\d){_DAY2}(?:,?\s+{_YEAR_OR_SHORT})?\b",
    ),
    (
        "month",
        _MONTH_WORD,
        rf"(?:(?P<rel>(?i:last|next|this))\s+)?(?:{EDGE}[\s-]+)?{MONTH}(?:,?\s+{YEAR})?\b",
    ),
    (
        "decade",
        r"\d0s\b",
        r"(?:(?i:the)\s+)?(?:(?P<edge>(?i:early|mid|late))[\s-]+)?(?P<decade>(?:1[6-9]|20)\d0)s\b",
    ),
    (
        "year",
        r"(?:1[6-9]|20)\d\d",
        rf"(?:{EDGE}[\s-]+)?(?<![\d,.$£€]){YEAR}(?:[-–/](?P<year2>\d{{4}}|\d{{2}}))?"
        r"(?![\d,.]\d|\s*(?:%|per\s?cent))\b",
    ),
    (
        "weekday",
        _WEEKDAY_PLAIN,
        rf"(?:(?P<rel>(?i:last|next|this\s+past|this|past|coming))\s+)?{WEEKDAY}(?!s\b)(?:\s+{PART})?\b",
    ),
    (
        "deictic",
        _DEICTIC_WORD,
        rf"(?i:(?:(?P<edge>earlier|later)\s+)?(?P<when>{_DEICTIC})(?:'s)?"
        r"(?:\s+(?P<part>morning|afternoon|evening|night))?)\b",
    ),
    (
        "deictic",
        r"(?i:morning|afternoon|evening)",
        r"(?i:(?P<when>this)\s+(?P<part>morning|afternoon|evening))\b",
    ),
    ("deictic", r"(?i:night)", r"(?i:(?P<when>last)\s+(?P<part>night))\b"),
    ("deictic", r"(?i:overnight)", r"(?i:\b(?P<when>overnight))\b"),
    (
        "period",
        r"(?i:\b(?:week|weekend|month|year|decade|century)\b)",
        r"(?i:(?:(?P<edge>earlier|later|early|late|(?:the\s+)?(?:end|start|beginning|middle)\s+of)\s+)?"
        r"(?P<rel>this|last|next|past|coming|previous|current|the)\s+(?P<period>week|weekend|month|year|decade|century))\b",
    ),
    ("weekend", r"(?i:weekend)", r"(?i:(?:over|at|during|on)\s+the\s+weekend)\b"),
    (
        "window",
        _UNIT_WORD,
        rf"(?i:(?:the\s+)?(?P<rel>past|last|previous|next|coming|following)\s+){COUNT}\s+{UNIT}\b",
    ),
    (
        "offset",
        r"(?i:\bago\b|earlier|later|from\s+now|hence)",
        r"(?i:(?:(?:just|only|about|around|some|nearly|almost|roughly|more\s+than|less\s+than|over)\s+)?)"
        rf"{COUNT}\s+{UNIT}\s+(?P<dir>(?i:ago|earlier|later|from\s+now|hence))\b",
    ),
    (
        "recent",
        r"(?i:recent|few|coming)",
        r"(?i:(?:(?:in|over|during)\s+(?:the\s+)?)?(?P<rel>recent|past\s+few|last\s+few|coming|next\s+few)\s+"
        r"(?P<unit>days|weeks|months|years))\b",
    ),
    (
        "present",
        r"(?i:now|current|present|moment|these\s+days)",
        r"(?i:\b(?:right\s+now|for\s+now|now|currently|at\s+present|at\s+the\s+moment|nowadays|these\s+days|"
        r"presently))\b(?!-)",
    ),
    (
        "past",
        r"(?i:recently|previously|lately|past)",
        r"(?i:\b(?:recently|previously|lately|in\s+the\s+past))\b"
        r"(?!\s+(?:[\w-]+\s+){0,2}(?i:hours?|days?|weeks?|months?|years?|decades?|century|centuries)\b)",
    ),
    (
        "future",
        r"(?i:soon|future)",
        r"(?i:\b(?:any\s*time\s+soon|in\s+the\s+(?:near|foreseeable|distant)\s+future|in\s+the\s+future))\b",
    ),
    (
        "future",
        r"(?i:soon)",
        r"(?<!\btoo\s)(?<!\bas\s)(?<!\bso\s)(?<!\bhow\s)(?i:\bsoon)\b(?!\s+(?:after|afterwards|as|enough)\b)",
    ),
    (
        "season",
        r"(?i:spring|summer|autumn|winter)",
        r"(?i:(?:(?P<rel>this|last|next|coming|past)\s+|the\s+)?(?:(?P<edge>early|late|mid)[\s-]+)?"
        r"(?P<season>spring|summer|autumn|winter)(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d{2}))?)\b",
    ),
    (
        "season",
        r"(?i:fall)",
        r"(?i:(?P<rel>this|last|next|coming|past)\s+(?P<season>fall)|(?:the\s+)?(?P<season2>fall)\s+(?:of\s+)?"
        r"(?P<year>(?:19|20)\d{2}))\b",
    ),
    (
        "early_hours",
        r"(?i:hours)",
        rf"(?i:the\s+(?:early|small|wee)\s+hours(?:\s+of\s+(?:the\s+morning|{WEEKDAY}|today|this\s+morning))?)\b",
    ),
    ("night", r"(?i:night)", r"(?i:\b(?P<det>the\s+(?:[a-z]+\s+){0,2})?night)\b(?!-?time\b|s\b)"),
    (
        "war",
        _WAR_WORD,
        rf"(?i:(?:the\s+)?(?:start|beginning|outbreak|onset)\s+of\s+the\s+{_WAR}"
        rf"|the\s+{_WAR}\s+(?:began|started|broke\s+out))\b",
    ),
    (
        "war_phase",
        _WAR_WORD,
        rf"(?i:the\s+(?:early|first|opening)\s+(?P<unit>days|weeks|months)\s+of\s+the\s+{_WAR})\b",
    ),
    ("aged", r"-old\b", rf"{COUNT}-{UNIT}-old\b"),
    (
        "holiday",
        r"Christmas|New\s+Year|Easter|Good\s+Friday|Halloween|Thanksgiving|Valentine",
        r"(?P<holiday>Christmas\s+Eve|Christmas\s+Day|Christmas|New\s+Year'?s\s+(?:Eve|Day)|Easter(?:\s+Sunday)?|"
        r"Good\s+Friday|Halloween|Thanksgiving|Valentine'?s\s+Day)\b",
    ),
    (
        "duration",
        _UNIT_WORD,
        r"(?:(?P<mod>(?i:at\s+least|more\s+than|over|nearly|almost|about|around|some|up\s+to|less\s+than|"
        rf"roughly|just\s+over|just\s+under|under))\s+)?{COUNT}[\s-]+{UNIT}(?P<half>\s+and\s+a\s+half)?\b(?!-old)",
    ),
)
COMPILED = tuple((kind, re.compile(trigger), re.compile(pattern)) for kind, trigger, pattern in PATTERNS)

# Words before an expression that change its meaning; `in`, `over`, `for` and `since` join the span.
PREFIX_RE = re.compile(
    r"(?i:\b(?P<word>since|until|till|by|before|after|from|in|over|for|during|through|throughout))\s+$"
)
JOINED_PREFIXES = {"since", "in", "over", "for"}
MODIFIER_PREFIXES = {"since": "since", "until": "until", "till": "until", "by": "by", "before": "before",
                     "after": "after", "from": "from"}  # fmt: skip
RANGE_JOIN_RE = re.compile(r"\s*(?:-|–|to|until|till|through|and)\s*$", re.IGNORECASE)
