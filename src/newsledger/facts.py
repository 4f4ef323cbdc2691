"""The per-document facts the independent stages found, and who asserts each one.

A fact inside the content of a quote is asserted by the quote's speaker; anything else
by the outlet. `attribute` applies that rule to the items of every stage, so no stage
needs to know about the others.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Protocol, TypeVar

from newsledger.model import OUTLET, Place, Quantity, Quote, Span, TimeRef


class Located(Protocol):
    @property
    def span(self) -> Span: ...

    @property
    def caption(self) -> int | None: ...

    @property
    def asserted_by(self) -> str: ...


T = TypeVar("T", Place, TimeRef, Quantity)


@dataclass(frozen=True, slots=True, kw_only=True)
class Facts:
    quotes: tuple[Quote, ...] = ()
    places: tuple[Place, ...] = ()
    times: tuple[TimeRef, ...] = ()
    quantities: tuple[Quantity, ...] = ()


def quote_at(quotes: tuple[Quote, ...], span: Span, caption: int | None) -> Quote | None:
    """The innermost quote whose content holds `span`, in the same section."""
    best: Quote | None = None
    for quote in quotes:
        if quote.caption != caption or quote.speaker.name is None:
            continue
        pieces = quote.content_spans or (quote.content_span,)
        if any(p.contains(span) for p in pieces) and (
            best is None or len(quote.content_span) < len(best.content_span)
        ):
            best = quote
    return best


def asserter_at(quotes: tuple[Quote, ...], span: Span, caption: int | None) -> str:
    quote = quote_at(quotes, span, caption)
    return quote.speaker.name if quote and quote.speaker.name else OUTLET


def attribute(items: tuple[T, ...], quotes: tuple[Quote, ...]) -> tuple[T, ...]:
    """Set `asserted_by` on items the stage left to the outlet."""
    out = []
    for item in items:
        who = item.asserted_by
        if who == OUTLET:
            who = asserter_at(quotes, item.span, item.caption)
        out.append(item if who == item.asserted_by else dataclasses.replace(item, asserted_by=who))
    return tuple(out)
