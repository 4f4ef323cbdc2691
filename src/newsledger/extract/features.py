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
    words = pat.WORD.findall(text[:160])
    return " ".join(words[:8]) if len(words) >= 8 else text


def _self_repeat(text: str) -> float:
    """Text that repeats its own opening, as w3m prints an image's alt text and then its caption."""
    if len(text) < 30:
        return 0.0
    return _flag(text.find(text[:20], 10) >= 0)


def _row(para: Paragraph, copies: int) -> list[float]:
    text = para.text
    body = BULLET.sub("", SUB_BULLET.sub("", text)).strip() if para.bullet or para.sub_bullet else text
    words = pat.WORD.findall(pat.BRACKET.sub(" ", body) if "[" in body else body)
    n = len(words)
    digits = sum(map(str.isdigit, words))
    title_ratio, all_caps = _case(words, digits)
    low = text.lower()
    low_words = set(map(str.lower, words))
    terminal = pat.TERMINAL.search(text) is not None
    first = para.first
    values: tuple[float | bool, ...] = (
        1.0,
        math.log1p(n),
        n <= 2, 3 <= n <= 6, 7 <= n <= 12, 13 <= n <= 25, n > 25,
        terminal,
        pat.COLON_END.search(text) is not None,
        para.bullet,
        para.sub_bullet,
        first.indent > 0,
        first.indent >= 6,
        len(para.lines) > 1,
        body[:1].islower(),
        body[:1].isdigit(),
        title_ratio,
        all_caps,
        "[" in text,
        n == 0 and "[" in text,
        n == 0,
        copies > 1,
        copies > 2,
        ("http" in text or "www." in text) and pat.URL.search(text) is not None,
        any(e in low for e in _IMAGE_EXTENSIONS) and pat.IMAGE_FILE.search(text) is not None,
        ("@" in text or "#" in text) and pat.HANDLE.search(text) is not None,
        digits / n if n else 0.0,
        "|" in text or "»" in text,
        n <= 12 and pat.has_chrome_words(text),
        n > 12 and (pat.is_notice(low) or pat.chrome_term_hits(low_words) >= max(3, n // 10)),
        not pat.CREDIT_WORDS.isdisjoint(low_words),
        text.endswith(")"),
        pat.TIME_AGO.search(text) is not None,
        n <= 12 and pat.DATE_WORDS.search(text) is not None,
        min(sum(map(text.count, ",.;:!?")) / (n + 1), 1.0),
        min((sum(map(len, words)) / n if n else 0.0) / 10, 2.0),
        first.blank_before,
        para.blank_after,
        n <= 15 and pat.COMMENT_HEADER.search(text) is not None,
        ("@" in text or "t.co" in text) and pat.EMBED.search(text) is not None,
        min(len(pat.SENTENCE_BREAK.findall(text)), 5) / 5,
        body[:1] in "\"“‘«„'",
        copies > 1 and n >= 8,
        (para.bullet or para.sub_bullet) and not terminal and title_ratio > 0.5,  # a link to another story
        (para.bullet or para.sub_bullet) and terminal,  # a list item that is a sentence: content
    )  # fmt: skip
    return list(map(float, values))


def _flag(value: object) -> float:
    return 1.0 if value else 0.0


def _case(words: list[str], digits: int) -> tuple[float, bool]:
    """Share of long words that are capitalised (headlines, menus), and whether all are upper case."""
    joined = " ".join(words)
    long = [w for w in words if len(w) > 3 and not w.isdigit()]
    title = sum(w[0].isupper() for w in long) / len(long) if long else 0.0
    return title, len(words) > digits and joined.isupper()
