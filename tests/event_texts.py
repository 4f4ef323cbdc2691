"""The whole pipeline on a short plain text, as `newsledger process` runs it: for the events tests."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

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


def check_main_sub_type(
    nlp: Any, request: Any, sub_type: str | None, text: str, expected_failures: Mapping[str, str]
) -> None:
    """The text's main event has this sub-type (None: no event), unless a known failure's start
    matches the text: then it is a strict expected failure, with its reason."""
    why = next((why for start, why in expected_failures.items() if text.startswith(start)), None)
    if why is not None:
        request.applymarker(pytest.mark.xfail(strict=True, reason=why))
    assert main_sub_type(nlp, text) == sub_type
