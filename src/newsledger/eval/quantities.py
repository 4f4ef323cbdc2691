"""`newsledger eval quantities`: the quantities stage on the seed gold `quantities`.

Precision, recall and F1 (body only and all zones), then over the matched pairs: `value_exact`
(equal values, or both null for vague amounts), `bound_agree`, `approx_agree`, `counts_agree` and
`unit_agree`. There is no reference scorer for quantities in the shared folder; `--predictions`
writes items in the gold's own format (raw offsets, line, zone, value, unit, counts, ...).
"""

from __future__ import annotations

from typing import Any

from newsledger.eval.seed_items import Item, SpanEval, command_for
from newsledger.model import Quantity
from newsledger.stages.quantities import extract_quantities


def _fields(q: Quantity) -> Item:
    normalized: dict[str, object] | None = None
    if q.duration:
        normalized = {"iso8601": q.duration}
    elif q.normalized is not None:
        normalized = {"value": q.normalized.value, "unit": q.normalized.unit}
    return {
        "value": q.value, "unit": q.unit, "approx": q.approx, "bound": q.bound, "counts": q.counts,
        "of": q.of, "low": q.low, "high": q.high, "normalized": normalized, "currency": q.currency,
        "asserted_by": q.asserted_by,
    }  # fmt: skip


def _value(gold: Item, predicted: Item) -> bool:
    g, p = gold.get("value"), predicted.get("value")
    return (g is None and p is None) or (g is not None and p is not None and abs(float(g) - float(p)) < 1e-9)


def _same(key: str) -> Any:
    return lambda gold, predicted: gold.get(key) == predicted.get(key)


SPEC = SpanEval(
    stage="quantities",
    extract=extract_quantities,
    fields=_fields,
    agreements={
        "value_exact": _value,
        "bound_agree": _same("bound"),
        "approx_agree": _same("approx"),
        "counts_agree": _same("counts"),
        "unit_agree": _same("unit"),
    },
)


command = command_for(
    SPEC, "Evaluate the quantities stage on the seed gold (precision/recall/F1, values, bounds, counts)."
)
