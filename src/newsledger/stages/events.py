"""Events: who did what to whom, where and when, typed with the ACLED taxonomy.

Rules over the parse and a weighted trigger lexicon (see `newsledger.events`): each clause
with enough trigger evidence becomes one event, typed with ACLED's sub-event names; its actors
come from the parse, its place, date and fatalities from the places, times and quantities
stages, and its provenance (who asserts it, how sure) from the attribution stage and the
modality of the sentence.
"""

from __future__ import annotations

from newsledger.analysis import Analysis
from newsledger.events.build import events_of
from newsledger.facts import Facts
from newsledger.model import Event


def extract_events(analysis: Analysis, facts: Facts) -> tuple[Event, ...]:
    return events_of(analysis, facts)
