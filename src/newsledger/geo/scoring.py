"""Geoparsing scores, computed as the team's reference scorer (`shared/eval/score_geo.py`) does.

Recognition P/R/F1 on identical spans (strict) and on one-to-one overlaps; predictions that match
no gold toponym but overlap an `ignore` span count neither way. Resolution on overlap-matched
pairs: accuracy within 161 km, mean/median error, AUC of the log-error curve. End to end: a gold
toponym is correct when matched and within 161 km.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from newsledger.geo.resolve import haversine_km

MAX_KM = 20039.0
ACC_KM = 161.0
Doc = dict[str, Any]


def _overlap(a: list[int], b: list[int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(gold: list[Doc], pred: list[Doc]) -> tuple[list[tuple[int, int]], int, set[int]]:
    """One-to-one pairs (gold index, prediction index): identical spans first, then largest overlap."""
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    by_span: dict[tuple[int, int], list[int]] = {}
    for gi, g in enumerate(gold):
        by_span.setdefault((g["span"][0], g["span"][1]), []).append(gi)
    for pi, p in enumerate(pred):
        for gi in by_span.get((p["span"][0], p["span"][1]), []):
            if gi not in used_g:
                pairs.append((gi, pi))
                used_g.add(gi)
                used_p.add(pi)
                break
    strict = len(pairs)
    options = sorted(
        (-_overlap(g["span"], p["span"]), gi, pi)
        for gi, g in enumerate(gold)
        if gi not in used_g
        for pi, p in enumerate(pred)
        if pi not in used_p and _overlap(g["span"], p["span"]) > 0
    )
    for _, gi, pi in options:
        if gi not in used_g and pi not in used_p:
            pairs.append((gi, pi))
            used_g.add(gi)
            used_p.add(pi)
    return pairs, strict, used_p


@dataclass
class Tally:
    n_gold: int = 0
    n_pred: int = 0
    strict_tp: int = 0
    overlap_tp: int = 0
    pair_errors: list[float] = field(default_factory=list)
    all_errors: list[float] = field(default_factory=list)

    def add(self, gold_doc: Doc, pred: list[Doc]) -> None:
        gold = gold_doc["places"]
        pairs, strict, used_p = match(gold, pred)
        ignore = gold_doc.get("ignore", [])
        self.n_pred += sum(
            1 for pi, p in enumerate(pred) if pi in used_p or not any(_overlap(p["span"], s) for s in ignore)
        )
        self.n_gold += len(gold)
        self.strict_tp += strict
        self.overlap_tp += len(pairs)
        matched = {}
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            lat, lon = p.get("lat"), p.get("lon")
            err = MAX_KM if lat is None or lon is None else haversine_km(g["lat"], g["lon"], lat, lon)
            self.pair_errors.append(err)
            matched[gi] = err
        self.all_errors += [matched.get(gi, MAX_KM) for gi in range(len(gold))]

    def metrics(self) -> dict[str, float]:
        correct = sum(e <= ACC_KM for e in self.all_errors)
        out: dict[str, float] = {}
        for name, tp in (("strict", self.strict_tp), ("overlap", self.overlap_tp), ("e2e", correct)):
            p, r = _ratio(tp, self.n_pred), _ratio(tp, self.n_gold)
            out |= {f"{name}_p": p, f"{name}_r": r, f"{name}_f1": 2 * p * r / (p + r) if p + r else 0.0}
        errors = self.pair_errors
        out["acc161"] = _ratio(sum(e <= ACC_KM for e in errors), len(errors))
        out["mean_km"] = statistics.fmean(errors) if errors else 0.0
        out["median_km"] = statistics.median(errors) if errors else 0.0
        out["auc"] = auc(errors)
        out |= {"gold": float(self.n_gold), "pred": float(self.n_pred)}
        return {k: round(v, 4) for k, v in out.items()}


def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def auc(errors: list[float]) -> float:
    """Area under the sorted log-error curve, in [0, 1]: 0 is perfect."""
    if len(errors) < 2:
        return math.log1p(errors[0]) / math.log(MAX_KM) if errors else 0.0
    ys = sorted(math.log1p(e) for e in errors)
    area = sum((ys[i] + ys[i + 1]) / 2 for i in range(len(ys) - 1))
    return area / (math.log(MAX_KM) * (len(ys) - 1))


def score(gold_docs: Iterable[Doc], predictions: dict[str, list[Doc]]) -> dict[str, dict[str, float]]:
    """Metrics overall and per corpus."""
    tallies: dict[str, Tally] = {"overall": Tally()}
    for doc in gold_docs:
        pred = predictions.get(str(doc["doc_id"]), [])
        for key in ("overall", str(doc.get("corpus", "?"))):
            tallies.setdefault(key, Tally()).add(doc, pred)
    return {k: t.metrics() for k, t in tallies.items()}
