"""`storyline eval actors DIR`: named actor mentions and their cross-document ids on MEANTIME.

The CAT XML is read by `storyline.eval.meantime.parse_cat` (same detokenized text and character
spans as the timex eval); our `storyline_actors` component runs on that text.

Scored region. The document-level entity annotation covers sentences 0-5 (headline, dateline,
four body sentences): every mention there has a `syntactic_type`. The cross-document pass added
~965 mentions after sentence 5, but only for entities that already had a cross-document chain and
without a `syntactic_type` (in the three shared topics: 0 NAM mentions start after sentence 5 but
one; the intra-doc release has no mention there at all). Beyond sentence 5 a missing annotation
is therefore not a negative, so gold and system mentions are scored only when they start before
the end of sentence 5 (the same `ANNOTATED_SENTENCES` as the timex eval); the rest is counted.

Gold names: ENTITY_MENTIONs with `syntactic_type="NAM"` whose REFERS_TO instance has `ent_type`
PER, ORG or LOC. MEANTIME extents are whole noun phrases ("the USAF", "United States airframer
Boeing", "Joe Leonard, Chairman ... of AirTran Airways"), nested names are annotated separately.
"Don't care" regions (system names there that pair with no gold name are neither hits nor
spurious, counted): other NAM or PRE.NAM (name used as premodifier: "German airline") mentions --
products (PRO), FIN, MIX, unlinked names, name premodifiers -- and every mention of a PRO
instance whatever its syntactic type, since product phrases embed the maker's name ("twelve new
long-haul Xyz jets") and MEANTIME does not annotate that name on its own.

System names: our `ActorMention`s of every type but `weapon_system` (dropped, counted; MEANTIME
files products under PRO, not scored) that are names, not anaphora: not a pronoun (an all-caps country or organization such as
"US" is an abbreviation, not "us"), a capitalized
word after any leading article, and for persons a word shared with the resolved name (so "he",
"the spokesman", "the Minister" resolved to a person are not names). Types: person -> PER;
organization, media -> ORG; country, location -> LOC; other -> OTHER (always a type error).

Unpaired demonym adjectives: a system country mention whose text is a singular demonym
("Xlandish", never the plural "Xlanders") and that pairs with no gold name is neither a hit nor
spurious (counted): we produce them on purpose (the country behind "Xlandish officials"), and
MEANTIME annotates demonyms only inside larger noun phrases, never on their own.

Detection metrics (per topic and overall, pooled over documents):
- relaxed: gold and system names are paired one-to-one per document among pairs that overlap,
  greedily: first pairs whose system span covers the gold extent's head word (the last word
  before a comma, bracket or "of/in/at/..." phrase: "United States airframer Boeing" pairs with
  "Boeing", not "United States"), then by descending character IoU; P = pairs / system,
  R = pairs / gold, F1. Unpaired system names inside a paired gold extent stay spurious
  (shown apart in `-v`): MEANTIME annotates nested names it considers mentions on their own.
- strict: one-to-one pairs with identical character spans, where the gold span may also lose a
  leading article ("the USAF" = "USAF": our mentions never include it).
- type accuracy: share of relaxed pairs whose mapped system type equals the gold ent_type.

Coreference of the relaxed pairs (pooled over all documents of a topic, and over all topics for
the overall row, since both our `entity_id`s and MEANTIME `instance_id`s are corpus-wide): key
clusters = matched mentions grouped by gold instance_id, response = grouped by our entity_id.
B³ and MUC as in `storyline.eval.ecb` (imported). Chains: gold instances whose matched names lie in
at least two documents; "recovered" when all those names carry one entity_id.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from storyline.actors.gazetteer import lookup
from storyline.errors import GoldError
from storyline.eval.ecb import b_cubed, muc
from storyline.eval.meantime import ANNOTATED_SENTENCES, cat_files, parse_cat
from storyline.eval.scoring import prf
from storyline.records import ActorMention, Document, EntityType

__all__ = ["ActorsDoc", "ActorsReport", "GoldName", "SysName", "evaluate", "is_name", "read_gold", "score_docs",
           "system_names"]

log = logging.getLogger(__name__)

GOLD_TYPES = frozenset({"PER", "ORG", "LOC"})
NAME_TYPES = frozenset({"NAM", "PRE.NAM"})
DONT_CARE_TYPES = frozenset({"PRO"})  # product phrases embed their maker's name ("new Airbus jets")
TYPE_MAP: dict[str, str] = {
    "person": "PER", "organization": "ORG", "media": "ORG", "country": "LOC", "location": "LOC", "other": "OTHER",
}
EXCLUDED: frozenset[EntityType] = frozenset({"weapon_system"})
PRONOUNS = frozenset({
    "he", "she", "him", "her", "his", "hers", "they", "them", "their", "theirs", "it", "its", "we", "us", "our",
    "i", "me", "my", "you", "your", "who", "whom", "whose", "which", "that", "this", "these", "those",
    "himself", "herself", "itself", "themselves",
})
_ARTICLES = frozenset({"the", "a", "an"})
_WORD = re.compile(r"[^\W_][\w'’.&-]*")
_EXAMPLES = 8
_POSTMOD = re.compile(r",| \(| - | (?:of|in|near|at|for|from|on|with|who|which|that) ")


@dataclass(frozen=True, slots=True)
class GoldName:
    doc_id: str
    start: int
    end: int
    text: str
    type: str  # PER / ORG / LOC
    instance_id: str
    core_start: int  # start without a leading article
    head_start: int  # the approximate head word (see `_head`)
    head_end: int


@dataclass(frozen=True, slots=True)
class SysName:
    doc_id: str
    start: int
    end: int
    text: str
    type: str  # mapped: PER / ORG / LOC / OTHER
    entity_id: str


@dataclass(frozen=True, slots=True)
class ActorsDoc:
    """The gold of one CAT XML file, restricted to the scored region."""

    topic: str
    doc_id: str
    text: str
    gold: tuple[GoldName, ...]
    ignore: tuple[tuple[int, int], ...]  # don't-care extents (other names, name premodifiers)
    scored_end: int
    gold_outside: int = 0  # entity mentions after the scored region (not scored)


def read_gold(path: Path) -> ActorsDoc:
    """Gold names of one CAT XML file; `GoldError` naming the file when it is malformed."""
    cat = parse_cat(path)
    markables = cat.root.find("Markables")
    relations = cat.root.find("Relations")
    instances: dict[str, tuple[str, str]] = {}  # ENTITY m_id -> (ent_type, instance_id)
    for el in (markables.iter("ENTITY") if markables is not None else ()):
        mid = el.get("m_id") or ""
        instances[mid] = ((el.get("ent_type") or "").upper(), el.get("instance_id") or f"{cat.doc_id}#{mid}")
    link: dict[str, tuple[str, str]] = {}
    for rel in (relations.iter("REFERS_TO") if relations is not None else ()):
        target = rel.find("target")
        inst = instances.get(target.get("m_id") or "") if target is not None else None
        if inst is None:
            continue  # an event chain, or a dangling target
        for src in rel.iter("source"):
            link.setdefault(src.get("m_id") or "", inst)
    gold: list[GoldName] = []
    ignore: list[tuple[int, int]] = []
    outside = 0
    for el in (markables.iter("ENTITY_MENTION") if markables is not None else ()):
        tids = [a.get("t_id") or "" for a in el.iter("token_anchor")]
        if not tids:
            continue
        mention_id = el.get("m_id") or ""
        start, end, sent = cat.anchor_span(tids, f"ENTITY_MENTION {mention_id!r}")
        if sent >= ANNOTATED_SENTENCES:
            outside += 1
            continue
        stype = el.get("syntactic_type") or ""
        inst = link.get(mention_id)
        if stype == "NAM" and inst is not None and inst[0] in GOLD_TYPES:
            text = cat.text[start:end]
            first = text.split(" ", 1)
            core = start + len(first[0]) + 1 if len(first) == 2 and first[0].lower() in _ARTICLES else start
            hs, he = _head(text)
            gold.append(GoldName(cat.doc_id, start, end, text, inst[0], inst[1], core, start + hs, start + he))
        elif stype in NAME_TYPES or (inst is not None and inst[0] in DONT_CARE_TYPES):
            ignore.append((start, end))
    gold.sort(key=lambda g: (g.start, g.end))
    return ActorsDoc(cat.topic, cat.doc_id, cat.text, tuple(gold), tuple(sorted(ignore)), cat.scored_end, outside)


def _head(text: str) -> tuple[int, int]:
    """Offsets of the head word of a gold extent: the last word before a post-modifier.

    MEANTIME's `head` attribute is empty; English NP heads precede appositions, "of"/"in" phrases
    and brackets ("Joe Leonard, Chairman of X" -> "Leonard"; "United States airframer Boeing" ->
    "Boeing"), so the last word before the first of those is a good approximation.
    """
    cut = _POSTMOD.search(text)
    pre = text[: cut.start()] if cut is not None and cut.start() > 0 else text
    pre = pre.rstrip()
    start = pre.rfind(" ") + 1
    return start, len(pre)


def is_demonym_adjective(s: SysName) -> bool:
    """A singular demonym ("Xlandish", "North Xlandian") typed as its country.

    We want those (an article's "Xlandish officials" tie the event to Xland), but they are
    adjectives, not names, and MEANTIME never annotates them on their own; plurals ("Xlanders")
    are nouns for people and stay scored.
    """
    if s.type != "LOC":
        return False
    hit = lookup(s.text)
    if hit is None or hit.kind != "demonym":
        return False
    singular = s.text[:-1] if s.text.endswith("s") else None
    return not (singular and (sh := lookup(singular)) is not None and sh.kind == "demonym")


def is_name(m: ActorMention) -> bool:
    """A proper-name mention, not a pronoun or a role-noun anaphor resolved to a person.

    An all-capitals word typed as a country or organization is an abbreviation, not a pronoun:
    our gazetteer matches case-sensitively, so "US" there is the country and never "us".
    """
    text = m.text.strip()
    abbreviation = len(text) > 1 and text.isupper() and m.type in ("country", "organization", "media")
    if text.lower() in PRONOUNS and not abbreviation:
        return False
    words = _WORD.findall(m.text)
    while words and words[0].lower() in _ARTICLES:
        words = words[1:]
    if not any(w[0].isupper() or w[0].isdigit() for w in words):
        return False
    if m.type == "person":
        name_words = {w.lower() for w in _WORD.findall(m.name)}
        return any(w.lower() in name_words for w in words)
    return True


@dataclass
class Dropped:
    """System mentions not scored, by reason."""

    excluded_type: int = 0  # weapon systems
    not_name: int = 0  # pronouns, role nouns
    outside: int = 0  # after the scored region
    dont_care: int = 0  # on an unscored gold name (product, premodifier, unlinked)
    demonym: int = 0  # an adjectival demonym ("Xlandish") that pairs with no gold name


def system_names(doc: ActorsDoc, actors: Iterable[ActorMention], dropped: Dropped) -> list[SysName]:
    """Our mentions that take part in scoring (see the module docstring); the rest counted in `dropped`."""
    out: list[SysName] = []
    for m in actors:
        if m.type in EXCLUDED:
            dropped.excluded_type += 1
        elif not is_name(m):
            dropped.not_name += 1
        elif m.start >= doc.scored_end:
            dropped.outside += 1
        else:
            out.append(SysName(doc.doc_id, m.start, m.end, m.text, TYPE_MAP.get(m.type, "OTHER"), m.entity_id))
    return out


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def _pair(gold: Sequence[GoldName], system: Sequence[SysName]) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs among overlapping spans, greedily: pairs where the
    system span covers the gold head word first, then by descending IoU."""
    cands: list[tuple[bool, float, int, int]] = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            ov = _overlap(g.start, g.end, s.start, s.end)
            if ov:
                union = max(g.end, s.end) - min(g.start, s.start)
                on_head = _overlap(g.head_start, g.head_end, s.start, s.end) > 0
                cands.append((not on_head, -ov / union, gi, si))
    cands.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, gi, si in cands:
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            pairs.append((gi, si))
    return pairs


def _prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    return prf(tp, n_sys, tp, n_gold)


@dataclass
class Score:
    """Counts of one topic (or all): detection, types and the matched pairs for coreference."""

    docs: int = 0
    gold: int = 0
    system: int = 0
    relaxed: int = 0
    strict: int = 0
    type_ok: int = 0
    pairs: list[tuple[GoldName, SysName]] = field(default_factory=list)
    metrics: dict[str, float] = field(default_factory=dict)
    chains: tuple[int, int] = (0, 0)  # (multi-doc gold chains among matched names, recovered as one id)
    gold_docs: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # instance -> docs naming it

    @property
    def gold_chains(self) -> int:
        """Gold instances named (scored names, matched or not) in at least two documents."""
        return sum(1 for docs in self.gold_docs.values() if len(docs) >= 2)

    def compute(self) -> None:
        m = self.metrics
        m["relaxed_p"], m["relaxed_r"], m["relaxed_f1"] = _prf(self.relaxed, self.system, self.gold)
        m["strict_p"], m["strict_r"], m["strict_f1"] = _prf(self.strict, self.system, self.gold)
        m["type_acc"] = self.type_ok / self.relaxed if self.relaxed else 0.0
        key: dict[str, list[tuple[str, tuple[int, ...]]]] = defaultdict(list)
        resp: dict[str, list[tuple[str, tuple[int, ...]]]] = defaultdict(list)
        docs_of: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # instance -> id -> docs
        for g, s in self.pairs:
            mention = (g.doc_id, (g.start, g.end))
            key[g.instance_id].append(mention)
            resp[s.entity_id].append(mention)
            docs_of[g.instance_id][s.entity_id].add(g.doc_id)
        b3 = b_cubed(list(key.values()), list(resp.values()))
        mu = muc(list(key.values()), list(resp.values()))
        m["b3_p"], m["b3_r"], m["b3_f1"] = b3.p, b3.r, b3.f1
        m["muc_p"], m["muc_r"], m["muc_f1"] = mu.p, mu.r, mu.f1
        multi = [ids for ids in docs_of.values() if len(set().union(*ids.values())) >= 2]
        self.chains = (len(multi), sum(1 for ids in multi if len(ids) == 1))
        m["chains_recovered"] = self.chains[1] / self.chains[0] if self.chains[0] else 0.0


@dataclass
class ActorsReport:
    """Overall and per-topic scores, what was not scored, and error examples for `-v`."""

    overall: Score = field(default_factory=Score)
    topics: dict[str, Score] = field(default_factory=dict)
    dropped: Dropped = field(default_factory=Dropped)
    gold_outside: int = 0
    missed: list[GoldName] = field(default_factory=list)
    spurious: list[tuple[SysName, bool]] = field(default_factory=list)  # (mention, inside a matched gold name)

    @property
    def metrics(self) -> dict[str, float]:
        return self.overall.metrics

    def compute(self) -> None:
        """Fill the metrics of the overall and per-topic scores (call once all documents are in)."""
        for sc in (self.overall, *self.topics.values()):
            sc.compute()

    def format(self, *, verbose: bool = False) -> str:
        d = self.dropped
        lines = [
            f"MEANTIME actors: {len(self.topics)} topic(s), {self.overall.docs} documents; scored region: sentences "
            f"0-{ANNOTATED_SENTENCES - 1} ({self.gold_outside} gold entity mentions after it not scored)",
            f"system mentions not scored: {d.outside} after the region, {d.excluded_type} weapon systems, "
            f"{d.not_name} pronoun/role anaphora, {d.dont_care} on unscored gold names (products, premodifiers), "
            f"{d.demonym} unpaired demonym adjectives",
            f"{'topic':10}{'docs':>5}{'gold':>6}{'sys':>6}{'relaxed P/R/F1':>22}{'strict F1':>10}{'type':>7}"
            f"{'B3 F1':>7}{'MUC F1':>7}{'chains':>9}",
        ]
        for name, sc in [*sorted(self.topics.items()), ("overall", self.overall)]:
            m = sc.metrics
            lines.append(
                f"{name:10}{sc.docs:5d}{sc.gold:6d}{sc.system:6d}"
                f"{m['relaxed_p']:8.4f}{m['relaxed_r']:7.4f}{m['relaxed_f1']:7.4f}{m['strict_f1']:10.4f}"
                f"{m['type_acc']:7.4f}{m['b3_f1']:7.4f}{m['muc_f1']:7.4f}{sc.chains[1]:5d}/{sc.chains[0]:<3d}")
        m = self.metrics
        lines += [f"overall: strict P {m['strict_p']:.4f} R {m['strict_r']:.4f}; B3 P {m['b3_p']:.4f} "
                     f"R {m['b3_r']:.4f}; MUC P {m['muc_p']:.4f} R {m['muc_r']:.4f}",
                     f"chains: gold instances with matched names in >=2 documents, recovered as one id "
                     f"(of {self.overall.gold_chains} gold instances named in >=2 documents)"]
        if verbose:
            lines += self._errors()
        return "\n".join(lines)

    def _errors(self) -> list[str]:
        out: list[str] = []

        def group(title: str, items: dict[str, list[str]]) -> None:
            out.append(f"\n{title}: {sum(len(v) for v in items.values())}")
            for k, v in sorted(items.items(), key=lambda kv: -len(kv[1])):
                shown = Counter(v).most_common(_EXAMPLES)
                out.append(f"  {k} ({len(v)}): " + "; ".join(f"{t!r}" + (f" x{n}" if n > 1 else "") for t, n in shown))

        missed: dict[str, list[str]] = defaultdict(list)
        for g in self.missed:
            missed[g.type].append(g.text)
        group("missed gold names by gold type", missed)
        spur: dict[str, list[str]] = defaultdict(list)
        for s, nested in self.spurious:
            spur[f"{s.type}{' (inside a matched gold name)' if nested else ''}"].append(s.text)
        group("spurious names by our type", spur)
        conf: dict[str, list[str]] = defaultdict(list)
        for g, s in self.overall.pairs:
            if g.type != s.type:
                conf[f"gold {g.type} -> ours {s.type}"].append(f"{s.text} [{s.entity_id}]")
        group("type confusions", conf)
        ids_of: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        inst_of: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for g, s in self.overall.pairs:
            ids_of[g.instance_id][s.entity_id].append(s.text)
            inst_of[s.entity_id][g.instance_id].append(g.text)
        split = sorted(((i, ids) for i, ids in ids_of.items() if len(ids) > 1), key=lambda x: -len(x[1]))
        out.append(f"\nsplit gold entities (one instance, several of our ids): {len(split)}")
        for inst, ids in split[:_EXAMPLES * 2]:
            out.append(f"  {inst}: " + "; ".join(f"{eid} {sorted(set(t))[:3]}" for eid, t in ids.items()))
        merged = sorted(((e, ins) for e, ins in inst_of.items() if len(ins) > 1), key=lambda x: -len(x[1]))
        out.append(f"\nmerged gold entities (one of our ids, several instances): {len(merged)}")
        for eid, ins in merged[:_EXAMPLES * 2]:
            out.append(f"  {eid}: " + "; ".join(f"{i} {sorted(set(t))[:3]}" for i, t in ins.items()))
        return out


def score_docs(report: ActorsReport, doc: ActorsDoc, system: Sequence[SysName]) -> None:
    """Add one document's gold and system names to the overall and topic scores."""
    topic = report.topics.setdefault(doc.topic, Score())
    pairs = _pair(doc.gold, system)
    exact_g = {(g.start, g.end) for g in doc.gold} | {(g.core_start, g.end) for g in doc.gold}
    # strict: one-to-one on identical spans (a gold span and its article-less core are one item)
    strict_used: set[int] = set()
    strict = 0
    for s in system:
        if (s.start, s.end) not in exact_g:
            continue
        for gi, g in enumerate(doc.gold):
            if gi not in strict_used and g.end == s.end and s.start in (g.start, g.core_start):
                strict_used.add(gi)
                strict += 1
                break
    matched_s = {si for _, si in pairs}
    matched_g = {gi for gi, _ in pairs}
    spurious = 0
    for si, s in enumerate(system):
        if si in matched_s:
            continue
        if is_demonym_adjective(s):
            report.dropped.demonym += 1
            continue
        if any(_overlap(a, b, s.start, s.end) for a, b in doc.ignore) and not any(
                _overlap(g.start, g.end, s.start, s.end) for g in doc.gold):
            report.dropped.dont_care += 1
            continue
        spurious += 1
        nested = any(_overlap(doc.gold[gi].start, doc.gold[gi].end, s.start, s.end) for gi in matched_g)
        report.spurious.append((s, nested))
    report.missed += [g for gi, g in enumerate(doc.gold) if gi not in matched_g]
    report.gold_outside += doc.gold_outside
    for sc in (report.overall, topic):
        sc.docs += 1
        sc.gold += len(doc.gold)
        for g in doc.gold:
            sc.gold_docs[g.instance_id].add(g.doc_id)
        sc.system += len(pairs) + spurious
        sc.relaxed += len(pairs)
        sc.strict += strict
        sc.type_ok += sum(1 for gi, si in pairs if doc.gold[gi].type == system[si].type)
        sc.pairs += [(doc.gold[gi], system[si]) for gi, si in pairs]


def evaluate(path: Path, *, limit: int | None = None) -> ActorsReport:
    """Run `storyline_actors` over the MEANTIME CAT XML under `path` (first `limit` files) and score it."""
    from storyline.pipeline import build_nlp, make_doc

    files = cat_files(Path(path))
    if limit is not None:
        files = files[:limit]
    if not files:
        raise GoldError(f"no MEANTIME CAT XML files under {path}")
    nlp = build_nlp(components=("storyline_actors",))
    report = ActorsReport()
    golds = (read_gold(f) for f in files)
    pending: deque[ActorsDoc] = deque()

    def made() -> Iterable[object]:
        for g in golds:
            pending.append(g)
            yield make_doc(nlp, Document(doc_id=g.doc_id, text=g.text))

    for sdoc in nlp.pipe(made(), batch_size=16):  # type: ignore[arg-type]
        doc = pending.popleft()
        score_docs(report, doc, system_names(doc, sdoc._.actors, report.dropped))
    report.compute()
    log.info("actors: %d MEANTIME docs, relaxed F1 %.4f", report.overall.docs, report.metrics["relaxed_f1"])
    return report
