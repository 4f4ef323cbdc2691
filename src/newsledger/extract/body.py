"""Which paragraphs of a dump are the article body: a paragraph model, one region, a filter inside it.

1. A logistic model scores each paragraph on its own features (`features.NAMES`).
2. The article is one contiguous region: the run of paragraphs with the largest sum of
   scores (log-odds, weighted by length), ending before any reader-comments section.
3. A second logistic model decides, inside the region, which paragraphs are body, using
   the first model's scores of the neighbours (subheadings between paragraphs are body;
   captions, share bars and "Read more" links are not).

The weights are learned from the extraction dev set by `python -m newsledger.extract.train`.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from newsledger.extract import _weights, patterns
from newsledger.extract.features import NAMES, features
from newsledger.extract.lines import Paragraph

CONTEXT_NAMES: tuple[str, ...] = (
    "p", "p_prev", "p_next", "p_prev2", "p_next2", "p_window3", "p_window8",
    "region_position", "from_start", "to_end", "logit",
)  # fmt: skip


@dataclass(frozen=True, slots=True, kw_only=True)
class RegionParams:
    bias: float = 0.5  # added to each paragraph's log-odds
    pos_power: float = 0.5  # weight = (1 + words) ** power, for paragraphs for the body ...
    neg_power: float = 0.5  # ... and against it
    floor: float = -1.5  # no single paragraph counts less than this (before weighting)
    strong: float = 0.8  # score of a paragraph that proves the article has started


@dataclass(frozen=True, slots=True, kw_only=True)
class BodyModel:
    paragraph: tuple[float, ...]  # weights over features.NAMES
    context: tuple[float, ...]  # weights over NAMES + CONTEXT_NAMES
    threshold: float
    region: RegionParams


MODEL = BodyModel(
    paragraph=_weights.PARAGRAPH,
    context=_weights.CONTEXT,
    threshold=_weights.THRESHOLD,
    region=RegionParams(),
)


def body_mask(paras: Sequence[Paragraph], skip: Sequence[bool], model: BodyModel = MODEL) -> list[bool]:
    """True for each paragraph of the article body; `skip` marks paragraphs already classified."""
    if len(model.paragraph) != len(NAMES):
        raise RuntimeError("stale extract/_weights.py: run python -m newsledger.extract.train --write")
    if not paras:
        return []
    rows = np.array(features(paras), dtype=np.float64)
    scores = paragraph_scores(rows, skip, model.paragraph)
    start, end = article_region(paras, scores, skip, model.region)
    if start == end:
        return [False] * len(paras)
    inside = np.hstack([rows[start:end], np.array(context_rows(scores, skip, start, end)[start:end])])
    second = _sigmoids(inside @ np.array(model.context))
    return [
        start <= i < end
        and not skip[i]
        and bool(patterns.WORD.search(paras[i].text))
        and bool(second[i - start] > model.threshold or _plain_prose(rows[i]))
        for i in range(len(paras))
    ]


_FURNITURE_CUES = [NAMES.index(n) for n in (
    "bullet", "sub_bullet", "bracket", "duplicate", "url", "image_file", "handle", "chrome", "chrome_long",
    "credit", "self_repeat", "near_duplicate", "comment", "embed", "time_ago", "date", "prev_image",
    "separators", "paren_end",
)]  # fmt: skip
_TERMINAL, _MEDIUM, _LONG = (NAMES.index(n) for n in ("terminal", "words_13_25", "words_gt25"))


PROSE_FLOOR = 0.5  # a plain sentence paragraph counts at least this much for the article region


def _plain_prose(row: npt.NDArray[np.float64]) -> bool:
    """A sentence paragraph with no cue of furniture at all: body wherever the region keeps it."""
    return bool(row[_TERMINAL] and (row[_MEDIUM] or row[_LONG]) and not row[_FURNITURE_CUES].any())


def paragraph_scores(
    rows: npt.NDArray[np.float64], skip: Sequence[bool], weights: Sequence[float]
) -> list[float]:
    """The paragraph model's probability of body; 0 for skipped paragraphs, a floor for plain prose."""
    first = _sigmoids(rows @ np.asarray(weights, dtype=np.float64))
    return [
        0.0 if s else max(float(p), PROSE_FLOOR) if _plain_prose(r) else float(p)
        for p, s, r in zip(first, skip, rows, strict=True)
    ]


def article_region(
    paras: Sequence[Paragraph], scores: Sequence[float], skip: Sequence[bool], params: RegionParams
) -> tuple[int, int]:
    """`[start, end)` of the paragraphs with the largest weighted sum of log-odds."""
    limit = article_limit(paras, scores, params.strong)
    best, best_start, best_end = 0.0, 0, 0
    total, start = 0.0, 0
    for i in range(limit):
        if total <= 0:
            total, start = 0.0, i
        total += 0.0 if skip[i] else _weight(paras[i], scores[i], params)
        if total > best:
            best, best_start, best_end = total, start, i + 1
    return best_start, best_end


def article_limit(paras: Sequence[Paragraph], scores: Sequence[float], strong: float) -> int:
    """Where the article must end: at reader comments, or after the copyright line, once it has begun."""
    begun = False
    for i, para in enumerate(paras):
        if scores[i] > strong and len(para.text.split()) >= 15:
            begun = True
        elif begun and len(para.text) < 160:
            if patterns.COMMENTS_START.search(para.text):
                return i
            if patterns.FOOTER.search(para.text) and not patterns.CREDIT.search(para.text):
                return i + 1
    return len(paras)


def context_rows(scores: Sequence[float], skip: Sequence[bool], start: int, end: int) -> list[list[float]]:
    """`CONTEXT_NAMES` values for each paragraph; skipped ones (images, captions) are not neighbours."""
    kept = [i for i in range(len(scores)) if not skip[i]]
    rows = _context([scores[i] for i in kept], bisect_left(kept, start), bisect_left(kept, end))
    out = [[0.0] * len(CONTEXT_NAMES) for _ in scores]
    for row, i in zip(rows, kept, strict=True):
        out[i] = row
    return out


def _context(scores: Sequence[float], start: int, end: int) -> list[list[float]]:
    """The neighbours' scores and where each paragraph sits in the region."""
    n = len(scores)
    prefix = [0.0]
    for s in scores:
        prefix.append(prefix[-1] + s)
    span = max(1, end - start)

    def at(j: int) -> float:
        return scores[j] if 0 <= j < n else 0.0

    def window(i: int, r: int) -> float:
        lo, hi = max(0, i - r), min(n, i + r + 1)
        return (prefix[hi] - prefix[lo] - scores[i]) / max(1, hi - lo - 1)

    return [
        [
            *(at(i), at(i - 1), at(i + 1), at(i - 2), at(i + 2)),
            *(window(i, 3), window(i, 8)),
            (i - start) / span,
            math.log1p(max(0, i - start)),
            math.log1p(max(0, end - 1 - i)),
            logit(scores[i]) / 5,
        ]
        for i in range(n)
    ]


def _weight(para: Paragraph, score: float, params: RegionParams) -> float:
    x = max(logit(score) + params.bias, params.floor)
    size = 1.0 + len(para.text.split())
    return float(x * size ** (params.pos_power if x > 0 else params.neg_power))


def _sigmoids(z: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    return 1 / (1 + np.exp(-np.clip(z, -500, 500)))


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0


def logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def dot(weights: Sequence[float], row: Sequence[float]) -> float:
    return sum(w * x for w, x in zip(weights, row, strict=True))
