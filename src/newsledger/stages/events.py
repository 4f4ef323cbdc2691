"""Events: who did what to whom, where and when, typed with the ACLED taxonomy."""

from __future__ import annotations

from newsledger.analysis import Analysis
from newsledger.facts import Facts
from newsledger.model import Event


def extract_events(analysis: Analysis, facts: Facts) -> tuple[Event, ...]:
    return ()
