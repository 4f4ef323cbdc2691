"""The whole pipeline on a short plain text, as `newsledger process` runs it: for the events tests."""

from __future__ import annotations

from typing import Any

from newsledger.analysis import analyze
from newsledger.eval.events_sets import main_event
from newsledger.ingest import raw_from_bytes
from newsledger.model import Article, Event, Record
from newsledger.pipeline import run_stages


def text_record(nlp: Any, text: str, *, published: str = "2023-05-01") -> Record:
    article = Article(text=text, published=published)
    return run_stages(raw_from_bytes(text.encode(), "test:text", plain=True), analyze(nlp, article), ())


def main_of(nlp: Any, text: str) -> Event | None:
    """The event that stands for the text, as the CASE evaluation picks it."""
    return main_event(text_record(nlp, text))


def main_sub_type(nlp: Any, text: str) -> str | None:
    event = main_of(nlp, text)
    return None if event is None else event.sub_type
