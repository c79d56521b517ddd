"""Event status (factuality) from the dependency parse: negation, modality, tense, governors, hedges.

Cheap by design: every check looks at a token's children or walks a few heads up, never the
whole document.
"""

from __future__ import annotations

from spacy.tokens import Token

from storyline.events.lexicon import (
    AHEAD_PREPS,
    DENY_VERBS,
    HEDGE_ADVERBS,
    INTEND_VERBS,
    PLAN_VERBS,
    PLANNED_ADJ,
    POSSIBLE_ADJ,
    PROVIDE_FOR,
    REPORTING,
)
from storyline.records import Status

_POSSIBLE_MODALS = frozenset({"may", "might", "could", "can"})
_FUTURE_MODALS = frozenset({"will", "shall", "would", "wo", "'ll", "’ll"})
_OBLIGATION_MODALS = frozenset({"should", "must", "ought"})
_POSSIBLE_HEADS = frozenset({"prospect", "possibility", "chance", "timing", "likelihood", "option",
                             "feasibility", "idea", "proposal"})
# verbs whose direct object is an event still ahead: expected or planned, or wanted
_EXPECT_OBJECT = frozenset({"expect", "anticipate", "await", "plan", "schedule", "propose", "foresee", "envisage",
                            "envision", "predict", "forecast"})
_WANT_OBJECT = frozenset({"want", "seek", "wish", "desire", "prefer", "request", "demand"})
_CLAUSE_UP = frozenset({"xcomp", "ccomp", "conj", "advcl", "pcomp", "acl", "relcl", "csubj"})


def aux_lemmas(verb: Token) -> set[str]:
    return {c.lower_ if c.tag_ == "MD" else c.lemma_.lower() for c in verb.children if c.dep_ in ("aux", "auxpass")}


def is_negated(tok: Token) -> bool:
    for c in tok.children:
        if c.dep_ == "neg":
            return True
        if c.dep_ == "det" and c.lower_ in ("no", "neither"):
            return True
    return False


def obligation(verb: Token) -> bool:
    """"X should/must do Y": a request by whoever says so."""
    return any(c.dep_ == "aux" and c.lower_ in _OBLIGATION_MODALS for c in verb.children)


def denier(verb: Token) -> Token | None:
    """The deny-verb whose complement contains `verb` ("denied that X will ..."), if any."""
    cur = verb
    for _ in range(4):
        if cur.dep_ not in ("ccomp", "xcomp", "conj") or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.lemma_.lower() in DENY_VERBS:
            return cur
        if cur.pos_ == "VERB" and cur.lemma_.lower() not in INTEND_VERBS | PLAN_VERBS:
            return None
    return None


def verb_status(verb: Token) -> Status:
    """Status of a verbal predicate from its own auxiliaries and its governors."""
    aux = aux_lemmas(verb)
    if is_negated(verb):
        return "denied"
    if denier(verb) is not None:
        return "denied"
    if aux & _POSSIBLE_MODALS:
        return "possible"
    # governors: "intends to buy", "is expected to meet", "plans to visit"
    cur = verb
    for _ in range(3):
        if cur.dep_ not in ("xcomp", "ccomp", "conj") or cur.head.i == cur.i:
            break
        gov = cur.head
        lemma = gov.lemma_.lower()
        if cur.dep_ == "conj":
            cur = gov
            continue
        if lemma in INTEND_VERBS:
            return "intended"
        if lemma in PLAN_VERBS:
            return "planned"
        if gov.pos_ == "ADJ" and lemma in POSSIBLE_ADJ:
            return "possible"
        break
    if aux & _FUTURE_MODALS:
        return "planned"
    tag = verb.tag_
    if tag == "VBG" and aux & {"be"}:
        tense_aux = [c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "be"]
        if tense_aux and tense_aux[0].tag_ in ("VBZ", "VBP"):
            return "ongoing"
        return "happened"
    if tag in ("VBD",) or (tag == "VBN" and aux & {"have", "be"}):
        return "happened"
    if tag in ("VBZ", "VBP"):
        return "ongoing"
    if tag == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and verb.dep_ in (
        "ROOT", "relcl", "acl",
    ):
        # headline infinitive "X to visit Y"
        return "planned"
    if tag == "VBN" and verb.dep_ in ("ROOT", "ccomp"):
        return "happened"
    if tag in ("VB", "VBG", "VBN") and verb.dep_ in _CLAUSE_UP and verb.head.i != verb.i:
        up = verb.head
        if up.pos_ in ("VERB", "AUX"):
            return verb_status(up)
    return "happened"


def noun_status(noun: Token, governor: Token | None) -> Status:
    """Status of an event noun: its modifiers, its governing predicate, else a realis default."""
    if is_negated(noun):
        return "denied"
    for c in noun.children:
        lemma = c.lemma_.lower()
        if c.dep_ in ("amod", "compound", "det") and lemma in POSSIBLE_ADJ:
            return "possible"
        if c.dep_ in ("amod", "compound") and lemma in PLANNED_ADJ - {"new", "additional", "another", "further"}:
            return "planned"
    # walk up: "ahead of the visit", "the possible timing of signing", "provides for X"
    cur = noun
    for _ in range(5):
        head = cur.head
        if head.i == cur.i:
            break
        hl = head.lemma_.lower()
        if head.pos_ == "ADP" and head.head.i != head.i and head.head.lemma_.lower() in AHEAD_PREPS:
            return "planned"
        if head.pos_ in ("ADV", "ADP") and hl in AHEAD_PREPS:
            return "planned"
        if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in _POSSIBLE_HEADS:
            return "possible"
        if head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "amod" and c.lemma_.lower() in POSSIBLE_ADJ for c in head.children):
            return "possible"
        if head.pos_ in ("VERB", "AUX"):
            # "provides for X", "calls for X", "the plan envisages X" (not "called off … after reaching X")
            if hl in PROVIDE_FOR and (cur.dep_ == "dobj" or (cur.dep_ == "prep" and cur.lower_ == "for")):
                return "planned"
            # "I expect a deal before Christmas", "Chile seeks an agreement": the object is ahead
            if cur.i == noun.i and noun.dep_ == "dobj" and not is_negated(head):
                if hl in _EXPECT_OBJECT:
                    return "planned"
                if hl in _WANT_OBJECT:
                    return "intended"
            break
        cur = head
    if governor is not None:
        return verb_status(governor)
    return "happened"


def hedged(tok: Token) -> bool:
    """An adverb like "reportedly" on the predicate or its reporting verb."""
    cur = tok
    for _ in range(3):
        if any(c.lower_ in HEDGE_ADVERBS for c in cur.children):
            return True
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return False


def reporting_governor(tok: Token) -> Token | None:
    """The reporting verb a clause is the complement of ("X said that <clause>"), if any."""
    cur = tok
    for _ in range(5):
        if cur.head.i == cur.i:
            return None
        dep = cur.dep_
        cur = cur.head
        if cur.lemma_.lower() in REPORTING and dep in ("ccomp", "xcomp", "parataxis", "advcl", "nsubj", "dobj"):
            return cur
        if dep not in ("ccomp", "xcomp", "conj", "advcl", "pcomp", "prep", "pobj", "dobj", "nsubj", "nsubjpass"):
            return None
    return None
