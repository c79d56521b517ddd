"""Records that flow between stages.

Every record is a frozen, slotted dataclass: cheap, hashable, and impossible to mutate behind a
later stage's back. Offsets (`start`, `end`) always index `Document.text`, the article exactly as
read (UTF-8 decoded, BOM removed, newlines untranslated), so `doc.text[start:end] == record.text`.
JSON only appears at the edges (see `storyline.export` and `storyline.store`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
EntityType = Literal["country", "organization", "person", "weapon_system", "media", "location", "other"]
QuoteKind = Literal["direct", "indirect", "mixed"]
Status = Literal["happened", "ongoing", "planned", "possible", "intended", "claimed", "denied"]
ArmsStage = Literal[
    "negotiate", "offer", "contract", "order", "deliver", "pay", "test", "tech_transfer", "localize"
]
DateHow = Literal["given", "dateline", "url", "byline", "content", "none"]

UNRESOLVED = "unresolved"

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass(frozen=True, slots=True)
class Span:
    """A character range into `Document.text` (end exclusive)."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A character range plus the exact text it covers, for records that must show their evidence."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class IngestError:
    """One input item that could not be read; the run carries on without it."""

    path: str
    item: str | None  # line number in a JSONL file, record id in a WARC, else None
    kind: Literal[
        "empty", "binary", "undecodable", "oversize", "malformed", "unsupported", "io", "annotate"
    ]
    message: str


@dataclass(frozen=True, slots=True)
class DocDate:
    """The document creation time (DCT): when the article was published.

    `value` is an ISO date (`2021-06-02`, `2021-06-02T14:15`) or `"unresolved"`. `bounds` are
    the earliest and latest ISO dates/months the text allows when the value itself is unresolved
    (either side may be None when the text gives only one).
    """

    value: str
    how: DateHow
    evidence: Span | None = None
    bounds: tuple[str | None, str | None] | None = None


@dataclass(frozen=True, slots=True)
class Updated:
    """An "Updated at ..." stamp: kept apart from the DCT because it is not the publication date."""

    value: str
    evidence: Span | None = None


@dataclass(frozen=True, slots=True)
class Repair:
    """Scrape damage mended without rewriting the text.

    `kind="join"`: the characters in [start, end) (a paragraph break inside a sentence) are read as
    one space. `kind="unescape"`: markdown escape or syntax characters in [start, end) are ignored.
    `kind="hyphen"`: a line break inside one word ("govern-" / "ment"; the hyphen included unless the
    word is a hyphenated compound): the word's rest is read from `start` on.
    """

    start: int
    end: int
    kind: Literal["join", "unescape", "markup", "hyphen"]


@dataclass(frozen=True, slots=True)
class Document:
    """One article as read, plus what cleaning and dating learned about it."""

    doc_id: str
    text: str
    path: str | None = None
    url: str | None = None
    source: str | None = None
    title: str | None = None
    given_published: str | None = None  # the `published` field of the input, if any
    dateline: str | None = None  # the city of filing ("Lisbon"), as the dateline gives it
    dateline_span: Span | None = None  # the whole dateline, its dash included: the story's words start at its end
    published: DocDate = DocDate(UNRESOLVED, "none")
    updated: Updated | None = None
    title_span: Span | None = None
    body: tuple[Span, ...] = ()
    boilerplate: tuple[Span, ...] = ()
    repairs: tuple[Repair, ...] = ()
    errors: tuple[str, ...] = ()
    duplicate_of: str | None = None  # doc_id of the canonical copy when this is a near-duplicate


@dataclass(frozen=True, slots=True)
class Timex:
    """A TIMEX3 time expression: DATE, TIME, DURATION or SET, normalized against the DCT."""

    doc_id: str
    timex_id: str
    start: int
    end: int
    text: str
    type: TimexType
    value: str  # TIMEX3 value, or "unresolved"
    mod: str | None = None  # MID, END, START, APPROX, ...
    anchor: str | None = None  # "dct", another timex_id, or None for absolute values


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One mention of an actor in one document, already resolved to its canonical entity.

    `entity_id` is stable across runs and documents: `country:TUR`, `org:hanwha-aerospace`,
    `person:jan-novak`, `weapon:k-9`, `media:bloomberg`. `metonymy` is set when a capital
    or institution stands for a government ("Ankara said").
    """

    doc_id: str
    start: int
    end: int
    text: str
    entity_id: str
    type: EntityType
    name: str
    role: str | None = None
    affiliation: str | None = None  # entity_id of the person's organization or country
    country: str | None = None  # ISO-3166 alpha-3
    aliases: tuple[str, ...] = ()
    metonymy: bool = False


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical actor across all documents (fused from ActorMentions)."""

    entity_id: str
    type: EntityType
    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    affiliation: str | None = None
    country: str | None = None
    mentions: tuple[Mention, ...] = ()
    merged_ids: tuple[str, ...] = ()  # ids fusion folded into this one (an acronym defined elsewhere)


@dataclass(frozen=True, slots=True)
class Speaker:
    start: int
    end: int
    text: str
    entity_id: str | None
    name: str | None
    role: str | None


@dataclass(frozen=True, slots=True)
class Quote:
    """Who said what: a direct, indirect or mixed attribution."""

    doc_id: str
    quote_id: str
    kind: QuoteKind
    content: TextSpan
    speaker: Speaker | None = None
    cue: TextSpan | None = None
    date: str | None = None  # TIMEX3 value of when it was said, if the text gives it
    via: str | None = None  # entity_id of the outlet that relayed it ("according to Bloomberg")


@dataclass(frozen=True, slots=True)
class EventDate:
    value: str  # TIMEX3 value or "unresolved"
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """Evidence: where in which document something was said."""

    doc_id: str
    start: int
    end: int
    text: str
    quote_id: str | None = None


@dataclass(frozen=True, slots=True)
class EventMention:
    """One event as one document reports it (before cross-document fusion)."""

    doc_id: str
    mention_id: str
    start: int  # the trigger
    end: int
    text: str
    sentence: Span  # the clause/sentence the event was read from
    type: str  # PLOVER type
    status: Status
    mode: str | None = None
    arms_stage: ArmsStage | None = None
    source: tuple[str, ...] = ()  # entity_ids
    target: tuple[str, ...] = ()
    system: str | None = None  # entity_id of a weapon system
    quantity: int | None = None
    unit: str | None = None
    value_usd: float | None = None
    date: EventDate | None = None
    quote_id: str | None = None
    confidence: float = 0.5


@dataclass(frozen=True, slots=True)
class Event:
    """One real-world event, fused across every document that reports it."""

    event_id: str
    type: str
    status: Status
    mentions: tuple[Mention, ...]
    sources: tuple[str, ...]
    mode: str | None = None
    arms_stage: ArmsStage | None = None
    source_actors: tuple[str, ...] = ()
    target_actors: tuple[str, ...] = ()
    system: str | None = None
    quantity: int | None = None
    unit: str | None = None
    value_usd: float | None = None
    date: EventDate | None = None
    confidence: float = 0.5


@dataclass(frozen=True, slots=True)
class Corroboration:
    """A fact (value, quantity, date, ...) that two or more documents report."""

    fact: str
    value: str
    sources: tuple[str, ...]
    mentions: tuple[Mention, ...]
    event_id: str | None = None


@dataclass(frozen=True, slots=True)
class Contradiction:
    """A claim and its denial (or two incompatible reports), each with its source."""

    claim: str  # event_id
    denial: str  # event_id
    note: str


@dataclass(frozen=True, slots=True)
class Delivery:
    first: str | None = None
    completed_by: str | None = None


@dataclass(frozen=True, slots=True)
class Figure:
    """One report's figure for a deal fact (its value or quantity), with the text that gives it."""

    value: float
    doc_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Discrepancy:
    """Reports of one deal that give different figures for one fact ("value_usd", "quantity"):
    the register keeps one row and shows every figure with its source, rather than picking one."""

    fact: str
    figures: tuple[Figure, ...]


@dataclass(frozen=True, slots=True)
class Deal:
    """An arms-transfer register row, like the ones SIPRI keeps by hand."""

    deal_id: str
    supplier: str | None
    recipient: str | None
    system: str | None
    category: str | None = None
    quantity: int | None = None
    unit: str | None = None
    value_usd: float | None = None
    ordered: str | None = None
    delivered: Delivery = Delivery()
    paid_by: str | None = None
    tested: str | None = None
    follow_on: tuple[str, ...] = ()  # event_ids of follow-on negotiations/orders
    events: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    discrepancies: tuple[Discrepancy, ...] = ()  # figures the reports disagree on


@dataclass(frozen=True, slots=True)
class Annotation:
    """Everything the per-document stages found in one document."""

    document: Document
    timexes: tuple[Timex, ...] = ()
    actors: tuple[ActorMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[EventMention, ...] = ()


@dataclass(frozen=True, slots=True)
class Fusion:
    """The cross-document view: what the corpus says, each fact citing its sources."""

    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    corroborations: tuple[Corroboration, ...] = ()
    contradictions: tuple[Contradiction, ...] = ()
    deals: tuple[Deal, ...] = ()


@dataclass(frozen=True, slots=True)
class RunReport:
    """What `storyline run` did: counts, timings, and every item it skipped."""

    inputs: tuple[str, ...]
    documents_read: int
    documents_new: int
    documents_skipped: int
    errors: tuple[IngestError, ...]
    counts: tuple[tuple[str, int], ...]
    timings: tuple[tuple[str, float], ...]
    extra: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    warnings: tuple[str, ...] = ()  # things the user should act on (e.g. a store annotated by older code)
