"""A `Record` as rows of the store's tables (shared by the SQLite and PostgreSQL backends)."""

from __future__ import annotations

import json
import re
from typing import Any

from newsledger.link import Links
from newsledger.model import Article, Record

Row = dict[str, Any]
_WORD = re.compile(r"\w+")


def record_rows(record: Record, *, ingested_at: str) -> dict[str, list[Row]]:
    """Rows for every table, keyed by table name, in a fixed order."""
    doc = record.doc_id
    tables: dict[str, list[Row]] = {
        "documents": [
            {
                "doc_id": doc,
                "uri": record.source.uri,
                "content_type": record.source.content_type,
                "bytes": record.source.bytes,
                "status": "ok" if record.ok else "error",
                "ingested_at": ingested_at,
                "record_json": json.dumps(record.to_json(), ensure_ascii=False),
            }
        ],
        "errors": [
            {
                "doc_id": doc,
                "uri": record.source.uri,
                "code": e.code,
                "message": e.message,
                "stage": e.stage,
                "severity": e.severity,
                "created_at": ingested_at,
            }
            for e in record.errors
        ],
    }
    if record.article is None:
        return tables
    tables["articles"] = [article_row(doc, record.article)]
    tables["entities"] = [
        {
            "doc_id": doc,
            "idx": i,
            "caption": e.caption,
            "start": e.span.start,
            "end": e.span.end,
            "text": e.text,
            "label": e.label,
            "canonical": e.canonical,
        }
        for i, e in enumerate(record.entities)
    ]
    tables["quotes"] = [
        {
            "doc_id": doc,
            "idx": i,
            "caption": q.caption,
            "start": q.span.start,
            "end": q.span.end,
            "content_start": q.content_span.start,
            "content_end": q.content_span.end,
            "text": q.text,
            "kind": q.kind,
            "speaker": q.speaker.name,
            "speaker_text": q.speaker.text,
            "speaker_description": q.speaker.description,
            "speaker_named": int(q.speaker.named),
            "cue": q.cue.text if q.cue else None,
            "stance": q.cue.stance if q.cue else None,
            "hedges": json.dumps([h.text for h in q.hedges], ensure_ascii=False),
        }
        for i, q in enumerate(record.quotes)
    ]
    tables["places"] = [
        {
            "doc_id": doc,
            "idx": i,
            "caption": p.caption,
            "start": p.span.start,
            "end": p.span.end,
            "text": p.text,
            "name": p.name,
            "gazetteer_id": p.gazetteer_id,
            "latitude": p.lat,
            "longitude": p.lon,
            "country_code": p.country_code,
            "admin1": p.admin1,
            "feature": p.feature,
            "confidence": p.confidence,
            "role": p.role,
            "reason": p.reason,
            "asserted_by": p.asserted_by,
        }
        for i, p in enumerate(record.places)
    ]
    tables["times"] = [
        {
            "doc_id": doc,
            "idx": i,
            "caption": t.caption,
            "start": t.span.start,
            "end": t.span.end,
            "text": t.text,
            "type": t.type,
            "start_date": t.start,
            "end_date": t.end,
            "precision": t.precision,
            "approx": int(t.approx),
            "duration": t.duration,
            "modifier": t.modifier,
            "asserted_by": t.asserted_by,
        }
        for i, t in enumerate(record.times)
    ]
    tables["quantities"] = [
        {
            "doc_id": doc,
            "idx": i,
            "caption": q.caption,
            "start": q.span.start,
            "end": q.span.end,
            "text": q.text,
            "value": q.value,
            "unit": q.unit,
            "counts": q.counts,
            "approx": int(q.approx),
            "bound": q.bound,
            "low": q.low,
            "high": q.high,
            "of": q.of,
            "normalized_value": q.normalized.value if q.normalized else None,
            "normalized_unit": q.normalized.unit if q.normalized else None,
            "currency": q.currency,
            "asserted_by": q.asserted_by,
        }
        for i, q in enumerate(record.quantities)
    ]
    tables["events"] = event_rows(record)
    tables["claims"] = [
        {
            "doc_id": doc,
            "idx": i,
            "caption": c.caption,
            "start": c.span.start,
            "end": c.span.end,
            "text": c.text,
            "asserted_by": c.asserted_by,
            "hedge": c.hedge,
            "check_worthy": c.check_worthy,
            "quote_idx": c.quote,
        }
        for i, c in enumerate(record.claims)
    ]
    return tables


def article_row(doc_id: str, article: Article) -> Row:
    return {
        "doc_id": doc_id,
        "title": article.title,
        "outlet": article.outlet,
        "authors": json.dumps(list(article.authors), ensure_ascii=False),
        "published": article.published,
        "language": article.language,
        "url": article.url,
        "extractor": article.extractor,
        "words": word_count(article.text),
        "text": article.text,
    }


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def event_rows(record: Record) -> list[Row]:
    assert record.article is not None
    rows = []
    for i, e in enumerate(record.events):
        place = record.places[e.place] if e.place is not None and e.place < len(record.places) else None
        text = record.article.section_text(e.caption)
        rows.append(
            {
                "doc_id": record.doc_id,
                "idx": i,
                "caption": e.caption,
                "type": e.type,
                "sub_type": e.sub_type,
                "trigger": e.trigger,
                "trigger_start": e.trigger_span.start,
                "trigger_end": e.trigger_span.end,
                "sentence_start": e.sentence_span.start,
                "sentence_end": e.sentence_span.end,
                "sentence": e.sentence_span.of(text),
                "actor1": e.actor1,
                "actor2": e.actor2,
                "place_idx": e.place,
                "location": place.name if place else None,
                "latitude": place.lat if place else None,
                "longitude": place.lon if place else None,
                "country_code": place.country_code if place else None,
                "admin1": place.admin1 if place else None,
                "date": e.date,
                "time_precision": e.time_precision,
                "fatalities": e.fatalities,
                "fatalities_bound": e.fatalities_bound,
                "asserted_by": e.asserted_by,
                "certainty": e.certainty,
                "confidence": e.confidence,
                "outlet": record.article.outlet,
            }
        )
    return rows


def search_rows(record: Record) -> dict[str, list[Row]]:
    """Rows for the full-text indexes: the article, and every quote and claim."""
    if record.article is None:
        return {}
    doc = record.doc_id
    statements = [
        {"doc_id": doc, "idx": i, "kind": "quote", "text": q.text, "asserted_by": q.speaker.name or ""}
        for i, q in enumerate(record.quotes)
    ] + [
        {"doc_id": doc, "idx": i, "kind": "claim", "text": c.text, "asserted_by": c.asserted_by}
        for i, c in enumerate(record.claims)
    ]
    return {
        "articles_fts": [{"doc_id": doc, "title": record.article.title or "", "text": record.article.text}],
        "claims_fts": statements,
    }


def link_rows(links: Links) -> dict[str, list[Row]]:
    """Rows of the link tables (they are rebuilt as a whole)."""
    return {
        "story_clusters": [{"cluster_id": c, "doc_id": d} for d, c in sorted(links.stories.items())],
        "statement_clusters": [
            {
                "cluster_id": m.cluster_id,
                "doc_id": m.statement.doc_id,
                "kind": m.statement.kind,
                "idx": m.statement.idx,
                "similarity": m.similarity,
            }
            for m in links.members
        ],
        "contradictions": [
            {
                "a_doc_id": c.a.doc_id,
                "a_kind": c.a.kind,
                "a_idx": c.a.idx,
                "b_doc_id": c.b.doc_id,
                "b_kind": c.b.kind,
                "b_idx": c.b.idx,
                "kind": c.kind,
                "strength": c.strength,
                "note": c.note,
            }
            for c in links.contradictions
        ],
    }
