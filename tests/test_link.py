"""Cross-document links: corroborating clusters, contradictions, story clusters."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from newsledger.link import compute_links
from newsledger.model import Article, Cue, Quote, Record, Source, Span, Speaker
from newsledger.store.sqlite import SQLiteStore


def quote_record(doc: str, text: str, speaker: str, stance: str = "neutral", lead: str = "") -> Record:
    body = f"{lead}{speaker} said {text}"
    start = len(lead) + len(speaker) + 6
    return Record(
        doc_id=f"sha256:{doc}",
        source=Source(uri=f"{doc}.txt", content_type="text/plain", bytes=len(body)),
        article=Article(text=body),
        quotes=(
            Quote(
                span=Span(len(lead), len(body)),
                content_span=Span(start, len(body)),
                text=text,
                kind="indirect",
                speaker=Speaker(name=speaker, text=speaker, span=Span(len(lead), len(lead) + len(speaker))),
                cue=Cue(text="said", span=Span(start - 5, start - 1), stance=stance),  # type: ignore[arg-type]
            ),
        ),
    )


CLAIM = "Russian forces shelled the port of Mykolaiv overnight, killing 7 civilians in a residential block"


def test_the_same_statement_in_two_documents_forms_one_corroborating_cluster() -> None:
    links = compute_links(
        [
            quote_record("a", CLAIM, "Vitaliy Kim"),
            quote_record("b", CLAIM.replace("overnight", "on Friday night"), "Oleksandr Senkevych"),
            quote_record(
                "c", "The weather in Lviv was mild and sunny for the whole week of the festival", "Anna"
            ),
        ]
    )
    assert {m.statement.doc_id for m in links.members} == {"sha256:a", "sha256:b"}
    assert len({m.cluster_id for m in links.members}) == 1


def test_a_denial_of_a_clustered_statement_is_a_stance_contradiction() -> None:
    links = compute_links(
        [quote_record("a", CLAIM, "Vitaliy Kim"), quote_record("b", CLAIM, "Igor Konashenkov", stance="deny")]
    )
    assert [(c.kind, c.strength) for c in links.contradictions] == [("stance", "strong")]


def test_different_numbers_in_the_same_statement_are_a_numeric_contradiction() -> None:
    links = compute_links(
        [
            quote_record("a", CLAIM, "Vitaliy Kim"),
            quote_record("b", CLAIM.replace("7 civilians", "19 civilians"), "Reuters"),
        ]
    )
    assert [c.kind for c in links.contradictions] == ["numeric"]


def test_an_article_that_flags_a_conflicting_report_gives_an_explicit_contradiction() -> None:
    first = quote_record("a", "talks would open this winter", "NBC")
    second = quote_record(
        "a",
        "talks are unlikely in the near future",
        "The New York Times",
        lead="However, a conflicting report in ",
    )
    record = Record(
        doc_id="sha256:a",
        source=first.source,
        article=Article(text=first.article.text + " " + second.article.text),  # type: ignore[union-attr]
        quotes=(first.quotes[0], _shift(second.quotes[0], len(first.article.text) + 1)),
    )  # type: ignore[union-attr]
    (found,) = compute_links([record]).contradictions
    assert (found.a.asserted_by, found.b.asserted_by, found.strength) == (
        "NBC",
        "The New York Times",
        "explicit",
    )


def _shift(q: Quote, by: int) -> Quote:
    from dataclasses import replace

    move = lambda s: Span(s.start + by, s.end + by)  # noqa: E731
    return replace(
        q,
        span=move(q.span),
        content_span=move(q.content_span),
        speaker=replace(q.speaker, span=move(q.speaker.span)),
        cue=replace(q.cue, span=move(q.cue.span)),
    )  # type: ignore[arg-type]


def test_link_tables_are_rebuilt_in_the_store(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "s.db")
    for r in (quote_record("a", CLAIM, "Vitaliy Kim"), quote_record("b", CLAIM, "Igor Konashenkov", "deny")):
        store.write(r)
    for _ in range(2):
        store.replace_links(compute_links(store.records()))
    db = sqlite3.connect(tmp_path / "s.db")
    assert db.execute("SELECT count(*) FROM statement_clusters").fetchone()[0] == 2
    assert db.execute("SELECT kind FROM contradictions").fetchall() == [("stance",)]


def test_syndicated_copies_of_a_story_share_a_story_cluster() -> None:
    story = " ".join(
        f"Sentence {i} of the wire report about the recapture of Kherson by Ukrainian troops."
        for i in range(30)
    )
    records = [
        Record(
            doc_id=f"sha256:{d}",
            source=Source(uri=d, content_type="text/plain", bytes=1),
            article=Article(text=t),
        )
        for d, t in (
            ("a", story),
            ("b", "Updated: " + story + " More to follow."),
            ("c", "An unrelated story about rain."),
        )
    ]
    stories = compute_links(records).stories
    assert stories["sha256:a"] == stories["sha256:b"]
    assert "sha256:c" not in stories
