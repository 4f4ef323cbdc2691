"""newsledger: news reports to a sourced, structured, searchable record.

>>> import newsledger
>>> record = newsledger.process(b"KYIV, Nov 11 (Reuters) - Ukraine retook Kherson.")
>>> record.doc_id[:7]
'sha256:'
"""

from __future__ import annotations

from newsledger.model import Record
from newsledger.pipeline import Pipeline

__version__ = "0.1.0"
__all__ = ["Pipeline", "Record", "__version__", "process"]


def process(data: bytes | str, *, uri: str = "<memory>", plain: bool = False) -> Record:
    """Run the whole pipeline on one document's bytes (or text)."""
    from newsledger.ingest import raw_from_bytes

    raw = raw_from_bytes(data.encode("utf-8") if isinstance(data, str) else data, uri, plain=plain)
    return _default_pipeline().process(raw)


_PIPELINE: list[Pipeline] = []


def _default_pipeline() -> Pipeline:
    if not _PIPELINE:
        _PIPELINE.append(Pipeline())
    return _PIPELINE[0]
