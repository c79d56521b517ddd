"""Read-only, parametrized SQL over a storyline DuckDB store, answered in the output contract's JSON.

The API keeps one DuckDB connection to the same database instance its `Store` writes through and
reads with a fresh cursor per request (DuckDB connections are not thread-safe; cursors are cheap).
Every value a client sends travels as a bound parameter; no SQL is ever built from client text.
Rows are rebuilt into the frozen records and rendered by `storyline.export.jsonl`, so the API's JSON
is exactly the JSONL files' shape.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

import duckdb

from storyline.errors import StoreError
from storyline.export import canonical
from storyline.export.jsonl import (
    JSON,
    actor_mention_json,
    contradiction_json,
    corroboration_json,
    deal_json,
    document_json,
    entity_json,
    event_json,
    event_mention_json,
    quote_json,
    timex_json,
)
from storyline.fuse.aliases import redirect_actor, redirect_event
from storyline.records import (
    ActorMention,
    Contradiction,
    Corroboration,
    Deal,
    Delivery,
    DocDate,
    Document,
    Entity,
    Event,
    EventDate,
    EventMention,
    Mention,
    Quote,
    Repair,
    Span,
    Speaker,
    TextSpan,
    Timex,
    Updated,
)
from storyline.store import discrepancies_of

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
MAX_OFFSET = 1_000_000
MAX_IDS = 20  # entity ids one actor reference may expand to
MAX_EVIDENCE = 50  # mentions shown with their sentence on an event page
SNIPPET = 90  # characters either side of a search hit

DATE_RE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
_DATE = re.compile(DATE_RE)
#: the ISO prefix of a TIMEX3 value ("2019-W30" → "2019", "2019-07" → "2019-07"); '' when none
_DV = """coalesce(regexp_extract("date"."value", '^\\d{4}(-\\d{2}(-\\d{2})?)?'), '')"""

Row = dict[str, Any]


def like_pattern(text: str) -> str:
    r"""`%text%` for `ILIKE ... ESCAPE '\'`, with the client's own `%`, `_` and `\` taken literally."""
    esc = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{esc}%"


def pad_date(value: str, *, end: bool) -> str:
    """The first or last day a `YYYY[-MM[-DD]]` prefix stands for, as a string that sorts like a date."""
    if not _DATE.match(value):
        raise ValueError(f"not a YYYY[-MM[-DD]] date: {value!r}")
    n = value.count("-")
    if n == 0:
        return value + ("-12-31" if end else "-01-01")
    if n == 1:
        return value + ("-31" if end else "-01")
    return value


# --- rows -> records ---------------------------------------------------------------------------
def _span(v: dict[str, Any] | None) -> Span | None:
    return None if v is None else Span(v["start"], v["end"])


def _mentions(v: Iterable[dict[str, Any]] | None) -> tuple[Mention, ...]:
    return tuple(Mention(m["doc_id"], m["start"], m["end"], m["text"], m["quote_id"]) for m in v or ())


def _edate(v: dict[str, Any] | None) -> EventDate | None:
    return None if v is None else EventDate(v["value"], v["mod"])


def event_of(r: Row) -> Event:
    return Event(
        r["event_id"], r["type"], r["status"], _mentions(r["mentions"]), tuple(r["sources"] or ()), r["mode"],
        r["arms_stage"], tuple(r["source_actors"] or ()), tuple(r["target_actors"] or ()), r["system"],
        r["quantity"], r["unit"], r["value_usd"], _edate(r["date"]), r["confidence"],
    )


def entity_of(r: Row) -> Entity:
    return Entity(r["entity_id"], r["type"], r["name"], tuple(r["aliases"] or ()), r["role"], r["affiliation"],
                  r["country"], _mentions(r["mentions"]), tuple(r.get("merged_ids") or ()))


def quote_of(r: Row) -> Quote:
    sp, cue = r["speaker"], r["cue"]
    speaker = None if sp is None else Speaker(sp["start"], sp["end"], sp["text"], sp["entity_id"], sp["name"],
                                              sp["role"])
    return Quote(r["doc_id"], r["quote_id"], r["kind"], TextSpan(r["start"], r["end"], r["text"]), speaker,
                 None if cue is None else TextSpan(cue["start"], cue["end"], cue["text"]), r["date"], r["via"])


def deal_of(r: Row) -> Deal:
    dl = r["delivered"] or {"first": None, "completed_by": None}
    return Deal(r["deal_id"], r["supplier"], r["recipient"], r["system"], r["category"], r["quantity"], r["unit"],
                r["value_usd"], r["ordered"], Delivery(dl["first"], dl["completed_by"]), r["paid_by"], r["tested"],
                tuple(r["follow_on"] or ()), tuple(r["events"] or ()), tuple(r["sources"] or ()),
                discrepancies_of(r["discrepancies"]))


def document_of(r: Row) -> Document:
    pub = r["published"]
    bounds = pub["bounds"]
    upd = r["updated"]
    return Document(
        doc_id=r["doc_id"], text=r.get("text") or "", path=r["path"], url=r["url"], source=r["source"],
        title=r["title"], given_published=r["given_published"], dateline=r["dateline"],
        published=DocDate(pub["value"], pub["how"], _span(pub["evidence"]),
                          None if bounds is None else (bounds[0], bounds[1])),
        updated=None if upd is None else Updated(upd["value"], _span(upd["evidence"])),
        title_span=_span(r["title_span"]), body=tuple(Span(s["start"], s["end"]) for s in r["body"] or ()),
        boilerplate=tuple(Span(s["start"], s["end"]) for s in r["boilerplate"] or ()),
        repairs=tuple(Repair(x["start"], x["end"], x["kind"]) for x in r["repairs"] or ()),
        errors=tuple(r["errors"] or ()), duplicate_of=r.get("duplicate_of"), dateline_span=_span(r.get("dateline_span")),
    )


def event_mention_of(r: Row) -> EventMention:
    return EventMention(
        r["doc_id"], r["mention_id"], r["start"], r["end"], r["text"], Span(r["sentence"]["start"],
                                                                            r["sentence"]["end"]),
        r["type"], r["status"], r["mode"], r["arms_stage"], tuple(r["source"] or ()), tuple(r["target"] or ()),
        r["system"], r["quantity"], r["unit"], r["value_usd"], _edate(r["date"]), r["quote_id"], r["confidence"],
    )


def actor_of(r: Row) -> ActorMention:
    return ActorMention(r["doc_id"], r["start"], r["end"], r["text"], r["entity_id"], r["type"], r["name"],
                        r["role"], r["affiliation"], r["country"], tuple(r["aliases"] or ()), r["metonymy"])


def timex_of(r: Row) -> Timex:
    return Timex(r["doc_id"], r["timex_id"], r["start"], r["end"], r["text"], r["type"], r["value"], r["mod"],
                 r["anchor"])


# --- queries -----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Page:
    """One page of a listing: `total` matches, `items` from `offset` on."""

    total: int
    limit: int
    offset: int
    items: list[JSON]

    def json(self) -> JSON:
        return {"total": self.total, "limit": self.limit, "offset": self.offset, "items": self.items}


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters of `GET /events`; each given one narrows the result (AND)."""

    actor: str | None = None  # entity_id, name or alias; source or target side
    type: str | None = None
    status: str | None = None
    date_from: str | None = None  # YYYY[-MM[-DD]]; events whose date overlaps the range
    date_to: str | None = None
    source: str | None = None  # doc_id or outlet name
    system: str | None = None  # entity_id, name or alias of a weapon system

    def params(self) -> dict[str, str]:
        return {k: v for k in self.__slots__ if (v := getattr(self, k))}


@dataclass
class Evidence:
    """An event's mentions with the sentences they were read from, plus those documents' texts."""

    items: list[JSON] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)


class Reader:
    """All the API's reads. Thread-safe: each call opens its own cursor on the shared connection."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self._con = con

    def close(self) -> None:
        self._con.close()

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        cur = self._con.cursor()
        try:
            cur.execute(sql, list(params))
            cols = [d[0] for d in cur.description or ()]
            return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
        except duckdb.Error as exc:
            raise StoreError(f"cannot read store: {exc}") from exc
        finally:
            cur.close()

    def _page(self, table: str, where: list[str], params: list[Any], order: str, limit: int, offset: int,
              *, exclude: str = "run_id, added_at", extra: str = "") -> tuple[int, list[Row]]:
        cond = " AND ".join(where) or "TRUE"
        sql = (f"SELECT * FROM (SELECT * EXCLUDE ({exclude}){extra} FROM {table}) WHERE {cond}")
        rows = self.rows(f"SELECT *, count(*) OVER () AS _total FROM ({sql}) ORDER BY {order} LIMIT ? OFFSET ?",
                         [*params, limit, offset])
        if rows:
            return int(rows[0]["_total"]), rows
        total = self.rows(f"SELECT count(*) AS n FROM ({sql})", params)[0]["n"]
        return int(total), rows

    # --- lookups ---------------------------------------------------------------------------------
    def resolve_entity(self, ref: str) -> list[str]:
        """entity_ids an actor reference names: its id, a folded id, its name or an alias (the reference
        itself if none), plus the ids fusion folded into them (per-document records still carry those)."""
        rows = self.rows("SELECT entity_id, merged_ids FROM entities WHERE entity_id = ? OR lower(name) = lower(?) "
                         "OR list_contains(aliases, ?) OR list_contains(merged_ids, ?)", [ref, ref, ref, ref])
        return sorted({r["entity_id"] for r in rows} | {m for r in rows for m in r["merged_ids"] or ()}) or [ref]

    def redirects(self) -> dict[str, str]:
        """folded id → canonical entity_id (see `Entity.merged_ids`)."""
        rows = self.rows("SELECT old, entity_id FROM (SELECT unnest(merged_ids) AS old, entity_id FROM entities)")
        return {r["old"]: r["entity_id"] for r in rows}

    def resolve_source(self, ref: str) -> list[str]:
        """doc_ids a source reference names: a doc_id, or every document of an outlet."""
        rows = self.rows("SELECT doc_id FROM documents WHERE doc_id = ? OR lower(source) = lower(?)", [ref, ref])
        return [r["doc_id"] for r in rows] or [ref]

    def names(self, entity_ids: Iterable[str | None]) -> dict[str, str]:
        ids = sorted({i for i in entity_ids if i})
        if not ids:
            return {}
        rows = self.rows("SELECT entity_id, any_value(name) AS name FROM entities "
                         "WHERE list_contains(?::VARCHAR[], entity_id) GROUP BY entity_id", [ids])
        out = {r["entity_id"]: r["name"] for r in rows}
        if len(out) < len(ids):  # ids fusion folded into another entity still name it
            rows = self.rows("SELECT old, any_value(name) AS name FROM (SELECT unnest(merged_ids) AS old, name "
                             "FROM entities) WHERE list_contains(?::VARCHAR[], old) GROUP BY old", [ids])
            for r in rows:
                out.setdefault(r["old"], r["name"])
        return out

    def doc_labels(self, doc_ids: Iterable[str]) -> dict[str, str]:
        ids = sorted(set(doc_ids))
        if not ids:
            return {}
        rows = self.rows("SELECT doc_id, title, source, path, url, published.value AS pub FROM documents "
                         "WHERE list_contains(?::VARCHAR[], doc_id)", [ids])
        out: dict[str, str] = {}
        for r in rows:
            # no headline: the file or page it came from names it better than a hash
            label = r["title"] or (PurePath(r["path"]).name if r["path"] else None) or r["url"] or r["doc_id"]
            extra = ", ".join(x for x in (r["source"], r["pub"] if r["pub"] != "unresolved" else None) if x)
            out[r["doc_id"]] = f"{label} ({extra})" if extra else label
        return out

    def stats(self) -> dict[str, int]:
        tables = ("documents", "events", "quotes", "entities", "deals", "contradictions", "corroborations")
        sql = " UNION ALL ".join(f"SELECT '{t}' AS t, count(*) AS n FROM {t}" for t in tables)
        return {r["t"]: int(r["n"]) for r in self.rows(sql)}

    def outlets(self) -> list[str]:
        rows = self.rows("SELECT source FROM documents WHERE source IS NOT NULL GROUP BY source "
                         "ORDER BY count(*) DESC, source LIMIT 200")
        return [r["source"] for r in rows]

    def top_entities(self, limit: int = 300) -> list[tuple[str, str]]:
        rows = self.rows("SELECT entity_id, name FROM entities WHERE type <> 'weapon_system' "
                         "ORDER BY len(mentions) DESC, name LIMIT ?", [limit])
        return [(r["entity_id"], r["name"]) for r in rows]

    # --- events ----------------------------------------------------------------------------------
    def events(self, f: EventFilter, limit: int = DEFAULT_LIMIT, offset: int = 0) -> Page:
        where: list[str] = []
        params: list[Any] = []
        if f.actor:
            # one list_contains per id: 4x cheaper in DuckDB than list_has_any over a concatenation
            ids = self.resolve_entity(f.actor)[:MAX_IDS]
            where.append("(" + " OR ".join(["list_contains(source_actors, ?) OR list_contains(target_actors, ?)"]
                                           * len(ids)) + ")")
            params += [x for i in ids for x in (i, i)]
        if f.system:
            where.append("list_contains(?::VARCHAR[], system)")
            params.append(self.resolve_entity(f.system))
        if f.type:
            where.append("type = ?")
            params.append(f.type.upper())
        if f.status:
            where.append("status = ?")
            params.append(f.status)
        if f.source:
            where.append("list_has_any(sources, ?::VARCHAR[])")
            params.append(self.resolve_source(f.source))
        if f.date_from:
            where.append("dv <> '' AND dv >= substr(?, 1, length(dv))")
            params.append(pad_date(f.date_from, end=False))
        if f.date_to:
            where.append("dv <> '' AND dv <= substr(?, 1, length(dv))")
            params.append(pad_date(f.date_to, end=True))
        # two steps: order and count on narrow columns, then fetch the page's full rows by seq
        cond = " AND ".join(where) or "TRUE"
        narrow = ("SELECT seq, count(*) OVER () AS _total FROM (SELECT seq, type, status, sources, system, "
                  f"source_actors, target_actors, {_DV} AS dv FROM events) WHERE {cond} "
                  "ORDER BY dv = '', dv, seq LIMIT ? OFFSET ?")
        keys = self.rows(narrow, [*params, limit, offset])
        if not keys:
            total = self.rows(f"SELECT count(*) AS n FROM (SELECT *, {_DV} AS dv FROM events) WHERE {cond}",
                              params)[0]["n"]
            return Page(int(total), limit, offset, [])
        seqs = [k["seq"] for k in keys]
        full = {r["seq"]: r for r in self.rows("SELECT * FROM events WHERE list_contains(?::INTEGER[], seq)", [seqs])}
        return Page(int(keys[0]["_total"]), limit, offset, [event_json(event_of(full[q])) for q in seqs])

    def event(self, event_id: str) -> Event | None:
        rows = self.rows("SELECT * FROM events WHERE event_id = ? LIMIT 1", [event_id])
        return event_of(rows[0]) if rows else None

    def events_by_id(self, event_ids: Iterable[str]) -> dict[str, Event]:
        ids = sorted(set(event_ids))
        if not ids:
            return {}
        rows = self.rows("SELECT * FROM events WHERE list_contains(?::VARCHAR[], event_id)", [ids])
        return {r["event_id"]: event_of(r) for r in rows}

    def evidence(self, event: Event) -> Evidence:
        """Each mention's trigger and the sentence it sits in (from the per-document event mentions)."""
        out = Evidence()
        mentions = event.mentions[:MAX_EVIDENCE]
        docs = {r["doc_id"]: r for r in self.rows(
            "SELECT doc_id, title, source, text FROM documents WHERE list_contains(?::VARCHAR[], doc_id)",
            [sorted({m.doc_id for m in mentions})])}
        for m in mentions:
            found = self.rows('SELECT sentence, quote_id FROM event_mentions WHERE doc_id = ? AND "start" = ? '
                              'AND "end" = ? ORDER BY seq LIMIT 1', [m.doc_id, m.start, m.end])
            doc = docs.get(m.doc_id)
            text = "" if doc is None else doc["text"]
            sentence: JSON | None = None
            if found and found[0]["sentence"] is not None:
                s = found[0]["sentence"]
                sentence = {"start": s["start"], "end": s["end"], "text": text[s["start"]:s["end"]]}
            out.items.append({
                "doc_id": m.doc_id, "title": None if doc is None else doc["title"],
                "source": None if doc is None else doc["source"],
                "trigger": {"start": m.start, "end": m.end, "text": m.text}, "sentence": sentence,
                "quote_id": m.quote_id or (found[0]["quote_id"] if found else None),
            })
            if doc is not None:
                out.texts[m.doc_id] = text
        return out

    def related(self, event_id: str) -> JSON:
        """What else cites an event: contradictions, corroborations and deals."""
        con = [contradiction_json(Contradiction(r["claim"], r["denial"], r["note"])) for r in self.rows(
            "SELECT claim, denial, note FROM contradictions WHERE claim = ? OR denial = ? ORDER BY seq",
            [event_id, event_id])]
        cor = [corroboration_json(Corroboration(r["fact"], r["value"], tuple(r["sources"]), _mentions(r["mentions"]),
                                                r["event_id"]))
               for r in self.rows("SELECT * FROM corroborations WHERE event_id = ? ORDER BY seq", [event_id])]
        deals = [r["deal_id"] for r in self.rows(
            "SELECT deal_id FROM deals WHERE list_contains(events, ?) OR list_contains(follow_on, ?) ORDER BY seq",
            [event_id, event_id])]
        return {"contradictions": con, "corroborations": cor, "deals": deals}

    # --- entities, quotes, documents -------------------------------------------------------------
    def entities(self, *, type: str | None = None, q: str | None = None, limit: int = DEFAULT_LIMIT,
                 offset: int = 0) -> Page:
        where: list[str] = []
        params: list[Any] = []
        if type:
            where.append("type = ?")
            params.append(type)
        if q:
            where.append("(name ILIKE ? ESCAPE '\\' OR entity_id ILIKE ? ESCAPE '\\')")
            params += [like_pattern(q)] * 2
        total, rows = self._page("entities", where, params, "len(mentions) DESC, name, seq", limit, offset)
        return Page(total, limit, offset, [entity_json(entity_of(r)) for r in rows])

    def entity(self, entity_id: str) -> Entity | None:
        """The entity with this id, or the one fusion folded this id into."""
        rows = self.rows("SELECT * FROM entities WHERE entity_id = ? ORDER BY seq LIMIT 1", [entity_id])
        if not rows:
            rows = self.rows("SELECT * FROM entities WHERE list_contains(merged_ids, ?) ORDER BY seq LIMIT 1",
                             [entity_id])
        return entity_of(rows[0]) if rows else None

    def entity_events(self, entity_id: str, limit: int = MAX_LIMIT) -> Page:
        where = ["(list_contains(list_concat(source_actors, target_actors), ?) OR system = ?)"]
        total, rows = self._page("events", where, [entity_id, entity_id], "dv = '', dv, seq", limit, 0,
                                 extra=f", {_DV} AS dv")
        return Page(total, limit, 0, [event_json(event_of(r)) for r in rows])

    def quotes(self, *, speaker: str | None = None, doc_id: str | None = None, q: str | None = None,
               kind: str | None = None, limit: int = DEFAULT_LIMIT, offset: int = 0,
               speaker_words: bool = False) -> Page:
        """Quotes, speaker-ordered. `speaker` is an entity id or name; with `speaker_words` (the ledger's
        search box) also words of the speaker's name, role or text as written ("Vukas", "spokesman")."""
        where: list[str] = []
        params: list[Any] = []
        if speaker:
            exact = "list_contains(?::VARCHAR[], speaker.entity_id) OR lower(speaker.name) = lower(?)"
            params += [self.resolve_entity(speaker), speaker]
            if speaker_words:
                exact += (" OR speaker.name ILIKE ? ESCAPE '\\' OR speaker.role ILIKE ? ESCAPE '\\'"
                          " OR speaker.text ILIKE ? ESCAPE '\\'")
                params += [like_pattern(speaker)] * 3
            where.append(f"({exact})")
        if doc_id:
            where.append("doc_id = ?")
            params.append(doc_id)
        if kind:
            where.append("kind = ?")
            params.append(kind)
        if q:
            where.append("text ILIKE ? ESCAPE '\\'")
            params.append(like_pattern(q))
        order = "coalesce(speaker.name, speaker.text) NULLS LAST, doc_ord, seq"
        total, rows = self._page("quotes", where, params, order, limit, offset)
        red = self.redirects() if rows else {}
        return Page(total, limit, offset, [quote_json(canonical.quote(quote_of(r), red)) for r in rows])

    def documents(self, *, source: str | None = None, q: str | None = None, limit: int = DEFAULT_LIMIT,
                  offset: int = 0) -> Page:
        where: list[str] = []
        params: list[Any] = []
        if source:
            where.append("(lower(source) = lower(?) OR doc_id = ?)")
            params += [source, source]
        if q:
            where.append("title ILIKE ? ESCAPE '\\'")
            params.append(like_pattern(q))
        total, rows = self._page("documents", where, params, "doc_ord", limit, offset,
                                 exclude="run_id, added_at, text")
        return Page(total, limit, offset, [document_json(document_of(r)) for r in rows])

    def document(self, doc_id: str) -> tuple[Document, JSON] | None:
        """A document with its text and every per-document record."""
        rows = self.rows("SELECT * EXCLUDE (run_id, added_at) FROM documents WHERE doc_id = ?", [doc_id])
        if not rows:
            return None
        doc = document_of(rows[0])

        def part(table: str) -> list[Row]:
            return self.rows(f"SELECT * FROM {table} WHERE doc_id = ? ORDER BY seq", [doc_id])

        red = self.redirects()  # per-document ids name the fused entities
        records: JSON = {
            "timexes": [timex_json(timex_of(r)) for r in part("timexes")],
            "actors": [actor_mention_json(redirect_actor(actor_of(r), red)) for r in part("actors")],
            "quotes": [quote_json(canonical.quote(quote_of(r), red)) for r in part("quotes")],
            "event_mentions": [event_mention_json(redirect_event(event_mention_of(r), red))
                               for r in part("event_mentions")],
        }
        return doc, records

    def fused_events_of(self, doc_id: str) -> list[JSON]:
        rows = self.rows(f"SELECT *, {_DV} AS dv FROM events WHERE list_contains(sources, ?) ORDER BY dv = '', dv, seq "
                         f"LIMIT {MAX_LIMIT}", [doc_id])
        return [event_json(event_of(r)) for r in rows]

    # --- register tables -------------------------------------------------------------------------
    def deals(self, *, actor: str | None = None, limit: int = DEFAULT_LIMIT, offset: int = 0) -> Page:
        where: list[str] = []
        params: list[Any] = []
        if actor:
            where.append("(list_contains(?::VARCHAR[], supplier) OR list_contains(?::VARCHAR[], recipient) "
                         "OR list_contains(?::VARCHAR[], system))")
            ids = self.resolve_entity(actor)
            params += [ids, ids, ids]
        total, rows = self._page("deals", where, params, "seq", limit, offset)
        return Page(total, limit, offset, [deal_json(deal_of(r)) for r in rows])

    def contradictions(self, limit: int = DEFAULT_LIMIT, offset: int = 0) -> Page:
        total, rows = self._page("contradictions", [], [], "seq", limit, offset)
        return Page(total, limit, offset,
                    [contradiction_json(Contradiction(r["claim"], r["denial"], r["note"])) for r in rows])

    def corroborations(self, limit: int = DEFAULT_LIMIT, offset: int = 0) -> Page:
        total, rows = self._page("corroborations", [], [], "seq", limit, offset)
        return Page(total, limit, offset, [corroboration_json(Corroboration(
            r["fact"], r["value"], tuple(r["sources"]), _mentions(r["mentions"]), r["event_id"])) for r in rows])

    # --- search ----------------------------------------------------------------------------------
    def search(self, q: str, limit: int = DEFAULT_LIMIT) -> JSON:
        """Case-insensitive substring search (parametrized ILIKE) over documents, quotes and entities."""
        pat = like_pattern(q)
        needle = re.compile(re.escape(q), re.IGNORECASE)
        docs: list[JSON] = []
        for r in self.rows("SELECT doc_id, title, source, text FROM documents WHERE title ILIKE ? ESCAPE '\\' "
                           "OR text ILIKE ? ESCAPE '\\' ORDER BY doc_ord LIMIT ?", [pat, pat, limit]):
            m = needle.search(r["text"]) or needle.search(r["title"] or "")
            hit: JSON | None = None
            if m is not None and m.string is r["text"]:
                lo, hi = max(0, m.start() - SNIPPET), min(len(r["text"]), m.end() + SNIPPET)
                hit = {"start": m.start(), "end": m.end(), "context": {"start": lo, "end": hi,
                                                                       "text": r["text"][lo:hi]}}
            docs.append({"doc_id": r["doc_id"], "title": r["title"], "source": r["source"], "hit": hit})
        quotes = self.quotes(q=q, limit=limit).items
        ents = [entity_json(entity_of(r)) | {"mentions": []} for r in self.rows(
            "SELECT * FROM entities WHERE name ILIKE ? ESCAPE '\\' OR array_to_string(aliases, '|') "
            "ILIKE ? ESCAPE '\\' ORDER BY len(mentions) DESC, name LIMIT ?", [pat, pat, limit])]
        return {"query": q, "documents": docs, "quotes": quotes, "entities": ents}
