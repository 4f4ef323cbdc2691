"""Who said what."""

from __future__ import annotations

from newsledger.analysis import Analysis
from newsledger.model import Quote


def extract_quotes(analysis: Analysis) -> tuple[Quote, ...]:
    return ()
