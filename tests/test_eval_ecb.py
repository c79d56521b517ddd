"""ECB+ cross-document event coreference: metric definitions and a pinned dev floor."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from storyline.eval.ecb import b_cubed, ceaf_e, conll, evaluate, hungarian_max, link_errors, muc
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


def test_link_errors_count_over_and_under_merges() -> None:
    # shared mentions a..g; key links a-b, a-c, b-c, d-f, d-g, f-g; response links a-b, c-d, f-g
    assert link_errors(KEY, RESPONSE) == {"right_links": 2, "over_merged_links": 1, "under_merged_links": 4}


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
    ms.append(TopicMention("a", (9,), "say", "SAY", feats["a"], singleton=True))
    got = sorted(sorted(m.doc for m in c) for c in cluster_topic(ms))
    assert got == [["a"], ["a", "b"], ["c", "d"]]


def test_document_blocks_average_link_does_not_chain_through_a_round_up() -> None:
    """Two stories of four articles each plus one round-up naming both: single link would chain
    all nine into one block; average link keeps the stories apart and the round-up joins one."""
    one = {f"w:{w}" for w in ("lima", "quake", "friday", "garcia")}
    two = {f"w:{w}" for w in ("quito", "flood", "sunday", "mendez")}
    feats = {f"a{i}": frozenset(one | {f"w:a{i}"}) for i in range(4)}
    feats |= {f"b{i}": frozenset(two | {f"w:b{i}"}) for i in range(4)}
    feats["roundup"] = frozenset({"w:lima", "w:quito", "w:garcia", "w:mendez", "w:week"})
    blocks = sorted(sorted(b) for b in document_blocks(feats))
    assert len(blocks) == 2
    assert {tuple(b) for b in blocks} & {("a0", "a1", "a2", "a3"), ("b0", "b1", "b2", "b3")}
    assert sum(len(b) for b in blocks) == 9


@pytest.mark.slow
def test_ecb_dev_floor(data_dir: Path) -> None:
    dev = data_dir / "ecbplus" / "dev"
    if not dev.is_dir():
        pytest.skip("ECB+ dev split not present")
    report = evaluate(dev, limit=45)  # 2 topics and a document, ~9 s; the full split is the CLI's job
    assert report.metrics["fusion_conll"] >= 0.567  # measured 0.588 (full dev: 0.707)
    assert report.metrics["fusion_conll"] >= report.metrics["lemma_conll"] + 0.15  # lemma: 0.391
    assert report.metrics["fusion@gold_conll"] >= 0.72  # clustering alone, on gold mentions: 0.745
    assert report.metrics["mention_r"] >= 0.73  # measured 0.752
    assert report.metrics["mention_p"] >= 0.85  # measured 0.871
    assert "CoNLL" in report.format()
