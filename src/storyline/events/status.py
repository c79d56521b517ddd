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
# verbs whose object or complement is only under consideration: "weighs new sanctions", "mulls buying"
_CONSIDER = frozenset({"consider", "weigh", "mull", "contemplate", "ponder", "eye", "explore", "debate"})
_NEG_SUBJECTS = frozenset({"nobody", "nothing", "none", "noone", "neither"})
_CONDITION_MARKS = frozenset({"if", "unless"})
_READY_ADJ = frozenset({"ready", "willing", "eager", "keen", "determined", "prepared"})
_SET_ADJ = frozenset({"set", "due", "poised", "slated", "scheduled", "about"})
# "scrapped plans to buy", "abandoned its bid to host": the planned act is called off
_CANCEL = frozenset({"scrap", "cancel", "abandon", "drop", "shelve", "ditch", "withdraw", "axe"})
# Nouns whose "for"/"of" object is an event still ahead ("plans for a summit", "the need for talks").
_PROSPECT_HEADS: dict[str, Status] = {"plan": "planned", "intention": "intended", "need": "possible"}
_PLAN_NOUNS = frozenset({"plan", "bid", "intention", "offer", "proposal", "attempt", "effort", "decision"})
_HEARSAY = frozenset({"say", "report", "believe", "think", "allege", "rumour", "rumor", "understand", "claim"})
# "refrained from attacking", "failed to pay", "ruled out sending", "stopped short of imposing"
_AVOID = frozenset({"refrain", "avoid", "fail", "neglect", "forgo", "forego"})
_GOVERNOR_LEMMAS = _AVOID | _HEARSAY | INTEND_VERBS | PLAN_VERBS | _CONSIDER | _READY_ADJ | _SET_ADJ | _CANCEL
_WHEN_MARKS = frozenset({"when", "once", "after", "before", "until", "as", "while", "whenever"})


def aux_lemmas(verb: Token) -> set[str]:
    return {c.lower_ if c.tag_ == "MD" else c.lemma_.lower() for c in verb.children if c.dep_ in ("aux", "auxpass")}


def is_negated(tok: Token) -> bool:
    for c in tok.children:
        if c.dep_ == "neg":
            return True
        if c.dep_ == "det" and c.lower_ in ("no", "neither"):
            return True
    return False


def negative_subject(verb: Token) -> bool:
    """"No helicopter was shot down", "nobody was hurt": the clause says the event did not occur."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            if c.lower_ in _NEG_SUBJECTS:
                return True
            if any(d.dep_ == "det" and d.lower_ in ("no", "neither") for d in c.children):  # "neither side agreed"
                return True
    return False


def yes_no_question(verb: Token) -> bool:
    """"Will Japan impose sanctions?", "Did they meet?": an auxiliary ahead of the subject in a
    sentence ending in "?" asks whether the event happens (a wh-question presupposes it does)."""
    sent = verb.sent
    if not sent.text.rstrip().endswith("?"):
        return False
    subj = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ != "to"]
    if not subj or not aux or aux[0].i > subj[0]:
        return False
    return not any(t.tag_ in ("WRB", "WP", "WDT", "WP$") for t in sent if t.i < aux[0].i)


def _states_condition(clause: Token) -> bool:
    """A clause that sets a condition: "if"/"unless", "in case", "as long as", "provided (that)",
    "on condition that", "in the event that", or an inverted "were X to"."""
    kids = list(clause.children)
    head = clause.head
    if clause.dep_ in ("advcl", "ccomp") and any(
            c.dep_ == "prep" and c.lower_ == "in" and c.i < clause.i
            and any(o.dep_ == "pobj" and o.lower_ == "case" and not list(o.children) for o in c.children)
            for c in kids):
        return True  # "in case the talks fail" (not "in any case"), hung as an adverbial or a complement
    if clause.dep_ in ("advcl", "ccomp", "acl") and clause.left_edge.i > 0:
        lead = clause.doc[clause.left_edge.i - 1]  # "provided (that) X signs", whichever word heads the other
        if lead.lower_ in ("provided", "providing") and lead.dep_ in ("prep", "mark", "advmod", "advcl", "cc"):
            return True
    if clause.dep_ == "advcl":
        if any(c.dep_ in ("mark", "advmod") and c.lower_ in _CONDITION_MARKS for c in kids):
            return True
        if head.lower_ == "long" and any(c.dep_ == "mark" and c.lower_ == "as" for c in kids):
            return True
        subjects = [c.i for c in kids if c.dep_ in ("nsubj", "nsubjpass")]
        were = [clause.i] if clause.lower_ == "were" else [c.i for c in kids if c.dep_ == "aux" and c.lower_ == "were"]
        if were and subjects and were[0] < min(subjects):
            return True  # "were the government to approve the sale" (the verb, or its auxiliary, before the subject)
    # "on condition that X signs", "in the event (that) X signs" (a clause with a subject of its own, not the
    # relative of "in the event that took place")
    return (clause.dep_ in ("acl", "ccomp", "relcl") and head.lemma_.lower() in ("condition", "event")
            and head.head.lower_ in ("on", "in") and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("that", "which") for c in kids))


def conditional(verb: Token) -> bool:
    """Inside a condition ("if", "unless", "provided that" …), directly or through its complements
    ("if X wants to receive Y")."""
    cur = verb
    for _ in range(4):
        if _states_condition(cur):
            return True
        if cur.dep_ not in ("xcomp", "conj") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _would_have(verb: Token) -> bool:
    lowers = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ == "VBN" and bool(lowers & {"would", "'d", "’d"}) and "have" in lowers


_INVERSION_ADVERBS = frozenset({"sooner", "hardly", "scarcely", "barely", "only", "rarely", "seldom", "never"})


def _past_condition(verb: Token) -> bool:
    """'had Washington agreed' / 'if Washington had agreed': an unreal past condition."""
    if verb.tag_ not in ("VBN", "VBD"):
        return False  # the parser often tags the inverted clause's participle as a past tense
    had = [c for c in verb.children if c.dep_ == "aux" and c.lower_ == "had"]
    if not had:
        return False
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and had[0].i < min(subjects):
        # "had Washington agreed" (not "no sooner had the talks begun than …")
        return not any(t.lower_ in _INVERSION_ADVERBS for t in verb.sent if t.i < had[0].i)
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "if" for c in verb.children)


def _inverted_had(tok: Token) -> bool:
    """'… had the budget been larger': 'had' before a subject whose participle follows (any parse)."""
    if tok.lower_ != "had" or tok.i + 1 >= len(tok.doc):
        return False
    nxt = tok.doc[tok.i + 1]
    subject = nxt if nxt.dep_ in ("nsubj", "nsubjpass") else nxt.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.i <= tok.i:
        return False
    participle = subject.head
    if participle.tag_ != "VBN" or participle.i < subject.i:
        return False
    return not any(t.lower_ in _INVERSION_ADVERBS for t in tok.sent if t.i < tok.i)


def counterfactual(verb: Token) -> bool:
    """'would have bought … had the US agreed': an unreal past; neither act nor condition took place.

    The two clauses are paired within the sentence: the parser attaches an inverted condition
    unreliably (as a conjunct, a complement or an adverbial clause).
    """
    if _would_have(verb):
        return any(_past_condition(t) or _inverted_had(t) for t in verb.sent) or any(
            c.dep_ == "advmod" and c.lower_ == "otherwise" for c in verb.children)
    return _past_condition(verb) and any(_would_have(t) for t in verb.sent)


def obligation(verb: Token) -> bool:
    """"X should/must do Y": a request by whoever says so."""
    return any(c.dep_ == "aux" and c.lower_ in _OBLIGATION_MODALS for c in verb.children)


# What a denier goes on to say (a subjectless conjunct inside a denied clause is the denier's own)
_SPEECH_ACTS = REPORTING | {"warn", "urge", "accuse", "caution"}


def _speaks_on(verb: Token) -> bool:
    """A speech act with no subject of its own, sharing that of the clause it is conjoined to."""
    return governor_lemma(verb) in _SPEECH_ACTS and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


# "X accused Y of Z, a charge Y rejected": the denial answers the charge (Z), not the accusing.
_CHARGE_NOUNS = frozenset({"charge", "accusation", "allegation", "claim", "assertion"})
_CHARGING_VERBS = frozenset({"accuse", "charge", "blame", "allege"})


def _charge_rejected(verb: Token) -> bool:
    """An accusing clause summed up after it as "a charge" that a deny-verb takes ("accused Y of Z, a charge
    Y rejected", which the parser may hang as the denial's complement): the accusation was made."""
    head = verb.head
    if verb.lemma_.lower() not in _CHARGING_VERBS or head.i <= verb.i or head.lemma_.lower() not in DENY_VERBS:
        return False
    return any(c.lemma_.lower() in _CHARGE_NOUNS and verb.i < c.i < head.i for c in head.children)


def denier(verb: Token) -> Token | None:
    """The deny-verb whose complement contains `verb` ("denied that X will ..."), if any."""
    cur = verb
    if _charge_rejected(verb):
        return None
    for _ in range(4):
        if cur.dep_ not in ("ccomp", "xcomp", "conj") or cur.head.i == cur.i:
            return None
        if cur.dep_ == "conj" and cur.head.lemma_.lower() in DENY_VERBS:
            return None  # "X denied A and accused Y of B": a second act beside the denial, not denied
        if cur.dep_ == "conj" and _speaks_on(cur):
            # "Tehran denied it intended to threaten shipping and warned the U.S.": the parser hangs the
            # denier's next words on the denied clause; a denial's content is an act, not a warning
            return None
        cur = cur.head
        if cur.lemma_.lower() in DENY_VERBS:
            return cur
        if cur.pos_ == "VERB" and cur.lemma_.lower() not in INTEND_VERBS | PLAN_VERBS:
            return None
    return None


def governor_lemma(tok: Token) -> str:
    """The lemma, mended where the lemmatizer broke a governing verb ("hopes" → "hop")."""
    lemma = tok.lemma_.lower()
    if lemma in _GOVERNOR_LEMMAS or tok.pos_ not in ("VERB", "AUX"):
        return lemma
    word = tok.lower_
    for suffix in ("s", "d", "ed", "ing"):
        if word.endswith(suffix) and word[: -len(suffix)] in _GOVERNOR_LEMMAS:
            return word[: -len(suffix)]
    return lemma


def avoiding_verb(tok: Token) -> bool:
    """"refrain", "fail", "rule out", "stop short (of)": verbs saying their complement was not done."""
    lemma = governor_lemma(tok)
    if lemma in _AVOID:
        return True
    if lemma == "rule":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)
    return lemma == "stop" and any(c.dep_ == "advmod" and c.lower_ == "short" for c in tok.children)


def avoided(tok: Token) -> bool:
    """An act that its governor says was not done ("refrained from attacking", "failed to pay",
    "ruled out sending", "stopped short of imposing")."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in ("xcomp", "pcomp", "pobj", "dobj", "prep", "advmod") or cur.head.i == cur.i:
            return False
        if cur.dep_ == "prep" and cur.lower_ != "of" and cur.head.pos_ in ("NOUN", "PROPN"):
            # "ruled out the missiles as a target in the attack": the act only locates another
            # noun; the refusal is about that noun ("ruled out the use of force" still counts)
            return False
        cur = cur.head
        if cur.lower_ in ("able", "unable") and cur.pos_ == "ADJ":
            # "were unable to agree", "have still not been able to agree": the act did not happen
            negated = is_negated(cur) or (cur.head.i != cur.i and is_negated(cur.head))
            return (cur.lower_ == "unable") != negated
        if cur.pos_ in ("VERB", "AUX"):
            return avoiding_verb(cur) and not is_negated(cur)
    return False


def calls_off_plan(verb: Token) -> bool:
    """"abandoned plans to buy Y", "dropped its bid", "the idea was shelved": a plan given up is no act of
    its own (no retreat, no cut); the planned act, if named, is read as denied (`cancelled_plan`)."""
    if verb.lemma_.lower() not in _CANCEL:
        return False
    return any(o.dep_ in ("dobj", "nsubjpass") and o.pos_ == "NOUN" and o.lemma_.lower() in _PLAN_NOUNS | {"idea"}
               for o in verb.children)


def cancelled_plan(verb: Token) -> bool:
    """"X scrapped plans to buy Y", "has no plans to buy Y", "rejected any plan to buy Y": an infinitive on
    a plan noun that a cancel- or deny-verb takes as object, or that the clause says is not there. The
    parser hangs that infinitive on the noun as "acl" or, for some subjects, "xcomp": both read alike."""
    if verb.dep_ not in ("acl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    plan = verb.head
    if plan.pos_ != "NOUN" or plan.lemma_.lower() not in _PLAN_NOUNS or plan.dep_ not in ("dobj", "nsubjpass", "attr"):
        return False
    gov = plan.head
    if plan.dep_ != "attr" and (governor_lemma(gov) in _CANCEL or (gov.lemma_.lower() in DENY_VERBS
                                                                  and not is_negated(gov))):
        return True
    if not (is_negated(plan) or is_negated(gov)):
        return False
    # "has no plans to", "does not have any plans to", "there are no plans (for X) to" ("does not deny
    # plans to" above is a denial withheld)
    if plan.dep_ == "attr":
        return gov.lemma_.lower() == "be" and any(c.dep_ == "expl" for c in gov.children)
    return plan.dep_ == "dobj" and gov.lemma_.lower() == "have"


_UNREAL: frozenset[Status] = frozenset({"possible", "planned", "intended"})


def _simple_present(verb: Token) -> bool:
    """"they stop", "the delivery is completed": a simple present, active or passive, with no other auxiliary."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP"):
        return not auxes
    return verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ in ("VBZ", "VBP")


def verb_status(verb: Token) -> Status:
    """Status of a verbal predicate from its own auxiliaries and its governors."""
    aux = aux_lemmas(verb)
    if counterfactual(verb):
        # unreal: not a report either way (and no denial that could contradict another outlet); a
        # negated one even implies the act took place ("would not have suspended payments if …")
        return "possible"
    if obligation(verb):
        return "possible"  # "X should (not) buy Y", "must not attack": a norm, not a report either way
    if verb.lemma_.lower() in ("allow", "permit") and any(
            c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children):
        return "possible"  # "foreign firms are (not) allowed to bid": a standing rule, not a concession made
    if is_negated(verb) or negative_subject(verb):
        return "denied"
    if (den := denier(verb)) is not None:
        # "did not deny that X had left": a denial withheld leaves the act told, not denied
        return "claimed" if is_negated(den) else "denied"
    if yes_no_question(verb):
        return "possible"
    if aux & _POSSIBLE_MODALS:
        return "possible"
    if conditional(verb):
        return "possible"  # "will retaliate if sanctions are imposed": a condition, not a happening
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod")}
    if verb.dep_ == "advcl" and verb.head.lower_ == "soon" and _simple_present(verb):
        return "possible"  # "talks as soon as both sides stop shooting": a condition still to be met
    if (verb.dep_ == "advcl" and marks & _WHEN_MARKS and _simple_present(verb)
            and verb.head.pos_ in ("VERB", "AUX")):
        # "may agree the measures when they meet": a present-tense time clause shares its main clause's future
        main = verb_status(verb.head)
        if main in ("planned", "possible", "intended"):
            return main
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in ("time", "occasion") and verb.head.dep_ == "attr" \
            and verb.head.head.pos_ in ("VERB", "AUX"):
        # "it would be the first time Peru buys guns": the occasion is as real as the clause that names it
        occasion = verb_status(verb.head.head)
        if occasion in _UNREAL:
            return occasion
    for c in verb.children:
        # "deliveries are due to be completed", "the vote is likely": the predicate adjective sets the mood
        if c.dep_ == "acomp" and c.lemma_.lower() in _SET_ADJ - {"about"}:
            return "planned"
        if c.dep_ == "acomp" and c.lemma_.lower() in POSSIBLE_ADJ:
            return "possible"
    if cancelled_plan(verb) or avoided(verb):
        return "denied"
    # governors: "intends to buy", "is expected to meet", "plans to visit"
    cur = verb
    for _ in range(3):
        if cur.dep_ not in ("xcomp", "ccomp", "conj") or cur.head.i == cur.i:
            break
        gov = cur.head
        lemma = governor_lemma(gov)
        if cur.dep_ == "conj":
            if cur.tag_ in ("VBD", "VBZ", "VBP") and gov.tag_ == "VB":
                break  # "vowed to respond and recalled her envoy": a finite verb is no second infinitive
            cur = gov
            continue
        if lemma == "go" and gov.tag_ == "VBG" and cur.dep_ == "xcomp" and "be" in aux_lemmas(gov):
            return "planned"  # "we are going to sign"
        if lemma in _HEARSAY and gov.tag_ == "VBN" and cur.dep_ == "xcomp" and "be" in aux_lemmas(gov):
            return "claimed"  # "X is said to have ordered", "is believed to be planning"
        if lemma == "mean" and cur.dep_ == "ccomp":
            break  # "that does not mean Europe will back it": 'mean' as 'imply', no intention either way
        if cur.i == verb.i and cur.dep_ == "ccomp" and (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and aux & {"have"})):
            break  # "agreed that the loan had been held up": a clause with its own past tells a past act
        if lemma in INTEND_VERBS | PLAN_VERBS and is_negated(gov):
            # "does not plan to attack": not so; "has not decided whether to buy": still open
            return "possible" if any(c.lower_ == "whether" for c in cur.children) else "denied"
        if lemma in INTEND_VERBS:
            return "intended"
        if lemma in PLAN_VERBS:
            return "planned"
        if lemma in _CONSIDER and cur.dep_ == "xcomp":
            return "possible"
        if gov.pos_ == "ADJ":
            if lemma == "able" and gov.dep_ == "acomp" and gov.head.pos_ in ("VERB", "AUX"):
                # "was able to leave" did leave; "would be able to leave" is ahead, "is able to" a mere power
                able = verb_status(gov.head)
                return "possible" if able == "ongoing" else able
            # "is unlikely to buy", "is ready to sign", "is poised to win"
            if lemma in POSSIBLE_ADJ | {"unlikely"}:
                return "possible"
            if lemma in _READY_ADJ:
                return "intended"
            if lemma in _SET_ADJ:
                return "planned"
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


# "had nothing to do with", "played no part in", "had no role in": a part in the act disowned
_PART_NOUNS = frozenset({"part", "role", "hand", "involvement", "link", "connection"})


def disowned(noun: Token) -> bool:
    """An act the clause says its subject had no part in ("said it had nothing to do with any attacks",
    "played no role in the raid"): reported as not theirs, like a denial."""
    return disowner(noun) is not None


def disowner(noun: Token) -> Token | None:
    """The predicate of the clause that disowns `noun` (see `disowned`), whose subject is the party that
    says it took no part: the act's would-be doer. None where the act is not disowned."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("with", "in") or prep.head.i == prep.i:
        return None
    up = prep.head
    if prep.lower_ == "with" and up.lemma_ == "do" and up.dep_ in ("relcl", "acl") and up.head.i != up.i:
        # "had nothing to do with", "did not have anything to do with"
        thing = up.head
        if thing.lower_ == "nothing" or (thing.lower_ == "anything" and is_negated(thing.head)):
            return thing.head
        return None
    if prep.lower_ == "in" and up.lemma_.lower() in _PART_NOUNS and up.head.i != up.i:
        # "denied any involvement in the attack" disowns it as "had no involvement in" does ("did not deny
        # involvement" disowns nothing)
        if up.head.lemma_.lower() in DENY_VERBS:
            return up.head if up.dep_ == "dobj" and not is_negated(up.head) else None
        return up.head if is_negated(up) or is_negated(up.head) else None
    if prep.lower_ == "in" and up.pos_ in ("VERB", "AUX"):  # "played no part in", the phrase hung on the verb
        return up if any(o.dep_ == "dobj" and o.lemma_.lower() in _PART_NOUNS and (is_negated(o) or is_negated(up))
                         for o in up.children) else None
    return None


def _sequenced_gerund(noun: Token) -> Status | None:
    """"seized the airport before attacking the barracks", "prior to shelling": the gerund's subject
    goes on to do it, so a told sequence holds both acts (one still ahead stays ahead)."""
    if noun.tag_ != "VBG" or noun.dep_ != "pcomp":
        return None
    prep = noun.head
    if prep.lower_ == "to" and prep.head.lower_ == "prior":
        prep = prep.head
    if prep.lower_ not in ("before", "prior") or prep.head.i == prep.i or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    main = verb_status(prep.head)
    return main if main in ("happened", "claimed") else None


# "could lead to an order", "may result in a sale": the outcome is no surer than what leads to it
_OUTCOME_PREPS: dict[str, str] = {"lead": "to", "result": "in", "translate": "into"}
# "paves the way for a sale", "opened the door to talks": the outcome made possible, not yet come
_WAY_VERBS = frozenset({"pave", "open", "clear", "smooth", "prepare"})
_WAY_NOUNS = frozenset({"way", "door", "path", "ground", "groundwork"})
# "would be / would mark its first order": the object names the subject again, in the clause's mood
_RENAMING_VERBS = frozenset({"be", "mark", "represent", "become", "constitute"})
# "would cover the delivery of 24 guns": the object is a part of the subject, ahead where a modal says so
# (not "a provision to cover the settlements announced today")
_SPANNING_VERBS = frozenset({"cover", "comprise", "encompass"})
# "if they succeed in buying", "would respond by imposing": a gerund completing the predicate (not
# "punished for attacking", "after meeting": a cause or a time told)
_COMPLETING_PREPS = frozenset({"in", "on", "by", "at", "into", "through"})


def _opens_way(verb: Token) -> bool:
    return governor_lemma(verb) in _WAY_VERBS and any(
        o.dep_ == "dobj" and o.lemma_.lower() in _WAY_NOUNS for o in verb.children)


def _carried_status(noun: Token, cur: Token, verb: Token) -> Status | None:
    """What an event noun (or gerund) takes from the predicate it completes, where that predicate is not
    its governor: "in what would be its first order", "could lead to an order", "paved the way for a sale",
    "if they succeed in acquiring the firm", "aimed at securing orders". None where nothing is carried
    (the noun's own realis default then holds)."""
    if cur.i == noun.i:
        lemma = governor_lemma(verb)
        if noun.dep_ in ("attr", "dobj") and (lemma in _RENAMING_VERBS or (
                lemma in _SPANNING_VERBS and aux_lemmas(verb) & (_FUTURE_MODALS | _POSSIBLE_MODALS))):
            st = verb_status(verb)
            return st if st in _UNREAL else None
        return None
    way = cur.dep_ == "dobj" and cur.lemma_.lower() in _WAY_NOUNS and _opens_way(verb)
    if cur.dep_ != "prep" and not way:
        return None
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ not in ("for", "to", *_COMPLETING_PREPS) or prep.head.i not in (
            cur.i, verb.i):
        return None
    hl = governor_lemma(verb)
    if way or (prep.head.i == verb.i and prep.lower_ in ("for", "to") and _opens_way(verb)):
        st = verb_status(verb)  # (a way not paved leaves the act as open as one paved)
        return st if st in _UNREAL else "possible"
    if prep.head.i != verb.i:
        return None
    if hl in INTEND_VERBS and prep.lower_ in ("at", "for") and not is_negated(verb):
        return "intended"  # "the move is aimed at securing orders", "hopes for a deal"
    if _OUTCOME_PREPS.get(hl) == prep.lower_ or (
            noun.tag_ == "VBG" and noun.dep_ == "pcomp" and prep.lower_ in _COMPLETING_PREPS):
        st = verb_status(verb)
        return st if st in _UNREAL else None
    return None


# A word whose prepositional object is an act not yet done: near it ("close to signing", "on the verge of a
# deal") or wanted ("interested in buying", "keen on acquiring"; gerunds only: "an interest in the talks" is
# a stake, not a wish)
_NEAR_PREPS: dict[str, str] = {"close": "to", "verge": "of", "brink": "of", "cusp": "of"}
_WISH_PREPS: dict[str, str] = {"interested": "in", "interest": "in", "keen": "on", "intent": "on", "bent": "on",
                               # "with the aim of buying", "with a view to buying"
                               "aim": "of", "view": "to", "purpose": "of", "goal": "of", "objective": "of"}


def _stance(noun: Token, prep: Token, word: Token) -> Status | None:
    """Status of the act `noun` that a stance word governs through `prep` (its direct object), if any."""
    if prep.dep_ != "prep" or noun.head.i != prep.i or word.pos_ not in ("ADJ", "ADV", "NOUN", "VERB"):
        return None
    lemma, lower = word.lemma_.lower(), word.lower_
    if _NEAR_PREPS.get(lemma) == prep.lower_ or _NEAR_PREPS.get(lower) == prep.lower_:
        # "came close to signing": nearly done, so not done (as "failed to sign")
        came = word.head.lemma_.lower() == "come" and word.head.tag_ in ("VBD", "VBN")
        return "denied" if came else "possible"
    if noun.tag_ != "VBG" or (_WISH_PREPS.get(lemma) != prep.lower_ and _WISH_PREPS.get(lower) != prep.lower_):
        return None
    # "not interested in buying", "showed no interest in buying": the wish is denied
    up = word.head if word.head.i != word.i else word
    if is_negated(word) or is_negated(up):
        return "denied"
    # "if they are interested in selling": a wish only supposed
    return "possible" if up.pos_ in ("VERB", "AUX") and conditional(up) else "intended"


def noun_status(noun: Token, governor: Token | None) -> Status:
    """Status of an event noun: its modifiers, its governing predicate, else a realis default."""
    if is_negated(noun) or (noun.dep_ in ("dobj", "pobj", "pcomp") and avoided(noun)) or disowned(noun):
        return "denied"  # "ruled out new sanctions"
    if (sequenced := _sequenced_gerund(noun)) is not None:
        return sequenced
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB" and counterfactual(noun.head):
        return "possible"  # "would have called a second strike had …"
    for c in noun.children:
        lemma = c.lemma_.lower()
        if c.dep_ in ("amod", "compound", "det") and lemma in POSSIBLE_ADJ:
            return "possible"
        if c.dep_ in ("amod", "compound") and lemma in PLANNED_ADJ - {"new", "additional", "another", "further"}:
            return "planned"
        # "first test firing planned for 2026", "talks scheduled for May": a plan's participle on the noun
        if c.dep_ == "acl" and c.tag_ == "VBN" and lemma in PLAN_VERBS | _EXPECT_OBJECT:
            return "denied" if is_negated(c) else "planned"
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
        if (stance := _stance(noun, cur, head)) is not None:
            return stance
        if head.pos_ == "NOUN" and hl in _PROSPECT_HEADS and cur.dep_ == "prep" and cur.lower_ in ("for", "of"):
            # "plans for a summit": ahead; "no plans for / no need for an emergency meeting": not so
            if any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "never") for c in head.children):
                return "denied"
            return _PROSPECT_HEADS[hl]
        if head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "amod" and c.lemma_.lower() in POSSIBLE_ADJ for c in head.children):
            return "possible"
        if head.pos_ in ("VERB", "AUX"):
            # "provides for X", "calls for X", "the plan envisages X" (not "called off … after reaching X")
            if hl in PROVIDE_FOR and (cur.dep_ == "dobj" or (cur.dep_ == "prep" and cur.lower_ == "for")):
                # "denied that the deal included any transfer of technology": not so
                return "denied" if is_negated(head) or denier(head) is not None else "planned"
            # "we are not planning any new sanctions", "not seeking a deal": nothing is under way
            if cur.i == noun.i and noun.dep_ == "dobj" and is_negated(head) and hl in (
                    _EXPECT_OBJECT | _WANT_OBJECT | _CONSIDER):
                return "denied"
            # "the first test was planned for May", "talks are expected": a planned subject is ahead
            if cur.i == noun.i and noun.dep_ == "nsubjpass" and hl in PLAN_VERBS | _EXPECT_OBJECT:
                return "denied" if is_negated(head) else "planned"
            # "he expected overseas orders to make up half of sales": a forecast, not a report of orders
            if (cur.i == noun.i and noun.dep_ == "nsubj" and governor is None and head.dep_ in ("ccomp", "xcomp")
                    and governor_lemma(head.head) in _EXPECT_OBJECT):
                return "possible"
            # "I expect a deal before Christmas", "Chile seeks an agreement": the object is ahead
            if cur.i == noun.i and noun.dep_ == "dobj" and not is_negated(head):
                if hl in _EXPECT_OBJECT:
                    return "planned"
                if hl in _WANT_OBJECT:
                    return "intended"
                if hl in _CONSIDER or hl == "near":  # "nearing a deal", as "close to a deal"
                    return "possible"
            if (carried := _carried_status(noun, cur, head)) is not None:
                return carried
            break
        cur = head
    if governor is not None and governor.lemma_.lower() == "be" and noun.dep_ == "nsubj" and is_negated(governor):
        # "the offer is not worth much", "the truce was not a success", "the accord was not, however, an
        # attempt to ...": the noun is described (its complement however parsed), not denied
        return "happened"
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
