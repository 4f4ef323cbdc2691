"""Property tests: every event span lies in its section and its slice is the event's trigger."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsledger.analysis import analyze
from newsledger.facts import Facts
from newsledger.model import Article, Caption
from newsledger.stages.events import extract_events

PIECES = [
    "Warplanes bombed the town of Harad, killing 19 people.",
    "Police fired tear gas at protesters in the capital.",
    "Gunmen abducted three aid workers",
    "Russia claimed it had completed the retreat across the river.",
    "Ukraine plans to take the peninsula back",
    "The two sides agreed a ceasefire on Monday.",
    "A suicide bomber blew himself up – witnesses said – near the market",
    "\u00a0Rioters torched cars and looted shops.",
    "Kyiv's men are shown liberating the village of\u00a0Snihurivka",
    "'We will never surrender,' he said.",
    "Nothing happened here.",
    "\n\n",
    " ",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    body=st.lists(st.sampled_from(PIECES), min_size=1, max_size=6),
    captions=st.lists(st.sampled_from(PIECES), max_size=2),
)
def test_event_spans_slice_to_their_trigger_in_their_section(
    nlp: Any, body: list[str], captions: list[str]
) -> None:
    article = Article(
        text=" ".join(body), published="2022-11-11", captions=tuple(Caption(text=c) for c in captions)
    )
    for event in extract_events(analyze(nlp, article), Facts()):
        text = article.section_text(event.caption)
        assert 0 <= event.sentence_span.start <= event.sentence_span.end <= len(text)
        assert event.trigger_span.of(text) == event.trigger
        assert event.sentence_span.contains(event.trigger_span)
        assert event.sentence_span.of(text) == event.sentence_span.of(text).strip()
        assert 0.0 < event.confidence < 1.0
