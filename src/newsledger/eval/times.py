"""`newsledger eval times`: the times stage on the seed gold `times`.

Precision, recall and F1 (body only and all zones), then over the matched pairs: `dates_exact`
(start and end both equal to the gold), `type_agree` and `precision_agree`. There is no reference
scorer for times in the shared folder; `--predictions` writes items in the gold's own format
(raw offsets, line, zone, type, start, end, ...), so any scorer of gold.json can read them.
"""

from __future__ import annotations

from typing import Any

from newsledger.eval.seed_items import Item, SpanEval, command_for
from newsledger.model import TimeRef
from newsledger.stages.times import extract_times


def _fields(ref: TimeRef) -> Item:
    return {
        "type": ref.type, "start": ref.start, "end": ref.end, "precision": ref.precision,
        "approx": ref.approx, "duration": ref.duration, "modifier": ref.modifier,
        "asserted_by": ref.asserted_by,
    }  # fmt: skip


def _dates(gold: Item, predicted: Item) -> bool:
    return bool(gold.get("start") == predicted["start"] and gold.get("end") == predicted["end"])


def _same(key: str) -> Any:
    return lambda gold, predicted: gold.get(key) == predicted.get(key)


SPEC = SpanEval(
    stage="times",
    extract=extract_times,
    fields=_fields,
    agreements={"dates_exact": _dates, "type_agree": _same("type"), "precision_agree": _same("precision")},
)

command = command_for(
    SPEC, "Evaluate the times stage on the seed gold (precision/recall/F1, resolved dates)."
)
