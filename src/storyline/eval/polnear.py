"""`storyline eval polnear`: attribution extraction scored against PolNeAR's brat standoff files.

Reading the gold (`<doc>.txt` + `<doc>.ann`, UTF-8, offsets in code points, end exclusive):
an attribution is a brat event (`E` line) with a `Content` argument; `Content2`, when present, is
more fragments of the same content. `Source` and `Cue` are optional. `Discuss`/`Discard` flags,
`#` notes and continuation lines of multi-line text fields are skipped. Spans may be
discontinuous (`s e;s e`, fragments in any order).

Classification (the README's rule, applied to gold *and* system contents alike): content with no
double quotation mark (`" “ ” „ « »`) is *indirect*; content whose every word lies inside quotation
marks is *direct*; anything else is *mixed*. The `direct_*` metrics cover direct plus mixed.

Matching, per document, on word tokens (`\\w+` over the article; a token belongs to a span when
they share a character, so edge punctuation and quote marks never matter; a fragment with no
word at all, such as a ":" cue, is compared by its characters):

- `content_f1`: predicted and gold attributions are paired one-to-one, greedily by descending
  token Dice (= token F1) of their contents; a pair counts when Dice >= 0.5. P = pairs / predicted,
  R = pairs / gold. (This reproduces the README's reference row "gold collapsed to contiguous
  spans": 0.9991 overall, 0.9984 direct, 0.9994 indirect.)
- `content_exact_f1`: a pair counts only when the two contents cover the same token set
  (reproduces 0.8714 for the collapsed gold).
- `content_overlap_f1`: soft credit, the Dice of each content pair (threshold 0) summed instead of
  counted.
- `source_f1` / `cue_f1`: sources (cues) are matched on their own, one-to-one, Dice >= 0.5,
  among the attributions that have one, so a right speaker counts even when the content
  boundaries are off (token-level role scoring, as CofeNet-style numbers are reported).
  Pronoun sources ("he") are positional spans, so "he" only matches the same "he".
- `source_linked_f1`: stricter, a source counts only when its attribution pairs one-to-one with
  the gold one by content (greedy Dice, >= 0.1) and the two sources have Dice >= 0.5 (same
  counts as `source_f1`). Diagnostic for speakers attached to the wrong attribution.
- Split metrics (`direct_*`, `indirect_*`): the matching is done once over all attributions;
  recall counts gold items of the class, precision predicted items of the class.

Validation against the README's reference row "second annotator vs first (18 train+dev docs):
content 0.8077, source 0.7758, direct 0.9670, indirect 0.7549": the "second annotator" is the
lexicographically largest annotator id (`*_ef2d.ann`, present for all 18 docs) scored as the
system against `<doc>.ann`, pooled micro over the 18 docs. This scorer gives content 0.8077,
direct 0.9671, indirect 0.7545, source 0.7856 (all within 0.01); `source_linked_f1` gives
0.7758 exactly, so the reference most likely ties source credit to the attribution pairing and
`source_f1` reads ~0.01 high for human-level output (~0.03 high for storyline's). Either way a
source F1 of 0.85 is above human agreement under these metrics. (Pooling all 89 alternative
files instead gives content 0.8259, source 0.8133.) `tests/test_eval_polnear.py` pins the row.

The system side is storyline's `Quote` records: speaker span -> Source, cue -> Cue, content ->
Content (taking in the quotation marks around a direct quote, which the gold includes). Quotes
that share one cue span (a direct quote broken by its own "he said") become one
attribution with several content fragments, as the gold has them. A relayed record ("X said Y,
Bloomberg reported": X's words with the outlet as `via`, inside the outlet's own report record) is
left out: PolNeAR marks such a nest once, as the outlet's report (a token belongs to one attribution).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from storyline.errors import GoldError, InputError
from storyline.eval.scoring import f1 as _f1
from storyline.records import Document, Quote

log = logging.getLogger(__name__)

__all__ = ["Attribution", "PolnearReport", "evaluate", "from_quotes", "read_ann", "score"]

Kind = Literal["direct", "mixed", "indirect"]
Frags = tuple[tuple[int, int], ...]

QUOTE_MARKS = frozenset('"“”„«»')
_WORD = re.compile(r"\w+")
_LINE = re.compile(r"^([TEAR#]\d*)\t(.*)$")
CLASSES = ("all", "direct", "indirect")
THRESHOLD = 0.5
LINK_THRESHOLD = 0.1  # content Dice that ties a system attribution to a gold one for `source_linked`


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution as character fragments (sorted); `kind` from the content text."""

    content: Frags
    source: Frags = ()
    cue: Frags = ()
    kind: Kind = "indirect"


def _frags(spec: str) -> Frags:
    out: list[tuple[int, int]] = []
    for part in spec.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return tuple(sorted(out))


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """Stretches between a double-quote opener and its closer (within one paragraph)."""
    out: list[tuple[int, int]] = []
    open_at: int | None = None
    for i, c in enumerate(text):
        if c == "\n" and open_at is not None and text.startswith("\n\n", i):
            out.append((open_at, i))
            open_at = None
        elif c in QUOTE_MARKS:
            if open_at is None and c not in "”»":
                open_at = i
            elif open_at is not None and c not in "“„«":
                out.append((open_at, i + 1))
                open_at = None
            elif c in "“„«":
                open_at = i
    return out


def classify(text: str, content: Frags, regions: Sequence[tuple[int, int]] | None = None) -> Kind:
    """The README's direct / mixed / indirect rule."""
    if not any(c in QUOTE_MARKS for a, b in content for c in text[a:b]):
        return "indirect"
    regs = quoted_regions(text) if regions is None else regions
    for a, b in content:
        for m in _WORD.finditer(text, a, b):
            if not any(s <= m.start() and m.end() <= e for s, e in regs):
                return "mixed"
    return "direct"


def read_ann(ann: Path, text: str) -> list[Attribution]:
    """Attributions of one brat file (events with a Content argument)."""
    spans: dict[str, tuple[str, Frags]] = {}
    events: list[dict[str, str]] = []
    try:
        lines = ann.read_text(encoding="utf-8").split("\n")
    except OSError as exc:
        raise GoldError(f"cannot read {ann}: {exc}") from exc
    for line in lines:
        m = _LINE.match(line)
        if m is None:
            continue  # continuation of a multi-line text field
        ident, rest = m.groups()
        try:
            if ident.startswith("T"):
                typ, offs = rest.split("\t", 1)[0].split(" ", 1)
                spans[ident] = (typ, _frags(offs))
            elif ident.startswith("E"):
                events.append(dict(arg.split(":", 1) for arg in rest.split()))
        except ValueError as exc:
            raise GoldError(f"{ann}: malformed line {line!r}") from exc
    regions = quoted_regions(text)
    out: list[Attribution] = []
    for ev in events:
        try:
            content = tuple(sorted(f for role in ("Content", "Content2") if role in ev for f in spans[ev[role]][1]))
            source = spans[ev["Source"]][1] if "Source" in ev else ()
            cue = spans[ev["Cue"]][1] if "Cue" in ev else ()
        except KeyError as exc:
            raise GoldError(f"{ann}: event refers to unknown span {exc}") from exc
        if content:
            out.append(Attribution(content, source, cue, classify(text, content, regions)))
    return out


def from_quotes(text: str, quotes: Iterable[Quote]) -> list[Attribution]:
    """storyline quotes -> attributions; quotes sharing a cue span are one attribution."""
    regions = quoted_regions(text)
    groups: dict[tuple[int, int] | str, list[Quote]] = {}
    quotes = list(quotes)
    for q in quotes:
        if q.via is not None and q.cue is not None and any(
                o is not q and o.speaker is not None and o.speaker.entity_id == q.via
                and o.content.start <= q.cue.start and q.cue.end <= o.content.end for o in quotes):
            continue  # "X said Y, Bloomberg reported": PolNeAR marks only the outlet's report (univocal)
        key: tuple[int, int] | str = (q.cue.start, q.cue.end) if q.cue is not None else q.quote_id
        groups.setdefault(key, []).append(q)
    out: list[Attribution] = []
    for qs in groups.values():
        content = tuple(sorted(_widen(text, q.content.start, q.content.end) for q in qs))
        spk = next((q.speaker for q in qs if q.speaker is not None), None)
        cue = qs[0].cue
        out.append(Attribution(
            content,
            ((spk.start, spk.end),) if spk is not None else (),
            ((cue.start, cue.end),) if cue is not None else (),
            classify(text, content, regions),
        ))
    out.sort(key=lambda a: a.content)
    return out


def _widen(text: str, a: int, b: int) -> tuple[int, int]:
    """Take in the quotation marks around a direct quote's content (storyline's content spans
    stop inside them; the gold's include them, and the direct/indirect rule reads them)."""
    if a > 0 and text[a - 1] in QUOTE_MARKS:
        k = b
        while k < len(text) and text[k] in ",.;:?!":
            k += 1
        if k < len(text) and text[k] in QUOTE_MARKS:
            return a - 1, k + 1
    return a, b


# ------------------------------------------------------------------------------------ scoring
class _Tokens:
    def __init__(self, text: str) -> None:
        self.spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        self.starts = [s for s, _ in self.spans]

    def of(self, frags: Frags) -> frozenset[int]:
        from bisect import bisect_left, bisect_right

        out: set[int] = set()
        for a, b in frags:
            i = max(0, bisect_right(self.starts, a) - 1)
            j = bisect_left(self.starts, b)
            words = [k for k in range(i, j) if self.spans[k][1] > a]
            # a span with no word (a ":" cue) is compared by its characters, as negative ids
            out.update(words if words else range(-b, -a))
        return frozenset(out)


def _dice(a: frozenset[int], b: frozenset[int]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 1.0


def _pairs(gold: Sequence[frozenset[int]], pred: Sequence[frozenset[int]], threshold: float) -> list[tuple[int, int, float]]:
    """One-to-one greedy pairing by descending Dice (ties: text order), keeping Dice >= threshold."""
    cands = sorted(
        ((_dice(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred) if g & p),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: list[tuple[int, int, float]] = []
    for d, i, j in cands:
        if i in used_g or j in used_p or d < threshold:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((i, j, d))
    return out


_KEYS = ("content", "content_exact", "content_overlap", "source", "source_linked", "cue")


def _cls(kind: Kind) -> str:
    return "indirect" if kind == "indirect" else "direct"


@dataclass
class _Tally:
    """Per metric and class: credit on the predicted side, credit on the gold side, counts."""

    tp_p: dict[str, float] = field(default_factory=dict)
    tp_g: dict[str, float] = field(default_factory=dict)
    n_p: dict[str, int] = field(default_factory=dict)
    n_g: dict[str, int] = field(default_factory=dict)

    def add(self, key: str, cls: str, side: str, value: float) -> None:
        for c in ("all", cls):
            d = self.tp_p if side == "p" else self.tp_g
            d[f"{c}:{key}"] = d.get(f"{c}:{key}", 0.0) + value

    def count(self, key: str, cls: str, side: str) -> None:
        for c in ("all", cls):
            d = self.n_p if side == "p" else self.n_g
            d[f"{c}:{key}"] = d.get(f"{c}:{key}", 0) + 1


@dataclass(frozen=True, slots=True)
class DocResult:
    doc: str
    text: str
    gold: tuple[Attribution, ...]
    pred: tuple[Attribution, ...]


def score(docs: Sequence[DocResult]) -> tuple[dict[str, float], list[str]]:
    """Metrics (see the module docstring) and a list of error examples."""
    t = _Tally()
    errors: list[str] = []
    for d in docs:
        tok = _Tokens(d.text)
        g_cls = [_cls(a.kind) for a in d.gold]
        p_cls = [_cls(a.kind) for a in d.pred]
        gc = [tok.of(a.content) for a in d.gold]
        pc = [tok.of(a.content) for a in d.pred]
        for i in range(len(d.gold)):
            for key in ("content", "content_exact", "content_overlap"):
                t.count(key, g_cls[i], "g")
        for j in range(len(d.pred)):
            for key in ("content", "content_exact", "content_overlap"):
                t.count(key, p_cls[j], "p")
        matched = _pairs(gc, pc, THRESHOLD)
        for i, j, _ in matched:
            t.add("content", g_cls[i], "g", 1.0)
            t.add("content", p_cls[j], "p", 1.0)
            exact = 1.0 if gc[i] == pc[j] else 0.0
            t.add("content_exact", g_cls[i], "g", exact)
            t.add("content_exact", p_cls[j], "p", exact)
        for i, j, dice in _pairs(gc, pc, 0.0):
            t.add("content_overlap", g_cls[i], "g", dice)
            t.add("content_overlap", p_cls[j], "p", dice)
        for role in ("source", "cue"):
            gi = [i for i, a in enumerate(d.gold) if getattr(a, role)]
            pj = [j for j, a in enumerate(d.pred) if getattr(a, role)]
            gs = [tok.of(getattr(d.gold[i], role)) for i in gi]
            ps = [tok.of(getattr(d.pred[j], role)) for j in pj]
            for i in gi:
                t.count(role, g_cls[i], "g")
            for j in pj:
                t.count(role, p_cls[j], "p")
            for a, b, _ in _pairs(gs, ps, THRESHOLD):
                t.add(role, g_cls[gi[a]], "g", 1.0)
                t.add(role, p_cls[pj[b]], "p", 1.0)
        for i in range(len(d.gold)):
            if d.gold[i].source:
                t.count("source_linked", g_cls[i], "g")
        for j in range(len(d.pred)):
            if d.pred[j].source:
                t.count("source_linked", p_cls[j], "p")
        for i, j, _ in _pairs(gc, pc, LINK_THRESHOLD):
            gs_i, ps_j = d.gold[i].source, d.pred[j].source
            if gs_i and ps_j and _dice(tok.of(gs_i), tok.of(ps_j)) >= THRESHOLD:
                t.add("source_linked", g_cls[i], "g", 1.0)
                t.add("source_linked", p_cls[j], "p", 1.0)
        errors.extend(_errors(d, gc, pc, {i for i, _, _ in matched}, {j for _, j, _ in matched}))
    metrics: dict[str, float] = {}
    for c in CLASSES:
        for key in _KEYS:
            k = f"{c}:{key}"
            p = t.tp_p.get(k, 0.0) / t.n_p[k] if t.n_p.get(k) else 0.0
            r = t.tp_g.get(k, 0.0) / t.n_g[k] if t.n_g.get(k) else 0.0
            prefix = "" if c == "all" else f"{c}_"
            metrics[f"{prefix}{key}_precision"] = p
            metrics[f"{prefix}{key}_recall"] = r
            metrics[f"{prefix}{key}_f1"] = _f1(p, r)
        prefix = "" if c == "all" else f"{c}_"
        metrics[f"{prefix}gold"] = float(t.n_g.get(f"{c}:content", 0))
        metrics[f"{prefix}predicted"] = float(t.n_p.get(f"{c}:content", 0))
    return metrics, errors


def _show(text: str, frags: Frags, width: int = 90) -> str:
    s = " … ".join(text[a:b] for a, b in frags).replace("\n", " ")
    return s if len(s) <= width else s[: width - 1] + "…"


def _errors(d: DocResult, gc: Sequence[frozenset[int]], pc: Sequence[frozenset[int]],
            got_g: set[int], got_p: set[int]) -> list[str]:
    out: list[str] = []
    for i, a in enumerate(d.gold):
        if i not in got_g:
            best = max((len(gc[i] & p) for p in pc), default=0)
            why = "boundary" if best else "missed"
            out.append(f"{why} [{a.kind}] {d.doc}: {_show(d.text, a.source) or '-'} | "
                       f"{_show(d.text, a.cue) or '-'} | {_show(d.text, a.content)}")
    for j, a in enumerate(d.pred):
        if j not in got_p and not any(pc[j] & g for g in gc):
            out.append(f"spurious [{a.kind}] {d.doc}: {_show(d.text, a.source) or '-'} | "
                       f"{_show(d.text, a.cue) or '-'} | {_show(d.text, a.content)}")
    return out


# ------------------------------------------------------------------------------------ report
@dataclass
class PolnearReport:
    """Scores on one PolNeAR split; `metrics` keys as in the module docstring."""

    docs: int
    metrics: dict[str, float]
    errors: list[str] = field(default_factory=list)

    def format(self, *, verbose: bool = False) -> str:
        m = self.metrics
        lines = [f"PolNeAR attribution: {self.docs} documents, {int(m['gold'])} gold attributions "
                 f"({int(m['direct_gold'])} direct+mixed, {int(m['indirect_gold'])} indirect), "
                 f"{int(m['predicted'])} predicted",
                 f"{'metric':<18}{'class':<10}{'P':>8}{'R':>8}{'F1':>8}"]
        for key in _KEYS:
            for c in CLASSES:
                prefix = "" if c == "all" else f"{c}_"
                lines.append(f"{key:<18}{c:<10}{m[prefix + key + '_precision']:>8.4f}"
                             f"{m[prefix + key + '_recall']:>8.4f}{m[prefix + key + '_f1']:>8.4f}")
        lines.append(f"content_f1={m['content_f1']:.4f} source_f1={m['source_f1']:.4f} "
                     f"cue_f1={m['cue_f1']:.4f} content_exact_f1={m['content_exact_f1']:.4f} "
                     f"source_linked_f1={m['source_linked_f1']:.4f}")
        if verbose:
            by_kind: dict[str, list[str]] = {}
            for e in self.errors:
                by_kind.setdefault(e.split(" ", 1)[0], []).append(e)
            for kind, items in sorted(by_kind.items()):
                lines.append(f"-- {kind}: {len(items)} (first 25; source | cue | content)")
                lines.extend("  " + e for e in items[:25])
        return "\n".join(lines)


def evaluate(path: Path, *, limit: int | None = None) -> PolnearReport:
    """Run storyline's actors + quotes over a PolNeAR split folder and score it."""
    from storyline.pipeline import build_nlp, make_doc

    path = Path(path)
    if not path.is_dir():
        raise InputError(f"{path} is not a directory")
    anns = sorted(path.glob("*.ann"))
    pairs = [(a, a.with_suffix(".txt")) for a in anns if a.with_suffix(".txt").is_file()]
    if not pairs:
        raise GoldError(f"no .ann/.txt pairs in {path}")
    if limit is not None:
        pairs = pairs[:limit]
    nlp = build_nlp(components=("storyline_actors", "storyline_quotes"))
    results: list[DocResult] = []
    texts: list[str] = []
    for _ann, txt in pairs:
        with txt.open(encoding="utf-8", newline="") as fh:
            texts.append(fh.read())
    made = (make_doc(nlp, Document(doc_id=ann.stem, text=text)) for (ann, _), text in zip(pairs, texts, strict=True))
    for (ann, _), text, sdoc in zip(pairs, texts, nlp.pipe(made, batch_size=8), strict=True):
        results.append(DocResult(ann.stem, text, tuple(read_ann(ann, text)), tuple(from_quotes(text, sdoc._.quotes))))
    metrics, errors = score(results)
    log.info("polnear: %d docs, content F1 %.4f", len(results), metrics["content_f1"])
    return PolnearReport(len(results), metrics, errors)
