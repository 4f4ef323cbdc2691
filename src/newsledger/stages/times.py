"""Temporal expressions resolved against the publication date."""

from __future__ import annotations

from newsledger.analysis import Analysis
from newsledger.model import TimeRef


def extract_times(analysis: Analysis) -> tuple[TimeRef, ...]:
    return ()
