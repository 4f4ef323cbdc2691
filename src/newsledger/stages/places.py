"""Places named in the text, resolved on the offline gazetteer."""

from __future__ import annotations

from newsledger.analysis import Analysis
from newsledger.model import Place


def extract_places(analysis: Analysis) -> tuple[Place, ...]:
    return ()
