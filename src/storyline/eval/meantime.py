"""`storyline eval meantime DIR`: TempEval-3 Task A on MEANTIME (English Wikinews, CAT XML).

Our timex tagger is tuned on TimeBank/AQUAINT newswire; MEANTIME is news it was never tuned on,
so the same numbers here are a generalization check. Scoring, pairing and error classes are the
ones of `storyline.eval.timeml` (imported, not copied); this module only turns CAT XML into the
`TmlDocument` that scorer expects:

- Text: CAT XML keeps tokens, not whitespace, so we detokenize (no space before closing
  punctuation, none after opening quotes/brackets/currency signs, PTB quotes as '"') and join
  sentences with "\\n" (sentence 0 is the headline, 1 the dateline). Each token's character
  span is kept, so a gold TIMEX3's token anchors become a character span.
- DCT: the TIMEX3 with functionInDocument="CREATION_TIME"; when absent, the first DATE TIMEX3 in
  the dateline sentence (the corpus README's fallback); with neither, or with a value that is not
  an ISO date, the file is skipped (logged and counted), since relative timexes need it. The DCT timex is anchored on the dateline in MEANTIME, unlike TimeML where it sits
  outside TEXT: it is not scored, and system timexes overlapping it are dropped (counted), so
  the dateline is neither a free hit nor a spurious.
- Gold: anchored TIMEX3 other than the DCT; empty ones (no token anchors: interval end points
  the annotators added) have no extent and are not timexes of the text.
- Scored region: MEANTIME's document-level annotation (TIMEX3, events) covers only sentences 0-5
  (headline, dateline, first four body sentences; Minard et al. 2016). In the shared topics no
  TIMEX3 lies beyond, and the intra-doc release's mention counts equal the cross-doc ones up to
  sentence 5 (the cross-doc pass added the later entity/event mentions). The tagger reads the
  whole article (later text is context), but system timexes after sentence 5 are not scored
  (counted) -- otherwise every correct timex there would be a spurious.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from storyline.errors import GoldError
from storyline.eval.timeml import Report as TimemlReport
from storyline.eval.timeml import regex_tagger, score_doc
from storyline.records import UNRESOLVED, Timex
from storyline.timex.calendar import parse_anchor
from storyline.timex.timeml import TmlDocument

__all__ = ["CatText", "MeantimeDoc", "Report", "cat_files", "evaluate", "parse_cat", "read_cat"]

log = logging.getLogger(__name__)

_TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})
_ANNOTATION = "intra_cross-doc_annotation"
# Tokens glued to the previous token / to the next one.
_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "?", "!", ")", "]", "}", "%", "''", "”", "’", "...", "n't"})
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "``", "“", "‘", "`", "$", "#", "£", "€"})
_RENDER = {"``": '"', "''": '"'}
_CLITICS = frozenset({"s", "t", "re", "ve", "ll", "d", "m"})
ANNOTATED_SENTENCES = 6  # sentences 0..5 carry the document-level (timex) annotation


@dataclass(frozen=True, slots=True)
class MeantimeDoc:
    """One CAT XML document as the TimeML scorer sees it, plus the DCT's extent in the text."""

    topic: str
    doc: TmlDocument
    dct_span: tuple[int, int] | None  # the dateline the DCT is anchored on, if any
    scored_end: int  # end of the annotated sentences: system timexes from here on are not scored


@dataclass
class Report(TimemlReport):
    """The TimeML report over all topics, plus one per topic and the files that could not be scored."""

    skipped: list[str] = field(default_factory=list)  # files without a usable (ISO date) DCT
    dropped_dateline: int = 0  # system timexes on the DCT's dateline, not scored
    dropped_unannotated: int = 0  # system timexes after the annotated sentences, not scored
    topics: dict[str, TimemlReport] = field(default_factory=dict)

    def format(self, *, verbose: bool = False) -> str:
        lines = [f"MEANTIME: {len(self.topics)} topic(s), {self.docs} documents scored, "
                 f"{len(self.skipped)} skipped (no usable DCT), {self.dropped_dateline} dateline timexes not scored",
                 f"system timexes after sentence {ANNOTATED_SENTENCES - 1} (not annotated, not scored): "
                 f"{self.dropped_unannotated}"]
        lines += [f"  skipped: {p}" for p in self.skipped]
        if self.topics:
            lines.append(f"{'topic':12}{'docs':>6}{'gold':>6}{'sys':>6}{'strict':>8}{'relaxed':>8}{'type':>8}{'value':>8}")
            for name, r in sorted(self.topics.items()):
                m = r.metrics
                lines.append(f"{name:12}{r.docs:6d}{r.gold:6d}{r.system:6d}{m['strict_f1']:8.4f}"
                             f"{m['relaxed_f1']:8.4f}{m['type_f1']:8.4f}{m['value_f1']:8.4f}")
        lines.append(TimemlReport.format(self, verbose=verbose))
        return "\n".join(lines)


def cat_files(path: Path) -> list[Path]:
    """CAT XML files: `path` is the meantime folder, its annotation folder, one corpus folder or one file."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise GoldError(f"MEANTIME folder not found: {path}")
    base = path / _ANNOTATION if (path / _ANNOTATION).is_dir() else path
    files = sorted(p for p in base.glob("corpus_*/*.xml") if p.is_file())
    if not files:
        files = sorted(p for p in base.glob("*.xml") if p.is_file())
    if not files:
        raise GoldError(f"no MEANTIME CAT XML files under {path}")
    return files


def _topic(path: Path) -> str:
    name = path.parent.name
    return name.removeprefix("corpus_") if name.startswith("corpus_") else name


def _detokenize(sentences: list[list[tuple[str, str]]]) -> tuple[str, dict[str, tuple[int, int]], list[int]]:
    """Text from (t_id, token) sentences, each t_id's character span in it, each sentence's end."""
    parts: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    ends: list[int] = []
    pos = 0
    for si, sent in enumerate(sentences):
        if si:
            ends.append(pos)
            parts.append("\n")
            pos += 1
        glue = True  # nothing before a sentence's first token
        open_quote = False  # straight '"' alternates between opening and closing
        for i, (tid, tok) in enumerate(sent):
            shown = _RENDER.get(tok, tok)
            closing = tok in _NO_SPACE_BEFORE or (tok.startswith("'") and tok != "'" and tok[1:].isalpha())
            if tok == "'":  # a possessive ("Airbus'") or a closing single quote: both glue left
                closing = True
            if tok == '"':
                closing = open_quote
            if not glue and not closing:
                parts.append(" ")
                pos += 1
            parts.append(shown)
            spans[tid] = (pos, pos + len(shown))
            pos += len(shown)
            glue = tok in _NO_SPACE_AFTER
            if tok == '"':
                glue = not open_quote
                open_quote = not open_quote
            nxt = sent[i + 1][1] if i + 1 < len(sent) else ""
            if tok in ("’", "'") and nxt.lower() in _CLITICS:  # "I ' m" split by the tokenizer
                glue = True
    ends.append(pos)
    return "".join(parts), spans, ends


@dataclass(frozen=True, slots=True)
class CatText:
    """A parsed CAT XML file: its detokenized text and where each token landed in it.

    Shared by the timex eval (here) and the actors eval (`storyline.eval.actors`).
    """

    path: Path
    root: ET.Element
    topic: str
    doc_id: str  # "<topic>/<doc_id attribute>"
    text: str
    spans: dict[str, tuple[int, int]]  # t_id -> character span
    sentence_of: dict[str, int]  # t_id -> sentence number
    order: dict[str, int]  # t_id -> position in the file
    sentence_ends: list[int]  # character end of each sentence, in sentence order

    def anchor_span(self, tids: list[str], what: str) -> tuple[int, int, int]:
        """(start, end, first token's sentence) of anchored tokens; `GoldError` naming the file if unknown."""
        missing = [t for t in tids if t not in self.spans]
        if missing:
            raise GoldError(f"{self.path}: {what} anchors unknown tokens {missing}")
        ordered = sorted(tids, key=self.order.__getitem__)
        return self.spans[ordered[0]][0], self.spans[ordered[-1]][1], self.sentence_of[ordered[0]]

    @property
    def scored_end(self) -> int:
        """End of the annotated sentences (0..ANNOTATED_SENTENCES-1)."""
        ends = self.sentence_ends
        return ends[ANNOTATED_SENTENCES - 1] if len(ends) >= ANNOTATED_SENTENCES else len(self.text)


def parse_cat(path: Path) -> CatText:
    """Read one CAT XML file's tokens into text; raises `GoldError` naming the file when malformed."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise GoldError(f"{path}: malformed MEANTIME CAT XML: {exc}") from exc
    topic = _topic(path)
    doc_id = f"{topic}/{root.get('doc_id') or path.stem}"
    sentences: dict[int, list[tuple[str, str]]] = {}
    number: dict[str, int] = {}
    for n, tok in enumerate(root.iter("token")):
        tid = tok.get("t_id")
        try:
            sent = int(tok.get("sentence") or "")
        except ValueError:
            raise GoldError(f"{path}: token {tid!r} has no sentence number") from None
        if tid is None:
            raise GoldError(f"{path}: token without t_id")
        sentences.setdefault(sent, []).append((tid, tok.text or ""))
        number[tid] = n
    text, spans, ends = _detokenize([sentences[k] for k in sorted(sentences)])
    sentence_of = {tid: k for k, toks in sentences.items() for tid, _ in toks}
    return CatText(path, root, topic, doc_id, text, spans, sentence_of, number, ends)


def read_cat(path: Path) -> MeantimeDoc | None:
    """One CAT XML file as a scorer document; None (logged) when it has no usable DCT.

    Raises `GoldError` naming the file when the XML is malformed or a TIMEX3 is unusable.
    """
    cat = parse_cat(path)
    root, topic, doc_id, text = cat.root, cat.topic, cat.doc_id, cat.text
    scored_end = cat.scored_end

    markables = root.find("Markables")
    anchored: list[tuple[ET.Element, int, int, int]] = []  # element, start, end, first token's sentence
    dct_el: ET.Element | None = None
    for el in (markables.iter("TIMEX3") if markables is not None else ()):
        tids = [a.get("t_id") or "" for a in el.iter("token_anchor")]
        if el.get("functionInDocument") == "CREATION_TIME" and dct_el is None:
            dct_el = el
        if not tids:
            continue
        anchored.append((el, *cat.anchor_span(tids, f"TIMEX3 {el.get('m_id')!r}")))
    if dct_el is None:  # the README's fallback: the dateline's date
        dct_el = next((el for el, _, _, sent in anchored if sent == 1 and el.get("type") == "DATE"), None)
    if dct_el is None:
        log.warning("%s: no DCT (no CREATION_TIME TIMEX3, no date in the dateline); skipped", path)
        return None
    dct = (dct_el.get("value") or "").strip()[:16]
    if parse_anchor(dct) is None:  # one corpus file has "03-02-2009": skip rather than guess the order
        log.warning("%s: DCT value %r is not an ISO date; skipped", path, dct_el.get("value"))
        return None
    dct_mid = dct_el.get("m_id")
    dct_span: tuple[int, int] | None = None
    gold: list[Timex] = []
    for el, s, e, _ in anchored:
        if el is dct_el:
            dct_span = (s, e)
            continue
        ttype = (el.get("type") or "").upper()
        if ttype not in _TYPES:
            raise GoldError(f"{path}: TIMEX3 {el.get('m_id')!r} has bad type {el.get('type')!r}")
        anchor = el.get("anchorTimeID") or None
        if anchor is not None and anchor == dct_mid:
            anchor = "dct"
        gold.append(Timex(doc_id, f"t{el.get('m_id')}", s, e, text[s:e], ttype,  # type: ignore[arg-type]
                          el.get("value") or UNRESOLVED, el.get("mod") or None, anchor))
    gold.sort(key=lambda t: (t.start, t.end))
    return MeantimeDoc(topic, TmlDocument(doc_id, path, text, dct, tuple(gold)), dct_span, scored_end)


def evaluate(path: Path, *, limit: int | None = None) -> Report:
    """Score our tagger on the MEANTIME CAT XML under `path` (the first `limit` files when given)."""
    files = cat_files(path)
    if limit is not None:
        files = files[:limit]
    report = Report()
    for f in files:
        md = read_cat(f)
        if md is None:
            report.skipped.append(str(f))
            continue
        system = regex_tagger(md.doc)
        if md.dct_span is not None:
            ds, de = md.dct_span
            kept = [t for t in system if t.end <= ds or t.start >= de]
            report.dropped_dateline += len(system) - len(kept)
            system = kept
        kept = [t for t in system if t.start < md.scored_end]
        report.dropped_unannotated += len(system) - len(kept)
        system = kept
        score_doc(report, md.doc, system)
        score_doc(report.topics.setdefault(md.topic, TimemlReport()), md.doc, system)
    report.compute()
    for r in report.topics.values():
        r.compute()
    log.info("scored %d MEANTIME documents from %s (%d skipped)", report.docs, path, len(report.skipped))
    return report
