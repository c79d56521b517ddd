"""Fusion: event coreference, corroborations, contradictions, deals, entities, scaling."""

from __future__ import annotations

import dataclasses
import io
import json

import pytest

from storyline.export import MemoryCorpus
from storyline.export.jsonl import deal_from_json, deal_json
from storyline.export.report import passage_anchor, render_report
from storyline.export.timeline import render_timeline
from storyline.fuse import benchmark, fuse
from storyline.fuse.common import CountryMap, dates_compatible, system_family
from storyline.records import (
    ActorMention,
    Annotation,
    DocDate,
    Document,
    EventDate,
    EventMention,
    Span,
    Status,
)

_TEXT = "x" * 400


def _actor(doc: str, start: int, text: str, eid: str, typ: str = "country", **kw: object) -> ActorMention:
    return ActorMention(doc, start, start + len(text), text, eid, typ, kw.pop("name", text), **kw)  # type: ignore[arg-type]


def _ev(doc: str, n: int, type_: str, status: Status, *, stage: str | None = None, src: tuple[str, ...] = (),
        tgt: tuple[str, ...] = (), system: str | None = None, date: str | None = None, qty: int | None = None,
        unit: str | None = None, value: float | None = None, text: str = "trig", sent: tuple[int, int] = (0, 90),
        ) -> EventMention:
    start = n * 100 + 10
    return EventMention(doc, f"e{n}", start, start + len(text), text, Span(n * 100 + sent[0], n * 100 + sent[1]),
                        type_, status, arms_stage=stage, source=src, target=tgt, system=system,  # type: ignore[arg-type]
                        quantity=qty, unit=unit, value_usd=value, date=EventDate(date) if date else None)


def _ann(doc: str, events: list[EventMention], text: str = _TEXT) -> Annotation:
    actors = (
        _actor(doc, 0, "Chile", "country:CHL"), _actor(doc, 6, "Peru", "country:PER"),
        _actor(doc, 11, "Lima", "country:PER", metonymy=True),
        _actor(doc, 20, "Ana Ruiz", "person:ana-ruiz", "person", affiliation="country:PER", role="minister"),
        _actor(doc, 30, "Ruiz", "person:ana-ruiz", "person", name="Ana Ruiz", affiliation="country:PER"),
    )
    return Annotation(Document(doc, text, published=DocDate("2022-01-05", "given")), actors=actors,
                      events=tuple(events))


def test_one_event_per_real_event_citing_every_source() -> None:
    a = _ann("a", [_ev("a", 1, "AGREE", "happened", stage="order", src=("country:PER",), tgt=("country:CHL",),
                       system="weapon:t-9", qty=4, unit="batteries", value=1.5e9)])
    # a person of Peru stands in for Peru; the other article names the contract
    b = _ann("b", [_ev("b", 1, "AGREE", "happened", stage="contract", src=("person:ana-ruiz",),
                       system="weapon:t-9", qty=4, unit="units", value=1.5e9, date="2021-11")])
    fusion = fuse([a, b])
    assert len(fusion.events) == 1
    ev = fusion.events[0]
    assert ev.sources == ("a", "b") and len(ev.mentions) == 2
    assert ev.arms_stage == "contract" and ev.date is not None and ev.date.value == "2021-11"
    facts = {(c.fact, c.value): c.sources for c in fusion.corroborations}
    assert facts[("value_usd", "1500000000.0")] == ("a", "b")
    assert facts[("quantity", "4")] == ("a", "b")
    assert facts[("event", "AGREE:contract")] == ("a", "b")


def test_event_ids_are_stable_under_input_order() -> None:
    a = _ann("a", [_ev("a", 1, "CONSULT", "happened", src=("country:CHL",), tgt=("country:PER",), date="2021-05-02")])
    b = _ann("b", [_ev("b", 1, "CONSULT", "happened", src=("country:PER",), date="2021-05")])
    ids1 = [e.event_id for e in fuse([a, b]).events]
    ids2 = [e.event_id for e in fuse([b, a]).events]
    assert ids1 == ids2 and len(ids1) == 1


def test_incompatible_dates_and_statuses_stay_apart() -> None:
    a = _ann("a", [
        _ev("a", 1, "AID", "happened", stage="deliver", src=("country:CHL",), tgt=("country:PER",),
            system="weapon:t-9", date="2019-07"),
        _ev("a", 2, "AID", "happened", stage="deliver", src=("country:CHL",), tgt=("country:PER",),
            system="weapon:t-9", date="2019-10-23"),
        _ev("a", 3, "AGREE", "possible", stage="contract", tgt=("country:PER",), system="weapon:t-9", date="2022"),
        _ev("a", 0, "AGREE", "happened", stage="contract", src=("country:CHL",), tgt=("country:PER",),
            system="weapon:t-9", text="signed"),
    ])
    fusion = fuse([a])
    assert len(fusion.events) == 4
    deal = fusion.deals[0]
    assert deal.delivered.first == "2019-07" and deal.ordered == "unresolved"
    possible = next(e for e in fusion.events if e.status == "possible")
    assert deal.follow_on == (possible.event_id,)


def test_claim_and_denial_become_a_contradiction_pointing_at_the_denying_act() -> None:
    claim = _ann("a", [_ev("a", 1, "RETREAT", "claimed", src=("country:PER",), tgt=("country:CHL",),
                           text="send home")])
    deny_text = "x" * 400
    b = _ann("b", [
        _ev("b", 1, "REJECT", "happened", src=("person:ana-ruiz",), tgt=("country:PER",), text="denied"),
        EventMention("b", "e2", 150, 159, "send back", Span(100, 190), "RETREAT", "denied",
                     source=("country:PER",), target=("country:CHL",)),
    ], text=deny_text)
    fusion = fuse([claim, b])
    retreats = [e for e in fusion.events if e.type == "RETREAT"]
    assert sorted(e.status for e in retreats) == ["claimed", "denied"]  # never merged
    reject = next(e for e in fusion.events if e.type == "REJECT")
    claimed = next(e for e in retreats if e.status == "claimed")
    assert [(c.claim, c.denial) for c in fusion.contradictions] == [(claimed.event_id, reject.event_id)]


def test_deal_row_from_stages() -> None:
    text = ("Chile delivered all T-9 air defense systems to Peru. " + "x" * 400)[:400]
    doc = "a"
    actors = (_actor(doc, 0, "Chile", "country:CHL"), _actor(doc, text.index("Peru"), "Peru", "country:PER"),
              _actor(doc, text.index("T-9"), "T-9", "weapon:t-9", "weapon_system"))
    evs = (
        _ev(doc, 1, "AGREE", "happened", stage="contract", src=("country:CHL",), tgt=("country:PER",),
            system="weapon:t-9", qty=2, unit="divisions", value=4e8),
        EventMention(doc, "e9", 6, 15, "delivered", Span(0, 52), "AID", "happened", arms_stage="deliver",
                     source=("country:CHL",), target=("country:PER",), system="weapon:t-9", date=EventDate("2020-02")),
        _ev(doc, 2, "COOPERATE", "happened", stage="pay", src=("country:PER",), system="weapon:t-9",
            date="2020-05-01"),
        _ev(doc, 3, "MOBILIZE", "happened", stage="test", src=("country:PER",), system="weapon:t-9", date="2020-09"),
        _ev(doc, 4, "AGREE", "happened", stage="contract", src=("country:CHL",), tgt=("country:PER",),
            system="weapon:t-9", value=9e8, date="2019-03", text="signed"),
    )
    fusion = fuse([Annotation(Document(doc, text), actors=actors, events=evs)])
    assert len(fusion.deals) == 1
    d = fusion.deals[0]
    assert (d.supplier, d.recipient, d.system) == ("country:CHL", "country:PER", "weapon:t-9")
    assert d.category == "surface-to-air missile system"
    assert (d.quantity, d.unit) == (2, "divisions")
    assert d.delivered.first == "2020-02" and d.delivered.completed_by == "2020-02"
    assert d.paid_by == "2020-05-01" and d.tested == "2020-09" and d.ordered == "2019-03"
    assert len(d.events) == 4 and d.sources == ("a",)
    assert any("value_usd" in c.note for c in fusion.contradictions)  # 400m vs 900m


def test_an_offer_alone_makes_no_register_row() -> None:
    doc = "a"
    text = ("Chile sold T-9 systems to Peru and offered Peru K-5 jets. " + "x" * 400)[:400]
    actors = (_actor(doc, 0, "Chile", "country:CHL"), _actor(doc, text.index("Peru"), "Peru", "country:PER"),
              _actor(doc, text.index("T-9"), "T-9", "weapon:t-9", "weapon_system"),
              _actor(doc, text.index("K-5"), "K-5", "weapon:k-5", "weapon_system"))
    evs = (
        _ev(doc, 1, "AGREE", "happened", stage="contract", src=("country:CHL",), tgt=("country:PER",),
            system="weapon:t-9", text="sold"),
        _ev(doc, 2, "COOPERATE", "happened", stage="offer", src=("country:CHL",), tgt=("country:PER",),
            system="weapon:k-5", text="offered"),
        _ev(doc, 3, "CONSULT", "ongoing", stage="negotiate", src=("country:CHL",), tgt=("country:PER",),
            system="weapon:k-5", text="talks"),
    )
    fusion = fuse([Annotation(Document(doc, text), actors=actors, events=evs)])
    assert [d.system for d in fusion.deals] == ["weapon:t-9"]
    assert any(e.arms_stage == "offer" for e in fusion.events)  # the offer is still an event


def _naive_average_link(docs: dict[str, frozenset[str]], threshold: float) -> dict[str, list[str]]:
    """The textbook O(n³) average link over the same candidate graph: the reference to match."""
    import itertools

    from storyline.fuse.coref import _DOC_POSTING_CAP, _idf_vectors

    names = sorted(docs)
    vecs = _idf_vectors(docs)
    cap = max(8, min(len(names) // 2, _DOC_POSTING_CAP))
    df: dict[str, int] = {}
    for d in names:
        for f in vecs[d]:
            df[f] = df.get(f, 0) + 1
    sim: dict[tuple[str, str], float] = {}
    for a, b in itertools.combinations(names, 2):
        if any(df[f] <= cap for f in vecs[a].keys() & vecs[b].keys()):
            va, vb = (vecs[a], vecs[b]) if len(vecs[a]) <= len(vecs[b]) else (vecs[b], vecs[a])
            sim[a, b] = sim[b, a] = sum(w * vb.get(f, 0.0) for f, w in va.items())
    groups = {d: [d] for d in names}
    while len(groups) > 1:
        best = max(((sum(sim.get((x, y), 0.0) for x in groups[a] for y in groups[b])
                     / (len(groups[a]) * len(groups[b])), a, b) for a, b in itertools.combinations(sorted(groups), 2)),
                   key=lambda t: t[0])
        if best[0] < threshold:
            break
        groups[best[1]].extend(groups.pop(best[2]))
    return {g: sorted(ms) for g, ms in groups.items()}


def test_document_grouping_matches_textbook_average_link(monkeypatch: pytest.MonkeyPatch) -> None:
    import random

    import storyline.fuse.coref as coref
    from storyline.fuse.coref import _DOC_LINK, _average_link, document_blocks

    got: list[list[str]] = []

    def spy(names: list[str], nbr: dict[str, dict[str, float]], threshold: float) -> dict[str, list[str]]:
        out = _average_link(names, nbr, threshold)
        got.extend(sorted(ms) for ms in out.values())
        return out

    # the fast grouping, before small groups are attached, must be the textbook one
    monkeypatch.setattr(coref, "_average_link", spy)
    rng = random.Random(3)
    for _ in range(40):
        n = rng.randint(2, 30)
        docs = {f"d{i:02d}": frozenset(f"w{rng.randint(0, 25)}" for _ in range(rng.randint(1, 8))) for i in range(n)}
        got.clear()
        document_blocks(docs)
        assert sorted(got) == sorted(_naive_average_link(docs, _DOC_LINK).values())


def test_entities_fold_surface_forms() -> None:
    fusion = fuse([_ann("a", []), _ann("b", [])])
    ent = {e.entity_id: e for e in fusion.entities}
    ruiz = ent["person:ana-ruiz"]
    assert ruiz.name == "Ana Ruiz" and ruiz.aliases == ("Ruiz",)
    assert ruiz.affiliation == "country:PER" and ruiz.role == "minister" and len(ruiz.mentions) == 4
    assert set(ent["country:PER"].aliases) == {"Lima"}


def test_date_and_system_helpers() -> None:
    assert dates_compatible("2019", "2019-07-01") and dates_compatible(None, "2020")
    assert not dates_compatible("2019-07", "2019-10-23")
    assert dates_compatible("2021-W22", "2021-06-02") and not dates_compatible("2021-W21", "2021-06-02")
    assert system_family("weapon:f-35a") == "weapon:f-35" and system_family("weapon:su-35") == "weapon:su-35"


def test_fusion_scales_roughly_linearly() -> None:
    benchmark(200)  # warm up imports
    # the best of three runs each: one slow run on a busy machine must not decide a ratio of two timings
    small, large = min(benchmark(500) for _ in range(3)), min(benchmark(5000) for _ in range(3))
    assert large < 4.0  # seconds; a loose guard against a gross slowdown, the ratio is the real test
    assert large / small < 40  # 10x the mentions: linear ~10x (about 20 here, with per-cluster work), quadratic ~100x


def test_ordered_is_the_date_of_a_signing_mention_only() -> None:
    """A dated mention that only names the contract does not date the order; an undated signing
    mention makes it "unresolved"; with no signing mention at all it stays unknown."""
    named = _ev("a", 1, "AGREE", "happened", stage="contract", src=("country:CHL",), tgt=("country:PER",),
                system="weapon:t-9", date="2019-06", text="contract")
    signed = _ev("a", 2, "AGREE", "happened", stage="contract", src=("country:CHL",), tgt=("country:PER",),
                 system="weapon:t-9", text="signed")
    assert fuse([_ann("a", [named, signed])]).deals[0].ordered == "unresolved"
    assert fuse([_ann("a", [named])]).deals[0].ordered is None
    dated = _ev("a", 2, "AGREE", "happened", stage="contract", src=("country:CHL",), tgt=("country:PER",),
                system="weapon:t-9", text="signed", date="2019-04")
    assert fuse([_ann("a", [named, dated])]).deals[0].ordered == "2019-04"


def test_ordered_is_the_signing_date_most_reports_agree_on() -> None:
    """One outlet's early report of a signing ("signed on Wednesday", later denied) does not date the
    deal when two others report it signed weeks later; with one report each, the earliest stands."""
    def signed(doc: str, date: str) -> Annotation:
        return _ann(doc, [_ev(doc, 1, "AGREE", "happened", stage="contract", src=("country:CHL",),
                              tgt=("country:PER",), system="weapon:t-9", text="signed", date=date)])

    assert fuse([signed("a", "2019-03-12"), signed("b", "2019-04-02"), signed("c", "2019-04-02")]).deals[0].ordered \
        == "2019-04-02"
    assert fuse([signed("a", "2019-03-12"), signed("b", "2019-04-02")]).deals[0].ordered == "2019-03-12"
    # a report that gives only the month agrees with the day in it, and the day is the more precise
    assert fuse([signed("a", "2019-03-12"), signed("b", "2019-04"), signed("c", "2019-04-02")]).deals[0].ordered \
        == "2019-04-02"


def test_an_undirected_signing_without_a_system_joins_the_one_deal_between_the_two_the_other_way() -> None:
    """"Chile signs deal with Peruvian maker" reads Chile as the supplier; the one deal between the two
    that names its system runs Peru → Chile, and that is the deal it reports."""
    main = _ev("a", 1, "AGREE", "happened", stage="contract", src=("country:PER",), tgt=("country:CHL",),
               system="weapon:t-9", qty=4, date="2019-04-02", text="signed")
    headline = _ev("b", 1, "AGREE", "happened", stage="contract", src=("country:CHL",), tgt=("country:PER",),
                   date="2019-01-10", text="signs deal")
    (deal,) = fuse([_ann("a", [main]), _ann("b", [headline])]).deals
    assert (deal.supplier, deal.recipient, deal.quantity) == ("country:PER", "country:CHL", 4)
    assert set(deal.sources) == {"a", "b"}


def test_corroborated_values_are_rounded_to_cents() -> None:
    evs = [
        _ev(d, 1, "AGREE", "happened", stage="contract", src=("country:CHL",), tgt=("country:PER",),
            system="weapon:t-9", value=434500000.00000006)
        for d in ("a", "b")
    ]
    fusion = fuse([_ann("a", [evs[0]]), _ann("b", [evs[1]])])
    values = [c.value for c in fusion.corroborations if c.fact == "value_usd"]
    assert values == ["434500000.0"]


def test_contradiction_note_names_each_sides_speaker_and_source() -> None:
    from storyline.records import Quote, Speaker, TextSpan

    claim_ev = _ev("a", 1, "RETREAT", "claimed", src=("country:PER",), tgt=("country:CHL",), text="send home")
    claim_ev = EventMention(**{**{f: getattr(claim_ev, f) for f in claim_ev.__slots__}, "quote_id": "q2"})
    outlet_quote = Quote("a", "q2", "indirect", TextSpan(100, 190, "x"),
                         Speaker(0, 5, "Wire", "media:wire", "Wire", None))
    person_quote = Quote("a", "q1", "direct", TextSpan(200, 290, "y"),
                         Speaker(20, 28, "Ana Ruiz", "person:ana-ruiz", "Ana Ruiz", "minister"), via="media:wire")
    a = Annotation(Document("a", _TEXT, source="Daily A"), actors=_ann("a", []).actors, events=(claim_ev,),
                   quotes=(outlet_quote, person_quote))
    b = _ann("b", [
        _ev("b", 1, "REJECT", "happened", src=("person:ana-ruiz",), tgt=("country:PER",), text="denied"),
        EventMention("b", "e2", 150, 159, "send back", Span(100, 190), "RETREAT", "denied",
                     source=("country:PER",), target=("country:CHL",)),
    ])
    (c,) = fuse([a, b]).contradictions
    assert "Ana Ruiz via Wire in Daily A" in c.note
    assert "denied by Ana Ruiz in b" in c.note


# --- acronyms defined in one article name the same entity in every article ----------------------
_ORG = "org:coastal-survey-directorate"


def _defining(doc: str, acr: str = "CSD", owner: str = _ORG, name: str = "Coastal Survey Directorate") -> Annotation:
    """"Coastal Survey Directorate (CSD)": the actors stage resolves the acronym to the full name."""
    return Annotation(Document(doc, _TEXT), actors=(
        _actor(doc, 0, name, owner, "organization"),
        _actor(doc, 40, acr, owner, "organization", name=name),
    ))


def _using(doc: str, acr: str = "CSD") -> Annotation:
    """Another article: the bare acronym gets the unknown-acronym id, a person is affiliated to it."""
    bare = "org:" + acr.lower()
    return Annotation(Document(doc, _TEXT), actors=(
        _actor(doc, 0, acr, bare, "organization"),
        _actor(doc, 20, "Ola Dahl", "person:ola-dahl", "person", role="spokeswoman", affiliation=bare),
        _actor(doc, 40, "Chile", "country:CHL"),
    ), events=(_ev(doc, 1, "CONSULT", "happened", src=(bare,), tgt=("country:CHL",)),))


def test_acronym_defined_in_another_article_is_one_entity() -> None:
    for order in ([_defining("a"), _using("b")], [_using("b"), _defining("a")]):
        f = fuse(order)
        by_id = {e.entity_id: e for e in f.entities}
        assert "org:csd" not in by_id
        org = by_id[_ORG]
        assert org.merged_ids == ("org:csd",)
        assert org.name == "Coastal Survey Directorate"
        assert {m.doc_id for m in org.mentions} == {"a", "b"}
        assert by_id["person:ola-dahl"].affiliation == _ORG
        (ev,) = f.events
        assert ev.source_actors == (_ORG,)


def test_acronym_defined_two_ways_is_left_alone() -> None:
    other = _defining("c", owner="org:civil-security-department", name="Civil Security Department")
    f = fuse([_defining("a"), other, _using("b")])
    by_id = {e.entity_id: e for e in f.entities}
    assert {"org:csd", _ORG, "org:civil-security-department"} <= set(by_id)
    assert all(not e.merged_ids for e in f.entities)
    assert by_id["person:ola-dahl"].affiliation == "org:csd"


def test_a_firms_short_name_resolved_in_one_story_names_it_in_another() -> None:
    firm, name = "org:varo-heavy-industries", "Varo Heavy Industries"
    f = fuse([_defining("a", acr="Varo", owner=firm, name=name), _using("b", acr="Varo")])
    by_id = {e.entity_id: e for e in f.entities}
    assert "org:varo" not in by_id and by_id[firm].merged_ids == ("org:varo",)
    assert by_id["person:ola-dahl"].affiliation == firm
    # two firms that one story or another calls "Varo" leave the bare name alone
    other = _defining("c", acr="Varo", owner="org:varo-motors", name="Varo Motors")
    f = fuse([_defining("a", acr="Varo", owner=firm, name=name), other, _using("b", acr="Varo")])
    assert "org:varo" in {e.entity_id for e in f.entities}


def test_gazetteer_acronym_is_never_redirected() -> None:
    from storyline.actors.gazetteer import FORMS

    # an acronym the gazetteer knows (whatever it is), "defined" in text as something else
    acr, entry = next((f, e) for f, e in FORMS.items()
                      if e.type == "organization" and f.isupper() and 2 <= len(f) <= 5 and f.isalpha())
    bare = "org:" + acr.lower()
    f = fuse([_defining("a", acr=acr), _using("b", acr=acr)])
    ids = {e.entity_id for e in f.entities}
    assert bare in ids or entry.entity_id in ids
    assert all(not e.merged_ids for e in f.entities)


def _bare_denial(doc: str, actors: tuple[ActorMention, ...]) -> Annotation:
    """"X denied that any agreement had been reached": the denied event names no party."""
    events = (
        _ev(doc, 1, "REJECT", "happened", src=(actors[0].entity_id,), text="denied"),
        EventMention(doc, "e2", 150, 159, "agreement", Span(100, 190), "AGREE", "denied"),
    )
    return Annotation(Document(doc, _TEXT, published=DocDate("2022-01-06", "given")), actors=actors, events=events)


def test_a_denial_naming_no_party_answers_only_claims_about_its_own_articles_parties() -> None:
    claim = _ann("a", [_ev("a", 1, "AGREE", "happened", src=("country:CHL",), tgt=("country:PER",), text="agreed")])
    elsewhere = _bare_denial("b", (_actor("b", 0, "Norway", "country:NOR"), _actor("b", 7, "Greece", "country:GRC")))
    assert fuse([claim, elsewhere]).contradictions == ()  # another story's denial
    same_story = _bare_denial("c", (_actor("c", 0, "Peru", "country:PER"),))
    (c,) = fuse([claim, same_story]).contradictions
    assert c.claim == next(e.event_id for e in fuse([claim, same_story]).events if e.status == "happened")


def test_a_transfer_that_is_only_wished_or_denied_makes_no_register_row() -> None:
    a = _ann("a", [_ev("a", 1, "AID", "intended", stage="deliver", src=("country:CHL",), tgt=("country:PER",),
                       system="weapon:t-9"),
                   _ev("a", 2, "AGREE", "denied", stage="order", src=("country:PER",), tgt=("country:CHL",),
                       system="weapon:t-9")])
    assert fuse([a]).deals == ()
    b = _ann("b", [_ev("b", 1, "AID", "planned", stage="deliver", src=("country:CHL",), tgt=("country:PER",),
                       system="weapon:t-9", date="2023")])
    assert len(fuse([b]).deals) == 1  # a scheduled delivery is still registered


def test_a_repeat_order_years_later_is_a_register_row_of_its_own() -> None:
    a = _ann("a", [
        _ev("a", 1, "AGREE", "happened", stage="order", src=("country:PER",), tgt=("country:CHL",),
            system="weapon:t-9", qty=2, date="2016-05", text="ordered"),
        _ev("a", 2, "AID", "happened", stage="deliver", src=("country:CHL",), tgt=("country:PER",),
            system="weapon:t-9", date="2018-02", text="delivered"),
    ])
    b = _ann("b", [
        _ev("b", 1, "AGREE", "happened", stage="order", src=("country:PER",), tgt=("country:CHL",),
            system="weapon:t-9", qty=4, date="2021-09-14", text="agreed"),
    ])
    deals = sorted(fuse([a, b]).deals, key=lambda d: d.ordered or "")
    assert [(d.ordered, d.quantity) for d in deals] == [("2016-05", 2), ("2021-09-14", 4)]
    assert deals[0].delivered.first == "2018-02" and deals[1].delivered.first is None
    assert len({d.deal_id for d in deals}) == 2


def test_a_deal_noun_right_after_its_signing_verb_dates_the_order() -> None:
    text = "Peru has signed a $2 billion agreement with Chile to buy T-9 systems. Under the contract, x."
    text = (text + " " * 400)[:400]
    k, u = text.index("agreement"), text.index("contract")
    signed = EventMention("a", "e1", k, k + 9, "agreement", Span(0, 69), "AGREE", "happened", arms_stage="order",
                          source=("country:PER",), target=("country:CHL",), system="weapon:t-9",
                          date=EventDate("2021-04-02"))
    named = EventMention("a", "e2", u, u + 8, "contract", Span(70, 92), "AGREE", "happened", arms_stage="contract",
                         source=("country:CHL",), target=("country:PER",), system="weapon:t-9",
                         date=EventDate("2019-06"))
    (deal,) = fuse([_ann("a", [signed, named], text=text)]).deals
    assert deal.ordered == "2021-04-02"  # "Under the contract" names the deal; it signs nothing


def test_unnamed_claim_and_denial_must_share_an_article_or_its_parties() -> None:
    def doc(name: str, country: str, status: Status, text: str) -> Annotation:
        ev = EventMention(name, "e1", 150, 150 + len(text), text, Span(100, 190), "ASSAULT", status,
                          date=EventDate("2022-01-05"))
        actors = (_actor(name, 0, country.split(":")[1], country),)
        return Annotation(Document(name, _TEXT, published=DocDate("2022-01-06", "given")), actors=actors,
                          events=(ev,))

    claim = doc("a", "country:NOR", "happened", "shot down")
    other_story = doc("b", "country:GRC", "denied", "shot down")
    assert fuse([claim, other_story]).contradictions == ()
    same_story = doc("c", "country:NOR", "denied", "shot down")
    assert len(fuse([claim, same_story]).contradictions) == 1


def test_one_article_naming_two_counterparts_reports_two_events() -> None:
    # "Peru has ordered tanks from Chile and Norway since 2022" (one article) fits both orders of the other
    wide = _ann("a", [_ev("a", 1, "AGREE", "happened", stage="order", src=("country:PER",),
                          tgt=("country:CHL", "country:NOR"), date="2022", text="ordered")])
    b = _ann("b", [
        _ev("b", 1, "AGREE", "happened", stage="order", src=("country:PER",), tgt=("country:CHL",),
            date="2022", text="ordered"),
        _ev("b", 2, "AGREE", "happened", stage="order", src=("country:PER",), tgt=("country:NOR",),
            text="ordered"),
    ])
    fusion = fuse([wide, b])
    assert len(fusion.events) == 2  # the order from Norway is another event than the one from Chile
    assert sorted(len(e.mentions) for e in fusion.events) == [1, 2]


def test_actorless_shoot_downs_across_outlets_and_a_headline_are_one_event() -> None:
    # outlet a names the side that shot down; outlet b names nobody, but dates the night; its undated
    # headline repeats the trigger of its lead
    a = _ann("a", [_ev("a", 1, "ASSAULT", "happened", src=("org:vale",), date="2025-04-03", text="shot down")])
    b = _ann("b", [_ev("b", 1, "ASSAULT", "happened", text="downed"),
                   _ev("b", 2, "ASSAULT", "happened", date="2025-04-03TNI", text="shot down")])
    fusion = fuse([a, b])
    assert len(fusion.events) == 1 and fusion.events[0].sources == ("a", "b")


def test_one_name_typed_as_place_and_as_organization_is_one_actor_key() -> None:
    countries = CountryMap([])
    assert countries.key("org:vale") == countries.key("location:vale") != countries.key("person:vale")


def test_a_headline_naming_the_country_joins_a_lead_naming_its_ministry() -> None:
    # "Peru downs drone" / "Peru's defence ministry said it shot down a Chilean drone": one event
    a = _ann("a", [_ev("a", 1, "ASSAULT", "happened", src=("country:PER",), tgt=("country:CHL",), text="downs"),
                   _ev("a", 2, "ASSAULT", "happened", src=("person:ana-ruiz",), tgt=("country:CHL",),
                       date="2022-01-04", text="shot down")])
    assert len(fuse([a]).events) == 1


def test_an_undated_headline_joins_its_leads_deal_by_the_count() -> None:
    # "Peru signs deal for 12 jets" over "Peru signed a contract on Monday to buy 12 jets": one deal
    head = _ev("a", 0, "AGREE", "happened", stage="contract", qty=12, unit="jets", text="signs deal")
    lead = _ev("a", 1, "AGREE", "happened", stage="order", src=("country:PER",), qty=12, unit="jets",
               text="signed a contract", date="2022-01-03")
    assert len(fuse([_ann("a", [head, lead])]).events) == 1
    other = _ev("a", 2, "AGREE", "happened", stage="contract", qty=4, unit="jets", text="signs deal")
    assert len(fuse([_ann("a", [other, lead])]).events) == 2  # another count is another deal


def test_a_contradiction_note_names_an_article_without_an_outlet_by_its_headline() -> None:
    a = _ann("a", [_ev("a", 1, "ASSAULT", "happened", src=("country:PER",), text="shelled", date="2022-01-04")])
    text = "x" * 400
    b = Annotation(Document("b", text, published=DocDate("2022-01-05", "given"), title="Rebels deny losses"),
                   actors=(_actor("b", 6, "Peru", "country:PER"),),
                   events=(_ev("b", 1, "ASSAULT", "denied", src=("country:PER",), text="shelled"),))
    notes = [c.note for c in fuse([a, b]).contradictions]
    assert notes and "“Rebels deny losses”" in notes[0]


def test_a_deal_naming_both_parties_but_no_system_joins_their_one_deal_that_names_it() -> None:
    # "Chile to buy four frigates from Peru" over "Chile signed a contract for four T-9 frigates": one row
    head = _ev("a", 0, "AGREE", "planned", stage="order", src=("country:CHL",), tgt=("country:PER",), text="buy")
    lead = _ev("a", 1, "AGREE", "happened", stage="order", src=("country:CHL",), tgt=("country:PER",),
               system="weapon:t-9", qty=4, unit="frigates", text="signed a contract", date="2026-03-13")
    deals = fuse([_ann("a", [head, lead])]).deals
    assert len(deals) == 1 and deals[0].system == "weapon:t-9" and len(deals[0].events) == 2
    # with two systems between the same parties, the bare one cannot tell which deal it is
    other = _ev("a", 2, "AGREE", "happened", stage="order", src=("country:CHL",), tgt=("country:PER",),
                system="weapon:kf-9", qty=2, unit="jets", text="ordered", date="2025-01-10")
    assert len(fuse([_ann("a", [head, lead, other])]).deals) == 3


def test_a_partyless_event_joins_no_other_story_the_same_day() -> None:
    # "the army denies" in a story about Peru and a "rejected" about France the same day: two events;
    # the same partyless denial in another article about Peru joins the Peruvian one
    text = "x" * 400
    a = Annotation(Document("a", text, published=DocDate("2024-06-04", "given")),
                   actors=(_actor("a", 6, "Peru", "country:PER"),),
                   events=(_ev("a", 1, "REJECT", "happened", text="denies", date="2024-06-04"),))
    b = Annotation(Document("b", text, published=DocDate("2024-06-04", "given")),
                   actors=(_actor("b", 6, "France", "country:FRA"),),
                   events=(_ev("b", 1, "REJECT", "happened", src=("country:FRA",), text="rejected", date="2024-06-04"),))
    c = Annotation(Document("c", text, published=DocDate("2024-06-04", "given")),
                   actors=(_actor("c", 6, "Peru", "country:PER"),),
                   events=(_ev("c", 1, "REJECT", "happened", src=("country:PER",), text="denied", date="2024-06-04"),))
    events = fuse([a, b, c]).events
    assert sorted(e.sources for e in events) == [("a", "c"), ("b",)]


def test_a_bare_surname_in_one_story_is_the_person_another_names_in_full() -> None:
    text = "x" * 400
    a = Annotation(Document("a", text), actors=(
        _actor("a", 0, "Ana Ruiz", "person:ana-ruiz", "person"), _actor("a", 20, "Ruiz", "person:ana-ruiz", "person",
                                                                         name="Ana Ruiz"),
        _actor("a", 40, "Peru", "country:PER")))
    b = Annotation(Document("b", text), actors=(
        _actor("b", 0, "Ruiz", "person:ruiz", "person"), _actor("b", 40, "Peru", "country:PER")))
    people = {e.entity_id: e for e in fuse([a, b]).entities if e.type == "person"}
    assert set(people) == {"person:ana-ruiz"} and {m.doc_id for m in people["person:ana-ruiz"].mentions} == {"a", "b"}
    assert people["person:ana-ruiz"].merged_ids == ("person:ruiz",)


def test_a_party_most_articles_name_ties_no_two_stories_together() -> None:
    # in a year of wire copy "the United States" is in every story: two partyless denials the same day,
    # in two of 100 such articles, are two events (in three articles it would tie them, see above)
    text = "x" * 400

    def doc(i: int, events: tuple[EventMention, ...] = ()) -> Annotation:
        return Annotation(Document(f"d{i}", text, published=DocDate("2024-06-04", "given")),
                          actors=(_actor(f"d{i}", 6, "United States", "country:USA"),), events=events)

    a = doc(0, (_ev("d0", 1, "REJECT", "happened", text="denies", date="2024-06-04"),))
    b = doc(1, (_ev("d1", 1, "REJECT", "happened", text="denied", date="2024-06-04"),))
    fusion = fuse([a, b, *(doc(i) for i in range(2, 100))])
    assert len(fusion.events) == 2


def test_a_partyless_delivery_joins_the_one_deal_its_article_reports() -> None:
    # "Chile ordered four T-9 frigates from Peru … The first ship will be delivered in 2029": that deal's
    order = _ev("a", 1, "AGREE", "happened", stage="order", src=("country:CHL",), tgt=("country:PER",),
                system="weapon:t-9", qty=4, unit="frigates", text="ordered", date="2026-03-13")
    ship = _ev("a", 2, "AID", "planned", stage="deliver", text="delivered", date="2029")
    (deal,) = fuse([_ann("a", [order, ship])]).deals
    assert len(deal.events) == 2
    # an article that also tells of another, unregistered contract cannot say whose delivery it is
    earlier = _ev("a", 3, "AGREE", "happened", stage="contract", src=("country:CHL",), text="signed an earlier contract",
                  date="2019")
    arrived = _ev("a", 4, "AID", "happened", stage="deliver", text="arrived", date="2021")
    (deal,) = fuse([_ann("a", [order, earlier, arrived])]).deals
    assert len(deal.events) == 1 and deal.delivered.first is None


def test_one_articles_acts_at_two_clock_times_are_two_events() -> None:
    # a live blog: "13:20 — X fired missiles at Y" and "14:50 — Y intercepted two drones"
    fired = _ev("a", 1, "ASSAULT", "happened", src=("country:PER",), tgt=("country:CHL",), text="fired",
                date="2022-01-04T13:20Z")
    downed = _ev("a", 2, "ASSAULT", "happened", src=("country:CHL",), text="intercepted", date="2022-01-04T14:50Z")
    assert len(fuse([_ann("a", [fired, downed])]).events) == 2


def test_a_contract_and_an_order_of_one_deal_read_supplier_to_buyer() -> None:
    # "Kestrel signed a contract with Chile for 4 T-9s" / "Chile orders 4 T-9s from Kestrel": one direction
    sold = _ev("a", 1, "AGREE", "happened", stage="contract", src=("country:PER",), tgt=("country:CHL",),
               system="weapon:t-9", qty=4, text="signed a contract", date="2022-01-04")
    bought = _ev("b", 1, "AGREE", "happened", stage="order", src=("country:CHL",), tgt=("country:PER",),
                 system="weapon:t-9", qty=4, text="orders")
    (ev,) = fuse([_ann("a", [sold]), _ann("b", [bought])]).events
    assert ev.source_actors == ("country:PER",) and ev.target_actors == ("country:CHL",)


def test_a_delivery_before_the_order_belongs_to_an_earlier_deal() -> None:
    # "Chile first received three T-9s in 2019" beside its 2022 order for four more
    order = _ev("a", 1, "AGREE", "happened", stage="order", src=("country:CHL",), tgt=("country:PER",),
                system="weapon:t-9", qty=4, text="ordered", date="2022-01-04")
    old = _ev("a", 2, "AID", "happened", stage="deliver", src=("country:PER",), tgt=("country:CHL",),
              system="weapon:t-9", qty=3, text="received", date="2019")
    (deal,) = fuse([_ann("a", [order, old])]).deals
    assert deal.delivered.first is None and len(deal.events) == 1


def test_a_makers_name_given_with_a_designator_is_that_weapon() -> None:
    text = "x" * 400
    a = Annotation(Document("a", text), actors=(
        _actor("a", 0, "Kestrel KX2", "weapon:kestrel", "weapon_system"),
        _actor("a", 40, "KX2s", "weapon:kx-2", "weapon_system")),
        events=(_ev("a", 1, "AGREE", "happened", stage="order", src=("country:CHL",), tgt=("country:PER",),
                    system="weapon:kestrel", qty=6, text="ordered", date="2022-01-04"),
                _ev("a", 2, "AID", "happened", stage="deliver", src=("country:PER",), tgt=("country:CHL",),
                    system="weapon:kx-2", qty=3, text="received", date="2022-01-05")))
    fusion = fuse([a])
    assert len(fusion.deals) == 1 and fusion.deals[0].system == "weapon:kx-2"
    # a maker named with two models stays the maker
    b = Annotation(Document("b", text), actors=(
        _actor("b", 0, "Kestrel KX2", "weapon:kestrel", "weapon_system"),
        _actor("b", 20, "Kestrel Hawk", "weapon:kestrel", "weapon_system"),
        _actor("b", 40, "KX2", "weapon:kx-2", "weapon_system")))
    assert {e.entity_id for e in fuse([b]).entities} == {"weapon:kestrel", "weapon:kx-2"}


def test_an_instalments_sum_is_not_the_deals_value() -> None:
    # "Chile ordered four T-9s for $1.5 billion … It will pay a first instalment of $300 million"
    order = _ev("a", 1, "AGREE", "happened", stage="order", src=("country:CHL",), tgt=("country:PER",),
                system="weapon:t-9", qty=4, value=1.5e9, text="ordered", date="2022-01-04")
    pay = _ev("a", 2, "COOPERATE", "planned", stage="pay", src=("country:CHL",), value=3e8, text="pay", date="2022")
    text = "x" * 190 + ". It will pay a first instalment of $300 million." + "x" * 250
    fusion = fuse([_ann("a", [order, pay], text)])
    (deal,) = fusion.deals
    assert len(deal.events) == 2 and deal.value_usd == 1.5e9 and not fusion.contradictions
    # "Chile paid $1.3 billion for the frigates": the price paid is the deal's value
    price = dataclasses.replace(pay, status="happened", value_usd=1.3e9)
    text = "x" * 190 + ". Chile paid $1.3 billion for the frigates." + "x" * 250
    assert fuse([_ann("a", [order, price], text)]).contradictions


def test_each_sides_accusation_of_the_other_is_its_own_event() -> None:
    # "Peru accuses Chile of breaking the truce" / "Chile's ministry accused Peru of shelling its posts"
    a = _ev("a", 1, "ACCUSE", "happened", src=("country:PER",), tgt=("country:CHL",), text="accuses")
    b = _ev("b", 1, "ACCUSE", "happened", src=("country:CHL",), tgt=("country:PER",), text="accused",
            date="2022-01-04")
    assert len(fuse([_ann("a", [a]), _ann("b", [b])]).events) == 2
    # the same accusation told twice stays one event
    c = _ev("c", 1, "ACCUSE", "happened", src=("person:ana-ruiz",), tgt=("country:CHL",), text="accused")
    assert len(fuse([_ann("a", [a]), _ann("c", [c])]).events) == 1


def test_a_full_name_introduced_with_a_role_takes_a_bare_surname_from_another_story() -> None:
    text = "x" * 400
    a = Annotation(Document("a", text), actors=(
        _actor("a", 0, "Judge Patricia Okonjo", "person:patricia-okonjo", "person", name="Patricia Okonjo",
               role="Judge"),
        _actor("a", 40, "Kenya", "country:KEN")))
    b = Annotation(Document("b", text), actors=(
        _actor("b", 0, "Okonjo", "person:okonjo", "person"), _actor("b", 40, "Kenya", "country:KEN")))
    people = {e.entity_id for e in fuse([a, b]).entities if e.type == "person"}
    assert people == {"person:patricia-okonjo"}


def test_a_claim_and_a_denial_that_share_only_a_trigger_word_are_no_contradiction() -> None:
    # "42 pct approved of the president's handling" / "I did not approve it": no party, no story tie
    a = _ann("a", [_ev("a", 1, "AGREE", "happened", text="approved")])
    b = _ann("b", [_ev("b", 1, "AGREE", "denied", text="approve")])
    assert fuse([a, b]).contradictions == ()
    # both name parties, but not in the same role: Chile attacked Peru / Peru did not attack Chile
    a = _ann("a", [_ev("a", 1, "ASSAULT", "happened", src=("country:CHL",), tgt=("country:PER",), text="shelled")])
    b = _ann("b", [_ev("b", 1, "ASSAULT", "denied", src=("country:PER",), tgt=("country:CHL",), text="shelled")])
    assert fuse([a, b]).contradictions == ()
    b = _ann("b", [_ev("b", 1, "ASSAULT", "denied", src=("country:CHL",), tgt=("country:PER",), text="shelled")])
    assert len(fuse([a, b]).contradictions) == 1


def test_one_source_that_tells_and_denies_in_one_article_speaks_of_two_things() -> None:
    a = _ann("a", [_ev("a", 1, "CONSULT", "happened", src=("person:ana-ruiz",), text="discussed"),
                   _ev("a", 2, "CONSULT", "denied", src=("person:ana-ruiz",), text="discuss")])
    assert fuse([a]).contradictions == ()


def test_a_speaker_relayed_by_an_outlet_is_named_with_the_outlets_name() -> None:
    from storyline.records import Quote, Speaker, TextSpan

    claim_ev = _ev("a", 1, "RETREAT", "claimed", src=("country:PER",), tgt=("country:CHL",), text="send home")
    claim_ev = EventMention(**{**{f: getattr(claim_ev, f) for f in claim_ev.__slots__}, "quote_id": "q1"})
    quote = Quote("a", "q1", "indirect", TextSpan(100, 190, "x"),
                  Speaker(20, 28, "Ana Ruiz", "person:ana-ruiz", "Ana Ruiz", "minister"), via="media:wire")
    actors = (*_ann("a", []).actors, _actor("a", 40, "Coast Wire", "media:wire", "media"))
    a = Annotation(Document("a", _TEXT, source="Daily A"), actors=actors, events=(claim_ev,), quotes=(quote,))
    b = _ann("b", [
        _ev("b", 1, "REJECT", "happened", src=("country:PER",), text="denied"),
        EventMention("b", "e2", 150, 159, "send back", Span(100, 190), "RETREAT", "denied",
                     source=("country:PER",), target=("country:CHL",)),
    ])
    (c,) = fuse([a, b]).contradictions
    assert "Ana Ruiz via Coast Wire in Daily A" in c.note and "media:" not in c.note


def test_a_partyless_payment_in_an_article_naming_one_deals_system_is_that_deals() -> None:
    # "Chile ordered four T-9s from Peru" in one article; another, reporting no deal of its own but
    # naming the T-9, says "the finance ministry released the first payment on Friday"
    order = _ev("a", 1, "AGREE", "happened", stage="order", src=("country:CHL",), tgt=("country:PER",),
                system="weapon:t-9", qty=4, unit="frigates", text="ordered", date="2022-01-04")
    paid = _ev("b", 1, "COOPERATE", "happened", stage="pay", text="released the first payment", date="2022-01-07")
    b = _ann("b", [paid])
    b = Annotation(b.document, actors=(*b.actors, _actor("b", 40, "T-9", "weapon:t-9", "weapon_system")),
                   events=b.events)
    (deal,) = fuse([_ann("a", [order]), b]).deals
    assert deal.paid_by == "2022-01-07"
    # without the system named, the article does not say whose payment it is
    (deal,) = fuse([_ann("a", [order]), _ann("b", [paid])]).deals
    assert deal.paid_by is None


def test_a_refusal_that_looks_ahead_denies_no_earlier_act() -> None:
    # "Peru sought sanctions on Chile on January 2" / "Peru would not seek new sanctions on Chile" (said on
    # January 4, from then on): no contradiction; sanctions sought after the refusal do contradict it
    sought = _ev("a", 1, "REQUEST", "happened", src=("country:PER",), tgt=("country:CHL",), text="seek sanctions",
                 date="2022-01-02")
    refusal = dataclasses.replace(
        _ev("b", 1, "REQUEST", "denied", src=("country:PER",), tgt=("country:CHL",), text="seek sanctions"),
        date=EventDate("2022-01-04", "ON_OR_AFTER"))
    assert fuse([_ann("a", [sought]), _ann("b", [refusal])]).contradictions == ()
    later = dataclasses.replace(sought, date=EventDate("2022-01-05"))
    assert len(fuse([_ann("a", [later]), _ann("b", [refusal])]).contradictions) == 1
    # a plain denial of the act still answers the earlier report
    plain = dataclasses.replace(refusal, date=None)
    assert len(fuse([_ann("a", [sought]), _ann("b", [plain])]).contradictions) == 1
    # an undated refusal (no dateline) is not known to follow any report of the act, dated or not
    undated = dataclasses.replace(refusal, date=EventDate("PRESENT_REF", "ON_OR_AFTER"))
    for claim in (sought, dataclasses.replace(sought, date=None, status="ongoing")):
        assert fuse([_ann("a", [claim]), _ann("b", [undated])]).contradictions == ()


def test_named_claim_and_denial_in_articles_sharing_only_a_common_party_are_two_stories() -> None:
    # "Norway sold kroner" (a currency report) / "Norway had not sold salmon to Peru" (a trade report):
    # in a corpus where Norway is in most articles, the two share nothing that ties them to one story
    def doc(name: str, status: Status, others: tuple[tuple[str, str], ...], tgt: tuple[str, ...] = ()) -> Annotation:
        ev = _ev(name, 1, "AGREE", status, src=("country:NOR",), tgt=tgt, text="sold")
        actors = (_actor(name, 0, "Norway", "country:NOR"),
                  *(_actor(name, 10 + 10 * i, n, eid) for i, (n, eid) in enumerate(others)))
        return Annotation(Document(name, _TEXT, published=DocDate("2022-01-06", "given")), actors=actors,
                          events=(ev,))

    claim = doc("a", "happened", (("Greece", "country:GRC"),))
    denial = doc("b", "denied", (("Peru", "country:PER"),), tgt=("country:PER",))
    filler = [doc(f"f{i}", "planned", ()) for i in range(30)]
    filler = [dataclasses.replace(f, events=()) for f in filler]
    assert fuse([claim, denial, *filler]).contradictions == ()
    # in a handful of articles every party ties them; a shared less common party ties them in a large corpus
    assert len(fuse([claim, denial]).contradictions) == 1
    tied = doc("b", "denied", (("Peru", "country:PER"), ("Greece", "country:GRC")), tgt=("country:PER",))
    assert len(fuse([claim, tied, *filler]).contradictions) == 1


def test_a_truce_collapse_and_an_attack_the_same_day_are_two_events() -> None:
    # "Truce collapses as rebels strike" / "the two-week truce collapsed on Monday": the failed truce is
    # one event, the attack told beside it (same day, no parties named) another
    a = _ann("a", [_ev("a", 0, "ASSAULT", "happened", date="2022-01-03", text="Truce collapses"),
                   _ev("a", 1, "ASSAULT", "happened", date="2022-01-03", text="strike"),
                   _ev("a", 2, "ASSAULT", "happened", date="2022-01-03", text="two-week truce")])
    events = sorted(fuse([a]).events, key=lambda e: len(e.mentions))
    assert [[m.text for m in e.mentions] for e in events] == [["strike"], ["Truce collapses", "two-week truce"]]


def test_deal_stages_naming_no_party_and_no_system_are_two_deals() -> None:
    # "a contract was signed" / "producers decided not to sign any contracts": nothing ties the two deals
    signed = _ev("a", 1, "AGREE", "happened", stage="contract", text="signed a contract")
    refused = _ev("b", 1, "AGREE", "denied", stage="contract", text="sign any contracts")
    assert fuse([_ann("a", [signed]), _ann("b", [refused])]).contradictions == ()
    named = _ev("a", 1, "AGREE", "happened", stage="contract", src=("country:CHL",), text="signed a contract")
    assert len(fuse([_ann("a", [named]), _ann("b", [refused])]).contradictions) == 1


def test_a_backer_and_the_backed_are_different_roles_in_a_claim_and_its_denial() -> None:
    # "Chile said it supported the plan" / "the ministry would stop short of supporting Chile": Chile gives
    # support in one and would receive it in the other, so neither answers the other
    backed = _ev("a", 1, "SUPPORT", "happened", src=("country:CHL",), text="supported")
    withheld = _ev("b", 1, "SUPPORT", "denied", tgt=("country:CHL",), text="supporting")
    assert fuse([_ann("a", [backed]), _ann("b", [withheld])]).contradictions == ()
    refused = _ev("b", 1, "SUPPORT", "denied", src=("country:CHL",), text="support")
    assert len(fuse([_ann("a", [backed]), _ann("b", [refused])]).contradictions) == 1
    # a meeting has no sides: "Chile met Peru" / "Peru denied meeting Chile" answer each other
    met = _ev("a", 1, "CONSULT", "happened", src=("country:CHL",), tgt=("country:PER",), text="meeting")
    unmet = _ev("b", 1, "CONSULT", "denied", src=("country:PER",), tgt=("country:CHL",), text="meet")
    assert len(fuse([_ann("a", [met]), _ann("b", [unmet])]).contradictions) == 1


def test_the_events_stage_and_fusion_read_truce_words_alike() -> None:
    from storyline.truce import names_truce

    # one reading for both: punctuation and a possessive do not hide the word, a hyphen joins it
    for text in ("two-week truce", "the ceasefire's end", "Cease-fire collapses", "(armistice)", "three-day-truce"):
        assert names_truce(text), text
    assert not names_truce("truck bomb") and not names_truce("fired")
    # "the ceasefire's collapse" and a strike the same day stay two events, as "the ceasefire collapsed" does
    a = _ann("a", [_ev("a", 0, "ASSAULT", "happened", date="2022-01-03", text="ceasefire's collapse"),
                   _ev("a", 1, "ASSAULT", "happened", date="2022-01-03", text="strike")])
    assert len(fuse([a]).events) == 2


def test_a_craft_shot_down_and_a_denial_that_any_was_lost_are_one_happening() -> None:
    # "rebels said they shot down a Peruvian jet" / "the air force denied that any aircraft had been lost"
    claim = _ev("a", 1, "ASSAULT", "claimed", tgt=("country:PER",), text="shot down")
    denial = _ev("b", 1, "ASSAULT", "denied", text="lost")
    assert len(fuse([_ann("a", [claim]), _ann("b", [denial])]).contradictions) == 1
    # other words still tell other acts: a town shelled is not a jet lost
    shelled = _ev("a", 1, "ASSAULT", "claimed", tgt=("country:PER",), text="shelled")
    assert fuse([_ann("a", [shelled]), _ann("b", [denial])]).contradictions == ()


def test_a_partyless_attack_and_its_denial_need_a_day_or_a_named_target() -> None:
    # "the earlier clashes" / "avoiding a potential clash" (one story, neither dated nor aimed at anyone)
    # pin down no act; "clashed on January 5" or "shelled Peru" do
    claim = _ev("a", 1, "ASSAULT", "happened", text="clashes")
    denial = _ev("b", 1, "ASSAULT", "denied", text="clash")
    assert fuse([_ann("a", [claim]), _ann("b", [denial])]).contradictions == ()
    dated = dataclasses.replace(claim, date=EventDate("2022-01-05"))
    assert len(fuse([_ann("a", [dated]), _ann("b", [denial])]).contradictions) == 1
    aimed = dataclasses.replace(claim, target=("country:PER",))
    assert len(fuse([_ann("a", [aimed]), _ann("b", [denial])]).contradictions) == 1
    # two different days are two acts
    other_day = dataclasses.replace(denial, date=EventDate("2021-11-20"))
    assert fuse([_ann("a", [dated]), _ann("b", [other_day])]).contradictions == ()


def test_a_company_a_tagger_took_for_a_person_is_the_company_another_story_names() -> None:
    from storyline.fuse.aliases import firm_person_redirects

    actors = [
        _actor("d1", 0, "Terminales del Norte SA", "org:terminales-del-norte", "organization",
               name="Terminales del Norte"),
        _actor("d2", 0, "Terminales del Norte", "person:terminales-del-norte", "person"),
        # a person with a role, or whose name opens with a given name, stays a person
        _actor("d1", 40, "Grace Holloway", "org:grace-holloway", "organization"),
        _actor("d2", 40, "Grace Holloway", "person:grace-holloway", "person"),
        _actor("d1", 80, "Marlow Keane", "org:marlow-keane", "organization"),
        _actor("d2", 80, "Marlow Keane", "person:marlow-keane", "person", role="chief executive"),
    ]
    assert firm_person_redirects(actors) == {"person:terminales-del-norte": "org:terminales-del-norte"}


def _told(doc: str, text: str, trigger: str, status: Status, **kw: object) -> Annotation:
    """One article of real text whose one event is `trigger` (Chile and Peru named as parties)."""
    k = text.index(trigger)
    src, tgt = kw.pop("src", ("country:CHL",)), kw.pop("tgt", ("country:PER",))
    ev = EventMention(doc, "e1", k, k + len(trigger), trigger, Span(0, len(text)), "AGREE", status,  # type: ignore[arg-type]
                      source=src, target=tgt, **kw)  # type: ignore[arg-type]
    actors = (_actor(doc, text.index("Chile"), "Chile", "country:CHL"), _actor(doc, text.index("Peru"), "Peru", "country:PER"))
    return Annotation(Document(doc, text, published=DocDate("2022-01-05", "given")), actors=actors, events=(ev,))


def test_an_act_done_to_one_thing_is_not_denied_by_the_same_act_denied_of_another() -> None:
    claim = _told("a", "Chile bought securities from Peru on Monday.", "bought", "happened")
    other = _told("b", "Chile has not bought bills from Peru, the minister said.", "bought", "denied")
    same = _told("b", "Chile has not bought securities from Peru, the minister said.", "bought", "denied")
    assert fuse([claim, other]).contradictions == ()
    assert len(fuse([claim, same]).contradictions) == 1
    # a side whose trigger is followed by no object ("has not bought them") is still compared
    bare = _told("b", "Chile has not bought, the minister said of Peru.", "bought", "denied")
    assert len(fuse([claim, bare]).contradictions) == 1


def test_a_denial_answers_a_claim_however_many_claims_its_type_has() -> None:
    # the claim that matches comes first among many unrelated claims of the same type
    claim = _ev("a", 1, "REQUEST", "happened", src=("country:PER",), tgt=("country:CHL",), text="seek sanctions",
                date="2022-01-02")
    others = [Annotation(Document(f"o{i}", _TEXT, published=DocDate("2022-01-05", "given")),
                         actors=(_actor(f"o{i}", 0, "Greece", "country:GRC"),),
                         events=(_ev(f"o{i}", 1, "REQUEST", "happened", src=("country:GRC",), text=f"ask{i}",
                                     date=f"2021-{1 + i // 28:02d}-{1 + i % 28:02d}"),)) for i in range(80)]
    denial = _ev("b", 1, "REQUEST", "denied", src=("country:PER",), tgt=("country:CHL",), text="seek sanctions")
    fusion = fuse([_ann("a", [claim]), *others, _ann("b", [denial])])
    assert len({e.event_id for e in fusion.events}) >= 80
    assert len(fusion.contradictions) == 1


def test_two_acts_named_by_no_object_need_a_day_or_a_receiver_to_be_one() -> None:
    # "Chile and Peru agreed." / "Chile has not agreed, Peru said.": nothing says it is one agreement
    claim = _told("a", "Chile and Peru agreed.", "agreed", "happened", tgt=())
    denial = _told("b", "Chile has not agreed, Peru said.", "agreed", "denied", tgt=())
    assert fuse([claim, denial]).contradictions == ()
    day = EventDate("2022-01-03")
    dated = [dataclasses.replace(a, events=(dataclasses.replace(a.events[0], date=day),)) for a in (claim, denial)]
    assert len(fuse(dated).contradictions) == 1


def test_an_article_contradicts_itself_only_in_two_speakers_words() -> None:
    # "Chile paid Peru last year's arrears." and, later in the same article, "Chile has not paid Peru since
    # January.": the writer tells two acts, not a claim and its denial
    text = "Chile paid Peru the arrears. Chile has not paid Peru since January."
    k = text.index("has not paid") + 8
    claim = _ev("a", 0, "COOPERATE", "happened", src=("country:CHL", "country:PER"), tgt=("country:PER",), text="paid")
    denial = _ev("a", 1, "COOPERATE", "denied", src=("country:CHL",), tgt=("country:PER",), text="paid")
    claim = dataclasses.replace(claim, start=6, end=10, sentence=Span(0, 28))
    denial = dataclasses.replace(denial, start=k, end=k + 4, sentence=Span(29, len(text)))
    assert fuse([_ann("a", [claim, denial], text)]).contradictions == ()


def test_an_abbreviation_cut_by_the_sentence_end_is_no_object() -> None:
    """Wire copy splits sentences inside "U.S.": the lone "U" it leaves must not make two acts agree."""
    from storyline.fuse.facts import _object

    text = "Chile agreed to support the U. Peru said so."
    k = text.index("agreed")
    m = EventMention("a", "e1", k, k + 6, "agreed", Span(0, text.index(" Peru")), "AGREE", "happened")
    assert _object(m, {"a": text}) == frozenset({"suppo"})
    text2 = "Chile agreed with the U. Peru said so."
    m2 = EventMention("a", "e1", k, k + 6, "agreed", Span(0, text2.index(" Peru")), "AGREE", "happened")
    assert _object(m2, {"a": text2}) == frozenset()


def test_a_speaker_left_as_a_bare_pronoun_names_no_one_in_a_contradiction() -> None:
    from storyline.fuse import _speakers
    from storyline.records import Quote, Speaker, TextSpan

    quotes = (
        Quote("a", "q1", "indirect", TextSpan(20, 40, "x" * 20), Speaker(0, 4, "They", None, None, None)),
        Quote("a", "q2", "indirect", TextSpan(60, 80, "x" * 20), Speaker(44, 53, "Ana Ruiz", "person:ana-ruiz",
                                                                               "Ana Ruiz", None)),
    )
    ann = Annotation(Document("a", _TEXT, published=DocDate("2022-01-05", "given")), quotes=quotes)
    assert _speakers(ann) == {("a", "q2"): "Ana Ruiz"}


def test_a_demonstrative_speaker_with_a_common_noun_names_no_one() -> None:
    # "That spokesman said ..." left unresolved is as anonymous as "He said ..."
    from storyline.fuse import _speakers
    from storyline.records import Quote, Speaker, TextSpan

    quotes = (Quote("a", "q1", "indirect", TextSpan(20, 40, "x" * 20),
                    Speaker(0, 13, "That spokesman", None, None, None)),)
    ann = Annotation(Document("a", _TEXT, published=DocDate("2022-01-05", "given")), quotes=quotes)
    assert _speakers(ann) == {}


def _said(ev: EventMention, quote_id: str) -> EventMention:
    return dataclasses.replace(ev, quote_id=quote_id)


def _voiced_ann(doc: str, events: list[EventMention], who: dict[str, str]) -> Annotation:
    """An article whose quotes `who` (quote id → speaker name) carry its events."""
    from storyline.records import Quote, Speaker, TextSpan

    base = _ann(doc, events)
    quotes = tuple(Quote(doc, q, "indirect", TextSpan(100, 190, "x" * 90), Speaker(0, len(n), n, None, n, None))
                   for q, n in who.items())
    return dataclasses.replace(base, quotes=quotes)


def test_a_body_named_in_full_and_by_its_initials_in_one_article_is_one_voice() -> None:
    # "The Andean Ports Board said it asked Peru ..." / "The APB said Peru had not been asked ...": one
    # speaker, one article: two things, not a dispute; two different speakers do dispute it
    claim = _said(_ev("a", 1, "REQUEST", "happened", src=("country:CHL",), tgt=("country:PER",), text="asked"), "q1")
    denial = _said(_ev("a", 2, "REQUEST", "denied", src=("country:CHL",), tgt=("country:PER",), text="asked"), "q2")
    same = _voiced_ann("a", [claim, denial], {"q1": "The Andean Ports Board", "q2": "APB"})
    assert fuse([same]).contradictions == ()
    other = _voiced_ann("a", [claim, denial], {"q1": "The Andean Ports Board", "q2": "Ana Ruiz"})
    assert len(fuse([other]).contradictions) == 1


def test_one_speakers_word_in_two_articles_is_a_change_of_course_not_a_dispute() -> None:
    # "Chile is seeking talks with Peru, the ministry said" / later "the ministry said it does not intend
    # to seek talks with Peru at this time": one source at two moments
    claim = _said(_ev("a", 1, "REQUEST", "ongoing", src=("country:CHL",), tgt=("country:PER",), text="seek"), "q1")
    denial = _said(_ev("b", 1, "REQUEST", "denied", src=("country:CHL",), tgt=("country:PER",), text="seek"), "q1")
    a = _voiced_ann("a", [claim], {"q1": "Foreign Ministry"})
    assert fuse([a, _voiced_ann("b", [denial], {"q1": "Foreign Ministry"})]).contradictions == ()
    assert len(fuse([a, _voiced_ann("b", [denial], {"q1": "Ana Ruiz"})]).contradictions) == 1


def test_a_denial_of_an_earlier_time_does_not_answer_a_later_act() -> None:
    # "failed to agree the tariff in March" / "agreed the tariff on June 2": the act came after the failure
    agreed = _ev("a", 1, "AGREE", "happened", src=("country:CHL",), tgt=("country:PER",), text="agreed",
                 date="2021-06-02")
    failed = _ev("b", 1, "AGREE", "denied", src=("country:CHL",), tgt=("country:PER",), text="agree",
                 date="2021-03")
    assert fuse([_ann("a", [agreed]), _ann("b", [failed])]).contradictions == ()
    # a denial someone makes dated after the act may be dated by when it was made: it still answers the claim
    later = dataclasses.replace(failed, date=EventDate("2021-06-05"))
    said = _voiced_ann("b", [_said(later, "q1")], {"q1": "Ana Ruiz"})
    assert len(fuse([_ann("a", [agreed]), said]).contradictions) == 1
    # the writer's own "Chile did not agree the tariff on June 5" is dated by the act: another day, another act
    assert fuse([_ann("a", [agreed]), _ann("b", [later])]).contradictions == ()


def test_a_denial_of_its_own_day_does_not_answer_an_earlier_days_report() -> None:
    # "Chile has not provided Peru any help so far today" (Jan 9) / "Chile provided Peru help", reported Jan 5
    gave = _ev("a", 1, "AID", "happened", src=("country:CHL",), tgt=("country:PER",), text="provided")
    none_today = _ev("b", 1, "AID", "denied", src=("country:CHL",), tgt=("country:PER",), text="provided",
                     date="2022-01-09")
    b = _ann("b", [none_today])
    b = dataclasses.replace(b, document=dataclasses.replace(b.document, published=DocDate("2022-01-09", "given")))
    assert fuse([_ann("a", [gave]), b]).contradictions == ()
    # the same report published that day is answered
    a = _ann("a", [gave])
    a = dataclasses.replace(a, document=dataclasses.replace(a.document, published=DocDate("2022-01-09", "given")))
    assert len(fuse([a, b]).contradictions) == 1


def test_a_claim_its_own_clause_negates_is_no_claim() -> None:
    # "the two sides have still not been able to agree on pay" left as an agreement by the events stage
    text = "Chile and Peru have still not been able to agree on pay."
    k = text.index("agree on")
    claim = dataclasses.replace(
        _ev("a", 0, "AGREE", "happened", src=("country:CHL",), tgt=("country:PER",), text="agree"),
        start=k, end=k + 5, sentence=Span(0, len(text)))
    denial = _ev("b", 1, "AGREE", "denied", src=("country:CHL",), tgt=("country:PER",), text="agree")
    assert fuse([_ann("a", [claim], text), _ann("b", [denial])]).contradictions == ()
    told = "Chile and Peru said on Monday they had been able to agree on pay."
    k = told.index("agree on")
    claim = dataclasses.replace(claim, start=k, end=k + 5, sentence=Span(0, len(told)))
    assert len(fuse([_ann("a", [claim], told), _ann("b", [denial])]).contradictions) == 1


def test_a_side_no_one_voices_is_narration_not_a_claim_or_a_denial() -> None:
    # "... while Peru does not buy more of its goods" in a bill's terms, told by no one and done by no one
    # named, answers no one's "Peru buys Chilean goods"; a denial Peru itself makes does
    claim = _ev("a", 1, "AGREE", "happened", src=("country:PER",), tgt=("country:CHL",), text="buy")
    narrated = _ev("b", 1, "AGREE", "denied", tgt=("country:CHL",), text="buy")
    assert fuse([_ann("a", [claim]), _ann("b", [narrated])]).contradictions == ()
    denied = _ev("b", 1, "AGREE", "denied", src=("country:PER",), tgt=("country:CHL",), text="buy")
    assert len(fuse([_ann("a", [claim]), _ann("b", [denied])]).contradictions) == 1


def _dated(ann: Annotation, published: str) -> Annotation:
    return dataclasses.replace(ann, document=dataclasses.replace(ann.document, published=DocDate(published, "given")))


def test_a_denial_worded_to_look_ahead_answers_no_earlier_report_of_the_act() -> None:
    # "Chile was selling copper to Peru from its stocks" / an analyst's "Chile will not cut prices and cannot
    # sell copper to Peru as a result" (left undated): a forecast from that day on, not a denial of the sales
    claim = _told("a", "Chile was selling copper to Peru from its stocks, traders said.", "selling", "happened")
    cannot = _told("b", "Chile will not cut prices and cannot sell copper to Peru as a result.", "sell", "denied")
    expect = _told("b", "Traders do not expect Chile to sell copper to Peru this year.", "sell", "denied")
    for denial in (cannot, expect):
        assert fuse([claim, denial]).contradictions == ()
    # a sale dated after it does answer it; so does a plain denial of the sales
    later = _told("a", "Chile was selling copper to Peru from its stocks, traders said.", "selling", "happened",
                  date=EventDate("2022-01-07"))
    assert len(fuse([later, cannot]).contradictions) == 1
    plain = _told("b", "Chile has not been selling copper to Peru, the ministry said.", "selling", "denied")
    assert len(fuse([claim, plain]).contradictions) == 1


def test_a_narrated_failure_is_dated_by_the_act_itself() -> None:
    # the writer's "Chile and Peru failed to agree the rules in January" (March 24) and a later article's
    # "Chile adjourned talks with Peru after agreeing the rules" (March 27): the agreement came since
    failed = _dated(_told("b", "Chile and Peru failed to agree the rules in January.", "agree", "denied",
                          date=EventDate("2022-01")), "2022-03-24")
    agreed = _dated(_told("a", "Chile adjourned talks with Peru after agreeing the rules.", "agreeing", "happened"),
                    "2022-03-27")
    assert fuse([agreed, failed]).contradictions == ()
    # a failure on the very day the agreement is reported is a disagreement
    today = _dated(_told("b", "Chile and Peru failed to agree the rules on Sunday.", "agree", "denied",
                         date=EventDate("2022-03-27")), "2022-03-27")
    assert len(fuse([agreed, today]).contradictions) == 1
    # "had not agreed the rules by March" reaches back over an agreement told for January
    january = _dated(_told("a", "Chile agreed the rules with Peru in January.", "agreed", "happened",
                           date=EventDate("2022-01")), "2022-03-27")
    by_march = _dated(_told("b", "Chile had not agreed the rules with Peru by March.", "agreed", "denied",
                            date=EventDate("2022-03", "ON_OR_BEFORE")), "2022-03-24")
    assert len(fuse([january, by_march]).contradictions) == 1


def _story(doc: str, text: str, events: list[tuple[str, str, Status, dict[str, object]]],
           who: dict[str, str] | None = None, names: dict[str, str] | None = None,
           published: str = "2022-01-05") -> Annotation:
    """One article of real text: each event is (trigger, type, status, EventMention fields) in one sentence
    ending at its first full stop; `names` (surface → entity id) are its parties, `who` its quotes' speakers."""
    from storyline.records import Quote, Speaker, TextSpan

    evs = []
    for n, (trigger, type_, status, kw) in enumerate(events):
        k = text.index(trigger)
        start = text.rfind(". ", 0, k) + 2 if text.rfind(". ", 0, k) >= 0 else 0
        end = text.find(".", k) + 1 or len(text)
        evs.append(EventMention(doc, f"e{n}", k, k + len(trigger), trigger, Span(start, end), type_, status,
                                **kw))  # type: ignore[arg-type]
    actors = tuple(_actor(doc, text.index(s), s, e, e.split(":")[0] if ":" in e else "organization")
                   for s, e in (names or {}).items() if s in text)
    quotes = tuple(Quote(doc, q, "indirect", TextSpan(0, len(text), text), Speaker(0, len(n), n, None, n, None))
                   for q, n in (who or {}).items())
    return Annotation(Document(doc, text, published=DocDate(published, "given")), actors=actors,
                      events=tuple(evs), quotes=quotes)


_PARTIES = {"Chile": "country:CHL", "Peru": "country:PER"}


def test_real_disputes_between_two_sources_are_found() -> None:
    # a ministry denies what an outlet reported
    moved = _story("a", "Chile moved troops to the Peru border on Monday, the Coast Herald reported.",
                   [("moved", "MOBILIZE", "claimed", {"source": ("country:CHL",), "target": ("country:PER",),
                                                      "date": EventDate("2022-01-03"), "quote_id": "q1"})],
                   {"q1": "Coast Herald"}, _PARTIES)
    denied = _story("b", "The Chile defence ministry denied that troops were moved to the Peru border on Monday.",
                    [("denied", "REJECT", "happened", {"source": ("country:CHL",)}),
                     ("moved", "MOBILIZE", "denied", {"source": ("country:CHL",), "target": ("country:PER",),
                                                      "date": EventDate("2022-01-03")})],
                    None, _PARTIES)
    assert len(fuse([moved, denied]).contradictions) == 1
    # a rebel group denies an attack the army lays at its door
    rebels = {"Chile": "country:CHL", "Red Front": "org:red-front"}
    army = _story("a", "The Chile army said the Red Front attacked a convoy near Tarma on Sunday.",
                  [("attacked", "ASSAULT", "claimed", {"source": ("org:red-front",), "date": EventDate("2022-01-02"),
                                                       "quote_id": "q1"})],
                  {"q1": "the Chile army"}, rebels)
    front = _story("b", "The Red Front denied carrying out the attack on the convoy, Chile radio said.",
                   [("denied", "REJECT", "happened", {"source": ("org:red-front",)}),
                    ("attack", "ASSAULT", "denied", {"source": ("org:red-front",)})],
                   None, rebels)
    assert len(fuse([army, front]).contradictions) == 1
    # a company denies a reported merger
    firms = {"Andes Mining": "org:andes-mining", "Pacific Ore": "org:pacific-ore"}
    merger = _story("a", "Andes Mining has agreed to merge with Pacific Ore, the Lima Daily reported.",
                    [("merge", "AGREE", "claimed", {"source": ("org:andes-mining",), "target": ("org:pacific-ore",),
                                                    "quote_id": "q1"})],
                    {"q1": "Lima Daily"}, firms)
    no_merger = _story("b", "Andes Mining denied that it had agreed to merge with Pacific Ore.",
                       [("denied", "REJECT", "happened", {"source": ("org:andes-mining",)}),
                        ("merge", "AGREE", "denied", {"source": ("org:andes-mining",), "target": ("org:pacific-ore",)})],
                       None, firms)
    assert len(fuse([merger, no_merger]).contradictions) == 1
    # one side says the talks failed, the other that a deal was reached
    deal = _story("a", "Chile and Peru reached a deal on fishing rights on Monday, the Chile minister said.",
                  [("reached", "AGREE", "happened", {"source": ("country:CHL",), "target": ("country:PER",),
                                                     "date": EventDate("2022-01-03"), "quote_id": "q1"})],
                  {"q1": "Ana Soto"}, _PARTIES)
    failed = _story("b", "The Peru negotiator said Chile and Peru failed to reach a deal on fishing rights on Monday.",
                    [("reach", "AGREE", "denied", {"source": ("country:CHL",), "target": ("country:PER",),
                                                   "date": EventDate("2022-01-03"), "quote_id": "q1"})],
                    {"q1": "Luis Vera"}, _PARTIES)
    assert len(fuse([deal, failed]).contradictions) == 1


def _priced(doc: str, count: str, value: str, qty: int, usd: float, *, date: str = "2024-03-07",
            stage: str = "order") -> Annotation:
    """One report of Peru buying howitzers from Chile, in its own words and figures."""
    text = f"Peru signed a deal to buy {count} T-9 howitzers from Chile, worth an estimated {value}."
    text += " " * (400 - len(text))
    ev = EventMention(doc, "e1", 5, 11, "signed", Span(0, text.index(".") + 1), "AGREE", "happened",
                      arms_stage=stage, source=("country:PER",), target=("country:CHL",),  # type: ignore[arg-type]
                      system="weapon:t-9", quantity=qty, unit="howitzers", value_usd=usd, date=EventDate(date))
    return _ann(doc, [ev], text=text)


def test_reports_that_price_and_count_one_deal_differently_make_one_row_showing_both() -> None:
    a = _priced("a", "24", "$1.2 billion", 24, 1.2e9)
    b = _priced("b", "up to 30", "$1.5bn", 30, 1.5e9, date="2024-03", stage="contract")
    (deal,) = fuse([a, b]).deals
    assert deal.sources == ("a", "b")
    by_fact = {x.fact: x.figures for x in deal.discrepancies}
    assert set(by_fact) == {"value_usd", "quantity"}
    shown = {(f.doc_id, f.value, f.text) for f in by_fact["value_usd"]}
    assert shown == {("a", 1.2e9, "$1.2 billion"), ("b", 1.5e9, "$1.5bn")}
    assert {(f.doc_id, f.text) for f in by_fact["quantity"]} == {("a", "24"), ("b", "up to 30")}
    texts = {"a": a.document.text, "b": b.document.text}
    for f in by_fact["value_usd"] + by_fact["quantity"]:
        assert texts[f.doc_id][f.start : f.end] == f.text  # offsets point at the words in their report


def test_figures_that_agree_or_count_a_batch_are_no_discrepancy() -> None:
    a = _priced("a", "24", "$1.2 billion", 24, 1.2e9)
    b = _priced("b", "two dozen", "$1.19 billion", 24, 1.19e9)  # rounded differently: the same figure
    batch = _ev("c", 1, "AID", "happened", stage="deliver", src=("country:CHL",), tgt=("country:PER",),
                system="weapon:t-9", qty=6, unit="howitzers", date="2025-02")
    (deal,) = fuse([a, b, _ann("c", [batch])]).deals
    assert deal.discrepancies == () and deal.quantity == 24


def test_the_register_and_its_files_show_each_disputed_figure_with_its_source() -> None:
    a = _priced("a", "24", "$1.2 billion", 24, 1.2e9)
    b = _priced("b", "30", "$1.5bn", 30, 1.5e9)
    fusion = fuse([a, b])
    (deal,) = fusion.deals
    assert deal_from_json(json.loads(json.dumps(deal_json(deal)))) == deal
    out = io.StringIO()
    render_timeline(out, [a.document, b.document], fusion)
    md = out.getvalue()
    assert "(reports differ: $1,200,000,000 / $1,500,000,000)" in md and "(reports differ: 24 / 30)" in md
    start = a.document.text.index("$1.2 billion")
    assert "“$1.2 billion” (" in md and f"`a` {start}–{start + 12})" in md
    page = io.StringIO()
    render_report(page, MemoryCorpus.of([a, b], fusion))
    anchor = passage_anchor("a", start)
    assert f'href="#{anchor}">$1.2 billion</a>' in page.getvalue() and f'id="{anchor}"' in page.getvalue()


def test_counts_in_other_units_and_a_follow_on_plans_price_are_no_discrepancy() -> None:
    a = _priced("a", "24", "$1.2 billion", 24, 1.2e9)
    guns = dataclasses.replace(a.events[0], mention_id="e2", start=200, end=206, sentence=Span(190, 260),
                               quantity=4, unit="batteries", value_usd=None)
    more = _ev("a", 3, "AGREE", "planned", stage="order", src=("country:PER",), tgt=("country:CHL",),
               system="weapon:t-9", qty=12, unit="howitzers", value=6e8, date="2026")
    (deal,) = fuse([dataclasses.replace(a, events=(*a.events, guns, more))]).deals
    assert deal.follow_on and deal.discrepancies == ()


def test_the_register_takes_the_count_most_reports_give() -> None:
    # two outlets say 24 (one event), a third says 30 and dates the signing a day later (its own event):
    # the row says 24, whichever event sorts first
    reports = [_priced("a", "24", "$1.2 billion", 24, 1.2e9), _priced("b", "24", "$1.2 billion", 24, 1.2e9),
               _priced("c", "30", "$1.2 billion", 30, 1.2e9, date="2024-03-08")]
    (deal,) = fuse(reports).deals
    assert deal.quantity == 24
    assert {f.value for x in deal.discrepancies for f in x.figures} == {24, 30}


def _arms_report(doc: str, text: str, trigger: str, stage: str, date: str, *, published: str = "2022-01-05",
          qty: int | None = None, status: Status = "happened") -> Annotation:
    """One report whose one arms event is read at `trigger` in `text` (Peru buying from Chile)."""
    start = text.index(trigger)
    lo = text.rfind(".", 0, start) + 1
    hi = text.find(".", start) + 1
    src, tgt = (("country:CHL",), ("country:PER",)) if stage == "deliver" else (("country:PER",), ("country:CHL",))
    ev = EventMention(doc, f"e{start}", start, start + len(trigger), trigger, Span(lo, hi), "AGREE", status,
                      arms_stage=stage, source=src, target=tgt, system="weapon:t-9",  # type: ignore[arg-type]
                      quantity=qty, unit="howitzers" if qty else None, date=EventDate(date))
    ann = _ann(doc, [ev], text=text + " " * max(0, 400 - len(text)))
    return dataclasses.replace(ann, document=dataclasses.replace(ann.document, published=DocDate(published, "given")))


def test_a_headlines_noun_order_or_a_standing_order_dated_by_its_report_does_not_split_the_deal() -> None:
    signed = _priced("a", "24", "$1.2 billion", 24, 1.2e9)
    headline = _arms_report("b", "Peru's howitzer order costs more. Officials spoke.", "howitzer order", "order",
                     "2025-02-10", published="2025-02-10")
    standing = _arms_report("c", "Peru has ordered up to 30 T-9 howitzers from Chile, a spokesman said on Tuesday.",
                     "ordered", "order", "2025-02-04", published="2025-02-04", qty=30)
    (deal,) = fuse([signed, headline, standing]).deals
    assert deal.sources == ("a", "b", "c") and deal.ordered == "2024-03-07"
    assert {f.text for x in deal.discrepancies for f in x.figures} == {"24", "up to 30"}
    # a new order told in the perfect ("has ordered 12 more") is still a row of its own
    more = _arms_report("d", "Peru has ordered 12 more T-9 howitzers from Chile, a spokesman said on Tuesday.",
                 "ordered", "order", "2025-02-04", published="2025-02-04", qty=12)
    assert len(fuse([signed, more]).deals) == 2
    # "placed an order" in another year is still a new order
    placed = _arms_report("e", "Peru placed an order for 12 T-9 howitzers with Chile.", "placed an order", "order",
                          "2025-06-02", qty=12)
    assert len(fuse([signed, placed]).deals) == 2


def test_the_last_delivery_is_read_from_its_own_clause() -> None:
    text = ("Chile delivered two more T-9 howitzers to Peru in May 2025, and all 24 howitzers were delivered "
            "by June 2026.")
    first = _arms_report("b", text, "delivered two", "deliver", "2025-05")
    last = _arms_report("c", text, "were delivered", "deliver", "2026-06")
    (deal,) = fuse([_priced("a", "24", "$1.2 billion", 24, 1.2e9), first, last]).deals
    assert deal.delivered.first == "2025-05" and deal.delivered.completed_by == "2026-06"


def test_one_sum_in_euros_is_one_figure_whether_or_not_a_report_gives_its_dollar_equivalent() -> None:
    a = _priced("a", "24", "395 million euros (about $414 million)", 24, 414e6)
    b = _priced("b", "24", "395 million euros", 24, 434.5e6)  # the fixed rate: 1.10 dollars a euro
    c = _priced("c", "24", "€420 million", 24, 462e6)
    (deal,) = fuse([a, b]).deals
    assert deal.discrepancies == ()
    (deal,) = fuse([a, b, c]).deals
    (x,) = deal.discrepancies
    assert sorted((f.doc_id, f.value) for f in x.figures) == [("a", 414e6), ("b", 414e6), ("c", 462e6)]


def test_what_an_article_says_its_deal_is_worth_outside_the_events_clause_is_a_figure() -> None:
    text = ("Peru signed a deal to buy 24 T-9 howitzers from Chile. The package, including training and spares, "
            "is worth about $1.4 billion, an official said.")
    stated = _arms_report("b", text, "signed a deal", "order", "2024-03-07", qty=24)
    (deal,) = fuse([stated]).deals
    assert deal.value_usd == 1.4e9
    (deal,) = fuse([_priced("a", "24", "$1.2 billion", 24, 1.2e9), stated]).deals
    (x,) = deal.discrepancies
    f = next(f for f in x.figures if f.doc_id == "b")
    assert (f.value, f.text, text[f.start : f.end]) == (1.4e9, "$1.4 billion", "$1.4 billion")
    # an instalment, or a second order, is not what the deal is worth
    for other in ("An advance worth $300 million was paid.", "A second contract worth $2 billion is planned.",
                  "It follows an earlier contract worth $300 million for spare parts."):
        alone = _arms_report("c", text.split(" The")[0] + " " + other, "signed a deal", "order", "2024-03-07", qty=24)
        assert fuse([alone]).deals[0].value_usd is None



def test_a_standing_order_years_after_the_last_one_is_an_order_of_its_own() -> None:
    signed = _priced("a", "24", "$1.2 billion", 24, 1.2e9, date="2021-03-07")
    later = _arms_report("c", "Peru has ordered 30 T-9 howitzers from Chile, a spokesman said on Tuesday.",
                         "ordered", "order", "2025-02-04", published="2025-02-04", qty=30)
    assert sorted(d.quantity or 0 for d in fuse([signed, later]).deals) == [24, 30]


def _denial(doc: str, date: str | None, acts: list[tuple[str, str | None]]) -> Annotation:
    """A denying mention in sentence 1 and the acts its sentence disputes after it."""
    evs = [_ev(doc, 1, "REJECT", "happened", src=("country:CHL",), text="denied", date=date)]
    for k, (type_, day) in enumerate(acts):
        start = 140 + 20 * k
        evs.append(EventMention(doc, f"e{k + 2}", start, start + 5, "fired", Span(100, 190), type_, "denied",  # type: ignore[arg-type]
                                date=EventDate(day) if day else None))
    return _ann(doc, evs)


def _rejects(fusion: object) -> list[tuple[str, ...]]:
    return sorted(e.sources for e in fusion.events if e.type == "REJECT")  # type: ignore[attr-defined]


def test_two_denials_fuse_only_when_they_deny_one_act() -> None:
    # one denial of Saturday's shots in two articles
    same = [_denial("a", None, [("ASSAULT", "2022-01-01")]), _denial("b", None, [("ASSAULT", "2022-01-01")])]
    assert _rejects(fuse(same)) == [("a", "b")]
    # the shots of another Saturday, or a denial that names no act ("denies it"): two denials
    other_day = [_denial("a", None, [("ASSAULT", "2022-01-01")]), _denial("b", None, [("ASSAULT", "2022-01-08")])]
    assert _rejects(fuse(other_day)) == [("a",), ("b",)]
    bare = [_denial("a", None, [("ASSAULT", "2022-01-01")]), _denial("b", "2022-01-08", [])]
    assert _rejects(fuse(bare)) == [("a",), ("b",)]
    # two denials that name no act are compared as any two events are
    assert _rejects(fuse([_denial("a", "2022-01-08", []), _denial("b", "2022-01-08", [])])) == [("a", "b")]


def test_a_stage_read_from_arms_context_does_not_split_one_planned_event() -> None:
    # "Chile will pay 20 percent of the frigates' price" (pay stage) / "Chile will pay 20 percent up front"
    a = _ann("a", [_ev("a", 1, "COOPERATE", "planned", stage="pay", src=("country:CHL",), text="pay")])
    b = _ann("b", [_ev("b", 1, "COOPERATE", "planned", src=("country:CHL",), text="pay")])
    assert [e.sources for e in fuse([a, b]).events] == [("a", "b")]
    # "will hold arms talks on April 15" / "the presidents will meet on April 15"
    a = _ann("a", [_ev("a", 1, "CONSULT", "planned", stage="negotiate", src=("country:CHL", "country:PER"),
                       date="2022-04-15", text="talks")])
    b = _ann("b", [_ev("b", 1, "CONSULT", "planned", src=("country:CHL", "country:PER"), date="2022-04-15",
                       text="meet")])
    fused = fuse([a, b]).events
    assert [e.sources for e in fused] == [("a", "b")] and fused[0].arms_stage == "negotiate"
    # a deal stage stays apart from a plain agreement of its parties
    a = _ann("a", [_ev("a", 1, "AGREE", "happened", stage="contract", src=("country:CHL",), tgt=("country:PER",),
                       date="2022-01-03", text="signed")])
    b = _ann("b", [_ev("b", 1, "AGREE", "happened", src=("country:CHL",), tgt=("country:PER",), date="2022-01-03",
                       text="agreed")])
    assert len(fuse([a, b]).events) == 2


def test_a_partyless_headline_does_not_keep_its_lead_from_the_other_reports() -> None:
    # "Ana Ruiz will appeal the verdict" / "Ruiz to appeal sentence" (headline, no party read) + "Ruiz will appeal"
    a = _ann("a", [_ev("a", 1, "REQUEST", "planned", src=("person:ana-ruiz",), text="appeal")])
    b = _ann("b", [_ev("b", 1, "REQUEST", "planned", text="appeal"),
                   _ev("b", 2, "REQUEST", "planned", src=("person:ana-ruiz",), text="appeal")])
    events = fuse([a, b]).events
    assert [(e.sources, len(e.mentions)) for e in events] == [(("a", "b"), 3)]


_FIRMS = {"Andes Mining": "org:andes-mining", "Pacific Ore": "org:pacific-ore"}


def test_a_planned_merger_ruled_out_by_another_voice_is_a_contradiction() -> None:
    # "Andes Mining plans to merge with Pacific Ore, bankers said" / "Andes Mining ruled out a merger with
    # Pacific Ore" or "said it would not merge with": the plan reported is the plan denied
    plan = _story("a", "Andes Mining plans to merge its copper unit with Pacific Ore, bankers said.",
                  [("merge", "AGREE", "planned", {"source": ("org:andes-mining",), "target": ("org:pacific-ore",),
                                                  "quote_id": "q1"})],
                  {"q1": "bankers"}, _FIRMS)
    ruled_out = _story("b", "Andes Mining ruled out a merger of its copper unit with Pacific Ore.",
                       [("merger", "AGREE", "denied", {"source": ("org:andes-mining",),
                                                       "target": ("org:pacific-ore",)})], None, _FIRMS)
    would_not = _story("b", "Andes Mining said it would not merge its copper unit with Pacific Ore.",
                       [("merge", "AGREE", "denied", {"source": ("org:andes-mining",),
                                                      "target": ("org:pacific-ore",)})], None, _FIRMS)
    for denial in (ruled_out, would_not):
        assert len(fuse([plan, denial]).contradictions) == 1
    # a merger the firm failed to complete tells what became of the plan, not that no one planned it
    failed = _story("b", "Andes Mining failed to merge its copper unit with Pacific Ore.",
                    [("merge", "AGREE", "denied", {"source": ("org:andes-mining",),
                                                   "target": ("org:pacific-ore",)})], None, _FIRMS)
    assert fuse([plan, failed]).contradictions == ()


def test_a_visit_announced_and_denied_by_the_host_is_a_contradiction() -> None:
    # "Chile's president will visit Peru, his office said" / "Peru's foreign ministry denied that the
    # president would visit Peru"; the ministry's later "the president did not visit" is the plan not carried out
    visit = {"source": ("country:CHL",), "target": ("country:PER",)}
    announced = _story("a", "The Chile president will visit Peru next month, his office said.",
                       [("visit", "CONSULT", "planned", {**visit, "quote_id": "q1"})], {"q1": "his office"}, _PARTIES)
    denied = _story("b", "The Peru foreign ministry denied that the Chile president would visit Peru.",
                    [("denied", "REJECT", "happened", {"source": ("country:PER",)}),
                     ("visit", "CONSULT", "denied", visit)], None, _PARTIES)
    assert len(fuse([announced, denied]).contradictions) == 1
    did_not = _story("b", "The Chile president did not visit Peru, the Peru foreign ministry said.",
                     [("visit", "CONSULT", "denied", {**visit, "quote_id": "q1"})],
                     {"q1": "the Peru foreign ministry"}, _PARTIES)
    assert fuse([announced, did_not]).contradictions == ()


def test_a_union_that_plans_a_strike_and_then_will_not_strike_changes_course() -> None:
    # the union's own "we will strike against the port operator" and, later, its "we will not strike against
    # the port operator": one voice at two moments; the same plan told by the port authority is disputed
    union = {"Dock Union": "org:dock-union", "Chile": "country:CHL"}
    strike = {"source": ("org:dock-union",), "target": ("country:CHL",), "quote_id": "q1"}
    planned = {"q1": "Dock Union"}
    plan = _story("a", "The Dock Union will strike against the Chile port operator, it said.",
                  [("strike", "PROTEST", "planned", strike)], planned, union)
    refusal = _story("b", "The Dock Union said it will not strike against the Chile port operator.",
                     [("strike", "PROTEST", "denied", strike)], {"q1": "Dock Union"}, union)
    assert fuse([plan, refusal]).contradictions == ()
    told_by_other = dataclasses.replace(plan, quotes=tuple(
        dataclasses.replace(q, speaker=dataclasses.replace(q.speaker, text="the port authority", name="the port authority"))
        for q in plan.quotes))
    assert len(fuse([told_by_other, refusal]).contradictions) == 1


def test_a_refusal_answers_a_plan_only_for_the_plans_own_time_and_doer() -> None:
    # "Chile will sign the accord with Peru on January 3" and Chile's "will not sign the accord", said on
    # January 10 (from then on): the day had passed, the plan was dropped or missed, not denied
    refusal = _told("b", "Chile will not sign the accord with Peru, the minister said.", "sign", "denied",
                    date=EventDate("2022-01-10", "ON_OR_AFTER"))
    plan = "Chile plans to sign the accord with Peru, its envoy said."
    past = _told("a", plan, "sign", "planned", date=EventDate("2022-01-03"))
    ahead = _told("a", plan, "sign", "planned", date=EventDate("2022-01-20"))
    assert fuse([past, refusal]).contradictions == ()
    assert len(fuse([ahead, refusal]).contradictions) == 1
    # a refusal naming no doer ("we won't sign the accord with Peru", a trader said) is no one's refusal
    # of Chile's plan
    nobody = _story("b", "We won't sign the accord with Peru, a trader in Chile said.",
                    [("sign", "AGREE", "denied", {"target": ("country:PER",), "quote_id": "q1"})],
                    {"q1": "a trader"}, _PARTIES)
    assert fuse([ahead, nobody]).contradictions == ()


def test_a_forecast_is_neither_a_plan_nor_a_refusal() -> None:
    # "traders expect Chile to sign the accord with Peru" is no plan Chile's "will not sign" denies; "Peru
    # does not expect Chile to sign the accord" is no refusal of Chile's plan
    plan = _told("a", "Chile plans to sign the accord with Peru, its envoy said.", "sign", "planned")
    forecast = _told("a", "Traders expect Chile to sign the accord with Peru, its envoy said.", "sign", "planned")
    refusal = _told("b", "Chile will not sign the accord with Peru, the minister said.", "sign", "denied")
    doubt = _told("b", "Peru does not expect Chile to sign the accord with Peru, the minister said.", "sign",
                  "denied")
    assert len(fuse([plan, refusal]).contradictions) == 1
    assert fuse([forecast, refusal]).contradictions == ()
    assert fuse([plan, doubt]).contradictions == ()


def test_a_joint_act_refused_by_its_other_party_is_compared_by_parties_not_by_partner_words() -> None:
    # "Chile will sign the trade deal with Peru" / "Peru denied that it would sign the trade deal with Chile":
    # the words after the trigger name the other party, which each side names as the partner
    plan = _story("a", "Chile will sign the trade deal with Peru next month, its envoy said.",
                  [("sign the trade deal", "AGREE", "planned", {"source": ("country:CHL",), "target": ("country:PER",),
                                                                "quote_id": "q1"})], {"q1": "its envoy"}, _PARTIES)
    denied = _story("b", "Peru denied that it would sign the trade deal with Chile.",
                    [("denied", "REJECT", "happened", {"source": ("country:PER",)}),
                     ("sign the trade deal", "AGREE", "denied", {"source": ("country:PER",),
                                                                 "target": ("country:CHL",)})], None, _PARTIES)
    assert len(fuse([plan, denied]).contradictions) == 1


def test_a_plan_refused_on_the_day_it_was_said_answers_the_plan_for_a_later_time() -> None:
    # "Chile has no plans to sign the accord with Peru, the minister said on Wednesday", the events stage dating
    # the refusal plainly to that day: it refuses Chile's plan to sign next month
    plan = _told("a", "Chile plans to sign the accord with Peru, its envoy said.", "sign", "planned",
                 date=EventDate("2022-02"))
    said = _told("b", "Chile has no plans to sign the accord with Peru, the minister said.", "sign", "denied",
                 date=EventDate("2022-01-05"))
    assert len(fuse([plan, said]).contradictions) == 1
    # a refusal of a day after its report ("has no plans to sign on January 20") is that day's, not next month's
    later = _told("b", "Chile has no plans to sign the accord with Peru, the minister said.", "sign", "denied",
                  date=EventDate("2022-01-20"))
    assert fuse([plan, later]).contradictions == ()
    # refused from that day on, it denies no signing reported as done before it
    signed = _told("a", "Chile signed the accord with Peru, its envoy said.", "signed", "happened",
                   date=EventDate("2021-12-20"))
    assert fuse([signed, said]).contradictions == ()


def test_a_figures_scale_word_is_no_object() -> None:
    # "bought 2 billion of bonds" / "has not bought 3 billion of bills": the figure's "billion" is part of the
    # count, so the two name different things
    claim = _told("a", "Chile bought 2 billion of bonds from Peru on Monday.", "bought", "happened")
    other = _told("b", "Chile has not bought 3 billion of bills from Peru, the minister said.", "bought", "denied")
    same = _told("b", "Chile has not bought 3 billion of bonds from Peru, the minister said.", "bought", "denied")
    assert fuse([claim, other]).contradictions == ()
    assert len(fuse([claim, same]).contradictions) == 1


def _wire_run(nlp, tmp_path, texts: list[str]):  # type: ignore[no-untyped-def]
    """Fusion of a run of wire stories through the whole pipeline, one a day from March 3, 2025."""
    from storyline.ingest.common import make_document
    from storyline.runner import add_documents
    from storyline.store import Store

    docs = [make_document(t + "\n", path="api", doc_id=f"w{n}", given_published=f"2025-03-{3 + n:02d}")
            for n, t in enumerate(texts)]
    tmp_path.mkdir(exist_ok=True)
    with Store(tmp_path / "s.duckdb") as store:
        _, errors, fusion = add_documents(docs, store, nlp)
    assert not errors
    return fusion


_SIGNING_PLAN = ("SANTIAGO, March 3 (Wire) - Chile plans to sign the trade deal with Peru next month, its trade envoy "
                 "said on Monday.")


@pytest.mark.parametrize("refusal", [
    "LIMA, March 4 (Wire) - Chile has ruled out signing the trade deal with Peru, the foreign minister said on Tuesday.",
    "LIMA, March 4 (Wire) - Chile does not intend to sign the trade deal with Peru, the foreign minister said on Tuesday.",
    "LIMA, March 4 (Wire) - Peru denied on Tuesday that it would sign the trade deal with Chile.",
], ids=["ruled-out", "does-not-intend", "other-party-denies"])
def test_a_plan_one_source_reports_and_another_refuses_is_a_contradiction(nlp, tmp_path, refusal: str) -> None:  # type: ignore[no-untyped-def]
    fusion = _wire_run(nlp, tmp_path, [_SIGNING_PLAN, refusal])
    assert len(fusion.contradictions) == 1


def test_a_plan_its_own_voice_later_drops_is_a_change_of_course(nlp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    plan = "SANTIAGO, March 3 (Wire) - Andes Mining said on Monday it would buy the Tarma copper mine from Peru next year."
    dropped = ("SANTIAGO, March 4 (Wire) - Andes Mining said on Tuesday it would not buy the Tarma copper mine from Peru "
               "after all.")
    assert _wire_run(nlp, tmp_path / "one", [plan, dropped]).contradictions == ()
    # the same plan told by someone else is disputed
    told = "LIMA, March 3 (Wire) - Andes Mining plans to buy the Tarma copper mine from Peru next year, bankers said on Monday."
    assert len(_wire_run(nlp, tmp_path / "two", [told, dropped]).contradictions) == 1


def test_an_offer_turned_down_by_its_target_answers_it_and_denies_no_report() -> None:
    """"Andes Air rejected Norvik Air's offer to acquire it" is no denial that Norvik Air bought its shares."""
    names = {"Norvik Air": "org:norvik-air", "Andes Air": "org:andes-air"}
    text = "Andes Air said its board has rejected Norvik Air's offer to acquire Andes Air for 52 dlrs per share."
    answer = _story("a", text, [("rejected", "REJECT", "happened", {"source": ("org:andes-air",),
                                                                  "target": ("org:norvik-air",), "quote_id": "q1"}),
                                ("acquire", "AGREE", "denied", {"target": ("org:andes-air",), "quote_id": "q1"})],
                    {"q1": "Andes Air"}, names, published="2022-03-05")
    shares = _story("b", "Norvik Air said it spent 90 mln dlrs to acquire its Andes Air shares.",
                    [("acquire", "AGREE", "happened", {"source": ("org:norvik-air",), "target": ("org:andes-air",),
                                                       "quote_id": "q1"})],
                    {"q1": "Norvik Air"}, names, published="2022-03-16")
    assert fuse([answer, shares]).contradictions == ()


def test_no_new_contract_since_a_month_does_not_answer_one_still_running() -> None:
    """"have not signed any contracts with X since April" and "the computer contract is being re-advertised"
    (running) can both hold: the running contract may be older."""
    names = {"Norvik Electronics": "org:norvik-electronics", "Ana Soto": "person:ana-soto",
             "United States": "country:USA", "Japan": "country:JPN"}
    text = ("Ana Soto said the United States has not signed any contracts with Norvik Electronics since April. "
            "Officials said the computer contract with Japan is being re-advertised.")
    story = _story("a", text, [
        ("signed any contracts", "AGREE", "denied", {"arms_stage": "order", "source": ("country:USA",),
                                                     "target": ("country:JPN",),
                                                     "date": EventDate("2022-04", "ON_OR_AFTER"), "quote_id": "q1"}),
        ("computer contract", "AGREE", "ongoing", {"arms_stage": "contract", "source": ("country:USA",),
                                                   "target": ("country:JPN",), "date": EventDate("2022-06-19"),
                                                   "quote_id": "q2"})],
        {"q1": "Ana Soto", "q2": "The officials"}, names, published="2022-06-19")
    assert fuse([story]).contradictions == ()


def _headlined(doc: str, events: list[EventMention]) -> Annotation:
    """An article whose first 95 characters are its headline (event 0 sits there, event 1 on in its body)."""
    ann = _ann(doc, events)
    return dataclasses.replace(ann, document=dataclasses.replace(ann.document, title_span=Span(0, 95)))


def _signed(doc: str, n: int = 1, date: str = "2022-01-03", system: str = "weapon:k-7") -> EventMention:
    return _ev(doc, n, "AGREE", "happened", stage="order", src=("country:PER",), tgt=("country:CHL",),
               system=system, qty=4, date=date, text="signed a contract")


def test_a_headline_and_its_body_tell_one_event() -> None:
    # "Peru orders four frigates" (no party read, dated from its lead) over "Peru's navy signed a contract
    # with Chile's yard on Monday"; and a headline dated only by its publication ("on or before" the 5th)
    plain = _ev("a", 0, "AGREE", "happened", text="Peru orders", date="2022-01-03")
    bound = dataclasses.replace(_ev("a", 0, "AGREE", "happened", stage="order", src=("country:PER",),
                                    text="frigate order"), date=EventDate("2022-01-05", "ON_OR_BEFORE"))
    for head in (plain, bound):
        (ev,) = fuse([_headlined("a", [head, _signed("a")])]).events
        assert len(ev.mentions) == 2
        assert ev.date == EventDate("2022-01-03")
        assert ev.mentions[0].text == "signed a contract"  # the body's account names the event


def test_a_body_date_outranks_a_headline_bound_of_the_same_day() -> None:
    # published on the day of the signing: the headline's "on or before the 3rd" and the body's "on the 3rd"
    head = dataclasses.replace(_ev("a", 0, "AGREE", "happened", stage="order", src=("country:PER",),
                                   text="frigate order"), date=EventDate("2022-01-03", "ON_OR_BEFORE"))
    (ev,) = fuse([_headlined("a", [head, _signed("a")])]).events
    assert ev.date == EventDate("2022-01-03")


def test_a_headline_stays_apart_from_a_body_event_it_cannot_tell() -> None:
    body = _signed("a")
    others = [
        _ev("a", 0, "CONSULT", "happened", src=("country:PER",), text="talks", date="2022-01-03"),  # talks, not a deal
        _ev("a", 0, "AGREE", "denied", src=("country:PER",), text="denies deal"),  # a denial of it
        _ev("a", 0, "AGREE", "happened", stage="order", src=("country:ECU",), text="Ecuador orders"),  # another buyer
        _ev("a", 0, "AGREE", "happened", stage="order", src=("country:PER",), text="frigate order",
            date="2021-11-20"),  # another day
    ]
    for head in others:
        assert len(fuse([_headlined("a", [head, body])]).events) == 2, head.text


def test_a_plain_verb_of_buying_joins_the_deal_signed_that_day() -> None:
    # one report: "the frigates the country ordered from Chile on January 3"; another: the signed contract
    deal = _ann("a", [_signed("a")])

    def ordered(date: str) -> Annotation:
        return _ann("b", [_ev("b", 1, "AGREE", "happened", tgt=("country:CHL",), date=date, text="ordered")])

    (ev,) = fuse([deal, ordered("2022-01-03")]).events
    assert ev.sources == ("a", "b") and ev.arms_stage == "order" and ev.mentions[0].text == "signed a contract"
    assert len(fuse([deal, ordered("2022-01-04")]).events) == 2  # another day: another agreement
    # two deals of one buyer that day: which one the plain verb tells is unknown
    other = _ann("c", [_signed("c", system="weapon:m-2")])
    assert len(fuse([deal, other, ordered("2022-01-03")]).events) == 3


def test_talks_told_without_the_weapon_join_the_negotiations_on_it_that_day() -> None:
    nego = _ann("a", [_ev("a", 1, "CONSULT", "ongoing", stage="negotiate", src=("country:PER",),
                          tgt=("country:CHL",), system="weapon:k-7", date="2022-01-03", text="negotiating")])

    def talks(date: str | None) -> Annotation:
        return _ann("b", [_ev("b", 1, "CONSULT", "happened", src=("country:CHL",), tgt=("country:PER",), date=date,
                              text="talks")])

    assert len(fuse([nego, talks("2022-01-03")]).events) == 1
    assert len(fuse([nego, talks(None)]).events) == 2  # an undated meeting of the two may be any other


def test_a_headline_rounds_what_its_body_states() -> None:
    # "Peru signs €50m frigate deal" (dated by its publication) over a body that gives the exact sum: the
    # body's figure is the event's, the headline's fills in only where the body gives none
    head = dataclasses.replace(_ev("a", 0, "AGREE", "happened", stage="order", src=("country:PER",), value=5.4e7,
                                   text="frigate deal"), date=EventDate("2022-01-05", "ON_OR_BEFORE"))
    (ev,) = fuse([_headlined("a", [head, dataclasses.replace(_signed("a"), value_usd=5.1e7)])]).events
    assert ev.value_usd == 5.1e7
    (ev,) = fuse([_headlined("a", [head, _signed("a")])]).events
    assert ev.value_usd == 5.4e7


def test_a_headline_leaves_another_reports_event_for_its_own_body() -> None:
    # "Chile and Peru agree" (headline of a) first joined b's "agreed"; a's body tells a contract signed that
    # day, which is what its headline announces: b's agreement stays whole without it
    head = _ev("a", 0, "AGREE", "happened", src=("country:CHL", "country:PER"), date="2022-01-03", text="agree")
    other = _ann("b", [_ev("b", 1, "AGREE", "happened", src=("country:CHL", "country:PER"), date="2022-01-03",
                           text="agreed")])
    fused = fuse([_headlined("a", [head, _signed("a")]), other])
    assert sorted((e.sources, len(e.mentions)) for e in fused.events) == [(("a",), 2), (("b",), 1)]
