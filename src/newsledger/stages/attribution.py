"""Who said what: direct, indirect and mixed quotes with speaker, cue, stance and hedges.

Rules over the one spaCy parse, no model of our own: see `newsledger.attribution` for the
pieces (quotation marks, cue lexicon, speakers, name clusters, coreference, hedges).
"""

from __future__ import annotations

from newsledger.analysis import Analysis
from newsledger.attribution.assemble import extract
from newsledger.attribution.lexicon import lexicon
from newsledger.model import Quote


def extract_quotes(analysis: Analysis) -> tuple[Quote, ...]:
    """Every attribution of the article body and its captions, in section and text order."""
    return extract(analysis, lexicon())
