"""Numbers that measure something, with what they count."""

from __future__ import annotations

from newsledger.analysis import Analysis
from newsledger.model import Quantity


def extract_quantities(analysis: Analysis) -> tuple[Quantity, ...]:
    return ()
