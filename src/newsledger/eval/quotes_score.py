"""Scoring of quote predictions against gold, the same way as `shared/eval/score_quotes.py`.

Gold and predictions are JSON-ready dicts in the reference scorer's format (see its
docstring). Content is matched 1:1: exactly (outer span, after trimming quotation marks
and edge punctuation) and partially (greedy by character Jaccard, any overlap). Speaker
and cue are scored end to end on the partially matched pairs: by span when both sides
give one (strict: same trimmed span, lenient: overlap, then the lenient string test), else
by normalised string (lenient: a shared content word, or a gold alias). Every count is
split by the gold type (direct: the content holds a quotation mark) and, for precision,
by the predicted type.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

QUOTE_CHARS = "\"'“”‘’«»„‚‹›`´"
DIRECT_CHARS = '“”"«»„'
EDGE_PUNCT = QUOTE_CHARS + ",.;:!?-–—()[]…"
EMPTY = {"", "none", "null", "unknown", "unnamed", "n/a", "na", "anonymous", "unspecified"}
STOP = frozenset(
    {
        "the",
        "a",
        "an",
        "of",
        "and",
        "or",
        "to",
        "in",
        "on",
        "at",
        "for",
        "by",
        "with",
        "from",
        "as",
        "that",
        "this",
        "these",
        "those",
        "its",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "s",
        "mr",
        "mrs",
        "ms",
        "dr",
        "said",
        "says",
        "say",
        "who",
        "which",
        "is",
        "was",
        "be",
        "has",
        "have",
    }
)
Pair = tuple[int, int, float]


def norm(s: str | None) -> str:
    if s is None:
        return ""
    s = unicodedata.normalize("NFKC", s).lower().replace("’", "'").replace("‘", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", s)).strip()
    return re.sub(r"^(the|a|an) ", "", s)


def empty(s: str | None) -> bool:
    return s is None or not s.strip() or (bool(norm(s)) and norm(s) in EMPTY)


def _spans(obj: Any) -> list[tuple[int, int]]:
    if not obj:
        return []
    if isinstance(obj[0], int | float):
        obj = [obj]
    return sorted((int(s), int(e)) for s, e in obj if e > s)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in EDGE_PUNCT):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in EDGE_PUNCT):
        e -= 1
    return s, e


def _chars(spans: Iterable[tuple[int, int]], text: str | None = None) -> set[int]:
    return {
        i for s, e in spans for i in range(s, e) if text is None or i >= len(text) or not text[i].isspace()
    }


@dataclass(frozen=True, slots=True)
class Item:
    spans: list[tuple[int, int]]
    outer: tuple[int, int]
    trim: tuple[int, int]
    chars: frozenset[int]
    speaker: str | None
    cue: str | None
    aliases: tuple[str, ...]
    speaker_spans: list[tuple[int, int]]
    cue_spans: list[tuple[int, int]]
    direct: bool


def item(q: Mapping[str, Any], text: str, gold: bool) -> Item | None:
    spans = _spans(q.get("spans")) or _spans(q.get("span"))
    if not spans:
        return None
    outer = (spans[0][0], max(e for _, e in spans))
    content = q.get("text") or (" ".join(text[s:e] for s, e in spans) if gold else "")
    return Item(
        spans=spans,
        outer=outer,
        trim=_trim(text, *outer),
        chars=frozenset(_chars(spans, text)),
        speaker=q.get("speaker"),
        cue=q.get("cue"),
        aliases=tuple(q.get("speaker_aliases") or ()),
        speaker_spans=_spans(q.get("speaker_spans") or q.get("speaker_span")),
        cue_spans=_spans(q.get("cue_spans") or q.get("cue_span")),
        direct=q["kind"] != "indirect" if "kind" in q else any(c in content for c in DIRECT_CHARS),
    )


def match_exact(golds: list[Item], preds: list[Item], trim: bool) -> list[Pair]:
    pairs, used = [], set()
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            if pi not in used and (g.trim == p.trim if trim else g.outer == p.outer):
                pairs.append((gi, pi, 1.0))
                used.add(pi)
                break
    return pairs


def match_partial(golds: list[Item], preds: list[Item]) -> list[Pair]:
    cand = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            inter = len(g.chars & p.chars)
            if inter:
                cand.append((-inter / len(g.chars | p.chars), gi, pi))
    cand.sort()
    ug: set[int] = set()
    up: set[int] = set()
    pairs = []
    for nj, gi, pi in cand:
        if gi not in ug and pi not in up:
            ug.add(gi)
            up.add(pi)
            pairs.append((gi, pi, -nj))
    return pairs


def role_match(g: Item, p: Item, text: str, *, cue: bool, lenient: bool) -> bool:
    g_str, g_spans = (g.cue, g.cue_spans) if cue else (g.speaker, g.speaker_spans)
    p_str, p_spans = (p.cue, p.cue_spans) if cue else (p.speaker, p.speaker_spans)
    aliases = () if cue else g.aliases
    g_empty, p_empty = empty(g_str) and not g_spans, empty(p_str) and not p_spans
    if g_empty or p_empty:
        return g_empty and p_empty
    if p_spans and g_spans:
        if not lenient:
            gt = _trim(text, g_spans[0][0], max(e for _, e in g_spans))
            return gt == _trim(text, p_spans[0][0], max(e for _, e in p_spans))
        if _chars(g_spans) & _chars(p_spans):
            return True
    if p_str is None or g_str is None:
        return False
    if norm(p_str) == norm(g_str):
        return True
    if not lenient:
        return False
    tokens = {t for t in norm(p_str).split() if t not in STOP}
    return any(
        norm(c) == norm(p_str) or tokens & {t for t in norm(c).split() if t not in STOP}
        for c in [g_str, *aliases]
    )


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "p": round(p, 4),
        "r": round(r, 4),
        "f1": round(f, 4),
        "tp": tp,
        "n_pred": n_pred,
        "n_gold": n_gold,
    }


def score(
    gold_docs: Mapping[str, Mapping[str, Any]], pred_docs: Mapping[str, Mapping[str, Any]]
) -> dict[str, Any]:
    """Headline metrics (the reference scorer's names), and a split by direct/indirect."""
    c: Counter[str] = Counter()
    for doc_id, gd in gold_docs.items():
        text = gd.get("text") or ""
        golds = [g for g in (item(q, text, True) for q in gd.get("quotes", [])) if g]
        preds = [p for p in (item(q, text, False) for q in pred_docs.get(doc_id, {}).get("quotes", [])) if p]
        _count(c, golds, preds, text)
    out: dict[str, Any] = {
        "content": {
            "exact": prf(c["exact"], c["n_pred"], c["n_gold"]),
            "exact_trim": prf(c["exact_trim"], c["n_pred"], c["n_gold"]),
            "partial": prf(c["partial"], c["n_pred"], c["n_gold"]),
        },
        "speaker": {k: prf(c[f"speaker_{k}"], c["n_pred"], c["n_gold"]) for k in ("strict", "lenient")},
        "cue": {k: prf(c[f"cue_{k}"], c["n_pred"], c["n_gold"]) for k in ("strict", "lenient")},
        "by_type": {},
    }
    for kind in ("direct", "indirect"):
        out["by_type"][kind] = {
            "content_partial": _typed(c, kind, "partial"),
            "speaker_lenient": _typed(c, kind, "speaker_lenient"),
            "cue_lenient": _typed(c, kind, "cue_lenient"),
        }
    return out


def _typed(c: Counter[str], kind: str, metric: str) -> dict[str, float]:
    """P from the pairs whose prediction is of `kind`, R from those whose gold is."""
    p = c[f"{metric}_pred_{kind}"] / c[f"n_pred_{kind}"] if c[f"n_pred_{kind}"] else 0.0
    r = c[f"{metric}_gold_{kind}"] / c[f"n_gold_{kind}"] if c[f"n_gold_{kind}"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "p": round(p, 4),
        "r": round(r, 4),
        "f1": round(f, 4),
        "n_pred": c[f"n_pred_{kind}"],
        "n_gold": c[f"n_gold_{kind}"],
    }


def _count(c: Counter[str], golds: list[Item], preds: list[Item], text: str) -> None:
    c["n_gold"] += len(golds)
    c["n_pred"] += len(preds)
    for g in golds:
        c[f"n_gold_{_kind(g)}"] += 1
    for p in preds:
        c[f"n_pred_{_kind(p)}"] += 1
    c["exact"] += len(match_exact(golds, preds, trim=False))
    c["exact_trim"] += len(match_exact(golds, preds, trim=True))
    for gi, pi, _ in match_partial(golds, preds):
        g, p = golds[gi], preds[pi]
        hits = {
            "partial": True,
            "speaker_strict": role_match(g, p, text, cue=False, lenient=False),
            "speaker_lenient": role_match(g, p, text, cue=False, lenient=True),
            "cue_strict": role_match(g, p, text, cue=True, lenient=False),
            "cue_lenient": role_match(g, p, text, cue=True, lenient=True),
        }
        for metric, hit in hits.items():
            if hit:
                c[metric] += 1
                c[f"{metric}_gold_{_kind(g)}"] += 1
                c[f"{metric}_pred_{_kind(p)}"] += 1


def _kind(x: Item) -> str:
    return "direct" if x.direct else "indirect"
