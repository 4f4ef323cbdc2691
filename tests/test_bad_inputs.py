"""Bad input gets a clear error row and never stops the batch."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from newsledger.batch import ingest
from newsledger.ingest import iter_inputs
from newsledger.store.sqlite import SQLiteStore

GOOD = "KYIV, Nov 11 (Reuters) - Ukrainian troops entered {town} on Friday, officials said.\n\nResidents cheered."
TOWNS = [
    "Kherson",
    "Snihurivka",
    "Mykolaiv",
    "Odesa",
    "Kharkiv",
    "Izium",
    "Lyman",
    "Bakhmut",
    "Kreminna",
    "Svatove",
    "Lysychansk",
    "Severodonetsk",
    "Zaporizhzhia",
    "Dnipro",
    "Poltava",
    "Sumy",
    "Chernihiv",
    "Vinnytsia",
    "Lviv",
    "Kyiv",
]


def bad_files(folder: Path) -> dict[str, str]:
    """File name -> the error or warning code it must end with."""
    files = {
        "empty.txt": (b"", "E101"),
        "binary.txt": (bytes(range(256)) * 8, "E102"),
        "report.txt": (b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\nendobj\n", "E102"),
        "huge.txt": (b"war " * (13 * 1024 * 1024), "E103"),
        "broken.txt": (bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 40, "E104"),
        "latin1.txt": (
            "Le café où l'armée est entrée à Kherson. Les habitants ont fêté.".encode("latin-1"),
            "W101",
        ),
        "nobody.html": (
            b"<!DOCTYPE html><html><head><title>Menu</title></head><body><nav></nav></body></html>",
            "E201",
        ),
        "german.txt": (
            "Die ukrainischen Truppen sind am Freitag in die Stadt Cherson eingerückt, und die Bewohner "
            "haben auf den Straßen gefeiert, sagte ein Sprecher der Armee.".encode(),
            "W201",
        ),
    }
    for name, (data, _) in files.items():
        (folder / name).write_bytes(data)
    return {name: code for name, (_, code) in files.items()}


def test_each_bad_input_ends_as_a_row_naming_its_cause_and_the_batch_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    expected = bad_files(folder)
    for i, town in enumerate(TOWNS):
        (folder / f"good{i:02}.txt").write_text(GOOD.format(town=town))
    store = SQLiteStore(tmp_path / "s.db")
    summary = ingest(store, iter_inputs([str(folder)], include=["*.txt", "*.html"]))
    assert summary.documents == len(TOWNS) + len(expected)
    assert summary.stored == summary.documents
    db = sqlite3.connect(tmp_path / "s.db")
    codes: dict[str, set[str]] = {}
    for uri, code in db.execute("SELECT d.uri, e.code FROM errors e JOIN documents d USING (doc_id)"):
        codes.setdefault(uri, set()).add(code)
    for name, code in expected.items():
        assert code in codes[str(folder / name)], name
    good = db.execute("SELECT count(*) FROM documents WHERE uri LIKE '%good%' AND status = 'ok'").fetchone()[
        0
    ]
    assert good == len(TOWNS)
    # warnings keep the document; errors do not give an article
    statuses = dict(db.execute("SELECT uri, status FROM documents").fetchall())
    assert statuses[str(folder / "latin1.txt")] == "ok"
    assert statuses[str(folder / "empty.txt")] == "error"
    assert summary.errors == {"E101": 1, "E102": 2, "E103": 1, "E104": 1, "E201": 1}


def test_non_english_article_is_kept_but_not_run_through_the_english_stages(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    bad_files(folder)
    store = SQLiteStore(tmp_path / "s.db")
    ingest(store, iter_inputs([str(folder / "german.txt")]))
    (record,) = list(store.records())
    assert record.article is not None and record.article.language == "de"
    assert record.entities == ()
    assert [e.code for e in record.errors] == ["W201", "W202"]


def test_an_extractor_crash_is_an_error_row_and_the_batch_goes_on(
    monkeypatch: object, tmp_path: Path
) -> None:
    import newsledger.pipeline as pipeline_module
    from newsledger.ingest import raw_from_bytes

    real = pipeline_module.extract

    def flaky(raw):  # type: ignore[no-untyped-def]
        if b"poison" in raw.data:
            raise RuntimeError("boom")
        return real(raw)

    monkeypatch.setattr(pipeline_module, "extract", flaky)  # type: ignore[attr-defined]
    raws = [
        raw_from_bytes(t.encode(), f"{i}.txt", plain=True)
        for i, t in enumerate(["Kyiv news today.", "poison pill", "Kherson."])
    ]
    records = list(pipeline_module.Pipeline(analyze=False).pipe(raws))
    assert [r.ok for r in records] == [True, False, True]
    assert records[1].errors[0].code == "E203" and "boom" in records[1].errors[0].message
