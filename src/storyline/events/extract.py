"""Per-document event extraction from a parsed spaCy Doc plus the earlier stages' records.

One pass finds trigger candidates (verbs, event nouns, light-verb + noun pairs); a second folds
candidates that sit inside another candidate's arguments into it ("offered X to buy Y" is one
offer), so each clause yields one event. Slots (actors, system, quantity, value, date, status) are
read from the trigger's own argument tokens — the subtree minus embedded clauses — so the work
per document stays linear in its length.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from datetime import date as _date
from datetime import timedelta as _timedelta

from spacy.tokens import Doc, Span, Token

from storyline.events import arms, lexicon, status
from storyline.events.lexicon import Sense
from storyline.records import (
    UNRESOLVED,
    ActorMention,
    Document,
    EventDate,
    EventMention,
    Quote,
    Status,
    Timex,
)
from storyline.records import Span as CharSpan
from storyline.timex import reference_date
from storyline.truce import TRUCES, names_truce

log = logging.getLogger(__name__)

# Dependencies that open a new clause: a trigger never absorbs across them.
_BOUNDARY = frozenset({"ccomp", "advcl", "parataxis", "csubj", "csubjpass", "ROOT", "relcl", "appos",
                       "list", "dep"})
_SOURCE_PREPS = frozenset({"by", "between"})
_TARGET_PREPS = frozenset({"to", "with", "against", "on", "over", "into", "toward", "towards", "upon", "about"})
_PHYSICAL = frozenset({"ASSAULT", "MOBILIZE", "COERCE"})  # "over X" is where these happen
_NOUN_ARG_DEPS = frozenset({"poss", "prep", "compound", "amod", "nummod", "nmod", "acl"})
_NP_RIGHT = frozenset({"appos", "conj", "cc", "compound", "flat", "nmod"})
_ACTOR_SKIP_TYPES = frozenset({"weapon_system", "media"})
_DEAL_STAGES = frozenset({"contract", "order"})
# "ahead of X", "after X", "during X": X is another event placed in time, never an argument; so is
# the earlier act that "in response to X" / "in retaliation for X" answers.
_TEMPORAL = frozenset({"ahead", "before", "after", "prior", "following", "since", "until", "amid",
                       "during", "response", "retaliation", "reprisal", "revenge"})
_TITLES = frozenset({"head", "chief", "director", "president", "minister", "spokesman", "spokeswoman",
                     "spokesperson", "secretary", "leader", "chairman", "member", "commander", "official",
                     "ambassador", "envoy", "representative", "government", "ministry", "prime"})
# Armed members who act for the body named after them ("insurgents of the X Front", "troops of the 5th Army")
_FIGHTERS = frozenset({"insurgent", "fighter", "militant", "rebel", "guerrilla", "gunman", "militiaman", "troop",
                       "soldier", "force", "unit"})
_OPINION = frozenset({"argue", "believe", "think", "fear", "suspect", "allege", "claim", "assert", "speculate"})
# Verbs of accusing and the preposition that introduces the act the accused is said to have done
# ("accused the rebels of attacking X", "blamed the army for the shelling"): that act is a claim.
_ACCUSING = {"accuse": "of", "suspect": "of", "blame": "for"}


@dataclass(slots=True)
class _Cand:
    anchor: Token  # the token the trigger is indexed by (verb, or noun for nominal events)
    sense: Sense
    first: int  # token range of the trigger text (inclusive)
    last: int
    verb: Token | None  # verbal predicate carrying tense/subject (may be a light/aspectual verb)
    noun: Token | None  # event noun, if any
    forced_status: Status | None = None
    request_by: Token | None = None  # reporting verb for "X should do Y" requests
    undergone: bool = False  # the subject suffered the act ("the army lost two jets"): a target, not a source
    absorbed: list[_Cand] = field(default_factory=list)
    main: bool = True

    @property
    def top(self) -> Token:
        """The token that heads the event's clause: its verb (light/aspectual too), else the noun."""
        return self.verb if self.verb is not None else self.anchor


def _dateline_span(document: Document) -> tuple[int, int] | None:
    """Where the dateline that opens a story sits ("DOHA, Nov. 27, 2023 (Agency) -"), as dating found it."""
    sp = document.dateline_span
    return None if sp is None else (sp.start, sp.end)


_AHEAD = frozenset({"planned", "intended", "possible"})
_ENTRY_STAMP = re.compile(r"[ \t]*(?:[-–—|:]|\*\*)")  # what follows a live blog's entry time
# sending forces is deploying them (PLOVER MOBILIZE), whatever they are sent to do
_DISPATCH = frozenset({"send", "dispatch", "rush", "airlift"})
_FORCE_NOUNS = frozenset({"troop", "troops", "soldier", "force", "forces", "personnel", "marine", "paratrooper",
                          "battalion", "brigade", "reinforcement", "reinforcements", "warship", "peacekeeper",
                          "unit", "division", "contingent", "police", "gendarme", "commando", "special"})

# words that make an organization part of a state rather than a firm ("the defence ministry", "the navy")
_STATE_BODY = re.compile(
    r"(?i)\b(?:ministry|ministries|department|government|agency|office|council|parliament|cabinet|presidency"
    r"|army|navy|air\s+force|forces|military|command|service|police|guard|authority|commission|committee"
    r"|bureau|directorate|administration|senate|congress|assembly|court|state)\b"
)


def _for_arms(c: _Cand, ctx: _Context) -> bool:
    """The deal is "for" weapons ("a deal for 8 drones", "signed a contract for 12 jets")."""
    heads = {c.anchor.i} | ({c.noun.i} if c.noun is not None else set())
    return any(t.lower_ == "for" and t.head.i in heads and _has_arms(list(t.subtree), ctx)
               for h in heads for t in ctx.sdoc[h].children)


def _is_state(entity_id: str, ctx: _Context) -> bool:
    """A country or one of its state bodies ("Indonesia's defence ministry", "the Chilean navy")."""
    typ = ctx.actor_type.get(entity_id)
    return typ == "country" or (typ == "organization" and ctx.actor_country.get(entity_id) is not None
                                and bool(_STATE_BODY.search(ctx.actor_name.get(entity_id, ""))))


def _is_firm(entity_id: str, ctx: _Context) -> bool:
    """An organization that is no state body: a company, a shipyard, a manufacturer."""
    return ctx.actor_type.get(entity_id) == "organization" and not _STATE_BODY.search(ctx.actor_name.get(entity_id, ""))


class _Context:
    """Per-document indexes built once: token → actors, token → attached timexes, quotes."""

    def __init__(self, sdoc: Doc, document: Document) -> None:
        self.sdoc = sdoc
        self.document = document
        self.tok_actor: dict[int, list[ActorMention]] = {}
        self.actor_type: dict[str, str] = {}  # entity_id -> type
        self.actor_name: dict[str, str] = {}  # entity_id -> name
        self.actor_country: dict[str, str | None] = {}  # entity_id -> the country it belongs to
        self.actor_affiliation: dict[str, str] = {}  # person entity_id -> the body it speaks for
        filed = _dateline_span(document)
        # multi-word names as found anywhere in the story, for a mention the recognizer missed
        self.named: dict[str, set[str]] = {}
        self.after_dateline: int | None = None  # first token after the dateline
        if filed is not None:
            self.after_dateline = next((t.i for t in sdoc if t.idx >= filed[1]), None)
        for am in sdoc._.actors:
            self.actor_type.setdefault(am.entity_id, am.type)
            self.actor_name.setdefault(am.entity_id, am.name or am.text)
            if self.actor_country.get(am.entity_id) is None:
                self.actor_country[am.entity_id] = am.country
            if am.affiliation is not None:
                self.actor_affiliation.setdefault(am.entity_id, am.affiliation)
            if filed is not None and filed[0] <= am.start and am.end <= filed[1]:
                continue  # "DOHA, Nov. 27 - X and Y agreed": the place of filing is no party to any event
            if " " in am.text and am.text.istitle():
                self.named.setdefault(am.text, set()).add(am.entity_id)
            span = sdoc.char_span(am.start, am.end, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                self.tok_actor.setdefault(t.i, []).append(am)
        self.timex_tokens: dict[int, Timex] = {}
        self.entry_stamps: set[str] = set()  # live-blog entry times ("16:15 GMT — …"): when it was told
        self.timex_roots: list[tuple[Token, Timex]] = []
        pub = document.published
        # "GENEVA, Sept. 1, 2025 - X will meet Y on Sept. 15": the dateline dates the report, not an
        # event; so does a date or update stamp under the headline (which the parser may glue to it)
        stamps = [pub.evidence] if pub is not None and pub.evidence and pub.how in ("dateline", "byline") else []
        if document.updated is not None and document.updated.evidence is not None:
            stamps.append(document.updated.evidence)
        for tx in sdoc._.timexes:
            if tx.type not in ("DATE", "TIME"):
                continue
            if any(tx.start < line.end and line.start < tx.end for line in stamps):
                continue
            if filed is not None and filed[0] <= tx.start and tx.end <= filed[1]:
                continue
            span = sdoc.char_span(tx.start, tx.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            if _ENTRY_STAMP.match(document.text, tx.end) and not document.text[
                    document.text.rfind("\n", 0, tx.start) + 1 : tx.start].strip(" \t*_#>|"):
                self.entry_stamps.add(tx.timex_id)
            for t in span:
                self.timex_tokens[t.i] = tx
            self.timex_roots.append((span.root, tx))
        self.quotes: tuple[Quote, ...] = tuple(sdoc._.quotes)
        self.dct: str | None = reference_date(document)
        # an article about a weapon ("12 Rafale jets"): its bare "deliveries will begin in 2028" are that weapon's
        self.names_weapons = any(am.type == "weapon_system" for am in sdoc._.actors)

    def actor_at(self, tok: Token) -> list[ActorMention]:
        return self.tok_actor.get(tok.i, [])

    def quote_of(self, char: int) -> Quote | None:
        for q in self.quotes:
            if q.content.start <= char < q.content.end:
                return q
        return None


# ----------------------------------------------------------------------------------------------
# trigger candidates


# A strike is a labour stoppage (PROTEST) rather than an attack when its modifiers or its sentence
# speak of work: "rail strike", "a 24-hour strike", "drivers ended a strike over pay".
_LABOUR_MODIFIERS = frozenset({
    "general", "rail", "railway", "train", "transport", "bus", "tube", "metro", "airport", "port", "dock",
    "postal", "hunger", "teacher", "nurse", "doctor", "worker", "staff", "union", "wildcat", "sympathy", "national",
    "nationwide", "indefinite", "day", "hour", "week", "labour", "labor", "industrial", "pay", "wage",
    "harbour", "harbor", "ferry", "shipyard", "factory", "refinery", "airline", "pilot", "steel",
})
_LABOUR_CUES = frozenset({
    "union", "unionist", "worker", "employee", "staff", "driver", "nurse", "teacher", "doctor", "miner",
    "docker", "pay", "wage", "salary", "pension", "picket", "walkout", "employer", "commuter", "shift",
    "dockworker", "longshoreman", "stevedore", "stoppage", "bargaining", "workforce",
})
_MILITARY_CUES = frozenset({
    "air", "drone", "missile", "rocket", "artillery", "military", "army", "troop", "force", "bomb", "target",
    "retaliatory", "precision", "nuclear", "cruise", "kill", "wound", "casualty", "airstrike", "jet", "warplane",
})


def _on_strike(tok: Token) -> bool:
    """'on strike' (no article): always a work stoppage."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "on" and not any(c.dep_ == "det" for c in tok.children)


def _labour_strike(tok: Token) -> bool:
    """Whether a 'strike' (noun or intransitive verb) is a work stoppage, not a military strike: by its
    own words, else because the article's other strikes are ("The strike began on May 22" after
    "dock workers ended a strike")."""
    local = _strike_kind(tok)
    if local is not None:
        return local
    kinds = {_strike_kind(t) for t in tok.doc if t.i != tok.i and t.lemma_.lower() == "strike"
             and t.pos_ in ("NOUN", "VERB")}
    if True in kinds or False in kinds:
        return True in kinds and False not in kinds
    # no strike in the article says which: its nouns do ("dockworkers", "the union" and "wage talks"
    # around "described the strike as illegal"; "drones" and "troops" around "the strike")
    nouns = [t.lemma_.lower() for t in tok.doc if t.pos_ in ("NOUN", "PROPN", "ADJ") and not _police_force(t)]
    labour = sum(n in _LABOUR_CUES for n in nouns)
    return labour > 0 and not any(n in _MILITARY_CUES for n in nouns)


def _police_force(tok: Token) -> bool:
    """A bare singular "the force" (no "air", "armed", "security" before it) is news shorthand for a police
    force ("the force said"): no military cue."""
    return tok.lower_ == "force" and tok.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
        c.dep_ in ("amod", "compound", "nmod", "poss") for c in tok.children)


def _strike_kind(tok: Token) -> bool | None:
    """True for a work stoppage, False for a military strike, None when its words do not say."""
    mods = {c.lemma_.lower().split("-")[-1] for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
    if mods & _MILITARY_CUES:
        return False
    if mods & _LABOUR_MODIFIERS:
        return True
    lemmas = {t.lemma_.lower() for t in tok.sent if not _police_force(t)}
    if lemmas & _MILITARY_CUES:
        return False
    return True if lemmas & _LABOUR_CUES else None


_DESTROY = frozenset({"destroy", "intercept", "neutralize", "neutralise"})
# Taking ground by force: with a place as object these verbs report a military advance (people or
# goods as object stay what the lexicon says: "seized the cargo" is coercion).
# Verbs of impact whose subject can be an attack ("air strikes hit the port", "shelling rocked the town"):
# the attack noun is the event and the verb gives it tense; verbs with a sense of their own are left alone.
_IMPACT = frozenset({"hit", "pound", "rock", "target", "damage", "level", "flatten", "pummel", "batter",
                     "shake", "devastate", "rain", "smash", "engulf", "tear"})
_TAKE_GROUND = frozenset({"capture", "seize", "recapture", "retake", "overrun", "occupy", "annex"})
_GROUND_NOUNS = frozenset({
    "village", "town", "city", "territory", "hill", "height", "airport", "airfield", "base", "region",
    "district", "port", "bridge", "settlement", "outpost", "position", "stronghold", "province", "area",
    "island", "border", "crossing", "ground", "capital", "suburb", "neighbourhood", "neighborhood",
})


def _takes_ground(verb: Token, ctx: _Context) -> bool:
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "nsubjpass"):
            continue
        if obj.lemma_.lower() in _GROUND_NOUNS:
            return True
        if any(a.type == "location" for a in ctx.actor_at(obj)):
            return True
    return False


def _noun_lemma(tok: Token) -> str:
    """The lemma of an event noun, also where the parser took a capitalized one for a name ("Talks"
    opening a live-blog entry, "Peace Talks Collapse" in a title-case headline)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and lemma not in lexicon.NOUNS and lemma.endswith("s") and lemma[:-1] in lexicon.NOUNS:
        return lemma[:-1]
    return lemma


def _title_case(sent: Span) -> bool:
    """Whether most words of a sentence are capitalized ("Kenya Orders More Drones")."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return sum(t.is_title for t in words) * 2 > len(words)


def _noun_sense(tok: Token) -> Sense | None:
    lemma = _noun_lemma(tok)
    if lemma == "strike" and (_on_strike(tok) or _labour_strike(tok)):
        return Sense("PROTEST")
    if lemma == "demonstration" and _display(tok):
        return None  # "a live-fire demonstration", "a demonstration of the new radar": a display
    if lemma == "charge" and tok.dep_ == "pobj" and tok.head.lower_ == "in" and not any(
            c.dep_ == "det" for c in tok.children):
        return None  # "the officer in charge of the unit"
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod"):
            sense = lexicon.COMPOUND_NOUNS.get((c.lemma_.lower(), lemma))
            if sense is not None:
                return sense
            if c.dep_ == "compound" and lemma in _DEAL_NOUNS:
                # "a technology transfer agreement": an accord named by its arms stage is that stage
                inner = next((s for g in c.children if g.dep_ == "compound" and (
                    s := lexicon.COMPOUND_NOUNS.get((g.lemma_.lower(), c.lemma_.lower()))) is not None
                    and s.always_arms), None)
                if inner is not None:
                    return inner
    if lemma == "transfer" and any(p.dep_ == "prep" and p.lower_ == "of" and any(
            g.dep_ == "pobj" and (g.lemma_.lower(), lemma) in lexicon.COMPOUND_NOUNS for g in p.children)
            for p in tok.children):
        # "a transfer of technology" is a "technology transfer"
        return next(lexicon.COMPOUND_NOUNS[(g.lemma_.lower(), lemma)] for p in tok.children if p.dep_ == "prep"
                    and p.lower_ == "of" for g in p.children if (g.lemma_.lower(), lemma) in lexicon.COMPOUND_NOUNS)
    if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") and not _headline_verb(tok):
        return None  # a modifier ("test" in "test launch", "missile" in "missile deal")
    if lemma == "contract" and _traded_contract(tok):
        return None
    if lemma == "supply" and tok.tag_ == "NN" and any(
            c.dep_ == "compound" and c.lemma_.lower() in _UTILITIES for c in tok.children):
        return None  # "polluted the water supply", "the power supply": a utility, not a delivery
    if lemma in _CARGO_NOUNS and any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() not in
                                     lexicon.ARMS_LEMMAS | _AID_GOODS for c in tok.children):
        return None  # "copper shipments", "grain deliveries": trade, not aid (arms and aid cargo stay)
    return lexicon.NOUNS.get(lemma)


_UTILITIES = frozenset({"water", "power", "electricity", "gas", "energy", "blood", "money", "oxygen", "air"})
# Nouns of goods on the move that are aid only when the goods are ("aid deliveries", "arms shipments").
_CARGO_NOUNS = frozenset({"shipment", "delivery", "supply"})
_AID_GOODS = frozenset({"aid", "relief", "food", "medicine", "medical", "vaccine", "humanitarian", "tent",
                        "blanket", "water", "ammunition", "munition", "weapon", "tank", "missile", "fuel"})


# Market words that make a "contract" a traded instrument ("the T-bond futures contract").
_INSTRUMENTS = frozenset({"future", "futures", "option", "options", "bond", "t-bond", "index", "swap"})


def _traded_contract(tok: Token) -> bool:
    """A contract traded on an exchange, not a deal signed: a market word on it or in its sentence
    ("the Nikkei futures contract", "the most active contract, Treasury bond futures"), or a story that
    speaks of futures contracts, where a bare "the contract" is the instrument too."""
    if any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in _INSTRUMENTS for c in tok.children):
        return True
    if any(t.lower_ == "futures" for t in tok.sent):
        return True
    return any(t.lower_ == "futures" and t.head.lemma_.lower() == "contract" for t in tok.doc)


# Modifiers of "demonstration" that make it a show of equipment or skill, not a protest.
_DISPLAY_MODIFIERS = frozenset({"fire", "firing", "flight", "product", "capability", "technology", "weapon",
                                "weapons", "live", "static", "aerial", "test", "cooking", "software"})


def _display(tok: Token) -> bool:
    """A demonstration of equipment ("live-fire demonstration", "a demonstration of the radar")."""
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower().split("-")[-1] in _DISPLAY_MODIFIERS:
            return True
        if c.dep_ == "prep" and c.lower_ == "of" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in lexicon.UNIT_NOUNS | lexicon.ARMS_LEMMAS for g in c.children):
            return True
    return False


# Craft whose loss in war news is a downing or a kill ("lost a drone"), not a loss of money or ground.
_CRAFT = frozenset({"aircraft", "plane", "airplane", "warplane", "jet", "fighter", "bomber", "helicopter",
                    "drone", "tank", "warship", "frigate", "submarine", "corvette", "destroyer", "gunboat"})


def _loses_craft(verb: Token, ctx: _Context) -> bool:
    """"lost two jets", "an F-16 was lost": the lost thing (object or passive subject) is a craft."""
    return any(o.dep_ in ("dobj", "nsubjpass") and (o.lemma_.lower() in _CRAFT or any(
        a.type == "weapon_system" for a in ctx.actor_at(o))) for o in verb.children)


def _objects(verb: Token) -> list[Token]:
    """Nouns a verb could be a light verb for: object, passive subject, "with"/"for" objects."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ == "with":
            out.extend(g for g in c.children if g.dep_ == "pobj")
    if verb.dep_ == "relcl" and not any(c.dep_ == "dobj" and c.pos_ != "PRON" for c in verb.children) and any(
        c.dep_ in ("dobj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in verb.children
    ):
        out.append(verb.head)  # "the deal that X and Y signed"
    return out


def _has_arms(tokens: list[Token], ctx: _Context) -> bool:
    for t in tokens:
        if t.lemma_.lower() in lexicon.ARMS_LEMMAS:
            return True
        if any(a.type == "weapon_system" for a in ctx.actor_at(t)):
            return True
    return False


def _headline_verb(tok: Token) -> bool:
    """Headlinese "Rebels raid villages near X": the parser reads the bare verb between two plural nouns as
    a noun modifier. Only in a headline-like sentence (no closing full stop) whose plural subject of one or
    two words opens it."""
    doc, sent = tok.doc, tok.sent
    h = tok.head
    if not (tok.tag_ in ("NN", "VB", "VBP") and tok.lower_ == tok.lemma_.lower() and h.i == tok.i + 1
            and h.tag_ == "NNS" and tok.i >= 1 and doc[tok.i - 1].tag_ == "NNS"):
        return False
    if tok.i - sent.start not in (1, 2) or sent[-1].text in (".", "!", "?", "…") or len(sent) > 14:
        return False
    return tok.lemma_.lower() in lexicon.VERBS


def _headline_signer(c: Token) -> bool:
    """The "signs" of headlinese "X signs deal for 12 jets" that the parser made the subject of "deal"
    (read as a verb): as a plural noun or as a verb."""
    h = c.head
    return (c.dep_ == "nsubj" and c.i == h.i - 1 and c.tag_ in ("NNS", "VBZ") and c.lemma_.lower() in _SIGN_NOUNS
            and h.lemma_.lower() in _DEAL_NOUNS and h.tag_ in ("VB", "VBP", "VBZ"))


def _verb_candidate(t: Token, ctx: _Context, consumed: set[int]) -> _Cand | None:
    lemma = t.lemma_.lower()
    if lemma in _DEAL_NOUNS and t.tag_ in ("VB", "VBP", "VBZ"):
        signer = [c for c in t.children if _headline_signer(c)]
        sense = lexicon.NOUNS.get(lemma)
        if signer and sense is not None:  # headlinese "X signs deal for 12 jets": "signs" is the verb
            return _Cand(t, sense, signer[0].i, t.i, t, None)
    if _headline_signer(t):
        return None  # the "signs" of "X signs deal for Y", read with its deal noun
    if lemma == "declare" and any(w.lower_ == "grata" and w.i > t.i for w in t.subtree):
        # "declared the attaché persona non grata": an expulsion, typed like "expelled"
        return _Cand(t, Sense("SANCTION"), t.i, t.i, t, None)
    if lemma in lexicon.REPORTING and lemma not in lexicon.VERBS:
        return None
    if status.calls_off_plan(t):
        return None  # "abandoned plans to buy jets": no withdrawal; the purchase is read as denied
    if _hazard_agent(t):
        return None  # "the quake killed 140", "villages cut off by landslides": nature, no actor's act
    if lemma == "cut" and _isolated_place(t):
        return None  # "communities that are cut off": places isolated, no supply cut by anyone
    # "X should return Y" inside reported speech: a request by the reporter
    if status.obligation(t):
        rep = status.reporting_governor(t)
        if rep is not None:
            first = min([c.i for c in t.children if c.dep_ == "aux"] + [t.i])
            return _Cand(t, Sense("REQUEST"), first, t.i, t, None, forced_status="happened", request_by=rep)
    for c in t.children:
        if c.dep_ in ("prt", "advmod") and (lemma, c.lower_) in lexicon.PARTICLE_VERBS:
            return _Cand(t, lexicon.PARTICLE_VERBS[(lemma, c.lower_)], min(t.i, c.i), max(t.i, c.i), t, None)
    if lemma == "walk":  # "walked off the job": a strike, the workplace read as the particle's object
        for c in t.children:
            job = next((p for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in _WORKPLACE), None)
            if c.dep_ == "prep" and c.lower_ == "off" and job is not None and job.i > t.i:
                return _Cand(t, lexicon.PARTICLE_VERBS[("walk", "out")], t.i, job.i, t, None)
    if lemma in lexicon.NEG_REFUSAL and status.is_negated(t):
        neg = [c.i for c in t.children if c.dep_ == "neg"]
        return _Cand(t, Sense("REJECT"), min([*neg, t.i]), t.i, t, None, forced_status="happened")
    if _refused_kind(t) or any(c.dep_ == "dobj" and _refused_kind(r) for c in t.children for r in c.children):
        return None  # "we will not accept a gun that has not been tested here": a condition, no event
    if lemma in _STOP_VERBS:
        stopped = next((c for c in t.children if c.dep_ in ("xcomp", "dobj") and _hostile(c)), None)
        if stopped is not None:  # "both sides stop shooting", "ceased fire": fighting de-escalated
            consumed.add(stopped.i)
            return _Cand(t, Sense("RETREAT"), t.i, stopped.i, t, stopped)
    if t.dep_ in ("xcomp", "dobj") and t.head.lemma_.lower() in _STOP_VERBS and _hostile(t):
        return None  # the "shooting" of "stop shooting": read with its stop
    if lemma == "warn" and (_warns_of_a_state(t) or _warns_of_a_trend(t)):
        return None  # "warned that losses were running at $15m a day": a statement, not a threat
    if lemma == "demonstrate" and any(c.dep_ in ("dobj", "ccomp") for c in t.children):
        return None  # "demonstrated the howitzer", "demonstrated that it works": a display, not a protest
    if lemma == "leave" and t.dep_ in ("advcl", "acl", "relcl", "xcomp") and any(
            h.lemma_.lower() in _SPANS for h in [t.head, *(o for o in t.head.children if o.dep_ == "dobj")]) and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and any(
            w.lemma_.lower() in _ENVOYS | _EXPULSION for w in t.sent):
        return None  # diplomats "given 72 hours to leave the country": an expulsion's deadline, not a withdrawal
    if lemma == "leave" and _left_in_a_state(t):
        return None  # "left 300,000 homes without power", "left two dead": a result, not a withdrawal
    if t.dep_ == "amod" and t.tag_ == "VBG" and lemma in lexicon.VERBS and lexicon.VERBS[lemma].type in _FORCEFUL \
            and not ctx.actor_at(t.head) and not _people(t.head) and t.head.lemma_.lower() not in _FORCE_NOUNS:
        # "freezing temperatures", "a crushing defeat", "cutting remarks": a forceful verb's participle as a
        # plain adjective of a thing (a hosting stint, a visiting delegation still read as what they are)
        return None
    # what is given; a "dep" noun is the object the parser lost to a trailing line break ("pledge aid\n")
    gifts = [o for o in t.children if o.dep_ == "dobj" or (o.dep_ == "dep" and o.pos_ == "NOUN")]
    if lemma in _COMMISSIVE_GIFTS and any(g.lemma_.lower() in _AID_NOUNS for o in gifts for g in o.subtree):
        return _Cand(t, Sense("AID"), t.i, t.i, t, None)  # "pledged $10 million in aid": help promised
    if lemma in _COMMISSIVE_GIFTS and any(
            x.dep_ == "xcomp" and x.lemma_.lower() in _GIVE_OUT | {"provide", "deliver"} and any(
                g.lemma_.lower() in _AID_NOUNS | _RELIEF_GOODS | _RESCUE for o in x.children if o.dep_ == "dobj"
                for g in o.subtree) for x in t.children):
        return _Cand(t, Sense("AID"), t.i, t.i, t, None)  # "offered to send rescue teams": help offered
    if lemma in _GIVE_OUT and any(g.ent_type_ == "MONEY" or g.lemma_.lower() in _RELIEF_GOODS
                                  for o in gifts for g in o.subtree) and not _has_arms(
            [g for o in gifts for g in o.subtree], ctx):  # weapons sent stay an arms delivery
        return _Cand(t, Sense("AID"), t.i, t.i, t, None)  # "will release 2 million euros", "sent tents and food"
    if lemma in _ASCRIBE_VERBS and any(
            _hostile(o) or _noun_lemma(o).endswith("attack") or _noun_lemma(o) in _INTRUSIONS for o in _objects(t)
    ) and any(c.dep_ == "prep" and c.lower_ == "to" for h in [t, *(r for o in _objects(t) for r in o.children
                                                                    if r.dep_ in ("relcl", "acl"))]
              for c in h.children):
        # "attributed the cyberattack (that knocked out power last month) to X": blame laid
        return _Cand(t, Sense("ACCUSE"), t.i, t.i, t, None)
    if lemma in _COMMAND_VERBS and any(_noun_lemma(o) in _PROCEDURES for o in [*_objects(t), *(
            c for c in t.children if c.dep_ == "nsubj")]):
        # "ordered a recount", "ordered an inquiry", headlinese "Recount ordered in X": a procedure set going,
        # not a purchase
        return None
    if lemma in _COMMAND_VERBS and not _has_arms(_objects(t), ctx):
        for obj in (o for o in _objects(t) if o.dep_ == "dobj" and o.i not in consumed):
            ordered = _noun_sense(obj)
            if ordered is not None and ordered.type != "AGREE":  # "ordered the arrest of X": the act commanded
                consumed.add(obj.i)
                return _Cand(t, ordered, t.i, obj.i, t, obj)
    for obj in _objects(t):
        if obj.i in consumed:
            continue
        if (lemma, obj.lemma_.lower()) in _IDIOM_OBJECTS and not any(c.dep_ == "det" for c in obj.children):
            return None  # "took charge in March": an idiom, not a charge laid
        sense = lexicon.SUPPORT_OBJECT.get((lemma, obj.lemma_.lower()))
        if sense is None and lemma in lexicon.LIGHT_VERBS and obj.pos_ in ("NOUN", "PROPN"):
            sense = _noun_sense(obj)
        if sense is not None:
            consumed.add(obj.i)
            first, last = min(t.i, obj.i), max(t.i, obj.i)
            if last - first > 4:  # far apart: the noun phrase is the clearer evidence
                first, last = _noun_extent(obj)
            return _Cand(t, sense, first, last, t, obj)
    for c in t.children:
        # "called on X" (not the "on" of "on Tuesday called on X", which precedes the verb or takes a date)
        if c.dep_ == "prep" and (lemma, c.lower_) in lexicon.SUPPORT_OBJECT and c.i > t.i and not any(
                g.dep_ == "pobj" and g.i in ctx.timex_tokens for g in c.children):
            return _Cand(t, lexicon.SUPPORT_OBJECT[(lemma, c.lower_)], t.i, c.i, t, None)
    if lemma in lexicon.PROVIDE_FOR and any(c.dep_ == "prep" and c.lower_ == "for" for c in t.children):
        return None
    if lemma == "meet" and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and not ctx.actor_at(c) and not _people(c) for c in t.children
    ):
        return None  # "meet its commitments"
    if lemma in _COMMAND_VERBS and any(c.dep_ == "xcomp" for c in t.children) and any(
            c.dep_ == "dobj" for c in t.children) and not _has_arms(_objects(t), ctx):
        # "the court ordered the miner to halt work": a command, not a purchase; "ordered three diplomats
        # to leave": an expulsion, typed like "expelled"
        expel = any(o.lemma_.lower() in _ENVOYS for o in _objects(t)) and any(
            c.dep_ == "xcomp" and c.lemma_.lower() == "leave" for c in t.children)
        return _Cand(t, Sense("SANCTION" if expel else "REQUEST"), t.i, t.i, t, None)
    if lemma in _BRIBE_VERBS and any(g.lemma_.lower() in _BRIBES for o in t.children if o.dep_ in ("dobj", "prep")
                                     for g in o.subtree):
        return None  # "accepted 1.2 million euros in bribes": a crime charged, not an agreement or a payment
    if lemma in _ECONOMY_VERBS and any(g.lemma_.lower() in _ECONOMY_OBJECTS for o in _objects(t) for g in [o, *(
            p for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj")]):
        return None  # "will cut 300 jobs", "buy back shares": a firm's business, not a sanction or a deal
    if lemma in _CONTEST_VERBS and _wins_contest(t):
        return None  # "beat a rival bid", "defeated the incumbent": a contest won, not an attack
    if lemma in _TRAVEL_VERBS and _official_subject(t, ctx) and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(
                g.dep_ == "pobj" and (g.ent_type_ == "GPE" or any(a.type in _TRAVEL_PLACES for a in ctx.actor_at(g)))
                for g in c.children) for c in t.children):
        return _Cand(t, Sense("CONSULT"), t.i, t.i, t, None)  # "the minister will travel to Lima": a visit
    if lemma == "sit" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in t.children) and any(
            c.dep_ == "prep" and c.lower_ == "with" for c in t.children):
        down = next(c.i for c in t.children if c.lower_ == "down")
        return _Cand(t, Sense("CONSULT"), t.i, max(t.i, down), t, None)  # "sat down with union leaders"
    if lemma in _SACK_VERBS and _sacks_someone(t, ctx):
        return None  # "fired four union leaders", "the coach was fired": a dismissal, not shooting or a rejection
    sense = lexicon.VERBS.get(lemma)
    if lemma in ("go", "be", "remain", "stay"):
        on_strike = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "on"
                     for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() == "strike"]
        if on_strike:  # "nurses went on strike", "are still on strike"
            return _Cand(t, Sense("PROTEST"), t.i, on_strike[0].i, t, None)
    if lemma in _DESTROY and _objects(t) and _has_arms(list(_objects(t)[0].subtree), ctx):
        sense = Sense("ASSAULT")  # "air defences destroyed 30 drones": combat, not coercion
    if lemma in _TAKE_GROUND and _takes_ground(t, ctx):
        sense = Sense("ASSAULT")  # "captured two villages", "seized the airport": a military advance
    if lemma == "lose" and _loses_craft(t, ctx):
        # "the army lost two helicopters", "no aircraft was lost": a craft lost in combat was downed;
        # whoever lost it is the side attacked
        return _Cand(t, Sense("ASSAULT"), t.i, t.i, t, None, undergone=True)
    if lemma == "strike" and not _objects(t) and _labour_strike(t):
        sense = Sense("PROTEST")  # "nurses will strike next week"
    if sense is None and lemma in _DISPATCH:
        objs = [o for o in t.children if o.dep_ in ("dobj", "nsubjpass")]
        if objs and objs[0].lemma_.lower() in _FORCE_NOUNS:
            sense = Sense("MOBILIZE")  # "will send 2,000 more soldiers", "troops were dispatched"
    if sense is None and lemma in lexicon.SEND_VERBS | lexicon.RECEIVE_VERBS:
        objs = [o for o in t.children if o.dep_ in ("dobj", "nsubjpass")]
        if objs and _has_arms(list(objs[0].subtree), ctx):
            sense = (lexicon.SEND_VERBS | lexicon.RECEIVE_VERBS)[lemma]
    if sense is None and lemma in lexicon.ARRIVE_VERBS and _counts_weapons(t, ctx):
        sense = lexicon.ARRIVE_VERBS[lemma]
    if sense is None and lemma in lexicon.AIMED_VERBS:
        objs = [o for o in t.children if o.dep_ == "dobj"]
        if objs and _has_arms(list(objs[0].subtree), ctx) and _aimed_at(t, ctx):
            sense = lexicon.AIMED_VERBS[lemma]
    if sense is not None and sense.type == "ASSAULT" and _crowd_control(t):
        sense = Sense("COERCE")  # "police fired tear gas and water cannon at protesters"
    if lemma in _SUMMON_VERBS and any(o.lemma_.lower() in _ENVOYS for o in _objects(t)):
        # "summoned the ambassador": a diplomatic protest, which PLOVER types as disapproval (CAMEO DISAPPROVE)
        sense = Sense("ACCUSE", mode="disapprove")
    if lemma == "evacuate" and any(_people(o) or o.lemma_.lower() in _CIVILIANS for o in _objects(t)):
        sense = Sense("AID")  # "the navy evacuated 4,000 people": a rescue, not forces pulled back
    if lemma in _RULING_VERBS | _OBTAIN_VERBS and any(o.lemma_.lower() in _COURT_BANS for o in _objects(t)):
        # "the court granted an injunction", "the firm won an injunction against the union": a ban imposed,
        # not aid given nor a contract won
        sense = Sense("SANCTION")
    if lemma in ("recall", "withdraw") and any(o.lemma_.lower() in _ENVOYS for o in _objects(t)):
        sense = Sense("SANCTION")  # "recalled her ambassador": relations cut back, not forces pulled out
    if lemma == "raid" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _LAW_ENFORCERS for c in t.children):
        sense = Sense("COERCE")  # "police raided his office": a search, not an armed attack
    if sense is not None and sense.type == "ASSAULT" and lemma in lexicon.AIMED_VERBS and _weapon_test(t, ctx):
        sense = Sense("MOBILIZE", "test", always_arms=True)
    if sense is not None and sense.type == "AGREE" and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in lexicon.HOSTILE_VOWED and not any(
                p.dep_ == "prep" and p.lower_ == "to" for p in c.children) for c in t.children):
        sense = Sense("THREATEN")  # "vowed to retaliate": a promise of harm is a threat
    if sense is not None and sense.type == "REJECT" and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in lexicon.NO_COMMENT for c in t.children
    ):
        return None  # "declined to comment": the reporter's routine, not a rejection
    if sense is not None and sense.type == "REJECT" and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _DISCLOSE and any(
            o.dep_ == "dobj" and o.lemma_.lower() in _NO_DETAILS for o in c.children) for c in t.children
    ):
        return None  # "declined to give details", "refused to disclose the figure": no comment either
    if sense is None:
        return None
    return _Cand(t, sense, t.i, t.i, t, None)


# Taking or paying bribes: the crime a court or a prosecutor names, not a deal between the two sides.
_BRIBE_VERBS = frozenset({"accept", "take", "receive", "pay", "offer", "solicit", "demand", "pocket"})
_BRIBES = frozenset({"bribe", "kickback", "payoff", "backhander", "bribery"})
_ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "consul", "chargé", "representative", "emissary"})
# Those whose raids are searches, not attacks ("police raided the offices").
_LAW_ENFORCERS = frozenset({"police", "officer", "agent", "investigator", "prosecutor", "detective", "inspector",
                            "policeman", "authority", "customs"})
# Cutting or buying what a firm or an economy cuts or buys in its business: no political event.
_ECONOMY_VERBS = frozenset({"cut", "slash", "buy", "repurchase", "reduce", "trim"})
_ECONOMY_OBJECTS = frozenset({
    "job", "staff", "workforce", "position", "post", "payroll", "cost", "price", "rate", "output",
    "production", "dividend", "salary", "wage", "hour", "share", "stock", "forecast", "guidance", "capacity",
    "emission", "headcount",
})
# Verbs of buying that with a person told to act ("ordered the firm to stop") are a command.
_COMMAND_VERBS = frozenset({"order"})
_FORCEFUL = frozenset({"SANCTION", "ASSAULT", "COERCE"})
_SPANS = frozenset({"hour", "day", "week", "month"})
_EXPULSION = frozenset({"expel", "expulsion", "grata", "deport", "deportation"})
# Promising help: with aid as the thing promised, the promise is aid ("pledged $10 million in aid").
_COMMISSIVE_GIFTS = frozenset({"pledge", "promise", "offer", "approve", "extend"})
_AID_NOUNS = frozenset({"aid", "assistance", "relief", "donation", "humanitarian", "loan"})
# Those evacuated in a rescue, and the places that a flood or a siege leaves cut off.
_CIVILIANS = frozenset({"people", "resident", "civilian", "villager", "family", "tourist", "patient", "child",
                        "student", "passenger", "inhabitant", "household", "citizen", "national"})
_SETTLEMENTS = frozenset({"community", "village", "town", "area", "region", "district", "neighbourhood",
                          "neighborhood", "island", "city", "valley", "settlement", "hamlet"})
# Handing out money or relief goods ("will release 2 million euros", "sent planes carrying tents and medicine").
_GIVE_OUT = frozenset({"release", "disburse", "allocate", "earmark", "send", "dispatch", "fly", "airlift", "donate"})
_RELIEF_GOODS = frozenset({"tent", "blanket", "medicine", "medical", "food", "water", "supply", "aid", "relief",
                           "ration", "vaccine", "shelter"})
_RESCUE = frozenset({"rescue", "rescuer", "search-and-rescue", "response", "emergency", "medic", "doctor"})
# Laying an attack at someone's door ("attributed the attack to X", "ascribed the hack to Y").
_ASCRIBE_VERBS = frozenset({"attribute", "ascribe", "pin"})
_INTRUSIONS = frozenset({"hack", "breach", "intrusion", "cyberattack"})
# What an official orders set going, not bought: a count, an inquiry, a closure.
_PROCEDURES = frozenset({
    "recount", "investigation", "inquiry", "probe", "review", "audit", "evacuation", "retrial", "lockdown",
    "curfew", "shutdown", "closure", "autopsy", "inspection", "rerun", "revote", "overhaul", "reorganization",
})
# Courts granting or issuing a ban on a party.
_RULING_VERBS = frozenset({"grant", "issue"})
# ... and a party obtaining one against another ("won an injunction against X")
_OBTAIN_VERBS = frozenset({"win", "obtain", "secure", "get"})
_COURT_BANS = frozenset({"injunction", "interdict"})
# Calling in a foreign envoy to complain ("summoned the ambassador", "the envoy was called in").
_SUMMON_VERBS = frozenset({"summon"})
# Natural hazards: what they kill, strike or cut off is no act of a political actor.
_HAZARDS = frozenset({
    "earthquake", "quake", "tremor", "aftershock", "flood", "flooding", "storm", "hurricane", "typhoon", "cyclone",
    "tornado", "tsunami", "landslide", "mudslide", "avalanche", "wildfire", "bushfire", "drought", "heatwave",
    "eruption", "volcano", "blizzard", "monsoon", "downpour", "rain", "snowstorm", "sandstorm", "lightning",
})


def _isolated_place(verb: Token) -> bool:
    """Passive 'cut off' with no one cutting and a place as what is cut off ("villages were cut off",
    "the communities that are cut off"): isolation, not a supply or a link severed."""
    if not any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children) or any(
            c.dep_ == "agent" for c in verb.children) or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    pats = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "relcl" and (not pats or pats[0].tag_ in ("WDT", "WP")):
        pats = [verb.head]
    return any(_noun_lemma(p) in _SETTLEMENTS or p.lemma_.lower() in _SETTLEMENTS for p in pats)


def _left_in_a_state(verb: Token) -> bool:
    """'left X without Y' / 'left X dead': the object left in a state, read from the verb or its object."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs:
        return False
    heads = [verb, *objs]
    return any(c.dep_ == "prep" and c.lower_ == "without" for h in heads for c in h.children) or any(
        c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.pos_ == "ADJ" for c in verb.children)


def _hazard_agent(verb: Token) -> bool:
    """The doer of the verb, or of the clause it hangs from ("struck ..., killing 140 and injuring 400"),
    is a natural hazard, as subject or as passive "by" agent."""
    tok = verb
    for _ in range(4):
        doers = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")] + [
            g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if doers:  # not a headline the parser joined to the next line ("Floods\n\n16:15 - The army will ...")
            return any((_noun_lemma(d) in _HAZARDS or d.lemma_.lower() in _HAZARDS) and not any(
                "\n" in w.text for w in d.doc[min(d.i, tok.i) : max(d.i, tok.i)]) for d in doers)
        if tok.dep_ not in ("conj", "advcl", "xcomp") or tok.head.pos_ != "VERB":
            return False
        tok = tok.head
    return False
# Verbs of going somewhere: to a country or city they are a visit ("will travel to Lima on Monday").
_TRAVEL_VERBS = frozenset({"travel", "fly", "head"})
_TRAVEL_PLACES = frozenset({"country", "location"})


def _official_subject(verb: Token, ctx: _Context) -> bool:
    """The one who goes is a state's or a body's person ("the foreign minister", "Ana Ruiz", "Peru")."""
    for c in verb.children:
        if c.dep_ == "nsubj":
            return c.lemma_.lower() in _TITLES | _STAFF_NOUNS or any(
                a.type in ("person", "country", "organization") for t in c.subtree for a in ctx.actor_at(t))
    return False


# Verbs of winning that are an attack only on people: on a bid, a vote, a rival or a forecast they
# tell a contest's outcome ("beat a rival bid", "defeated the motion", "beat expectations").
_CONTEST_VERBS = frozenset({"beat", "defeat", "outbid", "outvote"})
_CONTEST_NOUNS = frozenset({
    "bid", "bidder", "offer", "tender", "rival", "competitor", "challenger", "incumbent", "contender", "vote",
    "election", "poll", "race", "contest", "competition", "match", "game", "final", "tournament", "team",
    "club", "side", "champion", "favourite", "favorite", "field", "motion", "bill", "amendment", "proposal",
    "resolution", "expectation", "forecast", "estimate", "consensus", "record", "deadline", "odds",
    "contract", "order", "deal", "prize", "title", "award", "seat", "nomination", "runoff", "referendum",
})
_RIVAL_MODIFIERS = frozenset({"rival", "competing", "opposing", "incumbent"})
_SCORE_NOUNS = frozenset({"point", "vote", "margin", "seat", "goal", "run", "length", "stroke", "percent",
                          "ballot", "wicket", "second", "shot"})


def _wins_contest(verb: Token) -> bool:
    """A verb of winning whose object (or passive subject), or the contest it was won in, is no target of
    violence ("beat a rival bid", "was defeated in a vote", "beat Acme to the contract")."""
    objects = [(c.dep_, c) for c in verb.children]
    if verb.dep_ == "amod":  # "beating challenger X" parsed as a modifier of its object
        objects.append(("dobj", verb.head))
    for dep, c in objects:
        if dep in ("dobj", "nsubjpass") and (c.lemma_.lower() in _CONTEST_NOUNS or any(
                m.dep_ in ("amod", "compound", "appos") and (m.lower_ in _RIVAL_MODIFIERS or m.lemma_.lower()
                                                             in _CONTEST_NOUNS) for m in c.children)):
            return True  # "beat a rival bid", "beating challenger Ana Ruiz"
        if dep == "prep" and c.lower_ in ("in", "at", "to", "for") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _CONTEST_NOUNS for g in c.children):
            return True
        if dep == "prep" and c.lower_ == "by" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _SCORE_NOUNS for g in c.children):
            return True  # "beat him by six points": a margin, not a weapon
    return False


# Nouns for people one meets ("met union representatives", "met her counterpart"), unlike the
# targets, demands and deadlines one meets ("met its commitments").
_MET_PEOPLE = frozenset({
    "representative", "delegate", "delegation", "counterpart", "negotiator", "envoy", "mediator", "lawmaker",
    "legislator", "senator", "resident", "family", "relative", "student", "farmer", "protester", "activist",
    "victim", "survivor", "investor", "shareholder", "voter", "union", "elder", "counterparts", "ambassador",
    "mayor", "governor", "king", "pope", "leadership", "opposition", "rebel", "insurgent", "mp", "diplomat",
    # the other side of a labour or a debt talk ("will meet the employers on Friday")
    "employer", "boss", "management", "leader", "official", "partner", "ally", "creditor", "lender", "bondholder",
    "striker", "supplier", "owner",
})


def _people(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in _MET_PEOPLE or lemma in _STAFF_NOUNS or lemma in _TITLES


# What is withheld when a source gives no comment in other words ("declined to give details").
_DISCLOSE = frozenset({"give", "provide", "disclose", "reveal", "offer", "release", "share", "name", "identify"})
_NO_DETAILS = frozenset({"detail", "details", "information", "figure", "name", "specific", "specifics",
                         "breakdown", "number", "identity", "comment", "reason", "source"})


# Verbs that also mean ending someone's job; with a person as their object they do.
_SACK_VERBS = frozenset({"fire", "dismiss"})
# Nouns for people in jobs, who are fired or dismissed from them ("fired four union leaders").
_STAFF_NOUNS = frozenset({
    "employee", "worker", "staff", "staffer", "official", "officer", "leader", "executive", "chief", "manager",
    "coach", "director", "head", "editor", "aide", "adviser", "advisor", "minister", "secretary", "president",
    "chairman", "chairwoman", "ceo", "spokesman", "spokeswoman", "spokesperson", "teacher", "nurse", "doctor",
    "engineer", "guard", "commander", "general", "prosecutor", "judge", "governor", "deputy", "member",
    "player", "pilot", "driver", "journalist", "reporter", "contractor", "whistleblower", "people", "person",
})


_FIRED_AT = frozenset({"at", "on", "upon", "into", "toward", "towards"})


def _sacks_someone(verb: Token, ctx: _Context) -> bool:
    """A firing or dismissal whose object (or passive subject) is a person, not a weapon or a claim."""
    if any(c.dep_ == "prep" and c.lower_ in _FIRED_AT and not any(
            g.i in ctx.timex_tokens or g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in verb.children):
        return False  # "officers were fired upon", "fired at the guards" (not "fired on Monday")
    for c in verb.children:
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        if c.pos_ in ("NUM", "PRON") or c.lower_ in ("some", "several", "many", "all", "most", "dozens", "hundreds"):
            # "dismissed four of its officials", "fired dozens of workers"
            c = next((g for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"), c)
        if c.lemma_.lower() in _STAFF_NOUNS or c.lower_ in ("him", "her", "me", "us") or c.ent_type_ == "PERSON" or any(
                a.type == "person" for a in ctx.actor_at(c)):
            return True
    return False


# Light verb + bare event noun that make an idiom, not the event ("take charge" is to lead).
_IDIOM_OBJECTS = frozenset({("take", "charge")})
_WORKPLACE = frozenset({"job", "work"})
# Modals that make a warning's content a threatened act ("warned that it would retaliate").
_WARNING_MODALS = frozenset({"will", "would", "wo", "'ll", "’ll", "shall", "could", "might", "may", "can"})


_FUTURE_AUX = frozenset({"will", "would", "wo", "shall", "'ll", "’ll"})


def _refused_ahead(verb: Token) -> bool:
    """"will not sign", "would not seek": a negation that looks ahead from the statement."""
    return status.is_negated(verb) and bool(status.aux_lemmas(verb) & _FUTURE_AUX) and not status.counterfactual(verb)


# Verbs that end fighting given as their complement ("stop shooting", "cease fire", "halt attacks").
_STOP_VERBS = frozenset({"stop", "cease", "halt", "end"})


def _hostile(tok: Token) -> bool:
    """An act of fighting: a verb or noun the lexicon reads as an attack ("shooting", "fire", "attacks")."""
    lemma = tok.lemma_.lower()
    sense = lexicon.VERBS.get(lemma) if tok.pos_ == "VERB" else _noun_sense(tok) if tok.pos_ == "NOUN" else None
    if lemma == "fire":
        return tok.head.lemma_.lower() == "cease"  # "ceased fire" (not "ended the fire" of a blaze)
    return sense is not None and sense.type == "ASSAULT"  # not a labour strike


def _refused_kind(verb: Token) -> bool:
    """A relative clause that describes a kind of thing a negated verb will not take ("will not buy a jet
    that cannot fly", "accept no gun that has not been tested"): the clause is a condition, and the
    refusal is a stance about any such thing, neither of them an event."""
    if verb.dep_ != "relcl" or verb.head.dep_ != "dobj":
        return False
    noun, gov = verb.head, verb.head.head
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "no") for c in noun.children)
    refused = status.is_negated(gov) or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
    ahead = bool(status.aux_lemmas(gov) & _WARNING_MODALS) or any(c.lower_ == "no" for c in noun.children)
    return indefinite and refused and ahead


def _warns_of_a_state(verb: Token) -> bool:
    """"X warned that losses were mounting": a warning whose only content is a clause stating how things
    are (no modal, no "to" infinitive, no "of"/"against" phrase) reports a statement, not a threat."""
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    if not comps or any(c.dep_ in ("xcomp", "prep") for c in verb.children):
        return False
    return all(not (status.aux_lemmas(c) & _WARNING_MODALS) and c.tag_ != "VB" for c in comps)


# What a warning "of" promises when it is a threat: harm the warner can do ("warned of serious
# consequences", "of retaliation"); an attack or a sanction warned of counts too (see `_warns_of_a_trend`).
_THREAT_NOUNS = frozenset({"consequence", "retaliation", "reprisal", "countermeasure", "response", "action",
                           "measure", "step", "repercussion", "punishment", "war", "force", "revenge"})
_HARM_TYPES = frozenset({"ASSAULT", "SANCTION", "COERCE", "THREATEN", "MOBILIZE"})


def _warns_of_a_trend(verb: Token) -> bool:
    """"Banks warned of earnings setbacks", "warned about a recession": a warning whose only content is
    an "of"/"about" phrase naming no harm the warner could do is a forecast, not a threat."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    objects = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "about")
               for g in c.children if g.dep_ == "pobj"]
    if not objects:
        return False
    for noun in objects:
        sense = _noun_sense(noun) if noun.pos_ == "NOUN" else None
        if noun.lemma_.lower() in _THREAT_NOUNS or (sense is not None and sense.type in _HARM_TYPES):
            return False
    return True


def _counts_weapons(verb: Token, ctx: _Context) -> bool:
    """Whether a verb's subject counts weapons ("the first four of 12 jets", "two KF-9 batteries",
    "a batch of drones"): its head, or the head of its "of" phrase, is a unit noun or a system."""
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        heads = [subj] + [g for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj"]
        for h in heads:
            if h.lemma_.lower() in lexicon.UNIT_NOUNS or any(
                    a.type == "weapon_system" for t in (h, *h.children) for a in ctx.actor_at(t)):
                return True
    return False


def _crowd_control(verb: Token) -> bool:
    """Whether what a verb fires or uses is a crowd-control weapon ("fired tear gas", "water cannon")."""
    objs = [o for o in verb.children if o.dep_ == "dobj"]
    objs += [c for o in objs for c in o.children if c.dep_ == "conj"]
    for o in objs:
        mods = {c.lemma_.lower() for c in o.children if c.dep_ in ("compound", "amod")} | {""}
        if any((m, o.lemma_.lower()) in lexicon.CROWD_CONTROL for m in mods):
            return True
    return False


def _contract_payment(c: _Cand) -> bool:
    """Whether a payment is a contract's instalment ("paid an advance", "the final instalment"), not a
    fine, a wage or a ransom: the sum a deal is paid in."""
    heads = [c.anchor] + ([c.noun] if c.noun is not None else [])
    paid = [ch for h in heads for ch in h.children if ch.dep_ in ("dobj", "nsubjpass")]
    if c.noun is not None and c.noun.lemma_.lower() == "payment":
        paid = [c.noun]  # "released the first payment", "a down payment of 20 percent"
    return bool(paid) and all(_instalment(t) for t in paid)


def _instalment(t: Token) -> bool:
    """An instalment of a price: "an advance", "the final tranche", "the first payment", "a down payment"."""
    if t.lemma_.lower() in _INSTALMENTS:
        return True
    return t.lemma_.lower() == "payment" and any(
        (ch.dep_ in ("amod", "compound", "advmod") and ch.lower_ in _INSTALMENT_MODS)
        or (ch.dep_ == "appos" and _instalment(ch)) for ch in t.children)


_INSTALMENTS = frozenset({"advance", "instalment", "installment", "tranche", "deposit", "downpayment"})
_INSTALMENT_MODS = frozenset({"down", "first", "second", "third", "final", "last", "initial", "advance", "next"})


def _other_cargo(c: _Cand) -> bool:
    """Whether a delivery names what it delivers and that is no weapon or unit ("delivered aid",
    "deliveries of grain", "food aid deliveries"): then it is not the article's weapons being delivered."""
    heads = [c.anchor] + ([c.noun] if c.noun is not None else [])
    cargo = [ch for h in heads for ch in h.children if ch.dep_ in ("dobj", "nsubjpass", "compound")]
    cargo += [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
    return any(t.pos_ == "NOUN" and t.lemma_.lower() not in lexicon.UNIT_NOUNS | lexicon.ARMS_LEMMAS for t in cargo)


def _weapon_test(verb: Token, ctx: _Context) -> bool:
    """A firing or launch that is a weapons test: marked so ("test-fired a missile"), or aimed only at
    open water ("fired a ballistic missile into the sea"), which no one holds."""
    if any(c.lower_ == "test" and c.i < verb.i and c.dep_ in ("npadvmod", "advmod", "compound", "amod")
           for c in verb.children):
        return True
    aims = _aimed_at(verb, ctx)
    pobjs = [p for a in aims for p in a.children if p.dep_ == "pobj"]
    return bool(pobjs) and all(p.lemma_.lower() in lexicon.OPEN_WATER and not ctx.actor_at(p) for p in pobjs)


def _aimed_at(verb: Token, ctx: _Context) -> list[Token]:
    """The "at X" / "into X" phrases of a launch or a firing ("on Tuesday" is a date, not a target)."""
    heads = [verb, *(o for o in verb.children if o.dep_ == "dobj")]  # "launched 40 drones at X" either way
    return [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in lexicon.AIM_PREPS
            and any(p.dep_ == "pobj" and p.i not in ctx.timex_tokens for p in c.children)]


def _noun_extent(n: Token) -> tuple[int, int]:
    first = n.i
    for c in n.lefts:
        if c.dep_ in ("compound", "amod") and c.i == first - 1:
            first = c.i
    doc = n.doc
    # "a two-week truce": a hyphenated modifier is one word; "week truce" alone misreads it
    while first >= 2 and doc[first - 1].text == "-" and first - 1 > n.sent.start and not doc[first - 2].is_space:
        first -= 2
    return first, n.i


def _failed_accord(t: Token) -> Sense | None:
    """"the collapse of the talks", "the breakdown of the truce": the failure of an accord or of talks."""
    if t.lemma_.lower() not in _FAIL_NOUNS:
        return None
    for p in t.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for g in p.children:
                if g.dep_ != "pobj":
                    continue
                if g.lemma_.lower() in TRUCES:
                    return Sense("ASSAULT")
                sense = _noun_sense(g)
                if sense is not None and sense.type in ("CONSULT", "AGREE", "COOPERATE"):
                    return Sense("SANCTION")
    return None


def _noun_candidate(t: Token, ctx: _Context) -> _Cand | None:
    sense = _failed_accord(t) or _noun_sense(t)
    if sense is None:
        return None
    head = t.head
    if t.dep_ in ("nsubj", "dobj") and head.lemma_.lower() in lexicon.REPORTING:
        return None  # an event noun is not a speaker or a thing said
    if sense.type == "REQUEST" and any(c.dep_ == "prep" and c.lower_ == "for" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in lexicon.NO_COMMENT for g in c.children) for c in t.children):
        return None  # "a request for comment"
    if t.lemma_.lower() == "test" and any(c.dep_ == "prep" and c.lower_ in ("of", "for") and not _has_arms(
            list(c.subtree), ctx) for c in t.children):
        return None  # "a test of the ruling party", "a test for the government": no weapon is fired
    if _noun_lemma(t) == "evacuation":
        of = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if any(_people(g) or g.lemma_.lower() in _CIVILIANS for g in of):
            sense = Sense("AID")  # "the evacuation of 4,000 residents": a rescue
        elif any(_noun_lemma(g) in _SETTLEMENTS or g.lemma_.lower() in _SETTLEMENTS for g in of) and not any(
                w.lemma_.lower() in _FORCE_NOUNS | {"army", "military", "navy"} for w in t.sent):
            return None  # "ordered the evacuation of the port area": a safety measure, no forces pulled back
    if sense.type == "ACCUSE" and t.tag_ == "NNS" and any(
            c.dep_ == "det" and c.lower_ in ("these", "those", "such") for c in t.children):
        return None  # "These allegations are absurd": the charges already reported, answered, not made anew
    governor: Token | None = None
    to_verb: Token | None = None
    failed = next((ch for ch in t.children if ch.dep_ == "relcl" and _failing(ch) and any(
        g.dep_ == "nsubj" and g.tag_ in ("WDT", "WP") for g in ch.children)), None)
    if failed is not None:
        governor = failed  # "the ceasefire that fell apart on Monday"
    elif t.dep_ in ("nsubj", "nsubjpass") and (head.lemma_.lower() in lexicon.ASPECTUAL or _failing(head)):
        governor = head
    elif (to_verb := next((ch for ch in t.children if ch.dep_ in ("acl", "advcl", "relcl")
                           and ch.lemma_.lower() in lexicon.ASPECTUAL - {"be", "go", "take"}
                           and any(g.dep_ == "aux" and g.lower_ == "to" for g in ch.children)), None)) is not None:
        governor = to_verb  # headlinese "Talks to resume next week": the infinitive tells the talks ahead
    elif t.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in ("be", "remain", "stay"):
        governor = head.head  # "X is in talks with Y": the talks are X's and under way
    elif _on_strike(t) and head.head.lemma_.lower() in ("be", "remain", "stay"):
        governor = head.head  # "teachers are on strike"
    elif t.dep_ == "dobj" and sense.type == "PROTEST" and head.lemma_.lower() in _PROTEST_SPANS:
        governor = head  # "dock workers ended a strike", "end strike after pay deal": it was under way
    elif t.dep_ == "dobj" and head.lemma_.lower() in _LAUNCH_VERBS and sense.type in ("ACCUSE", "SANCTION"):
        governor = head  # "filed a lawsuit on Friday", "was preparing sanctions": the charge or ban set going
    elif t.dep_ == "nsubjpass" and head.lemma_.lower() in lexicon.PLAN_VERBS:
        governor = head  # "the first test was planned for September": dated by its plan
    elif t.dep_ == "nsubj" and sense.type == "ASSAULT" and head.lemma_.lower() in _IMPACT and not any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those", "that", "this") for c in t.children):
        governor = head  # "air strikes hit the port city" ("the strikes hit …" looks back at one reported)
    if governor is not None and _failing(governor):
        # "the truce collapsed", "talks broke down": a ceasefire that fails is fighting resumed
        # (CAMEO's "violate ceasefire"), failed talks or deals are relations cut back ("halt negotiations")
        if t.lemma_.lower() in TRUCES:
            sense = Sense("ASSAULT")
        elif sense.type in ("CONSULT", "AGREE", "COOPERATE"):
            sense = Sense("SANCTION")
    arg_deps = {c.dep_ for c in t.children if c.dep_ in _NOUN_ARG_DEPS}
    if arg_deps == {"compound"} and t.tag_ == "NNS" and not any(
        a.type == "weapon_system" for c in t.children for a in ctx.actor_at(c)
    ):
        arg_deps = set()  # "arms sales": a generic activity, not an event
    has_args = bool(arg_deps) or t.i in ctx.timex_tokens or (t.dep_ == "compound" and _headline_verb(t))
    # "had nothing to do with the bombing": a bare noun, but a definite act the speaker disowns
    if not (governor is not None or has_args or sense.always_arms or status.disowned(t)):
        return None
    first, last = _noun_extent(t)
    if governor is not None and _failing(governor) and 0 < governor.i - last <= 2:
        # "the truce collapsed": without its verb the trigger would read as a truce
        last = max([governor.i] + [c.i for c in governor.children if c.dep_ in ("prt", "advmod")
                                   and (governor.lemma_.lower(), c.lower_) in _FAIL_PARTICLES])
    # a sanction being prepared or drafted is ahead, however its verb's tense reads
    readied = governor is head and t.dep_ == "dobj" and head.lemma_.lower() in _READY_VERBS and not status.is_negated(
        head)
    return _Cand(t, sense, first, last, governor, t, forced_status="planned" if (
        to_verb is not None and governor is to_verb) or readied else None)


# Verbs that set a legal action or a ban going ("filed a lawsuit", "brought charges", "prepared sanctions").
_LAUNCH_VERBS = frozenset({"file", "bring", "lodge", "launch", "open", "prepare", "draft", "draw"})
_READY_VERBS = frozenset({"prepare", "draft", "draw"})
# Verbs that end or call a protest or strike given as their object.
_PROTEST_SPANS = frozenset({"end", "call", "stage", "hold", "begin", "start", "continue", "resume", "extend"})
# Intransitive verbs of failing whose subject is an agreement or talks ("collapsed", "broke down").
_FAIL_VERBS = frozenset({"collapse", "founder", "unravel", "crumble", "falter", "fail"})
_FAIL_PARTICLES = frozenset({("break", "down"), ("fall", "apart"), ("fall", "through")})
# Participles whose agent stands outside the event they describe ("talks brokered by X").
_MEDIATING = frozenset({"mediate", "broker", "facilitate", "host", "sponsor", "chair", "convene"})
_FAIL_NOUNS = frozenset({"collapse", "breakdown", "failure"})


def _failing(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children):
        return False  # "talks failed to produce a deal", "the deal failed its first test"
    return lemma in _FAIL_VERBS or any(
        c.dep_ in ("prt", "advmod", "prep") and (lemma, c.lower_) in _FAIL_PARTICLES for c in verb.children)


def _candidates(sdoc: Doc, ctx: _Context) -> list[_Cand]:
    consumed: set[int] = set()
    found: list[_Cand] = []
    # verbs first: light-verb objects must be consumed before nouns are looked at
    for t in sdoc:
        if t.pos_ == "VERB" or (t.pos_ == "AUX" and t.dep_ == "ROOT" and t.lemma_ != "be"):
            c = _verb_candidate(t, ctx, consumed)
            if c is not None:
                found.append(c)
    for t in sdoc:
        # "that talks with X would resume": a word tagged as a verb but parsed as a subject is a noun
        misread = t.pos_ == "VERB" and t.tag_ == "VBZ" and t.dep_ in ("nsubj", "nsubjpass") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in t.children)
        # "17:35 - Talks between X and Y broke down": a capitalized event noun opening a sentence that the
        # parser took for a name (not a month, not in a Title Case headline, where every word is capitalized)
        named = t.pos_ == "PROPN" and t.is_title and not ctx.actor_at(t) and _noun_lemma(t) in lexicon.NOUNS \
            and t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") and t.i not in ctx.timex_tokens \
            and not any(w.is_alpha for w in sdoc[t.sent.start : t.i]) and not _title_case(t.sent)
        if (t.pos_ == "NOUN" or misread or named) and t.i not in consumed:
            c = _noun_candidate(t, ctx)
            if c is not None:
                found.append(c)
    found.sort(key=lambda c: c.anchor.i)
    return found


def _fold(cands: list[_Cand]) -> list[_Cand]:
    """Fold candidates found inside another candidate's arguments into it; return the main ones."""
    by_tok: dict[int, _Cand] = {}
    for c in cands:
        by_tok[c.anchor.i] = c
        if c.noun is not None:
            by_tok.setdefault(c.noun.i, c)
        if c.verb is not None:
            by_tok.setdefault(c.verb.i, c)
    for c in cands:
        if c.noun is not None and c.verb is None and _referential_deal(c):
            continue
        if c.verb is None and c.anchor.dep_ in ("nsubj", "nsubjpass"):
            # "the contract is expected to be signed": the raised subject is the signing's own noun
            raised = next((by_tok[x.i] for x in c.anchor.head.children if x.dep_ == "xcomp" and x.i in by_tok), None)
            if raised is not None and raised is not c and raised.sense.type == c.sense.type:
                raised.absorbed.append(c)
                c.main = False
                continue
        said = c.anchor.head.head
        if (c.verb is None and c.anchor.dep_ == "pobj" and c.anchor.head.lower_ in ("in", "under")
                and c.sense.type == "AGREE" and said.lemma_.lower() in lexicon.REPORTING):
            # "X ordered Y, the ministry said, in a deal worth Z": the phrase the parse hung on the
            # reporting verb describes the reported act
            reported = next((by_tok[x.i] for x in said.children if x.dep_ == "ccomp" and x.i in by_tok), None)
            if reported is None and said.dep_ == "parataxis":  # "…, the ministry said, in a deal …"
                reported = by_tok.get(said.head.i)
            if reported is not None and reported is not c:
                reported.absorbed.append(c)
                c.main = False
                continue
        cur = c.top
        for _ in range(8):
            if cur.dep_ in _BOUNDARY and not (_infinitival_relcl(cur) or _purpose(cur)):
                break
            if cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX"):
                break
            if cur.lower_ in _TEMPORAL:
                break
            head = cur.head
            if head.i == cur.i:
                break
            if cur.dep_ == "xcomp" and cur.tag_ == "VBG" and head.lemma_.lower() in lexicon.DENY_VERBS:
                break  # "denied bombing the market": the denied act is an event of its own, like "denied that …"
            if cur is c.top and status.cancelled_plan(cur):
                break  # "denied any plan to sign X", "abandoned plans to buy Y": the planned act, denied
            if cur is c.top and c.noun is cur and status.disowned(cur):
                break  # "denied any role in the attack": the disowned attack is an event of its own
            if cur is c.top and _accuser(c) is not None:
                break  # "accused X of attacking Y": the alleged attack is an event of its own
            owner = by_tok.get(head.i)
            if owner is not None and owner is not c:
                owner.absorbed.append(c)
                c.main = False
                break
            cur = head
    return [c for c in cands if c.main]


# Nouns that make what they govern hypothetical or a topic of discussion ("the prospects of
# cooperation", "the possible timing of signing", "readiness to compromise", "no reason to
# protest"): the governed trigger reports no happening of its own.
_IRREALIS_NOUNS = frozenset({"prospect", "possibility", "timing", "readiness", "willingness", "reason",
                             "chance", "likelihood", "option", "idea", "hope", "question"})
# Adjectives whose infinitival complement is a generic or hypothetical act ("it is not possible to
# accept", "it is necessary to negotiate").
_IRREALIS_ADJ = frozenset({"possible", "impossible", "necessary", "unnecessary", "difficult", "hard", "easy",
                           "important", "essential", "vital"})


def _irrealis(c: _Cand) -> bool:
    """Whether the trigger sits, inside its own clause, under a noun of `_IRREALIS_NOUNS`."""
    cur = c.top
    for _ in range(6):
        if cur.dep_ in _BOUNDARY and not _infinitival_relcl(cur):
            return False
        head = cur.head
        if head.i == cur.i:
            return False
        if head.pos_ == "NOUN" and head.lemma_.lower() in _IRREALIS_NOUNS:
            return True
        if cur.dep_ == "xcomp" and (head.lemma_.lower() in _IRREALIS_ADJ or (head.lemma_ == "be" and any(
                ch.dep_ == "acomp" and ch.lemma_.lower() in _IRREALIS_ADJ for ch in head.children))):
            return True  # "it is (not) possible to accept": the parser hangs the clause on "is"
        cur = head
    return False


_DEAL_NOUNS = frozenset({"deal", "contract", "agreement", "order", "purchase", "sale", "package"})
# Headline verbs the parser misreads as a plural noun before "deal" read as a verb ("X signs deal for Y").
_SIGN_NOUNS = frozenset({"sign", "ink", "seal", "clinch", "strike"})
_VALUE_VERBS = frozenset({"value", "estimate", "price", "put"})


def _restated_value(c: _Cand) -> bool:
    """'The deal is worth X', 'the contract is valued at X': a definite deal noun whose clause only prices
    it refers back to a deal the story already reported, so it adds a value, not an event."""
    n = c.noun
    if n is None or c.absorbed or n.lemma_.lower() not in _DEAL_NOUNS:
        return False
    if not any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in n.children):
        return False
    head = n.head
    if n.dep_ == "nsubj" and head.lemma_ == "be":
        return any(ch.dep_ == "acomp" and ch.lower_ == "worth" for ch in head.children)
    return n.dep_ == "nsubjpass" and head.lemma_.lower() in _VALUE_VERBS


def _signed_back(c: _Cand) -> bool:
    """"The deal, valued at $900 million, was signed last week": a definite deal noun that names no party
    or system of its own, told as signed, is the deal the story already reported (its value). Its day is
    not moved onto that deal: a headline dated by the publication day would no longer fit it."""
    n = c.noun
    if n is None or c.absorbed or n.lemma_.lower() not in _DEAL_NOUNS or n.dep_ != "nsubjpass":
        return False
    if not any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in n.children):
        return False
    return n.head.lemma_.lower() in _SIGN_NOUNS | {"conclude", "finalize", "finalise"}


def _referential_deal(c: _Cand) -> bool:
    """"Peru's purchase of X": a deal named by its party is an event mention of its own."""
    return c.sense.arms_stage in _DEAL_STAGES and any(ch.dep_ == "poss" for ch in c.anchor.children)


def _accuser(c: _Cand) -> Token | None:
    """The accusing verb when the candidate is what someone is accused of ("accused the rebels of
    attacking the convoy", "the army was blamed for the shelling"), else None."""
    top = c.top
    prep = top.head
    if top.dep_ not in ("pcomp", "pobj") or prep.pos_ != "ADP":
        return None
    verb = prep.head
    if verb.dep_ in ("dobj", "nsubjpass") and verb.pos_ in ("NOUN", "PROPN", "PRON"):
        verb = verb.head  # the parser often hangs "of …" on the accused ("accused [the rebels of …]")
    return verb if _ACCUSING.get(verb.lemma_.lower()) == prep.lower_ and prep.i > verb.i else None


def _accused(verb: Token, ctx: _Context) -> list[str]:
    """Who an accusation blames: the object of "accused X of", the subject of "X was accused of"."""
    for ch in verb.children:
        if ch.dep_ == "dobj" or (ch.dep_ == "nsubjpass"):
            return _actors_of(ch, ctx)
    return []


def _purpose(tok: Token) -> bool:
    """"offered options to ease tariffs", "attacked the town to punish it": a subjectless
    infinitival adverbial clause states an aim of its governing event, not a happening."""
    return tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _pricing_relcl(tok: Token) -> bool:
    """"a deal it valued at 1.3 billion euros", "a contract analysts put at $2 billion": the relative
    clause only prices the deal noun it hangs on, so its amount is the deal's value."""
    return tok.dep_ == "relcl" and tok.lemma_.lower() in _VALUE_VERBS and tok.head.lemma_.lower() in _DEAL_NOUNS


def _infinitival_relcl(tok: Token) -> bool:
    return tok.dep_ in ("relcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


# ----------------------------------------------------------------------------------------------
# slots


def _arg_tokens(c: _Cand, mains: set[int]) -> list[Token]:
    """The trigger's argument tokens: subtrees of its heads minus embedded clauses and other events."""
    roots = [c.top] + ([c.noun] if c.noun is not None and c.noun is not c.top else [])
    seen: set[int] = set()
    out: list[Token] = []
    stack = list(roots)
    while stack:
        t = stack.pop()
        if t.i in seen:
            continue
        seen.add(t.i)
        out.append(t)
        for ch in t.children:
            if ch.dep_ in _BOUNDARY and not (_infinitival_relcl(ch) or _pricing_relcl(ch)):
                continue
            if ch.dep_ == "conj" and ch.pos_ in ("VERB", "AUX"):
                continue
            if ch.lower_ in _TEMPORAL:
                continue
            if ch.i in mains and ch.i != c.anchor.i:
                continue
            stack.append(ch)
    out.sort(key=lambda t: t.i)
    return out


def _np_tokens(tok: Token) -> list[Token]:
    """Head noun phrase of an argument: left modifiers, the head, appositions and conjuncts."""
    out = [t for t in tok.doc[tok.left_edge.i : tok.i + 1]]
    for ch in tok.rights:
        if ch.dep_ in _NP_RIGHT:
            out.extend(_np_tokens(ch))
        elif ch.dep_ == "prep" and ((ch.lower_ == "of" and tok.lemma_.lower() in _TITLES | _FIGHTERS) or (
                ch.lower_ == "from" and tok.tag_ in ("NNS", "NNPS", "NNP") and tok.lower_[:-1] in _TITLES)):
            # "the head of X", "President of Y", "ministers from X and Y", "fighters of X": the body stands in
            out.extend(g for p in ch.children if p.dep_ == "pobj" for g in _np_tokens(p))
    return out


def _actors_of(tok: Token | None, ctx: _Context) -> list[str]:
    if tok is None:
        return []
    head_actors = [a for a in ctx.actor_at(tok) if a.type not in _ACTOR_SKIP_TYPES]
    if head_actors:
        conjs = [ch for ch in tok.children if ch.dep_ == "conj"]
        while conjs:  # "Lima and Quito", "Chile, Peru and Norway" (each conjunct hangs on the one before)
            ch = conjs.pop(0)
            head_actors.extend(a for a in ctx.actor_at(ch) if a.type not in _ACTOR_SKIP_TYPES)
            conjs.extend(g for g in ch.children if g.dep_ == "conj")
        return _uniq(a.entity_id for a in head_actors)
    out: list[str] = []
    # "Marland's allies", "Peru's rivals": the possessor of a relation is the other side of it
    other = {t.i for ch in tok.children if ch.dep_ == "poss" for t in ch.subtree} \
        if tok.lemma_.lower() in _RELATIONAL else set()
    for t in _np_tokens(tok):
        if t.i not in other:
            out.extend(a.entity_id for a in ctx.actor_at(t) if a.type not in _ACTOR_SKIP_TYPES)
    if tok.pos_ == "NOUN" and any(a.startswith("person:") for a in out):
        out = [a for a in out if a.startswith("person:")]
    if not out and tok.pos_ == "PROPN":
        # "LIMA, March 3 (Wire) - Andes Mining will buy …": the recognizer may miss a name in one
        # sentence (here, run on from a dateline) that it found elsewhere; the same full name is the same party
        first = tok.i
        while first > tok.left_edge.i and tok.doc[first - 1].pos_ == "PROPN" and tok.doc[first - 1].head.i > first - 1:
            first -= 1
        ids = ctx.named.get(tok.doc[first : tok.i + 1].text, set())
        if len(ids) == 1 and ctx.actor_type.get(next(iter(ids))) not in _ACTOR_SKIP_TYPES:
            out = list(ids)
    return _uniq(out)


_RELATIONAL = frozenset({"ally", "neighbour", "neighbor", "rival", "enemy", "foe", "adversary", "critic",
                         "opponent", "partner", "creditor", "debtor", "competitor"})


def _uniq(items: object) -> list[str]:
    seen: dict[str, None] = {}
    for x in items:  # type: ignore[attr-defined]
        seen.setdefault(x, None)
    return list(seen)


def _subject(verb: Token, ctx: _Context) -> list[str]:
    cur = verb
    for step in range(4):
        subj = [ch for ch in cur.children if ch.dep_ == "nsubj" or (step and ch.dep_ == "nsubjpass")]
        if subj:
            left = [ch for ch in subj if ch.i < cur.i]
            got = left[-1] if left else subj[0]
            if got.tag_ in ("WDT", "WP") and cur.dep_ == "relcl" and cur.head.i != cur.i:
                got = cur.head  # "Greece, which signed a deal with France": the relative pronoun's antecedent
                named = _uniq(a.entity_id for a in ctx.actor_at(got) if a.type not in _ACTOR_SKIP_TYPES)
                if named:
                    return named  # (not "X, who hosted in 2008, and Y": the clause is X's alone)
            start = ctx.after_dateline
            if start is not None and got.i < start < cur.i:
                # the parser took the dateline for the subject: the phrase after it is the real one
                got = next((t for t in ctx.sdoc[start : cur.i] if not start <= t.head.i < cur.i
                            and t.pos_ in ("NOUN", "PROPN", "PRON")), got)
            found = _actors_of(got, ctx)
            if not found and (got.lower_ in _SPEAKER_PRONOUNS or any(
                    ch.dep_ == "poss" and ch.lower_ in ("its", "their", "our") for ch in got.children)):
                found = _speaker_side(cur, ctx)  # "X said it/its air defences had shot down …"
            return found
        for ch in cur.children:
            if ch.dep_ == "agent":
                for p in ch.children:
                    if p.dep_ == "pobj":
                        return _actors_of(p, ctx)
        if not step and (_passive(cur) or _shared_patient(cur) is not None):
            # "… before the deal was signed", "was fined and banned": a passive's doer is unsaid, and the
            # clause above names someone else (or the one it was done to)
            return []
        if cur.dep_ in ("xcomp", "conj", "pcomp", "advcl", "acl", "acomp") and cur.head.i != cur.i:
            cur = cur.head
            while cur.pos_ == "ADP" and cur.head.i != cur.i:
                cur = cur.head
            continue
        if step and cur.pos_ == "NOUN" and cur.lemma_.lower() in _CONTROL_NOUNS:
            owner = [a for ch in cur.children if ch.dep_ == "poss" for a in _actors_of(ch, ctx)]
            if owner:
                return owner  # "Chile's decision to buy jets": whoever decides is who buys
        if step and cur.dep_ == "dobj" and cur.head.i != cur.i and (cur.lemma_.lower() in _PLAN_NOUNS or (
                cur.lemma_.lower() in _CONTROL_NOUNS and cur.head.lemma_.lower() in _CONTROL_HOLDERS)):
            cur = cur.head  # "Chile has no plans to sign", "made a decision to buy": the plan's holder
            continue
        break
    return []


_SPEAKER_PRONOUNS = frozenset({"it", "they", "we"})


# What one party puts to another, so that answering it answers them ("rejected an offer from X").
_PROPOSALS = frozenset({"call", "offer", "demand", "request", "proposal", "invitation", "appeal", "bid",
                        "ultimatum", "plea", "suggestion", "initiative", "overture"})
_ANSWERS = frozenset({"REJECT", "AGREE", "CONCEDE", "SUPPORT", "ACCUSE"})


def _proposer(obj: Token, kind: str, ctx: _Context) -> list[str]:
    """Who made the offer or call that an answer's object names: "rejected calls by X", "accepted demands
    from X", "rejected a takeover offer from X"; for a demand, whom "an apology from X" is asked of."""
    if obj.lemma_.lower() in _PROPOSALS and kind in _ANSWERS:
        return [a for ch in obj.children if ch.dep_ == "prep" and ch.lower_ in ("by", "from")
                for a in _pobj_actors(ch, ctx)]
    if kind == "REQUEST" and not _moves_away(obj):
        return [a for ch in obj.children if ch.dep_ == "prep" and ch.lower_ == "from" for a in _pobj_actors(ch, ctx)]
    return []


def _moves_away(obj: Token) -> bool:
    """"demanded the withdrawal of forces from X": "from" is where the act leaves, not whom it asks."""
    return _noun_sense_type(obj) in ("RETREAT", "MOBILIZE", "ASSAULT", "COERCE", "SANCTION")


def _hits_speakers_own(verb: Token) -> bool:
    """Whether a deed's object or target phrase is "its/their/our …" (in reported speech, the speaker's)."""
    heads = [ch for ch in verb.children if ch.dep_ == "dobj"] + [
        p for ch in verb.children if ch.dep_ == "prep" and ch.lower_ in _TARGET_PREPS
        for p in ch.children if p.dep_ == "pobj"]
    heads += [p for h in list(heads) for ch in h.children if ch.dep_ == "prep" and ch.lower_ in _TARGET_PREPS
              for p in ch.children if p.dep_ == "pobj"]  # "exchanged fire with its soldiers"
    return any(ch.dep_ == "poss" and ch.lower_ in ("its", "their", "our") for h in heads for ch in h.children
               if not any(g.lower_ == "own" for g in h.children))  # ("its own positions" are the doer's)


def _draws(verb: Token) -> bool:
    """"drew criticism" (attracted it), not "drew up sanctions" (drafted them)."""
    return verb.lemma_.lower() == "draw" and not any(ch.dep_ == "prt" and ch.lower_ == "up" for ch in verb.children)


def _passive(verb: Token) -> bool:
    return any(ch.dep_ in ("nsubjpass", "auxpass") for ch in verb.children)


def _shared_patient(verb: Token) -> Token | None:
    """The passive subject a bare participle shares with the passive it is coordinated with ("the firm
    was fined and banned": the firm was banned too)."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or not _passive(verb.head) or any(
            ch.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for ch in verb.children):
        return None
    return next((ch for ch in verb.head.children if ch.dep_ == "nsubjpass"), None)


def _speaker_side(verb: Token, ctx: _Context) -> list[str]:
    """'The army said it had shot down two drones': an unresolved 'it'/'they'/'we' in what a
    body says is that body (a country or organization; a person is not 'it' or 'they').

    When the parse does not name the body ("It said it would seek a court order", "The operator,
    Acme Ltd, said it had offered a raise"), the speaker the quote stage credited with those words
    stands for it; so does a spokesman's organization ("a spokesman for X said it would appeal")."""
    rep = status.reporting_governor(verb)
    found = [] if rep is None else [a for a in _subject(rep, ctx) if not a.startswith("person:")]
    return found or _quoted_body(verb, rep, ctx)


def _quoted_body(verb: Token, rep: Token | None, ctx: _Context) -> list[str]:
    """The body that said the words `verb` stands in: the quote's speaker, or a person speaker's
    organization or country. In direct speech only 'we' is the speaker's side ('"They shelled us,"
    the army said'): it and they are someone else."""
    quote = ctx.quote_of(verb.idx)
    if quote is None or quote.speaker is None or quote.speaker.entity_id is None:
        return []
    subj = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
    if quote.kind == "direct":
        if subj is None or subj.lower_ != "we":
            return []
    elif quote.cue is None or not any(quote.cue.start <= t.idx < quote.cue.end
                                      for t in ([rep] if rep is not None else verb.ancestors)):
        return []  # reported speech hangs on the quote's cue ("said in a statement that it had …")
    who = quote.speaker.entity_id
    if who.startswith("person:"):
        who = ctx.actor_affiliation.get(who) or ""
    return [who] if who and not who.startswith("person:") else []


def _pobj_actors(prep: Token, ctx: _Context) -> list[str]:
    out: list[str] = []
    for p in prep.children:
        if p.dep_ == "pobj":
            out.extend(_actors_of(p, ctx))
    return out


def _slots(c: _Cand, ctx: _Context) -> tuple[list[str], list[str]]:
    src: list[str] = []
    tgt: list[str] = []
    stage = c.sense.arms_stage
    noun = c.noun
    verb = c.verb if c.verb is not None and c.verb is c.anchor else None
    if c.request_by is not None:
        src = _subject(c.request_by, ctx)
        tgt = _subject(c.anchor, ctx)
        return src, [a for a in tgt if a not in src]
    if verb is not None:
        src = _subject(verb, ctx)
        passive = any(ch.dep_ == "nsubjpass" for ch in verb.children)
        if (patient := _shared_patient(verb)) is not None:
            tgt.extend(_actors_of(patient, ctx))
        for ch in verb.children:
            if noun is not None and ch.i == noun.i:
                continue
            if ch.dep_ in ("dobj", "dative") or (ch.dep_ == "nsubjpass" and passive):
                tgt.extend(_pobj_actors(ch, ctx) if ch.pos_ == "ADP" else _actors_of(ch, ctx))
                if ch.dep_ == "dobj":
                    tgt.extend(_proposer(ch, c.sense.type, ctx))
            elif ch.dep_ == "prep" and ch.lower_ == "from" and c.sense.type == "REQUEST" and not any(
                    _moves_away(o) for o in verb.children if o.dep_ == "dobj"):
                tgt.extend(_pobj_actors(ch, ctx))  # "sought aid from China": asked of China
            elif ch.dep_ == "ccomp" and c.sense.type == "REQUEST" and not passive:
                # "demanded that the United States match …": the one told to act
                tgt.extend(a for g in ch.children if g.dep_ == "nsubj" for a in _actors_of(g, ctx))
            elif ch.dep_ == "prep" and ch.lower_ == "over" and c.sense.type in _PHYSICAL:
                continue  # "shot down over eastern X": where it happened, not at whom
            elif ch.dep_ == "prep" and (ch.lower_ in _TARGET_PREPS or (ch.lower_ == "from" and stage == "order")):
                tgt.extend(_pobj_actors(ch, ctx))
            elif ch.dep_ == "ccomp" and verb.lemma_.lower() in lexicon.DENY_VERBS:
                tgt.extend(_subject(ch, ctx))
        if not tgt and c.sense.type == "ASSAULT" and _hits_speakers_own(verb):
            # "X's army said Y's troops exchanged fire with its soldiers": the speaker's side was hit
            tgt = [a for a in _speaker_side(verb, ctx) if a not in src]
        if c.undergone:
            src, tgt = [], src + [a for a in tgt if not a.startswith("weapon:")]
        if not src and verb.lemma_.lower() == "oppose" and _passive(verb) and any(
                ch.dep_ == "prep" and ch.lower_ == "to" for ch in verb.children):
            # "X is opposed to Y": an adjective, X opposes Y
            src = [a for t in [verb, *(ch for ch in verb.children if ch.dep_ == "auxpass")] for ch in t.children
                   if ch.dep_ in ("nsubj", "nsubjpass") for a in _actors_of(ch, ctx)]
    if noun is not None:
        for ch in noun.children:
            if ch.dep_ == "poss":
                src = _actors_of(ch, ctx) or src
            elif ch.dep_ == "prep" and ch.lower_ == "by" and (agents := _pobj_actors(ch, ctx)):
                src = agents  # "took the attack by Chile seriously": the noun's own agent, not the verb's subject
            elif ch.dep_ == "prep" and ch.lower_ in _SOURCE_PREPS:
                src = src + _pobj_actors(ch, ctx)
            elif (ch.dep_ == "prep" and (ch.lower_ in _TARGET_PREPS or (ch.lower_ == "from" and stage == "order"))) or (ch.dep_ == "prep" and ch.lower_ == "of" and stage is None):
                tgt.extend(_pobj_actors(ch, ctx))
            elif ch.dep_ == "compound" and not src:
                # "Chile-Peru talks": the parser hangs the first party on the second, so read the whole modifier
                src = _uniq(a.entity_id for t in ch.subtree if t.i < noun.i for a in ctx.actor_at(t)
                            if a.type not in _ACTOR_SKIP_TYPES)
            elif ch.dep_ == "amod" and not src and c.sense.type == "ASSAULT" and ch.i < noun.i \
                    and not ch.lower_.startswith(("anti", "pro-")):
                src = [a.entity_id for a in ctx.actor_at(ch) if a.type == "country"]  # "Russian air strikes"
    if noun is not None and c.verb is not None and c.verb is not c.anchor and _draws(c.verb):
        # "Peru drew criticism for the deal": the criticism is aimed at Peru
        tgt.extend(a for a in _subject(c.verb, ctx) if a not in src)
    elif noun is not None and c.verb is not None and c.verb is not c.anchor and not src:
        src = [a for a in _subject(c.verb, ctx) if a not in _actors_of(noun, ctx)]
    if noun is not None and not src:
        src = [a for a in _nominal_doer(noun, ctx) if a not in tgt]
    if noun is not None and not src and (owner := status.disowner(noun)) is not None:
        # "Chile said it had no part in the attack": the party disowning the act is its would-be doer, so
        # the denial can meet another outlet's report that Chile attacked
        src = [a for a in _subject(owner, ctx) if a not in tgt]
    if noun is not None and not src and noun.dep_ == "pobj" and noun.head.lower_ in ("for", "of"):
        plan = noun.head.head  # "X has plans for a meeting with Y", "X's plans for talks": X's event
        if plan.pos_ == "NOUN" and plan.lemma_.lower() in _PLAN_NOUNS:
            src = [a for ch in plan.children if ch.dep_ == "poss" for a in _actors_of(ch, ctx)]
            if not src and plan.dep_ == "dobj":
                src = _subject(plan.head, ctx)
            src = [a for a in src if a not in tgt]
    if noun is not None and c.verb is not None and noun.dep_ == "nsubj" and noun.head.i == c.verb.i \
            and c.verb.lemma_.lower() in _IMPACT and not tgt:
        tgt = [a for ch in c.verb.children if ch.dep_ == "dobj" for a in _actors_of(ch, ctx)]  # "strikes hit X"
    for sub in c.absorbed:
        if c.noun is not None and sub.anchor.head.i == c.noun.i and sub.anchor.dep_ == "acl" \
                and sub.anchor.lemma_.lower() in _MEDIATING:
            continue  # "talks mediated by Norway": the mediator is no party to the talks
        s2, t2 = _slots(sub, ctx)
        if _object_of(c, sub):
            # "protest over the EU trade deal", "oppose an agreement between X and Y": the parties of
            # an event that is the object are at most the target, never who protests or opposes
            if not tgt:
                tgt = [a for a in s2 + t2 if a not in src]
            continue
        if not tgt:
            tgt = [a for a in t2 if a not in src]
        if not src and not (verb is not None and _passive(verb)):  # "Chile was asked to sign": no asker
            src = s2
    src = _uniq(src)
    return src, [a for a in _uniq(tgt) if a not in src]


def _headline(sent: Span) -> bool:
    """A short sentence without closing punctuation: a headline, whose grammar the parser often misreads."""
    return sent[-1].text not in (".", "!", "?", "…", '"', "”", "’", "'") and len(sent) <= 16


def _named_actors(tok: Token, ctx: _Context) -> list[str]:
    """An actor's own name at `tok` ("Portugal", not the demonym "Portuguese", which modifies)."""
    if tok.ent_type_ == "NORP" or not tok.text[:1].isupper():
        return []
    return _uniq(a.entity_id for a in ctx.actor_at(tok) if a.type not in _ACTOR_SKIP_TYPES)


def _nominal_doer(noun: Token, ctx: _Context) -> list[str]:
    """The party of an event noun that only the clause around it names.

    Headlinese the parser reads as a noun phrase: "X signs deal" with "signs" a noun (the signer is its
    subject), "X orders 24 jets" with "orders" the head noun and X its modifier, and the verbless
    "X in talks with Y". In reported speech, "X said negotiations with Y were under way": talks with Y
    that a body reports are its own."""
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ != "VERB" and head.lemma_.lower() in _SIGN_NOUNS \
            and noun.lemma_.lower() in _DEAL_NOUNS:
        return [a for a in _subject(head, ctx) if a not in _actors_of(noun, ctx)]
    if noun.dep_ == "dobj" and head.pos_ in ("VERB", "AUX") and _base_in(head, _SUPPORT_VERBS):
        # "Serbia lodged a protest with Albania", "X staged a hunger strike": who lodges or stages does it
        return [a for a in _subject(head, ctx) if a not in _actors_of(noun, ctx)]
    if noun.dep_ == "pobj" and head.lower_ in ("on", "for") and noun.lemma_.lower() in _TRIPS \
            and head.head.lemma_.lower() in _TRAVEL_VERBS | {"arrive", "come", "go", "leave", "embark"}:
        return _subject(head.head, ctx)  # "X arrived in Y on a surprise visit"
    sent = noun.sent
    if noun.dep_ == "ROOT" and noun.tag_ in ("NNS", "VBZ") and _headline(sent) \
            and noun.lemma_.lower() in lexicon.VERBS:
        first = [ch for ch in noun.lefts if ch.dep_ in ("amod", "compound", "nsubj", "nmod") and ch.i == sent.start]
        return [a for ch in first for a in _named_actors(ch, ctx)]
    if noun.dep_ == "pobj" and head.lower_ == "in" and head.head.dep_ == "ROOT" and head.head.i < head.i \
            and _headline(sent):
        return _named_actors(head.head, ctx)
    if _noun_sense_type(noun) == "CONSULT" and (outcome := _talks_outcome(noun)) is not None:
        return _subject(outcome, ctx)
    if _noun_sense_type(noun) == "CONSULT" and not any(ch.dep_ == "poss" for ch in noun.children) and any(
            ch.dep_ == "prep" and ch.lower_ == "with" and _pobj_actors(ch, ctx) for ch in noun.children):
        rep = status.reporting_governor(noun)
        if rep is not None and noun.dep_ in ("nsubj", "nsubjpass"):
            return [a for a in _subject(rep, ctx) if not a.startswith("person:")]
    return []


# Verbs whose object event noun is their subject's own act (the light verbs, less those whose subject
# need not be the doer: "took the attack seriously", "had an attack", "hit by an attack").
_SUPPORT_VERBS = (lexicon.LIGHT_VERBS - {"take", "have", "hit", "raise", "release", "attend"}) | frozenset({
    "lodge", "issue", "organize", "organise", "mount", "file", "deliver", "intensify", "escalate", "step",
    "speed", "accelerate", "tighten", "declare"})
_TRIPS = frozenset({"visit", "trip", "tour", "mission"})


def _base_in(verb: Token, verbs: frozenset[str]) -> bool:
    """Whether a verb's base form is in `verbs`, past a lemmatizer slip ("staged" → "stag")."""
    low = verb.lower_
    return verb.lemma_.lower() in verbs or (low.endswith("ed") and (low[:-1] in verbs or low[:-2] in verbs))


_TALK_SPANS = _SPANS | frozenset({"year", "round", "session"})


def _talks_outcome(noun: Token) -> Token | None:
    """The agreement or meeting that talks led to ("X and Y agreed … after two days of talks"): its
    parties are the talks' parties."""
    cur = noun
    for _ in range(3):
        prep = cur.head
        if cur.dep_ != "pobj" or prep.i == cur.i:
            return None
        if prep.lower_ == "of" and prep.head.lemma_.lower() in _TALK_SPANS:
            cur = prep.head  # "two days of talks"
            continue
        if prep.lower_ not in ("after", "following"):
            return None
        verb = prep.head
        if verb.dep_ == "dobj":
            verb = verb.head  # "signed the accord following talks"
        while verb.dep_ == "xcomp" and verb.lemma_.lower() not in lexicon.VERBS:
            verb = verb.head  # "agreed to set up a hotline after talks"
        sense = lexicon.VERBS.get(verb.lemma_.lower())
        return verb if verb.pos_ == "VERB" and sense is not None and sense.type in ("AGREE", "CONSULT") else None
    return None


def _noun_sense_type(tok: Token) -> str | None:
    sense = _noun_sense(tok)
    return None if sense is None else sense.type


# Nouns of planning whose holder is the planned event's party ("plans for a summit").
_PLAN_NOUNS = frozenset({"plan", "proposal", "preparation", "intention", "bid", "push"})
# Nouns whose possessor does what their infinitive says ("X's decision to buy", "X's refusal to sign").
_CONTROL_NOUNS = _PLAN_NOUNS | frozenset({
    "decision", "move", "attempt", "effort", "refusal", "promise", "pledge", "threat", "offer", "commitment",
    "determination", "agreement", "readiness", "willingness", "failure", "vow"})
# Verbs whose subject holds the control noun they take ("made a decision to", "announced a move to").
_CONTROL_HOLDERS = frozenset({"have", "make", "take", "announce", "reach"})


def _object_of(c: _Cand, sub: _Cand) -> bool:
    """Whether a folded event is the object of `c` (reached through its object or a target
    preposition) rather than a clause sharing its subject ("agreed to buy")."""
    heads = {c.anchor.i} | ({c.verb.i} if c.verb is not None else set()) | ({c.noun.i} if c.noun is not None else set())
    cur = sub.top
    for _ in range(8):
        head = cur.head
        if head.i == cur.i:
            return False
        if head.i in heads:
            # "Chile's attack on Peru was condemned": a passive subject is the object too
            return cur.dep_ in ("dobj", "attr", "nsubjpass") or (cur.dep_ == "prep" and cur.lower_ in _TARGET_PREPS)
        cur = head
    return False


def _phrase(tok: Token) -> list[Token]:
    """A phrase's tokens without its relative/participial clauses."""
    out = [tok]
    for ch in tok.children:
        if ch.dep_ not in ("relcl", "acl", "advcl", "ccomp"):
            out.extend(_phrase(ch))
    return out


def _counterpart(tokens: list[Token], ctx: _Context, src: list[str], prep: str) -> list[str]:
    """Arms frames put the other party deep in the object phrase ("supply of X to Y", "X from Y")."""
    for t in tokens:
        if t.dep_ == "prep" and t.lower_ == prep:
            got = [a for a in _pobj_actors(t, ctx) if a not in src]
            if got:
                return got
    if prep == "from":
        # "a deal for 8 Turkish drones": the weapons' national adjective names where they come from
        for t in tokens:
            if t.dep_ == "amod" and t.head.lemma_.lower() in lexicon.UNIT_NOUNS:
                got = list(dict.fromkeys(a.entity_id for a in ctx.actor_at(t)
                                         if a.type == "country" and a.entity_id not in src))
                if got:
                    return got
    return []


def _system(tokens: list[Token], ctx: _Context) -> str | None:
    for t in tokens:
        for a in ctx.actor_at(t):
            if a.type == "weapon_system":
                return a.entity_id
    return None


def _quantity(tokens: list[Token], ctx: _Context) -> tuple[int | None, str | None]:
    for t in tokens:
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        is_unit = t.lemma_.lower() in lexicon.UNIT_NOUNS or any(
            a.type == "weapon_system" for ch in t.children if ch.dep_ == "compound" for a in ctx.actor_at(ch)
        )
        if not is_unit:
            continue
        unit = t
        while unit.dep_ == "compound" and (unit.head.pos_ == "NOUN" or unit.head.dep_ in ("dobj", "pobj", "nsubj",
                                                                                          "nsubjpass", "attr")):
            unit = unit.head  # "24 TX-47 fighter jets" counts jets, not "fighter"
        part = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" else None
        if part is not None and part.tag_ == "CD" and part.i not in ctx.timex_tokens:
            n = arms.parse_number(part.text)  # "the first six of 24 jets": the part is what the event counts
            if n is not None and n > 0:
                return n, unit.text.lower()
        for ch in t.children:
            if ch.dep_ == "nummod" and ch.i not in ctx.timex_tokens:
                n = arms.parse_number(ch.text)
                if n is None and any(a.type == "weapon_system" for a in ctx.actor_at(ch)):
                    # "24 TX-47 jets" parsed with the designator as the numeral: the count modifies it
                    n = next((arms.parse_number(g.text) for g in ch.children
                              if g.dep_ in ("compound", "nummod") and arms.parse_number(g.text)), None)
                # "the first six of 24 jets": the part ("six") is what the event counts
                mods = [g for g in ch.children if g.dep_ == "quantmod"]
                if any(g.lower_ == "of" for g in mods):
                    n = next((p for g in mods if g.tag_ == "CD" and (p := arms.parse_number(g.text))), n)
                if n is not None and n > 0:
                    return n, unit.text.lower()
    return None, None


def _value(tokens: list[Token], ctx: _Context) -> float | None:
    if not tokens:
        return None
    text = ctx.document.text
    a, b = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    vals = arms.money_values(text[a:b])
    return vals[0][2] if vals else None


_OFFSET_DAYS = {"day": 1, "week": 7}


def _offset_day(verb: Token, attach: dict[int, list[Timex]]) -> str | None:
    """"rose on Thursday, two days after the company signed a contract": a clause dated by a count of
    days or weeks before or after its main clause's day."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return None
    mark = next((c.lower_ for c in verb.children if c.dep_ in ("mark", "prep") and c.lower_ in ("after", "before")), None)
    span = next((c for c in verb.children if c.dep_ == "npadvmod" and c.lemma_.lower() in _OFFSET_DAYS), None)
    if mark is None or span is None:
        return None
    count = next((n for c in span.children if c.dep_ == "nummod" and (n := arms.parse_number(c.text)) is not None),
                 1 if any(c.lower_ in ("a", "one") for c in span.children) else None)
    main = _timex_for([verb.head], attach)
    if count is None or main is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", main.value or ""):
        return None
    step = count * _OFFSET_DAYS[span.lemma_.lower()] * (-1 if mark == "after" else 1)
    return (_date.fromisoformat(main.value or "") + _timedelta(days=step)).isoformat()


# Verbs of commitment whose infinitive names a deed still to come.
_COMMISSIVE = frozenset({"threaten", "promise", "vow", "pledge", "offer", "swear"})


def _infinitive_of(c: _Cand, sub: _Cand) -> bool:
    """Whether `sub` is the to-infinitive complement of `c`'s verb ("agreed to resume talks")."""
    head = c.verb if c.verb is not None else c.anchor
    top = sub.top
    return top.dep_ == "xcomp" and top.head.i == head.i and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in top.children)


def _own_toks(c: _Cand) -> list[Token]:
    return [c.anchor] + ([c.noun] if c.noun is not None else [])


def _committed_deed(c: _Cand, sub: _Cand) -> bool:
    """Whether `sub` is the infinitive a threat or vow of `c` names ("threatened to strike"): its date is
    when the deed would come, not when the threat was made."""
    head = c.verb if c.verb is not None else c.anchor
    return head.lemma_.lower() in _COMMISSIVE and _infinitive_of(c, sub)


def _timex_for(toks: list[Token], attach: dict[int, list[Timex]]) -> Timex | None:
    for t in toks:
        got = attach.get(t.i)
        if got:
            return got[0]
    return None


def _attach_timexes(ctx: _Context, trigger_toks: set[int]) -> dict[int, list[Timex]]:
    """Each timex attaches to the nearest trigger or verb above it in the parse."""
    out: dict[int, list[Timex]] = {}
    for root, tx in ctx.timex_roots:
        since = root.head if root.dep_ == "pobj" and root.head.lower_ == "since" else None
        if since is not None:
            if _first_since(since):
                continue  # "the first talks since 2019": the time of an earlier event, not of this one
            if tx.mod is None:  # "troops have shelled the town since Monday": a start, not the day
                tx = replace(tx, mod="ON_OR_AFTER")
        cur = root
        for _ in range(6):
            if cur.head.i == cur.i:
                break
            cur = cur.head
            if cur.i in trigger_toks or cur.pos_ in ("VERB", "AUX"):
                break
        out.setdefault(cur.i, []).append(tx)
    # "16:40 - Officials will meet on Friday": the clause's own date beats the live-blog entry's time, which
    # says when it was told and dates the clause only when it has no date of its own
    for txs in out.values():
        txs.sort(key=lambda x: x.timex_id in ctx.entry_stamps)
    return out


_FIRST_SINCE = frozenset({"first", "last", "only"})


def _first_since(since: Token) -> bool:
    """"the first talks since 2019", "for the first time since March", "its highest level since 2008":
    a "since" that measures the gap from an earlier event (an ordinal or superlative governs it)."""
    cur = since.head
    for _ in range(3):
        if cur.lower_ in _FIRST_SINCE or cur.tag_ in ("JJS", "RBS") or any(
                c.lower_ in _FIRST_SINCE or c.tag_ in ("JJS", "RBS") for c in cur.children):
            return True
        if cur.head.i == cur.i or cur.pos_ in ("VERB", "AUX"):
            return False
        cur = cur.head
    return False


_ORDINAL_DATE = ("year", "month", "day")


def _date_key(value: str) -> tuple[int, ...] | None:
    parts = value.split("T")[0].split("-")
    try:
        if len(parts) >= 2 and parts[1].startswith("W"):
            return (int(parts[0]), (int(parts[1][1:]) * 7) // 31 + 1)
        return tuple(int(p) for p in parts[:3])
    except ValueError:
        return None


def after_dct(value: str, dct: str | None) -> bool:
    """Whether an event date lies after the document date (at the coarser of the two granularities)."""
    if dct is None:
        return False
    a, b = _date_key(value), _date_key(dct)
    if a is None or b is None:
        return False
    n = min(len(a), len(b))
    return a[:n] > b[:n]


def _opinion_complement(tok: Token) -> bool:
    """"X argues that <event>": an opinion, not an assertion of fact."""
    cur = tok
    for _ in range(3):
        if cur.head.i == cur.i or cur.dep_ not in ("ccomp", "xcomp", "conj"):
            return False
        cur = cur.head
        if cur.lemma_.lower() in _OPINION:
            return True
    return False


def _writers_aside(tok: Token) -> bool:
    """", which the ministry denied at the time": a non-restrictive relative clause with a subject of its
    own is the writer's account, not part of what the outlet reported."""
    if tok.dep_ not in ("relcl", "advcl") or not any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in tok.children):
        return False
    rel = [c for c in tok.children if c.tag_ in ("WDT", "WP") and c.lower_ == "which"]
    return bool(rel) and rel[0].i > 0 and tok.doc[rel[0].i - 1].text in (",", ";", "—", "–")


def _media_hedged(sent: Span, ctx: _Context) -> bool:
    has_media = False
    has_report = False
    for t in sent:
        if any(a.type == "media" for a in ctx.actor_at(t)):
            has_media = True
        if t.pos_ == "VERB" and t.lemma_.lower() in lexicon.MEDIA_REPORT_LEMMAS:
            has_report = True
    return has_media and has_report


def _week_contains(week: str, day: str) -> bool:
    """Whether ISO week "2021-W22" contains the day "2021-06-02"."""
    try:
        y, w = week.split("-W")
        iso = _date.fromisoformat(day[:10]).isocalendar()
    except ValueError:
        return False
    return (iso[0], iso[1]) == (int(y), int(w[:2]))


def _refine_week(date: EventDate, c: _Cand, quote: Quote | None, ctx: _Context) -> EventDate:
    """A week-level date ("this week") narrowed by what the text gives more precisely.

    A stance asserted in the reporting week ("will not budge") holds at the DCT when that week
    contains it; a claim an outlet reported "this week" citing someone who spoke on a given day
    (another quote relayed via that outlet, dated inside the week) dates from that day."""
    if "-W" not in date.value:
        return date
    if c.forced_status is not None and c.sense.type == "REJECT":
        if ctx.dct is not None and _week_contains(date.value, ctx.dct):
            return EventDate(ctx.dct[:10])
        return date
    if quote is None or quote.speaker is None or quote.speaker.entity_id is None:
        return date
    relayer = quote.speaker.entity_id
    for q in ctx.quotes:
        if q.via == relayer and q.date and len(q.date) >= 10 and _week_contains(date.value, q.date):
            return EventDate(q.date[:10])
    return date


def _temporal_anchor(c: _Cand) -> Token | None:
    """"one day ahead of X's visit": the head the temporal phrase hangs on (X is dated from it)."""
    cur = c.anchor
    for _ in range(4):
        head = cur.head
        if head.i == cur.i:
            return None
        if head.lower_ in _TEMPORAL or head.lemma_.lower() in lexicon.AHEAD_PREPS:
            top = head
            for _ in range(3):
                if top.head.i == top.i or top.head.pos_ in ("VERB", "AUX", "NOUN"):
                    break
                top = top.head
            return top.head if top.head.i != top.i else None
        if head.pos_ in ("VERB", "AUX"):
            return None
        cur = head
    return None


# "No one was wounded", "nobody was killed": a casualty count of zero in the report of an attack (or
# an accident) neither tells nor denies an attack; read as a denial it would answer every casualty claim.
_HURT_VERBS = frozenset({"wound", "injure", "hurt", "kill"})
_NO_ONE = frozenset({"nobody", "noone", "none"})


def _no_one_hurt(c: _Cand) -> bool:
    verb = c.verb if c.verb is not None else c.anchor
    if verb.lemma_.lower() not in _HURT_VERBS:
        return False
    for ch in verb.children:
        if ch.dep_ in ("nsubj", "nsubjpass"):
            if ch.lower_ in _NO_ONE:
                return True
            if ch.lower_ == "one" and any(d.lower_ == "no" for d in ch.children):  # "no one"
                return True
    return False


_TALK_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations"})


def _talks_again(c: _Cand) -> bool:
    """"The talks were in their final phase", "Negotiations are continuing": talks named again, bare of
    parties, are the talks the story has just told of."""
    n = c.noun
    return c.sense.type == "CONSULT" and n is not None and n.lower_ in _TALK_NOUNS and n.tag_ == "NNS" and all(
        ch.dep_ == "det" and ch.lower_ == "the" for ch in n.children if ch.dep_ in ("det", "amod", "compound", "poss",
                                                                                  "nummod", "prep"))


def _talk_like(c: _Cand) -> bool:
    """Talks or negotiations told as such ("talks with X", "X negotiated", "X met Y"), not a meeting of a
    body ("a NATO meeting") that later talks need not be."""
    return c.sense.type == "CONSULT" and (
        (c.noun is not None and c.noun.lower_ in _TALK_NOUNS)
        or (c.verb is c.anchor and c.anchor.lemma_.lower() in ("negotiate", "meet", "talk")))


def _earlier_talks(told: list[tuple[int, list[str], list[str]]], sdoc: Doc,
                   sent: Span) -> tuple[list[str], list[str]]:
    """The parties of the latest talks told with parties in this sentence or the two before it."""
    start = sent.start
    for _ in range(2):
        start = sdoc[start - 1].sent.start if start else 0
    lo = sdoc[start].idx
    return next(((list(s), list(t)) for at, s, t in reversed(told) if at >= lo), ([], []))


def extract_events(sdoc: Doc, document: Document) -> tuple[EventMention, ...]:
    """All event mentions of one parsed document (mention ids e1, e2, ... in text order)."""
    ctx = _Context(sdoc, document)
    cands = _candidates(sdoc, ctx)
    mains = [c for c in _fold(cands) if not _irrealis(c) and not _no_one_hurt(c)]
    main_toks = {c.anchor.i for c in mains}
    trigger_toks = {c.anchor.i for c in cands} | {c.noun.i for c in cands if c.noun is not None}
    attach = _attach_timexes(ctx, trigger_toks)
    hedge_cache: dict[int, bool] = {}
    text = document.text
    out: list[EventMention] = []
    anchors: list[tuple[int, Token | None]] = []  # (index in out, head its date depends on)
    talks_told: list[tuple[int, list[str], list[str]]] = []  # (offset, parties) of talks with parties
    restated: dict[int, float | None] = {}  # index in out -> value: "the deal is worth X" sentences
    for c in mains:
        toks = _arg_tokens(c, main_toks)
        if c.absorbed:  # "signed a contract to buy 24 jets": the folded clause carries the arms slots
            extra = {t.i: t for sub in c.absorbed for t in _arg_tokens(sub, main_toks)}
            merged = {t.i: t for t in toks} | extra
            toks = [merged[i] for i in sorted(merged)]
        src, tgt = _slots(c, ctx)
        if not (src or tgt) and _talks_again(c):
            src, tgt = _earlier_talks(talks_told, sdoc, c.anchor.sent)
        if (src or tgt) and _talk_like(c):
            talks_told.append((c.anchor.idx, src, tgt))  # (so "the talks" told again and again keep them)
        accuser = _accuser(c)
        if accuser is not None:  # the accused is who is said to have acted, not the accuser
            src = _accused(accuser, ctx)
            tgt = [a for a in tgt if a not in src]
        system = _system(toks, ctx)
        sense = c.sense
        stage = sense.arms_stage
        if c.anchor.lemma_.lower() == "offer":
            offered = [t for ch in c.anchor.children if ch.dep_ in ("dobj", "xcomp") for t in _phrase(ch)]
            arms_ctx = _has_arms(offered, ctx)
            if not arms_ctx:
                system = None
        else:
            arms_ctx = system is not None or _has_arms(toks, ctx)
        if stage == "deliver" and not arms_ctx and ctx.names_weapons and not _other_cargo(c):
            arms_ctx = True  # "The first ship will be delivered in 2029" in an article about a warship deal
        if stage == "pay" and not arms_ctx and ctx.names_weapons and _contract_payment(c):
            arms_ctx = True  # "Kenya had paid a 30 percent advance" in an article about a drone order
        if stage is not None and not (sense.always_arms or arms_ctx):
            stage = None
        if sense.type == "CONSULT":
            sub_stages = [s.sense.arms_stage for s in c.absorbed if s.sense.arms_stage]
            if any(s in ("localize", "tech_transfer") for s in sub_stages):
                stage = next(s for s in sub_stages if s in ("localize", "tech_transfer"))
            elif sub_stages or (stage is None and arms_ctx and c.noun is not None):
                stage = "negotiate"
        if stage is None and sense.type == "AGREE" and arms_ctx:
            # "agreed to buy two frigates": the agreement is the order its clause names
            stage = next((s.sense.arms_stage for s in c.absorbed if s.sense.arms_stage in _DEAL_STAGES), None)
        if stage == "contract" and any(s.sense.arms_stage == "order" for s in c.absorbed):
            # "signed a contract to buy X from Y": the signer is the buyer, so the frame is recipient-led
            stage = "order"
        if stage == "contract" and src and all(_is_state(a, ctx) for a in src) and (
                (tgt and all(_is_firm(a, ctx) for a in tgt)) or (not tgt and _for_arms(c, ctx))):
            # "Chile signed a contract with shipbuilder X for four frigates", "Kenya signs deal for 8
            # drones": a government that signs with a firm, or signs for weapons, buys them, so the
            # frame is recipient-led
            stage = "order"
        if sense.type == "ASSAULT" and c.anchor.lemma_.lower() in lexicon.AIMED_VERBS and not tgt:
            tgt = [a for p in _aimed_at(c.anchor, ctx) for a in _pobj_actors(p, ctx) if a not in src]
        if stage == "contract" and not tgt and c.verb is not None and c.noun is not None \
                and c.verb.lemma_.lower() in lexicon.WIN_VERBS:
            tgt = _counterpart(toks, ctx, src, "from")  # "won an order from Chile": Chile buys
        if c.anchor.lemma_.lower() in lexicon.RECEIVE_VERBS and c.verb is c.anchor:
            src, tgt = _counterpart(toks, ctx, [], "from"), src  # the receiver is the target
        elif c.anchor.lemma_.lower() in lexicon.ARRIVE_VERBS and c.verb is c.anchor:
            # "the jets ordered by X arrived in Y": the buyer (else the place) receives them; the
            # weapons themselves are no party, and the "from" party supplies them
            buyers = [a for s in c.anchor.children if s.dep_ == "nsubj" for t in s.subtree
                      if t.dep_ == "agent" for a in _pobj_actors(t, ctx)]
            places = [a for p in c.anchor.children if p.dep_ == "prep" and p.lower_ in ("in", "at", "to")
                      for a in _pobj_actors(p, ctx)]
            src = _counterpart(toks, ctx, [], "from")
            tgt = [a for a in _uniq(buyers or places) if a not in src]
        elif stage is not None and not tgt:
            tgt = _counterpart(toks, ctx, src, "from" if stage == "order" else "to")
        quantity, unit = _quantity(toks, ctx) if (stage or system) else (None, None)
        value = _value(toks, ctx) if (stage or system) else None
        # status
        st: Status
        if c.forced_status is not None:
            st = c.forced_status
        elif c.noun is not None and (c.verb is None or c.verb.pos_ not in ("VERB", "AUX")):
            st = status.noun_status(c.noun, None)
        elif c.noun is not None and c.verb is not None and c.verb is not c.anchor:
            st = status.noun_status(c.noun, c.verb)  # aspectual: "negotiations are continuing"
        elif c.anchor.tag_ in ("VBG", "VB") and c.anchor.head.pos_ in ("ADP", "NOUN") and not status.aux_lemmas(
            c.anchor
        ):
            st = status.noun_status(c.anchor, None)  # "the possible timing of signing a contract"
        else:
            st = status.verb_status(c.verb if c.verb is not None else c.anchor)
        title = document.title_span
        if (st == "ongoing" and title is not None and title.start <= c.top.idx < title.end
                and c.top.tag_ in ("VBZ", "VBP") and not status.aux_lemmas(c.top)):
            st = "happened"  # headlinese reports the news in the simple present ("X and Y agree deal")
        if st in ("happened", "ongoing") and (_opinion_complement(c.top) or accuser is not None):
            st = "claimed"
        # date
        date_toks = [c.anchor] + ([c.noun] if c.noun is not None else [])
        # "the talks, held on Thursday, were the first since 2019": the participle that tells when the
        # noun's event took place comes before the clause it is the subject of
        # (not a reporting one: "the attack, reported on Monday" tells when it was told)
        date_toks += [a for n in date_toks for a in n.children if a.dep_ == "acl" and a.tag_ == "VBN"
                      and a.lemma_.lower() not in lexicon.REPORTING]
        date_toks += [c.verb] if c.verb else []
        # (not the deed a threat or vow looks ahead to: "threatened to strike on Thursday" was threatened before;
        # nor a deed still to come in the infinitive of one done: "agreed to resume talks next Monday")
        dated_subs = [s for s in c.absorbed if not _committed_deed(c, s) and not (
            st in _DONE and _infinitive_of(c, s) and (x := _timex_for(_own_toks(s), attach)) is not None
            and after_dct(x.value, ctx.dct))]
        date_toks += [s.anchor for s in dated_subs] + [s.noun for s in dated_subs if s.noun is not None]
        if c.verb is not None and c.verb is not c.anchor:  # "deliveries are due to end by 2029"
            date_toks += [g for a in c.verb.children if a.dep_ == "acomp" for g in a.children if g.dep_ == "xcomp"]
        tx = _timex_for(date_toks, attach)
        offset_day = _offset_day(c.verb if c.verb is not None else c.anchor, attach) if tx is None else None
        if tx is None and c.verb is c.anchor and c.anchor.dep_ == "conj" and c.anchor.head.pos_ == "VERB":
            # "a court on Tuesday found X guilty and sentenced him": a date before the first verb
            # scopes over the verbs conjoined to it
            first_verb = c.anchor.head
            tx = next((x for x in attach.get(first_verb.i, []) if x.end <= first_verb.idx), None)
        if tx is None and c.verb is c.anchor and c.anchor.tag_ == "VBG" and c.anchor.dep_ == "advcl" \
                and c.anchor.head.tag_ in ("VBD", "VBN") and not any(k.dep_ == "mark" for k in c.anchor.children):
            # "shells hit the town on Thursday, wounding three": the participle's deed comes with its clause's
            tx = _timex_for([c.anchor.head], attach)
        if tx is None and c.verb is None and c.anchor.dep_ == "dobj" and c.anchor.head.lemma_.lower() in _REPEL:
            tx = _timex_for([c.anchor.head], attach)  # "repelled an attack on Sunday": met as it came
        said_on = False  # the date is the statement's, not the event's own
        is_subject_noun = c.verb is None and c.anchor.dep_ in ("nsubj", "nsubjpass")
        if tx is None and not is_subject_noun and offset_day is None:
            rep = c.request_by or status.reporting_governor(c.top)
            if rep is not None:
                tx = _timex_for([rep], attach)
                said_on = tx is not None
        date: EventDate | None = None
        if tx is not None:
            date = EventDate(tx.value, tx.mod)
            said_on = said_on or tx.timex_id in ctx.entry_stamps
        elif offset_day is not None:
            date = EventDate(offset_day)
        trig_start = sdoc[c.first].idx
        trig_end = sdoc[c.last].idx + len(sdoc[c.last])
        quote = ctx.quote_of(trig_start)
        if date is None and quote is not None and quote.date:
            date, said_on = EventDate(quote.date), True
        if said_on and date is not None and date.mod is None and st in _AHEAD:
            # "the minister said on Tuesday the army will send troops": planned from that day on
            date = EventDate(date.value, "ON_OR_AFTER")
        if st == "denied" and _refused_ahead(c.verb if c.verb is not None else c.anchor) and (
                date is None or (said_on and date.mod is None)):
            # "the government would not seek new sanctions": a refusal from the statement on, not a
            # denial that anything reported before it took place
            # (undated: from "now" on, so that it still denies no act reported as past)
            day = date.value if date is not None else (ctx.dct or "").split("T")[0] or "PRESENT_REF"
            date = EventDate(day, "ON_OR_AFTER")
        if date is None and st == "ongoing" and ctx.dct is not None:
            date = EventDate(ctx.dct.split("T")[0])
        if date is not None:
            date = _refine_week(date, c, quote, ctx)
        if (st == "happened" and c.noun is not None and c.verb is None and date is not None
                and after_dct(date.value, ctx.dct)):
            st = "planned"
        sent = c.anchor.sent
        if st in ("happened", "ongoing", "planned", "intended") and c.forced_status is None:
            if sent.start not in hedge_cache:
                hedge_cache[sent.start] = _media_hedged(sent, ctx)
            if (hedge_cache[sent.start] and not _writers_aside(c.top)) or status.hedged(c.top):
                st = "claimed"
        conf = 0.45 + (0.15 if c.verb is not None else 0.0) + (0.1 if src else 0.0) + (0.1 if tgt else 0.0)
        conf += 0.05 if date is not None else 0.0
        s_start, s_end = sent.start_char, sent.end_char
        while s_start < s_end and text[s_start].isspace():
            s_start += 1
        while s_end > s_start and text[s_end - 1].isspace():
            s_end -= 1
        out.append(
            EventMention(
                doc_id=document.doc_id,
                mention_id=f"e{len(out) + 1}",
                start=trig_start,
                end=trig_end,
                text=text[trig_start:trig_end],
                sentence=CharSpan(s_start, s_end),
                type=sense.type,
                status=st,
                mode=sense.mode,
                arms_stage=stage,
                source=tuple(src),
                target=tuple(tgt),
                system=system,
                quantity=quantity,
                unit=unit,
                value_usd=value,
                date=date,
                quote_id=quote.quote_id if quote is not None else None,
                confidence=round(min(conf, 0.95), 2),
            )
        )
        if date is None:
            anchors.append((len(out) - 1, _temporal_anchor(c)))
        if _restated_value(c) or (_signed_back(c) and not (src or tgt or system)):
            restated[len(out) - 1] = _value(list(sent), ctx)
    # an event dated relative to another event whose date is unresolved is unresolved too
    by_tok = {c.top.i: k for k, c in enumerate(mains)} | {c.anchor.i: k for k, c in enumerate(mains)}
    for k, head in anchors:
        other: EventDate | None = None
        for _ in range(5):  # the nearest dated event up the tree ("sell" → "deal" → "defended")
            if head is None:
                break
            if head.i in by_tok and by_tok[head.i] != k and out[by_tok[head.i]].date is not None:
                other = out[by_tok[head.i]].date
                break
            head = head.head if head.head.i != head.i else None
        if other is not None and other.value == UNRESOLVED:
            out[k] = replace(out[k], date=EventDate(UNRESOLVED))
    _date_headline(out, document, ctx.dct)
    return _fold_restated(out, restated)


def _stems(text: str) -> set[str]:
    """Four-letter stems of a trigger's words ("truce collapses" / "truce collapsed")."""
    return {w[:4] for w in re.findall(r"[a-z]{3,}", text.lower())}


# Statuses a headline reports as done by the time of publication ("Rebels seize border town").
_DONE = frozenset({"happened", "claimed", "denied"})


def _date_headline(out: list[EventMention], document: Document, dct: str | None) -> None:
    """Date the undated events of the headline: a headline tells the lead's news, so it takes the date
    of the first body event of its type that shares a party or a trigger stem; else a past event
    happened on or before the publication day."""
    title = document.title_span
    if title is None:
        return
    body = [e for e in out if e.start >= title.end]
    lead = body[0].sentence if body else None
    dated = [e for e in body if e.date is not None and e.date.value != UNRESOLVED]
    for k, e in enumerate(out):
        if not (title.start <= e.start < title.end):
            continue
        if e.date is not None and (e.date.mod is not None or e.date.value == UNRESOLVED):
            continue
        parties = set(e.source) | set(e.target)
        stems = _stems(e.text)
        same = [b for b in dated if b.type == e.type and (e.status in _DONE) == (b.status in _DONE)
                and (b.arms_stage == e.arms_stage or None in (b.arms_stage, e.arms_stage))
                and _truce_failed(b) == _truce_failed(e)]
        if e.date is not None:
            # "test firing planned for 2026" over a body's "planned for September 2026": the headline
            # rounds the date its story gives, so it takes the body's finer date within its own
            finer = [b for b in same if b.date is not None and b.date.mod is None
                     and b.date.value.startswith(e.date.value + "-")]
            match = next((b for b in finer if parties & (set(b.source) | set(b.target))
                          or stems & _stems(b.text)), next((b for b in finer if b.sentence == lead), None))
            if match is None and len(finer) == 1:
                match = finer[0]
            if match is not None:
                out[k] = replace(e, date=match.date)
            continue
        # the event that shares a party or a word, else the lead's own event of that type
        match = next((b for b in same if parties & (set(b.source) | set(b.target)) or stems & _stems(b.text)),
                     next((b for b in same if b.sentence == lead), None))
        if match is not None:
            out[k] = replace(e, date=match.date)
        elif e.status in _DONE and dct is not None:
            out[k] = replace(e, date=EventDate(dct.split("T")[0], "ON_OR_BEFORE"))


# Verbs of meeting an attack as it comes: their date is the attack's ("repelled an attack on Sunday").
_REPEL = frozenset({"repel", "repulse", "withstand", "survive"})


def _truce_failed(e: EventMention) -> bool:
    """A truce's collapse, typed as fighting resumed: no date for a headline's attack ("rebels strike
    villages as truce collapses"), which is a later happening of its own."""
    return e.type == "ASSAULT" and names_truce(e.text)


def _fold_restated(out: list[EventMention], restated: dict[int, float | None]) -> tuple[EventMention, ...]:
    """Give a restated deal's value to the latest deal event before it and drop the restatement."""
    dropped: set[int] = set()
    for k in sorted(restated):
        prev = next((j for j in range(k - 1, -1, -1) if j not in dropped and out[j].arms_stage in _DEAL_STAGES), None)
        if prev is None:
            continue
        value = restated[k]
        if out[prev].value_usd is None and value is not None:
            out[prev] = replace(out[prev], value_usd=value)
        dropped.add(k)
    if not dropped:
        return tuple(out)
    kept = [e for k, e in enumerate(out) if k not in dropped]
    return tuple(replace(e, mention_id=f"e{n + 1}") for n, e in enumerate(kept))
