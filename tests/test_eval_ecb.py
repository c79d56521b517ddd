"""ECB+ cross-document event coreference: metric definitions and a pinned dev floor."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from storyline.eval.ecb import b_cubed, ceaf_e, conll, evaluate, hungarian_max, muc
from storyline.fuse.coref import TopicMention, cluster_topic, document_blocks


def _m(name: str) -> tuple[str, tuple[int, ...]]:
    return ("d", (ord(name),))


# The worked example of Pradhan et al. (2014), "Scoring coreference partitions of predicted mentions".
KEY = [[_m(x) for x in "abc"], [_m(x) for x in "defg"]]
RESPONSE = [[_m(x) for x in "ab"], [_m(x) for x in "cd"], [_m(x) for x in "fghi"]]


def test_muc_b3_ceafe_match_the_published_example() -> None:
    m, b, c = muc(KEY, RESPONSE), b_cubed(KEY, RESPONSE), ceaf_e(KEY, RESPONSE)
    assert (round(m.r, 4), round(m.p, 4)) == (0.4, 0.4)
    assert (round(b.r, 4), round(b.p, 4)) == (round(35 / 84, 4), 0.5)
    assert (round(c.r, 4), round(c.p, 4)) == (0.65, round(1.3 / 3, 4))
    score = conll(KEY, RESPONSE)["CoNLL"]
    assert isinstance(score, float)
    assert score == pytest.approx((m.f1 + b.f1 + c.f1) / 3)


def test_perfect_and_singleton_responses() -> None:
    s = conll(KEY, KEY)
    assert s["CoNLL"] == pytest.approx(1.0)
    singletons = [[x] for c in KEY for x in c]
    assert muc(KEY, singletons).r == 0.0
    assert b_cubed(KEY, singletons).p == 1.0


def test_hungarian_finds_the_best_assignment() -> None:
    w = [[0.1, 0.9, 0.3], [0.8, 0.7, 0.0], [0.2, 0.95, 0.4], [0.5, 0.1, 0.6]]
    brute = max(sum(w[i][j] for i, j in zip(rows, range(3), strict=False))
                for rows in itertools.permutations(range(4), 3))
    assert hungarian_max(w) == pytest.approx(brute)
    assert hungarian_max([list(r) for r in zip(*w, strict=True)]) == pytest.approx(brute)


def test_document_blocks_and_topic_clusters() -> None:
    feats = {"a": frozenset({"n:lima", "d:2009"}), "b": frozenset({"n:lima", "d:2009", "n:x"}),
             "c": frozenset({"n:quito", "d:2011"}), "d": frozenset({"n:quito", "d:2011"})}
    blocks = sorted(sorted(b) for b in document_blocks(feats))
    assert blocks == [["a", "b"], ["c", "d"]]
    ms = [TopicMention(doc, (i,), "quake", "QUAKE", feats[doc]) for i, doc in enumerate("abcd")]
    ms.append(TopicMention("a", (9,), "say", "SAY", feats["a"]))
    got = sorted(sorted(m.doc for m in c) for c in cluster_topic(ms))
    assert got == [["a"], ["a", "b"], ["c", "d"]]


@pytest.mark.slow
def test_ecb_dev_floor(data_dir: Path) -> None:
    dev = data_dir / "ecbplus" / "dev"
    if not dev.is_dir():
        pytest.skip("ECB+ dev split not present")
    report = evaluate(dev, limit=45)  # 3 topics, ~6 s; the full split is the CLI's job
    assert report.metrics["fusion_conll"] >= 0.517  # measured 0.537 (full dev: 0.640)
    assert report.metrics["fusion_conll"] >= report.metrics["lemma_conll"] + 0.10  # lemma: 0.391
    assert report.metrics["mention_r"] >= 0.70  # measured 0.752
    assert "CoNLL" in report.format()
