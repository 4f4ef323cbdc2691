"""Claims: check-worthy statements with who asserts them and how hedged they are."""

from __future__ import annotations

from newsledger.analysis import Analysis
from newsledger.facts import Facts
from newsledger.model import Claim, Event


def extract_claims(analysis: Analysis, facts: Facts, events: tuple[Event, ...]) -> tuple[Claim, ...]:
    return ()
