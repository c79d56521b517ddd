"""`report.html`: one self-contained page that works offline (no CDN, no external assets).

Charts are plotly.js, inlined once per file from the `plotly` wheel; their data travels as JSON in
which `<`, `>` and `/` are escaped as `\\u` codes, so no article text can close a `<script>`. Everything else
that comes from an article — text, titles, names, quotes, even ids — goes through `html.escape`,
because articles are hostile input. Tables and highlighted texts are plain HTML and read fine with
scripts off. Memory stays bounded on big stores: the quote
ledger, tables and full article texts are capped, and documents are streamed once.
"""

from __future__ import annotations

import html
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import IO

from storyline import __version__
from storyline.export.canonical import canonical, redirects
from storyline.export.corpus import Corpus
from storyline.export.report_charts import (
    network_figure,
    plotly_js,
    sorted_groups,
    source_fact_matrix,
    timeline_figures,
)
from storyline.export.timeline import (
    Names,
    OrderedEvents,
    Sentence,
    by_report_date,
    date_key,
    disputed,
    doc_sentences,
    event_statement,
    event_summary,
    event_tags,
    figure_conflict,
    figure_text,
    month_of,
    order_events,
    plural,
    reported,
    sentence_keys,
    show_date,
    show_value,
    squash,
)
from storyline.records import (
    Annotation,
    Contradiction,
    Corroboration,
    Deal,
    Document,
    Entity,
    Event,
    Figure,
    Fusion,
    Mention,
    Quote,
)

MAX_ROWS = 5000  # per table
FULL_DOCS = 40  # documents shown with their full, highlighted text
MAX_DOC_CHARS = 60_000  # per document shown
_ANCHOR_BAD = re.compile(r"[^A-Za-z0-9_-]")


def h(value: object) -> str:
    """HTML-escape anything (None → empty)."""
    return "" if value is None else html.escape(str(value), quote=True)


def _anchor(doc_id: str) -> str:
    return "doc-" + _ANCHOR_BAD.sub("_", doc_id)


def passage_anchor(doc_id: str, start: int) -> str:
    """The id of the place in a shown document's text where a passage starts (`doc-<id>-<offset>`)."""
    return f"{_anchor(doc_id)}-{start}"


def _passage_link(doc_id: str, start: int, label: str, shown: set[str]) -> str:
    """`label` (already escaped) linked to its passage in the document's text, where that text is shown:
    an analyst checks a fact against the sentence it was read from, not against the whole article."""
    if doc_id in shown and 0 <= start < MAX_DOC_CHARS and label:
        return f'<a href="#{h(passage_anchor(doc_id, start))}">{label}</a>'
    return label


def _css() -> str:
    return resources.files("storyline.export").joinpath("report.css").read_text(encoding="utf-8")


# --- plot --------------------------------------------------------------------------------------
def events_per_month_svg(events: Iterable[Event], width: int = 900, height: int = 160) -> str:
    """A small bar chart of dated events per month (per year when the span is over ten years)."""
    months = Counter(m for ev in events if ev.date is not None and (m := month_of(ev.date.value)))
    if not months:
        return '<p class="muted">No events dated to a month or finer.</p>'
    first, last = min(months), max(months)
    y0, m0, y1, m1 = int(first[:4]), int(first[5:]), int(last[:4]), int(last[5:])
    span = (y1 - y0) * 12 + (m1 - m0) + 1
    if span > 120:
        counts = Counter[str]()
        for m, n in months.items():
            counts[m[:4]] += n
        labels = [str(y) for y in range(y0, y1 + 1)]
    else:
        counts = months
        labels = [f"{y0 + (m0 - 1 + i) // 12:04d}-{(m0 - 1 + i) % 12 + 1:02d}" for i in range(span)]
    top = max(counts.values())
    pad_l, pad_b, pad_t = 28, 30, 10
    plot_w, plot_h = width - pad_l - 8, height - pad_b - pad_t
    bw = plot_w / len(labels)
    every = max(1, round(len(labels) / 12))
    parts = [f'<svg width="{width}" height="{height}" role="img" '
             f'aria-label="events per {"year" if span > 120 else "month"}">',
             f'<text x="2" y="{pad_t + 8}">{top}</text><text x="2" y="{pad_t + plot_h}">0</text>',
             f'<line x1="{pad_l}" y1="{pad_t + plot_h}" x2="{width - 8}" y2="{pad_t + plot_h}" stroke="#ccc"/>']
    for i, label in enumerate(labels):
        n = counts.get(label, 0)
        x = pad_l + i * bw
        if n:
            bh = plot_h * n / top
            parts.append(f'<rect class="bar" x="{x + 1:.1f}" y="{pad_t + plot_h - bh:.1f}" '
                         f'width="{max(bw - 2, 1):.1f}" height="{bh:.1f}"><title>{h(label)}: {n}</title></rect>')
        if i % every == 0:
            parts.append(f'<text x="{x + 1:.1f}" y="{height - 12}">{h(label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


# --- highlighted article text ------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Mark:
    """A highlighted range; `ident` (optional) puts an anchor at its start so pages can link to it."""

    start: int
    end: int
    cls: str
    title: str
    ident: str = ""


_Mark = Mark  # the name tests and older callers use


def _marks(ann: Annotation, names: Names) -> list[_Mark]:
    marks = [_Mark(s.start, s.end, "bp", "boilerplate") for s in ann.document.boilerplate]
    marks += [_Mark(q.content.start, q.content.end, "q", f"quote ({q.kind})"
                    + (f" — {q.speaker.name or q.speaker.text}" if q.speaker else "")) for q in ann.quotes]
    marks += [_Mark(a.start, a.end, "a", f"{a.name} [{a.type}] {a.entity_id}") for a in ann.actors]
    marks += [_Mark(t.start, t.end, "t", f"{t.type} {t.value}" + (f" {t.mod}" if t.mod else ""))
              for t in ann.timexes]
    marks += [_Mark(e.start, e.end, "e", f"{e.type} · {e.status}" + (f" · {e.arms_stage}" if e.arms_stage else ""))
              for e in ann.events]
    return marks


def highlight(text: str, marks: Iterable[_Mark], limit: int = MAX_DOC_CHARS,
              anchors: Mapping[int, str] | None = None) -> str:
    """Escaped text with overlapping marks flattened into non-overlapping `<span>`s (sweep line).

    `anchors` (offset → id) puts an empty `<a id>` at each offset so other rows can link to a passage.
    """
    n = min(len(text), limit)
    spots = {k: v for k, v in (anchors or {}).items() if 0 <= k < n}
    clipped = sorted(
        (m for m in marks if m.start < n and m.end > m.start and m.start >= 0),
        key=lambda m: m.start,
    )
    points = {0, n, *spots}
    for m in clipped:
        points.add(m.start)
        points.add(min(m.end, n))
    cuts = sorted(points)
    runs: list[list[str]] = []  # [anchors before, classes, title, inner html]
    active: list[_Mark] = []
    j = 0
    for a, b in itertools.pairwise(cuts):
        while j < len(clipped) and clipped[j].start <= a:
            active.append(clipped[j])
            j += 1
        active = [m for m in active if m.end > a]
        idents = ([spots[a]] if a in spots else []) + [m.ident for m in active if m.ident and m.start == a]
        ids = "".join(f'<a id="{h(i)}"></a>' for i in dict.fromkeys(idents))  # one id once
        classes = " ".join(sorted({m.cls for m in active}))
        title = " | ".join(dict.fromkeys(m.title for m in active))
        if a in spots and runs and classes and runs[-1][1:3] == [classes, title]:
            runs[-1][3] += ids + h(text[a:b])  # a cut made only for an anchor does not split a highlighted span
        else:
            runs.append([ids, classes, title, h(text[a:b])])
    out = [i + (f'<span class="{c}" title="{h(t)}">{x}</span>' if c else x) for i, c, t, x in runs]
    if len(text) > n:
        out.append(f'\n<span class="note">[… {len(text) - n:,} more characters not shown]</span>')
    return "".join(out)


# --- sections ----------------------------------------------------------------------------------
def _doc_link(doc_id: str, names: Names, shown: set[str]) -> str:
    label = h(squash(names.doc(doc_id), 60))
    return f'<a href="#{h(_anchor(doc_id))}">{label}</a>' if doc_id in shown else label


def _mention_link(m: Mention, limit: int, shown: set[str]) -> str:
    return _passage_link(m.doc_id, m.start, h(squash(m.text, limit)), shown)


def _bold(text: str) -> str:
    return f"<b>{text}</b>"


def _statement(ev: Event, names: Names, shown: set[str], sentences: Mapping[str, Sentence]) -> str:
    """The event as a statement (see `event_statement`), linked to the passage it was read from."""
    text = event_statement(ev, names, sentences.get(ev.event_id), esc=h, mark=_bold)
    return _passage_link(ev.mentions[0].doc_id, ev.mentions[0].start, text, shown) if ev.mentions else text


def _status(ev: Event) -> str:
    return f'<span class="status status-{h(ev.status)}">{h(ev.status)}</span> <span class="muted">{h(event_tags(ev))}</span>'


def _timeline_rows(ordered: OrderedEvents, names: Names, shown: set[str],
                   sentences: Mapping[str, Sentence] | None = None) -> Iterator[str]:
    said = sentences or {}
    groups = (("", ordered.dated), ("unresolved date", by_report_date(ordered.unresolved, names)),
              ("undated", by_report_date(ordered.undated, names)))
    count = 0
    for label, events in groups:
        if label and events:
            yield f'<tr><th colspan="4">{h(label.capitalize())} ({len(events)})</th></tr>'
        for ev in events:
            count += 1
            if count > MAX_ROWS:
                yield '<tr><td colspan="4" class="note">… more events in events.jsonl</td></tr>'
                return
            when = reported(ev, names)
            date = "" if ev.date is None else h(show_date(ev))
            if when and (ev.date is None or date_key(ev.date.value) is None):
                # no calendar date of its own: when it was first told
                date += ("<br>" if date else "") + f'<span class="muted">reported {h(show_value(when))}</span>'
            sources = ", ".join(_doc_link(s, names, shown) for s in ev.sources)
            yield (f"<tr><td>{date}</td><td>{_statement(ev, names, shown, said)}</td><td>{_status(ev)}</td>"
                   f"<td>{h(plural(len(ev.sources), 'source'))}: {sources}</td></tr>")


def _speaker_name(q: Quote, names: Names) -> str:
    sp = q.speaker
    return "" if sp is None else (names.entities.get(sp.entity_id or "") or sp.name or sp.text)


def ledger_groups(quotes: Sequence[Quote]) -> list[list[Quote]]:
    """One document's quotes, those that share one cue span kept together, in text order.

    A discontinuous attribution ("The deal, he said, is done"; "X is expected … to meet Y") is
    stored as one record per content piece with the same cue; a reader wants it as one row.
    """
    groups: list[list[Quote]] = []
    by_cue: dict[tuple[int, int], list[Quote]] = {}
    for q in quotes:
        key = (q.cue.start, q.cue.end) if q.cue is not None else None
        if key is not None and key in by_cue:
            by_cue[key].append(q)
            continue
        groups.append([q])
        if key is not None:
            by_cue[key] = groups[-1]
    return groups


def _quote_row(group: Sequence[Quote], names: Names, shown: set[str]) -> str:
    q = next((x for x in group if x.speaker is not None), group[0])
    sp = q.speaker
    # "Seoul and Manila said": one record per speaker, one row naming them all
    speaker = ", ".join(dict.fromkeys(_speaker_name(x, names) for x in group if x.speaker is not None)) \
        or _speaker_name(q, names)
    role = "" if sp is None else (sp.role or "")
    kinds = {x.kind for x in group}
    kind = kinds.pop() if len(kinds) == 1 else "mixed"
    pieces = {(x.content.start, x.content.end): x.content.text for x in group}  # one per piece: co-speakers share it
    content = " … ".join(squash(t, 500) for _, t in sorted(pieces.items()))
    first_piece = min(pieces)[0]
    cue = q.cue.text if q.cue is not None else ""
    date = next((x.date for x in group if x.date), None)
    via = next((x.via for x in group if x.via), None)
    return (f"<tr><td>{h(speaker)}</td><td>{h(role)}</td><td>{h(cue)}</td><td>{h(kind)}</td>"
            f"<td>{_passage_link(q.doc_id, first_piece, h(squash(content, 700)), shown)}</td><td>{h(date)}</td>"
            f"<td>{h(names.entity(via) if via else '')}</td><td>{_doc_link(q.doc_id, names, shown)}</td></tr>")


def _entity_row(e: Entity, names: Names) -> str:
    docs = len({m.doc_id for m in e.mentions})
    aliases = ", ".join(e.aliases[:6]) + (" …" if len(e.aliases) > 6 else "")
    return (f"<tr><td>{h(e.name)}</td><td>{h(e.type)}</td><td>{h(e.country)}</td><td>{h(e.role)}</td>"
            f"<td>{h(names.entity(e.affiliation) if e.affiliation else '')}</td><td>{len(e.mentions)}</td>"
            f"<td>{docs}</td><td>{h(aliases)}</td><td><code>{h(e.entity_id)}</code></td></tr>")


def _corroboration_row(c: Corroboration, names: Names, shown: set[str]) -> str:
    sources = ", ".join(_doc_link(s, names, shown) for s in c.sources)
    evidence = " · ".join(_mention_link(m, 80, shown) for m in c.mentions[:4])
    return (f"<tr><td>{h(c.fact)}</td><td>{h(c.value)}</td><td>{sources}</td><td>{evidence}</td>"
            f"<td><code>{h(c.event_id)}</code></td></tr>")


def _event_cell(eid: str, events: dict[str, Event], names: Names, shown: set[str],
                sentences: Mapping[str, Sentence] | None = None) -> str:
    ev = events.get(eid)
    if ev is None:
        return f"<code>{h(eid)}</code>"
    sources = ", ".join(_doc_link(s, names, shown) for s in ev.sources)
    return (f'<span class="status status-{h(ev.status)}">{h(event_summary(ev, names))}</span> '
            f"({h(show_date(ev))})<br>{_statement(ev, names, shown, sentences or {})}"
            f"<br><span class=\"muted\">{sources}</span>")


def _denial_cell(c: Contradiction, events: dict[str, Event], names: Names, shown: set[str],
                 sentences: Mapping[str, Sentence] | None = None) -> str:
    """The second side: a denial, or (two events of one deal priced differently) the other figure's event."""
    cell = _event_cell(c.denial, events, names, shown, sentences)
    return f"(sources disagree) {cell}" if figure_conflict(c) else cell


def _deal_row(d: Deal, names: Names, shown: set[str]) -> str:
    qty = "" if d.quantity is None else f"{d.quantity}" + (f" {d.unit}" if d.unit else "") + disputed(d, "quantity")
    value = ("" if d.value_usd is None else f"${d.value_usd:,.0f}") + disputed(d, "value_usd")
    delivered = "–".join(x for x in (d.delivered.first, d.delivered.completed_by) if x)
    sources = ", ".join(_doc_link(s, names, shown) for s in d.sources)
    cells = [d.deal_id, names.entity(d.supplier), names.entity(d.recipient), names.entity(d.system), d.category,
             qty, value, d.ordered, delivered, d.paid_by, d.tested]
    return "<tr>" + "".join(f"<td>{h(c)}</td>" for c in cells) + f"<td>{sources}</td></tr>"


def _figure_item(d: Deal, fact: str, f: Figure, names: Names, shown: set[str]) -> str:
    """One report's figure for a disputed deal fact, linked to the words that give it."""
    label = "value (USD)" if fact == "value_usd" else fact
    return (f"<li>{h(d.deal_id)} {h(label)}: {h(figure_text(fact, f.value))} — "
            f"“{_passage_link(f.doc_id, f.start, h(squash(f.text, 80)), shown)}” "
            f"({_doc_link(f.doc_id, names, shown)}, {f.start}–{f.end})</li>")


def _doc_meta(d: Document) -> str:
    p = d.published
    pub = f"{p.value} ({p.how})"
    if p.bounds is not None:
        pub += f" within {p.bounds[0] or '…'}–{p.bounds[1] or '…'}"
    return pub


def _doc_section(ann: Annotation, names: Names, linked: Iterable[int] = ()) -> str:
    """One document's highlighted text; `linked` are offsets other rows link to (fused event mentions)."""
    d = ann.document
    meta = [f"<b>published</b> {h(_doc_meta(d))}"]
    if d.updated:
        meta.append(f"<b>updated</b> {h(d.updated.value)}")
    for key, value in (("source", d.source), ("dateline", d.dateline), ("url", d.url), ("path", d.path)):
        if value:
            meta.append(f"<b>{key}</b> {h(value)}")
    starts = {*linked, *(e.start for e in ann.events), *(q.content.start for q in ann.quotes)}
    anchors = {s: passage_anchor(d.doc_id, s) for s in starts}
    counts = (f"{len(ann.timexes)} timexes · {len(ann.actors)} actor mentions · {len(ann.quotes)} quotes · "
              f"{len(ann.events)} event mentions")
    return (f'<section class="doc" id="{h(_anchor(d.doc_id))}"><h3>{h(names.doc(d.doc_id))}</h3>'
            f'<p class="muted">{" · ".join(meta)}<br>{counts} · <code>{h(d.doc_id)}</code></p>'
            f'<div class="doc-text">{highlight(d.text, _marks(ann, names), anchors=anchors)}</div></section>')


def _table(fh: IO[str], header: list[str], rows: Iterable[str], empty: str) -> None:
    it = iter(rows)
    first = next(it, None)
    if first is None:
        fh.write(f'<p class="muted">{h(empty)}</p>\n')
        return
    fh.write("<table><thead><tr>" + "".join(f"<th>{h(c)}</th>" for c in header) + "</tr></thead><tbody>\n")
    fh.write(first + "\n")
    for n, row in enumerate(it, start=2):
        if n > MAX_ROWS:
            fh.write(f'<tr><td colspan="{len(header)}" class="note">… cut at {MAX_ROWS} rows; '
                     f"see the JSONL files</td></tr>\n")
            break
        fh.write(row + "\n")
    fh.write("</tbody></table>\n")


def render_report(fh: IO[str], corpus: Corpus, *, title: str = "storyline report") -> None:
    """Write the whole report to an open text file, streaming the corpus once (plus one metadata pass)."""
    fusion: Fusion = corpus.fusion()
    docs_meta = list(corpus.documents(with_text=False))
    names = Names(fusion.entities, docs_meta)
    ordered = order_events(fusion.events)
    events_by_id = {e.event_id: e for e in fusion.events}

    # one streaming pass: quote rows (capped) and the first FULL_DOCS documents' highlighted text
    shown: set[str] = {d.doc_id for d in docs_meta[:FULL_DOCS]}
    quote_rows: list[tuple[str, str]] = []  # (speaker, row)
    quote_total = 0  # quote records (quotes.jsonl)
    ledger_total = 0  # ledger rows: records sharing one cue make one row
    doc_sections: list[str] = []
    redirect = redirects(fusion)
    linked: dict[str, set[int]] = {}  # doc_id → offsets of the passages rows link to
    wanted = sentence_keys(fusion.events)  # events told by their sentence: their record lacks the roles
    sentences: dict[str, Sentence] = {}
    for m in itertools.chain((m for e in fusion.events for m in e.mentions),
                             (m for c in fusion.corroborations for m in c.mentions)):
        linked.setdefault(m.doc_id, set()).add(m.start)
    for f in (f for d in fusion.deals for x in d.discrepancies for f in x.figures):
        linked.setdefault(f.doc_id, set()).add(f.start)  # a disputed figure links to its words
    for ann in corpus.annotations():
        ann = canonical(ann, redirect)  # per-document ids name the fused entities
        for eid, sentence in doc_sentences(ann, wanted).items():
            sentences.setdefault(eid, sentence)
        quote_total += len(ann.quotes)
        for group in ledger_groups(ann.quotes):
            ledger_total += 1
            if len(quote_rows) < MAX_ROWS:
                first = next((x for x in group if x.speaker is not None), group[0])
                quote_rows.append((_speaker_name(first, names), _quote_row(group, names, shown)))
        if ann.document.doc_id in shown and len(doc_sections) < FULL_DOCS:
            doc_sections.append(_doc_section(ann, names, linked.get(ann.document.doc_id, ())))

    counts = {
        "documents": len(docs_meta), "events": len(fusion.events), "quotes": quote_total,
        "actors": len(fusion.entities), "corroborations": len(fusion.corroborations),
        "contradictions": len(fusion.contradictions), "deals": len(fusion.deals),
    }
    fh.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
             "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
             f"<title>{h(title)}</title><style>\n{_css()}</style>\n"
             f"<script>{plotly_js()}</script></head><body>\n")
    fh.write(f"<h1>{h(title)}</h1><p class=\"muted\">Generated by storyline {h(__version__)}. Every row "
             "cites the documents it was read from; dates are when events happened, not when reported.</p>\n")
    fh.write('<p class="counts">' + "".join(f"<span>{h(k)}: <b>{v}</b></span>" for k, v in counts.items())
             + "</p>\n")
    fh.write('<nav><a href="#timeline">Timeline</a><a href="#network">Network</a><a href="#matrix">Sources × facts</a>'
             '<a href="#quotes">Quotes</a><a href="#actors">Actors</a>'
             '<a href="#corroborations">Corroborations</a><a href="#contradictions">Contradictions</a>'
             '<a href="#deals">Deals</a><a href="#documents">Documents</a></nav>\n')

    fh.write('<h2 id="timeline">Timeline</h2>\n')
    fh.write(timeline_figures(fusion.events, names, sentences))
    fh.write('<p class="muted">Events per month (dated events only):</p>\n')
    fh.write(events_per_month_svg(fusion.events) + "\n")
    _table(fh, ["date", "event", "status", "sources"],
           _timeline_rows(ordered, names, shown, sentences), "No events.")

    fh.write('<h2 id="network">Actor network</h2>\n')
    fh.write(network_figure(fusion, names))
    fh.write('<h2 id="matrix">Source × fact matrix</h2>\n<p class="muted">Which document reports which fact. '
             "Columns: corroborated facts, then both sides of each contradiction, then facts several documents "
             "report.</p>\n")
    fh.write(source_fact_matrix(fusion, names, lambda d: _doc_link(d, names, shown)))

    fh.write('<h2 id="quotes">Quote ledger</h2>\n')
    if ledger_total > len(quote_rows):
        fh.write(f'<p class="note">Showing {len(quote_rows)} of {ledger_total} attributions; all are in quotes.jsonl.</p>')
    _table(fh, ["speaker", "role", "cue", "kind", "content", "date", "via", "document"],
           (row for speaker, rows in sorted_groups(quote_rows)
            for row in (f'<tr class="group"><th colspan="8">{h(speaker or "Unattributed")} '
                        f"({len(rows)})</th></tr>", *rows)), "No quotes.")

    fh.write('<h2 id="actors">Actors</h2>\n')
    _table(fh, ["name", "type", "country", "role", "affiliation", "mentions", "documents", "aliases", "id"],
           (_entity_row(e, names) for e in fusion.entities), "No actors.")

    fh.write('<h2 id="corroborations">Corroborations</h2>\n')
    _table(fh, ["fact", "value", "sources", "evidence", "event"],
           (_corroboration_row(c, names, shown) for c in fusion.corroborations), "No corroborated facts.")

    fh.write('<h2 id="contradictions">Contradictions</h2>\n')
    _table(fh, ["claim", "denial", "note"],
           (f"<tr><td>{_event_cell(c.claim, events_by_id, names, shown, sentences)}</td>"
            # one event whose sources disagree on a figure has no separate denial
            f"<td>{'(sources disagree)' if c.denial == c.claim else _denial_cell(c, events_by_id, names, shown, sentences)}"
            f"</td><td>{h(c.note)}</td></tr>"
            for c in fusion.contradictions), "No contradictions found.")

    fh.write('<h2 id="deals">Deal register</h2>\n')
    _table(fh, ["deal", "supplier", "recipient", "system", "category", "quantity", "value (USD)", "ordered",
                "delivered", "paid by", "tested", "sources"],
           (_deal_row(d, names, shown) for d in fusion.deals), "No deals.")
    figures = [_figure_item(d, x.fact, f, names, shown) for d in fusion.deals for x in d.discrepancies for f in x.figures]
    if figures:
        fh.write("<h3>Figures the reports disagree on</h3>\n<ul>\n" + "\n".join(figures) + "\n</ul>\n")

    fh.write('<h2 id="documents">Documents</h2>\n')
    _table(fh, ["document", "source", "published (how)", "updated", "id"],
           (f"<tr><td>{_doc_link(d.doc_id, names, shown)}</td><td>{h(d.source)}</td><td>{h(_doc_meta(d))}</td>"
            f"<td>{h(d.updated.value if d.updated else '')}</td><td><code>{h(d.doc_id)}</code></td></tr>"
            for d in docs_meta), "No documents.")
    if len(docs_meta) > FULL_DOCS:
        fh.write(f'<p class="note">Full text shown for the first {FULL_DOCS} of {len(docs_meta)} documents.</p>')
    fh.write('<p class="legend"><span class="bp">boilerplate</span><span class="q">quote</span>'
             '<span class="a">actor</span><span class="t">time expression</span><span class="e">event</span></p>\n')
    for section in doc_sections:
        fh.write(section + "\n")
    fh.write("</body></html>\n")


def write_report(path: str | Path, corpus: Corpus, *, title: str = "storyline report") -> None:
    """Write `report.html` for a store (or any `Corpus`)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8", newline="\n") as fh:
        render_report(fh, corpus, title=title)
