"""Property: every span the attribution stage writes slices its section's text to the item's text."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsledger.analysis import analyze
from newsledger.model import Article, Caption, Quote
from newsledger.stages.attribution import extract_quotes

SPEAKERS = ["Dmitry Peskov", "Kremlin spokesman Dmitry Peskov", "Ben Barry", "Larysa", "Russia", "NBC",
            "Western officials", "an expert", "he", "she", "Professor Solovey"]  # fmt: skip
CUES = [
    "said",
    "claimed",
    "insisted",
    "warned",
    "added",
    "has warned",
    "told reporters",
    "denied",
    "reported",
]
CONTENTS = ["the city is calm", "talks would likely resume next week", "Kyiv's troops had reportedly fled",
            "the 'retreat' is a trap", "it appears to be over", "the soldiers' morale is broken"]  # fmt: skip
FORMS = [
    "{s} {c} that {t}.",
    "{T}, {s} {c}.",
    "'{T},' {c} {s}.",
    '"{T}," {s} {c}. "We will see."',
    "“{T},” {s} {c}, “and nothing else.”",
    "According to {s}, {t}.",
    "The deal is said to be close, and {t}.",
    "{S} {c}: '{T}.'",
    "'{T}.'",
    "{T}.",
]
SEPARATORS = [" ", "\n\n", "\n"]


def sentence(form: str, speaker: str, cue: str, content: str) -> str:
    return form.format(
        s=speaker, S=speaker[:1].upper() + speaker[1:], c=cue, t=content, T=content[:1].upper() + content[1:]
    )


pieces = st.tuples(
    st.sampled_from(FORMS), st.sampled_from(SPEAKERS), st.sampled_from(CUES), st.sampled_from(CONTENTS)
)
documents = st.lists(st.tuples(pieces, st.sampled_from(SEPARATORS)), min_size=1, max_size=4)


def check(quote: Quote, text: str) -> None:
    assert quote.content_span.of(text) == quote.text
    assert quote.span.contains(quote.content_span)
    for piece in quote.content_spans:
        assert quote.content_span.contains(piece) and len(piece) > 0
    if quote.speaker.span is not None:
        assert quote.speaker.span.of(text) == quote.speaker.text
    if quote.cue is not None:
        assert quote.cue.span.of(text) == quote.cue.text
        assert quote.span.contains(quote.cue.span)
    for hedge in quote.hedges:
        assert hedge.span.of(text) == hedge.text


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(documents, st.sampled_from([(), ("Russia said it was retreating",)]))
def test_every_quote_span_slices_to_its_text(nlp: Any, doc: list[Any], captions: tuple[str, ...]) -> None:
    text = "".join(sentence(*p) + sep for p, sep in doc).strip()
    article = Article(text=text, captions=tuple(Caption(text=c) for c in captions))
    for quote in extract_quotes(analyze(nlp, article)):
        check(quote, article.section_text(quote.caption))
