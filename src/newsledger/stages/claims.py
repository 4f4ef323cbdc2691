"""Claims: statements a fact-checker may want to check, with who asserts them and how hedged they are.

Two sources, both already found by earlier stages, so a claim always has a span and an asserter:

* every quote's content, asserted by its speaker, qualified by the cue's stance (a claim,
  a denial, an estimate) or by its hedges;
* every sentence the outlet itself reports that carries an event or a quantity, asserted by
  the outlet, qualified by the certainty the events stage gave it.

`check_worthy` in [0, 1] is a transparent score: numbers, named actors, events and disputed
stances raise it; short or vague statements lower it.
"""

from __future__ import annotations

from newsledger.analysis import Analysis
from newsledger.facts import Facts
from newsledger.model import OUTLET, Claim, Event, Quote, Span

_DISPUTED = {"claim", "deny", "estimate", "insist", "warn"}


def extract_claims(analysis: Analysis, facts: Facts, events: tuple[Event, ...]) -> tuple[Claim, ...]:
    claims = [_quote_claim(i, q, facts) for i, q in enumerate(facts.quotes)]
    claims += _outlet_claims(analysis, facts, events)
    return tuple(
        sorted(claims, key=lambda c: (c.caption is not None, c.caption or 0, c.span.start, c.span.end))
    )


def _quote_claim(index: int, quote: Quote, facts: Facts) -> Claim:
    stance = quote.cue.stance if quote.cue else None
    hedge: str | None = stance if stance and stance != "neutral" else None
    if quote.hedges:
        hedge = (
            ", ".join(h.text for h in quote.hedges) if hedge is None else f"{hedge}; {quote.hedges[0].text}"
        )
    numbers = sum(
        1 for n in facts.quantities if n.caption == quote.caption and quote.content_span.contains(n.span)
    )
    score = _score(len(quote.text), numbers=numbers, named=quote.speaker.named, disputed=stance in _DISPUTED)
    return Claim(
        text=quote.text,
        span=quote.content_span,
        asserted_by=quote.speaker.name or "unknown",
        hedge=hedge,
        check_worthy=score,
        quote=index,
        caption=quote.caption,
    )


def _outlet_claims(analysis: Analysis, facts: Facts, events: tuple[Event, ...]) -> list[Claim]:
    """Sentences the outlet reports itself that state an event or a number."""
    claims = []
    for section in analysis.sections:
        for sent in section.doc.sents:
            span = Span(sent.start_char, sent.end_char)
            if _inside_quote(facts, span, section.caption):
                continue
            found = [e for e in events if e.caption == section.caption and span.contains(e.trigger_span)]
            numbers = [
                n
                for n in facts.quantities
                if n.caption == section.caption and span.contains(n.span) and n.asserted_by == OUTLET
            ]
            if not found and not numbers:
                continue
            certainty = found[0].certainty if found else "reported"
            hedge = None if certainty == "reported" else certainty
            score = _score(
                len(sent.text),
                numbers=len(numbers),
                named=True,
                disputed=hedge is not None,
                events=len(found),
            )
            claims.append(
                Claim(
                    text=sent.text.strip(),
                    span=_strip(span, section.text),
                    asserted_by=OUTLET,
                    hedge=hedge,
                    check_worthy=score,
                    caption=section.caption,
                )
            )
    return claims


def _inside_quote(facts: Facts, span: Span, caption: int | None) -> bool:
    return any(q.caption == caption and q.content_span.overlaps(span) for q in facts.quotes)


def _strip(span: Span, text: str) -> Span:
    piece = span.of(text)
    lead = len(piece) - len(piece.lstrip())
    return Span(span.start + lead, span.start + lead + len(piece.strip()))


def _score(chars: int, *, numbers: int, named: bool, disputed: bool, events: int = 0) -> float:
    score = 0.25 + 0.2 * min(numbers, 2) + 0.15 * min(events, 2) + 0.1 * named + 0.15 * disputed
    if chars < 40:
        score -= 0.15
    return round(max(0.0, min(1.0, score)), 2)
