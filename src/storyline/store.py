"""DuckDB store: every record of every document, plus the cross-document fusion.

One table per record kind. Per-document tables carry provenance (`doc_id`, `start`, `end`, `text`)
and the `run_id`/`added_at` of the run that stored them; nested parts (speaker, cue, spans, bounds,
mention lists) are DuckDB STRUCT/LIST columns, so the data stays queryable in SQL and rebuilds to
the exact records (`==`). A document is stored whole inside one transaction or not at all, keyed by
`doc_id`, so re-runs are idempotent and a crash never leaves half a document behind.

Writes are batched: `add` queues documents and every `batch_size` of them are written in one
transaction with one parametrized INSERT per table, whose single parameter is a JSON array of rows.
DuckDB spends ~2 ms planning each INSERT whatever its size, `executemany` ~0.6 ms per row and
binding nested Python values ~70 µs per row, so this is what keeps storing far cheaper than spaCy. A crash loses at most the queued documents, which a re-run redoes.

DuckDB allows one writing process per file: a second process gets a `StoreError` naming the lock
holder. Several `Store` objects in one process share the same database instance safely.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, cast

import duckdb

from storyline.errors import StoreError
from storyline.records import (
    ActorMention,
    Annotation,
    Contradiction,
    Corroboration,
    Deal,
    Delivery,
    Discrepancy,
    DocDate,
    Document,
    Entity,
    Event,
    EventDate,
    EventMention,
    Figure,
    Fusion,
    Mention,
    Quote,
    Repair,
    Span,
    Speaker,
    TextSpan,
    Timex,
    Updated,
)

log = logging.getLogger(__name__)

DEFAULT_PATH = "storyline.duckdb"
SCHEMA_VERSION = "5"  # 2: documents.duplicate_of + signatures; 3: entities.merged_ids; 4: documents.dateline_span;
# 5: deals.discrepancies
# (older stores are upgraded in place when opened read-write)
DEFAULT_BATCH = 64  # documents per write transaction (see `Store.add`)
_PAGE = 256  # documents rebuilt per round trip in `annotations()` / `documents()`

Row = tuple[Any, ...]

#: committed write batches per resolved file path in this process (see `Store._stored`)
_WRITES: Counter[str] = Counter()

# --- SQL types of nested parts -----------------------------------------------------------------
_SPAN = 'STRUCT("start" INTEGER, "end" INTEGER)'
_TEXTSPAN = 'STRUCT("start" INTEGER, "end" INTEGER, "text" VARCHAR)'
_MENTION = 'STRUCT(doc_id VARCHAR, "start" INTEGER, "end" INTEGER, "text" VARCHAR, quote_id VARCHAR)'
_SPEAKER = (
    'STRUCT("start" INTEGER, "end" INTEGER, "text" VARCHAR, entity_id VARCHAR, name VARCHAR, role VARCHAR)'
)
_EVENTDATE = 'STRUCT("value" VARCHAR, "mod" VARCHAR)'
_DOCDATE = f'STRUCT("value" VARCHAR, how VARCHAR, evidence {_SPAN}, bounds VARCHAR[])'
_UPDATED = f'STRUCT("value" VARCHAR, evidence {_SPAN})'
_REPAIR = 'STRUCT("start" INTEGER, "end" INTEGER, kind VARCHAR)'
_DELIVERY = 'STRUCT("first" VARCHAR, completed_by VARCHAR)'
_FIGURE = 'STRUCT("value" DOUBLE, doc_id VARCHAR, "start" INTEGER, "end" INTEGER, "text" VARCHAR)'
_DISCREPANCY = f'STRUCT(fact VARCHAR, figures {_FIGURE}[])'

_PROV = [("run_id", "VARCHAR"), ("added_at", "TIMESTAMP")]
_PER_DOC_HEAD = [("doc_id", "VARCHAR"), ("doc_ord", "BIGINT"), ("seq", "INTEGER")]

#: table -> [(column, SQL type)], in insert order. `run_id`/`added_at` come last everywhere.
_COLUMNS: dict[str, list[tuple[str, str]]] = {
    "documents": [
        ("doc_id", "VARCHAR PRIMARY KEY"), ("doc_ord", "BIGINT"), ("text", "VARCHAR"),
        ("path", "VARCHAR"), ("url", "VARCHAR"), ("source", "VARCHAR"), ("title", "VARCHAR"),
        ("given_published", "VARCHAR"), ("dateline", "VARCHAR"), ("published", _DOCDATE),
        ("updated", _UPDATED), ("title_span", _SPAN), ("body", f"{_SPAN}[]"),
        ("boilerplate", f"{_SPAN}[]"), ("repairs", f"{_REPAIR}[]"), ("errors", "VARCHAR[]"),
        ("duplicate_of", "VARCHAR"), ("dateline_span", _SPAN), *_PROV,
    ],
    # MinHash signatures for near-duplicate detection (see storyline.dedup), one per judged document
    "signatures": [
        ("doc_id", "VARCHAR PRIMARY KEY"), ("doc_ord", "BIGINT"), ("duplicate_of", "VARCHAR"), ("sig", "BLOB"),
        *_PROV,
    ],
    "timexes": [
        *_PER_DOC_HEAD, ("timex_id", "VARCHAR"), ("start", "INTEGER"), ("end", "INTEGER"),
        ("text", "VARCHAR"), ("type", "VARCHAR"), ("value", "VARCHAR"), ("mod", "VARCHAR"),
        ("anchor", "VARCHAR"), *_PROV,
    ],
    "actors": [
        *_PER_DOC_HEAD, ("start", "INTEGER"), ("end", "INTEGER"), ("text", "VARCHAR"),
        ("entity_id", "VARCHAR"), ("type", "VARCHAR"), ("name", "VARCHAR"), ("role", "VARCHAR"),
        ("affiliation", "VARCHAR"), ("country", "VARCHAR"), ("aliases", "VARCHAR[]"),
        ("metonymy", "BOOLEAN"), *_PROV,
    ],
    "quotes": [
        # start/end/text are the quote's content span
        *_PER_DOC_HEAD, ("quote_id", "VARCHAR"), ("kind", "VARCHAR"), ("start", "INTEGER"),
        ("end", "INTEGER"), ("text", "VARCHAR"), ("speaker", _SPEAKER), ("cue", _TEXTSPAN),
        ("date", "VARCHAR"), ("via", "VARCHAR"), *_PROV,
    ],
    "event_mentions": [
        *_PER_DOC_HEAD, ("mention_id", "VARCHAR"), ("start", "INTEGER"), ("end", "INTEGER"),
        ("text", "VARCHAR"), ("sentence", _SPAN), ("type", "VARCHAR"), ("status", "VARCHAR"),
        ("mode", "VARCHAR"), ("arms_stage", "VARCHAR"), ("source", "VARCHAR[]"), ("target", "VARCHAR[]"),
        ("system", "VARCHAR"), ("quantity", "BIGINT"), ("unit", "VARCHAR"), ("value_usd", "DOUBLE"),
        ("date", _EVENTDATE), ("quote_id", "VARCHAR"), ("confidence", "DOUBLE"), *_PROV,
    ],
    "entities": [
        ("seq", "INTEGER"), ("entity_id", "VARCHAR"), ("type", "VARCHAR"), ("name", "VARCHAR"),
        ("aliases", "VARCHAR[]"), ("role", "VARCHAR"), ("affiliation", "VARCHAR"), ("country", "VARCHAR"),
        ("mentions", f"{_MENTION}[]"), ("merged_ids", "VARCHAR[]"), *_PROV,
    ],
    "events": [
        ("seq", "INTEGER"), ("event_id", "VARCHAR"), ("type", "VARCHAR"), ("status", "VARCHAR"),
        ("mentions", f"{_MENTION}[]"), ("sources", "VARCHAR[]"), ("mode", "VARCHAR"),
        ("arms_stage", "VARCHAR"), ("source_actors", "VARCHAR[]"), ("target_actors", "VARCHAR[]"),
        ("system", "VARCHAR"), ("quantity", "BIGINT"), ("unit", "VARCHAR"), ("value_usd", "DOUBLE"),
        ("date", _EVENTDATE), ("confidence", "DOUBLE"), *_PROV,
    ],
    "corroborations": [
        ("seq", "INTEGER"), ("fact", "VARCHAR"), ("value", "VARCHAR"), ("sources", "VARCHAR[]"),
        ("mentions", f"{_MENTION}[]"), ("event_id", "VARCHAR"), *_PROV,
    ],
    "contradictions": [
        ("seq", "INTEGER"), ("claim", "VARCHAR"), ("denial", "VARCHAR"), ("note", "VARCHAR"), *_PROV,
    ],
    "deals": [
        ("seq", "INTEGER"), ("deal_id", "VARCHAR"), ("supplier", "VARCHAR"), ("recipient", "VARCHAR"),
        ("system", "VARCHAR"), ("category", "VARCHAR"), ("quantity", "BIGINT"), ("unit", "VARCHAR"),
        ("value_usd", "DOUBLE"), ("ordered", "VARCHAR"), ("delivered", _DELIVERY), ("paid_by", "VARCHAR"),
        ("tested", "VARCHAR"), ("follow_on", "VARCHAR[]"), ("events", "VARCHAR[]"), ("sources", "VARCHAR[]"),
        ("discrepancies", f"{_DISCREPANCY}[]"), *_PROV,
    ],
}

PER_DOC_TABLES: tuple[str, ...] = ("timexes", "actors", "quotes", "event_mentions")
FUSED_TABLES: tuple[str, ...] = ("entities", "events", "corroborations", "contradictions", "deals")
TABLES: tuple[str, ...] = ("documents", *PER_DOC_TABLES, *FUSED_TABLES)
_ALL_TABLES: tuple[str, ...] = (*TABLES, "signatures")


def _q(name: str) -> str:
    return f'"{name}"'


def _col_type(sql: str) -> str:
    return sql.removesuffix(" PRIMARY KEY")


def _insert_sql(table: str) -> str:
    """Batch insert from ONE parameter: a JSON array of row arrays, unpacked and cast by DuckDB.

    Binding Python lists/dicts to nested DuckDB types costs ~70 µs a row; `json.dumps` plus DuckDB's
    JSON reader costs a third of that, and one statement per table and batch keeps planning cheap.
    """
    cols = _COLUMNS[table]
    names = ", ".join(_q(c) for c, _ in cols)
    values = ", ".join(
        f"j->>{i}" if _col_type(t) == "VARCHAR" else f"CAST(j->{i} AS {_col_type(t)})"
        for i, (_, t) in enumerate(cols)
    )
    return f"INSERT INTO {table} ({names}) SELECT {values} FROM (SELECT unnest(CAST(?::JSON AS JSON[])) AS j)"


def _select_sql(table: str, where: str, order: str) -> str:
    names = ", ".join(_q(c) for c, _ in _COLUMNS[table][:-2])  # not run_id/added_at
    return f"SELECT {names} FROM {table} WHERE {where} ORDER BY {order}"


_INSERT = {t: _insert_sql(t) for t in _ALL_TABLES}
# signatures are bytes: they travel as hex in the JSON batch and are unhexed by DuckDB
_INSERT["signatures"] = (
    'INSERT INTO signatures ("doc_id", "doc_ord", "duplicate_of", "sig", "run_id", "added_at") '
    "SELECT j->>0, CAST(j->1 AS BIGINT), j->>2, unhex(j->>3), j->>4, CAST(j->5 AS TIMESTAMP) "
    "FROM (SELECT unnest(CAST(?::JSON AS JSON[])) AS j)"
)


# --- records -> rows ---------------------------------------------------------------------------
def _record_rows(into: dict[str, list[Row]], ann: Annotation, ord_: int, prov: tuple[str, str]) -> None:
    """Append one document's per-document records (timexes, actors, quotes, event mentions) as rows."""
    head = (ann.document.doc_id, ord_)
    into["timexes"] += [(*head, i, *_timex_row(t), *prov) for i, t in enumerate(ann.timexes)]
    into["actors"] += [(*head, i, *_actor_row(a), *prov) for i, a in enumerate(ann.actors)]
    into["quotes"] += [(*head, i, *_quote_row(q), *prov) for i, q in enumerate(ann.quotes)]
    into["event_mentions"] += [(*head, i, *_event_mention_row(e), *prov) for i, e in enumerate(ann.events)]


def _span(s: Span | None) -> dict[str, int] | None:
    return None if s is None else {"start": s.start, "end": s.end}


def _textspan(s: TextSpan | None) -> dict[str, Any] | None:
    return None if s is None else {"start": s.start, "end": s.end, "text": s.text}


def _mention(m: Mention) -> dict[str, Any]:
    return {"doc_id": m.doc_id, "start": m.start, "end": m.end, "text": m.text, "quote_id": m.quote_id}


def _edate(d: EventDate | None) -> dict[str, Any] | None:
    return None if d is None else {"value": d.value, "mod": d.mod}


def _document_row(d: Document) -> Row:
    p = d.published
    published = {
        "value": p.value, "how": p.how, "evidence": _span(p.evidence),
        "bounds": None if p.bounds is None else list(p.bounds),
    }
    updated = None if d.updated is None else {"value": d.updated.value, "evidence": _span(d.updated.evidence)}
    return (
        d.doc_id, d.text, d.path, d.url, d.source, d.title, d.given_published, d.dateline, published,
        updated, _span(d.title_span), [_span(s) for s in d.body], [_span(s) for s in d.boilerplate],
        [{"start": r.start, "end": r.end, "kind": r.kind} for r in d.repairs], list(d.errors), d.duplicate_of,
        _span(d.dateline_span),
    )


def _timex_row(t: Timex) -> Row:
    return (t.timex_id, t.start, t.end, t.text, t.type, t.value, t.mod, t.anchor)


def _actor_row(a: ActorMention) -> Row:
    return (a.start, a.end, a.text, a.entity_id, a.type, a.name, a.role, a.affiliation, a.country,
            list(a.aliases), a.metonymy)


def _quote_row(q: Quote) -> Row:
    sp = q.speaker
    speaker = None if sp is None else {
        "start": sp.start, "end": sp.end, "text": sp.text, "entity_id": sp.entity_id, "name": sp.name,
        "role": sp.role,
    }
    c = q.content
    return (q.quote_id, q.kind, c.start, c.end, c.text, speaker, _textspan(q.cue), q.date, q.via)


def _event_mention_row(e: EventMention) -> Row:
    return (e.mention_id, e.start, e.end, e.text, _span(e.sentence), e.type, e.status, e.mode, e.arms_stage,
            list(e.source), list(e.target), e.system, e.quantity, e.unit, e.value_usd, _edate(e.date),
            e.quote_id, e.confidence)


def _entity_row(e: Entity) -> Row:
    return (e.entity_id, e.type, e.name, list(e.aliases), e.role, e.affiliation, e.country,
            [_mention(m) for m in e.mentions], list(e.merged_ids))


def _event_row(e: Event) -> Row:
    return (e.event_id, e.type, e.status, [_mention(m) for m in e.mentions], list(e.sources), e.mode,
            e.arms_stage, list(e.source_actors), list(e.target_actors), e.system, e.quantity, e.unit,
            e.value_usd, _edate(e.date), e.confidence)


def _corroboration_row(c: Corroboration) -> Row:
    return (c.fact, c.value, list(c.sources), [_mention(m) for m in c.mentions], c.event_id)


def _contradiction_row(c: Contradiction) -> Row:
    return (c.claim, c.denial, c.note)


def _deal_row(d: Deal) -> Row:
    delivered = {"first": d.delivered.first, "completed_by": d.delivered.completed_by}
    return (d.deal_id, d.supplier, d.recipient, d.system, d.category, d.quantity, d.unit, d.value_usd,
            d.ordered, delivered, d.paid_by, d.tested, list(d.follow_on), list(d.events), list(d.sources),
            [{"fact": x.fact, "figures": [{"value": f.value, "doc_id": f.doc_id, "start": f.start, "end": f.end,
                                           "text": f.text} for f in x.figures]} for x in d.discrepancies])


# --- rows -> records ---------------------------------------------------------------------------
def _to_span(v: dict[str, Any] | None) -> Span | None:
    return None if v is None else Span(v["start"], v["end"])


def _to_mention(v: dict[str, Any]) -> Mention:
    return Mention(v["doc_id"], v["start"], v["end"], v["text"], v["quote_id"])


def _to_edate(v: dict[str, Any] | None) -> EventDate | None:
    return None if v is None else EventDate(v["value"], v["mod"])


def _spans(v: list[dict[str, Any]]) -> tuple[Span, ...]:
    return tuple(Span(s["start"], s["end"]) for s in v)


def _document(r: Row) -> Document:
    (doc_id, _ord, text, path, url, source, title, given, dateline, pub, upd, title_span, body,
     boilerplate, repairs, errors, duplicate_of, dateline_span) = r
    bounds = pub["bounds"]
    published = DocDate(
        pub["value"], pub["how"], _to_span(pub["evidence"]),
        None if bounds is None else cast(tuple[str | None, str | None], tuple(bounds)),
    )
    updated = None if upd is None else Updated(upd["value"], _to_span(upd["evidence"]))
    return Document(
        doc_id=doc_id, text=text, path=path, url=url, source=source, title=title, given_published=given,
        dateline=dateline, published=published, updated=updated, title_span=_to_span(title_span),
        body=_spans(body), boilerplate=_spans(boilerplate),
        repairs=tuple(Repair(x["start"], x["end"], x["kind"]) for x in repairs), errors=tuple(errors),
        duplicate_of=duplicate_of, dateline_span=_to_span(dateline_span),
    )


def _timex(r: Row) -> Timex:
    doc_id, _o, _s, timex_id, start, end, text, type_, value, mod, anchor = r
    return Timex(doc_id, timex_id, start, end, text, type_, value, mod, anchor)


def _actor(r: Row) -> ActorMention:
    doc_id, _o, _s, start, end, text, eid, type_, name, role, aff, country, aliases, meto = r
    return ActorMention(doc_id, start, end, text, eid, type_, name, role, aff, country, tuple(aliases), meto)


def _quote(r: Row) -> Quote:
    doc_id, _o, _s, quote_id, kind, start, end, text, sp, cue, date, via = r
    speaker = None if sp is None else Speaker(
        sp["start"], sp["end"], sp["text"], sp["entity_id"], sp["name"], sp["role"]
    )
    cue_ = None if cue is None else TextSpan(cue["start"], cue["end"], cue["text"])
    return Quote(doc_id, quote_id, kind, TextSpan(start, end, text), speaker, cue_, date, via)


def _event_mention(r: Row) -> EventMention:
    (doc_id, _o, _s, mid, start, end, text, sentence, type_, status, mode, stage, source, target, system,
     quantity, unit, value_usd, date, quote_id, confidence) = r
    return EventMention(
        doc_id, mid, start, end, text, Span(sentence["start"], sentence["end"]), type_, status, mode, stage,
        tuple(source), tuple(target), system, quantity, unit, value_usd, _to_edate(date), quote_id, confidence,
    )


def _entity(r: Row) -> Entity:
    _s, eid, type_, name, aliases, role, aff, country, mentions, merged = r
    return Entity(eid, type_, name, tuple(aliases), role, aff, country, tuple(_to_mention(m) for m in mentions),
                  tuple(merged or ()))


def _event(r: Row) -> Event:
    (_s, eid, type_, status, mentions, sources, mode, stage, src, tgt, system, quantity, unit, value_usd,
     date, confidence) = r
    return Event(
        eid, type_, status, tuple(_to_mention(m) for m in mentions), tuple(sources), mode, stage, tuple(src),
        tuple(tgt), system, quantity, unit, value_usd, _to_edate(date), confidence,
    )


def _corroboration(r: Row) -> Corroboration:
    _s, fact, value, sources, mentions, event_id = r
    return Corroboration(fact, value, tuple(sources), tuple(_to_mention(m) for m in mentions), event_id)


def _contradiction(r: Row) -> Contradiction:
    _s, claim, denial, note = r
    return Contradiction(claim, denial, note)


def _deal(r: Row) -> Deal:
    (_s, deal_id, supplier, recipient, system, category, quantity, unit, value_usd, ordered, delivered,
     paid_by, tested, follow_on, events, sources, discrepancies) = r
    return Deal(
        deal_id, supplier, recipient, system, category, quantity, unit, value_usd, ordered,
        Delivery(delivered["first"], delivered["completed_by"]), paid_by, tested, tuple(follow_on),
        tuple(events), tuple(sources),
        discrepancies_of(discrepancies),
    )


def discrepancies_of(value: list[dict[str, Any]] | None) -> tuple[Discrepancy, ...]:
    """A deal's `discrepancies` column (a list of fact/figures structs, or NULL) as records; the API's
    reader uses it too."""
    return tuple(Discrepancy(x["fact"], tuple(Figure(f["value"], f["doc_id"], f["start"], f["end"], f["text"])
                                              for f in x["figures"])) for x in value or ())


class Store:
    """A DuckDB file holding documents, their per-document records and the latest fusion.

    Use as a context manager (`with Store(path) as store:`); the file (and its folder) is created when
    missing.
    `read_only=True` lets several processes read one file at once (but not while one writes).
    """

    def __init__(self, path: str | Path = DEFAULT_PATH, *, run_id: str | None = None,
                 read_only: bool = False, batch_size: int = DEFAULT_BATCH) -> None:
        self.path = Path(path)
        self.run_id = run_id or uuid.uuid4().hex[:12]
        self.read_only = read_only
        self.batch_size = max(1, batch_size)
        self._pending: dict[str, Annotation] = {}
        self._sigs: dict[str, bytes] = {}  # packed MinHash signatures of pending documents
        self._ids: set[str] | None = None  # stored doc_ids, loaded on first need
        self._ids_gen = -1  # the value of _WRITES[path] that `_ids` reflects
        self._con: duckdb.DuckDBPyConnection | None = None
        self._key = str(self.path.resolve())
        if self.path.is_dir():
            raise StoreError(f"store path {self.path} is a directory, not a DuckDB file")
        if read_only and not self.path.exists():
            raise StoreError(f"store {self.path} does not exist (cannot open read-only)")
        if not read_only and not self.path.parent.is_dir():
            # as `--out` is: a new store may name a folder that does not exist yet
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the folder of store {self.path}: {exc.strerror or exc}") from exc
        try:
            self._con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(self._open_message(exc)) from exc
        try:
            self._init_schema()
        except StoreError:
            self.close()
            raise
        except duckdb.Error as exc:
            self.close()
            raise StoreError(f"cannot prepare store {self.path}: {exc}") from exc

    def _open_message(self, exc: duckdb.Error) -> str:
        msg = str(exc)
        if "lock" in msg.lower():
            return (f"store {self.path} is locked by another process (DuckDB allows one writer per file); "
                    f"close it or use another --db path. DuckDB said: {msg}")
        if "not a valid DuckDB database" in msg:
            return f"{self.path} is not a DuckDB database file (refusing to touch it)"
        if "different configuration" in msg:
            return (f"store {self.path} is already open in this process with a different mode "
                    f"(read-only vs read-write): {msg}")
        return f"cannot open store {self.path}: {msg}"

    def _init_schema(self) -> None:
        con = self._conn
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if tables and "meta" not in tables:
            # someone else's database: never add our tables to it
            raise StoreError(f"{self.path} is a DuckDB file but not a storyline store; use another --db path")
        if not tables and self.read_only:
            raise StoreError(f"{self.path} is an empty DuckDB file, not a storyline store")
        if not tables:
            con.execute("BEGIN TRANSACTION")
            con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
            con.execute("CREATE SEQUENCE IF NOT EXISTS doc_ord_seq START 1")
            for table, cols in _COLUMNS.items():
                body = ", ".join(f"{_q(c)} {t}" for c, t in cols)
                con.execute(f"CREATE TABLE IF NOT EXISTS {table} ({body})")
            con.execute("INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT DO NOTHING", [SCHEMA_VERSION])
            con.execute("COMMIT")
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is not None and row[0] == "1" and not self.read_only:
            self._upgrade_from_1()
            row = ("2",)
        if row is not None and row[0] == "2" and not self.read_only:
            self._upgrade_from_2()
            row = ("3",)
        if row is not None and row[0] == "3" and not self.read_only:
            self._upgrade_from_3()
            row = ("4",)
        if row is not None and row[0] == "4" and not self.read_only:
            self._upgrade_from_4()
            row = (SCHEMA_VERSION,)
        if row is None or row[0] != SCHEMA_VERSION:
            found = None if row is None else row[0]
            hint = ("open it once read-write (e.g. `storyline run` with this --db) to upgrade it in place"
                    if self.read_only and found in ("1", "2", "3", "4") else "use a new --db file")
            raise StoreError(f"store {self.path} has schema version {found!r}, this storyline needs "
                             f"{SCHEMA_VERSION!r}; {hint}")

    def _upgrade_from_1(self) -> None:
        """Schema 1 → 2: add `documents.duplicate_of` and the signatures table, in place."""
        body = ", ".join(f"{_q(c)} {t}" for c, t in _COLUMNS["signatures"])
        self._migrate("2", 'ALTER TABLE documents ADD COLUMN "duplicate_of" VARCHAR',
                      f"CREATE TABLE IF NOT EXISTS signatures ({body})")

    def _upgrade_from_2(self) -> None:
        """Schema 2 → 3: add `entities.merged_ids` in place (old rows read back as no merged ids).

        The column lands after run_id/added_at; every insert and select names its columns.
        """
        self._migrate("3", 'ALTER TABLE entities ADD COLUMN "merged_ids" VARCHAR[]')

    def _upgrade_from_3(self) -> None:
        """Schema 3 → 4: add `documents.dateline_span` in place. Old rows read back without one; the
        annotators find a dateline from the text themselves (`dating.dateline_end`), so
        re-annotating an old store gives the same records as a fresh run."""
        self._migrate("4", f'ALTER TABLE documents ADD COLUMN "dateline_span" {_SPAN}')

    def _upgrade_from_4(self) -> None:
        """Schema 4 → 5: add `deals.discrepancies` in place (old rows read back as none; the next
        fusion refresh fills them)."""
        self._migrate("5", f'ALTER TABLE deals ADD COLUMN "discrepancies" {_DISCREPANCY}[]')

    def _migrate(self, version: str, *statements: str) -> None:
        """Run one schema step and record its version, all in one transaction."""
        con = self._conn
        con.execute("BEGIN TRANSACTION")
        try:
            for statement in statements:
                con.execute(statement)
            con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [version])
            con.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise
        log.info("upgraded store %s to schema %s", self.path, version)

    # --- lifecycle -----------------------------------------------------------------------------
    @property
    def _conn(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            raise StoreError(f"store {self.path} is closed")
        return self._con

    def close(self) -> None:
        """Write queued documents, then release the file (and its lock)."""
        if self._con is None:
            return
        try:
            self.flush()
        finally:
            self._con.close()
            self._con = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc is None:
            self.close()
            return
        try:  # keep the finished documents, but never hide the error that is propagating
            self.close()
        except StoreError:
            log.exception("could not write queued documents to %s while closing", self.path)

    def __repr__(self) -> str:
        state = "closed" if self._con is None else ("read-only" if self.read_only else "open")
        return f"Store({str(self.path)!r}, {state})"

    # --- writing -------------------------------------------------------------------------------
    def annotators(self) -> list[str]:
        """The annotator ids (`pipeline.annotator_id`) that annotated documents in this store, oldest first."""
        row = self._conn.execute("SELECT value FROM meta WHERE key = 'annotators'").fetchone()
        if row is None:
            return []
        found = json.loads(row[0])
        return [str(a) for a in found] if isinstance(found, list) else []

    def note_annotator(self, annotator: str, *, only: bool = False) -> None:
        """Remember that `annotator` added documents (once per id; a read-only store records nothing).

        `only=True` forgets the others: every stored document has just been annotated by `annotator`.
        """
        if self.read_only:
            return
        known = [] if only else self.annotators()
        if annotator in known:
            return
        self._conn.execute("INSERT INTO meta VALUES ('annotators', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                           [json.dumps([*known, annotator])])

    def has(self, doc_id: str) -> bool:
        """True when a document with this id is stored or queued (ids are content hashes or given ids)."""
        return doc_id in self._pending or self._stored(doc_id)

    def _insert(self, table: str, rows: Sequence[Row]) -> None:
        if rows:
            self._conn.execute(_INSERT[table], [json.dumps(rows, ensure_ascii=False, allow_nan=False)])

    def add(self, annotation: Annotation, *, signature: bytes | None = None) -> bool:
        """Store one document and all its records, atomically; False if its `doc_id` is already stored.

        Documents are queued and written `batch_size` at a time in one transaction (DuckDB pays ~2 ms
        per INSERT statement whatever its size, so per-document statements would cost more than
        spaCy). Each document is still all-or-nothing; reads, `flush()` and `close()` write the queue.
        A document that cannot be written raises `StoreError` (from this call or the flush that
        writes it) and the rest of its batch is stored. `signature` (a packed MinHash from
        `storyline.dedup`) is stored in the same transaction, so the dedup index rebuilt from the
        store always matches the documents in it.
        """
        doc_id = annotation.document.doc_id
        if doc_id in self._pending or self._stored(doc_id):
            return False
        self._pending[doc_id] = annotation
        if signature is not None:
            self._sigs[doc_id] = signature
        if len(self._pending) >= self.batch_size:
            self.flush()
        return True

    def flush(self) -> None:
        """Write every queued document now (one transaction; documents that fail are isolated)."""
        if not self._pending:
            return
        batch = list(self._pending.values())
        self._pending.clear()
        try:
            self._write(batch)
            return
        except duckdb.Error as exc:
            if len(batch) == 1 and not isinstance(exc, duckdb.ConstraintException):
                raise StoreError(f"cannot store document {batch[0].document.doc_id} in {self.path}: {exc}") from exc
            log.debug("batch of %d failed (%s); writing its documents one by one", len(batch), exc)
        failed: list[tuple[str, duckdb.Error]] = []
        for ann in batch:
            try:
                self._write([ann])
            except duckdb.ConstraintException:
                # another Store in this process stored the same doc_id meanwhile: nothing to add
                log.debug("document %s was stored meanwhile", ann.document.doc_id)
            except duckdb.Error as exc:
                failed.append((ann.document.doc_id, exc))
        if failed:
            ids = ", ".join(d for d, _ in failed)
            raise StoreError(f"cannot store document(s) {ids} in {self.path}: {failed[0][1]}") from failed[0][1]

    def _stored(self, doc_id: str) -> bool:
        """Is `doc_id` in the file? A set answers in O(1) (DuckDB would scan the column each time).

        The file lock keeps other processes from writing, so the set only goes stale when another
        Store in this process commits; the per-file write counter tells us to reload it then.
        """
        if self._ids is None or self._ids_gen != _WRITES[self._key]:
            try:
                gen = _WRITES[self._key]
                self._ids = {r[0] for r in self._conn.execute("SELECT doc_id FROM documents").fetchall()}
                self._ids_gen = gen
            except duckdb.Error as exc:
                raise StoreError(f"cannot query store {self.path}: {exc}") from exc
        return doc_id in self._ids

    def _write(self, batch: Sequence[Annotation]) -> None:
        """One transaction for the whole batch; rolled back whole on any error (duckdb.Error escapes)."""
        con = self._conn
        prov = (self.run_id, datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" "))
        con.execute("BEGIN TRANSACTION")
        try:
            ords = sorted(r[0] for r in con.execute(
                "SELECT nextval('doc_ord_seq') FROM range(?)", [len(batch)]).fetchall())
            docs: list[Row] = []
            records: dict[str, list[Row]] = {t: [] for t in PER_DOC_TABLES}
            sigs: list[Row] = []
            for ord_, ann in zip(ords, batch, strict=True):
                sig = self._sigs.get(ann.document.doc_id)
                if sig is not None:
                    sigs.append((ann.document.doc_id, ord_, ann.document.duplicate_of, sig.hex(), *prov))
                d = _document_row(ann.document)
                docs.append((d[0], ord_, *d[1:], *prov))
                _record_rows(records, ann, ord_, prov)
            self._insert("documents", docs)
            for table, rows in records.items():
                self._insert(table, rows)
            self._insert("signatures", sigs)
            con.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise
        for ann in batch:
            self._sigs.pop(ann.document.doc_id, None)
        fresh = self._ids is not None and self._ids_gen == _WRITES[self._key]
        _WRITES[self._key] += 1
        if fresh and self._ids is not None:
            self._ids.update(a.document.doc_id for a in batch)
            self._ids_gen = _WRITES[self._key]

    def replace_annotations(self, batch: Sequence[Annotation]) -> None:
        """Swap the records of stored documents for new ones, all in one transaction.

        For re-annotating in place after an upgrade (`runner.reannotate`): each document keeps its
        row, position and near-duplicate link (its text, dates and id are what was stored); only
        its timexes, actors, quotes and event mentions change. A document not stored is an error.
        """
        if not batch:
            return
        ids = [a.document.doc_id for a in batch]
        prov = (self.run_id, datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" "))
        ords: dict[str, int] = dict(self._fetch("SELECT doc_id, doc_ord FROM documents WHERE list_contains(?, doc_id)", [ids]))
        missing = [d for d in ids if d not in ords]
        if missing:
            raise StoreError(f"cannot re-annotate document(s) not in {self.path}: {', '.join(missing[:5])}")
        records: dict[str, list[Row]] = {t: [] for t in PER_DOC_TABLES}
        for ann in batch:
            _record_rows(records, ann, ords[ann.document.doc_id], prov)
        self._swap(list(records.items()), "list_contains(?, doc_id)", [ids],
                   f"the records of {len(ids)} document(s)")

    def _swap(self, parts: Sequence[tuple[str, list[Row]]], where: str, params: list[Any], what: str) -> None:
        """In one transaction, delete the rows `where` selects from each table and insert new ones."""
        con = self._conn
        try:
            con.execute("BEGIN TRANSACTION")
            for table, rows in parts:
                con.execute(f"DELETE FROM {table} WHERE {where}", params)
                self._insert(table, rows)
            con.execute("COMMIT")
        except duckdb.Error as exc:
            self._rollback()
            raise StoreError(f"cannot replace {what} in {self.path}: {exc}") from exc
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        try:
            self._conn.execute("ROLLBACK")
        except duckdb.Error:  # already rolled back by DuckDB after a failed statement
            log.debug("rollback after failure was a no-op", exc_info=True)

    def replace_fusion(self, fusion: Fusion) -> None:
        """Swap in a new cross-document view: every fused table is refreshed whole, in one transaction."""
        self.flush()
        prov = (self.run_id, datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" "))
        parts: list[tuple[str, list[Row]]] = [
            ("entities", [(i, *_entity_row(x), *prov) for i, x in enumerate(fusion.entities)]),
            ("events", [(i, *_event_row(x), *prov) for i, x in enumerate(fusion.events)]),
            ("corroborations", [(i, *_corroboration_row(x), *prov) for i, x in enumerate(fusion.corroborations)]),
            ("contradictions", [(i, *_contradiction_row(x), *prov) for i, x in enumerate(fusion.contradictions)]),
            ("deals", [(i, *_deal_row(x), *prov) for i, x in enumerate(fusion.deals)]),
        ]
        self._swap(parts, "TRUE", [], "fusion")

    # --- reading -------------------------------------------------------------------------------
    def _fetch(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        self.flush()  # reads see every document added so far
        try:
            return self._conn.execute(sql, list(params)).fetchall()
        except duckdb.Error as exc:
            raise StoreError(f"cannot read store {self.path}: {exc}") from exc

    def _doc_pages(self, columns: str) -> Iterator[list[Row]]:
        """Pages of document rows in insertion order; keyset pagination keeps each query small."""
        last = -1
        while True:
            rows = self._fetch(
                f"SELECT {columns} FROM documents WHERE doc_ord > ? ORDER BY doc_ord LIMIT {_PAGE}", [last]
            )
            if not rows:
                return
            yield rows
            last = rows[-1][1]

    def documents(self, *, with_text: bool = True) -> Iterator[Document]:
        """Stream stored documents in the order they were added.

        `with_text=False` leaves `text` empty: for listings that must not pull every article into memory.
        """
        cols = [c for c, _ in _COLUMNS["documents"][:-2]]
        sel = ", ".join("''" if (c == "text" and not with_text) else _q(c) for c in cols)
        for page in self._doc_pages(sel):
            for r in page:
                yield _document(r)

    def annotations(self) -> Iterator[Annotation]:
        """Stream every stored document with its records, rebuilt exactly as they were added."""
        doc_sel = ", ".join(_q(c) for c, _ in _COLUMNS["documents"][:-2])
        builders: dict[str, Callable[[Row], Any]] = {
            "timexes": _timex, "actors": _actor, "quotes": _quote, "event_mentions": _event_mention,
        }
        for page in self._doc_pages(doc_sel):
            lo, hi = page[0][1], page[-1][1]
            per_table: dict[str, dict[str, list[Any]]] = {}
            for table, build in builders.items():
                grouped: dict[str, list[Any]] = {}
                sql = _select_sql(table, "doc_ord BETWEEN ? AND ?", "doc_ord, seq")
                for r in self._fetch(sql, [lo, hi]):
                    grouped.setdefault(r[0], []).append(build(r))
                per_table[table] = grouped
            for r in page:
                doc = _document(r)
                did = doc.doc_id
                yield Annotation(
                    document=doc,
                    timexes=tuple(per_table["timexes"].get(did, ())),
                    actors=tuple(per_table["actors"].get(did, ())),
                    quotes=tuple(per_table["quotes"].get(did, ())),
                    events=tuple(per_table["event_mentions"].get(did, ())),
                )

    def annotation(self, doc_id: str) -> Annotation | None:
        """One stored document with its records, or None."""
        rows = self._fetch("SELECT doc_ord FROM documents WHERE doc_id = ?", [doc_id])
        if not rows:
            return None
        ord_ = rows[0][0]
        doc_sel = ", ".join(_q(c) for c, _ in _COLUMNS["documents"][:-2])
        doc = _document(self._fetch(f"SELECT {doc_sel} FROM documents WHERE doc_ord = ?", [ord_])[0])

        def part(table: str, build: Callable[[Row], Any]) -> tuple[Any, ...]:
            return tuple(build(r) for r in self._fetch(_select_sql(table, "doc_ord = ?", "seq"), [ord_]))

        return Annotation(doc, part("timexes", _timex), part("actors", _actor), part("quotes", _quote),
                          part("event_mentions", _event_mention))

    def fusion(self) -> Fusion:
        """The latest fusion stored by `replace_fusion` (empty when none yet)."""

        def part(table: str, build: Callable[[Row], Any]) -> tuple[Any, ...]:
            return tuple(build(r) for r in self._fetch(_select_sql(table, "TRUE", "seq")))

        return Fusion(
            entities=part("entities", _entity),
            events=part("events", _event),
            corroborations=part("corroborations", _corroboration),
            contradictions=part("contradictions", _contradiction),
            deals=part("deals", _deal),
        )

    def signatures(self) -> Iterator[tuple[str, str | None, bytes]]:
        """Stored near-duplicate signatures `(doc_id, duplicate_of, packed MinHash)`, in stored order."""
        last = -1
        while True:
            rows = self._fetch(
                "SELECT doc_id, doc_ord, duplicate_of, sig FROM signatures WHERE doc_ord > ? "
                "ORDER BY doc_ord LIMIT 4096", [last])
            if not rows:
                return
            for doc_id, _ord, dup, sig in rows:
                yield doc_id, dup, bytes(sig)
            last = rows[-1][1]

    def counts(self) -> dict[str, int]:
        """Rows per table (documents, timexes, actors, quotes, event_mentions and the fused tables)."""
        sql = " UNION ALL ".join(f"SELECT '{t}', count(*) FROM {t}" for t in TABLES)
        return {name: int(n) for name, n in self._fetch(sql)}
