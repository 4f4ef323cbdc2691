"""Errors with codes, and the messages that tell the user what to do.

    NewsledgerError
     ├── InputError        E1xx  ingest refused the bytes (empty, binary, too big, undecodable)
     ├── ExtractionError   E2xx  no article could be extracted
     ├── AnalysisError     E3xx  a stage failed on the document
     ├── StoreError        E4xx  the store could not be opened or written
     └── ConfigError       E5xx  bad options or environment

A failure on one document becomes a `Diagnostic` in its record (see `diagnostic`) and an
error row in the store; the batch goes on.
"""

from __future__ import annotations

from newsledger.model import Diagnostic

MESSAGES: dict[str, str] = {
    "E101": "input is empty: nothing to extract",
    "E102": "input is binary ({kind}), not text or HTML: convert it to text or HTML first",
    "E103": "input is {size} bytes, over the {cap}-byte cap: split it or raise --max-bytes",
    "E104": "input is not valid text in UTF-8, UTF-16 or Windows-1252 ({detail}): re-save it as UTF-8",
    "E105": "cannot read {uri}: {detail}",
    "E106": "cannot fetch {uri}: {detail}",
    "E107": "JSON Lines item {line} of {uri} is malformed: {detail}",
    "E201": "HTML has no article body: the page may be an index, a paywall or a script-only app",
    "E202": "text holds no article body after removing page furniture",
    "E203": "extraction failed on this document ({detail}): please report it with the input",
    "E301": "analysis stage {stage} failed: {detail}",
    "E302": "article body is {chars} characters, over the {cap}-character analysis cap: split it",
    "E401": "store error: {detail}",
    "E501": "configuration error: {detail}",
    "W101": "input was not UTF-8; decoded as {encoding}",
    "W102": "input had {count} invalid UTF-8 bytes, replaced with U+FFFD",
    "W201": "article language looks like '{language}', not English: language stages were skipped",
    "W202": "no publication date found: relative times stay unresolved",
}


class NewsledgerError(Exception):
    """Root of newsledger's errors; carries a code and a user-facing message."""

    prefix = "E"
    stage = "newsledger"

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(f"{code}: {format_message(code, **params)}")

    @property
    def message(self) -> str:
        return format_message(self.code, **self.params)

    def diagnostic(self) -> Diagnostic:
        return Diagnostic(code=self.code, message=self.message, stage=self.stage)


class InputError(NewsledgerError):
    stage = "ingest"


class ExtractionError(NewsledgerError):
    stage = "extract"


class AnalysisError(NewsledgerError):
    stage = "analyze"


class StoreError(NewsledgerError):
    stage = "store"


class ConfigError(NewsledgerError):
    stage = "config"


def format_message(code: str, **params: object) -> str:
    template = MESSAGES[code]
    try:
        return template.format(**params)
    except KeyError:
        return template


def warning(code: str, stage: str, **params: object) -> Diagnostic:
    return Diagnostic(code=code, message=format_message(code, **params), stage=stage, severity="warning")
