"""The report's charts: plotly.js figures inlined into the page, plus the HTML source × fact matrix.

plotly is a real charting library whose wheel ships plotly.js, so the report stays self-contained:
the JS is written once per page and each figure is a `Plotly.newPlot` call whose data is JSON with
`<`, `>`, `/`, `&` and line separators escaped (nothing inside can end the `<script>`). Hover texts
are HTML-escaped too, because plotly renders a subset of HTML tags in them.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from storyline.export.timeline import (
    Names,
    Sentence,
    date_key,
    event_statement,
    event_summary,
    plural,
    show_date,
    squash,
)
from storyline.records import Corroboration, Event, Fusion

#: colour and marker symbol per status: planned / claimed / denied differ in both, for print and colour-blindness
STATUS_STYLE: dict[str, tuple[str, str]] = {
    "happened": ("#1b7f3b", "circle"),
    "ongoing": ("#2a9d8f", "square"),
    "planned": ("#4a5fc1", "diamond-open"),
    "intended": ("#6f8fd6", "star-open"),
    "possible": ("#8e7cc3", "triangle-up-open"),
    "claimed": ("#c27a00", "x"),
    "denied": ("#b3261e", "cross"),
}
TYPE_COLOURS = {"country": "#1f5fa8", "organization": "#8e44ad", "person": "#d35400", "media": "#7f8c8d",
                "location": "#16a085", "weapon_system": "#c0392b", "other": "#95a5a6"}
MAX_POINTS = 5000
MAX_NODES = 60
MAX_ARROWS = 150
MATRIX_COLS = 40
MATRIX_ROWS = 40


def h(value: object) -> str:
    return "" if value is None else html.escape(str(value), quote=True)


def plotly_js() -> str:
    """plotly.js as shipped inside the plotly wheel (no network)."""
    from plotly.offline import get_plotlyjs

    js = str(get_plotlyjs())
    if "</script" in js.lower():  # never true for a release build; guards the page if that changes
        js = js.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT")
    return js


def safe_json(value: Any) -> str:
    """JSON that can sit inside a `<script>` element: no `<`, `>`, `&`, `/` or U+2028/9 left raw."""
    out = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for raw, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("/", "\\u002f"),
                     ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        out = out.replace(raw, esc)
    return out


def figure(div_id: str, fig: Any, *, height: int) -> str:
    """A `<div>` plus the script that draws `fig` (a plotly `Figure`) into it."""
    spec = fig.to_plotly_json()
    layout = spec.get("layout", {})
    layout.setdefault("height", height)
    config = {"displaylogo": False, "responsive": True, "modeBarButtonsToRemove": ["sendDataToCloud"]}
    return (f'<div id="{h(div_id)}" class="plot" style="height:{height}px"></div>\n'
            f"<script>Plotly.newPlot({safe_json(div_id)},{safe_json(spec.get('data', []))},"
            f"{safe_json(layout)},{safe_json(config)});</script>\n")


def _hover(ev: Event, names: Names, sentences: Mapping[str, Sentence] | None = None) -> str:
    """What a point says on hover: the reading, the date, the event as a statement, how many sources."""
    statement = event_statement(ev, names, (sentences or {}).get(ev.event_id))
    return "<br>".join([f"<b>{h(event_summary(ev, names))}</b>", h(show_date(ev)), h(squash(statement, 120)),
                        plural(len(ev.sources), "source")])


def timeline_figures(events: Sequence[Event], names: Names, sentences: Mapping[str, Sentence] | None = None) -> str:
    """Events by date (x) and PLOVER type (y), one trace per status; events without a date apart."""
    import plotly.graph_objects as go

    by_status: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    apart: Counter[tuple[str, str]] = Counter()
    n = 0
    for ev in events:
        key = None if ev.date is None else date_key(ev.date.value, ev.date.mod)
        if key is None:
            apart[("undated" if ev.date is None else "unresolved date", ev.status)] += 1
            continue
        n += 1
        if n > MAX_POINTS:
            continue
        day = dt.date.fromordinal(int(key[0])).isoformat()
        by_status[ev.status].append((day, ev.type, _hover(ev, names, sentences)))
    parts: list[str] = []
    if by_status:
        fig = go.Figure()
        for status, (colour, symbol) in STATUS_STYLE.items():
            pts = by_status.get(status)
            if not pts:
                continue
            fig.add_trace(go.Scatter(
                x=[p[0] for p in pts], y=[p[1] for p in pts], mode="markers", name=status,
                text=[p[2] for p in pts], hovertemplate="%{text}<extra></extra>",
                marker={"color": colour, "symbol": symbol, "size": 11, "line": {"width": 2, "color": colour}},
            ))
        fig.update_layout(template="plotly_white", margin={"l": 90, "r": 10, "t": 30, "b": 40},
                          title={"text": "Events by date and status", "font": {"size": 14}},
                          xaxis={"type": "date", "title": "date of the event (not of the report)"},
                          yaxis={"type": "category", "title": "type"}, legend={"title": {"text": "status"}})
        rows = len({p[1] for pts in by_status.values() for p in pts})
        parts.append(figure("plot-timeline", fig, height=max(260, 60 + 28 * rows)))
    else:
        parts.append('<p class="muted">No events with a calendar date.</p>')
    if apart:
        fig = go.Figure()
        for status, (colour, _symbol) in STATUS_STYLE.items():
            groups = ["unresolved date", "undated"]
            counts = [apart.get((g, status), 0) for g in groups]
            if any(counts):
                fig.add_trace(go.Bar(y=groups, x=counts, name=status, orientation="h", marker={"color": colour}))
        fig.update_layout(template="plotly_white", barmode="stack", margin={"l": 120, "r": 10, "t": 30, "b": 30},
                          title={"text": "Events without a calendar date (kept apart, not guessed)",
                                 "font": {"size": 14}})
        parts.append(figure("plot-undated", fig, height=200))
    return "".join(parts)


def network_figure(fusion: Fusion, names: Names) -> str:
    """Who acts on whom: an arrow per (source actor → target actor) pair, sized by event count."""
    import plotly.graph_objects as go

    edges: Counter[tuple[str, str]] = Counter()
    kinds: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for ev in fusion.events:
        for s in ev.source_actors:
            for t in ev.target_actors:
                if s != t:
                    edges[(s, t)] += 1
                    kinds[(s, t)][f"{ev.type} ({ev.status})"] += 1
    if not edges:
        return '<p class="muted">No events name both a source and a target actor.</p>'
    degree: Counter[str] = Counter()
    for (s, t), n in edges.items():
        degree[s] += n
        degree[t] += n
    nodes = [a for a, _ in degree.most_common(MAX_NODES)]
    keep = set(nodes)
    pos = {a: (math.cos(2 * math.pi * i / len(nodes)), math.sin(2 * math.pi * i / len(nodes)))
           for i, a in enumerate(nodes)}
    types = {e.entity_id: e.type for e in fusion.entities}
    shown = [(st, n) for st, n in edges.most_common() if st[0] in keep and st[1] in keep]
    ex: list[float | None] = []
    ey: list[float | None] = []
    mx, my, mt = [], [], []
    for (s, t), n in shown:
        (x0, y0), (x1, y1) = pos[s], pos[t]
        ex += [x0, x1, None]
        ey += [y0, y1, None]
        mx.append(x0 + (x1 - x0) * 0.6)
        my.append(y0 + (y1 - y0) * 0.6)
        detail = ", ".join(f"{k} ×{c}" for k, c in kinds[(s, t)].most_common(6))
        mt.append(f"<b>{h(names.entity(s))} → {h(names.entity(t))}</b><br>{n} event(s): {h(detail)}")
    fig = go.Figure()
    fig.add_trace(go.Scatter(x=ex, y=ey, mode="lines", line={"color": "#b8c2cc", "width": 1}, hoverinfo="skip",
                             showlegend=False))
    fig.add_trace(go.Scatter(x=mx, y=my, mode="markers", marker={"size": 7, "color": "#b8c2cc"}, text=mt,
                             hovertemplate="%{text}<extra></extra>", showlegend=False))
    fig.add_trace(go.Scatter(
        x=[pos[a][0] for a in nodes], y=[pos[a][1] for a in nodes], mode="markers+text",
        text=[h(squash(names.entity(a), 28)) for a in nodes], textposition="top center",
        hovertext=[f"<b>{h(names.entity(a))}</b><br>{h(a)}<br>{degree[a]} event link(s)" for a in nodes],
        hovertemplate="%{hovertext}<extra></extra>", showlegend=False,
        marker={"size": [10 + 3 * math.sqrt(degree[a]) for a in nodes],
                "color": [TYPE_COLOURS.get(types.get(a, "other"), "#95a5a6") for a in nodes]},
    ))
    arrows = [{"x": pos[t][0], "y": pos[t][1], "ax": pos[s][0], "ay": pos[s][1], "xref": "x", "yref": "y",
               "axref": "x", "ayref": "y", "showarrow": True, "arrowhead": 3, "arrowsize": 1.2,
               "arrowwidth": min(1 + n / 2, 4), "arrowcolor": "#7d8a97", "standoff": 8, "text": ""}
              for (s, t), n in shown[:MAX_ARROWS]]
    fig.update_layout(template="plotly_white", margin={"l": 10, "r": 10, "t": 30, "b": 10}, annotations=arrows,
                      title={"text": "Actor network: who acts on whom", "font": {"size": 14}},
                      xaxis={"visible": False, "range": [-1.35, 1.35]},
                      yaxis={"visible": False, "range": [-1.25, 1.25], "scaleanchor": "x"})
    return figure("plot-network", fig, height=560)


@dataclass(frozen=True, slots=True)
class _Column:
    label: str
    title: str
    sources: frozenset[str]
    cls: str  # "corr" (corroborated), "contra" (in a contradiction) or ""
    denied: bool = False


def _columns(fusion: Fusion, names: Names) -> list[_Column]:
    cols: list[_Column] = []
    events = {e.event_id: e for e in fusion.events}
    contra = {c.claim for c in fusion.contradictions} | {c.denial for c in fusion.contradictions}

    def corr(c: Corroboration) -> _Column:
        ev = events.get(c.event_id or "")
        about = f" ({event_summary(ev, names)})" if ev is not None else ""
        return _Column(f"{c.fact}: {c.value}", f"{c.fact} = {c.value}{about}; reported by {len(c.sources)}",
                       frozenset(c.sources), "corr")

    cols += [corr(c) for c in fusion.corroborations if len(c.sources) >= 2]
    used: set[str] = set()
    for c in fusion.contradictions:
        for eid in (c.claim, c.denial):
            ev = events.get(eid)
            if ev is None or eid in used:
                continue
            used.add(eid)
            cols.append(_Column(f"{ev.type} · {ev.status}", f"{event_summary(ev, names)} ({show_date(ev)}) — "
                                f"{c.note}", frozenset(ev.sources), "contra", ev.status == "denied"))
    multi = sorted((e for e in fusion.events if e.event_id not in contra and len(e.sources) >= 2),
                   key=lambda e: -len(e.sources))
    cols += [_Column(f"{e.type} · {e.status}", f"{event_summary(e, names)} ({show_date(e)})",
                     frozenset(e.sources), "corr") for e in multi]
    if len(cols) < MATRIX_COLS:  # a small corpus: fill with single-source events so the grid is not empty
        cols += [_Column(f"{e.type} · {e.status}", f"{event_summary(e, names)} ({show_date(e)})",
                         frozenset(e.sources), "") for e in fusion.events
                 if e.event_id not in contra and len(e.sources) < 2][:MATRIX_COLS - len(cols)]
    return cols[:MATRIX_COLS]


def source_fact_matrix(fusion: Fusion, names: Names, doc_link: Any) -> str:
    """Documents (rows) × facts (columns): who reports what; corroborated and contradicted facts marked."""
    cols = _columns(fusion, names)
    if not cols:
        return '<p class="muted">No facts to compare across sources.</p>'
    per_doc: Counter[str] = Counter(d for c in cols for d in c.sources)
    docs = [d for d, _ in per_doc.most_common(MATRIX_ROWS)]
    head = "".join(f'<th class="vert {c.cls}" title="{h(c.title)}"><span>{h(squash(c.label, 40))}</span></th>'
                   for c in cols)
    out = ['<div class="matrix-wrap"><table class="matrix"><thead><tr><th>source</th>', head, "</tr></thead><tbody>"]
    for d in docs:
        cells = []
        for c in cols:
            if d in c.sources:
                mark = "✕" if c.denied else "●"
                cells.append(f'<td class="hit {c.cls}" title="{h(c.title)}">{mark}</td>')
            else:
                cells.append("<td></td>")
        out.append(f"<tr><th>{doc_link(d)}</th>{''.join(cells)}</tr>")
    out.append("</tbody></table></div>")
    out.append('<p class="legend"><span class="hit corr">● corroborated (2+ sources)</span>'
               '<span class="hit contra">● part of a claim/denial contradiction (✕ = the denial)</span>'
               '<span class="hit">● single source</span></p>')
    return "".join(out)


def sorted_groups(rows: Iterable[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    """(speaker, row) pairs → speakers by number of quotes (unattributed last), rows in reading order."""
    groups: dict[str, list[str]] = defaultdict(list)
    for key, row in rows:
        groups[key].append(row)
    return sorted(groups.items(), key=lambda kv: (kv[0] == "", -len(kv[1]), kv[0].lower()))
