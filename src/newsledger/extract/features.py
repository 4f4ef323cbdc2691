"""Features of each paragraph of a dump, for the body model: shape, punctuation, furniture cues.

Every feature is language-neutral or a cue of web furniture; none names a site.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from newsledger.extract import patterns as pat
from newsledger.extract.lines import BULLET, SUB_BULLET, Paragraph

NAMES: tuple[str, ...] = (
    "bias", "log_words", "words_le2", "words_3_6", "words_7_12", "words_13_25", "words_gt25",
    "terminal", "colon", "bullet", "sub_bullet", "indent", "deep_indent", "multiline",
    "starts_lower", "starts_digit", "title_ratio", "all_caps", "bracket", "bracket_only", "empty",
    "duplicate", "duplicate_many", "url", "image_file", "handle", "digit_ratio", "separators",
    "chrome", "chrome_long", "credit", "paren_end", "time_ago", "date", "punct_density",
    "word_length", "blank_before", "blank_after", "comment", "embed", "sentences",
    "quote_start", "duplicate_long", "bullet_headline", "bullet_sentence",
    "prev_chrome", "prev_bullet", "next_bullet", "prev_terminal", "next_terminal",
    "prev_image", "subheading", "self_repeat", "near_duplicate",
)  # fmt: skip
_DROP_PUNCT = str.maketrans("", "", ",.;:!?")
_IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".avif")
_NEIGHBOUR = ("chrome", "bullet", "terminal", "bracket_only", "image_file", "words_le2", "words_3_6",
              "words_7_12")  # fmt: skip


def features(paras: Sequence[Paragraph]) -> list[list[float]]:
    """One row of `NAMES` values per paragraph."""
    counts = Counter(p.text for p in paras)
    opening = [_opening(p.text) for p in paras]
    openings = Counter(opening)
    rows = [_row(p, counts[p.text]) for p in paras]
    chrome, bullet, terminal, bracket, image, *short = (NAMES.index(n) for n in _NEIGHBOUR)
    empty = [0.0] * len(NAMES)
    for i, row in enumerate(rows):
        before = rows[i - 1] if i else empty
        after = rows[i + 1] if i + 1 < len(rows) else empty
        heading = any(row[k] for k in short) and not row[terminal] and not row[bullet]
        row += [
            before[chrome],
            before[bullet],
            after[bullet],
            before[terminal],
            after[terminal],
            max(before[bracket], before[image]),
            _flag(heading and before[terminal] and after[terminal]),
            _self_repeat(paras[i].text),
            _flag(openings[opening[i]] > counts[paras[i].text]),
        ]
    return rows


def _opening(text: str) -> str:
    """The first eight words: two paragraphs opening alike are a caption and its repeat, or teasers."""
    words = pat.WORD.findall(text)
    return " ".join(words[:8]) if len(words) >= 8 else text


def _self_repeat(text: str) -> float:
    """Text that repeats its own opening, as w3m prints an image's alt text and then its caption."""
    if len(text) < 30:
        return 0.0
    return _flag(text.find(text[:20], 10) >= 0)


def _row(para: Paragraph, copies: int) -> list[float]:
    text = para.text
    body = BULLET.sub("", SUB_BULLET.sub("", text)).strip()
    words = pat.WORD.findall(pat.BRACKET.sub(" ", body) if "[" in body else body)
    n = len(words)
    digits = len(pat.NUMBER.findall(body))
    case = _case(words, digits)
    low = text.lower()
    low_words = set(pat.WORD.findall(low))
    return [
        1.0,
        math.log1p(n),
        *_size_bins(n),
        _flag(pat.TERMINAL.search(text)),
        _flag(pat.COLON_END.search(text)),
        _flag(para.bullet),
        _flag(para.sub_bullet),
        _flag(para.first.indent > 0),
        _flag(para.first.indent >= 6),
        _flag(len(para.lines) > 1),
        _flag(body[:1].islower()),
        _flag(body[:1].isdigit()),
        *case,
        _flag("[" in text),
        _flag(n == 0 and "[" in text),
        _flag(n == 0),
        _flag(copies > 1),
        _flag(copies > 2),
        _flag(("http" in text or "www." in text) and pat.URL.search(text)),
        _flag(any(e in low for e in _IMAGE_EXTENSIONS) and pat.IMAGE_FILE.search(text)),
        _flag(("@" in text or "#" in text) and pat.HANDLE.search(text)),
        digits / n if n else 0.0,
        _flag("|" in text or "»" in text),
        *_chrome(text, low, low_words, n),
        _flag(not pat.CREDIT_WORDS.isdisjoint(low_words)),
        _flag(text.rstrip().endswith(")")),
        _flag(pat.TIME_AGO.search(text)),
        _flag(n <= 12 and pat.DATE_WORDS.search(text)),
        min((len(text) - len(text.translate(_DROP_PUNCT))) / (n + 1), 1.0),
        min((sum(map(len, words)) / n if n else 0.0) / 10, 2.0),
        _flag(para.first.blank_before),
        _flag(para.blank_after),
        _flag(n <= 15 and pat.COMMENT_HEADER.search(text)),
        _flag(("@" in text or "t.co" in text) and pat.EMBED.search(text)),
        min(len(pat.SENTENCE_BREAK.findall(text)), 5) / 5,
        _flag(body[:1] in "\"“‘«„'"),
        _flag(copies > 1 and n >= 8),
        *_bullet_kind(para, text, case[0]),
    ]


def _bullet_kind(para: Paragraph, text: str, title_ratio: float) -> list[float]:
    """List items that read like headlines (links to other stories) or like sentences (content)."""
    if not (para.bullet or para.sub_bullet):
        return [0.0, 0.0]
    terminal = bool(pat.TERMINAL.search(text))
    return [_flag(not terminal and title_ratio > 0.5), _flag(terminal)]


def _flag(value: object) -> float:
    return 1.0 if value else 0.0


def _size_bins(n: int) -> list[float]:
    return [_flag(n <= 2), _flag(3 <= n <= 6), _flag(7 <= n <= 12), _flag(13 <= n <= 25), _flag(n > 25)]


def _case(words: list[str], digits: int) -> list[float]:
    """Share of long words that are capitalised (headlines, menus), and whether all are upper case."""
    joined = " ".join(words)
    long = [w for w in words if len(w) > 3 and not w.isdigit()]
    title = sum(w[0].isupper() for w in long) / len(long) if long else 0.0
    return [title, _flag(len(words) > digits and joined.isupper())]


def _chrome(text: str, low: str, low_words: set[str], n: int) -> list[float]:
    """Furniture vocabulary in a short line; in a long one, a notice or a dense use of it."""
    if n <= 12:
        return [_flag(pat.has_chrome_words(text)), 0.0]
    return [0.0, _flag(pat.is_notice(low) or pat.chrome_term_hits(low_words) >= max(3, n // 10))]
