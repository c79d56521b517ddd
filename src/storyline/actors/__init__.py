"""Actors: countries, organizations, media, people, places and weapon systems, with canonical ids.

The component `storyline_actors` writes `doc._.actors`, a tuple of `ActorMention`s sorted by
offset, each already resolved to a run-stable `entity_id` (`country:TUR`, `org:world-bank`,
`person:jan-novak`, `weapon:k-9`, `media:tass`, `location:geneva`). Within a
document, surnames, "he"/"she" and role nouns ("the ministry spokesman") resolve to the person
last named in that role, so later stages (quotes, events) never have to guess who "he" is.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

import pycountry
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from storyline.actors import gazetteer, persons, weapons
from storyline.actors.gazetteer import Entry, lookup, slug
from storyline.actors.orgnames import (
    BUSINESS_WORDS,
    GENERIC_WORDS,
    LEGAL_SUFFIXES,
    canonical_org_name,
    org_entity_id,
)
from storyline.dating import dateline_end
from storyline.pipeline import doc_text, document_of
from storyline.records import ActorMention, Document, EntityType

log = logging.getLogger(__name__)

__all__ = ["ActorsComponent", "extract_actors", "gazetteer", "slug"]

# Prepositions after which a capital is a place ("a summit in Brussels"), not a government.
LOCATIVE_PREPS = frozenset({
    "in", "at", "near", "outside", "inside", "around", "across", "into", "through", "throughout",
    "within", "via", "towards", "toward", "over", "under", "beyond", "past", "along",
})
MOTION_WORDS = frozenset({
    "visit", "visits", "visited", "visiting", "trip", "travel", "traveled", "travelled", "flew",
    "fly", "flight", "arrive", "arrived", "arrival", "return", "returned", "go", "went", "came",
    "come", "moved", "move", "journey", "way", "road", "route", "embassy", "relocated", "back",
    "headed", "heading", "departed", "fled", "flee", "evacuated", "tour", "delegation",
    # what carries people or goods to a place ("diverted two vessels to X", "deported to X")
    "divert", "reroute", "redirect", "sail", "deport", "extradite", "airlift", "drive", "walk", "march",
    "emigrate", "relocate", "evacuate",
})
ORG_HEADS = frozenset({
    "agency", "ministry", "service", "office", "corporation", "company", "bank", "committee",
    "council", "parliament", "army", "navy", "military", "government", "forces", "commission",
    "authority", "administration", "directorate", "bureau", "department", "cabinet", "court",
    "guard", "police", "firm", "group", "conglomerate", "manufacturer", "maker", "operator",
    "regulator", "legislature", "assembly", "senate", "party", "board", "institute", "fund",
})
TICKER_RE = re.compile(r"\(\s*(?:NYSE|Nasdaq|NASDAQ|LSE|AIM|TSX|TSXV|ASX|AMEX|OTC|OTCQX|Euronext|NYSE American|OSE|TSE|TYO|"
                       r"HKEX|SGX|JSE|NSE|BSE|KRX|KOSDAQ|SIX|Xetra|XETRA|TASE|BIST|BMV)\s*:\s*([A-Z][A-Z.]{0,5})\s*\)")
ACRONYM_RE = re.compile(r"\(\s*([A-Z][A-Za-z&.\-]{1,11})\s*\)")
_DETS = frozenset({"the", "a", "an"})
# head nouns that make a place-led name a body ("Kent Police", "Punjab Assembly")
_BODY_TAILS = frozenset({
    "police", "constabulary", "ministry", "army", "navy", "government", "council", "parliament", "agency",
    "commission", "authority", "department", "assembly", "legislature", "corporation", "bank", "university",
})


@dataclass(slots=True)
class _M:
    """A mention under construction (token range + what it refers to)."""

    start: int  # token index
    end: int
    entity_id: str
    type: EntityType
    name: str
    country: str | None = None
    metonymy: bool = False
    role: str | None = None
    affiliation: str | None = None
    priority: int = 0


def _entry_type(entry: Entry) -> EntityType:
    return entry.type


class ActorsComponent:
    """Finds and resolves actor mentions; see the module docstring."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        forms = [f for f in gazetteer.FORMS if not f.startswith("the ")]
        self._forms = forms
        for i in range(0, len(forms), 500):
            chunk = forms[i : i + 500]
            self.matcher.add("GAZ", [nlp.make_doc(f) for f in chunk])
        # all-caps or odd-case spellings of long names ("REUTERS")
        self.lower_forms: dict[str, Entry] = {
            f.lower(): e for f, e in gazetteer.FORMS.items() if len(f) >= 4 and e.type in ("media", "organization")
        }

    def __call__(self, doc: Doc) -> Doc:
        document = document_of(doc)
        found = extract_actors(doc, document.doc_id, document.text, self.matcher, self.lower_forms)
        doc._.actors = tuple(m for m in found if not _in_byline(document, m))
        return doc


def _in_byline(document: Document, m: ActorMention) -> bool:
    """A person named on a line that cleaning kept out of the story, its title and its boilerplate
    ("By Jo Roe · Published 3 May 2025"): the reporter, not an actor of the story. A name there that
    the gazetteer does not know is the same ("By Jo Roe and Al Poe & Sam Lee": however the tagger typed
    it), and so is the place a reporter files from ("By Jo Roe in Nicosia"); a wire or a known body
    credited there ("By Jo Roe, Reuters") stays."""
    if not document.body or m.type == "media" or (m.type not in ("person", "location", "country")
                                                  and m.text.split()[-1].lower() not in _DESK_ROLES
                                                  and (m.type != "organization" or lookup(m.text) is not None)):
        return False  # ("Legal Affairs Correspondent" after the reporter's name: a desk role, not a body)
    spans = (*document.body, *document.boilerplate, *((document.title_span,) if document.title_span else ()))
    return not any(s.start <= m.start and m.end <= s.end for s in spans)


# last words of a reporter's job on a byline line ("By X, Legal Affairs Correspondent")
_DESK_ROLES = frozenset({"correspondent", "correspondents", "editor", "reporter", "writer", "columnist",
                         "producer", "contributor", "bureau", "desk"})


@Language.factory("storyline_actors")
def make_component(nlp: Language, name: str) -> ActorsComponent:
    return ActorsComponent(nlp)


# --------------------------------------------------------------------------------------------
def _is_location_use(span: Span) -> bool:
    """True when a capital or institution is a place in this sentence, not an agent."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPS:
        return True
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ in ("based", "headquartered"):
        return True  # "a London-based asset manager": where a firm sits
    if root.dep_ == "pobj" and head.lower_ in ("to", "from"):
        gov = head.head
        return gov.lower_ in MOTION_WORDS or gov.lemma_.lower() in MOTION_WORDS
    # ("a Nairobi court", "a Moscow bank": one of the city's many, placed there; "the Ankara government" is the state)
    indefinite = span.start > 0 and span.doc[span.start - 1].lower_ in ("a", "an")
    return bool(root.dep_ == "compound" and head.pos_ == "NOUN" and (head.lower_ not in ORG_HEADS or indefinite))


def _gazetteer_mentions(doc: Doc, matcher: PhraseMatcher, lower_forms: dict[str, Entry]) -> list[_M]:
    spans = [doc[s:e] for _, s, e in matcher(doc)]
    # longest match wins, earlier wins on ties
    spans.sort(key=lambda sp: (-(sp.end - sp.start), sp.start))
    taken: set[int] = set()
    out: list[_M] = []
    for sp in spans:
        if any(i in taken for i in range(sp.start, sp.end)):
            continue
        entry = lookup(sp.text)
        if entry is None:
            continue
        if entry.type in ("country", "location") and sp.start > 1 and doc[sp.start - 1].text == "of" \
                and doc[sp.start - 2].text in _FEATURE_HEADS:
            continue  # "the Gulf of Finland", "the Sea of Japan": a sea, named after the country (one place)
        m = _from_entry(doc, sp, entry)
        if m is None:
            continue
        if entry.type in ("location", "country") and (wire := _place_named_outlet(doc, sp)) is not None:
            eid, canon = org_entity_id(wire.text)  # "(Baltic Wire)", "(Gulf News)": an outlet, not the place
            m = _M(wire.start, wire.end, "media:" + eid.split(":", 1)[1], "media", canon, priority=2)
        taken.update(range(m.start, m.end))
        out.append(m)
    for tok in doc:
        if tok.i in taken or not tok.is_upper or len(tok.text) < 4:
            continue
        entry = lower_forms.get(tok.lower_)
        if entry is not None and (seat := tok.text.capitalize()) in gazetteer.CAPITAL_OF \
                and _dateline_place(doc, doc[tok.i : tok.i + 1]):
            # "BRUSSELS (Reuters) -": the city a story is filed from, not the body seated there
            taken.add(tok.i)
            out.append(_M(tok.i, tok.i + 1, "location:" + slug(seat), "location", seat,
                          country=gazetteer.CAPITAL_OF[seat]))
            continue
        if entry is not None:
            m = _from_entry(doc, doc[tok.i : tok.i + 1], entry)
            if m is not None:
                taken.add(tok.i)
                out.append(m)
    return out


def _place_named_outlet(doc: Doc, sp: Span) -> Span | None:
    """A place name with an outlet word after it, alone in brackets ("(Baltic Wire) -", "(Gulf
    Times)"): the wire or paper credited in a dateline; or in running text a place or demonym and a
    newspaper's name word ("the Baltic Ledger reported", "the Irish Times", "Gulf Daily News"), which
    names a paper, not the place (not "New York Times Square": a capitalized word after ends the name)."""
    e = sp.end
    if sp.start > 0 and doc[sp.start - 1].text == "(" and e + 1 < len(doc) and doc[e + 1].text == ")":
        word = doc[e]
        return doc[sp.start : e + 1] if word.is_title and word.lower_ in _OUTLET_NAME_WORDS else None
    j = e
    while j < len(doc) and doc[j].is_title and doc[j].lower_ in _PAPER_NAME_WORDS | {"news"}:
        j += 1
    if j == e and e < len(doc) and doc[e].is_title and doc[e].lower_ in _AMBIGUOUS_PAPER_WORDS \
            and _used_as_outlet(doc, doc[sp.start : e + 1]):
        j = e + 1  # "according to the Xtown Mail": "Mail", "Star" name a paper where the text quotes it
    if j == e or doc[e].lower_ == "news" or (j < len(doc) and doc[j].is_title and doc[j].text != "on"):
        return None
    return doc[sp.start : j]


# last words of newspapers' names after a place ("the Baltic Ledger"): not "News", "Press" or "Radio",
# which also name a place's news in general
_PAPER_NAME_WORDS = frozenset({"times", "post", "herald", "gazette", "tribune", "journal", "daily", "ledger", "courant",
                               "chronicle", "telegraph", "observer", "courier", "examiner", "inquirer", "dispatch",
                               "monitor", "review", "guardian"})


# words that rank a job before its noun ("Chief Economist")
_JOB_RANKS = frozenset({"chief", "senior", "lead", "deputy", "principal", "junior", "assistant", "staff"})


def _from_entry(doc: Doc, sp: Span, entry: Entry) -> _M | None:
    if entry.type == "weapon_system":
        return None  # weapons go through the context checks in _weapon_mentions
    if entry.type == "media" and sp.start > 0 and doc[sp.start - 1].lower_ in _JOB_RANKS:
        return None  # "Chief Economist", "Senior Observer": a job whose noun is also a title's name
    if entry.type in ("country", "location") and (named := _surname_place(doc, sp)) is not None:
        return named
    if entry.kind == "capital":
        if _is_location_use(sp):
            return _M(sp.start, sp.end, "location:" + slug(sp.text), "location", sp.text, country=entry.country)
        return _M(sp.start, sp.end, entry.entity_id, "country", entry.name, country=entry.country, metonymy=True, priority=2)
    seat = sp.text.title() if sp.text.isupper() else sp.text  # ("in BRUSSELS" in a capitalized line)
    if entry.metonym and seat in gazetteer.CAPITAL_OF and _is_location_use(sp):
        # a capital that stands for an institution seated there ("Brussels said" is the EU) is a
        # place where the sentence uses it as one ("a summit in Brussels")
        iso3 = gazetteer.CAPITAL_OF[seat]
        return _M(sp.start, sp.end, "location:" + slug(sp.text), "location", seat, country=iso3)
    metonymy = entry.metonym and not _is_location_use(sp)
    return _M(sp.start, sp.end, entry.entity_id, entry.type, entry.name, country=entry.country,
              metonymy=metonymy, priority=2)


def _weapon_mentions(doc: Doc, text: str, matcher_hits: Iterable[tuple[int, int]]) -> list[_M]:
    """Designators by pattern plus named systems, each checked against its context."""
    out: list[_M] = []
    confirmed: set[str] = set()
    cands: list[tuple[int, int, str, str, bool]] = []  # tok start, tok end, family, display, strong
    for d in weapons.find_designators(text):
        sp = doc.char_span(d.start, d.end, alignment_mode="expand")
        if sp is None or len(sp) == 0:
            continue
        strong = d.hyphen and len(d.family.split("-", 1)[1]) >= 2
        cands.append((sp.start, sp.end, d.family, d.display, strong))
    for s, e in matcher_hits:
        entry = lookup(doc[s:e].text)
        if entry is not None and entry.type == "weapon_system":
            fam = entry.entity_id.split(":", 1)[1]
            cands.append((s, e, fam, entry.name, not entry.ambiguous))
    cands.sort()
    # a designator-like name the story also puts before "rebels" or "militia" is an armed group:
    # "M23 fighters" are its fighters ("F-16 fighters" stay jets)
    groups = {t.text for t in doc[:-1] if doc[t.i + 1].lemma_.lower() in _FIGHTER_NOUNS - {"fighter"}} if cands else set()
    for s, e, fam, display, strong in cands:
        if doc[s:e].text in groups:
            continue
        nxt = e
        # optional proper name ("Thunder", "Black Panther") before a type noun
        name_end = e
        k = e
        while k < min(len(doc), e + 2) and doc[k].is_title and doc[k].text not in weapons.MONTHS_DAYS \
                and lookup(doc[k].text) is None and doc[k].lower_ not in weapons.TYPE_NOUNS:
            k += 1
        if k > e and (k >= len(doc) or doc[k].lower_ in weapons.TYPE_NOUNS or not doc[k].is_alpha):
            name_end = k
        nxt = name_end
        typed = nxt < len(doc) and doc[nxt].lower_ in weapons.TYPE_NOUNS
        if not (strong or typed or fam in confirmed or name_end > e):
            continue
        confirmed.add(fam)
        out.append(_M(s, name_end, "weapon:" + fam, "weapon_system", display, priority=1))
    return out


def _ent_mentions(doc: Doc, gaz: list[_M]) -> list[_M]:
    """spaCy NER mentions not already explained by the gazetteer (which wins on any overlap, except
    for an organization whose name extends a country or capital: "Air Xland", "Xland Airlines")."""
    gaz_toks = {i for m in gaz for i in range(m.start, m.end)}
    gaz_at = {i: m for m in gaz for i in range(m.start, m.end)}
    labels: dict[str, Counter[str]] = {}
    for e in doc.ents:
        labels.setdefault(_strip_ent(doc, e).text, Counter())[e.label_] += 1
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2}
    surnames |= {t.text for t in doc if t.i > 0 and doc[t.i - 1].lower_.rstrip(".") in _HONORIFICS}
    # a one-word name the NER also tags ORG, never a surname of a full name or after "Mr."
    org_texts = {t for t, c in labels.items() if c["ORG"] and t not in surnames}
    lone_people = {e.text for e in doc.ents if e.label_ == "PERSON" and len(e) == 1}
    # a one-word name the NER tags as a place in the same document at least as often as a person, never
    # a surname of a full name ("Obama" tagged GPE once among eight PERSONs stays a person)
    place_texts = {t for t, c in labels.items() if c["GPE"] + c["LOC"] >= max(1, c["PERSON"]) and " " not in t
                   and t not in surnames}
    firm_ids = _firm_names(doc, surnames)
    states = _unlisted_states(doc)
    document = doc._.document
    filed_from = (document.dateline or "").casefold() if document is not None else ""
    body_places = {o[0].text for e in doc.ents if e.label_ == "ORG" and len(o := _strip_ent(doc, e)) >= 2
                   and o[0].is_title and o[-1].lower_ in _PLACE_NAMED_BODIES}
    out: list[_M] = []
    role_named = _names_after_roles(doc, gaz_toks) + _hyphenated_given_names(doc, gaz_toks)
    out += [_M(a, b, "person:" + slug(doc[a:b].text), "person", doc[a:b].text, priority=3) for a, b in role_named]
    in_named = {i for a, b in role_named for i in range(a, b)}
    share_bars = _share_bar_lines(doc)
    line_breaks = _line_break_hyphens(doc)
    function_word_names = _function_word_given_names(doc)
    for ent in doc.ents:
        if any(i in in_named for i in range(ent.start, ent.end)):
            continue  # ("spokesman Johannes Bahrke" cut into two places by the NER: one person, above)
        if ent.start in share_bars:
            continue  # "Share this article  Facebook  Twitter  Email": page furniture, not actors
        if ent.label_ in ("ORG", "PERSON", "GPE", "LOC") and _title_case_headline(doc, ent):
            continue  # "Harbour Workers Return To Docks After Strike Ends": a headline, not a name
        if ent.label_ == "ORG" and (parts := _platform_pair(doc, ent)) is not None:
            out += parts  # "Facebook and Instagram" tagged as one organization
            continue
        if ent.label_ in ("ORG", "PERSON", "GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT") \
                and (full := _outlet_short_form(doc, _strip_ent(doc, ent))) is not None and ent.start not in gaz_toks:
            eid, canon = org_entity_id(full.text)  # "told the Standard" after "the Xtown Standard reported"
            sp = _strip_ent(doc, ent)
            out.append(_M(sp.start, sp.end, "media:" + eid.split(":", 1)[1], "media", canon, priority=0))
            continue
        if ent.label_ in ("WORK_OF_ART", "PRODUCT") and _the_paper(doc, ent) and ent.start not in gaz_toks:
            eid, canon = org_entity_id(ent.text)  # "reported by the Courier": the NER's product is a paper
            out.append(_M(ent.start, ent.end, "media:" + eid.split(":", 1)[1], "media", canon, priority=0))
            continue
        if ent.label_ == "NORP" and len(ent) == 1 and ent.start not in gaz_toks and ent[0].is_title \
                and lookup(ent.text) is None and (iso := gazetteer.city_country(ent.text)) is not None:
            # "workers at the Gdansk yard" tagged a nationality: a listed city has no people's adjective of its name
            out.append(_M(ent.start, ent.end, "location:" + slug(ent.text), "location", ent.text, country=iso, priority=0))
            continue
        misread = ent.label_ in ("WORK_OF_ART", "PRODUCT", "EVENT", "LAW") and _speaking_name(_with_given_names(doc, ent))
        if misread:
            ent = _with_given_names(doc, ent)
        if ent.label_ not in ("ORG", "GPE", "LOC", "FAC", "PERSON") and not misread \
                and not (ent.label_ == "PRODUCT" and _strip_ent(doc, ent).text in firm_ids):
            continue
        sp = _strip_ent(doc, ent)
        if len(sp) == 1 and _month_day(doc, sp.start):
            continue  # "AMMAN, Oct 2 (Wire)": a dateline's month with its day, tagged a person by the NER
        if ent.label_ == "PERSON" and sp.start == ent.start and sp.start - 1 in function_word_names:
            sp = doc[sp.start - 1 : sp.end]  # "leader To Lam": the capital "To" is the name's first syllable
        if ent.label_ in ("GPE", "LOC", "ORG") and (city := _city_words_before(doc, sp, gaz_toks)) is not None:
            sp = city  # "Dar es" + "Salaam", "PORTO" + "ALEGRE": the NER kept only the city's last word
        if (possessed := _possessed_name(doc, ent, sp)) is not None:
            out.append(possessed)
        if ent.label_ in ("ORG", "GPE", "PERSON", "FAC") and _in_portfolio(doc, sp.start):
            k = sp.start
            while k < sp.end and _in_portfolio(doc, k):
                k += 1
            if 2 <= sp.end - k <= 3 and all(t.is_title and t.is_alpha and t.lower_ not in _NAMED_BODY_WORDS
                                            and lookup(t.text) is None for t in doc[k : sp.end - 1]) \
                    and doc[sp.end - 1].is_title and doc[sp.end - 1].lower_ not in _NAMED_BODY_WORDS:
                # "Minister of Health" + "Ana Lima" run together by the NER: the name after the portfolio
                sp = doc[k : sp.end]
                name = sp.text
                out.append(_M(sp.start, sp.end, "person:" + slug(name), "person", name, priority=3))
                continue
        if ent.label_ == "ORG" and len(sp) >= 3 and sp[-1].lower_ in ("in", "of", "for") and sp[-2].is_title \
                and (g := gaz_at.get(sp.end)) is not None and g.start == sp.end and g.type in ("country", "location"):
            # "the Islamic Resistance in" + "Iraq": the NER stopped before the place that ends the name
            eid, canon = org_entity_id(doc[sp.start : g.end].text)
            out.append(_M(sp.start, g.end, eid, "organization", canon, country=g.country, priority=0))
            continue
        if ent.label_ == "ORG" and sp[-1].is_title and sp[-1].lower_ in _NATIONAL_BODY_HEADS and sp.end + 1 < len(doc) \
                and doc[sp.end].lower_ == "of" and (g := gaz_at.get(sp.end + 1)) is not None and g.start == sp.end + 1 \
                and g.type == "country" and (hit := lookup(doc[g.start : g.end].text)) is not None and hit.kind == "country":
            # "the Supreme Court" + "of Kenya": the NER stopped before the country that makes the name one body
            eid, canon = org_entity_id(doc[sp.start : g.end].text)
            out.append(_M(sp.start, g.end, eid, "organization", canon, country=g.country, priority=0))
            continue
        if ent.label_ == "ORG" and len(sp) >= 2 and sp[-1].is_title and sp[-1].lower_ in _MISSION_WORDS \
                and sp.end + 1 < len(doc) and doc[sp.end].lower_ in ("in", "to", "for") \
                and (g := gaz_at.get(sp.end + 1)) is not None and g.start == sp.end + 1 and g.type == "country":
            # "the United Nations Mission" + "in South Sudan": a body's mission to a country is a body of its own
            eid, canon = org_entity_id(doc[sp.start : g.end].text)
            out.append(_M(sp.start, g.end, eid, "organization", canon, priority=0))
            continue
        if len(sp) == 1 and weapons.DESIGNATOR.fullmatch(sp.text) and sp.end < len(doc) \
                and doc[sp.end].lemma_.lower() in _FIGHTER_NOUNS:
            eid, canon = org_entity_id(sp.text)  # "M23 rebels": an armed group named like a weapon
            out.append(_M(sp.start, sp.end, eid, "organization", canon, priority=0))
            continue
        if not len(sp) or "\n" in sp.text or weapons.DESIGNATOR.fullmatch(sp.text):
            continue
        if len(sp) == 1 and ent[0].text in _TIME_ZONES and lookup(sp.text) is None:
            continue  # "14:02 GMT - Evacuations": a live blog heading's one word is no actor
        label = ("ORG" if _body_named(sp) else "PERSON") if misread else ent.label_
        if label == "ORG" and len(sp) == 1 and sp[0].is_title and sp[0].whitespace_ and sp.end < len(doc) \
                and doc[sp.end].ent_iob_ == "B" and doc[sp.end].ent_type_ == "NORP" and doc[sp.end].is_title \
                and not doc[sp.end].lower_.endswith("s") and lookup(doc[sp.end].text) is None:
            continue  # "a Liberal Democrat": one party member's word the NER cut in two, no body named
        if label == "ORG" and len(sp) >= 2 and sp[-1].lower_ in _TOWN_WORDS and sp[-1].is_lower \
                and all(t.is_title and t.is_alpha for t in sp[:-1]):
            sp, label = sp[:-1], "GPE"  # "a Bristol city councillor": the city, named before a lower-case "city"
        if label in ("GPE", "LOC") and len(sp) >= 2 and sp[-1].is_title and sp[-1].lower_ in _BODY_TAILS:
            label = "ORG"  # "West Yorkshire Police", "Lagos State Government": a place's body, not the place
        if label in ("ORG", "PERSON") and len(sp) == 1 and sp[0].lower_ in _CLUB_WORDS and sp[0].is_title:
            k = sp.start  # "Kingsbridge United" with only "United" tagged: the club's town word is its name too
            while k > sp.start - 2 and k > 0 and doc[k - 1].is_title and doc[k - 1].is_alpha \
                    and doc[k - 1].pos_ == "PROPN" and doc[k - 1].ent_iob_ == "O" and k - 1 not in gaz_toks:
                k -= 1
            sp, label = doc[k : sp.end], "ORG"
        if label == "PERSON" and len(sp) >= 2 and any(t.is_title and _club_premodifier(doc, t.text) for t in sp[1:]):
            label = "ORG"  # "Accra Hearts" in a story with "Hearts chairman X": the club, not a person
        if label == "PERSON" and sp[-1].text in ("Trophy", "Cup", "Shield", "Championship", "Championships"):
            continue  # "the FA Trophy" with "Trophy" tagged a person: a competition, not an actor
        if len(ent) >= 2 and ent[0].lower_ in _STORM_WORDS and ent[0].is_title:
            continue  # "Storm Eowyn", "Hurricane Ida": a named storm is weather, not a person
        if label == "ORG" and (parts := _place_comma_person(doc, sp)) is not None:
            out += parts  # "Lyon, Gregory Laurent": a place and a person run together by the NER
            continue
        if sp.text.lower() in _PLATFORMS:
            label = "ORG"  # "posted on Instagram": the NER often takes a platform for a person
        country: str | None = None
        surname = False
        if label in ("ORG", "GPE") and 2 <= len(sp) <= 3 and _age_after(doc, sp) \
                and not any(i in gaz_toks for i in range(sp.start, sp.end)) \
                and all(t.is_title and t.is_alpha and t.lower_ not in _COMPANY_WORDS for t in sp):
            label = "PERSON"  # "Nadia Farouk, 34, alleges": an age set off by commas follows a person
        if label == "ORG" and len(sp) == 1 and sp[0].is_title and sp[0].is_alpha and sp.start not in gaz_toks \
                and sp[0].lower_ not in _COMPANY_WORDS and (_age_after(doc, sp) or _says_he_or_she(sp)):
            label, surname = "PERSON", True  # "Smith, 45, was charged", "Rourke said he would appeal"
        if label in ("ORG", "GPE", "LOC", "FAC") and (
                (sp.start > 0 and _person_honorific(doc[sp.start - 1]) and len(sp) <= 3)
                or (_person_honorific(sp[0]) and 2 <= len(sp) <= 4 and sp[1].text != ".")) \
                and all((t.is_title and t.is_alpha) or _person_honorific(t) for t in sp) \
                and not any(i in gaz_toks for i in range(sp.start, sp.end)):
            label = "PERSON"  # "Dr Ama Osei", "Ms Priya Raman" tagged as a body or a place: a person's honorific
        if label in ("PERSON", "GPE", "LOC") and _collective_agent(doc, sp) \
                and not any(i in gaz_toks for i in range(sp.start, sp.end)):
            label = "ORG"  # "Everton have rejected a bid", "from Xtown Albion, who said they": a club or firm
        if label in ("ORG", "GPE", "LOC") and _described_before(doc, sp) \
                and not any(i in gaz_toks for i in range(sp.start, sp.end)):
            label, surname = "PERSON", len(sp) == 1  # "Her mother, Grace,", "the architect Marcus Bell"
        if label == "ORG" and _contact_name(doc, sp) and not any(i in gaz_toks for i in range(sp.start, sp.end)):
            label = "PERSON"  # "Contact: Kari Nygaard, Investor Relations": a press release's contact person
        if label in ("ORG", "GPE") and len(sp) <= 2 and _human_apposition(sp) \
                and not any(i in gaz_toks for i in range(sp.start, sp.end)):
            label, surname = "PERSON", True  # "said Nino, a 34-year-old teacher", "Nair, the council leader,"
        if label == "ORG" and len(sp) == 2 and sp[-1].text in lone_people and lookup(sp[0].text) is None \
                and sp[0].lower_ not in _PLACE_PREFIXES and not persons.is_role_word(sp[0]) \
                and all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in sp) \
                and not any(i in gaz_toks for i in range(sp.start, sp.end)) \
                and not any(t.lower_ in _COMPANY_WORDS or t.lower_ in LEGAL_SUFFIXES or t.lower_ in ORG_HEADS
                            or t.lower_ in _FIRM_ONLY_WORDS or t.lower_ in _CLUB_WORDS for t in sp) \
                and not _is_outlet(doc, sp):  # (not "the Xtown Standard reported", then "told the Standard")
            label = "PERSON"  # "Dre Jones scored", later "Jones said": the surname alone is a person's
        if label in ("ORG", "GPE") and _double_barrelled_person(doc, sp, gaz_toks):
            label = "PERSON"  # "Bola Adeyemi-Tinubu said": a given name and a double surname
        if label in ("ORG", "FAC", "GPE", "LOC") and _names_a_role_holder(sp) \
                and not any(i in gaz_toks for i in range(sp.start, sp.end)):
            label = "PERSON"  # "the prime minister of Xland, Jane Roe, warned": the NER often says ORG, or a site
        if label == "ORG" and len(sp) == 1 and sp[0].tag_ == "JJ" and sp.root.dep_ == "amod" and sp.root.head.is_lower \
                and sp.root.head.pos_ == "NOUN" and sp.start not in gaz_toks:
            continue  # "its Nordic network": an adjective the NER took for a body, tagged and parsed as one
        if label == "ORG" and len(sp) == 1 and sp[0].is_upper and sp.root.dep_ != "compound" \
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in sp.root.children):
            continue  # "a local GP", "an MP": an abbreviated common noun, not a body
        if label in ("GPE", "LOC") and len(sp) >= 2 and sp[-1].is_title and sp[-1].lower_ in _CLUB_WORDS:
            label = "ORG"  # "Hartlepool United", "Harrow Rovers" tagged as a place: the club
        if label == "ORG" and len(sp) == 1 and sp[0].is_upper and len(sp[0]) <= 4 and sp.start > 0 \
                and (re.fullmatch(r"\d{1,2}[:.]\d{2}", doc[sp.start - 1].text) or doc[sp.start - 1].lower_ in ("a.m.", "p.m.")):
            continue  # "14:32 GMT", "9 a.m. EDT": a time zone, not a body
        if label == "PERSON" and len(sp) == 1 and sp.root.dep_ == "compound" and sp.root.head.i == sp.end \
                and sp.root.head.lower_ in _FORCE_GROUPS:
            continue  # "Riot police fired tear gas": a kind of police, capitalized to open the sentence
        if label in ("GPE", "LOC", "ORG") and _byline_name(doc, sp):
            label = "PERSON"  # "By Amara Nwosu" on a line of its own: the writer, whatever the NER says
        if label == "ORG" and all(t.is_upper for t in sp) and _on_by_line(doc, sp.start):
            continue  # "By JO ROE and TOMAS RIEDEL": a piece of a capitalized byline, not a body
        if label == "PERSON" and len(sp) == 1 and sp[0].is_upper and (len(sp[0]) <= 3 or _in_caps_line(doc, sp)):
            continue  # "10:42 a.m. ET", "By ANA RUIZ and PETER": a time zone or a cut-up all-caps byline
        if label == "PERSON" and len(sp) == 1 and sp[0].is_upper and sp[0].is_alpha and sp.start not in gaz_toks \
                and not _on_by_line(doc, sp.start) and not _dateline_place(doc, sp) \
                and not (sp.start == 0 or "\n" in doc[sp.start - 1].text + doc[sp.start - 1].whitespace_) \
                and not doc[sp.start - 1].is_upper and doc[sp.start - 1].text not in ("#", "@", '"', "“") \
                and not (sp.end < len(doc) and doc[sp.end].text == ":") \
                and sp.root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "poss"):
            # "HHLA, the port's terminal operator, said": capitals in running text are an acronym, not a name
            # (not the last word of "the USA TODAY NETWORK", a hashtag or a transcript's speaker label "ROE:")
            label = "ORG"
        short = _STATE_NAME.sub("", sp.text)
        if label in ("ORG", "GPE", "LOC") and short in states and not any(i in gaz_toks for i in range(sp.start, sp.end)):
            # "the Republic of Xland" and "Xland": one state the gazetteer does not list (an agent when it acts)
            out.append(_M(sp.start, sp.end, "location:" + slug(short), "location", states[short],
                          metonymy=not _is_location_use(sp), priority=0))
            continue
        if label in ("ORG", "GPE", "PERSON") and (ed := _sunday_edition(doc, sp)) is not None:
            # "The Herald on Sunday": the weekend title is one outlet (the NER stops before "on Sunday")
            eid, canon = org_entity_id(ed.text)
            out.append(_M(ed.start, ed.end, "media:" + eid.split(":", 1)[1], "media", canon, priority=0))
            continue
        if label in ("ORG", "GPE", "LOC", "PERSON", "FAC") and _reporter_possessive(doc, sp) \
                and (len(wide := _with_untagged_words(doc, sp)) > len(sp)
                     or not ((g := gaz_at.get(sp.start)) is not None and g.end >= sp.end)):
            # "Nation Africa's Jane Roe reported": whose reporter files the story is an outlet
            sp = wide
            eid, canon = org_entity_id(sp.text)
            out.append(_M(sp.start, sp.end, "media:" + eid.split(":", 1)[1], "media", canon, priority=0))
            continue
        if label in ("GPE", "LOC", "PERSON", "FAC") and not any(i in gaz_toks for i in range(sp.start, sp.end)) \
                and (_own_outlet(doc, sp) or _the_paper(doc, sp) or (label != "PERSON" and _is_outlet(doc, sp))
                     or (label == "PERSON" and (_outlet_not_surname(doc, sp) or _introduced_as_outlet(doc, sp)))):
            # "told the Sahara Tribune", "the daily El Observador", "(Nile Wire)": an outlet whatever
            # the NER calls it (organizations get the same test below)
            eid, canon = org_entity_id(sp.text)
            out.append(_M(sp.start, sp.end, "media:" + eid.split(":", 1)[1], "media", canon, priority=0))
            continue
        if label in ("ORG", "PERSON", "GPE") and _dateline_place(doc, sp) \
                and not any(i in gaz_toks for i in range(sp.start, sp.end)):
            # "DETROIT (Reuters) -": a dateline names the place the story was filed from (named and
            # placed like "Detroit" in running text: "MANILA" is the Manila of the Philippines)
            town = " ".join(w.capitalize() for w in sp.text.split())
            hit = lookup(town)
            out.append(_M(sp.start, sp.end, "location:" + slug(sp.text), "location", town,
                          country=hit.country if hit is not None else None, priority=0))
            continue
        if label in ("ORG", "PERSON") and all(t.is_upper for t in sp) and sp.end + 1 < len(doc) \
                and doc[sp.end].text == "," and (g := gaz_at.get(sp.end + 1)) is not None and g.type == "country" \
                and g.start == sp.end + 1 and g.end < len(doc) and doc[g.end].text in ("(", ",", "-", "–", "—") \
                and (sp.start == 0 or "\n" in doc[sp.start - 1].text + doc[sp.start - 1].whitespace_) \
                and not any(i in gaz_toks for i in range(sp.start, sp.end)):
            # "KINSHASA, Democratic Republic of Congo (Reuters) -": a city in capitals with its country opens a dateline
            town = " ".join(w.capitalize() for w in sp.text.split())
            out.append(_M(sp.start, sp.end, "location:" + slug(town), "location", town, country=g.country, priority=0))
            continue
        if label in ("ORG", "PERSON") and _place_of(sp) and not any(i in gaz_toks for i in range(sp.start, sp.end)):
            out.append(_M(sp.start, sp.end, "location:" + slug(sp.text), "location", sp.text, priority=0))
            continue  # "the town of Xyz": a place however the NER types it
        if label in ("ORG", "GPE", "LOC") and not any(i in gaz_toks for i in range(sp.start - 1, sp.end)) \
                and (named := _surname_place(doc, sp)) is not None:
            out.append(named)  # "City boss Pep Guardiola" with only the surname tagged, as a body
            continue
        if label in ("ORG", "PERSON") and _place_led_club(sp, gaz_at):
            eid, canon = org_entity_id(sp.text)  # "Accra Hearts of Oak": a club or firm named after its town
            out.append(_M(sp.start, sp.end, eid, "organization", canon, country=gaz_at[sp.start].country, priority=0))
            continue
        if label in ("ORG", "PERSON"):
            named = _role_prefixed_person(doc, sp)
            if named is not None:
                out.append(named)
                continue
        if label == "PERSON" and (cut := _after_place_role(doc, sp)) is not None:
            if cut == sp.end:
                continue  # "Xtown Mayor" + "Jane Roe" as two people: the first is the second's title
            sp = doc[cut : sp.end]  # "Xtown Mayor Jane Roe" as one person: the name is after the title
        if label in ("ORG", "GPE", "LOC", "FAC") and _after_lower_role(doc, sp):
            label = "PERSON"  # "shadow chancellor Jane Roe", "striker Ana Lima" with the name tagged ORG or a place
        if label in ("PERSON", "GPE", "PRODUCT") and sp.text in firm_ids and not any(i in gaz_toks for i in range(sp.start, sp.end)):
            out.append(_M(sp.start, sp.end, firm_ids[sp.text], "organization", sp.text, priority=0))
            continue
        if label == "PERSON" and (g := gaz_at.get(sp.start)) is not None and g.type in ("organization", "media") \
                and g.end < sp.end and not _surname_reused(doc, sp):
            continue  # "Xyz Aeronautics" where Xyz is a known firm: a unit of the firm, not a person
        if label == "PERSON" and not surname and not any(i in gaz_toks for i in range(sp.start, sp.end)):
            label = _person_or_not(doc, sp, org_texts, place_texts)
        if label == "PERSON" and len(sp) == 1 and (sp.text.casefold() == filed_from or sp.text in body_places) \
                and sp.text not in surnames \
                and not (sp.start > 0 and (persons.is_role_word(doc[sp.start - 1])
                                           or doc[sp.start - 1].lower_.rstrip(".") in _HONORIFICS)):
            label = "LOC"  # "Valtown strike ends" filed from VALTOWN, or after "the Valtown Dockers' Union": the town
        if label == "ORG" and len(sp) == 1 and sp.root.dep_ == "pobj" and sp.start not in gaz_toks and (
                (sp.root.head.lower_ in ("in", "near", "outside") and (sp.root.head.head.lemma_.lower() in _SITE_NOUNS
                 or (sp.root.head.head.tag_ == "NNS" and sp.root.head.head.lemma_.lower() in _PLACED_CROWDS)))
                or (sp.root.head.lower_ == "of" and sp.root.head.head.lemma_.lower() in _DWELLERS)
                or (sp.root.head.lower_ == "from" and sp.root.head.head.lemma_.lower() in _FROM_PEOPLE)):
            label = "LOC"  # "its assembly plant in Xyz", "residents of Xyz", "officials in Xyz": a site or people are placed in a town
        if label == "ORG" and sp.root.dep_ == "compound" and sp.root.head.i == sp.end \
                and sp.root.head.lower_ in _AREA_NOUNS and not any(i in gaz_toks for i in range(sp.start, sp.end)):
            label = "LOC"  # "troops moved into the Badme area": a name before "area" or "district" is a place
        if label in ("GPE", "LOC", "PERSON") and _listed_shares(sp) and not any(i in gaz_toks for i in range(sp.start, sp.end)):
            label = "ORG"  # "lifted shares of Nvidia": what has shares is a company
        if label == "ORG" and len(sp) == 1 and gazetteer.city_country(sp.text) is not None and _town_premodifier(doc, sp) \
                and not any(i in gaz_toks for i in range(sp.start, sp.end)):
            label = "LOC"  # "a Trieste shipyard", "the Piraeus shipping company X": a listed city, not a firm
        if label in ("ORG", "PERSON") and _city_as_place(sp, objects_only=label == "PERSON") \
                and not any(i in gaz_toks for i in range(sp.start, sp.end)):
            label = "LOC"  # "analysts in LAHORE", "KARACHI traders": a listed city placing people is a place
        if label == "PERSON" and len(sp) <= 3 and sp.root.dep_ == "pobj" and sp.root.head.lower_ in ("in", "near") \
                and sp.root.head.head.tag_ == "NNS" and sp.root.head.head.lemma_.lower() in _PLACED_CROWDS \
                and not any(i in gaz_toks for i in range(sp.start, sp.end)):
            label = "LOC"  # "Mourners in Khan Younis said": people are in a place, not in a person
        if label == "ORG" and len(sp) >= 2 and sp[-1].text in ("Act", "Bill") and sp[-2].is_title:
            continue  # "the Mineral Resources Amendment Act": a law, not a body
        if label == "ORG" and sp.start > 1 and doc[sp.start - 1].lower_ in ("of", "for") \
                and doc[sp.start - 2].lower_ in ("minister", "secretary", "commissioner", "ministers", "mec") \
                and all(t.lower_ in persons.PORTFOLIO_WORDS or t.lower_ in _PORTFOLIO_NOUNS
                        or (t.i > sp.start and t.lower_ in ("for", "of", "and")) for t in sp):  # ("Secretary of" + "State for Energy")
            continue  # "the Minister of Mineral Resources and Energy": the portfolio is part of the title, not a body
        if label == "ORG" and sp.end < len(doc) and doc[sp.end].lower_ in ("minister", "secretary") \
                and all(t.lower_ in persons.PORTFOLIO_WORDS or t.lower_ in _PORTFOLIO_NOUNS for t in sp):
            continue  # "Labour Minister X", "Energy Secretary Y": the portfolio before the title, not a party or body
        if label == "ORG" and len(sp) >= 3 and sp[0].is_title and sp[0].lower_ in _MINISTER_WORDS \
                and sp[1].lower_ in ("of", "for") and all(t.lower_ in persons.PORTFOLIO_WORDS or t.lower_ in _PORTFOLIO_NOUNS
                                                          or t.lower_ in ("of", "for", "and", "the", "state") for t in sp[1:]):
            continue  # "The Minister of Health and Social Welfare, Dr X": a title the NER took for a body
        if label == "ORG" and sp[-1].text in ("No", "No."):
            continue  # "Signal No. 4", "14:02 GMT - Evacuations": a number's label or a heading's common noun
        if label == "PERSON" and _group_alias(doc, sp):
            label = "ORG"  # "the Houthi movement, officially known as Ansar Allah"
        if label == "GPE" and not any(i in gaz_toks for i in range(sp.start, sp.end)) and _listed_with_org(doc, sp):
            label = "ORG"  # "customers include Xyz Corp and Nvidia": an unlisted place in a list of firms is one
        if label == "ORG" and (force := _national_force(doc, sp, gaz_at)) is not None:
            out.append(force)  # "the Rwandan Defence Force": the country's military, not the country
            continue
        if label in ("GPE", "NORP") and len(sp) == 2 and sp.start in gaz_toks and sp.start + 1 not in gaz_toks \
                and _firm_tail(sp[1]):
            label = "ORG"  # "Emirates NBD" tagged a place: a country and a firm's acronym is the firm
        if label in ("GPE", "LOC") and len(sp) == 1 and sp[0].is_title and sp.start not in gaz_toks \
                and lookup(sp.text) is None and gazetteer.city_country(sp.text) is None \
                and sp[0].lower_ not in _GENERIC_FEATURES and sp[0].text not in _FEATURE_HEADS \
                and (home := _untagged_firm_of_country(doc, sp[0], gaz_at, any_role=True)) is not None:
            # "Petrobras of Brazil" tagged a place: a place is written "Xtown, Xland", a firm "Xyz of Xland"
            eid, canon = org_entity_id(sp.text)
            out.append(_M(sp.start, sp.end, eid, "organization", canon, country=home, priority=0))
            continue
        if label == "ORG" and (cut := _firm_of_country(doc, sp, gaz_at)) is not None:
            # "Hapag-Lloyd of Germany said": the firm, placed by the country after it (which stays a mention)
            eid, canon = org_entity_id(doc[sp.start : cut].text)
            out.append(_M(sp.start, cut, eid, "organization", canon, country=gaz_at[cut + 1].country, priority=0))
            continue
        if label == "ORG" and any(i in gaz_toks for i in range(sp.start, sp.end)):
            country = _country_in_org_name(doc, sp, gaz_at) or _demonym_led_body(doc, sp, gaz_at)
            if country is None and not _place_led_institution(doc, sp, gaz_at):
                continue
        elif label != "PERSON" and any(i in gaz_toks for i in range(sp.start, sp.end)):
            continue
        if len(sp) == 1 and (sp[0].lower_ in persons.TITLE_GLUE or sp[0].lower_ in persons.ROLE_HEADS):
            continue
        if all(t.lower_.rstrip(".") in persons.RANK_ABBREVS or t.lower_ in persons.ROLE_HEADS or t.text == "."
               or (t.lower_ in _RANK_PREFIXES and t.i + 1 < sp.end) for t in sp):
            continue  # "Det Insp", "Rear Adm." (before "Claire Fenwick"): a rank, not a body
        if len(sp) == 1 and sp[0].lower_ in persons.RANK_ABBREVS and sp.end < len(doc) and doc[sp.end].text == ".":
            continue  # "Brig. Gen. X": a rank the tokenizer cut from its stop is no person
        if label == "PERSON":
            while len(sp) >= 2 and sp.end + 1 < len(doc) and doc[sp.end].text == "-" and doc[sp.end + 1].is_title \
                    and doc[sp.end + 1].is_alpha and _hyphen_joined(doc, sp.end + 1) \
                    and not (sp.end + 2 < len(doc) and doc[sp.end + 2].is_lower and doc[sp.end + 2].pos_ == "NOUN"):
                # "Claudia Sheinbaum" + "-Pardo": the NER cut a double surname (not "the Roe-Doe talks")
                sp = doc[sp.start : sp.end + 2]
            while sp.end in line_breaks and sp[-1].is_title:
                sp = doc[sp.start : sp.end + 2]  # "Margaret Hollings-" / "worth": the NER stopped at the break
            while len(sp) >= 3 and sp[0].is_title and sp[0].lower_.rstrip(".") in persons.RANK_ABBREVS \
                    and (sp[1].text != "." or len(sp) >= 4):
                sp = doc[sp.start + 1 + (sp[1].text == ".") : sp.end]  # "Gen Tariq Aziz": the rank is a title
            if len(sp) >= 2 and sp[-1].text in ("'", "’") and re.fullmatch(r"[A-Z]", sp[-2].text) \
                    and sp.end < len(doc) and doc[sp.end].is_title:
                sp = doc[sp.start : sp.end + 1]  # "Mary O' Brien": the tokenizer splits at the apostrophe
            while len(sp) > 1 and sp[-1].is_lower and not _hyphen_joined(doc, sp.end - 1):
                sp = doc[sp.start : sp.end - 1]  # 'Jane "JJ" Roe of' + "Xtown": the NER ran on into "of"
            if len(sp) > 2 and sp[-1].text == "." and len(sp[-2]) > 2 and sp[-2].is_alpha:
                sp = doc[sp.start : sp.end - 1]  # "Tom Rourke." before a paragraph break: the NER took the full stop
            while len(sp) > 2 and sp[-1].text.rstrip(".") in _POST_NOMINALS:
                sp = doc[sp.start : sp.end - 1]  # "Simon Fairley KC": a rank or honour after the name, not its surname
            if not any(t.text[:1].isupper() for t in sp):
                continue  # "lesbian people", "tacit admissions": no name at all
            name = _without_honorific(sp)
            if (nick := _nicknamed(doc, sp)) is not None:
                sp, name = nick
            out.append(_M(sp.start, sp.end, "person:" + slug(name), "person", name, priority=3))
        elif label == "ORG":
            if not any(t.is_alpha and t.text[0].isupper() for t in sp):
                continue
            if _currency_amount(doc, sp):
                continue  # "a NOK 1.4 billion contract": a currency code, not a body
            if len(sp) == 1 and sp[0].is_sent_start and sp[0].pos_ == "NOUN" and sp[0].is_title \
                    and sp[0].dep_ == "compound":
                continue  # "Mall owner Xyz said": a common noun capitalized to open the sentence
            if _people_noun_opening(sp):
                continue  # "Farmers near Xyz said": a group of people, capitalized to open the sentence
            eid, canon = org_entity_id(sp.text)
            if eid == "org:" + slug(canon):
                canon = canonical_org_name(sp.text, keep_business=True)  # shown whole: "Xyz Coal Holdings"
            if eid.startswith("org:") and (_is_outlet(doc, sp) or _own_outlet(doc, sp) or _the_paper(doc, sp)):
                out.append(_M(sp.start, sp.end, "media:" + eid[4:], "media", canon, country=country, priority=0))
                continue
            out.append(_M(sp.start, sp.end, eid, "organization", canon, country=country, priority=0))
        else:
            if not any(t.text[:1].isupper() for t in sp):
                continue  # "the naira had weakened": a place's name is capitalized, a currency's is not
            if len(sp) == 1 and sp[0].lower_ in _GENERIC_FEATURES and _in_headline(doc, sp) \
                    and not (sp.start > 0 and doc[sp.start - 1].lower_ == "the"):
                continue  # "Ships return to Gulf" in a headline: a bare common feature word names no one place
            if len(sp) == 1 and sp[0].is_upper and len(sp[0]) <= 3 and sp.root.dep_ == "compound" \
                    and sp.root.head.is_lower and sp.root.head.pos_ == "NOUN":
                continue  # "investors in AI startups": an unlisted short acronym before a noun is a term
            out.append(_M(sp.start, sp.end, "location:" + slug(sp.text), "location", sp.text, priority=0))
    in_ents = {i for e in doc.ents for i in range(e.start, e.end)}
    acronym_pairs = {t.i for t in doc[:-2] if t.is_upper and t.is_alpha and len(t) >= 2 and doc[t.i + 1].text == "-"
                     and not t.whitespace_ and not doc[t.i + 1].whitespace_ and doc[t.i + 2].is_upper
                     and doc[t.i + 2].is_alpha and len(t) + len(doc[t.i + 2]) >= 5
                     and not any(k in in_ents or k in gaz_toks for k in (t.i, t.i + 2))
                     and not _in_caps_line(doc, doc[t.i : t.i + 3])}
    acting_pairs = {doc[i : i + 3].text for i in acronym_pairs if doc[i + 2].dep_ in ("nsubj", "nsubjpass")}
    placed_upto = -1
    for tok in doc:
        if tok.i in in_ents or tok.i in gaz_toks or not tok.is_alpha or tok.i < placed_upto:
            continue
        if (filed := _untagged_dateline_town(doc, tok, in_ents | gaz_toks)) is not None:
            out.append(filed)  # "MEXICO CITY —" with neither word tagged: the place of filing
            placed_upto = filed.end
            continue
        if tok.i in acronym_pairs and doc[tok.i : tok.i + 3].text in acting_pairs:
            # "The SPLM-IO denied": a hyphenated acronym the NER missed, a subject somewhere, is a body
            name = doc[tok.i : tok.i + 3].text
            out.append(_M(tok.i, tok.i + 3, "org:" + slug(name), "organization", name, priority=0))
            placed_upto = tok.i + 3
            continue
        if tok.is_upper and 4 <= len(tok) <= 10 and tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ == "NNP" \
                and not persons.is_role_word(tok) and not _in_caps_line(doc, doc[tok.i : tok.i + 1]) \
                and tok.i > 0 and "\n" not in doc[tok.i - 1].text + doc[tok.i - 1].whitespace_ \
                and not doc[tok.i - 1].is_upper:  # (no "LAGOS —", no "MEXICO CITY —")
            # "MONUSCO said": an acronym the NER missed, acting as a subject, is a body
            out.append(_M(tok.i, tok.i + 1, "org:" + slug(tok.text), "organization", tok.text, priority=0))
        elif (home := _untagged_firm_of_country(doc, tok, gaz_at)) is not None:
            # "Xyz of Xland declined to comment" with the name untagged: the firm, placed by its country
            eid, canon = org_entity_id(tok.text)
            out.append(_M(tok.i, tok.i + 1, eid, "organization", canon, country=home, priority=0))
        elif tok.is_title and tok.tag_ == "NNP" and not persons.is_role_word(tok) and lookup(tok.text) is None \
                and tok.lower_ not in persons.GIVEN_NAME_SEX and not _story_surname(doc, tok.text) \
                and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN") \
                and not (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN") and _says_it(doc[tok.i : tok.i + 1]):
            # "Xyz said it would add flights" with the name untagged: one word that says "it" is a body
            eid, canon = org_entity_id(tok.text)
            out.append(_M(tok.i, tok.i + 1, eid, "organization", canon, priority=0))
        elif _untagged_employer(doc, tok) or (tok.tag_ == "NNP" and _listed_shares(doc[tok.i : tok.i + 1])
                                              and _plain_name_word(doc, tok)):
            # "Xyz chief executive Jane Roe said", "Xyz shares rose" with "Xyz" untagged: a firm
            eid, canon = org_entity_id(tok.text)
            out.append(_M(tok.i, tok.i + 1, eid, "organization", canon, priority=0))
        elif (tok.is_upper or tok.is_title) and (tok.pos_ == "PROPN" or _area_office_at(doc, tok.i + 1)) \
                and _city_as_place(doc[tok.i : tok.i + 1]):
            # "shopkeepers in PESHAWAR", "QUETTA traders": a listed city the NER missed, placing people
            out.append(_M(tok.i, tok.i + 1, "location:" + slug(tok.text), "location", tok.text.capitalize(),
                          priority=0))
        elif tok.is_title and tok.pos_ == "PROPN" and tok.i > 2 and doc[tok.i - 1].text == "," \
                and doc[tok.i - 2].lower_ in _HUMAN_NOUNS and doc[tok.i - 3].lower_ in ("his", "her", "their", "my", "our") \
                and tok.i + 1 < len(doc) and doc[tok.i + 1].is_punct:
            # "said his mother, Ivy.": a relative named by a given name alone, which the NER often misses
            out.append(_M(tok.i, tok.i + 1, "person:" + slug(tok.text), "person", tok.text, priority=3))
    # the other untagged uses of a one-word firm found above ("Xyz and Abc posted profits" before "Xyz said it")
    found = {m.name: m for m in out if m.type == "organization" and m.end - m.start == 1
             and m.start not in in_ents and m.start not in gaz_toks}
    taken = {m.start for m in out}
    for tok in doc:
        if (f := found.get(tok.text)) is not None and tok.i not in taken and tok.i not in in_ents \
                and tok.i not in gaz_toks and tok.text == doc[f.start].text:
            out.append(_M(tok.i, tok.i + 1, f.entity_id, "organization", f.name, country=f.country, priority=0))
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.i in in_ents or tok.i in gaz_toks or tok.lower_ not in _OUTLET_NAME_WORDS:
            continue
        sp = doc[tok.i : tok.i + 1]
        if _the_paper(doc, sp) and not (tok.i + 1 < len(doc) and doc[tok.i + 1].is_title):
            # "according to the Chronicle" with no entity from the NER ("the Chronicle Building" is a site)
            eid, canon = org_entity_id(tok.text)
            out.append(_M(tok.i, tok.i + 1, "media:" + eid.split(":", 1)[1], "media", canon, priority=0))
    return out


def _plain_name_word(doc: Doc, tok: Token) -> bool:
    """One capitalized word standing alone (no capitalized name word beside it), not a role, title
    modifier, given name, body's head noun or gazetteer name, nor the surname of a person in the story."""
    return (tok.is_title or (tok.is_alpha and tok.text[:1].isupper() and any(c.isupper() for c in tok.text[1:]))) \
        and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN") \
        and not (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i - 1].text[:1].isupper()) \
        and not persons.is_role_word(tok) and tok.lower_ not in _OFFICE_MODS and tok.lower_ not in persons.TITLE_GLUE \
        and tok.lower_ not in persons.GIVEN_NAME_SEX and tok.lower_ not in _OF_COUNTRY_HEADS and lookup(tok.text) is None \
        and not _story_surname(doc, tok.text)


def _untagged_firm_of_country(doc: Doc, tok: Token, gaz_at: dict[int, _M], *, any_role: bool = False) -> str | None:
    """ISO3 of "Xland" in "Xyz of Xland said" where the NER tagged only the country: a one-word name (a
    proper noun, the sentence's subject unless `any_role`) placed by its home country is a firm or body from there."""
    g = gaz_at.get(tok.i + 2)
    if tok.tag_ != "NNP" or (tok.dep_ not in ("nsubj", "nsubjpass") and not any_role) or tok.i + 2 >= len(doc) \
            or doc[tok.i + 1].lower_ != "of" or g is None or g.start != tok.i + 2 or g.type != "country" \
            or (hit := lookup(doc[g.start : g.end].text)) is None or hit.kind != "country" \
            or doc[g.start : g.end].text == "America" or not _plain_name_word(doc, tok):
        return None
    return g.country


# adjectives that open a title, not an employer's name ("Longtime chief executive Jane Roe")
_TITLE_ADJECTIVES = frozenset({"new", "then", "current", "longtime", "long-time", "veteran", "founding", "joint",
                               "sole", "global", "regional", "corporate", "retired", "late", "departing", "embattled",
                               "incumbent", "previous", "future", "its", "their", "his", "her", "our", "group",
                               "family", "campaign", "team", "palace", "transition", "presidential", "club"})


def _untagged_employer(doc: Doc, tok: Token) -> bool:
    """"Xyz chief executive Jane Roe", "Xyz spokesman Tom Hale": an untagged one-word name right before a
    corporate title and a tagged person is the employer ("Acting", "Former" are title words, left out)."""
    k = tok.i + 1
    if k + 1 >= len(doc) or tok.tag_ not in ("NNP", "JJ") or tok.lower_ in _TITLE_ADJECTIVES \
            or not _plain_name_word(doc, tok):
        return False
    if doc[k].lower_ == "chief" and doc[k + 1].lower_ in ("executive", "economist"):
        k += 2
    elif (doc[k].lower_ in ("ceo", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chief",
                            "boss", "founder") and doc[k].is_lower) or doc[k].text == "CEO":
        k += 1
    else:
        return False
    # the person's name next, tagged from its first word or (the NER having dropped a given name) its second
    return k < len(doc) and ((doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "B") or (
        k + 1 < len(doc) and doc[k].is_title and doc[k].pos_ == "PROPN" and doc[k].ent_iob_ == "O"
        and doc[k + 1].ent_type_ == "PERSON" and doc[k + 1].ent_iob_ == "B"))


# generic geographic nouns, which name a place only with "the" or a name ("the Gulf", "Gulf of Aden"); a
# headline drops its articles, so there one alone names nothing
_GENERIC_FEATURES = frozenset({"gulf", "sea", "bay", "strait", "straits", "ocean", "coast", "river", "channel",
                               "peninsula", "desert", "lake", "delta", "valley", "cape", "island", "islands"})

_FIGHTER_NOUNS = frozenset({"rebel", "fighter", "militia", "militiaman", "militant", "insurgent", "guerrilla"})


_STATE_NAME = re.compile(
    r"^(?:(?:Democratic|People's|Islamic|Federal|United|Socialist|Arab|Federative|Plurinational|Cooperative)\s+)*"
    r"(?:Republic|Kingdom|Federation|Principality|Sultanate|Emirate|Commonwealth|Grand Duchy|Confederation)"
    r"\s+of\s+(?:the\s+)?")


# months and their usual news abbreviations ("Sept", "Oct.")
_MONTH_FORMS = frozenset({
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
})


def _month_day(doc: Doc, i: int) -> bool:
    """A month word (or its abbreviation, with or without its dot) followed by a day of the month."""
    word = doc[i].text.rstrip(".")
    k = i + 1 if i + 1 < len(doc) and doc[i + 1].text != "." else i + 2
    return word in _MONTH_FORMS and k < len(doc) and doc[k].text.isdigit() and 1 <= int(doc[k].text) <= 31


def _unlisted_states(doc: Doc) -> dict[str, str]:
    """Short name -> full name of states written "the Republic of Xland", "Kingdom of Xland" that the
    gazetteer does not know (new, breakaway or invented for an exercise); the short name alone names
    the same state in that story."""
    out: dict[str, str] = {}
    for e in doc.ents:
        if e.label_ not in ("GPE", "ORG", "LOC"):
            continue
        sp = _strip_ent(doc, e)
        short = _STATE_NAME.sub("", sp.text)
        if short != sp.text and short and short[0].isupper() and lookup(sp.text) is None and lookup(short) is None:
            out.setdefault(short, sp.text)
    return out


def _names_after_roles(doc: Doc, gaz_toks: set[int]) -> list[tuple[int, int]]:
    """Token ranges of two- or three-word title-case names right after a lower-case role word that
    the NER cut into several entities or typed as places ("spokesman Johannes Bahrke" as two GPEs)."""
    out: list[tuple[int, int]] = []
    for tok in doc:
        if not (tok.is_lower and persons.is_role_word(tok) and tok.pos_ == "NOUN"):
            continue
        k = tok.i + 1
        while k < len(doc) and k - tok.i <= 3 and doc[k].is_title and doc[k].is_alpha and doc[k].pos_ == "PROPN" \
                and k not in gaz_toks and doc[k].lower_ not in _COMPANY_WORDS and doc[k].lower_ not in LEGAL_SUFFIXES \
                and not persons.is_role_word(doc[k]):
            k += 1
        if k - tok.i < 3 or k - tok.i > 4:
            continue
        begins = [i for i in range(tok.i + 1, k) if doc[i].ent_iob_ == "B"]
        # only where the NER cut the name into two or more entities (one entity, or none, has its own path)
        if len(begins) >= 2 and (k >= len(doc) or doc[k].ent_iob_ != "I"):
            out.append((tok.i + 1, k))
    return out


# The closing syllable of a romanized East Asian given name ("Do-yoon", "Ing-wen", "Jae-in") and the
# English words that follow a hyphen after a proper name ("New York-based", "Seoul-area", "Kim-era").
_SYLLABLE = re.compile(r"[a-z]{1,5}")
_NOT_SYLLABLE = re.compile(
    r".*(?:ed|en|ing|ly|ish|ism|ist|ite|less)|era|area|wide|run|born|bound|style|type|like|free|only|long|old|year"
    r"|day|week|month|term|size|level|class|made|led|held|to|up|in|out|on|off|by|far|new|big|high|low|rich|poor"
    r"|lite|plus|pro|ton|mile|line|side|time|city|town|zone|bloc|act|age|cum|esque"
)


def _hyphenated_given_names(doc: Doc, gaz_toks: set[int]) -> list[tuple[int, int]]:
    """Token ranges of "Surname Given-name" romanizations the NER misses or mistypes ("Han Do-yoon"
    as a NORP "Han"): two title-case words, the second hyphen-joined to a lower-case syllable."""
    out: list[tuple[int, int]] = []
    for i in range(len(doc) - 3):
        a, b, hy, c = doc[i], doc[i + 1], doc[i + 2], doc[i + 3]
        if hy.text != "-" or b.whitespace_ or hy.whitespace_ or not a.whitespace_:
            continue
        if not (a.is_title and a.is_alpha and b.is_title and b.is_alpha and len(a) <= 6 and len(b) <= 6):
            continue
        if not _SYLLABLE.fullmatch(c.text) or _NOT_SYLLABLE.fullmatch(c.text) or i in gaz_toks or i + 1 in gaz_toks:
            continue
        if (i > 0 and doc[i - 1].is_title and doc[i - 1].is_alpha and not persons.is_role_word(doc[i - 1])) \
                or (i + 4 < len(doc) and doc[i + 4].is_title and doc[i + 4].is_alpha):
            continue  # part of a longer capitalized run: a name of something else
        if any(doc[k].ent_type_ == "PERSON" for k in range(i, i + 4)):
            continue  # the NER has it: its own path trims and types it
        if any(doc[k].ent_type_ in ("ORG", "GPE", "FAC", "PRODUCT", "WORK_OF_ART") for k in range(i, i + 4)):
            continue
        out.append((i, i + 4))
    return out


# what may come right before a name written mid-sentence: no sentence opener (quote, bracket, dash, colon)
_OPENERS = frozenset({'"', "“", "‘", "'", "(", "[", "-", "–", "—", ":", ";"})


def _function_word_given_names(doc: Doc) -> set[int]:
    """Token indices of capitalized function words that open a person's name ("Vietnamese leader To
    Lam", "said Do Hung"): mid-sentence, English writes "to", "do" or "an" in lower case, so a capital one
    glued to a name the NER tags is the name's first syllable. The same pair opening a sentence is the
    same name. Never in a headline, where every word is capitalized."""
    out: set[int] = set()
    pairs: set[tuple[str, str]] = set()
    openers: list[tuple[int, str, str]] = []
    for ent in doc.ents:
        i = ent.start - 1
        if ent.label_ != "PERSON" or i < 0 or len(ent) > 3:
            continue
        t = doc[i]
        if not (t.is_title and t.is_alpha and len(t) <= 3 and t.is_stop and t.text != "I") or _in_title_line(doc, i):
            continue
        if t.is_sent_start or i == 0 or doc[i - 1].text in _OPENERS or "\n" in doc[i - 1].text:
            openers.append((i, t.text, ent.text))
            continue
        if doc[i - 1].is_punct and doc[i - 1].text != ",":
            continue
        out.add(i)
        pairs.add((t.text, ent.text))
    out |= {i for i, w, name in openers if (w, name) in pairs}
    return out


def _double_barrelled_person(doc: Doc, sp: Span, gaz_toks: set[int]) -> bool:
    """"Bola Adeyemi-Tinubu said", "the candidate, Bola Adeyemi-Tinubu,", "Bola Adeyemi-Tinubu, who":
    a title-case word and a hyphen-joined pair of title-case words, with a person's context, is a
    given name and a double surname, whatever the NER says (firms so named rarely have a word before)."""
    if len(sp) != 4 or sp[2].text != "-" or sp[1].whitespace_ or sp[2].whitespace_:
        return False
    words = (sp[0], sp[1], sp[3])
    if not all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in words) or any(
            i in gaz_toks for i in range(sp.start, sp.end)) or any(
            t.lower_ in _COMPANY_WORDS or t.lower_ in LEGAL_SUFFIXES or t.lower_ in ORG_HEADS
            or t.lower_ in _CLUB_WORDS or lookup(t.text) is not None for t in words):
        return False
    if sp.end < len(doc) and doc[sp.end].is_title:
        return False  # "Rolls-Royce Holdings": more name follows
    root = sp.root
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in ("say", "tell", "add", "write", "deny", "insist"):
        return True
    if sp.end + 1 < len(doc) and doc[sp.end].text == "," and doc[sp.end + 1].lower_ == "who":
        return True
    return _described_before(doc, sp) or _human_apposition(sp) or (
        root.dep_ == "appos" and (root.head.lemma_.lower() in _HUMAN_NOUNS or persons.is_role_word(root.head)))


def _share_bar_lines(doc: Doc) -> set[int]:
    """Every token of a short, verbless line that names two or more social platforms (a share bar)."""
    out: set[int] = set()
    lo = 0
    for i in range(len(doc) + 1):
        if i == len(doc) or "\n" in doc[i].text:
            line = doc[lo:i]
            if sum(t.lower_ in _PLATFORMS for t in line) >= 2 and len(line) <= 15 \
                    and not any(t.pos_ in ("VERB", "AUX") and t.is_lower for t in line):
                out.update(range(lo, i))
            lo = i + 1
    return out


def _platform_pair(doc: Doc, ent: Span) -> list[_M] | None:
    """"Facebook and Instagram", "Kent Police and Essex Police" as one NER organization: two platforms,
    known organizations or bodies named alike."""
    sp = _strip_ent(doc, ent)
    conj = [t.i for t in sp if t.lower_ in ("and", "&")]
    if len(conj) != 1:
        return None
    left, right = doc[sp.start : conj[0]], doc[conj[0] + 1 : sp.end]
    # "Kent Police and Essex Police": two names that each end in the same body word are two bodies
    # ("Avon and Somerset Police", with one such word, is one force)
    twin = len(left) >= 2 and len(right) >= 2 and left[-1].text == right[-1].text and left[-1].lower_ in ORG_HEADS \
        and all(t.is_title or t.is_upper for t in (*left, *right))
    out: list[_M] = []
    for part in (left, right):
        if not len(part):
            return None
        hit = lookup(part.text)
        if twin or part.text.lower() in _PLATFORMS:
            eid, canon = org_entity_id(part.text)
            out.append(_M(part.start, part.end, eid, "organization", canon, priority=1))
        elif hit is not None and hit.type in ("organization", "media"):
            out.append(_M(part.start, part.end, hit.entity_id, hit.type, hit.name, country=hit.country, priority=1))
        else:
            return None
    return out


# uniformed services a capitalized word before them classifies, not names ("Riot police", "Border guards")
_FORCE_GROUPS = frozenset({"police", "troops", "forces", "officers", "guards", "firefighters"})

# social networks, which the NER often tags as people or places
_PLATFORMS = frozenset({"instagram", "facebook", "twitter", "tiktok", "youtube", "linkedin", "telegram", "whatsapp",
                        "snapchat", "bluesky", "truth social", "weibo", "wechat", "reddit", "threads", "mastodon"})
_PLACE_NOUNS = frozenset({"town", "city", "village", "hamlet", "suburb", "district", "province", "county",
                          "region", "island", "port", "municipality", "neighborhood", "neighbourhood", "township"})


_QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})


def _nicknamed(doc: Doc, sp: Span) -> tuple[Span, str] | None:
    """'James "Mad Dog" Rowe' where the NER stops inside the quotes: the mention runs to the surname
    after the closing quote, and the name leaves the nickname out (one id with every "James Rowe")."""
    opens = [t.i for t in sp if t.text in _QUOTE_MARKS and t.i > sp.start]
    if len(opens) != 1 or _in_title_line(doc, sp.start):
        return None  # (a headline's quoted phrase is no nickname)
    k = opens[0] + 1
    while k < len(doc) and k - opens[0] <= 4 and doc[k].text not in _QUOTE_MARKS:
        k += 1
    if k >= len(doc) or doc[k].text not in _QUOTE_MARKS or k + 1 >= len(doc):
        return None
    end = k + 1
    while end < len(doc) and end - k <= 2 and doc[end].is_title and doc[end].is_alpha and doc[end].pos_ == "PROPN":
        end += 1
    if end == k + 1:
        return None
    return doc[sp.start : end], _without_honorific(doc[sp.start : end])


# nouns after which "of <Name>" is a place ("the mayor of Xtown", "the outskirts of Xtown")
_OF_PLACE_NOUNS = frozenset({"mayor", "council", "governor", "outskirts", "residents", "people", "streets",
                             "centre", "center", "suburbs", "citizens", "inhabitants"})


_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                      "north-east", "north-west", "south-east", "south-west"})


def _place_of(sp: Span) -> bool:
    """A name after "the town of", "the port city of", "the mayor of", "north of", … names a place."""
    doc = sp.doc
    if sp.start >= 2 and doc[sp.start - 1].lower_ == "of" and doc[sp.start - 2].is_lower \
            and doc[sp.start - 2].lower_ in _COMPASS and all(t.is_title or not t.is_alpha for t in sp):
        return True  # "a town north of Xyz", "20 km southwest of Xyz": only places have bearings
    root = sp.root
    if not (root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i < root.head.i
            and all(t.is_title or not t.is_alpha for t in sp)):
        return False
    gov = root.head.head.lemma_.lower()
    return gov in _PLACE_NOUNS or (gov in _OF_PLACE_NOUNS and len(sp) == 1)


def _with_given_names(doc: Doc, ent: Span) -> Span:
    """A one-word entity with the title-case given names the parse hangs on it ("Ivy" + "Cole")."""
    k = ent.start
    while k > 0 and doc[k - 1].dep_ == "compound" and doc[k - 1].head.i == ent.end - 1 \
            and doc[k - 1].pos_ == "PROPN" and doc[k - 1].is_title and doc[k - 1].is_alpha \
            and not persons.is_role_word(doc[k - 1]) and ent.end - k < 3:
        k -= 1
    return doc[k : ent.end]


def _body_named(sp: Span) -> bool:
    """A speaking name whose last word is a body's ("Xshire Police said", "Yland Council said"): an
    organization, not a person (a surname "Guard" or "Bank" is possible, so those stay out)."""
    return sp[-1].lower_ in ORG_HEADS and sp[-1].lower_ not in ("guard", "bank", "maker", "fund")


def _speaking_name(ent: Span) -> bool:
    """A two- or three-word title-case name that the NER calls a title or product but that says
    something ("Vera Lindahl said in a televised address"): titles and products do not speak."""
    if not 2 <= len(ent) <= 3 or not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in ent):
        return False
    root = ent.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in ("say", "tell", "add", "write", "deny", "insist")


def _surname_reused(doc: Doc, sp: Span) -> bool:
    """Whether a name's last word comes back on its own elsewhere ("Rafael Grossi … Grossi said"):
    then the name is a person's even if its first word is also a firm's ("Rafael")."""
    last = sp[-1]
    if not last.is_title or last.lower_ in _COMPANY_WORDS or last.lower_.rstrip(".") in LEGAL_SUFFIXES:
        return False
    return any(t.text == last.text for t in doc if not sp.start <= t.i < sp.end)


_SHARE_WORDS = frozenset({"shares", "stock", "stocks"})
# lower-case words that say what kind of place a name before them is ("the Leeds city council")
_TOWN_WORDS = frozenset({"city", "town", "county", "borough"})
# nouns of land a place name comes before ("the Xyz area", "the Xyz district")
_AREA_NOUNS = frozenset({"area", "region", "district", "province", "village", "town", "valley", "county",
                         "neighborhood", "neighbourhood", "suburb", "outskirts", "countryside", "highlands"})


def _untagged_dateline_town(doc: Doc, tok: Token, tagged: set[int]) -> _M | None:
    """An all-caps dateline place the NER left untagged ("MEXICO CITY —"), where its words name a
    listed capital or city: a location."""
    if not tok.is_upper or (tok.i > 0 and "\n" not in doc[tok.i - 1].text + doc[tok.i - 1].whitespace_):
        return None
    end = tok.i
    while end < len(doc) and end - tok.i < 4 and doc[end].is_upper and doc[end].is_alpha and end not in tagged:
        end += 1
    sp = doc[tok.i : end]
    town = " ".join(w.capitalize() for w in sp.text.split())
    country = gazetteer.CAPITAL_OF.get(town) or gazetteer.city_country(town)
    if country is None or not _dateline_place(doc, sp):
        return None  # (its country is set with every place's, where the dateline may name another)
    return _M(sp.start, sp.end, "location:" + slug(town), "location", town, priority=0)


def _listed_shares(sp: Span) -> bool:
    """The name is the owner in "shares of X", "X's shares", "X stock": a company."""
    root = sp.root
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        return root.head.head.lower_ in _SHARE_WORDS and root.head.head.i < root.i
    return root.dep_ in ("compound", "poss") and root.head.lower_ in _SHARE_WORDS and root.head.i > root.i


def _city_words_before(doc: Doc, sp: Span, gaz_toks: set[int]) -> Span | None:
    """`sp` with the one or two words before it, where together they name a listed city the NER
    cut ("Dar es Salaam" tagged "Salaam")."""
    for k in (2, 1):
        lo = sp.start - k
        if lo < 0 or any(doc[i].ent_type_ or i in gaz_toks or not doc[i].is_alpha for i in range(lo, sp.start)) \
                or any("\n" in doc[i].whitespace_ for i in range(lo, sp.start)):
            continue
        if not (doc[lo].is_title or doc[lo].is_upper):
            continue
        wide = doc[lo : sp.end]
        if gazetteer.city_country(wide.text) is not None:
            return wide
    return None


_AMOUNT_WORDS = frozenset({"million", "billion", "trillion", "bn", "mn", "m", "k"})


def _currency_amount(doc: Doc, sp: Span) -> bool:
    """An ISO 4217 code next to a number ("NOK 1.4 billion", "300 million SEK"): money, not a body."""
    if len(sp) != 1 or not re.fullmatch(r"[A-Z]{3}", sp.text) or pycountry.currencies.get(alpha_3=sp.text) is None:
        return False
    nxt = doc[sp.end] if sp.end < len(doc) else None
    prev = doc[sp.start - 1] if sp.start > 0 else None
    return (nxt is not None and nxt.like_num) or (prev is not None and (prev.like_num or prev.lower_ in _AMOUNT_WORDS))


def _on_by_line(doc: Doc, i: int) -> bool:
    """`doc[i]` is on a capitalized byline: a line that opens with "By" and has no other lower-case
    word than "and" ("By JO ROE and TOMAS RIEDEL"; not "By Friday, XYZ-PF had won")."""
    k = i
    while k > 0 and "\n" not in doc[k - 1].text and "\n" not in doc[k - 1].whitespace_:
        k -= 1
    if doc[k].text not in ("By", "BY") or k >= i:
        return False
    end = i
    while end < len(doc) and "\n" not in doc[end].text and "\n" not in doc[end - 1].whitespace_:
        end += 1
    return all(t.is_upper or not t.is_alpha or t.lower_ == "and" for t in doc[k + 1 : end])


def _byline_name(doc: Doc, sp: Span) -> bool:
    """Two or three capitalized words after a line-opening "By" and before the line's end or a byline
    separator ("By Jo Roe", "By Jo Roe | Staff Writer", "By Jo Roe, Reuters"): a writer's name."""
    if sp.start == 0 or doc[sp.start - 1].text not in ("By", "BY") or not 2 <= len(sp) <= 3 \
            or not all(t.is_alpha and (t.is_title or t.is_upper) for t in sp):
        return False
    by = sp.start - 1
    if by > 0 and "\n" not in doc[by - 1].text and "\n" not in doc[by - 1].whitespace_:
        return False
    return sp.end == len(doc) or "\n" in sp[-1].whitespace_ or "\n" in doc[sp.end].text \
        or doc[sp.end].text in ("|", ",", "·", "•", "-", "—", "–")


def _in_caps_line(doc: Doc, sp: Span) -> bool:
    """Whether the span sits on a line written mostly in capitals (a byline, a kicker)."""
    lo, hi = sp.start, sp.end
    while lo > 0 and "\n" not in doc[lo - 1].text:
        lo -= 1
    while hi < len(doc) and "\n" not in doc[hi].text:
        hi += 1
    words = [t for t in doc[lo:hi] if t.is_alpha and len(t) > 1]
    return len(words) >= 3 and sum(t.is_upper for t in words) >= 0.6 * len(words)


def _in_title_line(doc: Doc, i: int) -> bool:
    """Whether token `i` sits on a line of four or more words nearly all capitalised (a headline)."""
    flags = doc.user_data.get(_TITLE_LINES_KEY)
    if not isinstance(flags, list) or len(flags) != len(doc):
        flags = doc.user_data[_TITLE_LINES_KEY] = _title_line_flags(doc)
    return bool(flags[i])


_TITLE_LINES_KEY = "storyline.title_lines"


def _in_headline(doc: Doc, sp: Span) -> bool:
    """The span lies in the story's title (as cleaning found it) or on a title-case headline line."""
    document = doc._.document
    title = getattr(document, "title_span", None)
    if title is not None and title.start <= sp.start_char and sp.end_char <= title.end:
        return True
    text = doc_text(doc)
    lo = text.rfind("\n", 0, sp.start_char) + 1
    hi = text.find("\n", sp.end_char)
    line = text[lo : hi if hi >= 0 else len(text)].strip()
    # a short line of its own, with no full stop, opening the story or set off by a blank line
    if 2 <= len(line.split()) <= 14 and line[-1] not in '.!?:;,"”’)' and (
            not text[:lo].strip() or text[:lo].endswith("\n\n")):
        return True
    return _in_title_line(doc, sp.start)


def _title_line_flags(doc: Doc) -> list[bool]:
    """Per token, `_in_title_line`, computed in one pass (lines end at tokens holding a newline)."""
    flags = [False] * len(doc)
    line: list[Token] = []

    def close() -> None:
        words = [t for t in line if t.is_alpha]
        if len(words) >= 4 and sum(t.text[0].isupper() for t in words) >= 0.8 * len(words):
            for t in line:
                flags[t.i] = True

    for t in doc:
        if "\n" in t.text:
            close()
            line = []
        else:
            line.append(t)
    close()
    return flags


def _dateline_place(doc: Doc, sp: Span) -> bool:
    """An all-caps name opening a dateline ("DETROIT (Reuters) -", "ABUJA, Nigeria (AFP) —", as
    `dating.dateline_end` reads datelines): the place of filing, not "NATO, the alliance, said …"."""
    if not all(t.is_upper or not t.is_alpha for t in sp) or not any(t.is_alpha for t in sp):
        return False
    if sp.start > 0 and "\n" not in doc[sp.start - 1].text and "\n" not in doc[sp.start - 1].whitespace_:
        return False
    end = dateline_end(doc_text(doc), sp.start_char)
    return end is not None and end >= sp.end_char


# nouns for people in appositions ("Nino, a 34-year-old teacher"), besides the role heads
_HUMAN_NOUNS = frozenset({
    "teacher", "student", "resident", "woman", "man", "mother", "father", "farmer", "worker", "driver", "nurse",
    "doctor", "shopkeeper", "retiree", "pensioner", "engineer", "soldier", "survivor", "witness", "activist",
    "volunteer", "refugee", "villager", "fisherman", "vendor", "mechanic", "girl", "boy", "son", "daughter",
    "wife", "husband", "widow", "grandmother", "grandfather", "shopper", "voter", "tourist", "pilot", "miner",
    # who a named newcomer is ("X, a shipping magnate,", "X, a 45-year-old defendant,")
    "magnate", "tycoon", "billionaire", "millionaire", "businessman", "businesswoman", "entrepreneur", "oligarch",
    "investor", "banker", "politician", "journalist", "novelist", "actor", "actress", "singer", "footballer",
    "cricketer", "athlete", "priest", "pastor", "cleric", "veteran", "suspect", "defendant", "plaintiff",
    "detainee", "hostage", "migrant", "citizen", "photographer", "blogger", "lecturer", "surgeon",
    # family and callings a profile introduces people by ("her brother, X", "the architect X Y")
    "brother", "sister", "uncle", "aunt", "cousin", "niece", "nephew", "grandson", "granddaughter", "neighbour",
    "neighbor", "fiancé", "fiancée", "stepfather", "stepmother", "architect", "artist", "painter", "sculptor",
    "writer", "poet", "author", "playwright", "composer", "musician", "designer", "chef", "scientist", "historian",
})


def _described_before(doc: Doc, sp: Span) -> bool:
    """A name right after a noun for a person: "Her mother, Grace," or "the architect Marcus Bell"
    (the NER often calls such names a body or a place)."""
    if sp.start < 2 or len(sp) > 3 or not all(t.is_title and t.is_alpha for t in sp):
        return False
    prev = doc[sp.start - 1]
    if prev.text == ",":
        if sp.start < 3 or sp.end >= len(doc) or doc[sp.end].text not in (",", "."):
            return False
        noun, det = doc[sp.start - 2], doc[sp.start - 3]
        return noun.is_lower and noun.lemma_.lower() in _HUMAN_NOUNS \
            and (det.lower_ in ("his", "her", "their", "my", "our") or det.text in ("'s", "’s"))
    return len(sp) >= 2 and prev.is_lower and prev.lemma_.lower() in _HUMAN_NOUNS \
        and doc[sp.start - 2].lower_ in ("the", "a", "an")


# words before a place name that make a longer place, not a person's given name ("San", "East", "Greater")
_PLACE_PREFIXES = frozenset({"new", "san", "santa", "santo", "são", "sao", "port", "fort", "mount", "saint", "st",
                             "el", "la", "le", "los", "las", "rio", "north", "south", "east", "west", "central",
                             "greater", "downtown", "old", "upper", "lower", "inner", "outer", "northern", "southern",
                             "eastern", "western", "metropolitan", "grand", "little", "great"})


def _surname_place(doc: Doc, sp: Span) -> _M | None:
    """A place name that is a person's surname ("The coach, Ana Lima, said", "striker Paulo Santiago"):
    a title-case given name right before it, and the pair named as a person by a role or human
    noun in apposition, or a role word before it."""
    if sp.start == 0 or len(sp) != 1:
        return None
    first = doc[sp.start - 1]
    if not (first.is_title and first.is_alpha and first.pos_ == "PROPN") or first.lower_ in _PLACE_PREFIXES \
            or lookup(first.text) is not None or persons.is_role_word(first):
        return None
    name = doc[sp.start - 1 : sp.end]
    root = sp.root
    role_appos = root.dep_ == "appos" and (root.head.lemma_.lower() in persons.ROLE_HEADS
                                           or root.head.lemma_.lower() in _HUMAN_NOUNS)
    role_before = sp.start > 1 and persons.is_role_word(doc[sp.start - 2])
    if not (role_appos or role_before or _human_apposition(name)):
        return None
    return _M(name.start, name.end, "person:" + slug(name.text), "person", name.text, priority=3)


# last words of a press office's name, after a contact person in a press release
_CONTACT_DESKS = frozenset({"relations", "communications", "affairs", "office", "desk"})


def _contact_name(doc: Doc, sp: Span) -> bool:
    """A given name and a surname followed by ", Investor Relations" or ", Media Relations": the person
    to contact, named with the office they answer for."""
    if len(sp) != 2 or not all(t.is_title and t.is_alpha for t in sp) or sp[0].lower_ not in persons.GIVEN_NAME_SEX:
        return False
    k = sp.end + 1
    if sp.end >= len(doc) or doc[sp.end].text != ",":
        return False
    while k < min(len(doc), sp.end + 4) and doc[k].is_title and doc[k].lower_ not in _CONTACT_DESKS:
        k += 1
    return k < len(doc) and k > sp.end + 1 and doc[k].is_title and doc[k].lower_ in _CONTACT_DESKS


def _human_apposition(sp: Span) -> bool:
    """Does the name have an apposition that describes a person ("X, a 34-year-old teacher")?"""
    for c in sp.root.children:
        if c.dep_ != "appos" or c.i < sp.end:
            continue
        lemma = c.lemma_.lower()
        doc = sp.doc
        if c.i + 2 < len(doc) and doc[c.i + 1].text == "," and doc[c.i + 2].pos_ == "PROPN" and any(
                t.lower_ in ("her", "his", "their") for t in c.lefts):
            continue  # "her home in Xyz, her son, Femi, said": the relative is the next name's, not Xyz's
        if lemma in _HUMAN_NOUNS or lemma in persons.ROLE_HEADS or any(
                t.lower_ == "old" and t.i > c.left_edge.i and _word_before(t) == "year" for t in c.lefts):
            return True
    return False


_GROUP_NOUNS = frozenset({"movement", "group", "militia", "organization", "organisation", "network", "alliance",
                          "coalition", "front", "faction", "party", "brigade", "brigades", "army", "rebels", "company"})


def _group_alias(doc: Doc, sp: Span) -> bool:
    """A name given as what a group is called ("the X movement, officially known as Y", "a militia
    called Y"): the name is the group's, whatever the NER reads."""
    i = sp.start
    prev = doc[i - 1].lower_ if i >= 1 else ""
    prev2 = doc[i - 2].lower_ if i >= 2 else ""
    if not (prev in ("called", "named") or (prev == "as" and prev2 in ("known", "called", "named"))):
        return False
    window = doc[max(0, i - 8) : i]
    return any(t.lower_ in _GROUP_NOUNS for t in window)


# letters after a British or Commonwealth name: silk, parliament, honours ("Jane Roe KC", "John Doe MP")
_POST_NOMINALS = frozenset({"KC", "QC", "SC", "MP", "MEP", "MSP", "MLA", "OBE", "CBE", "MBE", "KBE", "DBE", "PhD"})
_STORM_WORDS = frozenset({"storm", "hurricane", "typhoon", "cyclone", "tropical", "super"})


def _says_he_or_she(sp: Span) -> bool:
    """A name that says something about "he" or "she" ("Rourke said he would appeal"): a person
    (a firm or a body says "it" or "they")."""
    return _pronoun_said_of(sp) is not None


# last words of place names written in the plural, which take "are" and "have" as places
_PLURAL_PLACES = frozenset({"islands", "isles", "straits", "mountains", "highlands", "hills", "lakes", "keys", "alps"})
_PLURAL_VERBS = frozenset({"have", "are", "were", "'ve", "'re", "’ve", "’re"})


def _person_honorific(tok: Token) -> bool:
    """"Mr", "Mrs.", "Ms", "Dr", "Prof" written as a title: only a person has one."""
    return tok.is_title and tok.lower_.rstrip(".") in ("mr", "mrs", "ms", "miss", "dr", "prof")


def _collective_agent(doc: Doc, sp: Span) -> bool:
    """A lone name that takes a plural verb ("Everton have rejected", "Xtown Rovers, who are") or that a
    relative "who" clause goes on to call "they" ("Xtown Albion, who said they would not bid again"): a
    club, firm or body in British usage; one person takes "has", and a place is no "who"."""
    root = sp.root
    if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children) or sp.end + 2 >= len(doc) \
            or sp[-1].lower_ in ("and", "&") or (sp.start > 0 and doc[sp.start - 1].lower_ in ("and", "&", ",")):
        return False  # ("Roe and Doe have", "Roe, Doe and Poe were": people listed)
    if (len(sp) > 2 and sp[0].text in _FEATURE_HEADS and sp[1].text == "of") or sp[-1].lower_ in _PLURAL_PLACES:
        return False  # ("the Straits of Florida were calm", "the Faroe Islands have"): a place named in the plural
    nxt = doc[sp.end]
    if nxt.lower_ in _PLURAL_VERBS:
        return root.dep_ in ("nsubj", "nsubjpass")
    if nxt.text != "," or doc[sp.end + 1].lower_ != "who":
        return False
    who = doc[sp.end + 1]
    if doc[sp.end + 2].lower_ in _PLURAL_VERBS:
        return True
    verb = who.head
    if sp[0].lower_ in persons.GIVEN_NAME_SEX or verb.lemma_.lower() not in _SAY_LEMMAS:
        return False  # ("Jo Roe, who said they": a person may go by "they"; a given name says so)
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "they" and c.i > verb.i
               for cl in verb.children if cl.dep_ == "ccomp" for c in cl.children)


def _pronoun_said_of(sp: Span) -> str | None:
    """"he" or "she" as the subject of what the name says ("Rourke said he would appeal")."""
    root = sp.root
    if root.dep_ != "nsubj" or root.head.lower_ not in _SAYING:
        return None
    return next((c.lower_ for cl in root.head.children if cl.dep_ == "ccomp" for c in cl.children
                 if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in persons.PRONOUNS and c.i > root.i), None)


def _says_it(sp: Span) -> bool:
    """A name that says what "it" will do or what "its" thing did ("Xyz said it would add flights", "Xyz said
    its profit rose"): a firm or body (a person says "he" or "she"); not an empty "it" ("said it was unclear")."""
    root = sp.root
    if root.dep_ != "nsubj" or root.head.lower_ not in _SAYING:
        return False
    for cl in root.head.children:
        if cl.dep_ != "ccomp" or cl.i < root.i or cl.lemma_ == "be" or any(c.dep_ == "expl" for c in cl.children):
            continue
        subj = next((c for c in cl.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and (subj.lower_ == "it" or any(c.dep_ == "poss" and c.lower_ == "its" for c in subj.children)):
            return True
    return False


def _paired_with_body(sp: Span) -> bool:
    """The name is joined by "and"/"or" to an organization the NER tagged ("TotalEnergies and Xyz bid"): a
    list of bodies (a person listed with firms is named in full)."""
    top = sp.root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    listed = [t for t in top.subtree if t.dep_ == "conj" or t.i == top.i]
    others = [t for t in listed if not sp.start <= t.i < sp.end]
    # (not a list of people: "Eric, 32; Tiffany, 22; and Xyz", "Bill, Hillary and Chelsea")
    return len(listed) >= 2 and any(t.ent_type_ == "ORG" for t in others) \
        and not any(t.ent_type_ == "PERSON" or t.lower_ in persons.GIVEN_NAME_SEX for t in others)


def _staff_of(doc: Doc, sp: Span) -> bool:
    """A name after "a spokesman for", "chief executive of": the body whose staff speak (a person's own
    spokesman serves a person the story has named in full, which `_story_surname` tells)."""
    k = sp.start
    return k >= 2 and doc[k - 1].lower_ in ("for", "of", "at") and doc[k - 2].lower_ in (
        "spokesman", "spokeswoman", "spokesperson", "executive", "ceo", "chairman", "chairwoman", "shareholders")


def _place_comma_person(doc: Doc, sp: Span) -> list[_M] | None:
    """An organization name with a comma inside, before two or three given-and-family-name words
    ("Lyon, Gregory Laurent" in a list of winners): a place and a person, not one body."""
    commas = [t.i for t in sp if t.text == ","]
    if len(commas) != 1 or commas[0] == sp.start:
        return None
    right = doc[commas[0] + 1 : sp.end]
    if not 2 <= len(right) <= 3 or not all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in right) \
            or any(lookup(t.text) is not None or t.lower_ in _COMPANY_WORDS or t.lower_ in LEGAL_SUFFIXES
                   or t.lower_ in ORG_HEADS for t in right):
        return None
    # (the place itself, when the gazetteer knows it, comes from the gazetteer's own mention)
    return [_M(right.start, right.end, "person:" + slug(right.text), "person", right.text, priority=3)]


def _age_after(doc: Doc, sp: Span) -> bool:
    """Whether a name is followed by an age set off by commas ("Jane Roe, 34, said")."""
    e = sp.end
    return e + 2 < len(doc) and doc[e].text == "," and doc[e + 2].text == "," and doc[e + 1].text.isdigit() \
        and 1 <= int(doc[e + 1].text) <= 120


def _names_a_role_holder(sp: Span) -> bool:
    """A two- or three-word title-case name in apposition to a role noun before it ("the prime
    minister of Xland, Jane Roe,", "its chief executive, Jane Roe,"): the holder of a role is a person."""
    if not 2 <= len(sp) <= 3 or not all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in sp):
        return False
    root = sp.root
    doc = sp.doc
    if root.dep_ != "appos" or root.head.i >= sp.start:
        # "the governor of the Central Bank of Xland, Jane Roe, said" with the name parsed into the "of"
        # phrase: set off by commas right after "the <role> of/for/at …", it is that role's holder
        if sp.start < 4 or doc[sp.start - 1].text != "," or sp.end >= len(doc) or doc[sp.end].text != ",":
            return False
        k = sp.start - 2
        while k > sp.start - 12 and k > 0 and doc[k].text not in (",", ".", ";", ":") and "\n" not in doc[k].text:
            if doc[k].lower_ in persons.ROLE_HEADS and doc[k].is_lower and doc[k + 1].lower_ in ("of", "for", "at") \
                    and doc[k - 1].lower_ in ("the", "its", "his", "her", "their"):
                return not any(t.lower_ in _COMPANY_WORDS or t.lower_ in LEGAL_SUFFIXES or t.lower_ in ORG_HEADS
                               for t in sp)
            k -= 1
        return False
    head = root.head
    while head.lower_ not in persons.ROLE_HEADS and head.dep_ == "pobj" and head.head.dep_ == "prep" \
            and head.head.head.i < head.i:
        head = head.head.head  # "a spokesman for the Xland Police, Jane Roe,": the parse hangs her on the body
    if head.lower_ not in persons.ROLE_HEADS:
        return False
    return not any(t.lower_ in _COMPANY_WORDS or t.lower_ in LEGAL_SUFFIXES or t.lower_ in ORG_HEADS for t in sp)


def _role_in_apposition(doc: Doc, p: _M) -> tuple[int, int] | None:
    """The role a name stands in apposition to, written before it ("When the prime minister of
    Xland, Jane Roe, warned …"): the role noun's phrase up to the comma, without its article."""
    root = doc[p.start : p.end].root
    head = root.head
    if root.dep_ != "appos" or head.i >= p.start or p.start < 2 or doc[p.start - 1].text != ",":
        return None
    # the parse often hangs the name on the role's object ("the chief executive of Xyz, Jane Roe")
    if head.lower_ not in persons.ROLE_HEADS and head.dep_ == "pobj" and head.head.head.lower_ in persons.ROLE_HEADS:
        head = head.head.head
    if head.lower_ not in persons.ROLE_HEADS:
        return None
    first = min((c.left_edge.i for c in head.lefts if c.dep_ in ("det", "amod", "compound", "poss", "nmod")),
                default=head.i)
    # "10:15 CET — Xshire's regional president, Jane Roe,": a heading set off by a spaced dash or a
    # line break is no part of the role
    first = max([first] + [k + 1 for k in range(first, head.i) if "\n" in doc[k].text or doc[k].text in ("—", "–")
                           or (doc[k].text == "-" and bool(doc[k].whitespace_))])
    while first < head.i and doc[first].lower_ in _DETS | {"its", "his", "her", "their"}:
        first += 1
    end = p.start - 1
    if end - first > 12 or any(t.text in (".", ";", ":", '"', "“", "”") or t.pos_ in ("VERB", "AUX")
                               for t in doc[first:end]):
        return None
    return first, end


def _word_before(tok: Token) -> str:
    """The text of the word before `tok`, skipping hyphens ("34-year-old": "year" before "old")."""
    i = tok.i - 1
    while i >= 0 and tok.doc[i].text in ("-", "‐", "–"):
        i -= 1
    return tok.doc[i].lower_ if i >= 0 else ""


# verbs of press-release and news headlines written in title case, which the NER runs into a firm's name
_HEADLINE_VERBS = frozenset({"Completes", "Announces", "Acquires", "Signs", "Wins", "Launches", "Appoints",
                             "Unveils", "Secures", "Receives", "Expands", "Agrees", "Sells", "Buys", "Raises",
                             "Opens", "Enters", "Posts", "Reaches", "Joins"})


_TIME_ZONES = frozenset({"GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "ET", "PT", "PST", "PDT", "JST", "IST"})


# a match score written as one token ("3–0", "2-1")
_SCORE = re.compile(r"\d{1,2}[-–]\d{1,2}")


# words that join a title-case headline's clauses and never sit capitalized inside a name
_HEADLINE_LINKS = frozenset({"To", "After", "Amid", "Despite", "Over", "As", "Into", "Before", "Following",
                             "Ahead", "Until", "While", "Says", "Say", "Will", "Could", "Would", "Should", "Is",
                             "Are", "Was", "Were", "Has", "Have"})


def _title_case_headline(doc: Doc, ent: Span) -> bool:
    """A run of four or more title-case words with a verb in it and a word that links a headline's parts
    ("Harbour Workers Return To Docks After Strike Ends", "Miners Vote To Reject Offer"): a headline
    in title case, which names no organization (not "Doctors Without Borders", "Save the Children")."""
    words = [t for t in ent if t.is_alpha]
    if len(words) < 4 or not all(t.is_title or t.lower_ in _DETS | {"of", "and", "for", "the"} for t in words):
        return False
    verb = any(t.tag_ in ("VB", "VBZ", "VBD", "VBP", "MD") for t in ent[1:])
    return verb and any(t.text in _HEADLINE_LINKS for t in ent[1:-1])


def _strip_ent(doc: Doc, ent: Span) -> Span:
    """An entity span without leading articles and without a possessive and what follows it
    ("the Acme's C.E.O." -> "Acme": the NER sometimes runs a name into the possessed noun)."""
    sp = ent
    while len(sp) and sp[0].lower_ in _DETS | {"'s", "’s"}:
        sp = doc[sp.start + 1 : sp.end]
    if len(sp) > 2 and sp[0].text in _TIME_ZONES and sp[1].text in ("-", "–", "—"):
        sp = doc[sp.start + 2 : sp.end]  # "13:40 GMT - Red Cross appeal": a live blog's entry heading
    while len(sp) > 1 and ent.label_ in ("PERSON", "ORG") and sp[-1].is_digit and sp[-2].is_title:
        sp = doc[sp.start : sp.end - 1]  # "Harrow Rovers 2 Xtown United 1": a score line's goals are no part of a name
    if len(sp) > 1 and ent.label_ in ("PERSON", "ORG") and sp[-2].is_title and _SCORE.fullmatch(sp[-1].text):
        sp = doc[sp.start : sp.end - 1]  # "beat Xtown United 3–0": the score is no part of the name
    if len(sp) > 3 and ent.label_ in ("PERSON", "ORG") and sp[-1].is_digit and sp[-2].text in ("-", "–") \
            and sp[-3].is_digit and sp[-4].is_title:
        sp = doc[sp.start : sp.end - 3]  # "beat Xtown United 2-1" (split by the tokenizer)
    if ent.label_ in ("PERSON", "ORG") and (d := next((t.i for t in sp[1:-1] if t.is_digit and doc[t.i - 1].is_title
                                                       and doc[t.i + 1].is_title), None)) is not None:
        sp = doc[sp.start : d]  # "Harwick Town 2 Dunmore": a score line's first team ends at its goals
    if ent.label_ == "ORG" and (v := next((t.i for t in sp[1:] if t.text in _HEADLINE_VERBS
                                           or re.fullmatch(r"(?:Q[1-4]|H[12]|FY\d{0,4})", t.text)), None)) is not None:
        sp = doc[sp.start : v]  # "Xyz Partners Completes Acquisition of …": a title-case headline's verb ends the name
    for t in sp:
        if t.text in ("/", "|") and t.i > sp.start and (ent.label_ == "PERSON" or t.i == sp.end - 1):
            # "Jane Doe / Agency Images", "(Harbor Daily / Jane Doe)": a photo credit runs a name into the next
            return doc[sp.start : t.i]
        if t.text == "(" and t.i > sp.start and not any(u.text == ")" for u in doc[t.i : sp.end]):
            return doc[sp.start : t.i]  # "Institute for Fiscal Studies (IFS": the acronym after it is an alias
        if t.text == ")" and t.i > sp.start and not any(u.text == "(" for u in doc[sp.start : t.i]):
            return doc[sp.start : t.i]  # "(Xyz Wire) -" tagged "Xyz Wire) -": the bracket closes before the name ends
        # a bare apostrophe only at the end ("Xyz Motors'"), since "Workers' Party" is a name
        if t.i > sp.start and ent.label_ != "PERSON" and (
                t.lower_ in ("'s", "’s") or (t.text in ("'", "’") and t.i == sp.end - 1)) \
                and not (t.i == sp.end - 2 and doc[t.i - 1].lower_ in _PEOPLE_WORDS and sp[-1].lower_ in _PARTY_WORDS
                         and sp[-1].is_title):
            return doc[sp.start : t.i]  # (not "People's Party", "Workers's Movement": the party's own name)
    return sp


# a party's name may own its members ("the People's Party", "the Workers' Party")
_PEOPLE_WORDS = frozenset({"people", "workers", "citizens", "farmers", "peasants", "women", "nation"})


def _possessed_name(doc: Doc, ent: Span, sp: Span) -> _M | None:
    """The person after a possessive the NER ran into an organization ("Xyz Weekly's Jane Roe")."""
    if ent.label_ == "PERSON" or sp.end >= ent.end or doc[sp.end].lower_ not in ("'s", "’s"):
        return None
    tail = doc[sp.end + 1 : ent.end]
    if not 2 <= len(tail) <= 3 or not all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in tail):
        return None
    if tail[-1].lower_ in _PARTY_WORDS or tail[-1].lower_ in ORG_HEADS:
        eid, canon = org_entity_id(tail.text)  # "Xyz's Renewal Party": the party or body someone leads
        return _M(tail.start, tail.end, eid, "organization", canon, priority=0)
    if any(lookup(t.text) is not None or persons.is_role_word(t) or t.lower_ in _COMPANY_WORDS for t in tail):
        return None
    return _M(tail.start, tail.end, "person:" + slug(tail.text), "person", tail.text, priority=3)


# last words of a political party's or movement's name, never of a person's
_PARTY_WORDS = frozenset({"party", "movement", "coalition", "alliance"})


_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lady", "lord",
                         # peerage titles that come before a name and are never given names themselves
                         "baroness", "countess", "viscount", "viscountess", "marchioness"})


# last words of a body sent to a country ("the United Nations Mission in South Sudan")
_MISSION_WORDS = frozenset({"mission", "office", "operation", "delegation", "programme", "program", "force"})


def _line_break_hyphens(doc: Doc) -> set[int]:
    """Tokens that are a hyphen cleaning kept at a line break ("Hollings-" / "worth": not a dictionary word
    when joined) with a lower-case word glued after it: a name's parts are capitalized, so a lower-case
    rest after a hyphen is the same word broken over the line, not a second name."""
    found = doc.user_data.get(_BREAKS_KEY)
    if found is None:  # (one pass per document; a dict, which a DocBin can store)
        document = doc._.document
        kept = {r.start for r in document.repairs if r.kind == "hyphen"} if document is not None else set()
        found = doc.user_data[_BREAKS_KEY] = dict.fromkeys(
            (t.i for t in doc[:-1] if kept and t.text == "-" and t.idx + 1 in kept and not t.whitespace_
             and doc[t.i + 1].is_lower and doc[t.i + 1].is_alpha), True)
    return set(found)


_BREAKS_KEY = "storyline.break_hyphens"


def _hyphen_joined(doc: Doc, i: int) -> bool:
    """`doc[i]` closes a hyphenated name part with no space around the hyphen ("Sang-chul", "Jae-in")."""
    return i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_


def _without_honorific(sp: Span) -> str:
    """A person's name without a leading "Mr."/"Ms."/"Dr." the mention includes ("Ms. Roe" is Roe,
    one id with every "Roe"; the mention keeps its whole extent)."""
    k = sp.start
    while k < sp.end - 1 and sp.doc[k].lower_.rstrip(".") in _HONORIFICS:
        k += 1
    breaks = _line_break_hyphens(sp.doc)
    if any(k < i < sp.end - 1 for i in breaks):  # "Jan Kowal-" / "ski" is Jan Kowalski
        return "".join(t.text_with_ws for t in sp.doc[k : sp.end] if t.i not in breaks).strip()
    marks = [t.i for t in sp.doc[k : sp.end] if t.text in _QUOTE_MARKS]
    if len(marks) == 2 and marks[0] > k and marks[1] < sp.end - 1:
        # 'James "Mad Dog" Rowe' is James Rowe: a quoted nickname is no part of the name
        return " ".join(t.text for t in sp.doc[k : sp.end] if not marks[0] <= t.i <= marks[1])
    return sp.doc[k : sp.end].text


# Words after a country name that make the whole a government body, which stays the country
# (metonymy: "the Xland Defence Ministry said" is Xland speaking), not a separate organization.
_GOVERNMENT_WORDS = frozenset({
    "ministry", "government", "army", "navy", "forces", "force", "military", "police", "parliament",
    "embassy", "consulate", "presidency", "state", "department", "office", "council", "senate", "congress",
    "court", "cabinet", "administration", "guard", "marines", "party", "republic", "kingdom", "federation",
    "mission", "delegation", "authorities", "authority", "agency", "service", "services", "central",
})


def _country_in_org_name(doc: Doc, sp: Span, gaz_at: dict[int, _M]) -> str | None:
    """ISO3 when an NER organization strictly extends a country or capital with other capitalized
    words ("Air Xland", "Xland Airlines", "Capitalcity Mutual"), so the whole name is the
    organization, not the country; None when the span holds anything else from the gazetteer."""
    inside = {id(m): m for i in range(sp.start, sp.end) if (m := gaz_at.get(i)) is not None}
    if len(inside) != 1:
        return None
    m = next(iter(inside.values()))
    entry = lookup(doc[m.start : m.end].text)
    if entry is None or entry.type != "country" or entry.kind not in ("country", "capital"):
        return None
    if not (sp.start <= m.start and m.end <= sp.end) or (m.start, m.end) == (sp.start, sp.end):
        return None
    rest = [t for t in sp if not m.start <= t.i < m.end]
    if sp.end < len(doc) and not doc[sp.end].is_sent_start and (
            doc[sp.end].ent_type_ == "PERSON" or (doc[sp.end].pos_ == "PROPN" and doc[sp.end].is_title)):
        return None  # the NER ran a country into a person's first name ("of Xland Jan" + "Novak")
    company = any(t.lower_.rstrip(".") in _COMPANY_WORDS or t.lower_.rstrip(".") in LEGAL_SUFFIXES for t in rest) \
        or (rest[0].i == m.end and _firm_tail(rest[0]) and rest[0].is_upper) \
        or rest[-1].lower_ in ("institute", "university", "foundation", "centre", "center", "school", "college") \
        or any(t.lower_ in _INSTITUTION_ENDS and t.i + 1 < sp.end and doc[t.i + 1].lower_ in ("for", "of")
               for t in rest[:1])  # "the Xland Institute for Defense Analyses": an institution and its field
    if not company and sum(1 for t in rest if t.i >= m.end) >= 2:
        return None  # "Xland Jan Novak": more than one plain word after the country may be a person
    if any(t.lower_ in _GOVERNMENT_WORDS or persons.is_role_word(t) for t in rest) \
            and not (rest[0].lower_ == "central" and len(rest) >= 2 and rest[1].lower_ == "bank"):
        return None  # (a state's "Central Bank of Xland" is a body of its own, like its other banks)
    if not all(t.is_title or t.is_upper or t.lower_ in ("of", "&", "-", "for", "the", "and") for t in rest):
        return None
    if not any(t.is_alpha and t.text[0].isupper() for t in rest):
        return None
    return m.country


# last words of a national body's name that a demonym opens ("the Argentine Football Association")
_ASSOCIATION_WORDS = frozenset({"association", "federation", "confederation", "union", "league", "society",
                                "chamber", "institute", "academy", "foundation", "railways", "airlines", "bar", "party"})


def _demonym_led_body(doc: Doc, sp: Span, gaz_at: dict[int, _M]) -> str | None:
    """ISO3 when an NER organization is a demonym and title-case words ending in an association's word
    ("the Argentine Football Association", "the Nigerian Bar Association"): a national body, whole,
    not the country (a government's own, "the Russian Defence Ministry", stays the country's)."""
    m = gaz_at.get(sp.start)
    if m is None or m.type != "country" or m.end - m.start != 1 or m.end >= sp.end or not m.country \
            or (hit := lookup(doc[m.start].text)) is None or hit.kind != "demonym":
        return None
    rest = doc[m.end : sp.end]
    if len(rest) >= 2 and _firm_tail(rest[-1]) and rest[-1].is_upper:
        rest = rest[:-1]  # "Polish Airlines LOT": the firm's acronym after its name
    if any(i in gaz_at for i in range(rest.start, rest.end)) or not all(t.is_title or t.lower_ in ("of", "and", "for", "'", "’")
                                                                        or (len(rest) == 1 and _firm_tail(t))
                                                                        for t in rest):
        return None
    if len(rest) == 1 and _firm_tail(rest[0]) and m.start == sp.start:
        return m.country  # "Saudi Aramco", "Emirati firm ENOC": a demonym and one firm's name or acronym
    if rest[-1].lower_ not in _ASSOCIATION_WORDS or any(t.lower_ in _GOVERNMENT_WORDS - {"party"} for t in rest):
        return None
    return m.country


_FORCE_NAME = re.compile(r"(?:(?:National|Defen[cs]e|Armed|Self-Defen[cs]e|People's|Border|Air|Naval|Ground|Land|Coast)\s+)+"
                         r"(?:Force|Forces|Army|Guard|Police)|Red Cross|Red Crescent|Navy|Army")


def _firm_tail(tok: Token) -> bool:
    """One word after a country or demonym that makes the pair a firm's name: an acronym ("NBD"), a
    company word ("Airways") or a proper name that is no role, government or common word ("Aramco")."""
    low = tok.lower_.rstrip(".")
    if low in _GOVERNMENT_WORDS or persons.is_role_word(tok) or lookup(tok.text) is not None:
        return False
    if tok.is_upper and tok.is_alpha and 2 <= len(tok) <= 5:
        return True
    if low in _COMPANY_WORDS or low in LEGAL_SUFFIXES or low in _FIRM_ONLY_WORDS:
        return True
    return tok.is_title and tok.is_alpha and tok.pos_ == "PROPN" and tok.ent_type_ == "ORG" \
        and not any(tok.lower_ == w.lower_ for w in tok.doc if w.is_lower)


def _listed_with_org(doc: Doc, sp: Span) -> bool:
    """An unlisted "place" coordinated with a name the NER took for an organization ("Apple and
    Nvidia", "Nvidia, Apple and Intel"): the items of a list are one kind of thing, and a real place
    would be in the gazetteer."""
    root = sp.root
    linked = [root.head] if root.dep_ == "conj" else []
    linked += [c for c in root.children if c.dep_ == "conj"]
    return any(t.ent_type_ == "ORG" and not (sp.start <= t.i < sp.end) for t in linked)


def _national_force(doc: Doc, sp: Span, gaz_at: dict[int, _M]) -> _M | None:
    """"Rwandan Defence Force", "Malian Armed Forces": a country (or its demonym) before a military's name
    is that country's force, an organization of its own with the country's id in its id (the bare
    "Defence Force" of two countries are two bodies)."""
    m = gaz_at.get(sp.start)
    if m is None or m.type != "country" or m.end >= sp.end or not m.country or any(
            (g := gaz_at.get(i)) is not None and g is not m for i in range(sp.start, sp.end)):
        return None
    rest = doc[m.end : sp.end]
    if not _FORCE_NAME.fullmatch(rest.text):
        return None
    return _M(sp.start, sp.end, f"org:{m.country.lower()}-{slug(rest.text)}", "organization", sp.text,
              country=m.country, priority=0)


_INSTITUTION_ENDS = frozenset({"institute", "university", "foundation", "centre", "center", "school", "college",
                               "museum", "observatory", "council", "society", "academy", "forum", "initiative"})


def _place_led_institution(doc: Doc, sp: Span, gaz_at: dict[int, _M]) -> bool:
    """An NER organization that opens with a gazetteer place that is not a country ("Baltic Security
    Institute", "Arctic Research Centre") and ends in an institution or company word: the whole is
    the organization, not the sea or region its first word names."""
    m = gaz_at.get(sp.start)
    if m is None or m.type != "location" or m.end >= sp.end or any(
            (g := gaz_at.get(i)) is not None and g is not m for i in range(sp.start, sp.end)):
        return False
    rest = doc[m.end : sp.end]
    last = rest[-1].lower_.rstrip(".")
    return all(t.is_title or t.is_upper or t.lower_ in ("of", "for", "and", "&") for t in rest) \
        and (last in _INSTITUTION_ENDS or last in _FIRM_TAIL_WORDS or last in _FIRM_ONLY_WORDS or last in ORG_HEADS)


# Last words that make an NER "person" a company ("Xyz Aircraft", "Xyz Airlines").
_COMPANY_WORDS = frozenset({
    "aircraft", "airplanes", "airlines", "airways", "aviation", "aerospace", "motors", "automotive",
    "computer", "computers", "systems", "industries", "electronics", "technologies", "technology",
    "pharmaceuticals", "records", "studios", "foods", "energy", "airline", "bank", "group", "holdings",
    "partners", "capital", "media", "networks", "software", "communications", "telecom", "air",
})


# Nouns that, right before a name, say the name is a business ("electronics retailer Xyz").
_FIRM_NOUNS = frozenset({
    "retailer", "airline", "carrier", "automaker", "carmaker", "manufacturer", "airframer", "maker",
    "firm", "company", "bank", "chain", "conglomerate", "subsidiary", "supplier", "insurer", "lender",
    "label", "band", "studio", "publisher", "broadcaster", "operator", "giant", "startup", "corporation",
    # industry nouns that name firms, not trades people hold ("shipbuilder Xyz"; not "producer", "miner")
    "shipbuilder", "shipyard", "contractor", "exporter", "importer", "refiner", "drugmaker", "chipmaker",
    "planemaker", "distributor", "wholesaler", "brewer",
})
# Lower-case nouns for bodies that, right before a name, say what kind of body it is ("the union Xyz")
_BODY_KIND_NOUNS = frozenset({"association", "group", "union", "party", "agency", "federation", "consortium",
                              "alliance", "cooperative", "syndicate"})
# Verbs whose subject is an agent, never a place: a name the NER calls GPE but not in the
# gazetteer ("Xyz sues Acme", "Xyz states that ...") is an organization.
_AGENT_VERBS = frozenset({
    "sue", "say", "state", "claim", "announce", "file", "sell", "buy", "acquire", "own", "launch",
    "release", "manufacture", "hire", "deny", "confirm", "argue", "allege", "accuse",
})


# Bodies named after their place ("the Xtown Port Workers' Federation", "Xtown City Council"): the first
# word alone is the place, not the body.
_PLACE_NAMED_BODIES = _INSTITUTION_ENDS | frozenset({
    "union", "federation", "association", "authority", "board", "league", "chamber", "assembly", "court",
    "police", "hospital", "port", "airport", "commission", "district", "municipality", "parliament", "diocese",
})


# last words of a state body whose name goes on with "of Xland" ("the Supreme Court of Kenya")
# (not a ministry or armed service: `_home_ministries` and `_national_services` give those the country's id)
_NATIONAL_BODY_HEADS = frozenset({
    "court", "tribunal", "commission", "committee", "board", "bureau", "council", "parliament", "senate", "assembly",
    "congress", "party", "authority", "agency", "institute", "university", "academy", "society", "federation",
    "association", "league", "chamber"})


# words before "of Xland" that make the country part of a body's name ("Bank of Xland", "Church of Xland",
# "Friends of Xland"), unlike a firm's own name before it ("Hapag-Lloyd of Germany": the firm and its home)
_OF_COUNTRY_HEADS = ORG_HEADS | _GOVERNMENT_WORDS | _INSTITUTION_ENDS | _COMPANY_WORDS | _PLACE_NAMED_BODIES \
    | _BODY_KIND_NOUNS | _ASSOCIATION_WORDS | _PARTY_WORDS | frozenset({
        "church", "commonwealth", "friends", "people", "peoples", "sons", "daughters", "order", "house", "bar",
        "coalition", "front", "congress", "exchange", "chamber", "corporation", "organisation", "organization",
        "trust", "mission", "province", "emirate", "sultanate", "principality", "state", "states", "kingdom",
        "republic", "duchy", "island", "islands", "bishop", "archbishop", "diocese", "lodge", "guild", "club"})


def _firm_of_country(doc: Doc, sp: Span, gaz_at: dict[int, _M]) -> int | None:
    """End of the firm's own name in an NER organization "Xyz of Xland" that ends in a country ("Hapag-Lloyd
    of Germany", "Evergreen Marine of Taiwan" is not split: "Marine" may head a name): one to three
    capitalized name words, none a role, a body's head noun or a gazetteer name, then "of" and the country."""
    k = next((i for i in range(sp.start + 1, sp.end - 1) if doc[i].lower_ == "of"), None)
    if k is None or k - sp.start > 3 or (g := gaz_at.get(k + 1)) is None or g.start != k + 1 or g.end != sp.end \
            or g.type != "country" or (hit := lookup(doc[g.start : g.end].text)) is None or hit.kind != "country":
        return None
    pre = doc[sp.start : k]
    if doc[k - 1].tag_ == "NNPS" or doc[g.start : g.end].text == "America":
        return None  # "Gun Owners of America", "Girl Scouts of America": US bodies name themselves so
    if any(i in gaz_at for i in range(pre.start, pre.end)) or not all(t.is_title or t.is_upper or t.text in ("-", "&")
                                                                      or (t.is_alpha and t.text[:1].isupper()) for t in pre) \
            or any(t.lower_.rstrip(".") in _OF_COUNTRY_HEADS or persons.is_role_word(t) or t.lower_ in LEGAL_SUFFIXES
                   or t.lower_ in _RANK_WORDS or t.lower_ in persons.PORTFOLIO_WORDS for t in pre):
        return None
    return k


def _firm_names(doc: Doc, surnames: set[str]) -> dict[str, str]:
    """Surface text -> organization id for NER PERSON/GPE names that the document shows to be firms
    (every occurrence of that text follows): the first word of a longer NER organization name
    ("Xyz" after "Xyz Capital Management", same id), a name right after a business noun
    ("retailer Xyz"), a plural after "the" ("the Xyzs": a band or team; people take no article), a one-word "place"
    that sues, states or sells. Gazetteer names, surnames and titled names keep their type."""
    firsts: dict[str, tuple[str, bool]] = {}  # first word -> (org id, the name reduces to that word)
    for e in doc.ents:
        o = _strip_ent(doc, e)
        if e.label_ == "ORG" and len(o) >= 2 and o[0].is_title and o[0].text not in surnames \
                and o[-1].lower_ not in _PLACE_NAMED_BODIES:
            eid, canon = org_entity_id(o.text)
            firsts.setdefault(o[0].text, (eid, canon == o[0].text))
    out: dict[str, str] = {}
    for e in doc.ents:
        if e.label_ not in ("PERSON", "GPE", "PRODUCT"):
            continue
        sp = _strip_ent(doc, e)
        if not len(sp) or sp.text in out or lookup(sp.text) is not None \
                or any(persons.is_role_word(t) or lookup(t.text) is not None for t in sp) or _human_apposition(sp):
            continue
        prev = doc[sp.start - 1] if sp.start > 0 else None
        root = sp.root
        # a "place" only when the longer name is the same firm ("Xyz Systems"), not "Xyz Theater"
        if len(sp) == 1 and sp.text in firsts and (e.label_ == "PERSON" or firsts[sp.text][1]):
            out[sp.text] = firsts[sp.text][0]
            continue
        after_firm_noun = prev is not None and prev.lower_ in _FIRM_NOUNS and prev.pos_ == "NOUN"
        # "shipping line Xyz", "ferry line Xyz": a carrier, whatever the NER calls it
        after_firm_noun |= prev is not None and prev.lower_ == "line" and sp.start >= 2 \
            and doc[sp.start - 2].lower_ in ("shipping", "container", "cruise", "ferry", "bus")
        # "the shipping association Xyz Cargo", "the union Xyz": a body introduced by its kind
        after_firm_noun |= prev is not None and prev.is_lower and prev.pos_ == "NOUN" and prev.lower_ in _BODY_KIND_NOUNS
        acting_product = e.label_ == "PRODUCT" and len(sp) == 1 and _product_acts_as_firm(doc, sp)
        if e.label_ == "PRODUCT" and not (after_firm_noun or acting_product):
            continue  # a product is a firm only where a business noun or its use says so ("carmaker Xyz")
        # "mall owner Xyz", "stadium owner Xyz": an owner of a business named by one word is a firm
        # (a person owning one is named in full: "restaurant owner Jane Roe")
        after_firm_noun |= prev is not None and prev.lower_ == "owner" and len(sp) == 1 \
            and sp.text not in surnames and sp.start >= 2 and doc[sp.start - 2].pos_ in ("NOUN", "PROPN") \
            and doc[sp.start - 2].lower_ not in persons.ROLE_HEADS
        plural_after_the = e.label_ == "PERSON" and prev is not None and prev.lower_ == "the" and sp[-1].text.endswith("s")
        agent_place = e.label_ == "GPE" and len(sp) == 1 and root.dep_ in ("nsubj", "nsubjpass") \
            and root.head.lemma_.lower() in _AGENT_VERBS
        if after_firm_noun or plural_after_the or agent_place or acting_product or _owns_corporate_post(doc, sp):
            out[sp.text] = org_entity_id(sp.text)[0]
    return out


# verbs a firm does and a product never does, as their subject ("Xyz said", "Xyz warned")
_FIRM_SPEECH = frozenset({"say", "tell", "add", "warn", "announce", "report", "confirm", "deny", "expect", "plan",
                          "decline", "state", "forecast", "estimate"})


def _product_acts_as_firm(doc: Doc, sp: Span) -> bool:
    """A one-word NER product that speaks or reports ("Xyz said", "Xyz warned"), whose shares trade ("shares
    in Xyz", "Xyz shares") or whose staff are named by it ("Xyz chief executive", "a Xyz spokesman"): the
    small model takes some firms' names for products, and a product does none of these."""
    root = sp.root
    if sp[0].lower_ in _TITLE_ADJECTIVES or sp[0].lower_ in _OF_COUNTRY_HEADS or persons.is_role_word(sp[0]):
        return False  # ("Family spokesman X": whose spokesman, in a common noun the sentence capitalized)
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in _FIRM_SPEECH:
        return True
    if _listed_shares(sp) or _owns_corporate_post(doc, sp) or (
            root.dep_ == "pobj" and root.head.lower_ == "in" and root.head.head.lower_ in _SHARE_WORDS):
        return True
    nxt = [t.lower_ for t in doc[sp.end : sp.end + 2]]
    return bool(nxt) and (nxt[0] in _BODY_STAFF or nxt[0] in _CORPORATE_POSTS or nxt == ["chief", "executive"])


# what only a company has ("Xyz's chief executive", "Xyz's shareholders")
_CORPORATE_POSTS = frozenset({"ceo", "cfo", "coo", "cto", "shareholders", "subsidiary", "headquarters"})


def _owns_corporate_post(doc: Doc, sp: Span) -> bool:
    """A one-word name with a company's post after its possessive ("Xyz's chief executive", "Xyz's
    CEO"): a firm, whatever the NER calls it."""
    k = sp.end
    if len(sp) != 1 or k + 1 >= len(doc) or doc[k].text not in ("'s", "’s"):
        return False
    nxt = doc[k + 1 : k + 4]
    words = [t.lower_ for t in nxt]
    if words[:1] and words[0] in ("new", "former", "then", "interim", "acting"):
        words = words[1:]
    return bool(words) and (words[0] in _CORPORATE_POSTS or words[:2] == ["chief", "executive"]
                            or words[:3] == ["chief", "financial", "officer"])


# Nouns that, right before a name, say it is a news outlet ("the newspaper Xyz", "broadcaster Xyz");
# and last words of outlet names ("The Harbor Times", "Radio Xyz" is its first word).
_OUTLET_NOUNS = frozenset({"newspaper", "daily", "weekly", "tabloid", "broadcaster", "magazine", "newsweekly",
                           "website", "outlet", "newswire", "paper"})
_OUTLET_NAME_WORDS = frozenset({"times", "post", "herald", "gazette", "tribune", "journal", "daily", "news", "ledger", "courant", "press",
                                "chronicle", "telegraph", "observer", "courier", "examiner", "inquirer", "dispatch",
                                "radio", "tv", "television", "broadcasting", "newswire", "weekly", "wire"})


def _outlet_short_form(doc: Doc, sp: Span) -> Span | None:
    """"the Standard", "the Courant": an outlet's last word after "the", where the story names the outlet
    in full ("the Xtown Standard reported"), is that outlet (as a firm's short form is the firm)."""
    if len(sp) != 1 or not sp[0].is_title or sp.start == 0 or doc[sp.start - 1].lower_ != "the" \
            or sp[0].lower_ not in _OUTLET_NAME_WORDS | _AMBIGUOUS_PAPER_WORDS:
        return None
    for ent in doc.ents:
        full = _strip_ent(doc, ent)
        if len(full) >= 2 and full[-1].text == sp[0].text and full.start != sp.start \
                and full[0].is_title and _is_outlet(doc, full):
            return full
    return None


def _the_paper(doc: Doc, sp: Span) -> bool:
    """"the Herald", "the Courier" (and "the Herald on Sunday"): one outlet word after "the" is a
    newspaper, never a person."""
    return len(sp) == 1 and sp.start > 0 and doc[sp.start - 1].lower_ == "the" and sp[0].is_title \
        and sp[0].lower_ in _OUTLET_NAME_WORDS - {"news", "press", "radio", "tv", "television", "daily", "weekly"}


def _sunday_edition(doc: Doc, sp: Span) -> Span | None:
    """"the Herald on Sunday", "the Mail on Sunday": a paper's weekend edition, named with its day.
    Such titles are printed papers taking "the"; "told CBS News on Sunday" is a network and a date."""
    e = sp.end
    if e + 1 >= len(doc) or doc[e].text != "on" or doc[e + 1].text not in ("Sunday", "Saturday") or not sp[-1].is_title:
        return None
    if sp[-1].lower_ not in _OUTLET_NAME_WORDS - _BROADCAST_WORDS | {"mail", "independent", "express", "mirror", "star",
                                                                       "sun"}:
        return None
    if sp.start == 0 or doc[sp.start - 1].lower_ != "the":
        return None
    return doc[sp.start : e + 2]


# outlet words of networks and news sites, which have no weekend edition named "X on Sunday"
_BROADCAST_WORDS = frozenset({"news", "radio", "tv", "television", "channel", "network", "online"})


def _own_outlet(doc: Doc, sp: Span) -> bool:
    """The name is the outlet that published the article (its dateline's wire or its given source)."""
    document = doc._.document
    source = getattr(document, "source", None)
    return bool(source) and sp.text == source


def _dateline_agency(doc: Doc, cands: list[_M]) -> list[_M]:
    """The wire a dateline names ("NAIROBI, Oct. 2 (Xyz Wire) -") is a news outlet, also when the NER
    tags nothing there: the story's source speaks for it."""
    text = doc_text(doc)
    line = 0
    for _ in range(6):  # a dateline opens the story, after its title and byline lines at most
        end = dateline_end(text, line)
        if end is not None:
            out: list[_M] = []
            city = re.match(r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*(?=,| \(| [-—–])", text[line:end])
            sp = doc.char_span(line + city.start(), line + city.end()) if city else None
            if sp is not None and not any(c.start < sp.end and sp.start < c.end for c in cands):
                # "GOMA, Congo, March 3 -" with no entity from the NER: the place of filing
                town = " ".join(w.capitalize() for w in sp.text.split())
                hit = lookup(town)
                out.append(_M(sp.start, sp.end, "location:" + slug(sp.text), "location", town,
                              country=hit.country if hit is not None else None, priority=0))
            m = re.search(r"\(([A-Z][^()\n]{1,40})\)", text[line:end])
            sp = doc.char_span(line + m.start(1), line + m.end(1)) if m else None
            if sp is not None and not any(c.start < sp.end and sp.start < c.end for c in cands):
                eid, canon = org_entity_id(sp.text)
                out.append(_M(sp.start, sp.end, "media:" + eid.split(":", 1)[1], "media", canon, priority=0))
            return out
        line = text.find("\n", line) + 1
        if line == 0:
            break
    return []


def _outlet_not_surname(doc: Doc, sp: Span) -> bool:
    """A PERSON from the NER that is an outlet: it ends in an outlet word no surname is ("Xyz Wire",
    "Xyz Broadcasting"), or it sits in the brackets that close a dateline ("LAGOS (Xyz Agency) -")."""
    if len(sp) >= 2 and sp[-1].is_title and sp[-1].lower_ in ("wire", "newswire", "broadcasting", "television", "tv"):
        return True
    if sp.start == 0 or doc[sp.start - 1].text != "(" or sp.end >= len(doc) or doc[sp.end].text != ")":
        return False
    text = doc_text(doc)
    line = text.rfind("\n", 0, sp.start_char) + 1
    end = dateline_end(text, line)
    return end is not None and end >= sp.end_char


_REPORTING = frozenset({"report", "write", "broadcast", "tweet", "post"})


def _with_untagged_words(doc: Doc, sp: Span) -> Span:
    """The span with the title-case words right before it that the NER left out ("[Nation] Africa")."""
    k = sp.start
    while k > 0 and k > sp.start - 3 and doc[k - 1].is_title and doc[k - 1].is_alpha and doc[k - 1].pos_ == "PROPN" \
            and doc[k - 1].ent_iob_ == "O" and lookup(doc[k - 1].text) is None:
        k -= 1
    return doc[k : sp.end]


def _reporter_possessive(doc: Doc, sp: Span) -> bool:
    """"Xyz's Jane Roe reported that …": a name before the possessive of a person who reports or writes."""
    e = sp.end
    if e + 2 >= len(doc) or doc[e].lower_ not in ("'s", "’s") or doc[e + 1].ent_type_ != "PERSON" \
            or doc[e + 1].ent_iob_ != "B":
        return False
    k = e + 2
    while k < len(doc) and doc[k].ent_iob_ == "I":
        k += 1
    return k < len(doc) and doc[k].pos_ in ("VERB", "AUX") and doc[k].lemma_.lower() in _REPORTING


# last words of papers' names that also name other things ("Xyz Mail" may be a postal service, "Xyz
# Review" a government review): an outlet only where the text uses the name as one
_AMBIGUOUS_PAPER_WORDS = frozenset({"mail", "star", "standard", "independent", "review", "express", "mirror", "sun",
                                    "record", "voice", "echo"})
_OUTLET_VERBS = frozenset({"report", "write", "tell", "publish", "quote", "cite", "broadcast"})


def _used_as_outlet(doc: Doc, sp: Span) -> bool:
    """Some mention of the name reports, writes or tells, or is what something is "according to"."""
    for k in range(len(doc) - len(sp) + 1):
        if doc[k : k + len(sp)].text != sp.text:
            continue
        root = doc[k : k + len(sp)].root
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in _OUTLET_VERBS:
            return True
        if root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() == "tell":
            return True  # "told the Xtown Star": an interview given to a paper
        j = k - 1 if k > 0 and doc[k - 1].lower_ == "the" else k
        if j >= 2 and doc[j - 1].lower_ == "to" and doc[j - 2].lower_ == "according":
            return True
    return False


def _introduced_as_outlet(doc: Doc, sp: Span) -> bool:
    """"the newspaper X", "the daily X", "the Croatian daily X", "news agency X", "radio station X"."""
    prev = doc[sp.start - 1] if sp.start > 0 else None
    before = doc[sp.start - 2] if sp.start > 1 else None
    b = before.lower_ if before is not None else ""
    national = before is not None and before.is_title and (hit := lookup(before.text)) is not None \
        and hit.kind == "demonym"
    return prev is not None and (prev.pos_ == "NOUN" or b in ("the", "a", "its", "local", "state") or national) and (
        prev.lower_ in _OUTLET_NOUNS or (prev.lower_ == "agency" and b == "news")
        or (prev.lower_ in ("station", "channel", "network") and b in ("radio", "tv", "television", "news")))


def _is_outlet(doc: Doc, sp: Span) -> bool:
    """An organization name that is a news outlet not in the gazetteer: introduced as one ("the
    newspaper Xyz", "news agency Xyz", "Xyz, a local newspaper") or named like one ("The Harbor
    Times", "Radio Xyz"). Outlets are `media`, which is what makes "according to Xyz" a `via`."""
    if _introduced_as_outlet(doc, sp):
        return True
    if len(sp) >= 2 and (sp[-1].lower_ in _OUTLET_NAME_WORDS or sp[0].lower_ == "radio"
                         or any(t.lower_ == "news" for t in sp[1:])):
        return True  # ("Xyz News Service", "Xyz News Agency": a name with "News" after its first word)
    if len(sp) >= 2 and sp[-1].is_title and sp[-1].lower_ in _AMBIGUOUS_PAPER_WORDS and _used_as_outlet(doc, sp):
        return True  # "the Cyprus Mail reported", "according to the Xtown Star" (not "Xyz Mail, the postal service")
    root = sp.root
    if root.dep_ == "pobj" and root.head.lower_ in ("with", "to") and root.head.head.lemma_.lower() == "interview":
        return True  # "in an interview with Xyz": an organization interviewing is an outlet
    appos = next((c for c in root.children if c.dep_ == "appos" and c.i >= sp.end), None)
    # a common noun ("Xyz, a local newspaper"), not a name: "RABAT, Oct 12 (Newswire)" is a place and its wire
    return appos is not None and appos.is_lower and appos.lemma_.lower() in _OUTLET_NOUNS


# last words of sports clubs' names ("Harrow Rovers", "Xtown Athletic"), never of a person's
_SITE_NOUNS = frozenset({"clinic", "hospital", "camp", "office", "base", "school", "prison", "airport", "port",
                         "embassy", "factory", "plant", "headquarters", "mine", "refinery", "warehouse", "church",
                         "mosque", "market", "station", "border", "crossing", "checkpoint", "offices", "camps",
                         "home", "residence", "hometown"})
# portfolio words that PORTFOLIO_WORDS leaves out (nouns of ministers' titles: "Mineral Resources")
_PORTFOLIO_NOUNS = frozenset({"mineral", "natural", "forestry", "land", "lands", "reform", "oceans", "wildlife",
                              "sports", "welfare", "family", "transportation", "communication", "service",
                              "administration", "electricity", "aviation"})
_GEO_NOUNS = frozenset({"corridor", "region", "valley", "river", "province", "district", "basin", "strait",
                        "mountains", "highway", "peninsula", "delta", "plateau", "gorge"})
# people and parts of a town, after which "of Xyz" names the town ("residents of Xyz")
_DWELLERS = frozenset({"resident", "villager", "inhabitant", "townspeople", "outskirts", "suburb", "mayor",
                       "streets", "centre", "center", "governor", "province", "town", "village"})
# people said to be "from" a town ("a woman from Xtown"; not "an official from Xco", who works there)
_FROM_PEOPLE = frozenset({"man", "woman", "boy", "girl", "child", "teenager", "pensioner", "mother", "father",
                          "family", "couple", "resident", "grandmother", "grandfather", "student"})
_CLUB_WORDS = frozenset({"rovers", "wanderers", "athletic", "albion", "united", "rangers", "hotspur", "fc", "afc"})
# staff that work for a firm, so a name before them is the firm's ("the Brookfield analyst")
_FIRM_STAFF = frozenset({"analyst", "analysts", "economist", "economists", "strategist", "strategists",
                         "engineer", "engineers", "employee", "employees", "executive", "executives"})


_FACILITY_WORDS = frozenset({"mill", "hall", "farm", "bridge", "tower", "house", "works", "yard", "park", "road",
                             "street", "square", "estate", "centre", "center", "building", "stadium", "arena",
                             "hotel", "castle", "manor", "colliery", "quarry", "reservoir", "dam"})


def _after_the(doc: Doc, sp: Span) -> bool:
    """The name follows "the" (maybe with one adjective): people are not "the old X" ("the late X" is)."""
    i = sp.start - 1
    if i >= 0 and doc[i].pos_ == "ADJ" and doc[i].lower_ not in ("late", "young", "former", "elder", "younger",
                                                                  "great", "then", "old-time"):
        i -= 1
    return i >= 0 and doc[i].lower_ == "the"


def _initials_follow(doc: Doc, sp: Span) -> bool:
    """The name's initials in brackets right after it ("Xyz Sans Abc (XSA)"): people have none."""
    e = sp.end
    if e + 2 >= len(doc) or doc[e].text != "(" or doc[e + 2].text != ")":
        return False
    initials = "".join(t.text[0] for t in sp if t.text[:1].isupper())
    return doc[e + 1].is_upper and len(initials) >= 2 and doc[e + 1].text == initials


def _firm_premodifier(doc: Doc, sp: Span) -> bool:
    """A one-word name right before a firm's staff noun, after "the"/"a" ("the Brookfield
    analyst", "a Helix executive"): the firm the staff work for (a person has advisers, not analysts)."""
    e = sp.end
    return e < len(doc) and doc[e].lower_ in _FIRM_STAFF and sp.start > 0 \
        and doc[sp.start - 1].lower_ in ("the", "a", "an", "two", "three", "several", "other")


# Plural last words of firms' names that no family name ends in ("Kestrel Yards", "Xyz Mills"); title case only
_FIRM_PLURAL_TAILS = frozenset({"yards", "shipyards", "works", "labs", "foods", "industries", "airways",
                                "airlines", "motors", "systems", "logistics", "holdings", "partners", "mining"})
# (not "Mills", "Banks": family names as well)

# Lower-case nouns for a local business, yard or court that a town's name premodifies ("a Rotterdam
# towing firm", "the Xtown shipyard", "a Hamburg court"); a person's name before them is rare and is
# then a known surname in the story ("a Musk company" after "Elon Musk")
_LOCAL_BODY_NOUNS = frozenset({"firm", "company", "shipyard", "yard", "court", "tribunal", "port", "harbour", "harbor",
                               "hospital", "factory", "plant", "mill", "brewery", "refinery", "airport", "prison",
                               "council", "insurer", "lender", "bank", "shipowner", "operator", "startup", "dock",
                               "docks", "terminal", "warehouse", "university", "school", "authority", "police"})


def _story_surname(doc: Doc, word: str) -> bool:
    """The word is the last name of a fuller person's name in the story, or follows an honorific."""
    return any(e.label_ == "PERSON" and len(e) >= 2 and e[-1].text == word for e in doc.ents) \
        or any(t.text == word and t.i > 0 and doc[t.i - 1].lower_.rstrip(".") in _HONORIFICS for t in doc)


def _town_premodifier(doc: Doc, sp: Span) -> bool:
    """A one-word name before "-based" or before the lower-case noun of a local firm, yard or court
    after "a"/"the" ("a Rotterdam towing firm", "a Xtown shipyard"): the town it is in, not a person."""
    e, word = sp.end, sp.text
    if e + 1 < len(doc) and doc[e].text == "-" and doc[e + 1].lower_ == "based" and not sp[0].whitespace_:
        return not _story_surname(doc, word)
    root = sp.root
    head = root.head
    if root.dep_ not in ("compound", "nmod", "amod") or head.i < e or head.i > e + 2 or not head.is_lower \
            or head.lemma_.lower() not in _LOCAL_BODY_NOUNS or sp.start == 0 \
            or doc[sp.start - 1].lower_ not in ("a", "an", "the") or _says_he_or_she(sp):
        return False
    return all(t.is_lower for t in doc[e : head.i]) and not _story_surname(doc, word)


def _unnamed_the_word(doc: Doc, sp: Span) -> bool:
    """One capitalized word after "the", never without it in the story, no given name, honorific or
    "he"/"she" with it ("stranded on the Danube"): a river, sea or landmark, not a person ("the
    Smiths", a family or band, is dealt with elsewhere)."""
    word = sp.text
    if not sp[0].is_title or not sp[0].is_alpha or word.endswith("s") or sp.start == 0 \
            or doc[sp.start - 1].lower_ != "the" or persons.is_role_word(sp[0]) or _says_he_or_she(sp) \
            or _story_surname(doc, word):
        return False
    # every use is "the X" heading its own phrase ("the Obama administration" uses a person's name as a modifier)
    return all(t.i > 0 and doc[t.i - 1].lower_ == "the" and t.dep_ not in ("compound", "nmod", "amod", "poss")
               and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("NOUN", "PROPN"))
               for t in doc if t.text == word)


def _person_or_not(doc: Doc, sp: Span, org_texts: set[str], place_texts: frozenset[str] | set[str] = frozenset()) -> str:
    """Second opinion on an NER PERSON: "ORG" for a company name ("Xyz Airlines", "Xyz Inc." or a
    one-word name the NER also tags ORG in the same document), "LOC" for a one-word name used as a
    place ("flew to Xyz", "Xyz, Xland", "from Xyz in Xland"), else "PERSON"."""
    last = sp[-1].lower_.replace(".", "")
    if len(sp) >= 2 and (last in _COMPANY_WORDS or last in LEGAL_SUFFIXES or last in _FIRM_ONLY_WORDS
                         or (last in _FIRM_PLURAL_TAILS and sp[-1].is_title) or last in _CLUB_WORDS or sp[-1].text in ("Town", "City")
                         or (sp[-1].is_title and last in _PARTY_WORDS)):
        return "ORG"  # ("Vantor Robotics", "Harrow Rovers", "Xyz Town": a club; "Renewal Party": a party, not a person)
    if len(sp) >= 2 and sp[-1].lower_ in _FACILITY_WORDS and _after_the(doc, sp):
        return "LOC"  # "the old Hartley Mill", "the Xyz Arena": a building named after someone
    if len(sp) >= 2 and _initials_follow(doc, sp):
        return "ORG"  # "Médecins Sans Frontières (MSF)": a body's name with its acronym after it
    if len(sp) == 1 and _firm_premodifier(doc, sp):
        return "ORG"  # "Park, the Brookfield analyst,": the firm an analyst works for
    if len(sp) >= 2 and last in ("county", "township", "parish", "province", "district") and sp[-1].is_title:
        return "LOC"  # "Brown County": a place named after someone
    if len(sp) != 1:
        return "PERSON"
    if sp.text in org_texts or _club_premodifier(doc, sp.text):
        return "ORG"
    titled = sp.start > 0 and (persons.is_role_word(doc[sp.start - 1]) or doc[sp.start - 1].lower_.rstrip(".") in _HONORIFICS)
    if sp[0].is_title and sp[0].lower_ not in persons.GIVEN_NAME_SEX and not _story_surname(doc, sp.text) and not titled:
        if _says_it(sp) or _staff_of(doc, sp) or _paired_with_body(sp):
            # "a spokesman for Xyz", "Xyz said it would", "Acme and Xyz bid": a one-word name never given in full is a body
            return "ORG"
        root = sp.root
        if gazetteer.city_country(sp.text) is not None and root.dep_ in ("compound", "nmod") and root.head.i == sp.end \
                and root.head.is_lower and root.head.lemma_.lower() in _LOCAL_BODY_NOUNS:
            return "LOC"  # "Xtown port handled": a listed city before its port, court or council
        if _city_as_place(sp):
            return "LOC"  # "Xtown officials said", "Xtown's mayor": a listed city whose people or offices these are
    if _town_premodifier(doc, sp) or _unnamed_the_word(doc, sp):
        return "LOC"  # "a Rotterdam towing firm", "a Xtown-based insurer", "barges on the Danube"
    if sp.text in place_texts and sp.root.dep_ == "pobj":
        return "LOC"  # "good for Xtown" after "councillors in Xtown": the NER's place elsewhere
    nxt = sp.end
    if nxt + 1 < len(doc) and (doc[nxt].text == "," or (doc[nxt].lower_ == "in" and sp.root.dep_ == "pobj")) \
            and (e := lookup(doc[nxt + 1].text)) is not None and e.type == "country" and e.kind == "country":
        return "LOC"  # "to Xtown, Xland", "from Xtown in Xland"
    root = sp.root  # not "in"/"under" + name: "confidence in Xyz", "under Xyz" are people
    owner = root.head.head.lemma_.lower()
    if root.dep_ == "pobj" and (root.head.lower_ in ("near", "outside") or (root.head.lower_ in ("in", "at") and (
            owner in _HUMAN_NOUNS or owner in persons.ROLE_HEADS or owner in _SITE_NOUNS))):
        return "LOC"  # "a UN official in Xyz", "its clinic in Xyz", "near Xyz": people and sites are placed
    if root.dep_ == "pobj" and root.head.lower_ in ("to", "from") and root.head.head.lemma_.lower() in MOTION_WORDS:
        return "LOC"
    if root.dep_ == "compound" and root.head.i == sp.end and root.head.lemma_.lower() in _GEO_NOUNS:
        return "LOC"  # "the Xyz corridor", "the Xyz valley": a place named by its region
    if root.dep_ == "pobj" and root.head.lower_ == "of" and owner in _DWELLERS:
        return "LOC"  # "residents of Xyz", "the mayor of Xyz"
    if root.dep_ == "pobj" and root.head.lower_ == "in" and root.head.head.pos_ == "VERB" \
            and root.head.head.lemma_.lower() not in _IN_PERSON_VERBS and not _says_he_or_she(sp):
        return "LOC"  # "conceded in Bolton", "was born in Grimsby": where a thing happened
    return "PERSON"


_MINISTER_WORDS = frozenset({"minister", "secretary", "commissioner"})


def _in_portfolio(doc: Doc, i: int) -> bool:
    """`doc[i]` is a word of a minister's portfolio: "Minister for Health and [Children]", "Secretary of
    State for [Energy]" (the NER often runs the portfolio into the name after it)."""
    if doc[i].lower_ not in persons.PORTFOLIO_WORDS:
        return False
    j = i - 1
    while j > 1 and j > i - 5 and doc[j].lower_ in persons.PORTFOLIO_WORDS:
        j -= 1
    return j >= 1 and doc[j].lower_ in ("for", "of") and persons.is_role_word(doc[j - 1])


# who a club has ("Brentford manager X", "Xtown striker Y"): the word before them names a team
# (not "supporters", "fans" or "defender": a politician has those too)
_CLUB_STAFF = frozenset({"manager", "coach", "boss", "striker", "goalkeeper", "midfielder", "winger",
                         "quarterback", "pitcher", "skipper", "fly-half", "flanker", "chairman", "captain"})


# verbs whose "in X" may be a person ("believed in Roe", "confided in Roe")
_IN_PERSON_VERBS = frozenset({"believe", "trust", "confide", "invest", "interest", "participate", "succeed",
                              "result", "star", "cast", "find", "see", "recognize", "recognise"})


def _club_premodifier(doc: Doc, word: str) -> bool:
    """A one-word name that somewhere in the story stands right before a club's staff noun
    ("Brentford manager Thomas Frank") is the team, also where the NER calls it a person
    ("Brentford won 1-0")."""
    clubs = doc.user_data.get(_CLUBS_KEY)
    if clubs is None:  # (one pass per document, not one per name)
        clubs = doc.user_data[_CLUBS_KEY] = dict.fromkeys(  # (a dict, which a DocBin can store)
            (t.text for t in doc[:-1] if doc[t.i + 1].lower_ in _CLUB_STAFF and doc[t.i + 1].is_lower), True)
    return word in clubs


_CLUBS_KEY = "storyline.club_words"


def _place_led_club(sp: Span, gaz_at: dict[int, _M]) -> bool:
    """A known town or country word opening a longer name with a plural noun or an "of" that is not a
    body's ("Accra Hearts of Oak", "Lagos Rangers Athletic"): a club, not a person nor the place. A
    place-led body ("Kenya Ports Authority") has its own path, which names its country."""
    g = gaz_at.get(sp.start)
    if g is None or g.end != sp.start + 1 or g.type not in ("country", "location") or len(sp) < 3:
        return False
    if not all(t.is_title or t.lower_ == "of" for t in sp):
        return False
    if any(t.lower_ in ORG_HEADS or t.lower_ in _BODY_TAILS or t.i in gaz_at for t in sp[1:]):
        return False
    return any(t.tag_ == "NNPS" or t.lower_ == "of" for t in sp[1:])


def _role_prefixed_person(doc: Doc, sp: Span) -> _M | None:
    """"Spokeswoman Jane Roe" (or a headline's "Quarterback Roe") tagged as one entity: the name after the
    capitalized role words is a person."""
    k = sp.start
    while k < sp.end and (persons.is_role_word(doc[k]) or (k > sp.start and doc[k].lower_ in persons.TITLE_GLUE)):
        k += 1
    if k == sp.start and _in_portfolio(doc, sp.start):
        # "Minister for Energy Jane Roe" with "Energy Jane Roe" tagged as one body: the portfolio is the role's
        while k < sp.end - 2 and doc[k].lower_ in persons.PORTFOLIO_WORDS:
            k += 1
        if k == sp.start:
            return None
    elif k == sp.start or not any(persons.is_role_word(doc[i]) for i in range(sp.start, k)):
        return None
    rest = doc[k : sp.end]
    if k == sp.start + 1 and len(rest) == 1 and doc[sp.start].is_title and doc[sp.start].lower_ in persons.GIVEN_NAME_SEX:
        rest = sp  # "Dean Hollis": a role word that is also a given name, before one name, is the given name
    # a hyphenated given name ("Anne-Laure") counts as one word; lower-case particles inside a name
    # ("Tamim bin Hamad Al Thani", "Maria de la Cruz") count for none, and allow one word more
    words = [t for t in rest if not (rest.start < t.i < rest.end - 1 and _hyphen_joined(doc, t.i + 1))]
    particles = [t for t in words[1:-1] if t.is_lower and t.lower_ in _NAME_PARTICLES]
    words = [t for t in words if t not in particles]
    if not 1 <= len(rest) - len(particles) - 2 * (len(rest) - len(particles) - len(words)) <= 3 + bool(particles) \
            or not all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in words):
        return None
    if any(lookup(t.text) is not None or t.lower_ in _COMPANY_WORDS or t.lower_ in LEGAL_SUFFIXES
           or t.lower_ in ORG_HEADS or t.lower_ in _ASSOCIATION_WORDS or t.lower_ in _INSTITUTION_ENDS
           or t.lower_ in _CLUB_WORDS for t in rest):
        return None  # "head of the State [Property Agency]", "the Premier [League]": a body's name, not a person's
    return _M(rest.start, rest.end, "person:" + slug(rest.text), "person", rest.text, priority=3)


# words that open a compound rank ("Rear Adm.", "Vice Adm.", "Staff Sgt.", "Lance Cpl.")
_RANK_PREFIXES = frozenset({"rear", "vice", "staff", "master", "lance", "first", "brigadier", "major", "lieutenant"})
# prepositions that place people or things in a city ("officials in X"; not "at", which names employers)
_CITY_PREPS = frozenset({"in", "near", "outside", "around", "across", "throughout", "inside", "within"})
# plural nouns after a name that make it a club's or a firm's, not a town's ("Xyz fans", "Xyz analysts")
_NOT_TOWNSFOLK = _FIRM_STAFF | {"players", "fans", "supporters", "shareholders", "staff", "customers", "users",
                                "investors", "managers", "directors"}


# verbs that carry people or things to or from a place ("taken to X", "flown from X")
_CARRY_VERBS = frozenset({"take", "tow", "bring", "escort", "ship", "transfer", "send", "fly", "flight", "sail",
                          "evacuate", "deport", "move", "drive", "head", "route", "divert", "transport"})
# offices a city's name comes before ("Xtown Mayor")
_TOWN_OFFICES = frozenset({"mayor", "governor", "councillor", "councilor", "alderman", "sheriff"})
# lower-case words between a place and its office ("Xtown regional governor")
_OFFICE_AREAS = frozenset({"regional", "provincial", "city", "state", "district", "county", "oblast", "municipal"})


def _area_office_at(doc: Doc, k: int) -> bool:
    """Whether a town office with a lower-case area word before it starts at `k` ("regional governor")."""
    return k + 1 < len(doc) and doc[k].is_lower and doc[k].lower_ in _OFFICE_AREAS and doc[k + 1].lower_ in _TOWN_OFFICES


def _city_as_place(sp: Span, *, objects_only: bool = False) -> bool:
    """A name the NER calls an organization (or a person) that is a listed city used as a place: the
    object of a locative preposition ("officials in Odesa"), or else (not `objects_only`) a
    premodifier of people ("KARACHI traders")."""
    if gazetteer.city_country(sp.text) is None:
        return False
    root = sp.root
    while root.dep_ == "conj" and root.head.i < root.i and root.head.pos_ == "PROPN":
        root = root.head  # "carmakers in Pune and Chennai": the first of the pair is placed
    if root.dep_ == "pobj" and root.head.lower_ in _CITY_PREPS:
        return True
    if root.dep_ == "pobj" and root.head.lower_ in ("to", "from", "toward", "towards") and (
            root.head.head.lemma_.lower() in MOTION_WORDS or root.head.head.lemma_.lower() in _CARRY_VERBS):
        return True  # "the tanker was taken to Bandar Abbas", "flights from Karachi"
    if objects_only:
        return False
    head = root.head
    if root.dep_ in ("compound", "amod", "nmod") and head.i == sp.end and head.is_title \
            and head.lower_ in _TOWN_OFFICES:
        return True  # "Lviv Mayor X": the city whose mayor X is
    if _area_office_at(sp.doc, sp.end):
        return True  # "Xtown regional governor X", "Xtown city mayor": the parse often hangs the city on the name
    if root.dep_ == "poss" and head.is_lower and (head.lower_ in _TOWN_OFFICES or head.lemma_.lower() in _DWELLERS):
        return True  # "Xtown's mayor", "Xtown's residents": a city's office or people
    if root.dep_ in ("compound", "amod", "nmod") and head.i == sp.end and head.lower_ == "police" and head.is_lower:
        return True  # "Durban police said": the force of the city, named in lower case, places it
    return root.dep_ in ("compound", "amod", "nmod") and head.i == sp.end and head.tag_ == "NNS" \
        and head.is_lower and head.lower_ not in _NOT_TOWNSFOLK and head.lower_ not in ORG_HEADS \
        and head.lemma_.lower() not in _FAMILY_OFFICES  # (not "the Bush presidents": a family's)


# offices and kin a family name, never a town, comes before in the plural ("the Bush presidents", "the Kennedy brothers")
_FAMILY_OFFICES = frozenset({"president", "senator", "king", "queen", "prince", "princess", "brother", "sister", "son",
                             "daughter", "twin", "cousin"})


# plural people nouns that open news sentences as speakers ("Protesters said", "Witnesses told")
_CROWD_NOUNS = frozenset({"protester", "protestor", "demonstrator", "official", "analyst", "trader", "witness",
                          "rescuer", "medic", "diplomat", "lawmaker", "economist", "investor", "expert",
                          "rebel", "fighter", "militant", "insurgent", "worker", "striker", "student",
                          "resident", "villager", "farmer", "soldier", "volunteer", "refugee", "migrant", "voter",
                          "mourner", "shopkeeper", "fisherman", "survivor", "doctor", "nurse", "teacher"})


# those of them that "in X" places rather than ties to a firm or a field ("investors in Xyz", "experts in Xyz")
_PLACED_CROWDS = _CROWD_NOUNS - {"investor", "expert", "economist", "analyst"}


def _people_noun_opening(sp: Span) -> bool:
    """One capitalized word opening its sentence that the tagger reads as a plural common noun of
    people ("Farmers", "Protesters"): a group of unnamed people, not a body or a person."""
    tok = sp[0]
    lemma = tok.lemma_.lower()
    return len(sp) == 1 and bool(tok.is_sent_start) and tok.is_title and tok.tag_ == "NNS" \
        and (lemma in _CROWD_NOUNS or lemma in _HUMAN_NOUNS or (lemma in _UNNAMED_AGENTS and lemma != tok.lower_))


# plural common nouns for unnamed parties that open a sentence ("Operators said", "Regulators warned"): the
# tagger's plural with its singular lemma, never a name ("Jefferies" is no plural of a listed noun)
_UNNAMED_AGENTS = _FIRM_NOUNS | frozenset({
    "operator", "regulator", "authority", "prosecutor", "investigator", "organiser", "organizer", "owner",
    "shareholder", "creditor", "employer", "union", "source", "critic", "opponent", "supporter", "member",
    "negotiator", "mediator", "inspector", "observer", "researcher", "campaigner", "player", "fan", "club",
    "team", "lawyer", "shipper", "producer", "militia", "official", "executive", "manager", "agency", "government",
    "airport", "port", "insurer", "bondholder", "landlord", "tenant", "developer", "buyer", "seller", "bidder"})


def _after_place_role(doc: Doc, sp: Span) -> int | None:
    """Where the name starts in an NER person that opens with capitalized words and a capitalized
    role word ("Xtown Mayor Jane Roe": the town's mayor), or `sp.end` for such a title alone right
    before another person ("Xtown Mayor" + "Jane Roe"); None for any other person."""
    roles = [t.i for t in sp[1:] if t.is_title and persons.is_role_word(t) and t.lower_ not in persons.GIVEN_NAME_SEX]
    if not roles:
        return None
    k = roles[-1] + 1
    if not all(t.is_title and t.is_alpha for t in doc[sp.start : k]) or sp[0].lower_ in persons.GIVEN_NAME_SEX:
        return None  # ("Martin Luther King Jr.": a given name opens a person's name, not a town)
    if k == sp.end:
        nxt = doc[k] if k < len(doc) else None
        return k if nxt is not None and nxt.ent_iob_ == "B" and nxt.ent_type_ == "PERSON" \
            and "\n" not in doc[k - 1].whitespace_ else None
    name = doc[k : sp.end]
    if not 1 <= len(name) <= 4 or not all((t.is_title and t.is_alpha) or t.text == "-" for t in name) \
            or name[-1].text in _POST_NOMINALS:
        return None
    return k


def _after_lower_role(doc: Doc, sp: Span) -> bool:
    """A two- or three-word title-case name right after a lower-case role word ("shadow chancellor
    Jane Roe", "spokeswoman Jane Roe"): a role so written names the person after it."""
    # a hyphenated name part ("Bello-Yusuf") counts as one word
    words = [t for t in sp if not (sp.start < t.i < sp.end - 1 and t.text == "-" and _hyphen_joined(doc, t.i + 1))]
    joins = len(sp) - len(words)
    if not 2 <= len(words) - joins <= 3 or sp.start == 0 \
            or not all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in words):
        return False
    before = doc[sp.start - 1]
    if before.text == "." and sp.start > 1 and doc[sp.start - 2].lower_ in persons.RANK_ABBREVS:
        before = doc[sp.start - 2]  # "Pvt. Leo Hart" with the stop split off the rank
        if not before.is_title:
            return False
    elif not (before.is_lower or before.is_title) or not persons.is_role_word(before):
        return False
    return not any(lookup(t.text) is not None or t.lower_ in _COMPANY_WORDS or t.lower_ in LEGAL_SUFFIXES
                   or t.lower_ in ORG_HEADS for t in sp)


def _resolve_overlaps(cands: list[_M]) -> list[_M]:
    """Keep non-overlapping mentions: longer first, then by priority (gazetteer beats NER)."""
    cands.sort(key=lambda m: (-(m.end - m.start), -m.priority, m.start))
    taken: set[int] = set()
    kept: list[_M] = []
    for m in cands:
        if any(i in taken for i in range(m.start, m.end)):
            continue
        taken.update(range(m.start, m.end))
        kept.append(m)
    kept.sort(key=lambda m: m.start)
    return kept


def _fix_person_equal_length(cands: list[_M]) -> list[_M]:
    """A NER PERSON that exactly covers a gazetteer org/country/weapon loses ("Lockheed Martin")."""
    by_span: dict[tuple[int, int], list[_M]] = {}
    for m in cands:
        by_span.setdefault((m.start, m.end), []).append(m)
    out: list[_M] = []
    for ms in by_span.values():
        if len(ms) > 1 and any(m.type == "person" for m in ms) and any(m.type != "person" and m.priority >= 1 for m in ms):
            out.extend(m for m in ms if m.type != "person")
        else:
            out.extend(ms)
    return out


_PARTY_STATE = re.compile(r"[DRI]-[A-Z][A-Za-z.]*")


def _acronyms(doc: Doc, text: str, mentions: list[_M]) -> list[_M]:
    """"Full Name (ACR)" makes ACR an alias of Full Name's entity for the rest of the document."""
    by_end = {doc[m.end - 1].idx + len(doc[m.end - 1].text): m for m in mentions if m.type in ("organization", "media")}
    aliases: dict[str, _M] = {}
    for rm in ACRONYM_RE.finditer(text):
        acr = rm.group(1)
        if not any(c.isupper() for c in acr[1:]) and len(acr) > 4:
            continue  # "(Reuters)"-like credit, or a word in parentheses
        if _PARTY_STATE.fullmatch(acr):
            continue  # "Rep. Jane Roe (R-Texas)": a lawmaker's party and state, not an acronym
        before = text[: rm.start()].rstrip()
        owner = by_end.get(len(before))
        if owner is not None and (joined := _and_joined_name(doc, owner, acr, mentions)) is not None:
            owner = by_end[len(before)] = joined  # "Xland Garment Makers and Exporters Association (XGMEA)":
            # one body the NER cut at "and"
        if owner is None:
            # an unknown title-case name right before the parenthesis
            sp = doc.char_span(max(0, len(before) - 1), len(before), alignment_mode="expand")
            if sp is None:
                continue
            i = sp.end - 1
            first = i
            while first >= 0 and (doc[first].is_title or doc[first].lower_ in ("of", "for", "and", "-")
                                  or doc[first].is_upper or _linking_particle(doc, first)):
                first -= 1
            first += 1
            while first <= i and doc[first].lower_ in ("of", "for", "and", "-", "the"):
                first += 1  # "The Xland Armed Forces (XAF)": a capitalized article opening the sentence
            if i - first < 1:
                continue
            name_sp = doc[first : i + 1]
            initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", name_sp.text) if w[0].isupper())
            if not initials or acr[0] != initials[0]:
                continue
            eid, canon = org_entity_id(name_sp.text)
            lead = lookup(doc[first].text)  # "Xlandic Armed Forces (XAF)": the country its name opens with
            home = lead.country if lead is not None and lead.type == "country" else None
            owner = _M(first, i + 1, eid, "organization", canon, country=home, priority=1)
            mentions.append(owner)
        if lookup(acr) is None or (lookup(acr) is not None and lookup(acr).entity_id != owner.entity_id):  # type: ignore[union-attr]
            aliases[acr] = owner
    for rm in TICKER_RE.finditer(text):
        # "Xyz Energy Corp. (NYSE: XYZ)": the ticker names the company before it
        owner = by_end.get(len(text[: rm.start()].rstrip()))
        if owner is not None and lookup(rm.group(1)) is None:
            aliases[rm.group(1)] = owner
    if not aliases:
        return mentions
    covered = {i for m in mentions if m.priority >= 1 for i in range(m.start, m.end)}
    out = [m for m in mentions if not (m.end - m.start == 1 and doc[m.start].text in aliases)]
    for tok in doc:
        owner = aliases.get(tok.text)
        if owner is not None and (tok.i not in covered or lookup(tok.text) is not None):
            out = [m for m in out if not (m.start <= tok.i < m.end and m is not owner)]
            out.append(_M(tok.i, tok.i + 1, owner.entity_id, owner.type, owner.name, country=owner.country, priority=2))
    return out


# the particles that join the words of Urdu, Persian and Arabic names ("Tehreek-e-Insaf", "Hizb-ut-Tahrir")
_LINKING_PARTICLES = frozenset({"e", "i", "ul", "ut", "us", "ud", "ur", "al", "el", "ad", "an", "as", "ash", "at"})


def _linking_particle(doc: Doc, k: int) -> bool:
    """A lower-case particle hyphened, without spaces, between two capitalized words of one name."""
    return 1 < k < len(doc) - 2 and doc[k].lower_ in _LINKING_PARTICLES and doc[k - 1].text == "-" \
        and doc[k + 1].text == "-" and not (doc[k - 2].whitespace_ or doc[k - 1].whitespace_ or doc[k].whitespace_
                                            or doc[k + 1].whitespace_) and doc[k - 2].is_title and doc[k + 2].is_title


def _initials(sp: Span) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", sp.text) if w[0].isupper())


def _and_joined_name(doc: Doc, owner: _M, acr: str, mentions: list[_M]) -> _M | None:
    """One organization for two the NER split at "and", where the acronym after the second spells
    both ("Xland Garment Makers" + "and" + "Exporters Association" + "(XGMEA)"); it replaces the two in
    `mentions`."""
    own = _initials(doc[owner.start : owner.end])
    k = owner.start - 1
    if not own or len(acr) <= len(own) or not acr.endswith(own) or k < 1 or doc[k].lower_ not in ("and", "&"):
        return None
    prev = next((m for m in mentions if m.end == k and m.type == "organization"), None)
    if prev is None or _initials(doc[prev.start : owner.end]) != acr:
        return None
    sp = doc[prev.start : owner.end]
    eid, canon = org_entity_id(sp.text)
    joined = _M(sp.start, sp.end, eid, "organization", canon, country=prev.country or owner.country, priority=1)
    mentions[:] = [m for m in mentions if m is not prev and m is not owner] + [joined]
    return joined


_DEFINED = re.compile(r"\(\s*[\"“]([^\"”()]{2,40})[\"”](?:\s*,?\s*(?:or|and)\s*[\"“]([^\"”()]{2,40})[\"”])?\s*\)")


def _defined_terms(doc: Doc, text: str, mentions: list[_M]) -> list[_M]:
    """Press-release defined terms: 'Xyz Robotics, Inc. ("Xyz" or "the Company")' makes "Xyz" and
    "the Company" name that company for the rest of the release."""
    by_end = {doc[m.end - 1].idx + len(doc[m.end - 1].text): m for m in mentions if m.type in ("organization", "media")}
    terms: dict[str, _M] = {}
    for rm in _DEFINED.finditer(text):
        owner = by_end.get(len(text[: rm.start()].rstrip().rstrip(",")))
        if owner is None:
            continue
        for term in (rm.group(1), rm.group(2)):
            if not term:
                continue
            short = term[4:] if term.lower().startswith("the ") else term  # "the Company" -> "Company"
            if short[:1].isupper():
                terms[short] = owner
    if not terms:
        return mentions
    taken = {i for m in mentions for i in range(m.start, m.end)}
    out = list(mentions)
    for term, owner in terms.items():
        for hit in re.finditer(r"\b" + re.escape(term) + r"\b", text):
            sp = doc.char_span(hit.start(), hit.end())
            if sp is None or any(i in taken for i in range(sp.start, sp.end)):
                # a one-word NER organization with the defined name is the owner too
                for m in out:
                    if sp is not None and (m.start, m.end) == (sp.start, sp.end) and m.type == "organization":
                        m.entity_id, m.name, m.country = owner.entity_id, owner.name, m.country or owner.country
                continue
            lo = sp.start - 1 if sp.start > 0 and doc[sp.start - 1].lower_ == "the" else sp.start
            out.append(_M(lo, sp.end, owner.entity_id, owner.type, owner.name, country=owner.country, priority=1))
            taken.update(range(lo, sp.end))
    return out


def _initials_aliases(doc: Doc, mentions: list[_M]) -> list[_M]:
    """An all-caps organization ("NWM") whose letters are the initials of an organization named in the
    same document ("Northwind Mills") is that organization, parentheses or not; so is a listed acronym
    ("ICC") where the story names one other body with those initials ("the International Cricket Council")
    and never the listed one."""
    by_initials: dict[str, _M] = {}
    owners: dict[str, set[str]] = {}
    for m in mentions:
        if m.type != "organization" or m.end - m.start < 2:
            continue
        # the name, and the words as written: "Xyz Semiconductor Manufacturing Co" is "XSMC" with its legal form
        for name in (m.name, doc[m.start : m.end].text):
            words = [w for w in re.findall(r"[A-Za-z]+", name) if w[0].isupper()]
            if len(words) >= 2:
                by_initials.setdefault("".join(w[0] for w in words), m)
                owners.setdefault("".join(w[0] for w in words), set()).add(m.entity_id)
    named = {m.entity_id for m in mentions if m.end - m.start >= 2}
    for m in mentions:
        text = doc[m.start : m.end].text
        if m.type != "organization" or m.end - m.start != 1 or not text.isupper():
            continue
        if (hit := lookup(text)) is not None and (m.entity_id in named or len(owners.get(text, ())) != 1
                                                  or hit.type != "organization"):
            continue
        owner = by_initials.get(text)
        if owner is not None and owner is not m:
            m.entity_id, m.name, m.country = owner.entity_id, owner.name, owner.country
    return mentions


def _country_tail_aliases(mentions: list[_M]) -> list[_M]:
    """"the Air Force" in a document that also names the "Xland Air Force" is that organization:
    a name that equals another organization's name after its leading country or demonym words
    takes that organization's id, when only one such organization is named in the document."""
    owners: dict[str, set[int]] = {}
    by_id: dict[int, _M] = {}
    for m in mentions:
        if m.type != "organization":
            continue
        words = m.name.split()
        k = 0
        for n in range(len(words) - 1, 0, -1):
            hit = lookup(" ".join(words[:n]))
            if hit is not None and hit.type == "country" and hit.kind in ("country", "demonym"):
                k = n
                break
        if k:
            owners.setdefault(" ".join(words[k:]), set()).add(id(m))
            by_id[id(m)] = m
    for m in mentions:
        ids = owners.get(m.name) if m.type == "organization" else None
        if not ids:
            continue
        targets = {by_id[i].entity_id for i in ids}
        if len(targets) == 1:
            owner = by_id[next(iter(ids))]
            m.entity_id, m.name, m.country = owner.entity_id, owner.name, owner.country
    return mentions


# Last words of company names that articles drop after the first mention ("Helix Dynamics Ltd." is
# "Helix" later on), besides the legal forms and the company words above.
_FIRM_TAIL_WORDS = _COMPANY_WORDS | LEGAL_SUFFIXES | BUSINESS_WORDS | frozenset({
    "dynamics", "labs", "laboratories", "robotics", "mining", "resources", "therapeutics", "biosciences",
    "logistics", "shipping", "petroleum", "chemicals", "semiconductor", "semiconductors", "pharma",
    "solutions", "enterprises", "ventures", "brands", "instruments", "devices", "defense", "defence",
    "microsystems", "shipyards", "steel", "insurance", "financial", "investments", "properties",
    "buses", "railways", "ferries", "freight",  # transport operators ("Northline Buses", later "Northline")
    # lines of business in energy, mining and building ("Tidewater Renewables", "Khumalo Coal Holdings")
    "renewables", "coal", "power", "utilities", "minerals", "metals", "platinum", "copper", "cement",
    "construction", "engineering", "oil", "gas", "telecoms", "textiles",
    # heavy industry ("Daewoo Shipbuilding & Marine Engineering", "X Heavy Industries", later "X")
    "heavy", "industrial", "manufacturing", "marine", "electric", "machinery",
    "shipbuilding", "yards", "works",
})


# Of those, the ones no one bears as a surname ("Steel", "Mining" may be people's names)
_FIRM_ONLY_WORDS = frozenset({
    "dynamics", "labs", "laboratories", "robotics", "therapeutics", "biosciences", "logistics", "semiconductors",
    "pharmaceuticals", "solutions", "enterprises", "ventures", "microsystems", "shipyards", "investments",
    # trades no family name ends in ("Xyz Shipping", "Xyz Mining")
    "shipping", "mining", "freight", "petroleum", "chemicals", "insurance", "shipbuilding", "minerals",
    "breweries", "securities", "textiles",
})


# first words of firms' names in other languages that say only the line of business ("Cantieri" =
# shipyards, "Astilleros" = shipyards, "Grupo", "Banca"): the next word is what the firm is called
_FOREIGN_FIRM_HEADS = frozenset({"cantieri", "astilleros", "chantiers", "estaleiros", "grupo", "gruppo", "groupe",
                                 "banca", "banco", "compagnie", "compagnia", "industrie", "industrias", "fratelli",
                                 "officine", "acciaierie", "construcciones", "construções", "aerolíneas",
                                 "huta", "stocznia"})  # (Polish "steelworks", "shipyard")


def _short_firm_names(doc: Doc, mentions: list[_M]) -> list[_M]:
    """"Helix" after "Helix Dynamics Ltd.", "Corvex declined to comment" after "Corvex Systems": a
    company's first word alone, where the rest of its name is legal form or line of business, is
    that company later in the story. The NER rarely tags the short form (or calls it NORP)."""
    firsts: dict[str, set[str]] = {}
    owner: dict[str, _M] = {}
    for m in mentions:
        words = doc[m.start : m.end]
        if m.type != "organization" or len(words) < 2 or not all(
                t.lower_.rstrip(".") in _FIRM_TAIL_WORDS or not t.is_alpha for t in words[1:]):
            continue
        w = words[0]
        if not (w.is_title and w.is_alpha and len(w) >= 3) or w.lower_ in GENERIC_WORDS or lookup(w.text) is not None:
            continue
        firsts.setdefault(w.text, set()).add(m.entity_id)
        owner.setdefault(w.text, m)
    people = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2 and not any(
        m.type == "organization" and m.start <= e.start and e.end <= m.end for m in mentions)}
    for m in mentions:
        # "Cantieri Marvelli" (Italian "shipyards"), later "Marvelli said": after a foreign line-of-business
        # head, the name's other word alone is the firm, whatever the NER calls it
        words = doc[m.start : m.end]
        if m.type == "organization" and len(words) == 2 and words[0].lower_ in _FOREIGN_FIRM_HEADS and words[1].is_title:
            for n in mentions:
                if n.end - n.start == 1 and doc[n.start].text == words[1].text and n.type in ("person", "organization") \
                        and n.priority in (0, 3) and words[1].text not in people:
                    n.entity_id, n.type, n.name, n.country = m.entity_id, "organization", m.name, n.country or m.country
    if not firsts:
        return []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    name_words = {t.text for e in doc.ents if e.label_ == "PERSON" for t in e}
    out: list[_M] = []
    for tok in doc:
        ids = firsts.get(tok.text)
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in ("'s", "’s") and tok.i + 2 < len(doc):
            nxt = doc[tok.i + 2]  # "Norvale's chief executive": the firm's staff follow its possessive too
        staff = nxt is not None and (persons.is_role_word(nxt) or nxt.lower_ in _FIRM_STAFF)
        placed = tok.ent_type_ in ("GPE", "LOC", "FAC")
        if ids is None or len(ids) != 1 or tok.text in name_words or tok.ent_type_ == "PERSON" \
                or (placed and not staff) or (tok.i in taken and not placed):
            continue  # (a place for the NER unless its staff follow: "a Northline spokeswoman")
        if nxt is not None and nxt.is_title and nxt.pos_ == "PROPN" and not persons.is_role_word(nxt):
            continue  # "Helix Energy": another name that starts with the same word
        o = owner[tok.text]
        out.append(_M(tok.i, tok.i + 1, o.entity_id, "organization", o.name, country=o.country, priority=1))
    for m in mentions:
        # the NER's own one-word "Greyline" after "Greyline Ventures": the same firm, not a second one
        ids = firsts.get(doc[m.start].text) if m.end - m.start == 1 and m.type == "organization" \
            and m.priority == 0 else None
        if ids is not None and len(ids) == 1 and m.entity_id not in ids:
            o = owner[doc[m.start].text]
            m.entity_id, m.name, m.country = o.entity_id, o.name, m.country or o.country
        # "Kestrel, which employs 1,900 people" after "Kestrel Yards", the short form tagged a person: the
        # firm, unless the word is a surname in the story or the name says "he"/"she"
        word = doc[m.start].text
        ids = firsts.get(word) if m.end - m.start == 1 and m.type == "person" else None
        if ids is not None and len(ids) == 1 and word not in people and not _story_surname(doc, word) \
                and not _says_he_or_she(doc[m.start : m.end]):
            o = owner[word]
            m.entity_id, m.type, m.name, m.country, m.role = o.entity_id, "organization", o.name, o.country, None
    return out


_PREMOD_FIRM_NOUNS = frozenset({"group", "utility", "conglomerate", "airline", "automaker"})


def _national_units(doc: Doc, mentions: list[_M]) -> list[_M]:
    """"Ukraine's 3rd Brigade", "Russia's Defence Ministry": a numbered unit's or a generic body's id carries
    the country the story gives it, since every army numbers its brigades and every state has a defence
    ministry (the bare "3rd Brigade" of two stories about two wars are two units)."""
    homes: dict[str, str] = {}
    for m in mentions:
        if m.type == "organization" and m.country and m.entity_id.startswith("org:") \
                and not m.entity_id.startswith(f"org:{m.country.lower()}-") and ((
                _ORDINAL.fullmatch(doc[m.start].lower_) and doc[m.start].text[:1].isdigit()) or (
                m.end - m.start >= 2 and doc[m.end - 1].lower_ in ORG_HEADS
                and all(t.lower_ in persons.PORTFOLIO_WORDS or t.lower_ in ORG_HEADS for t in doc[m.start : m.end]))):
            homes.setdefault(m.entity_id, m.country)  # (and "Russia's Defence Ministry": every state has one)
    for m in mentions:
        if m.entity_id in homes:  # (an id that already carries its country, "org:per-energy-ministry", stays)
            iso = homes[m.entity_id]
            m.entity_id, m.country = f"org:{iso.lower()}-{m.entity_id[4:]}", m.country or iso
    return mentions


# a capitalized word after a sea, region or city that makes the whole an armed force's name
_FORCE_AFTER_PLACE = frozenset({"Fleet", "Flotilla", "Squadron", "Command", "Corps", "Army", "Brigade", "Division"})


def _place_named_forces(doc: Doc, mentions: list[_M]) -> list[_M]:
    """"the Black Sea Fleet", "Russia's Black Sea Fleet", "the Moscow Military District": a place with a
    fleet, command, corps, army or brigade word after it names that armed force, not the place. Its
    country is the one written before it ("Russia's", "the Russian"), else the place's own."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    ends_at = {m.end: m for m in mentions}
    out: list[_M] = []
    for m in mentions:
        e = m.end
        width = 0
        place = m.type == "location" or (m.type == "country" and (hit := lookup(doc[m.start : e].text)) is not None
                                         and hit.kind == "capital")
        if place and e < len(doc) and e not in taken and doc[e - 1].whitespace_:
            if doc[e].text in _FORCE_AFTER_PLACE:
                width = 1
            elif doc[e].text == "Military" and e + 1 < len(doc) and doc[e + 1].text == "District":
                width = 2
        if not width:
            out.append(m)
            continue
        country = m.country
        k = m.start - 1 if m.start > 0 and doc[m.start - 1].lower_ in ("'s", "’s") else m.start
        if (owner := ends_at.get(k)) is not None and owner.type == "country" and owner.country:
            country = owner.country
        name = doc[m.start : e + width].text
        out.append(_M(m.start, e + width, "org:" + slug(name), "organization", name, country=country,
                      priority=m.priority))
    homes = {m.entity_id: m.country for m in out if m.type == "organization" and m.country}
    for m in out:  # ("Russia's Black Sea Fleet", later "the Black Sea Fleet": the same country's)
        if m.country is None and m.type == "organization" and m.entity_id in homes:
            m.country = homes[m.entity_id]
    return out


def _foreign_movements(doc: Doc, mentions: list[_M]) -> list[_M]:
    """"the Pakistani Taliban", "Iraqi Hezbollah": a demonym right before a listed movement whose home is
    another country names a different group of that country, not the movement nor the country itself
    (its own demonym, "the Afghan Taliban", is just the movement)."""
    starts_at = {m.start: m for m in mentions if m.type == "organization" and m.country}
    drop: set[int] = set()
    out: list[_M] = []
    for m in mentions:
        g = starts_at.get(m.end)
        if m.type != "country" or g is None or m.end - m.start != 1 or not m.country or g.country == m.country \
                or (hit := lookup(doc[m.start].text)) is None or hit.kind != "demonym" or not doc[m.start].whitespace_ \
                or lookup(doc[g.start : g.end].text) is None:
            continue
        last = doc[g.end - 1]
        if last.dep_ == "compound" and last.head.i >= g.end and last.head.is_lower and last.head.pos_ == "NOUN":
            continue  # "a Ukrainian Gazprom transit deal": the demonym may modify the deal, not the name
        name = doc[m.start : g.end].text
        out.append(_M(m.start, g.end, f"org:{m.country.lower()}-{g.entity_id.split(':', 1)[1]}", "organization",
                      name, country=m.country, priority=g.priority))
        drop.update((id(m), id(g)))
    return [m for m in mentions if id(m) not in drop] + out if out else mentions


def _org_home_countries(doc: Doc, mentions: list[_M]) -> list[_M]:
    """An organization described right after its name gets the country the description gives:
    "Xyz Ltd., a British defence electronics maker", "Xyz Systems, a supplier based in Tallinn" (or
    "a Tallinn-based supplier").
    Every mention of that organization in the document takes it (the first description wins)."""
    start_at = {m.start: m for m in mentions}
    ends_at = {m.end: m for m in mentions}
    homes: dict[str, str] = {}
    for m in mentions:
        # "Italian shipbuilder Xyz", "the Dutch chipmaker Xyz": a demonym before the firm noun before the name
        k = m.start - 1
        if m.type == "organization" and m.country is None and k > 0 and doc[k].is_lower \
                and (doc[k].lower_ in _FIRM_NOUNS or doc[k].lower_ in _PREMOD_FIRM_NOUNS) \
                and (c := ends_at.get(k)) is not None and c.type == "country" and c.end - c.start == 1 \
                and doc[c.start].ent_type_ == "NORP":
            homes.setdefault(m.entity_id, c.country or c.entity_id.split(":")[-1])
    for m in mentions:
        # "Siemens, Germany's biggest engineering group,": a country's possessive before the firm noun
        c = start_at.get(m.end + 1)
        if m.type in ("organization", "media") and m.country is None and c is not None and c.type == "country" \
                and c.country and m.end < len(doc) and doc[m.end].text == "," and c.end + 1 < len(doc) \
                and doc[c.end].lower_ in ("'s", "’s"):
            k = c.end + 1
            while k < min(len(doc), c.end + 6) and doc[k].pos_ in ("ADJ", "NOUN", "ADV", "PUNCT") and doc[k].text != ",":
                if doc[k].lower_ in _FIRM_NOUNS or doc[k].lower_ in ORG_HEADS:
                    homes.setdefault(m.entity_id, c.country)
                    break
                k += 1
    for m in mentions:
        if m.type not in ("organization", "media") or m.country is not None or m.entity_id in homes \
                or m.end + 2 >= len(doc) or doc[m.end].text != "," or doc[m.end + 1].lower_ not in ("a", "an", "the"):
            continue
        k = m.end + 2
        found: str | None = None
        firm = False
        while k < min(len(doc), m.end + 14) and doc[k].text not in (",", ".", ";", ":", "(") \
                and not (doc[k].pos_ in ("VERB", "AUX") and doc[k].tag_ not in ("VBN", "VBG")):
            t = doc[k]
            firm |= t.lower_ in _FIRM_NOUNS or t.lower_ in ORG_HEADS or t.lower_ in ("based", "headquartered")
            c = start_at.get(k)
            based = c is not None and c.end + 1 < len(doc) and doc[c.end].text == "-" and doc[c.end + 1].lower_ == "based"
            if c is not None and found is None and c.country is not None and (
                    c.type == "country" or (c.type == "location" and (doc[k - 1].lower_ == "in" or based))):
                found = c.country
            k += 1
        if found is not None and firm:
            homes[m.entity_id] = found
    for m in mentions:
        if m.country is None and m.entity_id in homes:
            m.country = homes[m.entity_id]
    return mentions


def _unlisted_demonyms(doc: Doc, mentions: list[_M]) -> list[_M]:
    """"Kestovian troops" in a story that names "Kestovia": the demonym of a place or state the
    gazetteer does not list ("-ia" + "n") refers to it, as "Turkish" refers to Turkey."""
    named = {doc[m.start : m.end].text: m for m in mentions
             if m.type in ("location", "organization", "country") and m.end - m.start == 1
             and doc[m.start].text.endswith("ia") and lookup(doc[m.start].text) is None
             and doc[m.start].ent_type_ in ("GPE", "ORG")}  # (not a continent or region: "Asian")
    if not named:
        return []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    out: list[_M] = []
    for tok in doc:
        base = named.get(tok.text[:-1]) if tok.text.endswith("ian") and tok.i not in taken else None
        if base is not None and tok.is_title:
            out.append(_M(tok.i, tok.i + 1, base.entity_id, base.type, base.name, country=base.country, priority=1))
    return out


def _team_nicknames(doc: Doc, mentions: list[_M]) -> list[_M]:
    """"the Mariners" after "the Eastport Mariners": "the" and a one-word plural name that ends exactly one
    longer organization name in the story is that organization (teams, bands, parties: "the Tigers",
    "the Greens"), and a club's last word ("Rovers", "United"). Plurals that are generic heads or lines of
    business ("Forces", "Airlines") are not."""
    tails: dict[str, set[str]] = {}
    owner: dict[str, _M] = {}
    for m in mentions:
        if m.type == "organization" and m.end - m.start >= 2 and doc[m.end - 1].is_title:
            last = doc[m.end - 1].text
            tails.setdefault(last, set()).add(m.entity_id)
            owner.setdefault(last, m)
    for m in mentions:
        text = doc[m.start : m.end].text
        if m.type != "organization" or m.end - m.start != 1 or len(tails.get(text, ())) != 1 or m is owner[text]:
            continue
        low = text.lower()
        # (a club's last word alone needs no "the": "United levelled" after "Xtown United")
        if low not in _CLUB_WORDS and (
                not (text.endswith("s") and text.istitle()) or doc[m.start].tag_ not in ("NNPS", "NNS")
                or m.start == 0 or doc[m.start - 1].lower_ != "the"
                or any(e.label_ == "PERSON" and text in e.text.split() for e in doc.ents) or low in ORG_HEADS
                or low in _GOVERNMENT_WORDS or low in _FIRM_TAIL_WORDS or low.rstrip("s") in ORG_HEADS):
            continue
        o = owner[text]
        m.entity_id, m.name, m.country = o.entity_id, o.name, m.country or o.country
    return mentions


_TOWN_CLUB_TAILS = frozenset({"City", "Town", "County", "Borough"})


def _town_clubs(doc: Doc, mentions: list[_M]) -> list[_M]:
    """"Kestrel City" in a story that writes "Kestrel manager X": a football club named after its town
    (the NER reads a place or a person), and "Kestrel" before a club's staff noun is the same club."""
    clubs: dict[str, _M] = {}
    for m in mentions:
        sp = doc[m.start : m.end]
        if len(sp) == 2 and sp[-1].text in _TOWN_CLUB_TAILS and m.type in ("location", "person", "organization") \
                and m.priority <= 3 and _club_premodifier(doc, sp[0].text) and lookup(sp.text) is None:
            eid, canon = org_entity_id(sp.text)
            m.entity_id, m.type, m.name, m.metonymy = eid, "organization", canon, False
            clubs[sp[0].text] = m
    if not clubs:
        return mentions
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        if m.end - m.start == 1 and doc[m.start].text in clubs and m.type in ("person", "location", "organization"):
            c = clubs[doc[m.start].text]
            m.entity_id, m.type, m.name = c.entity_id, "organization", c.name
    for t in doc[:-1]:
        if t.text in clubs and t.i not in taken and doc[t.i + 1].lower_ in _CLUB_STAFF:
            c = clubs[t.text]
            mentions.append(_M(t.i, t.i + 1, c.entity_id, "organization", c.name, priority=1))
    return sorted(mentions, key=lambda m: m.start)


# words that rank a firm among a country's ("the country's top lender", "its leading carrier")
_RANK_WORDS = frozenset({"top", "leading", "main", "major", "largest", "biggest", "oldest", "only", "sole"})


def _possessive_orgs(doc: Doc, mentions: list[_M]) -> list[_M]:
    """"Russia's Federal Service for X" / "Turkey's military procurement agency" -> org with country."""
    start_at = {m.start: m for m in mentions}
    extra: list[_M] = []
    for m in mentions:
        if m.type != "country" or m.end + 1 >= len(doc) or doc[m.end].text not in ("'s", "’s"):
            continue
        nxt = start_at.get(m.end + 1)
        if nxt is not None and nxt.type == "organization":
            if nxt.country is None:
                nxt.country = m.country
            continue
        k = m.end + 1
        last = None
        while k < min(len(doc), m.end + 8):
            tok = doc[k]
            if tok.pos_ not in ("NOUN", "PROPN", "ADJ") or tok.i in start_at:
                break
            if tok.lower_ in ORG_HEADS:
                last = k
            k += 1
        if last is None or (last + 1 < len(doc) and doc[last + 1].pos_ in ("NOUN", "PROPN")):
            continue
        sp = doc[m.end + 1 : last + 1]
        if any(t.tag_ == "JJS" or t.lower_ in _RANK_WORDS or t.lower_.endswith(("-largest", "-biggest")) for t in sp):
            continue  # "Siemens, Germany's biggest engineering group": a ranking that describes a firm, not a name
        if all(t.is_title for t in sp if t.is_alpha):
            eid = "org:" + slug(sp.text)
        else:
            eid = f"org:{(m.country or 'xxx').lower()}-{slug(sp.text)}"
        extra.append(_M(sp.start, sp.end, eid, "organization", sp.text, country=m.country, priority=1))
    return mentions + extra


# words that make a name a firm's or a body's, not a person's ("Strand Capital", "Bell Group")
_NAMED_BODY_WORDS = _COMPANY_WORDS | LEGAL_SUFFIXES | ORG_HEADS


def _persons(doc: Doc, mentions: list[_M]) -> list[_M]:
    """Extend names, attach roles, resolve surnames, role nouns and he/she to people."""
    covered: dict[int, str] = {}
    by_tok: dict[int, _M] = {}
    for m in mentions:
        for i in range(m.start, m.end):
            by_tok[i] = m
            if m.type != "person":
                covered[i] = m.entity_id
    people = [m for m in mentions if m.type == "person"]
    people += _titled_names(doc, by_tok, covered)
    for p in people:
        for i in range(p.start, p.end):
            by_tok[i] = p
    # extend a name leftwards over given names the NER left out ("Anna" + "Berg")
    for p in people:
        while p.start > 0:
            t = doc[p.start - 1]
            if t.pos_ == "PROPN" and t.is_title and t.i not in covered and not persons.is_role_word(t) \
                    and t.lower_ not in persons.TITLE_GLUE and not t.is_sent_start and not _in_portfolio(doc, t.i) \
                    and t.lower_.rstrip(".") not in persons.RANK_ABBREVS:  # ("Lt Gen Sir X": a rank is a title)
                p.start -= 1
            else:
                break
        p.name = _without_honorific(doc[p.start : p.end])
        if p.name.isupper() and len(p.name) > 3:
            p.name = p.name.title()  # "LINDQVIST:" in a transcript is the "Maya Lindqvist" named above
    people += _given_names_before_surnames(doc, people, by_tok, covered)
    # surname -> full name (longest full name seen in the document)
    full: dict[str, str] = {}
    for p in people:
        parts = p.name.split()
        if len(parts) >= 2 and (parts[-1] not in full or len(p.name) > len(full[parts[-1]])):
            full[parts[-1]] = p.name
    for p in people:
        # "Al-Sudani said" opening a sentence is the "Mohammed Shia al-Sudani" named before it
        if " " not in p.name and _ARTICLE_SURNAME.match(p.name) and p.name not in full \
                and (low := p.name[0].lower() + p.name[1:]) in full:
            p.name = low
    namesakes = _namesakes(people)
    # a given name alone ("Tyler is the heart of this team") is the one person in the story with it;
    # the NER, seeing no surname, often calls it a place or a firm
    # (a title-case headline is left out: every word there looks like a name, "Morning Email Hack")
    # (each full name, not only the longest with its surname: "Daniel" is Daniel Okoro in a story that
    # also names his sister Vivienne Okoro)
    longest: dict[tuple[str, str], str] = {}
    for p in people:
        parts = p.name.split()
        if len(parts) >= 2 and len(p.name) > len(longest.get((parts[0], parts[-1]), "")):
            longest[(parts[0], parts[-1])] = p.name
    firsts: dict[str, set[str]] = {}
    for whole in {p.name for p in people if len(p.name.split()) >= 2
                  and longest[(p.name.split()[0], p.name.split()[-1])] == p.name
                  and not _in_title_line(doc, p.start)}:
        w = whole.split()[0]
        # (two letters make a name too: "Xi", "Li", "Wu" are family names written first)
        if len(w) >= 2 and w.isalpha() and w[0].isupper() and w[1:].islower() \
                and w.lower() not in _HONORIFICS and w.lower() not in persons.RANK_ABBREVS:
            firsts.setdefault(w, set()).add(whole)
    # (not a word the NER reads as a group anywhere: "Republican Donald Trump" gives no "Republican")
    # (a given name after a ruler's title is no group, whatever the NER says: "Sheikh Tamim said")
    groupish = {t.text for t in doc if t.ent_type_ == "NORP"
                and not (t.i > 0 and doc[t.i - 1].is_title and doc[t.i - 1].lower_ in _RULERS_TITLES)}
    given = {w: next(iter(ns)) for w, ns in firsts.items() if len(ns) == 1 and w not in full
             and w not in groupish and lookup(w) is None}
    roles: dict[str, tuple[str, str | None]] = {}
    fronted: list[tuple[int, int, _M]] = []
    role_toks: set[int] = set()  # a person's own title or apposition: not a mention of someone else
    # first word -> (position, full name) of each full mention, for first words two people share
    # ("Kim Jong Un" and "Kim Yo Jong": a family name written first)
    shared_firsts = {w for w, ns in firsts.items() if len(ns) >= 2 and w not in full and w not in groupish}
    first_at = sorted((p.start, longest[(p.name.split()[0], p.name.split()[-1])]) for p in people
                      if len(p.name.split()) >= 2 and p.name.split()[0] in shared_firsts)
    sexes = _full_name_sexes(doc, people, full)
    for p in people:
        parts = p.name.split()
        alone = p.name if _in_title_line(doc, p.start) else given.get(parts[-1], p.name)
        if len(parts) == 1 and parts[0] in shared_firsts and not _in_title_line(doc, p.start):
            # "Kim said" after "Kim Jong Un … Kim Yo Jong": the one named in full last before it
            alone = next((n for s, n in reversed(first_at) if s < p.start and n.split()[0] == parts[0]), alone)
        canonical = p.name if len(parts) > 1 else _nearest_namesake(doc, namesakes[parts[-1]], p.start, full[parts[-1]]) \
            if parts[-1] in namesakes else full.get(parts[-1], alone)
        if len(parts) == 1 and (h := _honorific_at(doc, p.start)) is not None \
                and sexes.get(canonical, h[1]) != h[1]:
            # "Mrs Kamau" after "Mr Peter Kamau": his wife, not him (or the story's woman of that name)
            others = {n for _, n in namesakes.get(parts[0], []) if n != canonical}
            same = [n for n in others if sexes.get(n) == h[1]] or [n for n in others if n not in sexes]
            canonical = same[0] if len(same) == 1 else doc[h[0] : p.end].text
        p.name = canonical
        p.entity_id = "person:" + slug(canonical)
        rng = persons.title_before(doc, p.start, covered) or persons.apposition_after(doc, p.end) \
            or persons.apposition_before(doc, p.start)
        if rng is None and ((rng := _heads_clause(doc, p.end, mentions)) is not None
                            or (rng := _who_is_clause(doc, p.end)) is not None):
            pass  # "Jane Roe, who heads Xyz Ltd., said", "…, who is also energy minister,": the relative clause gives the role
        elif rng is None and (rng := _role_in_apposition(doc, p)) is not None:
            # the role phrase names the same person ("…, the campaign chief, Jane Roe, said": the
            # subject is the role phrase, which later stages read as the speaker)
            lead = rng[0] - 1 if rng[0] > 0 and doc[rng[0] - 1].lower_ == "the" else rng[0]
            fronted.append((lead, rng[1], p))
        if rng is not None and all(doc[i].lower_.rstrip(".") in _HONORIFICS | {"prof"} for i in range(*rng)):
            # "Dr. Jane Roe, an astrophysicist at X": the apposition says more than the honorific
            rng = persons.apposition_after(doc, p.end) or rng
        if rng is not None:
            # "labor economist Dr. Jane Roe": the honorific before the name is no part of the role
            while rng[1] - rng[0] > 1 and doc[rng[1] - 1].lower_.rstrip(".") in _HONORIFICS | {"prof"} \
                    and rng[1] == p.start:
                rng = (rng[0], rng[1] - 1)
            role_text = doc[rng[0] : rng[1]].text
            aff = _affiliation(rng, [m for m in mentions if m.name not in full])
            if rng[1] == p.start and _rank_only(doc[rng[0] : rng[1]]) \
                    and (post := persons.apposition_after(doc, p.end) or persons.apposition_before(doc, rng[0])) \
                    is not None:
                # "Gen. Jane Roe, the head of the Xland Army": the rank and what the apposition says
                role_text = f"{role_text}, {doc[post[0] : post[1]].text}"
                aff = _affiliation(post, [m for m in mentions if m.name not in full]) or aff
                role_toks.update(range(post[0], post[1]))
            aff = aff or _of_affiliation(doc, p, mentions, ("country",))
            p.role, p.affiliation = role_text, aff or _role_body(doc, rng, mentions)
            roles.setdefault(p.entity_id, (role_text, p.affiliation))
            role_toks.update(range(rng[0], rng[1]))
        else:
            # "Marco Bellini of the Institute for Strategic Studies": no title, but an affiliation
            p.affiliation = _of_affiliation(doc, p, mentions, ())
    # surnames the NER missed or mislabeled ("Novak said" tagged ORG); a particle opening a
    # sentence is capitalized ("Kamel al-Wazir … Al-Wazir said")
    known = {n.split()[-1]: n for n in full.values()}
    known |= {w[0].upper() + w[1:]: n for w, n in list(known.items()) if w[:1].islower()}
    for p in people:  # "Judge Okafor adjourned … Okafor said": a surname introduced with a title is known too
        if " " not in p.name and p.name not in known and p.name.isalpha() and p.name[:1].isupper() \
                and any(k >= 0 and doc[k].is_title and (doc[k].lower_.rstrip(".") in _HONORIFICS or persons.is_role_word(doc[k]))
                        for k in (p.start - 1, p.start) if doc[k].text != p.name):
            known[p.name] = p.name
    extra: list[_M] = []
    taken_person = {i for p in people for i in range(p.start, p.end)}
    for tok in doc:
        n = _nearest_namesake(doc, namesakes[tok.text], tok.i, full[tok.text]) if tok.text in namesakes \
            else known.get(tok.text)
        owner = by_tok.get(tok.i)
        if n is None and tok.text in given and tok.pos_ == "PROPN" and not _in_title_line(doc, tok.i) and (
                owner is None or (owner.priority == 0 and owner.end - owner.start == 1
                                  and owner.type in ("location", "organization"))):
            n = given[tok.text]
        if n is None or tok.i in taken_person:
            continue
        if owner is not None and owner.priority >= 2:
            continue
        if owner is not None and owner.type in ("organization", "media") and owner.end - owner.start >= 2 and any(
                doc[i].lower_.rstrip(".") in _NAMED_BODY_WORDS for i in range(owner.start, owner.end)):
            continue  # "Strand Capital", "Bell Group": a firm named after someone, not the person
        extra.append(_M(tok.i, tok.i + 1, "person:" + slug(n), "person", n, priority=4))
    for m in mentions:
        # a hyphenated surname the NER typed as a body ("Al-Wazir said"): several tokens, so not above
        n = known.get(doc[m.start : m.end].text) if m.end - m.start > 1 and m.priority == 0 \
            and m.type in ("organization", "location") else None
        if n is not None and not any(i in taken_person for i in range(m.start, m.end)):
            extra.append(_M(m.start, m.end, "person:" + slug(n), "person", n, priority=4))
    people_all = sorted(people + extra, key=lambda m: m.start)
    for p in people_all:
        if p.entity_id in roles and p.role is None:
            p.role, p.affiliation = roles[p.entity_id]
    # anaphora: "he"/"she" and "the ministry spokesman" -> most recent compatible person
    anaphora: list[_M] = []
    ppos = [(p.start, p) for p in people_all]
    pi = 0
    last_subject: _M | None = None
    last_any: _M | None = None
    last_speaker: _M | None = None  # the subject of the last "said"
    role_hist: list[_M] = []
    genders = _genders(doc, people_all)
    _namesake_by_pronoun(doc, people_all, namesakes, genders, roles)
    hist: list[_M] = []  # people in text order, for a pronoun whose nearest candidate has the other gender
    unnamed_subject = False  # "a resident told AFP …" since the last named subject: "he" is the resident
    reported: _M | None = None  # the last subject, when it was the subject of a clause the speaker reported
    taken_any = {i for p in people_all for i in range(p.start, p.end)}
    for tok in doc:
        while pi < len(ppos) and ppos[pi][0] <= tok.i:
            p = ppos[pi][1]
            last_any = p
            hist.append(p)
            head = doc[p.end - 1]
            if head.dep_.startswith("nsubj") or (head.dep_ == "poss" and head.head.dep_.startswith("nsubj")):
                last_subject = p
                unnamed_subject = False
                reported = None
                if head.dep_ == "nsubj" and head.head.lemma_.lower() in _SAY_LEMMAS:
                    last_speaker = p
                elif not any(a.lemma_.lower() in _SAY_LEMMAS for a in head.head.ancestors):
                    last_speaker = None  # a new subject of its own sentence, not one reported by the speaker
                elif last_speaker is not None and doc[last_speaker.start].sent.start == head.sent.start:
                    reported = p  # "X said Y had lied": Y is a subject inside X's report
            elif head.dep_ in ("appos", "npadvmod") and head.head.dep_.startswith("nsubj") and head.head.i < p.start:
                # ("His widow, Kerry, said": the parser makes some such names an npadvmod)
                kin = head.head
                whose = next((c.lower_ for c in kin.children if c.dep_ == "poss"), "")
                if last_subject is not None and kin.lower_ in _KIN_NOUNS and whose in ("his", "her") \
                        and kin.head.lemma_.lower() not in _SAY_LEMMAS \
                        and genders.get(last_subject.entity_id) == ("m" if whose == "his" else "f"):
                    pass  # "His father, Albert, was a trawlerman. He left school at 14": "he" stays with "his"
                else:
                    last_subject = p  # "The group's chief, X, said": the subject, named in apposition
                    unnamed_subject = False
            if p.role:
                role_hist.append(p)
            pi += 1
        low = tok.lower_
        if low in persons.PRONOUNS and tok.pos_ == "PRON":
            want = "m" if low == "he" else "f"
            quoted = _in_quotes(doc, tok.i)
            ante = None if unnamed_subject else last_subject or last_any
            if ante is not None and ante is reported and last_speaker is not None and tok.dep_.startswith("nsubj") \
                    and tok.sent.start > doc[ante.start].sent.start and not quoted \
                    and genders.get(last_speaker.entity_id, want) == want:
                # 'Judge X said Y had lied. She ordered …': the next sentence's subject goes on with the
                # one who spoke, not with the subject of what she said
                ante = last_speaker
            if last_speaker is not None and ante is not last_speaker and _after_own_quote(doc, tok) \
                    and _same_paragraph(doc, last_speaker.start, tok.i) \
                    and genders.get(last_speaker.entity_id, want) == want:
                # 'X said Y had lied. "You lied," she told him': the one quoted goes on speaking, not
                # the person she spoke about
                ante = last_speaker
            if ante is not None and quoted and _same_paragraph(doc, ante.start, tok.i):
                # "he" in a quote is not its speaker, who would say "I" ("X told reporters: 'He …'")
                skip = ante.entity_id
                ante = next((h for h in reversed(hist) if h.entity_id != skip and _same_paragraph(doc, h.start, tok.i)
                             and genders.get(h.entity_id, want) == want), None)
            if ante is not None and genders.get(ante.entity_id, want) != want:
                ante = next((h for h in reversed(hist) if genders.get(h.entity_id, want) == want), None)
            if ante is not None and not quoted:
                genders.setdefault(ante.entity_id, want)  # (a quote's "he" is often someone else)
                anaphora.append(_M(tok.i, tok.i + 1, ante.entity_id, "person", ante.name, role=ante.role,
                                   affiliation=ante.affiliation, priority=1))
            continue
        if tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT" and tok.pos_ == "NOUN" and tok.i not in taken_any \
                and not _in_quotes(doc, tok.i) \
                and (tok.lemma_.lower() in _HUMAN_NOUNS or tok.lower_ in persons.ROLE_HEADS) \
                and not any(c.dep_ == "poss" for c in tok.children) \
                and any(c.lower_ in ("a", "an", "one", "another") for c in tok.children if c.dep_ in ("det", "nummod")):
            # an unnamed person as subject ("a resident of the town told …"): until a named subject
            # comes back, "he"/"she" is more likely that person than someone named earlier
            unnamed_subject = True
            continue
        if low in persons.ROLE_HEADS and tok.pos_ == "NOUN" and tok.i not in taken_person and tok.i not in role_toks:
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and (nxt.pos_ == "PROPN" or nxt.lower_ == "of"):
                continue  # a title before a name, or "head of X" (handled as a role)
            first = tok.i
            while first > 0 and (doc[first - 1].i in covered or doc[first - 1].pos_ in ("ADJ", "PROPN", "NOUN")) \
                    and "\n" not in doc[first - 1].text and doc[first - 1].i not in taken_person:
                first -= 1
            if first == 0 or doc[first - 1].lower_ not in ("the", "'s", "’s"):
                continue
            mods = {covered[i] for i in range(first, tok.i) if i in covered}
            for cand in reversed(role_hist):
                # ("the president" is not "the president's housing secretary")
                r = " ".join(w for w in (cand.role or "").lower().split() if not w.endswith(("'s", "’s")))
                if low not in r.split() and low not in r and not any(w in r.split() for w in _ROLE_SYNONYMS.get(low, ())):
                    continue
                if mods and not (mods & {cand.affiliation} or any(doc[i].lower_ in r for i in range(first, tok.i))):
                    continue
                said = {doc[i].lower_ for i in range(first, tok.i) if i not in covered}
                if any(w in _OFFICE_MODS and w not in r.split() for w in said) \
                        or any(w in _LESSER_OFFICE and w not in said for w in r.split()):
                    continue  # "the prime minister" is not the finance minister, "the former president" not the president
                start = first - 1 if doc[first - 1].lower_ == "the" else first
                anaphora.append(_M(start, tok.i + 1, cand.entity_id, "person", cand.name, role=cand.role,
                                   affiliation=cand.affiliation, priority=1))
                break
    non_people = [m for m in mentions if m.type != "person"]
    used = {i for m in anaphora for i in range(m.start, m.end)}
    # a role-noun phrase replaces the org mention inside it ("the ministry spokesman")
    non_people = [m for m in non_people if not any(i in used for i in range(m.start, m.end))]
    extra_ids = {i for m in extra for i in range(m.start, m.end)}
    non_people = [m for m in non_people if not any(i in extra_ids for i in range(m.start, m.end))]
    for lo, hi, p in fronted:  # (only a phrase with no other mention inside: "the campaign chief")
        if not any(lo < m.end and m.start < hi for m in (*anaphora, *non_people, *people_all)):
            anaphora.append(_M(lo, hi, p.entity_id, "person", p.name, role=p.role, affiliation=p.affiliation,
                               priority=1))
    return non_people + people_all + anaphora


# words before a role noun that make it another office ("the prime minister", "the former president"): a
# role anaphor with one names only a person whose role has it too
_LESSER_OFFICE = frozenset({"deputy", "vice", "assistant", "junior", "shadow", "former", "ex"})
_OFFICE_MODS = persons.PORTFOLIO_WORDS | _LESSER_OFFICE | frozenset({
    "prime", "foreign", "home", "interior", "acting", "interim", "outgoing", "incoming"})


def _namesake_by_pronoun(doc: Doc, people: list[_M], namesakes: dict[str, list[tuple[int, str]]],
                         genders: dict[str, str], roles: dict[str, tuple[str, str | None]]) -> None:
    """A bare surname two people share, that says something about "he" or "she" ("Lopez said she
    would vote no" after Maria and Carlos Lopez), is the one namesake whose known gender does not
    rule that out, rather than the one named last."""
    for p in people:
        if p.end - p.start != 1 or doc[p.start].text not in namesakes:
            continue
        pron = _pronoun_said_of(doc[p.start : p.end])
        if pron is None:
            continue
        want = "m" if pron == "he" else "f"
        if genders.get(p.entity_id, want) == want:
            continue
        fits = {n for _, n in namesakes[doc[p.start].text] if genders.get("person:" + slug(n), want) == want}
        if len(fits) == 1:
            p.name = fits.pop()
            p.entity_id = "person:" + slug(p.name)
            p.role, p.affiliation = roles.get(p.entity_id, (None, None))


_SAYING = frozenset({"said", "says", "told", "added", "wrote", "warned", "argued", "insisted", "noted"})


def _given_names_before_surnames(doc: Doc, people: list[_M], by_tok: dict[int, _M],
                                 covered: dict[int, str]) -> list[_M]:
    """A capitalized word right before the surname of someone named in full, where the pair is
    introduced ("Ana Ruiz, a former pilot, …") or speaks ("Ana Ruiz said"), is a given name: another
    person with that surname, whom the NER missed (the bare surname would be read as the other one).
    Extends such one-word mentions in place and returns the pairs the NER missed altogether."""
    surnames = {p.name.split()[-1] for p in people if len(p.name.split()) >= 2}
    if not surnames:
        return []

    def given(i: int) -> bool:
        t = doc[i]
        return i >= 0 and t.pos_ == "PROPN" and t.is_title and t.is_alpha and len(t) > 2 and i not in covered \
            and i not in by_tok and not persons.is_role_word(t) and t.lower_ not in persons.TITLE_GLUE \
            and t.lower_ not in _HONORIFICS and t.ent_type_ in ("", "PERSON") and lookup(t.text) is None \
            and t.text not in surnames and not t.lower_.endswith(("s", "ing", "ed", "ly")) and not _in_title_line(doc, i)

    def introduced(end: int) -> bool:
        nxt = doc[end] if end < len(doc) else None
        return nxt is not None and (nxt.lower_ in _SAYING or _age_after(doc, doc[end - 1 : end]) or (
            nxt.text == "," and end + 1 < len(doc)
            and doc[end + 1].lower_ in ("a", "an", "the", "his", "her", "its", "who", "whose")))

    out: list[_M] = []
    for p in people:
        if p.end - p.start == 1 and doc[p.start].text in surnames and p.start > 0 and given(p.start - 1) \
                and introduced(p.end):
            p.start -= 1
            p.name = doc[p.start : p.end].text
            by_tok[p.start] = p
    for tok in doc:
        if tok.text in surnames and tok.i not in by_tok and tok.i > 0 and tok.pos_ == "PROPN" and given(tok.i - 1) \
                and introduced(tok.i + 1):
            name = doc[tok.i - 1 : tok.i + 1].text
            m = _M(tok.i - 1, tok.i + 1, "person:" + slug(name), "person", name, priority=3)
            by_tok[tok.i - 1] = by_tok[tok.i] = m
            out.append(m)
    return out


def _rank_only(sp: Span) -> bool:
    """Whether a title is nothing but short military ranks ("Gen.", "Brig. Gen.", "Lt. Col.")."""
    return all(t.lower_.rstrip(".") in persons.RANK_ABBREVS or t.text == "." for t in sp) and any(t.text != "." for t in sp)


# the Arabic article on a surname, capitalized only where it opens a sentence ("al-Sudani", "Al-Sudani")
_ARTICLE_SURNAME = re.compile(r"(?:Al|El|Ad|Ar|As|Ash|At|An|Az)-[A-Z]")


def _namesakes(people: list[_M]) -> dict[str, list[tuple[int, str]]]:
    """Surname -> (position, full name) of each full mention, for surnames two different people
    share in one story ("Ana Ruiz" and "Carlos Ruiz"); a name and a longer one with the same first
    word ("Jane Roe", "Jane Ann Roe") are one person, under the longer name."""
    longest: dict[tuple[str, str], str] = {}
    for p in people:
        parts = p.name.split()
        if len(parts) >= 2:
            key = (parts[-1], parts[0])
            if len(p.name) > len(longest.get(key, "")):
                longest[key] = p.name
    firsts: dict[str, set[str]] = {}
    for surname, first in longest:
        firsts.setdefault(surname, set()).add(first)
    out: dict[str, list[tuple[int, str]]] = {}
    for p in sorted(people, key=lambda m: m.start):
        parts = p.name.split()
        if len(parts) >= 2 and len(firsts[parts[-1]]) >= 2:
            out.setdefault(parts[-1], []).append((p.start, longest[(parts[-1], parts[0])]))
    return out


def _honorific_at(doc: Doc, i: int) -> tuple[int, str] | None:
    """Where the gendered honorific of the one-word name at `i` is ("Mrs Kamau", "Mr. Roe") and the
    sex it gives ("f" or "m")."""
    for k in (i, i - 1):
        if k >= 0 and (g := _gender_of([doc[k].lower_])) is not None and doc[k].lower_.rstrip(".") in _HONORIFICS:
            return k, g
    return None


def _full_name_sexes(doc: Doc, people: list[_M], full: dict[str, str]) -> dict[str, str]:
    """The sex of each full name: its given name's usual one, else the honorific of the first "Mr"/"Mrs"
    with its surname alone (the one named in full is the one the story first calls so)."""
    out: dict[str, str] = {}
    for whole in full.values():
        if (g := persons.GIVEN_NAME_SEX.get(whole.split()[0].lower())) is not None:
            out[whole] = g
    for p in sorted(people, key=lambda m: m.start):
        parts = p.name.split()
        if len(parts) == 1 and parts[0] in full and (h := _honorific_at(doc, p.start)) is not None:
            out.setdefault(full[parts[0]], h[1])
    return out


def _nearest_namesake(doc: Doc, named: list[tuple[int, str]], i: int, default: str) -> str:
    """A bare surname two people share is the one named in full last before it in the same
    paragraph ("Senator Carlos Ruiz … Ruiz said"); otherwise, or after "Mr."/"Mrs." (which tell the
    two apart by a gender not known here), the document-wide choice `default`."""
    if doc[i].lower_.rstrip(".") in _HONORIFICS or (i > 0 and doc[i - 1].lower_.rstrip(".") in _HONORIFICS):
        return default  # (the mention may start with its honorific: "Mrs. Clinton")
    # (`named` is in text order: the last one before `i` is in its paragraph if any is)
    last = next(((s, n) for s, n in reversed(named) if s < i), None)
    return last[1] if last is not None and _same_paragraph(doc, last[0], i) else default


# A role noun that refers back to a person whose role was written with another head ("Gen. Jane Roe,
# the head of the army … the army chief said"; "Gen." is how a general is titled before a name).
_ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "chief": ("head",), "head": ("chief",), "general": ("gen.",), "colonel": ("col.",), "admiral": ("adm.",),
    "senator": ("sen.",), "governor": ("gov.",), "professor": ("prof.",), "captain": ("capt.", "skipper"),
    "skipper": ("captain",),
}


_KIN_NOUNS = frozenset({"father", "mother", "brother", "sister", "son", "daughter", "husband", "wife", "uncle",
                        "aunt", "grandfather", "grandmother", "cousin", "nephew", "niece", "widow", "widower"})
_MALE_WORDS = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "emir", "sheikh", "father", "brother",
                         "son", "husband", "grandfather", "uncle", "nephew", "duke", "emperor", "boy", "widower"})
_FEMALE_WORDS = frozenset({"ms", "ms.", "mrs", "mrs.", "miss", "dame", "lady", "queen", "princess", "sheikha", "sister",
                           "actress", "mother", "daughter", "wife", "widow", "grandmother", "aunt", "niece",
                           "duchess", "empress", "girl", "heiress", "waitress", "baroness", "countess",
                           "viscountess", "marchioness"})


def _gender_of(words: Iterable[str]) -> str | None:
    for w in words:
        if w in _MALE_WORDS or (w.endswith("man") and w[:-3] in persons.GENDERED_STEMS):
            return "m"
        if w in _FEMALE_WORDS or (w.endswith("woman") and w[:-5] in persons.GENDERED_STEMS):
            return "f"
    return None


def _genders(doc: Doc, people: list[_M]) -> dict[str, str]:
    """Each person's grammatical gender where the text gives it: an honorific right before a
    mention ("Ms Quinn") or a gendered role word ("spokeswoman"); else where the given name is nearly
    always one sex's. Unknown people match any pronoun."""
    out: dict[str, str] = {}
    for p in people:
        words = [*(p.role or "").lower().split()[-1:], doc[p.start].lower_]
        if p.start > 0:
            words.append(doc[p.start - 1].lower_)
        if p.start > 1 and doc[p.start - 1].text == ",":
            words.append(doc[p.start - 2].lower_)  # "Her husband, Omar Aziz,"
        e = p.end
        if e + 2 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ in ("her", "his", "their", "the", "a"):
            words.append(doc[e + 2].lower_)  # "Omar Aziz, her husband,"
        g = _gender_of(words)
        if g is not None:
            out.setdefault(p.entity_id, g)
    for p in people:  # (what the story says outranks a given name's usual sex)
        if len(parts := p.name.split()) >= 2 and (g := persons.GIVEN_NAME_SEX.get(parts[0].lower())) is not None:
            out.setdefault(p.entity_id, g)
    return out


_SAY_LEMMAS = frozenset({"say", "tell", "add", "write", "warn", "argue", "insist", "note", "explain"})


def _after_own_quote(doc: Doc, tok: Token) -> bool:
    """A pronoun that says a quote that opens its sentence ('"It is over," she said')."""
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in _SAY_LEMMAS:
        return False
    first = tok.sent[0]
    return first.text in ('"', "“") and tok.i > first.i


def _in_quotes(doc: Doc, i: int) -> bool:
    """Whether token i sits inside double quotation marks opened earlier in its paragraph.

    A line that opens with a quote mark starts a new quote whatever came before it: a stray mark
    on a line above (an ad line, a caption, a quote left open) must not flip the count."""
    n = 0
    for j in range(i - 1, -1, -1):
        t = doc[j].text
        if "\n\n" in t or "\n\n" in doc[j].whitespace_:
            break
        if t in ('"', "“", "”", "«", "»"):
            n += 1
            if t != "”" and t != "»" and not doc[j].whitespace_ \
                    and (j == 0 or "\n" in doc[j - 1].whitespace_ or "\n" in doc[j - 1].text):
                break
    return n % 2 == 1


def _same_paragraph(doc: Doc, a: int, b: int) -> bool:
    return not any("\n\n" in doc[j].text or "\n\n" in doc[j].whitespace_ for j in range(a, b))


# titles of rulers and royals, written before a given name alone
_RULERS_TITLES = frozenset({"sheikh", "sheikha", "emir", "prince", "princess", "king", "queen", "sultan"})


def _titled_names(doc: Doc, by_tok: dict[int, _M], covered: dict[int, str]) -> list[_M]:
    """Names the NER missed but a title or apposition vouches for ("head of X Ivan Petrov")."""
    out: list[_M] = []
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        if tok.i in by_tok or not (tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha) or persons.is_role_word(tok):
            i += 1
            continue
        if tok.lower_ in _HONORIFICS and i + 1 < n and doc[i + 1].i not in by_tok:
            i += 1  # "Dame Olivia Stroud" the NER missed: the name is what follows the honorific
            continue
        j = i
        while j < n and j - i < 4 and doc[j].i not in by_tok and doc[j].pos_ == "PROPN" and doc[j].is_title \
                and doc[j].is_alpha and not persons.is_role_word(doc[j]) and doc[j].lower_ not in persons.TITLE_GLUE:
            j += 1
            if j + 1 < n and _hyphen_joined(doc, j + 1) and doc[j + 1].is_title and doc[j + 1].is_alpha \
                    and doc[j + 1].i not in by_tok:
                j += 2  # a hyphenated given name ("Anne-Laure") is one word of the name
        while i < j - 2 and _in_portfolio(doc, i):
            i += 1  # "Minister of Finance and Economic Planning Jane Roe": the portfolio's last words are no name
        last = doc[j - 1].lower_.rstrip(".")
        if last in _COMPANY_WORDS or last in LEGAL_SUFFIXES:
            pass  # "CEO of Xyz Commercial Airplanes": a business unit, not a person
        elif i > 0 and doc[i - 1].lower_ == "of":
            pass  # "the Director of Public Prosecutions": what the office is of, not who holds it
        elif (j - i >= 2 and (persons.title_before(doc, i, covered) or persons.apposition_after(doc, j)
                              or _age_after(doc, doc[i:j]))) or (i > 0 and doc[i - 1].lower_.rstrip(".") in _HONORIFICS) \
                or (i > 0 and doc[i - 1].is_title and doc[i - 1].lower_ in _RULERS_TITLES):  # ("Sheikh Tamim said")
            name = doc[i:j].text
            out.append(_M(i, j, "person:" + slug(name), "person", name, priority=3))
        i = max(j, i + 1)
    return out


_NOT_SPEAKER_LABELS = frozenset({"transcript", "update", "updated", "note", "editor", "photo", "video", "source",
                                 "sources", "correction", "breaking", "live", "watch", "read", "more", "related",
                                 "advertisement", "unidentified", "unknown", "crosstalk", "end", "begin", "audio",
                                 "female", "male", "voice", "question", "answer", "host", "moderator",
                                 # a part in a call or a show, not a name ("OPERATOR: Good morning")
                                 "operator", "announcer", "narrator", "interviewer", "caller", "audience",
                                 "presenter", "anchor", "commentator", "panelist", "participant",
                                 # a story's kind in a headline ("INTERVIEW: 'We will not sell'")
                                 "interview", "exclusive", "analysis", "factbox", "explainer", "opinion",
                                 "comment", "review", "obituary", "insight", "timeline", "editorial", "feature"})


_Q_LINE = re.compile(r"^[ \t]*Q[ \t]*:", re.M)


def _transcript_labels(doc: Doc, text: str) -> list[_M]:
    """People named by the all-caps speaker labels of a transcript ("SEN. NORA BIRCH: …", then
    "BIRCH: …"): the NER rarely tags all-caps names; two or more such lines make a transcript, and so
    does one with an interviewer's "Q:" lines."""
    found = list(persons.TRANSCRIPT_LABEL.finditer(text))
    if len(found) < 2 and not (found and _Q_LINE.search(text)):
        return []
    out: list[_M] = []
    for m in found:
        name = m.group(2)
        words = name.split()
        if any(w.lower().strip("'-") in _NOT_SPEAKER_LABELS for w in words) or lookup(name.title()) is not None \
                or lookup(name) is not None \
                or any(w.lower() in persons.ROLE_HEADS for w in words):
            continue
        sp = doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
        if sp is None:
            continue
        out.append(_M(sp.start, sp.end, "person:" + slug(name), "person", name, priority=3))
    return out


def _labelled_people(doc: Doc, cands: list[_M], labels: list[_M]) -> list[_M]:
    """A two- or three-word name the NER called an organization whose last word is a transcript's
    speaker label ("an interview conducted by Arlo Finch …", then "FINCH: …") is that person."""
    names = {m.name.split()[-1].lower() for m in labels}
    if not names:
        return cands
    for m in cands:
        sp = doc[m.start : m.end]
        if m.type == "organization" and m.priority == 0 and 2 <= len(sp) <= 3 and sp[-1].lower_ in names \
                and all(t.is_title and t.is_alpha for t in sp):
            m.type, m.entity_id, m.name = "person", "person:" + slug(sp.text), sp.text
            m.priority = 3
    return cands


_CORPORATE_TITLES = ("chief executive", "ceo", "chairman", "chairwoman", "chairperson", "managing director",
                     "chief financial officer", "cfo", "chief operating officer", "founder", "co-founder")


def _role_body(doc: Doc, rng: tuple[int, int], mentions: list[_M]) -> str | None:
    """The body a role names by its noun or a possessive rather than by name: "ministry spokesperson X"
    after "Xland's defence ministry", "Its chief executive X" after a firm, or "chief executive X" in a
    story that just named one firm and no other body (none where the antecedent is ambiguous)."""
    orgs = [m for m in mentions if m.type == "organization" and m.end <= rng[0]]
    if any(doc[i].lower_ in ("of", "at", "for", "with", "from") and doc[i + 1].lower_ in ("a", "an", "another")
           for i in range(rng[0], rng[1] - 1)):
        return None  # "chief executive of a rival carmaker": the title names some other, unnamed body
    for i in range(rng[0], rng[1]):
        low = doc[i].lower_
        if (low in ORG_HEADS or low in _FIRM_NOUNS) and doc[i].is_lower and not (
                i + 1 < len(doc) and doc[i + 1].lower_ == "of"):
            before = [m for m in orgs if m.name.lower().split()[-1:] == [low]]
            if not before and low in _FIRM_NOUNS:
                before = [m for m in orgs if _company_like(m, doc)]
            return before[-1].entity_id if before and len({m.entity_id for m in before[-3:]}) == 1 else None
    sent = doc[rng[0]].sent
    prev = doc[sent.start - 1].sent if sent.start > 0 and not _moves_on(sent) else sent
    near = [m for m in mentions if prev.start <= m.start and m.end <= rng[0] and m.type in ("organization", "media")
            and not (m.start > 0 and doc[m.start - 1].text == "(" and m.end < len(doc) and doc[m.end].text == ":")]
    # (not the exchange of a ticker, "Xyz ASA (OSE: XYZ)": the firm is the one named)
    poss = (rng[0] > 0 and doc[rng[0] - 1].lower_ in ("its", "their")) or doc[rng[0]].lower_ in ("its", "their")
    if poss and near and near[-1].type == "organization" and near[-1].start >= sent.start - 40:
        return near[-1].entity_id  # "Its chief executive X": the body just named
    role = doc[rng[0] : rng[1]].text.lower()
    title_words = {w for t in _CORPORATE_TITLES for w in t.split()} | {"officer", "executive", "financial", "operating"}
    if any(t.text[:1].isupper() and t.is_alpha and t.pos_ in ("PROPN", "ADJ") and t.lower_ not in title_words
           and t.lower_ not in _OF_COUNTRY_HEADS and t.lower_ not in _HONORIFICS
           and t.lower_ not in persons.TITLE_GLUE and not persons.is_role_word(t) and t.lower_ not in _OFFICE_MODS
           and t.lower_ not in _TITLE_ADJECTIVES and lookup(t.text) is None and t.ent_type_ != "NORP"
           for t in doc[rng[0] : rng[1]]):
        return None  # "Xyz chief executive Jane Xyz": the title's own name word says whose, not the firm just named
    if any(t in role.split() or (" " in t and t in role) for t in _CORPORATE_TITLES) \
            and len({m.entity_id for m in near}) == 1 and near[0].type == "organization":
        return near[0].entity_id
    return None


# openers that turn a story to another matter ("Separately, chief executive X said"): what the sentence
# before named is no antecedent for a bare title after them
_TOPIC_SHIFTS = frozenset({"separately", "meanwhile", "elsewhere"})


def _moves_on(sent: Span) -> bool:
    """The sentence opens by turning to another matter: "Separately,", "Meanwhile,", "In other news,",
    "In a separate statement,"."""
    words = [t.lower_ for t in sent[:3]]
    return bool(words) and (words[0] in _TOPIC_SHIFTS or words[:2] == ["in", "other"]
                            or (words[:1] == ["in"] and "separate" in words[1:]))


def _of_affiliation(doc: Doc, p: _M, mentions: list[_M], also: tuple[str, ...]) -> str | None:
    """The organization (or, for a titled person, country) named right after a name by "of", "at" or
    "from": "Jane Roe of the Xyz Institute", "Former foreign minister Jane Roe of Xland"."""
    j = p.end + (p.end < len(doc) and doc[p.end].text == ",")  # "Jane Roe, of Xyz Partners, said"
    if j + 1 >= len(doc) or doc[j].lower_ not in ("of", "at", "from"):
        return None
    k = j + 1 + (doc[j + 1].lower_ == "the")
    by_start = {m.start: m for m in mentions if m.type in ("organization", "media", *also)}
    # past what the body is ("of Xtown-based consultancy Xyz Partners"): lower-case nouns and a place's "-based"
    while k < len(doc) and k not in by_start and k < j + 7:
        if doc[k].is_title and k + 2 < len(doc) and doc[k + 1].text == "-" and doc[k + 2].lower_ == "based":
            k += 3
        elif doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ"):
            k += 1
        else:
            break
    org = by_start.get(k)
    return org.entity_id if org is not None else None


# verbs of a relative clause that give a person's post ("Jane Roe, who heads Xyz, said")
_POST_VERBS = frozenset({"heads", "leads", "runs", "chairs", "founded", "co-founded", "directs", "commands", "owns",
                         "manages"})


def _heads_clause(doc: Doc, end: int, mentions: list[_M]) -> tuple[int, int] | None:
    """Token range of "heads Xyz Ltd." in "Jane Roe, who heads Xyz Ltd., said": the post a relative
    clause right after the name gives, up to the next comma or the clause's end; only where the
    clause names an organization ("who leads Trump in polls" is no post)."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "who" or doc[end + 2].lower_ not in _POST_VERBS:
        return None
    k = end + 3
    while k < min(len(doc), end + 12) and doc[k].text not in (",", ".", ";", ":") \
            and not (doc[k].pos_ in ("VERB", "AUX") and k > end + 3):
        k += 1
    if k <= end + 3 or not any(end + 3 <= m.start and m.end <= k and m.type in ("organization", "media")
                               for m in mentions):
        return None
    return end + 2, k


def _who_is_clause(doc: Doc, end: int) -> tuple[int, int] | None:
    """Token range of "finance minister and energy minister" in "Erik Haug, who is (also) finance minister
    and energy minister, said": a post the relative clause gives, set off by commas, with a role head in it."""
    if end + 3 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "who" or doc[end + 2].lower_ != "is":
        return None
    k = end + 3
    while k < len(doc) and doc[k].lower_ in ("also", "now", "both", "the", "a", "an"):
        k += 1
    m = k
    while m < min(len(doc), k + 12) and doc[m].text not in (",", ".", ";", ":") \
            and (doc[m].pos_ not in ("VERB", "AUX") or doc[m].tag_ in ("VBG", "VBN")):
        m += 1
    if m == k or m >= len(doc) or doc[m].text != "," or not any(doc[i].lower_ in persons.ROLE_HEADS for i in range(k, m)):
        return None
    return k, m


def _affiliation(rng: tuple[int, int], mentions: list[_M]) -> str | None:
    inside = [m for m in mentions if rng[0] <= m.start and m.end <= rng[1] and m.type != "person"]
    for typ in ("organization", "media", "country"):
        for m in inside:
            if m.type == typ:
                return m.entity_id
    return None


def extract_actors(
    doc: Doc, doc_id: str, text: str, matcher: PhraseMatcher, lower_forms: dict[str, Entry]
) -> list[ActorMention]:
    """All actor mentions of one parsed document, sorted by offset."""
    _legal_form_orgs(doc)
    _particle_surnames(doc)
    _feature_places(doc)
    gaz = _gazetteer_mentions(doc, matcher, lower_forms)
    weapon_hits = [(s, e) for _, s, e in matcher(doc)]
    cands = gaz + _weapon_mentions(doc, text, weapon_hits) + _ent_mentions(doc, gaz)
    cands += _dateline_agency(doc, cands)
    cands += _interviewers(doc, cands)
    cands += _untagged_outlets(doc, cands)
    labels = _transcript_labels(doc, text)
    cands += labels
    cands = _labelled_people(doc, cands, labels)
    cands = _fix_person_equal_length(cands)
    mentions = _resolve_overlaps(cands)
    mentions = _acronyms(doc, text, mentions)
    mentions = _initials_aliases(doc, mentions)
    mentions = _defined_terms(doc, text, mentions)
    mentions = _country_tail_aliases(mentions)
    mentions += _short_firm_names(doc, mentions)
    mentions = _team_nicknames(doc, mentions)
    mentions = _town_clubs(doc, mentions)
    mentions += _unlisted_demonyms(doc, mentions)
    mentions = _possessive_orgs(doc, mentions)
    mentions = _org_home_countries(doc, mentions)
    mentions = _national_units(doc, mentions)
    mentions = _foreign_movements(doc, _place_named_forces(doc, mentions))
    mentions = _resolve_overlaps(mentions)
    _shared_demonyms(doc, mentions)
    _place_countries(doc, mentions)
    mentions += _national_services(doc, mentions)
    mentions += _general_staffs(doc, mentions)
    mentions = _bare_services(doc, mentions)  # before people take their bodies from these names
    mentions.sort(key=lambda m: (m.start, m.end))
    _surnames_tagged_as_bodies(doc, mentions)
    mentions = _persons(doc, mentions)
    mentions = _known_as(doc, mentions)
    mentions += _org_anaphora(doc, mentions)
    mentions += _home_ministries(doc, mentions)
    mentions.sort(key=lambda m: (m.start, m.end))
    out: list[ActorMention] = []
    for m in mentions:
        s_char = doc[m.start].idx
        last: Token = doc[m.end - 1]
        while last.is_space and last.i > m.start:
            last = doc[last.i - 1]  # "Mr Anderson" + the blanks a mended line break left after it
        e_char = last.idx + len(last.text)
        out.append(ActorMention(
            doc_id=doc_id, start=s_char, end=e_char, text=text[s_char:e_char], entity_id=m.entity_id,
            type=m.type, name=m.name, role=m.role, affiliation=m.affiliation, country=m.country,
            metonymy=m.metonymy,
        ))
    return _dedupe(out)


def _surnames_tagged_as_bodies(doc: Doc, mentions: list[_M]) -> None:
    """"Nwosu said" after "Emeka Nwosu, managing director of X,": a one-word body from the NER that is
    the last word of a person named in the story, and says something, is that person (unless a longer
    body's name holds the word too: "Okoro" may be "Okoro Energy")."""
    people = {doc[m.end - 1].text: m for m in mentions if m.type == "person" and doc[m.end - 1].is_title}
    in_bodies = {t.text for m in mentions if m.type in ("organization", "media") and m.end - m.start >= 2
                 for t in doc[m.start : m.end]}
    for m in mentions:
        if m.type != "organization" or m.end - m.start != 1 or m.priority != 0:
            continue
        tok = doc[m.start]
        who = people.get(tok.text)
        if who is None or tok.text in in_bodies or tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in _SAY_LEMMAS:
            continue
        m.entity_id, m.type, m.name, m.country = who.entity_id, "person", who.name, who.country


def _shared_demonyms(doc: Doc, mentions: list[_M]) -> None:
    """A demonym two countries share ("Congolese") is the one of them the story names, by its name, its
    capital or a place in it, when it names only one; else the gazetteer's first."""
    named = {m.country for m in mentions if m.country and (m.type == "location" or (
        m.type == "country" and (hit := lookup(doc[m.start : m.end].text)) is not None and hit.kind != "demonym"))}
    for m in mentions:
        if m.type != "country" or m.end - m.start != 1:
            continue
        isos = gazetteer.DEMONYM_COUNTRIES.get(doc[m.start].text, [])
        if len(isos) < 2 or (hit := lookup(doc[m.start].text)) is None or hit.kind != "demonym":
            continue
        told = [iso for iso in isos if iso in named]
        if len(told) == 1 and told[0] != m.country:
            m.country, m.entity_id, m.name = told[0], f"country:{told[0]}", gazetteer.COUNTRY_NAMES[told[0]]


def _place_countries(doc: Doc, mentions: list[_M]) -> None:
    """Give each place without a country the one it lies in: the country a dateline names after its
    city ("HYDERABAD, Pakistan"), else the country of a listed city or capital ("KARACHI traders").
    An all-caps city ("LAHORE") is named as written in running text ("Lahore")."""
    dateline = document_of(doc).dateline or ""
    city, _, rest = dateline.partition(",")
    stated = gazetteer.country_of_form(rest.split(",")[0].strip()) if rest else None
    for m in mentions:
        if m.type != "location" or m.country is not None:
            continue
        name = " ".join(w.capitalize() for w in m.name.split()) if m.name.isupper() else m.name
        listed = gazetteer.city_country(name) or gazetteer.CAPITAL_OF.get(name)
        if listed is None and not stated:
            continue
        if listed is not None and m.name.isupper() and m.name != name:
            m.name = name
        if stated and slug(name) == slug(city) and not (listed and _country_named_within(listed, rest)):
            m.country = stated
        else:
            m.country = listed


def _country_named_within(iso3: str, words: str) -> bool:
    """The dateline's country words are part of a name of `iso3` ("Congo" of "Democratic Republic of
    the Congo"): the shorter name is the writer's for that country, not another one."""
    first = words.split(",")[0].strip()
    pat = re.compile(rf"\b{re.escape(first)}\b")
    return bool(first) and any(e.country == iso3 and e.type == "country" and pat.search(form)
                               for form, e in gazetteer.FORMS.items())


_LEGAL_ABBREVS = frozenset({"inc", "corp", "ltd", "llc", "plc", "gmbh", "llp", "pty", "bhd",
                            # line-of-business words that end only company names ("Xyz Motors")
                            "motors", "airlines", "airways", "industries", "technologies", "holdings",
                            "pharmaceuticals", "electronics", "aerospace"})


def _legal_form_orgs(doc: Doc) -> None:
    """Make "Northbridge Systems Inc." one ORG entity where the NER missed it or cut it up: title-case
    words ending in a legal-form abbreviation or a word like "Motors" name a company, whatever the
    model says of the words."""
    spans: list[Span] = []
    pairs: set[str] = set()
    for tok in doc:
        if tok.i == 0 or not tok.text[:1].isupper():
            continue
        if tok.lower_.rstrip(".") not in _FIRM_ENDS and not (
                tok.text in _CASED_FIRM_ENDS and not (tok.i + 1 < len(doc) and doc[tok.i + 1].is_title)):
            continue  # ("Equinor ASA", "Xyz AG"; not "State AG Jane Roe", where the title comes before a name)
        first = tok.i
        while first > 0 and tok.i - first < 5 and "\n" not in doc[first - 1].text and doc[first - 1].is_alpha \
                and doc[first - 1].text[:1].isupper() and doc[first - 1].lower_ not in persons.ROLE_HEADS \
                and doc[first - 1].pos_ == "PROPN" and not (
                    doc[first - 1].is_sent_start and doc[first - 1].lower_ in persons.TITLE_GLUE):
            first -= 1
        if first == tok.i:
            continue
        if tok.lower_.rstrip(".") in _AND_FIRM_ENDS and (a := _and_partner(doc, first)) is not None:
            first = a  # "Gulf and Western Inc": two founders' names joined by "and" before a legal form
            pairs.add(doc[first : tok.i].text)
        if any(e.label_ == "ORG" and e.start <= first and tok.i < e.end for e in doc.ents):
            continue
        spans.append(Span(doc, first, tok.i + 1, label="ORG"))
    spans += _and_firm_repeats(doc, pairs, spans)
    spans += _military_units(doc)
    spans += _institution_names(doc)
    spans += _foreign_firm_names(doc)
    spans += _employer_before_role(doc)
    spans += _tied_firm_names(doc)
    spans += _two_county_forces(doc)
    spans += _portfolio_lists(doc)
    spans += _club_names(doc)
    if not spans:
        return
    spans = filter_spans(spans)  # "Acme Holdings Ltd. Co.": two endings, one name (set_ents refuses overlaps)
    taken = {i for sp in spans for i in range(sp.start, sp.end)}
    kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
    doc.set_ents(sorted(kept + spans, key=lambda e: e.start))


_NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "del", "della", "la", "le", "du", "da", "dos", "das",
                             "bin", "bint", "binti", "ibn", "ter", "zu"})


# heads of sea and coast names written "X of Y" ("the Strait of Hormuz", "the Bay of Biscay")
_FEATURE_HEADS = frozenset({"Strait", "Straits", "Gulf", "Bay", "Cape", "Sea", "Isle", "Bight", "Firth", "Horn"})


def _feature_places(doc: Doc) -> None:
    """"the Strait of" + "Hormuz", "Bay of" + "Biscay": a strait, gulf, bay or cape named "X of Y" is one
    place, however the NER cut it (it tags "Hormuz" a person when the sentence opens with it)."""
    spans: list[Span] = []
    for tok in doc[:-2]:
        if tok.text not in _FEATURE_HEADS or doc[tok.i + 1].text != "of":
            continue
        if tok.i > 0 and (doc[tok.i - 1].is_title or doc[tok.i - 1].is_upper) and doc[tok.i - 1].lower_ != "the" \
                and not doc[tok.i - 1].is_sent_start:
            continue  # ("Minister for the Gulf of X", "Xyz Bay of …": part of a longer name)
        k = tok.i + 2
        while k < len(doc) and k < tok.i + 5 and doc[k].is_title and doc[k].is_alpha and "\n" not in doc[k - 1].whitespace_:
            k += 1
        if k > tok.i + 2:
            spans.append(Span(doc, tok.i, k, label="LOC"))
    spans = filter_spans(spans)
    if spans:
        taken = {i for sp in spans for i in range(sp.start, sp.end)}
        kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
        doc.set_ents(sorted(kept + spans, key=lambda e: e.start))


def _particle_surnames(doc: Doc) -> None:
    """"Ursula von der" + "Leyen": a person's name the NER ends on its lower-case particles runs on
    to the capitalized surname after them; "Mariam" + "bint" + "Saeed Al Nuaimi", two person names
    with only lower-case particles between them, are one name ("daughter of" is part of it)."""
    spans: list[Span] = []
    for e in doc.ents:
        if e.label_ != "PERSON":
            continue
        k = e.end
        while k < e.end + 3 and k < len(doc) and doc[k].is_lower and doc[k].lower_ in _NAME_PARTICLES \
                and "\n" not in doc[k - 1].whitespace_:
            k += 1
        if k > e.end and k < len(doc) and doc[k].ent_iob_ == "B" and doc[k].ent_type_ == "PERSON" \
                and "\n" not in doc[k - 1].whitespace_:
            nxt = next(n for n in doc.ents if n.start == k)
            spans.append(Span(doc, e.start, nxt.end, label="PERSON"))
            continue
        if len(e) < 2 or e[-1].lower_ not in _NAME_PARTICLES or not e[-1].is_lower:
            continue
        k = e.end
        if k < len(doc) and doc[k].is_title and doc[k].is_alpha and "\n" not in doc[k - 1].whitespace_:
            spans.append(Span(doc, e.start, k + 1, label="PERSON"))
    spans = filter_spans(spans)
    if spans:
        taken = {i for sp in spans for i in range(sp.start, sp.end)}
        kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
        doc.set_ents(sorted(kept + spans, key=lambda e: e.start))


_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
_UNIT_WORDS = frozenset({"Brigade", "Division", "Battalion", "Regiment", "Corps", "Fleet", "Army", "Squadron", "Wing",
                         "Flotilla", "Battery", "Platoon", "Detachment", "Infantry", "Cavalry", "Marines",
                         "Region"})  # ("the 5th Military Region": a command area that is a unit)


def _military_units(doc: Doc) -> list[Span]:
    """"the 82nd Airborne Division", "the 155th Separate Mechanized Brigade": a numbered unit is one
    name with its number (the NER leaves the ordinal out, which makes every airborne division one)."""
    out: list[Span] = []
    for tok in doc:
        if not tok.text[:1].isdigit() or not _ORDINAL.fullmatch(tok.lower_):
            continue
        j = tok.i + 1
        while j < len(doc) and j - tok.i <= 4 and doc[j].is_title and doc[j].is_alpha and "\n" not in doc[j - 1].whitespace_:
            j += 1
        last = max((k for k in range(tok.i + 1, j) if doc[k].text in _UNIT_WORDS), default=None)
        if last is not None:
            out.append(Span(doc, tok.i, last + 1, label="ORG"))
    return out


# legal forms after which "X and Y" is one company's name ("Gulf and Western Inc", "Procter and Gamble Co")
_AND_FIRM_ENDS = frozenset({"inc", "corp", "co", "ltd", "llc", "plc", "llp", "group"})


_FIRM_ENDS = _LEGAL_ABBREVS | _AND_FIRM_ENDS
# European legal forms that end company names only as written in capitals ("Equinor ASA", "Xyz SpA")
_CASED_FIRM_ENDS = frozenset({"ASA", "AB", "Oyj", "NV", "SpA", "BV", "SE", "AG", "SA"})


def _and_partner(doc: Doc, first: int) -> int | None:
    """Start of "X and" right before a company name's first word `first`, where X is one or two
    title-case words that name no known place or body and begin a phrase ("Britain and Acme Group"
    stays two; so does "Jane Roe and Acme Inc", a person named as such elsewhere in the text)."""
    if first < 2 or doc[first - 1].lower_ != "and":
        return None
    k = first - 1
    # (a sentence's first word may be tagged an adjective: "Bright and Early Group said")
    while k > 0 and first - 1 - k < 2 and doc[k - 1].is_alpha and doc[k - 1].is_title and (
            doc[k - 1].pos_ == "PROPN" or (doc[k - 1].is_sent_start and doc[k - 1].pos_ in ("ADJ", "NOUN"))) \
            and "\n" not in doc[k - 1].whitespace_ and doc[k - 1].lower_ not in persons.ROLE_HEADS:
        k -= 1
    if k == first - 1:
        return None
    x = doc[k : first - 1]
    if lookup(x.text) is not None or any(lookup(t.text) is not None or t.lower_ in _FIRM_ENDS
                                         for t in x):
        return None  # ("Xyz Inc and Acme Group": two companies)
    if any(e.label_ == "PERSON" and e.text.endswith(x[-1].text) and len(e) >= 2 for e in doc.ents
           if not (k <= e.start < first)):
        return None
    if k > 0 and doc[k - 1].text in (",", "’s", "'s"):
        return None  # ("Xland, Yland and Acme Inc": a list, of which the company is the last)
    if (k > 0 and persons.is_role_word(doc[k - 1])) or any(
            e.label_ == "PERSON" and len(e) >= 2 and e.start <= k and first - 1 <= e.end for e in doc.ents):
        return None  # ("Chairman Tom Ellis and Acme Corp": a person and a company)
    return k


def _and_firm_repeats(doc: Doc, pairs: set[str], spans: list[Span]) -> list[Span]:
    """Later mentions of an "X and Y" company without its legal form ("chairwoman of Harlan and
    Whitcombe"): the NER cuts them into two places or people as well."""
    if not pairs:
        return []
    taken = {i for sp in spans for i in range(sp.start, sp.end)}
    taken |= {i for e in doc.ents if e.label_ == "ORG" and e[-1].lower_.rstrip(".") in _AND_FIRM_ENDS
              for i in range(e.start, e.end)}  # (the NER's own "Pike and Barlow Corp")
    out: list[Span] = []
    for tok in doc:
        if tok.lower_ != "and" or tok.i in taken or tok.i == 0:
            continue
        for name in pairs:
            n = len(name.split())  # (title-case words and "and": one token each)
            lo = tok.i - name.split().index("and")
            if lo < 0 or lo + n > len(doc) or doc[lo : lo + n].text != name:
                continue
            if any(i in taken for i in range(lo, lo + n)):
                continue
            out.append(Span(doc, lo, lo + n, label="ORG"))
            taken.update(range(lo, lo + n))
    return out


_INSTITUTION_HEADS = frozenset({"Council", "Agency", "Commission", "Authority", "Committee", "Board", "Institute",
                                "University", "Bureau", "Ministry", "Department", "Tribunal", "Assembly"})


def _club_names(doc: Doc) -> list[Span]:
    """"Brennock Rovers have signed X" with nothing from the NER: one or two title-case names before a
    club's last word ("Rovers", "Wanderers", "Athletic") are a club."""
    out: list[Span] = []
    for tok in doc:
        if tok.lower_ not in _CLUB_WORDS or not tok.is_title or tok.ent_type_ or tok.i == 0:
            continue
        first = tok.i
        while first > 0 and tok.i - first < 2 and doc[first - 1].is_title and doc[first - 1].is_alpha \
                and doc[first - 1].pos_ == "PROPN" and not doc[first - 1].ent_type_ and "\n" not in doc[first - 1].whitespace_ \
                and lookup(doc[first - 1].text) is None:
            first -= 1
        if first < tok.i:
            out.append(Span(doc, first, tok.i + 1, label="ORG"))
    return out


def _portfolio_lists(doc: Doc) -> list[Span]:
    """"the Department of Forestry, Fisheries and the Environment" cut after "Fisheries" by the NER:
    a body "X of A" whose portfolio goes on as a list of bare title-case words ending "and (the) C"
    is one name (", the Army and the Navy" are other bodies: a listed word has no "the")."""
    out: list[Span] = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or not any(t.lower_ == "of" for t in ent[1:]):
            continue
        j, listed = ent.end, any(t.text == "," for t in ent)
        while j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].is_title and doc[j + 1].is_alpha:
            j += 2
            listed = True
            while j < len(doc) and doc[j].is_title and doc[j].is_alpha:
                j += 1
        if not listed or j >= len(doc) or doc[j].lower_ not in ("and", "&"):
            continue
        k = j + 1 + (j + 1 < len(doc) and doc[j + 1].lower_ == "the")
        e = k
        while e < len(doc) and e - k < 3 and doc[e].is_title and doc[e].is_alpha and not doc[e].is_sent_start:
            e += 1
        if e > k:
            out.append(Span(doc, ent.start, e, label="ORG"))
    return out


# roles held in a body, never in a place ("Kano governor", "Detroit mayor" name places)
_BODY_STAFF = frozenset({"spokesperson", "spokesman", "spokeswoman", "chairman", "chairwoman", "chairperson",
                         "analyst", "economist", "strategist", "executive", "engineer"})


def _employer_before_role(doc: Doc) -> list[Span]:
    """"Transnet spokesperson Jane Roe" with nothing tagged before the role: one or two title-case
    words right before a lower-case staff word and a title-case name are the body the role is of."""
    out: list[Span] = []
    for tok in doc:
        if not (tok.is_lower and tok.lower_ in _BODY_STAFF and tok.i + 2 < len(doc) and doc[tok.i + 1].is_title
                and doc[tok.i + 1].pos_ == "PROPN"):
            continue
        first = tok.i
        while first > 0 and tok.i - first < 2 and doc[first - 1].tag_ == "NNP" and doc[first - 1].is_title \
                and doc[first - 1].is_alpha and not doc[first - 1].ent_type_ and lookup(doc[first - 1].text) is None \
                and not persons.is_role_word(doc[first - 1]) and doc[first - 1].lower_ not in persons.TITLE_GLUE \
                and doc[first - 1].lower_ not in _HONORIFICS and doc[first - 1].lower_ not in persons.GIVEN_NAME_SEX:
            first -= 1
        if first == tok.i or (first > 0 and (doc[first - 1].is_title or doc[first - 1].text in ("'s", "’s"))) \
                or _in_title_line(doc, first):
            continue
        out.append(Span(doc, first, tok.i, label="ORG"))
    return out


def _foreign_firm_names(doc: Doc) -> list[Span]:
    """"Huta Stalowa Wola", "Cantieri Navali Rossi": a foreign line-of-business word ("steelworks",
    "shipyards") before title-case words names a firm, often after the town it stands in, whatever
    the NER made of the town."""
    out: list[Span] = []
    for tok in doc:
        if tok.lower_ not in _FOREIGN_FIRM_HEADS or not tok.is_title:
            continue
        k = tok.i + 1
        while k < len(doc) and k - tok.i <= 3 and doc[k].is_title and doc[k].is_alpha and doc[k].pos_ == "PROPN" \
                and doc[k].ent_type_ != "PERSON" and not persons.is_role_word(doc[k]):
            k += 1
        if k - tok.i >= 2 and not any(e.start < tok.i < e.end or e.start < k < e.end for e in doc.ents):
            out.append(Span(doc, tok.i, k, label="ORG"))
    return out


# nouns that tie one firm to another by name ("Xco rival Yco", "Xco subsidiary Yco")
_FIRM_TIES = frozenset({"rival", "competitor", "peer", "subsidiary", "affiliate", "supplier"})
_FIRM_ONLY_TIES = frozenset({"subsidiary", "affiliate", "supplier"})  # (a person may be a "rival", never these)


def _tied_firm_names(doc: Doc) -> list[Span]:
    """"OpenAI rival Anthropic", "Xco subsidiary Yco": a lower-case tie noun between a name the NER
    tags as a body or place and one or two untagged title-case words makes both firms (a person's
    rival is "Republican rival Jane Roe": a party word or a person before, or a given name after)."""
    out: list[Span] = []
    for tok in doc:
        if tok.lower_ not in _FIRM_TIES or not tok.is_lower or tok.i == 0 or tok.i + 1 >= len(doc):
            continue
        before = doc[tok.i - 1]
        if before.ent_type_ not in ("ORG", "GPE", "LOC", "PRODUCT"):
            continue
        first = next(e for e in doc.ents if e.start <= before.i < e.end)
        named = doc[tok.i + 1]
        if named.ent_iob_ == "B" and named.ent_type_ == "PERSON" and tok.lower_ in _FIRM_ONLY_TIES \
                and not _in_title_line(doc, tok.i):
            whole = next(e for e in doc.ents if e.start == named.i)
            out.append(Span(doc, whole.start, whole.end, label="ORG"))  # "Xco subsidiary Orvano": no person is one
            if first.label_ != "ORG" and first.end == tok.i and lookup(first.text) is None \
                    and gazetteer.city_country(first.text) is None:
                out.append(Span(doc, first.start, first.end, label="ORG"))
            continue
        if named.ent_iob_ == "B" and named.ent_type_ == "ORG" and first.label_ != "ORG" and first.end == tok.i \
                and lookup(first.text) is None and gazetteer.city_country(first.text) is None:
            out.append(Span(doc, first.start, first.end, label="ORG"))  # "Nvidia supplier TSMC" ("Nvidia" read as a place)
            continue
        if _in_title_line(doc, tok.i):
            continue
        k = tok.i + 1
        while k < len(doc) and k - tok.i <= 2 and doc[k].is_title and doc[k].is_alpha and doc[k].pos_ == "PROPN" \
                and doc[k].ent_iob_ == "O" and not persons.is_role_word(doc[k]) \
                and doc[k].lower_ not in persons.GIVEN_NAME_SEX and lookup(doc[k].text) is None:
            k += 1
        if k == tok.i + 1 or (k < len(doc) and doc[k].is_title):
            continue
        out.append(Span(doc, tok.i + 1, k, label="ORG"))
        if first.label_ != "ORG" and first.end == tok.i and lookup(first.text) is None \
                and gazetteer.city_country(first.text) is None:
            out.append(Span(doc, first.start, first.end, label="ORG"))  # ("OpenAI" read as a place)
    return out


def _two_county_forces(doc: Doc) -> list[Span]:
    """"Devon and Cornwall Police", "Avon and Somerset Constabulary": one police force named for two
    areas, which the NER cuts into a person or place and a force."""
    out: list[Span] = []
    for ent in doc.ents:
        a = ent.start - 2
        if ent.label_ != "ORG" or ent[-1].text not in ("Police", "Constabulary") or len(ent) != 2 or a < 0 \
                or doc[a + 1].lower_ != "and":
            continue
        x = doc[a]
        if not (x.is_title and x.is_alpha and x.pos_ == "PROPN") or (a > 0 and doc[a - 1].is_title) \
                or (x.ent_type_ and (x.ent_iob_ != "B" or (a + 1 < len(doc) and doc[a + 1].ent_iob_ == "I"))):
            continue
        out.append(Span(doc, a, ent.end, label="ORG"))
    return out


def _institution_names(doc: Doc) -> list[Span]:
    """"the Riverside County Council" where the NER tagged nothing: "the" and title-case words ending
    in an institution's head noun name a body (the model misses such names now and then, more often
    in longer stories)."""
    out: list[Span] = []
    for tok in doc:
        bare = tok.text in ("Police", "Constabulary")  # police forces go without "the" ("Xshire Police said")
        if (tok.text not in _INSTITUTION_HEADS and not bare) or tok.ent_type_ or _in_title_line(doc, tok.i):
            continue
        first = tok.i
        while first > 0 and tok.i - first < 5 and doc[first - 1].is_title and doc[first - 1].is_alpha \
                and doc[first - 1].pos_ == "PROPN" and not doc[first - 1].ent_type_ \
                and not persons.is_role_word(doc[first - 1]):
            first -= 1
        if first == tok.i or (not bare and (first == 0 or doc[first - 1].lower_ != "the")):
            continue
        out.append(Span(doc, first, tok.i + 1, label="ORG"))
    return out


def _home_ministries(doc: Doc, mentions: list[_M]) -> list[_M]:
    """"WARSAW (Reuters) - … the defence ministry said": an unnamed ministry in a story filed from a
    capital is that country's government (as "the Xland Defence Ministry said" is Xland), unless the
    story names another country's ministry, which would make it ambiguous."""
    home: str | None = None
    for m in mentions:
        if m.type == "location" and doc[m.start : m.end].text.isupper() and _dateline_place(doc, doc[m.start : m.end]):
            home = gazetteer.CAPITAL_OF.get(doc[m.start : m.end].text.title())
            break
    if home is None or any(m.country not in (None, home) and "ministry" in m.name.lower() for m in mentions):
        return []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    out: list[_M] = []
    for tok in doc:
        if tok.text not in ("ministry", "ministries") or tok.i in taken or tok.dep_ == "compound":
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.lower_ == "of" or nxt.pos_ == "PROPN"):
            continue  # "the ministry of X" names its own body
        k = tok.i
        while k > 0 and doc[k - 1].is_lower and doc[k - 1].pos_ in ("ADJ", "NOUN", "PROPN") and doc[k - 1].i not in taken:
            k -= 1
        if k == 0 or doc[k - 1].lower_ != "the":
            continue
        out.append(_M(k - 1, tok.i + 1, f"country:{home}", "country", gazetteer.COUNTRY_NAMES.get(home, home),
                      country=home, metonymy=True, priority=1))
    return out


# words between a name's comma and a nom de guerre ("X, formerly known by his nom de guerre Y")
_ALIAS_PHRASE_WORDS = frozenset({"known", "by", "his", "her", "the", "a", "also", "better", "widely", "formerly",
                                 "once", "then", "who", "went", "goes", "under", "used", "uses"})


def _known_as(doc: Doc, mentions: list[_M]) -> list[_M]:
    """"Mohamed Hamdan Dagalo, (widely) known as Hemedti," or "…, nicknamed Hemedti": the name after it is the
    person's other name (the NER often calls it a place), one entity with the full name. A person's
    name there ("Ahmed Roe, also known as Abu Zaid,") is the same person's alias, wherever it comes back."""
    ends = {m.end: m for m in mentions if m.type == "person" and m.end - m.start >= 2}
    merged: dict[str, _M] = {}
    for m in mentions:
        i = m.start
        if m.end - m.start > (6 if m.type == "person" else 2) or i < 3:
            continue
        if doc[i - 2].lower_ == "known" and doc[i - 1].lower_ == "as":
            # an adverb may come first: "better", "widely", "also", "popularly known as"
            k = i - 2 - (doc[i - 3].lower_ == "better" or (doc[i - 3].pos_ == "ADV" and doc[i - 3].is_lower))
        elif doc[i - 1].lower_ in ("nicknamed", "dubbed"):
            k = i - 1
        elif i >= 4 and [t.lower_ for t in doc[i - 3 : i]] == ["nom", "de", "guerre"]:
            # "X, (formerly) known by his nom de guerre Y,": walk back over the phrase to the comma
            k = i - 3
            while k > 1 and i - k < 9 and doc[k - 1].lower_ in _ALIAS_PHRASE_WORDS:
                k -= 1
        else:
            continue
        p = ends.get(k - 1) if k > 0 and doc[k - 1].text == "," else None
        if p is not None and m.type == "person":
            if m.entity_id != p.entity_id:
                merged[m.entity_id] = p
        elif p is not None:
            m.entity_id, m.type, m.name, m.country, m.metonymy = p.entity_id, "person", p.name, None, False
    for m in mentions:
        if m.type == "person" and (p := merged.get(m.entity_id)) is not None:
            m.entity_id, m.name = p.entity_id, p.name
            m.role = m.role or p.role
    return mentions


def _national_services(doc: Doc, mentions: list[_M]) -> list[_M]:
    """"the Malian army", "the Polish navy", "Xland's air force": a demonym or a country's possessive
    before a lower-case armed service is that country's service, an actor of its own (one id per
    country: "Mali's army" is the same body)."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    out: list[_M] = []
    for m in mentions:
        k = m.end
        if k < len(doc) and doc[k].text in ("'s", "’s"):
            k += 1  # "Xland's air force": the country's own service, as its demonym's
        elif m.end - m.start != 1 or (hit := lookup(doc[m.start].text)) is None or hit.kind != "demonym":
            continue
        if m.type != "country" or not m.country or k >= len(doc) or k in taken:
            continue
        e = k + 2 if doc[k].lower_ == "air" and k + 1 < len(doc) and doc[k + 1].lower_ == "force" else k + 1
        if doc[e - 1].lower_ not in ("army", "navy", "military", "force") or not doc[k].is_lower \
                or (doc[e - 1].dep_ == "compound" and e < len(doc) and doc[e].pos_ in ("NOUN", "PROPN")) \
                or (e - k == 1 and doc[k].lower_ == "force"):
            # "the Malian army base" is a base; "Xland's air force scrambled jets" (parsed as a
            # compound of "jets") is still the force
            continue
        words = doc[k:e].text.lower()
        out.append(_M(k, e, f"org:{m.country.lower()}-{slug(words)}", "organization", doc[m.start : e].text,
                      country=m.country, priority=1))
    return out


def _general_staffs(doc: Doc, mentions: list[_M]) -> list[_M]:
    """"the General Staff said": the high command of a country's armed forces (the daily source of war
    reports), a body the NER often leaves untagged; "Xland's General Staff" gives it its country."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    country_at = {m.end: m for m in mentions if m.type == "country" and m.country}
    out: list[_M] = []
    for tok in doc[:-1]:
        if tok.text != "General" or doc[tok.i + 1].text != "Staff" or taken & {tok.i, tok.i + 1} \
                or (tok.i + 2 < len(doc) and doc[tok.i + 2].pos_ == "PROPN"):
            continue
        owner = country_at.get(tok.i - 1) if tok.i > 0 and doc[tok.i - 1].text in ("'s", "’s") else None
        out.append(_M(tok.i, tok.i + 2, "org:general-staff", "organization", "General Staff",
                      country=owner.country if owner is not None else None, priority=1))
    return out


_SERVICES = ("army", "navy", "air force", "military")


def _bare_services(doc: Doc, mentions: list[_M]) -> list[_M]:
    """"the Sudanese army … the Army said", "Xland's air force … the air force": once a story names one
    country's service, a later bare "Army" or "the air force" is that force (as "the ministry" is the
    ministry last named), unless the story named that service of two countries."""
    national: dict[str, list[_M]] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        svc = next((v for v in _SERVICES if m.country and m.entity_id == f"org:{m.country.lower()}-{slug(v)}"), None)
        if svc is not None:
            national.setdefault(svc, []).append(m)
    if not national:
        return mentions
    taken = {i for m in mentions for i in range(m.start, m.end)}
    out: list[_M] = []
    for m in mentions:
        words = m.name.lower().removeprefix("the ")
        firsts = national.get(words, [])
        if m.type == "organization" and m.entity_id == "org:" + slug(words) and firsts \
                and len({f.entity_id for f in firsts}) == 1 and firsts[0].start < m.start:
            f = firsts[0]
            m = _M(m.start, m.end, f.entity_id, "organization", f.name, role=m.role, country=f.country,
                   priority=m.priority)
        out.append(m)
    firsts = national.get("air force", [])
    if len({f.entity_id for f in firsts}) == 1:
        for tok in doc[1:-2]:
            if tok.lower_ == "the" and doc[tok.i + 1].lower_ == "air" and doc[tok.i + 2].lower_ == "force" \
                    and tok.i > firsts[0].start and not taken & {tok.i + 1, tok.i + 2} \
                    and (tok.i + 3 >= len(doc) or doc[tok.i + 3].pos_ not in ("NOUN", "PROPN")):
                f = firsts[0]
                out.append(_M(tok.i, tok.i + 3, f.entity_id, "organization", f.name, country=f.country, priority=1))
    return sorted(out, key=lambda m: (m.start, m.end))


def _company_like(m: _M, doc: Doc) -> bool:
    """Named as a business: its name or its words in the text end in a firm word or a legal form."""
    return any(bool(last) and (last[0] in _COMPANY_WORDS or last[0] in LEGAL_SUFFIXES)
               for last in (m.name.lower().rstrip(".").split()[-1:], [doc[m.end - 1].lower_.rstrip(".")]))


_MINISTRY_NOUNS = frozenset({"ministry", "department"})


# Words of a trade union's name that is no "Union" ("the Dock Workers' Federation" … "the union said").
_UNION_ENDS = frozenset({"federation", "confederation", "guild", "syndicate", "association"})
_WORKER_WORDS = frozenset({"workers", "workers'", "employees", "employees'", "dockers", "dockworkers", "teachers",
                           "nurses", "miners", "drivers", "pilots", "trade", "labour", "labor", "staff"})


def _workers_body(m: _M) -> bool:
    words = m.name.lower().replace("’", "'").split()
    return len(words) >= 2 and words[-1] in _UNION_ENDS and any(w in _WORKER_WORDS for w in words[:-1])


def _public_body(m: _M) -> bool:
    """A union, court, ministry, party or other public or member body by the last word of its name."""
    last = m.name.lower().rstrip(".").split()[-1:]
    return bool(last) and (last[0] in _PLACE_NAMED_BODIES or last[0] in ORG_HEADS or last[0] in _GOVERNMENT_WORDS)


# words for an armed group, which its name need not hold ("Xyz fighters … the militant group said")
_GROUP_KINDS = frozenset({"militant", "armed", "rebel", "jihadist", "islamist", "extremist", "insurgent", "separatist",
                          "paramilitary", "terrorist", "terror"})


def _org_anaphora(doc: Doc, mentions: list[_M]) -> list[_M]:
    """"the ministry", "the defence ministry", "the agency": the latest organization before it whose name
    ends in that noun and holds its modifiers ("Ukraine's foreign ministry … the ministry said"); "the
    company", "the firm": the latest business named as one ("X Industries", "Y Inc"). Only while no
    other such organization came between. A noun followed by "of" or a name is a name of its own."""
    orgs = sorted((m for m in mentions if m.type == "organization"), key=lambda m: m.start)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    out: list[_M] = []
    for tok in doc:
        low = tok.lower_
        if (low not in ORG_HEADS and low not in _FIRM_NOUNS and low != "union") or tok.i in taken or tok.dep_ == "compound" \
                or not (tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_lower)):
            continue
        k = tok.i - 1
        while k > 0 and k > tok.i - 3 and doc[k].is_lower and doc[k].is_alpha and doc[k].dep_ in ("compound", "amod") \
                and doc[k].lower_ != "the" and k not in taken:
            k -= 1
        # "his ministry", "her department": a minister's own, the ministry last named
        held = doc[k].lower_ in ("his", "her") and low in _MINISTRY_NOUNS
        if k < 0 or (doc[k].lower_ != "the" and not held):
            continue
        mods = [t.lower_ for t in doc[k + 1 : tok.i]]
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.lower_ == "of" or nxt.pos_ == "PROPN" or nxt.lower_ in ("'s", "’s")):
            continue
        heads = _MINISTRY_NOUNS if held else {low}
        # "battery startup Brightwave … the startup": the body last introduced by that very noun comes first
        introduced = [m for m in orgs if m.end <= k and m.start > 0 and doc[m.start - 1].lower_ == low
                      and doc[m.start - 1].is_lower and low in _FIRM_NOUNS]
        if introduced and not mods and not held:
            ante = introduced[-1]
            out.append(_M(k, tok.i + 1, ante.entity_id, "organization", ante.name, country=ante.country, priority=1))
            continue
        before = [m for m in orgs if m.end <= k and all(w in m.name.lower().split() for w in mods) and (
            m.name.lower().split()[-1] in heads or m.name.lower().split()[:2] in ([h, "of"] for h in heads)
            or (low == "union" and _workers_body(m)))]
        armed = low == "group" and bool(mods) and all(w in _GROUP_KINDS for w in mods) and not before
        if armed:
            mods = []  # "the militant group", "the armed group": what kind of group, not words of its name
        if not before and (low in _FIRM_NOUNS or low == "group") and not mods:
            before = [] if armed else [m for m in orgs if m.end <= k and _company_like(m, doc)]
            if not before and low in ("company", "firm"):
                # no business named as one: a body whose name is no public one's ("TPSA", "Norvale"), not a
                # union, court or ministry ("the Dockers' Federation … the company" is someone else)
                before = [m for m in orgs if m.end <= k and not _public_body(m)]
            elif not before and armed:
                # "Xyz fighters attacked … the militant group said": the one such body of this sentence or the one
                # before, in the same paragraph (a bare "the group" is as often a group of people)
                sent = doc[k].sent
                since = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
                # an armed movement: listed with its home country, or written with its fighters ("Xyz militants")
                armed_ids = {m.entity_id for m in orgs if m.country is not None or (
                    m.end < len(doc) and doc[m.end].lemma_.lower() in _FIGHTER_NOUNS | {"gunman", "gunmen"})}
                before = [m for m in orgs if since <= m.start and m.end <= k and not _public_body(m)
                          and _same_paragraph(doc, m.start, k) and m.entity_id in armed_ids]
        if not before or len({m.entity_id for m in before[-3:]}) > 1:
            continue  # none, or several recent ones: ambiguous
        ante = before[-1]
        if mods and any(m.start >= ante.end and m.end <= k and m.entity_id != ante.entity_id and (
                m.name.lower().split()[-1] in heads or m.name.lower().split()[:2] in ([h, "of"] for h in heads))
                for m in orgs):
            continue  # "the European Central Bank … the Bank of Japan … the central bank": the modifier may not be in the other's name
        out.append(_M(k, tok.i + 1, ante.entity_id, "organization", ante.name, country=ante.country, priority=1))
    return out


def _untagged_outlets(doc: Doc, cands: list[_M]) -> list[_M]:
    """"told the state broadcaster RTA", "the daily ABC reported": an acronym the NER left untagged right
    after a noun that names an outlet's kind is that outlet."""
    taken = {i for m in cands for i in range(m.start, m.end)}
    out: list[_M] = []
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if tok.i in taken or tok.ent_type_ or not re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", tok.text) \
                or prev.lower_ not in _OUTLET_NOUNS or not prev.is_lower or lookup(tok.text) is not None \
                or (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN"):
            continue
        out.append(_M(tok.i, tok.i + 1, "media:" + slug(tok.text), "media", tok.text, priority=0))
    return out


def _interviewers(doc: Doc, cands: list[_M]) -> list[_M]:
    """"in an interview with RTP": a capitalized name the NER missed after "interview with/to" is the
    outlet that ran the interview (a person interviewing would have been tagged PERSON)."""
    taken = {i for m in cands for i in range(m.start, m.end)}
    out: list[_M] = []
    for tok in doc:
        if tok.lower_ not in ("with", "to") or tok.head.lemma_.lower() != "interview":
            continue
        pobj = next((c for c in tok.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
        if pobj is None:
            continue
        lo = min((c.i for c in pobj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), default=pobj.i)
        if any(i in taken for i in range(lo, pobj.i + 1)) or not all(t.text[:1].isupper() for t in doc[lo : pobj.i + 1]):
            continue
        name = doc[lo : pobj.i + 1].text
        out.append(_M(lo, pobj.i + 1, "media:" + slug(name), "media", name, priority=0))
    return out


def _dedupe(ms: list[ActorMention]) -> list[ActorMention]:
    seen: set[tuple[int, int]] = set()
    out: list[ActorMention] = []
    for m in ms:
        if (m.start, m.end) in seen:
            continue
        seen.add((m.start, m.end))
        out.append(m)
    return out


def with_country(m: ActorMention, iso3: str) -> ActorMention:
    return replace(m, country=iso3)
