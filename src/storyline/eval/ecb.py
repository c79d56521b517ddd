"""`storyline eval ecb`: ECB+ cross-document event coreference with *predicted* mentions.

Gold: the CAT-style XML of one ECB+ split (`<split>/<topic>/<doc>.xml`) and, when present, the
CoNLL key `<split>/../keys/evt_gold_<split>.keyfile` (column 4 = `<doc_name>_<m_id>`, column 5 =
cluster). Without a key the gold is read from the XML's `CROSS_DOC_COREF` relations. The key holds
the usual evaluation subset (the corpus' validated sentences), so mentions are predicted in the
sentences that subset covers: those holding at least one gold mention.

Documents are parsed with the full storyline pipeline on the corpus' own tokens (so mentions match
by token span, exactly), mentions come from our event triggers (`storyline.events`: the PLOVER
extractor plus the general trigger detector), and they are clustered across the documents of each
topic by one of two systems, both scored in the same run:

- `lemma`: the baseline — every spaCy verb plus a few event nouns, each distinct lemma in a topic
  one cluster (about 0.56 CoNLL F1 on dev).
- `lemma+`: ablation — our mentions, clustered like the baseline.
- `fusion`: the event-coreference mode of `storyline.fuse.coref.cluster_topic`: the documents of a
  topic are first grouped by content (average-link clustering on idf-weighted words; web-address
  lines are left out, they would group articles by the site they were scraped from), then mentions
  are merged by trigger sense (lemma, derivation, narrow synonym set) inside a document group.
- diagnostics: `fusion@gold` (the same clustering of the *gold* mentions: clustering quality alone)
  and `oracle` (our predicted mentions clustered perfectly: the ceiling mention detection leaves);
  `-v` adds the error classes (missed / spurious mentions, over- / under-merged links) and the
  CoNLL F1 reached by repairing each kind alone.

Conventions (the usual ECB+ setting with predicted mentions): singletons are kept on both sides
(the key lists them); a mention matches only with exactly the same token span; a predicted mention
that matches no gold mention stays in the response and costs precision, a missed gold mention costs
recall (in MUC it is a part of its own, in B³ and CEAF-e it overlaps nothing), as in the reference
scorer (Pradhan et al. 2014, whose worked example the tests check); all topics are scored together
as one pseudo-document, as the CoNLL key file does.

Metrics (standard definitions, implemented here; key K and response R are sets of clusters of
mentions; a mention missing from one side counts as a singleton there):

- MUC (Vilain et al. 1995): recall = Σ_k (|k| − |p_R(k)|) / Σ_k (|k| − 1), where p_R(k) is the
  partition of k by the response clusters (plus singletons for unmatched mentions); precision swaps
  K and R. Singletons carry no links, so they do not count.
- B³ (Bagga & Baldwin 1998): recall = Σ_k Σ_r |k∩r|²/|k| / Σ_k |k|; precision = Σ_r Σ_k |k∩r|²/|r|
  / Σ_r |r| (mentions only in the response add to precision's denominator, never to overlaps).
- CEAF-e (Luo 2005): φ4(k, r) = 2|k∩r| / (|k| + |r|); the one-to-one alignment g maximizing Σ φ4 is
  found with the Hungarian algorithm; recall = Σφ4(g)/|K|, precision = Σφ4(g)/|R|.
- CoNLL F1 = mean of the three F1s (Pradhan et al. 2012).
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from storyline.errors import GoldError
from storyline.eval.scoring import f1 as _f1

log = logging.getLogger(__name__)

Mention = tuple[str, tuple[int, ...]]  # (doc name, sorted token indices)
Clusters = list[list[Mention]]

_EVENT_TAGS = ("ACTION_", "NEG_ACTION_")


# ----------------------------------------------------------------------------------------------
# reading


@dataclass(slots=True)
class EcbDoc:
    """One ECB+ document: its tokens, their sentence numbers and its gold event mentions."""

    name: str
    topic: str
    words: list[str]
    sentences: list[int]
    gold: dict[tuple[int, ...], str] = field(default_factory=dict)  # token indices → gold cluster


def _key_for(split: Path) -> Path | None:
    cand = split.parent / "keys" / f"evt_gold_{split.name}.keyfile"
    return cand if cand.is_file() else None


def read_key(path: Path) -> dict[str, str]:
    """CoNLL key lines `evt  0  i  <doc>_<m_id>  (k)` → {"<doc>_<m_id>": "k"}."""
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 5 or line.startswith("#"):
            continue
        out[parts[3]] = parts[4].strip().strip("()")
    return out


def read_doc(path: Path, key: dict[str, str] | None) -> EcbDoc:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise GoldError(f"{path}: not valid XML: {exc}") from exc
    name = root.get("doc_name") or path.name
    index: dict[str, int] = {}
    words: list[str] = []
    sents: list[int] = []
    for tok in root.iter("token"):
        index[tok.get("t_id", "")] = len(words)
        words.append(tok.text or "_")
        sents.append(int(tok.get("sentence", "0")))
    doc = EcbDoc(name, path.parent.name, words, sents)
    markables = root.find("Markables")
    anchored: dict[str, tuple[int, ...]] = {}
    if markables is not None:
        for m in markables:
            if not m.tag.startswith(_EVENT_TAGS):
                continue
            toks = tuple(sorted(index[a.get("t_id", "")] for a in m.findall("token_anchor")
                                if a.get("t_id", "") in index))
            if toks:
                anchored[m.get("m_id", "")] = toks
    if key is not None:
        for mid, toks in anchored.items():
            cluster = key.get(f"{name}_{mid}")
            if cluster is not None:
                doc.gold[toks] = cluster
        return doc
    relations = root.find("Relations")
    if relations is not None:
        for rel in relations.findall("CROSS_DOC_COREF"):
            note = rel.get("note", rel.get("r_id", ""))
            for s in rel.findall("source"):
                toks = anchored.get(s.get("m_id", ""), ())
                if toks:
                    doc.gold[toks] = note
    return doc


def read_split(split: Path, *, limit: int | None = None) -> list[EcbDoc]:
    """Documents of a split folder, topic by topic (`limit` counts documents)."""
    if not split.is_dir():
        raise GoldError(f"{split}: not a folder of ECB+ topic folders")
    keyfile = _key_for(split)
    key = read_key(keyfile) if keyfile is not None else None
    files = sorted(split.rglob("*.xml"), key=lambda p: (_topic_order(p.parent.name), p.name))
    if not files:
        raise GoldError(f"{split}: no .xml documents found")
    if limit is not None:
        files = files[:limit]
    return [read_doc(p, key) for p in files]


def _topic_order(name: str) -> tuple[int, str]:
    return (int(name), name) if name.isdigit() else (1 << 30, name)


# ----------------------------------------------------------------------------------------------
# metrics


@dataclass(frozen=True, slots=True)
class PRF:
    p: float
    r: float

    @property
    def f1(self) -> float:
        return _f1(self.p, self.r)


def _partition_count(cluster: Sequence[Mention], other: dict[Mention, int]) -> int:
    """|p(cluster)|: parts of the cluster under the other side (unmatched mentions: one part each)."""
    parts: set[int] = set()
    alone = 0
    for m in cluster:
        j = other.get(m)
        if j is None:
            alone += 1
        else:
            parts.add(j)
    return len(parts) + alone


def _index(clusters: Clusters) -> dict[Mention, int]:
    return {m: i for i, c in enumerate(clusters) for m in c}


def muc(key: Clusters, response: Clusters) -> PRF:
    ki, ri = _index(key), _index(response)

    def side(a: Clusters, other: dict[Mention, int]) -> float:
        num = sum(len(c) - _partition_count(c, other) for c in a)
        den = sum(len(c) - 1 for c in a)
        return num / den if den else 0.0

    return PRF(side(response, ki), side(key, ri))


def b_cubed(key: Clusters, response: Clusters) -> PRF:
    ki, ri = _index(key), _index(response)

    def side(a: Clusters, other: dict[Mention, int]) -> float:
        num = 0.0
        total = 0
        for c in a:
            counts: dict[int, int] = defaultdict(int)
            for m in c:
                j = other.get(m)
                if j is not None:
                    counts[j] += 1
            num += sum(n * n for n in counts.values()) / len(c)
            total += len(c)
        return num / total if total else 0.0

    return PRF(side(response, ki), side(key, ri))


def hungarian_max(weights: list[list[float]]) -> float:
    """Maximum total weight of a one-to-one assignment (rows ≤ or > columns both fine).

    Kuhn–Munkres with potentials, O(n²m) (e-maxx formulation on the cost −w)."""
    n = len(weights)
    m = len(weights[0]) if n else 0
    if n == 0 or m == 0:
        return 0.0
    transposed = n > m
    if transposed:
        weights = [list(col) for col in zip(*weights, strict=True)]
        n, m = m, n
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    p = [0] * (m + 1)
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            delta = inf
            j1 = 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = -weights[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    return sum(weights[p[j] - 1][j - 1] for j in range(1, m + 1) if p[j] != 0)


def ceaf_e(key: Clusters, response: Clusters) -> PRF:
    """Entity-based CEAF; the alignment is solved per connected component of overlapping clusters."""
    ri = _index(response)
    # union-find over key clusters (k) and response clusters (r) that share a mention
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x: tuple[str, int]) -> tuple[str, int]:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    overlap: dict[tuple[int, int], int] = defaultdict(int)
    for i, c in enumerate(key):
        find(("k", i))
        for m in c:
            j = ri.get(m)
            if j is not None:
                overlap[(i, j)] += 1
                a, b = find(("k", i)), find(("r", j))
                if a != b:
                    parent[a] = b
    comps: dict[tuple[str, int], tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for i in range(len(key)):
        comps[find(("k", i))][0].append(i)
    for j in range(len(response)):
        if ("r", j) in parent:
            comps[find(("r", j))][1].append(j)
    total = 0.0
    for ks, rs in comps.values():
        if not ks or not rs:
            continue
        w = [[2 * overlap.get((i, j), 0) / (len(key[i]) + len(response[j])) for j in rs] for i in ks]
        total += hungarian_max(w)
    return PRF(total / len(response) if response else 0.0, total / len(key) if key else 0.0)


def conll(key: Clusters, response: Clusters) -> dict[str, PRF | float]:
    scores: dict[str, PRF | float] = {"MUC": muc(key, response), "B3": b_cubed(key, response),
                                      "CEAF-e": ceaf_e(key, response)}
    f1s = [s.f1 for s in scores.values() if isinstance(s, PRF)]
    scores["CoNLL"] = sum(f1s) / len(f1s)
    return scores


# ----------------------------------------------------------------------------------------------
# prediction


@dataclass(slots=True)
class Predicted:
    """Mentions predicted in one document, with the features the clusterers read."""

    doc: EcbDoc
    mentions: list[tuple[tuple[int, ...], str, str]]  # (token indices, lemma, sense class)
    doc_features: frozenset[str]
    arguments: list[frozenset[str]]  # per mention: what its sentence names
    baseline: list[tuple[tuple[int, ...], str, str]] = field(default_factory=list)
    gold_mentions: list[tuple[tuple[int, ...], str, str]] = field(default_factory=list)  # diagnostics
    gold_arguments: list[frozenset[str]] = field(default_factory=list)


def _parse(docs: Sequence[EcbDoc]) -> Iterable[tuple[EcbDoc, object]]:
    from spacy.tokens import Doc

    from storyline.pipeline import build_nlp
    from storyline.records import Document

    nlp = build_nlp()

    def make() -> Iterable[Doc]:
        for d in docs:
            spaces = [True] * len(d.words)
            if spaces:
                spaces[-1] = False
            starts: list[bool | int | None] = [i == 0 or d.sentences[i] != d.sentences[i - 1]
                                               for i in range(len(d.words))]
            sdoc = Doc(nlp.vocab, words=d.words, spaces=spaces, sent_starts=starts)
            sdoc._.document = Document(doc_id=d.name, text=sdoc.text)
            yield sdoc

    yield from zip(docs, nlp.pipe(make(), batch_size=16), strict=True)


def predict(docs: Sequence[EcbDoc]) -> list[Predicted]:
    """Event mentions in the evaluated sentences of each document (see module docstring)."""
    from storyline.events.triggers import describe_span, doc_features, mention_features, trigger_mentions

    out: list[Predicted] = []
    for d, sdoc in _parse(docs):
        keep = {d.sentences[t[0]] for t in d.gold}
        found = [(toks, lemma, cls) for toks, lemma, cls in trigger_mentions(sdoc)  # type: ignore[arg-type]
                 if d.sentences[toks[0]] in keep]
        base = [((t.i,), t.lemma_.lower(), t.lemma_.lower()) for t in sdoc  # type: ignore[attr-defined]
                if d.sentences[t.i] in keep and (t.pos_ == "VERB" or (t.pos_ == "NOUN" and t.lemma_.lower()
                                                                      in _BASELINE_NOUNS))]
        gold = [(toks, *describe_span(sdoc, toks)) for toks in sorted(d.gold)]  # type: ignore[arg-type]
        out.append(Predicted(d, found, doc_features(sdoc),  # type: ignore[arg-type]
                             [mention_features(sdoc, toks) for toks, _, _ in found], base,  # type: ignore[arg-type]
                             gold, [mention_features(sdoc, toks) for toks, _, _ in gold]))  # type: ignore[arg-type]
    return out


# The baseline's "few event nouns" (the reference point: spaCy verbs + a few nouns).
_BASELINE_NOUNS = frozenset({"attack", "death", "shooting", "arrest", "earthquake", "quake", "murder", "crash",
                             "accident", "deal", "meeting", "visit", "election", "war", "fire", "killing"})


def lemma_clusters(preds: Sequence[Predicted]) -> Clusters:
    """Baseline: every spaCy verb plus a few event nouns, one cluster per (topic, lemma)."""
    groups: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for p in preds:
        for toks, lemma, _cls in p.baseline:
            groups[(p.doc.topic, lemma)].append((p.doc.name, toks))
    return list(groups.values())


def lemma_ours_clusters(preds: Sequence[Predicted]) -> Clusters:
    """Ablation: our mentions, clustered like the baseline (one cluster per topic and lemma)."""
    groups: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for p in preds:
        for toks, lemma, _cls in p.mentions:
            groups[(p.doc.topic, lemma)].append((p.doc.name, toks))
    return list(groups.values())


def fusion_clusters(preds: Sequence[Predicted]) -> Clusters:
    """Our fusion coreference in its ECB mode (document blocking, then lemma/sense merging)."""
    from storyline.fuse.coref import TopicMention, cluster_topic

    by_topic: dict[str, list[Predicted]] = defaultdict(list)
    for p in preds:
        by_topic[p.doc.topic].append(p)
    out: Clusters = []
    for _topic, ps in sorted(by_topic.items()):
        items = [TopicMention(p.doc.name, toks, lemma, cls, p.doc_features, args)
                 for p in ps for (toks, lemma, cls), args in zip(p.mentions, p.arguments, strict=True)]
        for c in cluster_topic(items):
            out.append([(m.doc, m.tokens) for m in c])
    return out


def gold_clusters(docs: Sequence[EcbDoc]) -> Clusters:
    groups: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for d in docs:
        for toks, c in d.gold.items():
            groups[(d.topic, c)].append((d.name, toks))
    return list(groups.values())


# ----------------------------------------------------------------------------------------------
# report


@dataclass
class Report:
    """Scores of every system on one split; `metrics` is flat for tests and dashboards."""

    documents: int
    gold_mentions: int
    predicted_mentions: int
    mention_p: float
    mention_r: float
    scores: dict[str, dict[str, PRF | float]]
    metrics: dict[str, float] = field(default_factory=dict)
    examples: list[str] = field(default_factory=list)

    def format(self, *, verbose: bool = False) -> str:
        lines = [
            f"ECB+ event coref: {self.documents} docs, {self.gold_mentions} gold mentions, "
            f"{self.predicted_mentions} predicted",
            f"mentions (exact token span): ours P {self.mention_p:.3f} R {self.mention_r:.3f} "
            f"F1 {_f1(self.mention_p, self.mention_r):.3f}",
            f"                             lemma baseline P {self.metrics.get('baseline_mention_p', 0.0):.3f} "
            f"R {self.metrics.get('baseline_mention_r', 0.0):.3f}",
            "P/R/F1 per metric; CoNLL F1 = mean of the three F1s",
            f"{'system':<12}{'MUC':>15}{'B3':>15}{'CEAF-e':>15}{'CoNLL':>7}",
        ]
        for name, s in self.scores.items():
            cells = []
            for metric in ("MUC", "B3", "CEAF-e"):
                v = s[metric]
                assert isinstance(v, PRF)
                cells.append(f"{_d(v.p)}/{_d(v.r)}/{_d(v.f1)}")
            total = s["CoNLL"]
            assert isinstance(total, float)
            lines.append(f"{name:<12}{cells[0]:>15}{cells[1]:>15}{cells[2]:>15}{total:>7.3f}")
        lines.append("(fusion@gold: our clustering of the gold mentions; oracle: our mentions clustered perfectly)")
        if verbose:
            m = self.metrics
            lines.append(
                f"errors: {m.get('missed_mentions', 0):.0f} missed / {m.get('spurious_mentions', 0):.0f} spurious "
                f"mentions ({m.get('span_mismatches', 0):.0f} spurious ones overlap a gold span); links among "
                f"matched mentions: {m.get('right_links', 0):.0f} right, {m.get('over_merged_links', 0):.0f} "
                f"over-merged, {m.get('under_merged_links', 0):.0f} under-merged")
            lines.append(
                f"CoNLL if repaired: no spurious mentions {m.get('conll_without_spurious', 0):.3f}, no over-merge "
                f"{m.get('conll_without_over_merge', 0):.3f}, perfect clustering (oracle) "
                f"{m.get('oracle_conll', 0):.3f}, gold mentions {m.get('fusion@gold_conll', 0):.3f}")
        if verbose and self.examples:
            lines.append("missed gold mentions (sample):")
            lines.extend(f"  {e}" for e in self.examples)
        return "\n".join(lines)


def _d(x: float) -> str:
    """".782": three decimals without the leading zero, so a row fits an 80-column terminal."""
    return f"{x:.3f}".lstrip("0") if x < 1 else "1.00"


SYSTEMS: dict[str, Callable[[Sequence[Predicted]], Clusters]] = {
    "lemma": lemma_clusters,
    "lemma+": lemma_ours_clusters,
    "fusion": fusion_clusters,
}


def oracle_clusters(preds: Sequence[Predicted]) -> Clusters:
    """Diagnostic upper bound: our predicted mentions, clustered perfectly (spurious ones alone)."""
    groups: dict[object, list[Mention]] = defaultdict(list)
    for p in preds:
        for toks, _lemma, _cls in p.mentions:
            c = p.doc.gold.get(toks)
            groups[(p.doc.topic, c) if c is not None else (p.doc.name, toks)].append((p.doc.name, toks))
    return list(groups.values())


def _on_gold_mentions(preds: Sequence[Predicted]) -> list[Predicted]:
    return [Predicted(p.doc, p.gold_mentions, p.doc_features, p.gold_arguments) for p in preds]


def link_errors(key: Clusters, response: Clusters) -> dict[str, int]:
    """Pairwise links among the mentions both sides share: right, over-merged (linked by the
    response only), under-merged (linked by the key only). Counted from cluster overlaps, not pairs."""
    ri = _index(response)
    ki = _index(key)
    right = gold = pred = 0
    for c in key:
        shared = [m for m in c if m in ri]
        gold += len(shared) * (len(shared) - 1) // 2
        parts: dict[int, int] = defaultdict(int)
        for m in shared:
            parts[ri[m]] += 1
        right += sum(n * (n - 1) // 2 for n in parts.values())
    for c in response:
        n = sum(1 for m in c if m in ki)
        pred += n * (n - 1) // 2
    return {"right_links": right, "over_merged_links": pred - right, "under_merged_links": gold - right}


def evaluate(path: str | Path, *, limit: int | None = None) -> Report:
    """Score the lemma baseline and our fusion coreference on one ECB+ split folder, plus two
    diagnostics: our clustering on the gold mentions and a perfect clustering of our mentions."""
    docs = read_split(Path(path), limit=limit)
    key = gold_clusters(docs)
    preds = predict(docs)
    gold_set = {(d.name, t) for d in docs for t in d.gold}
    pred_set = {(p.doc.name, t) for p in preds for t, _, _ in p.mentions}
    base_set = {(p.doc.name, t) for p in preds for t, _, _ in p.baseline}
    hit = len(gold_set & pred_set)
    fusion = fusion_clusters(preds)
    scores = {name: conll(key, fusion if fn is fusion_clusters else fn(preds)) for name, fn in SYSTEMS.items()}
    scores["fusion@gold"] = conll(key, fusion_clusters(_on_gold_mentions(preds)))
    scores["oracle"] = conll(key, oracle_clusters(preds))
    metrics: dict[str, float] = {
        "mention_p": hit / len(pred_set) if pred_set else 0.0,
        "mention_r": hit / len(gold_set) if gold_set else 0.0,
        "baseline_mention_p": len(gold_set & base_set) / len(base_set) if base_set else 0.0,
        "baseline_mention_r": len(gold_set & base_set) / len(gold_set) if gold_set else 0.0,
    }
    for name, s in scores.items():
        for metric, v in s.items():
            metrics[f"{name}_{metric.lower().replace('-', '_')}"] = v.f1 if isinstance(v, PRF) else v
    # error classes: what each kind of error costs, measured by repairing only that kind
    gold_by_doc = _by_doc(gold_set)
    spans = {(d, t) for d, t in pred_set - gold_set if any(set(t) & set(g) for g in gold_by_doc.get(d, ()))}
    metrics["missed_mentions"] = len(gold_set - pred_set)
    metrics["spurious_mentions"] = len(pred_set - gold_set)
    metrics["span_mismatches"] = len(spans)
    metrics.update({k: float(v) for k, v in link_errors(key, fusion).items()})
    no_spurious = [[m for m in c if m in gold_set] for c in fusion]
    metrics["conll_without_spurious"] = _conll(key, [c for c in no_spurious if c])
    gold_of = {(d.name, t): (d.topic, c) for d in docs for t, c in d.gold.items()}
    split: Clusters = []
    for c in fusion:
        parts: dict[object, list[Mention]] = defaultdict(list)
        for m in c:
            parts[gold_of.get(m, m)].append(m)
        split.extend(parts.values())
    metrics["conll_without_over_merge"] = _conll(key, split)
    examples = []
    by_name = {d.name: d for d in docs}
    for doc_name, toks in sorted(gold_set - pred_set)[:40]:
        d = by_name[doc_name]
        examples.append(f"{doc_name}: {' '.join(d.words[i] for i in toks)!r} in "
                        f"{' '.join(w for i, w in enumerate(d.words) if d.sentences[i] == d.sentences[toks[0]])[:120]!r}")
    return Report(len(docs), len(gold_set), len(pred_set), metrics["mention_p"], metrics["mention_r"],
                  scores, metrics, examples)


def _by_doc(mentions: Iterable[Mention]) -> dict[str, list[tuple[int, ...]]]:
    out: dict[str, list[tuple[int, ...]]] = defaultdict(list)
    for d, t in mentions:
        out[d].append(t)
    return out


def _conll(key: Clusters, response: Clusters) -> float:
    v = conll(key, response)["CoNLL"]
    assert isinstance(v, float)
    return v
