"""The whole per-document flow, in one screen.

    ingest -> extract -> analyze (one spaCy pass over body and captions)
           -> entities | attribution | places | times | quantities -> events -> claims

`Pipeline.process(raw)` is a pure function of the bytes: the same input gives the same
record, byte for byte, in one process, a worker pool or a Dask cluster.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

from spacy.language import Language

from newsledger.analysis import MODEL, Analysis, analyze_many, load_nlp, section_texts
from newsledger.errors import AnalysisError, ExtractionError, NewsledgerError, warning
from newsledger.extract import extract
from newsledger.facts import Facts, attribute
from newsledger.model import Article, Diagnostic, RawDocument, Record, Source
from newsledger.stages.attribution import extract_quotes
from newsledger.stages.claims import extract_claims
from newsledger.stages.entities import extract_entities
from newsledger.stages.events import extract_events
from newsledger.stages.places import extract_places
from newsledger.stages.quantities import extract_quantities
from newsledger.stages.times import extract_times

T = TypeVar("T")
NLP_LANGUAGES = frozenset({"en", None})
MAX_CHARS = 1_000_000  # spaCy's default max_length; a news article is ~10^4


class Pipeline:
    """Loads the models once; `process` one document or `pipe` many."""

    def __init__(self, *, analyze: bool = True, model: str = MODEL) -> None:
        self.analyze = analyze
        self.model = model

    def process(self, raw: RawDocument) -> Record:
        return next(self.pipe([raw]))

    def pipe(
        self, raws: Iterable[RawDocument], *, batch_size: int = 16, n_process: int = 1
    ) -> Iterator[Record]:
        """Records in input order; a failing document yields a record with `errors`, never a raise."""
        batches = _chunks(raws, batch_size)
        if n_process <= 1:
            for batch in batches:
                yield from self._batch(batch)
            return
        with ProcessPoolExecutor(
            n_process, initializer=_init_worker, initargs=(self.analyze, self.model)
        ) as pool:
            for records in pool.map(_worker_batch, batches):
                yield from records

    def _batch(self, raws: list[RawDocument]) -> list[Record]:
        extracted = [extract_one(raw) for raw in raws]
        wanted = [a is not None and self.analyze and a.language in NLP_LANGUAGES for a, _ in extracted]
        to_parse = [a for (a, _), w in zip(extracted, wanted, strict=True) if w and a is not None]
        analyses = iter(self._analyze(to_parse))
        records = []
        for raw, (article, errors), want in zip(raws, extracted, wanted, strict=True):
            parsed = next(analyses) if want else None
            if isinstance(parsed, Analysis):
                records.append(run_stages(raw, parsed, errors))
            else:
                records.append(_record(raw, article, errors + ((parsed,) if parsed else ())))
        return records

    def _analyze(self, articles: list[Article]) -> list[Analysis | Diagnostic]:
        """One `nlp.pipe` pass; if it fails, parse one by one so only the culprit is lost."""
        nlp = load_nlp(self.model) if articles else None
        if nlp is None:
            return []
        fits = [max(map(len, section_texts(a))) <= MAX_CHARS for a in articles]
        try:
            parsed = iter(analyze_many(nlp, [a for a, ok in zip(articles, fits, strict=True) if ok]))
            return [next(parsed) if ok else _too_long(a) for a, ok in zip(articles, fits, strict=True)]
        except Exception:  # isolate the document spaCy choked on
            return [
                self._analyze_alone(nlp, a) if ok else _too_long(a)
                for a, ok in zip(articles, fits, strict=True)
            ]

    @staticmethod
    def _analyze_alone(nlp: Language, article: Article) -> Analysis | Diagnostic:
        try:
            return next(analyze_many(nlp, [article]))
        except Exception as exc:
            return AnalysisError("E301", stage="analyze", detail=f"{type(exc).__name__}: {exc}").diagnostic()


def _too_long(article: Article) -> Diagnostic:
    chars = max(map(len, section_texts(article)))
    return AnalysisError("E302", chars=chars, cap=MAX_CHARS).diagnostic()


def extract_one(raw: RawDocument) -> tuple[Article | None, tuple[Diagnostic, ...]]:
    if raw.error:
        return None, (raw.error,)
    try:
        article, warnings = extract(raw)
    except NewsledgerError as exc:
        return None, (exc.diagnostic(),)
    except Exception as exc:  # an extractor bug must not stop the batch
        return None, (ExtractionError("E203", detail=f"{type(exc).__name__}: {exc}").diagnostic(),)
    if article.language not in NLP_LANGUAGES:
        warnings += (warning("W201", "analyze", language=article.language),)
    if not article.published:
        warnings += (warning("W202", "times"),)
    return article, warnings


def run_stages(raw: RawDocument, analysis: Analysis, errors: tuple[Diagnostic, ...]) -> Record:
    """Every analysis stage; one that fails leaves its list empty and a diagnostic."""
    diags = list(errors)

    def run(stage: Callable[..., tuple[T, ...]], *args: Any) -> tuple[T, ...]:
        try:
            return stage(analysis, *args)
        except Exception as exc:  # a stage bug must not lose the document
            name = stage.__module__.rsplit(".", 1)[-1]
            diags.append(
                AnalysisError("E301", stage=name, detail=f"{type(exc).__name__}: {exc}").diagnostic()
            )
            return ()

    quotes = run(extract_quotes)
    facts = Facts(
        quotes=quotes,
        places=attribute(run(extract_places), quotes),
        times=attribute(run(extract_times), quotes),
        quantities=attribute(run(extract_quantities), quotes),
    )
    events = run(extract_events, facts)
    return dataclasses.replace(
        _record(raw, analysis.article, ()),
        entities=run(extract_entities),
        quotes=quotes,
        places=facts.places,
        times=facts.times,
        quantities=facts.quantities,
        events=events,
        claims=run(extract_claims, facts, events),
        errors=tuple(diags),
    )


def _record(raw: RawDocument, article: Article | None, errors: tuple[Diagnostic, ...]) -> Record:
    source = Source(uri=raw.uri, content_type=raw.content_type, bytes=raw.size)
    return Record(doc_id=raw.doc_id, source=source, article=article, errors=errors)


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


_WORKER: Pipeline | None = None


def _init_worker(analyze: bool, model: str) -> None:
    global _WORKER
    _WORKER = Pipeline(analyze=analyze, model=model)
    if analyze:
        load_nlp(model)


def _worker_batch(raws: list[RawDocument]) -> list[Record]:
    assert _WORKER is not None
    return _WORKER._batch(raws)
