"""Frozen dataclasses passed between stages: the record schema `newsledger/1`.

Every extracted item carries a `Span` into the text of its *section*: the article
body (`article.text`, `caption=None`) or one photo caption
(`article.captions[caption].text`). Spans are `[start, end)` offsets in Unicode
code points. Items that state a fact also say who asserts it: `"outlet"` for the
publication itself, or the canonical name of a quoted speaker.

The JSON form (`Record.to_json`) writes spans as `[start, end]` lists and tuples
as lists; `Record.from_json` reads it back into the same objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA = "newsledger/1"
OUTLET = "outlet"  # `asserted_by` value for what the publication itself reports

ContentType = Literal["text/html", "text/plain"]
LineClass = Literal["body", "title", "byline", "dateline", "caption", "image_url", "chrome"]
QuoteKind = Literal["direct", "indirect", "mixed"]
Stance = Literal["neutral", "claim", "insist", "warn", "deny", "estimate", "report", "belief"]
PlaceRole = Literal["literal", "actor", "reference"]
TimePrecision = Literal["day", "week", "month", "season", "year", "range", "duration", "unknown"]
Certainty = Literal["reported", "claimed", "hedged", "denied", "proposed", "conditional"]
Bound = Literal["min", "max"]


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A `[start, end)` slice of a section's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def of(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True, slots=True, kw_only=True)
class Diagnostic:
    """Why a document (or one stage of it) failed or was degraded."""

    code: str  # E1xx input, E2xx extraction, E3xx analysis, E4xx store; W = warning
    message: str
    stage: str
    severity: Literal["error", "warning"] = "error"


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    uri: str
    content_type: str | None
    bytes: int


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceHints:
    """Metadata a feed supplies with a document (JSON Lines `url`, `published`, `outlet`)."""

    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class RawDocument:
    """Bytes as received, before any interpretation."""

    data: bytes
    uri: str
    sha256: str
    content_type: ContentType | None = None  # sniffed by ingest
    plain: bool = False  # the bytes are already clean article text
    hints: SourceHints = field(default_factory=SourceHints)
    error: Diagnostic | None = None  # ingest refused it; no later stage runs
    size: int = 0  # bytes received (data is dropped when refused)

    @property
    def doc_id(self) -> str:
        return f"sha256:{self.sha256}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Caption:
    text: str
    image: str | None = None
    source_start: int | None = None  # offset of the caption in the decoded input


@dataclass(frozen=True, slots=True, kw_only=True)
class Segment:
    """`article.text[text_start:text_start+length]` came from the decoded input at `source_start`."""

    text_start: int
    source_start: int
    length: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    text: str
    title: str | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None  # ISO date
    language: str | None = None
    paragraphs: tuple[Span, ...] = ()
    captions: tuple[Caption, ...] = ()
    images: tuple[str, ...] = ()
    url: str | None = None
    extractor: str = "plain"  # plain | textdump | html
    source_map: tuple[Segment, ...] = ()

    def section_text(self, caption: int | None) -> str:
        return self.text if caption is None else self.captions[caption].text


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    span: Span
    text: str
    label: str
    canonical: str
    caption: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Speaker:
    name: str | None  # resolved canonical name or body; None when impersonal
    text: str | None = None  # the mention in this attribution ("he", "Peskov")
    span: Span | None = None
    description: str | None = None  # "Kremlin spokesman"
    named: bool = True  # False for "Western officials", "an expert"
    resolution: Literal["name", "coreference", "continuation", "none"] = "name"
    phrase: Span | None = None  # the whole noun phrase: "Kremlin spokesman Dmitry Peskov"


@dataclass(frozen=True, slots=True, kw_only=True)
class Cue:
    text: str
    span: Span
    stance: Stance


@dataclass(frozen=True, slots=True, kw_only=True)
class Hedge:
    text: str
    span: Span
    kind: Literal["source", "content"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    span: Span  # the whole attribution: content, cue and speaker
    content_span: Span  # outer bounds of the content
    text: str  # the content text
    kind: QuoteKind
    speaker: Speaker
    cue: Cue | None = None
    hedges: tuple[Hedge, ...] = ()
    content_spans: tuple[Span, ...] = ()  # the pieces when the cue splits the content
    caption: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Place:
    span: Span
    text: str
    name: str | None  # canonical name; None when unresolved
    gazetteer_id: str | None = None  # "geonames:706448", "newsledger:dnipro-river"
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None
    admin1: str | None = None
    feature: str | None = None  # city, town, village, region, country, river, ...
    confidence: float = 0.0
    role: PlaceRole = "literal"  # actor: "Moscow said", "Kyiv's troops"; reference: "the region's governor"
    reason: str | None = None  # why lat/lon are null
    asserted_by: str = OUTLET
    caption: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeRef:
    span: Span
    text: str
    type: Literal["date", "duration", "present_ref", "past_ref", "future_ref"]
    start: str | None  # ISO date
    end: str | None
    precision: TimePrecision
    approx: bool = False
    duration: str | None = None  # ISO 8601 duration for durations ("P8M")
    modifier: str | None = None  # until, since, before, after, by
    asserted_by: str = OUTLET
    caption: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Normalized:
    value: float
    unit: str  # SI or ISO: km, km2, USD, s, person


@dataclass(frozen=True, slots=True, kw_only=True)
class Quantity:
    span: Span
    text: str
    value: float | None  # None for vague amounts ("dozens")
    unit: str | None
    counts: str | None  # killed, wounded, troops, settlements, area, distance, duration, money, ...
    approx: bool = False
    bound: Bound | None = None
    low: float | None = None  # for vague amounts and ranges
    high: float | None = None
    of: str | None = None  # what is counted ("Russian soldiers")
    normalized: Normalized | None = None
    duration: str | None = None  # ISO 8601 when counts == duration
    currency: str | None = None
    asserted_by: str = OUTLET
    caption: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    type: str  # ACLED event type
    sub_type: str  # ACLED sub-event type
    trigger: str
    trigger_span: Span
    sentence_span: Span
    actor1: str | None = None
    actor2: str | None = None
    actor1_span: Span | None = None  # the words that name actor1 ("Sudanese rebels"); None when implied
    actor2_span: Span | None = None
    place: int | None = None  # index into Record.places
    date: str | None = None
    time_precision: int = 3  # ACLED: 1 day, 2 week/range, 3 month or coarser
    fatalities: int | None = None
    fatalities_bound: Bound | None = None
    asserted_by: str = OUTLET
    certainty: Certainty = "reported"
    confidence: float = 0.0
    caption: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    text: str
    span: Span
    asserted_by: str
    hedge: str | None = None  # the stance or hedge that qualifies it: claimed, reportedly, ...
    check_worthy: float = 0.0
    quote: int | None = None  # index into Record.quotes when the claim is a quote
    caption: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Record:
    doc_id: str
    source: Source
    article: Article | None
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    places: tuple[Place, ...] = ()
    times: tuple[TimeRef, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()
    errors: tuple[Diagnostic, ...] = ()
    schema: str = SCHEMA

    @property
    def ok(self) -> bool:
        return self.article is not None and not any(e.severity == "error" for e in self.errors)

    def to_json(self) -> dict[str, Any]:
        from newsledger._codec import to_jsonable

        out = to_jsonable(self)
        assert isinstance(out, dict)
        return {"schema": out.pop("schema"), **out}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Record:
        from newsledger._codec import from_jsonable

        record = from_jsonable(cls, data)
        assert isinstance(record, Record)
        return record
