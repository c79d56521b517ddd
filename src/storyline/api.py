"""`storyline serve`: a FastAPI app over one DuckDB store — JSON API plus a server-rendered web app.

DuckDB allows one writing process per file, so the app holds ONE `Store` for its writes (`POST
/articles`, serialized by a lock) and reads through a second connection to the same in-process
database instance, one cursor per request (`storyline.web.queries`). Every page has a JSON twin: the
same URL with `.json` appended, or any request that does not ask for `text/html` (curl, httpx).

Security: binds 127.0.0.1 by default; request bodies are capped (413 beyond `MAX_BODY`); clients
never name files; every SQL value is a bound parameter; templates autoescape everything, and HTML
pages carry a Content-Security-Policy that allows only this app's own script and stylesheet.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal
from urllib.parse import parse_qsl, quote, urlencode

import duckdb
from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from storyline import __version__
from storyline.errors import StoreError
from storyline.export.jsonl import JSON, document_json, event_json
from storyline.export.report import MAX_DOC_CHARS, Mark, events_per_month_svg, highlight
from storyline.export.timeline import date_key, date_words
from storyline.ingest.common import make_document, normalize_published
from storyline.records import PLOVER_TYPES, Event
from storyline.store import Store
from storyline.web.queries import (
    DATE_RE,
    DEFAULT_LIMIT,
    MAX_LIMIT,
    MAX_OFFSET,
    EventFilter,
    Page,
    Reader,
)

if TYPE_CHECKING:
    from spacy.language import Language

    from storyline.dedup import NearDuplicates

log = logging.getLogger(__name__)

MAX_BODY = 1_000_000  # bytes of a POST body
MAX_DRAIN = 16 * MAX_BODY  # an over-long body up to this size is read and dropped before the 413
STATUSES = ("happened", "ongoing", "planned", "possible", "intended", "claimed", "denied")
StatusParam = Literal["happened", "ongoing", "planned", "possible", "intended", "claimed", "denied"]
_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
_STATIC = {"app.css": "text/css; charset=utf-8", "app.js": "text/javascript; charset=utf-8"}

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size (≤ {MAX_LIMIT})")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="rows to skip")]


def _calendar_date(value: str | None) -> str | None:
    """`2025-13` or `2025-02-30` match the YYYY[-MM[-DD]] shape but name no day: refuse them (422)."""
    if value is not None:
        y, m, d = ([int(x) for x in value.split("-")] + [1, 1])[:3]
        try:
            date(y, m, d)
        except ValueError:
            raise ValueError(f"{value} is not a calendar date (YYYY, YYYY-MM or YYYY-MM-DD)") from None
    return value


DateParam = Annotated[str | None, Query(pattern=DATE_RE, description="YYYY[-MM[-DD]]"),
                      AfterValidator(_calendar_date)]
Text = Annotated[str | None, Query(max_length=200)]


class SecurityHeaders:
    """Pure ASGI middleware adding the security headers to every HTTP response.

    Not `@app.middleware("http")`: Starlette's `BaseHTTPMiddleware` runs the endpoint in a separate
    task and re-streams its response, which under load has cut connections mid-response.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                if headers.get("content-type", "").startswith("text/html") and not path.startswith(
                        ("/docs", "/redoc")):
                    headers["Content-Security-Policy"] = _CSP
                    headers["Referrer-Policy"] = "no-referrer"
            await send(message)

        await self.app(scope, receive, send_with_headers)


class DropEmptyQueryParams:
    """Pure ASGI middleware: `?status=&date_from=` means "no filter", as an HTML form sends it.

    A filter form submitted without JavaScript sends every field, the empty ones included; an empty
    value would otherwise fail validation (422) for a choice or date parameter.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        raw: bytes = scope.get("query_string", b"") if scope["type"] == "http" else b""
        if raw:
            pairs = parse_qsl(raw.decode("latin-1"), keep_blank_values=True)
            kept = [(k, v) for k, v in pairs if v.strip()]
            if len(kept) != len(pairs):
                scope = dict(scope, query_string=urlencode(kept).encode("latin-1"))
        await self.app(scope, receive, send)


class ArticleIn(BaseModel):
    """One article, as a line of the JSONL input contract. Unknown fields (a `path`, say) are refused."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(None, max_length=256, description="your id; default: a hash of the text")
    text: str = Field(..., min_length=1, description="the article as read")
    published: str | None = Field(None, max_length=40, description="YYYY-MM-DD[Thh:mm]: taken as the DCT")
    url: str | None = Field(None, max_length=2048)
    title: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=300)


@dataclass
class Service:
    """The app's state: the one writer `Store`, the reader, the write lock and a lazily built pipeline."""

    db: Path
    store: Store
    reader: Reader
    read_only: bool
    nlp: Language | None = None
    dedup: NearDuplicates | None = None

    def __post_init__(self) -> None:
        self.lock = threading.Lock()

    @classmethod
    def open(cls, db: Path, *, read_only: bool = False, nlp: Language | None = None) -> Service:
        store = Store(db, read_only=read_only)
        try:
            con = duckdb.connect(str(db), read_only=read_only)
        except duckdb.Error as exc:
            store.close()
            raise StoreError(f"cannot open a reader on {db}: {exc}") from exc
        return cls(Path(db), store, Reader(con), read_only, nlp)

    def close(self) -> None:
        with self.lock:
            self.reader.close()
            self.store.close()

    def add_article(self, art: ArticleIn) -> tuple[int, JSON]:
        """Run the whole pipeline on one article and refresh fusion; a stored doc_id adds nothing.

        The pipeline modules are imported only when there is something to annotate: importing
        spaCy takes seconds and holds the import lock, which would stall every cheap repeat post.
        """
        text = art.text.removeprefix("\ufeff")
        if not text.strip():
            raise HTTPException(422, "text is empty or whitespace")
        given = normalize_published(art.published) if art.published else None
        notes = () if given or not art.published else (f"published {art.published!r} is not an ISO date; ignored",)
        doc = make_document(text, path="api:POST /articles", doc_id=art.id or None, url=art.url,
                            source=art.source, title=art.title, given_published=given, notes=notes)
        with self.lock:
            if self.store.has(doc.doc_id):
                return 200, {"doc_id": doc.doc_id, "added": False, "reason": "already stored"}
            from storyline.runner import add_documents

            if self.nlp is None:
                from storyline.pipeline import build_nlp

                self.nlp = build_nlp()
            if self.dedup is None:  # near-duplicate links, as `storyline run` makes them
                from storyline.dedup import NearDuplicates

                self.dedup = NearDuplicates()
                self.dedup.load(self.store.signatures())
            anns, errors, fusion = add_documents([doc], self.store, self.nlp, index=self.dedup)
            if errors or not anns:
                msg = errors[0].message if errors else "document could not be annotated"
                raise HTTPException(422, msg)
        ann = anns[0]
        return 201, {
            "doc_id": doc.doc_id, "added": True, "duplicate_of": ann.document.duplicate_of,
            "document": document_json(ann.document),
            "counts": {"timexes": len(ann.timexes), "actors": len(ann.actors), "quotes": len(ann.quotes),
                       "event_mentions": len(ann.events), "events_total": len(fusion.events)},
        }


# --- rendering helpers -------------------------------------------------------------------------
def _env() -> Environment:
    env = Environment(loader=PackageLoader("storyline.web", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.filters["money"] = lambda v: "" if v is None else f"${v:,.0f}"
    env.filters["date_words"] = date_words  # "2025-10-14 (on or before)", as timeline.md and report.html say it
    env.globals.update(version=__version__, statuses=STATUSES, plover=PLOVER_TYPES)
    return env


_SWAGGER = {"swagger-ui-bundle.js": "text/javascript", "swagger-ui.css": "text/css"}


@lru_cache(maxsize=len(_SWAGGER))
def _swagger_asset(name: str) -> bytes:
    from swagger_ui_bundle import swagger_ui_path

    return Path(swagger_ui_path).joinpath(name).read_bytes()


def _static(name: str) -> str:
    text = resources.files("storyline.web").joinpath("static", name).read_text(encoding="utf-8")
    if name == "app.css":  # the report's look, plus the app's additions
        text = resources.files("storyline.export").joinpath("report.css").read_text(encoding="utf-8") + text
    return text


def wants_json(request: Request) -> bool:
    """`.json` routes always; otherwise JSON unless the client asks for HTML (browsers do)."""
    route = request.scope.get("route")
    if route is not None and getattr(route, "path", "").endswith(".json"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept or "text/html" not in accept


def _json_url(request: Request) -> str:
    q = f"?{request.url.query}" if request.url.query else ""
    return f"{request.url.path}.json{q}"


def _page_links(request: Request, page: Page) -> dict[str, str | None]:
    def at(offset: int) -> str:
        # path and query only: behind a TLS-terminating proxy the app sees http:// and its own host,
        # so an absolute URL would send the browser somewhere else
        url = request.url.include_query_params(offset=offset, limit=page.limit)
        return f"{url.path}?{url.query}"

    prev = at(max(0, page.offset - page.limit)) if page.offset > 0 else None
    nxt = at(page.offset + page.limit) if page.offset + page.limit < page.total else None
    return {"prev": prev, "next": nxt}


def _event_date_key(e: JSON) -> str:
    d = e.get("date")
    return "" if d is None else str(d["value"])


def _group_timeline(events: list[JSON]) -> list[tuple[str, list[JSON]]]:
    """Events (already date-ordered) grouped by year-month; unresolved and undated dates apart."""
    groups: dict[str, list[JSON]] = {}
    for e in events:
        d = e.get("date")
        if d is None:
            label = "Undated"
        elif date_key(d["value"], d["mod"]) is None:
            label = "Unresolved date"
        else:
            label = d["value"][:7] if len(d["value"]) >= 7 and d["value"][4] == "-" else d["value"][:4]
        groups.setdefault(label, []).append(e)
    tail = [k for k in ("Unresolved date", "Undated") if k in groups]
    return [(k, v) for k, v in groups.items() if k not in tail] + [(k, groups[k]) for k in tail]


def _ids_in(events: Iterable[JSON]) -> set[str]:
    out: set[str] = set()
    for e in events:
        out.update(e["actors"]["source"], e["actors"]["target"])
        if e.get("system"):
            out.add(e["system"])
    return out


def _docs_in(events: Iterable[JSON]) -> set[str]:
    return {s for e in events for s in e["sources"]}


def create_app(db: Path, *, read_only: bool = False, nlp: Language | None = None) -> FastAPI:
    """The app over the store at `db` (created when missing unless `read_only`).

    `nlp` is the spaCy pipeline for `POST /articles`; built on the first post when not given.
    """
    svc = Service.open(Path(db), read_only=read_only, nlp=nlp)
    env = _env()
    rd = svc.reader

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        svc.close()

    app = FastAPI(title="storyline", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Events, quotes, actors, corroborations, contradictions and arms deals read "
                              "from news articles, each citing the characters it came from. Every GET page "
                              "also exists as `<path>.json`.")
    app.state.service = svc

    app.add_middleware(SecurityHeaders)
    app.add_middleware(DropEmptyQueryParams)

    @app.exception_handler(StoreError)
    async def store_error(_request: Request, exc: StoreError) -> JSONResponse:
        log.error("store error: %s", exc)
        return JSONResponse({"detail": "store error"}, status_code=500)

    def render(request: Request, template: str, data: JSON, status: int = 200, **ctx: Any) -> Response:
        if wants_json(request):
            return JSONResponse(data, status_code=status)
        html = env.get_template(template).render(request=request, data=data, json_url=_json_url(request),
                                                 path=request.url.path, **ctx)
        return HTMLResponse(html, status_code=status)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        """JSON clients get FastAPI's usual 422 body; a browser gets a page saying which parameter is wrong."""
        if request.method != "GET" or wants_json(request):
            return await request_validation_exception_handler(request, exc)
        problems = "; ".join(f"{'.'.join(str(x) for x in e['loc'][1:]) or 'request'}: {e['msg']}"
                             for e in exc.errors())
        return render(request, "error.html", {"detail": f"bad request: {problems}"}, 422, title="Bad request")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.method != "GET" or wants_json(request) or exc.status_code not in (404, 405):
            return await http_exception_handler(request, exc)
        what = "page not found" if exc.status_code == 404 else str(exc.detail)
        return render(request, "error.html", {"detail": f"{what}: {request.url.path}"}, exc.status_code,
                      title="Not found" if exc.status_code == 404 else "Error")

    def not_found(request: Request, what: str) -> Response:
        return render(request, "error.html", {"detail": f"{what} not found"}, 404, title="Not found")

    def route(path: str, **kw: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        """Register `path` and its `.json` twin (the twin first, so `{id}.json` never reads as an id).

        Ids are `{x:path}` parameters: JSONL ids may contain slashes ("wire/2024/05/a"), and they are
        only ever looked up as bound SQL values, never joined to a file path.
        """

        def deco(fn: Callable[..., Any]) -> Callable[..., Any]:
            app.add_api_route(path + ".json", fn, methods=["GET"], include_in_schema=False)
            app.add_api_route(path, fn, methods=["GET"], response_class=Response, **kw)
            return fn

        return deco

    # --- pages + JSON ----------------------------------------------------------------------------
    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/events", status_code=307)

    @route("/events", summary="Events (fused), filtered; HTML timeline or JSON")
    def events(request: Request, actor: Text = None, type: Text = None, status: StatusParam | None = None,
               date_from: DateParam = None, date_to: DateParam = None, source: Text = None,
               system: Text = None, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> Response:
        f = EventFilter(actor=actor, type=type, status=status, date_from=date_from, date_to=date_to,
                        source=source, system=system)
        page = rd.events(f, limit, offset)
        if wants_json(request):
            return JSONResponse(page.json() | {"filters": f.params()})
        evs = page.items
        return render(request, "events.html", page.json(), title="Timeline", filters=f.params(),
                      groups=_group_timeline(evs), names=rd.names(_ids_in(evs)), docs=rd.doc_labels(_docs_in(evs)),
                      links=_page_links(request, page), stats=rd.stats(), outlets=rd.outlets(),
                      actors=rd.top_entities(), chart=events_per_month_svg([event_of_json(e) for e in evs]))

    @route("/events/{event_id:path}", summary="One event with its evidence sentences")
    def event(request: Request, event_id: str) -> Response:
        ev = rd.event(event_id)
        if ev is None:
            return not_found(request, "event")
        evidence = rd.evidence(ev)
        related = rd.related(event_id)
        data = {"event": event_json(ev), "evidence": evidence.items, **related}
        if wants_json(request):
            return JSONResponse(data)
        other = rd.events_by_id([c["claim"] for c in related["contradictions"]]
                                + [c["denial"] for c in related["contradictions"]])
        texts: dict[str, str] = {}
        for item in evidence.items:
            text = evidence.texts.get(item["doc_id"])
            if text is None or item["doc_id"] in texts:
                continue
            marks = [Mark(e["trigger"]["start"], e["trigger"]["end"], "trigger", "event trigger",
                          f"m{i}" if e["doc_id"] == item["doc_id"] else "")
                     for i, e in enumerate(evidence.items) if e["doc_id"] == item["doc_id"]]
            marks += [Mark(e["sentence"]["start"], e["sentence"]["end"], "evidence", "evidence sentence")
                      for e in evidence.items if e["doc_id"] == item["doc_id"] and e["sentence"]]
            reach = max((m.end for m in marks), default=0) + 500
            texts[item["doc_id"]] = highlight(text, marks, limit=max(MAX_DOC_CHARS, reach))
        ids = _ids_in([data["event"], *(event_json(e) for e in other.values())])
        return render(request, "event.html", data, title=f"{ev.type} · {ev.status}", ev=data["event"],
                      texts=texts, others={k: event_json(v) for k, v in other.items()}, names=rd.names(ids),
                      docs=rd.doc_labels(ev.sources))

    @route("/entities", summary="Canonical actors")
    def entities(request: Request, type: Text = None, q: Text = None, limit: Limit = DEFAULT_LIMIT,
                 offset: Offset = 0) -> Response:
        page = rd.entities(type=type, q=q, limit=limit, offset=offset)
        return render(request, "entities.html", page.json(), title="Actors", q=q or "", type=type or "",
                      links=_page_links(request, page))

    @route("/entities/{entity_id:path}", summary="One actor with its events and quotes")
    def entity(request: Request, entity_id: str) -> Response:
        ent = rd.entity(entity_id)
        if ent is None:
            return not_found(request, "entity")
        if ent.entity_id != entity_id:  # an id fusion folded into another entity: send to the canonical one
            suffix = ".json" if request.url.path.endswith(".json") else ""
            query = f"?{request.url.query}" if request.url.query else ""
            return RedirectResponse(f"/entities/{quote(ent.entity_id, safe=':/')}{suffix}{query}", status_code=307)
        evs = rd.entity_events(entity_id)
        quotes = rd.quotes(speaker=entity_id, limit=MAX_LIMIT)
        from storyline.export.jsonl import entity_json

        data = {"entity": entity_json(ent), "events": evs.json(), "quotes": quotes.json()}
        if wants_json(request):
            return JSONResponse(data)
        ids = _ids_in(evs.items) | {ent.affiliation or ""}
        return render(request, "entity.html", data, title=ent.name, names=rd.names(ids),
                      docs=rd.doc_labels({m.doc_id for m in ent.mentions} | _docs_in(evs.items)
                                         | {q["doc_id"] for q in quotes.items}))

    @route("/quotes", summary="Quote ledger, grouped by speaker")
    def quotes(request: Request, speaker: Text = None, doc_id: Text = None, q: Text = None,
               kind: Literal["direct", "indirect", "mixed"] | None = None, limit: Limit = DEFAULT_LIMIT,
               offset: Offset = 0) -> Response:
        page = rd.quotes(speaker=speaker, doc_id=doc_id, q=q, kind=kind, limit=limit, offset=offset,
                         speaker_words=True)
        # one section per speaking actor, under its canonical name: "Daesan" and "Daesan Heavy
        # Industries" are one speaker when fusion made them one entity; unlinked speakers by their words
        speakers = rd.names(x["speaker"]["entity_id"] for x in page.items if x["speaker"])
        groups: dict[tuple[str, str | None], list[JSON]] = {}
        for item in page.items:
            sp = item["speaker"]
            if sp is not None and sp["entity_id"] in speakers:
                key: tuple[str, str | None] = (speakers[sp["entity_id"]], sp["entity_id"])
            else:
                key = ("" if sp is None else (sp["name"] or sp["text"]), None)
            groups.setdefault(key, []).append(item)
        return render(request, "quotes.html", page.json(), title="Quotes", groups=groups,
                      docs=rd.doc_labels(x["doc_id"] for x in page.items), links=_page_links(request, page),
                      filters={"speaker": speaker or "", "q": q or ""},
                      names=rd.names(x["via"] for x in page.items))

    @route("/documents", summary="Documents (without their text)")
    def documents(request: Request, source: Text = None, q: Text = None, limit: Limit = DEFAULT_LIMIT,
                  offset: Offset = 0) -> Response:
        page = rd.documents(source=source, q=q, limit=limit, offset=offset)
        return render(request, "documents.html", page.json(), title="Documents", links=_page_links(request, page),
                      filters={"source": source or "", "q": q or ""})

    @route("/documents/{doc_id:path}", summary="One document: text and every record read from it")
    def document(request: Request, doc_id: str) -> Response:
        found = rd.document(doc_id)
        if found is None:
            return not_found(request, "document")
        doc, records = found
        fused = rd.fused_events_of(doc_id)
        data = {"document": document_json(doc) | {"text": doc.text}, **records, "events": fused}
        if wants_json(request):
            return JSONResponse(data)
        marks = [Mark(s.start, s.end, "bp", "boilerplate") for s in doc.boilerplate]
        marks += [Mark(q["content"]["start"], q["content"]["end"], "q", f"quote ({q['kind']})", q["quote_id"])
                  for q in records["quotes"]]
        marks += [Mark(a["start"], a["end"], "a", f"{a['name']} [{a['type']}]") for a in records["actors"]]
        marks += [Mark(t["start"], t["end"], "t", f"{t['type']} {t['value']}") for t in records["timexes"]]
        marks += [Mark(e["start"], e["end"], "e", f"{e['type']} · {e['status']}") for e in records["event_mentions"]]
        ids = {a["entity_id"] for a in records["actors"]} | _ids_in(fused)
        return render(request, "document.html", data, title=doc.title or doc.doc_id, docrec=data["document"],
                      text_html=highlight(doc.text, marks), names=rd.names(ids))

    @route("/deals", summary="Arms-deal register")
    def deals(request: Request, actor: Text = None, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> Response:
        page = rd.deals(actor=actor, limit=limit, offset=offset)
        ids = {x for d in page.items for x in (d["supplier"], d["recipient"], d["system"]) if x}
        return render(request, "deals.html", page.json(), title="Deal register", names=rd.names(ids),
                      docs=rd.doc_labels(s for d in page.items for s in d["sources"]),
                      links=_page_links(request, page))

    @route("/contradictions", summary="Claims and their denials")
    def contradictions(request: Request, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> Response:
        page = rd.contradictions(limit, offset)
        evs = {k: event_json(v) for k, v in rd.events_by_id(
            [c["claim"] for c in page.items] + [c["denial"] for c in page.items]).items()}
        return render(request, "contradictions.html", page.json(), title="Contradictions", events=evs,
                      names=rd.names(_ids_in(evs.values())), docs=rd.doc_labels(_docs_in(evs.values())),
                      links=_page_links(request, page))

    @route("/corroborations", summary="Facts that several documents report")
    def corroborations(request: Request, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> Response:
        page = rd.corroborations(limit, offset)
        return render(request, "corroborations.html", page.json(), title="Corroborations",
                      docs=rd.doc_labels(s for c in page.items for s in c["sources"]),
                      links=_page_links(request, page))

    @route("/search", summary="Substring search over documents, quotes and actors")
    def search(request: Request, q: Annotated[str, Query(max_length=200)] = "",
               limit: Annotated[int, Query(ge=1, le=100)] = 20) -> Response:
        data: JSON = rd.search(q, limit) if q.strip() else {"query": q, "documents": [], "quotes": [], "entities": []}
        return render(request, "search.html", data, title="Search", q=q,
                      docs=rd.doc_labels(x["doc_id"] for x in data["quotes"]))

    @app.get("/stats", summary="Row counts per table")
    def stats() -> dict[str, int]:
        return rd.stats()

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        """Swagger UI from the `swagger-ui-bundle` package, so the API docs render offline."""
        return get_swagger_ui_html(openapi_url="/openapi.json", title="storyline API",
                                   swagger_js_url="/swagger/swagger-ui-bundle.js",
                                   swagger_css_url="/swagger/swagger-ui.css", swagger_favicon_url="data:,")

    def asset(name: str, types: dict[str, str], read: Callable[[str], str | bytes]) -> Response:
        if name not in types:  # a fixed list: clients never name files
            raise HTTPException(404, "not found")
        return Response(read(name), media_type=types[name], headers={"Cache-Control": "public, max-age=3600"})

    @app.get("/swagger/{name}", include_in_schema=False)
    def swagger_asset(name: str) -> Response:
        return asset(name, _SWAGGER, _swagger_asset)

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        return asset(name, _STATIC, _static)

    @app.post("/articles", status_code=201, summary="Ingest one article (same pipeline, idempotent)",
              openapi_extra={"requestBody": {"required": True, "content": {
                  "application/json": {"schema": ArticleIn.model_json_schema()}}}},
              responses={200: {"description": "already stored: nothing added"},
                         409: {"description": "store opened read-only"},
                         413: {"description": f"body over {MAX_BODY} bytes"},
                         422: {"description": "malformed article"}})
    async def post_article(request: Request) -> JSONResponse:
        if svc.read_only:
            raise HTTPException(409, "this store is served read-only")
        declared = request.headers.get("content-length")
        if declared is not None and not declared.isdigit():
            raise HTTPException(400, "Content-Length is not a number")
        if declared is not None and int(declared) > MAX_DRAIN:
            raise HTTPException(413, f"body over {MAX_BODY} bytes")  # too big even to read and drop
        body = bytearray()
        seen = 0
        async for chunk in request.stream():
            seen += len(chunk)
            if seen > MAX_DRAIN:
                break
            if seen <= MAX_BODY:
                body += chunk
        if seen > MAX_BODY:
            # The rest was read and dropped (up to MAX_DRAIN): answering while the client still
            # sends makes the kernel reset the connection, and the client may never see the 413.
            raise HTTPException(413, f"body over {MAX_BODY} bytes")
        try:
            art = ArticleIn.model_validate_json(bytes(body))
        except ValidationError as exc:
            errors = [{"loc": list(e["loc"]), "msg": e["msg"], "type": e["type"]} for e in exc.errors()]
            return JSONResponse({"detail": errors}, status_code=422)
        status, out = await run_in_threadpool(svc.add_article, art)
        return JSONResponse(out, status_code=status)

    return app


def event_of_json(e: JSON) -> Event:
    """A fused event back from its JSON (for the per-month chart of the current page)."""
    from storyline.export.jsonl import event_from_json

    return event_from_json(e)


def serve(db: Path, *, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the app with uvicorn until interrupted. Loopback by default: the API has no authentication."""
    import uvicorn

    if not Path(db).exists():
        # a mistyped --db would otherwise serve an empty app without a word
        log.warning("no store at %s: serving a new, empty one (fill it with `storyline run ARTICLES --db %s` "
                    "or POST /articles)", db, db)
    app = create_app(Path(db))
    if host not in ("127.0.0.1", "localhost", "::1"):
        log.warning("serving on %s: anyone who can reach this interface can read and add articles", host)
    uvicorn.run(app, host=host, port=port, log_level="info")
