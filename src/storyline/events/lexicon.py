"""Trigger lexicon: lemmas → PLOVER type (+ arms-transfer stage).

General vocabulary only: a verb or event noun is listed because of what it means in news English,
never because of a particular article. Tables are plain dicts so lookups stay O(1) per token.
"""

from __future__ import annotations

from dataclasses import dataclass

from storyline.records import ArmsStage


@dataclass(frozen=True, slots=True)
class Sense:
    """What a trigger means: PLOVER type, the arms stage it implies *in an arms context*, a mode."""

    type: str
    arms_stage: ArmsStage | None = None
    mode: str | None = None
    # True when the stage applies whatever the context ("order", "contract", "test launch" ...).
    always_arms: bool = False


def _s(type_: str, stage: ArmsStage | None = None, mode: str | None = None, always: bool = False) -> Sense:
    return Sense(type_, stage, mode, always)


# Verbs (by lemma). Reporting verbs are deliberately absent: the reported content is the event.
VERBS: dict[str, Sense] = {
    # AGREE
    "agree": _s("AGREE"), "sign": _s("AGREE", "contract"), "ink": _s("AGREE", "contract"),
    "conclude": _s("AGREE", "contract"), "buy": _s("AGREE", "order"), "purchase": _s("AGREE", "order"),
    "acquire": _s("AGREE", "order"), "procure": _s("AGREE", "order"), "order": _s("AGREE", "order"),
    "sell": _s("AGREE", "contract"), "approve": _s("AGREE"), "ratify": _s("AGREE"),
    # CONSULT
    "meet": _s("CONSULT"), "visit": _s("CONSULT"), "discuss": _s("CONSULT", "negotiate"),
    "negotiate": _s("CONSULT", "negotiate"), "consult": _s("CONSULT"), "host": _s("CONSULT"),
    "confer": _s("CONSULT"), "mediate": _s("CONSULT"),
    # SUPPORT
    "support": _s("SUPPORT"), "endorse": _s("SUPPORT"), "praise": _s("SUPPORT"), "welcome": _s("SUPPORT"),
    "defend": _s("SUPPORT"), "back": _s("SUPPORT"), "commend": _s("SUPPORT"), "applaud": _s("SUPPORT"),
    # CONCEDE
    "lift": _s("CONCEDE"), "ease": _s("CONCEDE"), "concede": _s("CONCEDE"), "compromise": _s("CONCEDE"),
    "release": _s("CONCEDE"), "relent": _s("CONCEDE"), "pardon": _s("CONCEDE"), "apologize": _s("CONCEDE"),
    "apologise": _s("CONCEDE"),
    # COOPERATE
    "cooperate": _s("COOPERATE"), "collaborate": _s("COOPERATE"), "assist": _s("COOPERATE"),
    "offer": _s("COOPERATE", "offer"), "pay": _s("COOPERATE", "pay"), "localize": _s("COOPERATE", "localize"),
    "localise": _s("COOPERATE", "localize"), "partner": _s("COOPERATE"),
    # AID
    "deliver": _s("AID", "deliver"), "supply": _s("AID", "deliver"), "provide": _s("AID", "deliver"),
    "ship": _s("AID", "deliver"), "transfer": _s("AID", "deliver"), "donate": _s("AID", "deliver"),
    "fulfil": _s("AID", "deliver"), "fulfill": _s("AID", "deliver"), "airlift": _s("AID"),
    # RETREAT
    "withdraw": _s("RETREAT"), "retreat": _s("RETREAT"), "evacuate": _s("RETREAT"), "recall": _s("RETREAT"),
    "disarm": _s("RETREAT"), "demobilize": _s("RETREAT"),
    # REQUEST
    "demand": _s("REQUEST"), "urge": _s("REQUEST"), "request": _s("REQUEST"), "appeal": _s("REQUEST"),
    "ask": _s("REQUEST"),
    # ACCUSE
    "accuse": _s("ACCUSE"), "blame": _s("ACCUSE"), "criticize": _s("ACCUSE"), "criticise": _s("ACCUSE"),
    "condemn": _s("ACCUSE"), "denounce": _s("ACCUSE"), "censure": _s("ACCUSE"), "rebuke": _s("ACCUSE"),
    # REJECT
    "deny": _s("REJECT"), "reject": _s("REJECT"), "refuse": _s("REJECT"), "dismiss": _s("REJECT"),
    "decline": _s("REJECT"), "veto": _s("REJECT"), "rebuff": _s("REJECT"), "refute": _s("REJECT"),
    "oppose": _s("REJECT"),
    # THREATEN
    "threaten": _s("THREATEN"), "warn": _s("THREATEN"),
    # PROTEST
    "protest": _s("PROTEST"), "demonstrate": _s("PROTEST"), "rally": _s("PROTEST"), "picket": _s("PROTEST"),
    # SANCTION
    "sanction": _s("SANCTION"), "expel": _s("SANCTION"), "exclude": _s("SANCTION"), "ban": _s("SANCTION"),
    "embargo": _s("SANCTION"), "boycott": _s("SANCTION"), "blacklist": _s("SANCTION"),
    "suspend": _s("SANCTION"),
    # MOBILIZE
    "mobilize": _s("MOBILIZE"), "mobilise": _s("MOBILIZE"), "deploy": _s("MOBILIZE"),
    "test": _s("MOBILIZE", "test"), "drill": _s("MOBILIZE"),
    # COERCE
    "arrest": _s("COERCE"), "detain": _s("COERCE"), "seize": _s("COERCE"), "confiscate": _s("COERCE"),
    "deport": _s("COERCE"), "blockade": _s("COERCE"), "jail": _s("COERCE"), "imprison": _s("COERCE"),
    "sentence": _s("COERCE"),
    # ASSAULT
    "attack": _s("ASSAULT"), "strike": _s("ASSAULT"), "bomb": _s("ASSAULT"), "shell": _s("ASSAULT"),
    "invade": _s("ASSAULT"), "raid": _s("ASSAULT"), "kill": _s("ASSAULT"), "down": _s("ASSAULT"),
    "shoot": _s("ASSAULT"), "ambush": _s("ASSAULT"), "assassinate": _s("ASSAULT"),
}

# More general news vocabulary (CAMEO/PLOVER verb classes), kept apart so the core table stays
# readable. A lemma already in VERBS keeps its first sense.
for _type, _lemmas in {
    "AGREE": ("accept", "promise", "pledge", "vow", "commit", "endorse_plan", "settle", "reconcile"),
    "CONSULT": ("telephone",),
    "SUPPORT": ("hail", "thank", "congratulate", "recognize", "recognise", "reaffirm", "salute"),
    "CONCEDE": ("allow", "free", "yield", "unblock", "reopen", "restore", "soften", "accede", "grant_amnesty"),
    "COOPERATE": ("share", "exchange", "coordinate", "integrate", "ally"),
    "AID": ("grant", "airdrop", "fund", "finance", "rebuild", "shelter"),
    "RETREAT": ("leave", "vacate", "abandon", "dismantle", "demobilise"),
    "REQUEST": ("plead", "petition", "beg", "invite", "press", "implore", "seek"),
    "ACCUSE": ("charge", "investigate", "probe", "complain", "deplore", "sue", "indict", "slam", "castigate",
               "lambast", "allege_crime", "question"),
    "THREATEN": ("menace", "intimidate"),
    "PROTEST": ("march", "riot", "strike_work"),
    "SANCTION": ("halt", "cancel", "sever", "freeze", "cut", "postpone", "revoke", "downgrade", "curtail",
                 "restrict", "withhold"),
    "MOBILIZE": ("patrol", "reinforce", "alert", "station", "mass", "muster"),
    "COERCE": ("demolish", "raze", "hack", "outlaw", "censor", "evict", "disperse", "torch", "abduct",
               "kidnap", "hold_hostage", "crack", "repress", "bulldoze", "destroy", "expropriate", "force"),
    "ASSAULT": ("torture", "beat", "abuse", "explode", "massacre", "wound", "injure", "clash", "fight",
                "battle", "storm", "rape", "behead", "murder", "execute", "hijack", "rocket", "fire"),
}.items():
    for _lemma in _lemmas:
        if "_" not in _lemma:
            VERBS.setdefault(_lemma, _s(_type))

# PLOVER folds CAMEO's DISAPPROVE (criticize, question) into ACCUSE as its "disapprove" mode, apart from
# formal charges and allegations; probes are its "investigate" mode.
for _lemma in ("criticize", "criticise", "condemn", "denounce", "censure", "rebuke", "deplore", "slam",
               "castigate", "lambast", "question", "complain"):
    VERBS[_lemma] = _s("ACCUSE", mode="disapprove")
for _lemma in ("investigate", "probe"):
    VERBS[_lemma] = _s("ACCUSE", mode="investigate")

# Verb + particle/adverb ("send home", "pull out"): checked before VERBS.
PARTICLE_VERBS: dict[tuple[str, str], Sense] = {
    ("send", "home"): _s("RETREAT"), ("send", "back"): _s("RETREAT"), ("pull", "out"): _s("RETREAT"),
    ("pull", "back"): _s("RETREAT"), ("shoot", "down"): _s("ASSAULT"), ("call", "off"): _s("RETREAT"),
    ("back", "down"): _s("CONCEDE"), ("give", "in"): _s("CONCEDE"), ("sign", "up"): _s("AGREE"),
    ("hand", "over"): _s("AID", "deliver"),
    ("step", "down"): _s("RETREAT"),
    ("break", "off"): _s("SANCTION"), ("cut", "off"): _s("SANCTION"), ("beat", "up"): _s("ASSAULT"),
    ("crack", "down"): _s("COERCE"), ("blow", "up"): _s("ASSAULT"), ("force", "out"): _s("COERCE"),
    ("set", "up"): _s("COOPERATE"), ("hand", "back"): _s("RETREAT"), ("walk", "out"): _s("PROTEST"),
}

# Verbs that are events only with a weapon-ish or aid-ish object ("send weapons", "send troops").
SEND_VERBS: dict[str, Sense] = {"send": _s("AID", "deliver")}
# The same transfer told from the recipient's side ("X received the first jets from Y"): the
# subject is the target, the "from" party the source.
RECEIVE_VERBS: dict[str, Sense] = {"receive": _s("AID", "deliver")}
# Verbs of coming whose subject is the weapons delivered ("the first four jets arrived on Tuesday"):
# a delivery only when that subject counts weapons, never for people ("the defence minister arrived").
ARRIVE_VERBS: dict[str, Sense] = {"arrive": _s("AID", "deliver", always=True)}
# Hostile acts that make a vow or pledge a threat ("vowed to retaliate", "pledged to punish them").
HOSTILE_VOWED: frozenset[str] = frozenset({"retaliate", "avenge", "punish", "crush", "annihilate", "obliterate",
                                          "respond"})
# Crowd-control weapons (modifier, head): firing them at a crowd is repression, not combat.
CROWD_CONTROL: frozenset[tuple[str, str]] = frozenset({
    ("water", "cannon"), ("tear", "gas"), ("rubber", "bullet"), ("pepper", "spray"), ("stun", "grenade"),
    ("plastic", "bullet"), ("", "teargas"),
})
# Objects of a launch or a firing that are no one: "fired a missile into the sea" is a weapons test.
OPEN_WATER: frozenset[str] = frozenset({"sea", "ocean", "water", "waters"})
# Verbs that are an attack when their object is a weapon aimed at someone ("launched 40 drones at
# X", "fired rockets into Y"); without a target ("launched a missile") they are not.
AIMED_VERBS: dict[str, Sense] = {"launch": _s("ASSAULT"), "fire": _s("ASSAULT")}
AIM_PREPS: frozenset[str] = frozenset({"at", "against", "on", "into", "toward", "towards"})
# What a refusal or a request is about when it is only the reporter's routine ("declined to comment",
# "did not respond to a request for comment"): no event.
NO_COMMENT: frozenset[str] = frozenset({"comment", "elaborate", "respond", "confirm", "say", "answer", "reply",
                                        "specify", "discuss", "speculate"})

# Verbs that are a REJECT only when negated ("will not budge").
NEG_REFUSAL: frozenset[str] = frozenset({"budge", "yield", "bow", "cave", "relent", "comply", "back"})

# Event nouns (by lemma).
NOUNS: dict[str, Sense] = {
    "deal": _s("AGREE", "contract"), "contract": _s("AGREE", "contract", always=True),
    "agreement": _s("AGREE", "contract"), "accord": _s("AGREE"), "treaty": _s("AGREE"),
    "purchase": _s("AGREE", "order"), "acquisition": _s("AGREE", "order"), "order": _s("AGREE", "order"),
    "sale": _s("AGREE", "contract"), "procurement": _s("AGREE", "order"),
    "meeting": _s("CONSULT"), "visit": _s("CONSULT"), "summit": _s("CONSULT"), "talk": _s("CONSULT", "negotiate"),
    "negotiation": _s("CONSULT", "negotiate"), "consultation": _s("CONSULT"), "trip": _s("CONSULT"),
    "cooperation": _s("COOPERATE"), "payment": _s("COOPERATE", "pay"), "offer": _s("COOPERATE", "offer"),
    "localization": _s("COOPERATE", "localize", always=True),
    "localisation": _s("COOPERATE", "localize", always=True),
    "delivery": _s("AID", "deliver"), "supply": _s("AID", "deliver"), "shipment": _s("AID", "deliver"),
    "aid": _s("AID"), "assistance": _s("COOPERATE"),
    "withdrawal": _s("RETREAT"), "pullout": _s("RETREAT"), "evacuation": _s("RETREAT"),
    "return": _s("RETREAT"),
    "demand": _s("REQUEST"), "request": _s("REQUEST"), "appeal": _s("REQUEST"),
    "accusation": _s("ACCUSE"), "criticism": _s("ACCUSE", mode="disapprove"),
    "condemnation": _s("ACCUSE", mode="disapprove"),
    "denial": _s("REJECT"), "rejection": _s("REJECT"), "refusal": _s("REJECT"), "veto": _s("REJECT"),
    "threat": _s("THREATEN"), "ultimatum": _s("THREATEN"), "warning": _s("THREATEN"),
    "protest": _s("PROTEST"), "demonstration": _s("PROTEST"), "rally": _s("PROTEST"),
    "sanction": _s("SANCTION"), "embargo": _s("SANCTION"), "ban": _s("SANCTION"), "freeze": _s("SANCTION"),
    "restriction": _s("SANCTION"), "expulsion": _s("SANCTION"), "boycott": _s("SANCTION"),
    "deployment": _s("MOBILIZE"), "drill": _s("MOBILIZE"), "exercise": _s("MOBILIZE"),
    "mobilization": _s("MOBILIZE"), "launch": _s("MOBILIZE", "test", always=True),
    "test": _s("MOBILIZE", "test", always=True),
    "arrest": _s("COERCE"), "detention": _s("COERCE"), "seizure": _s("COERCE"), "blockade": _s("COERCE"),
    "attack": _s("ASSAULT"), "strike": _s("ASSAULT"), "downing": _s("ASSAULT"), "bombing": _s("ASSAULT"),
    "invasion": _s("ASSAULT"), "assault": _s("ASSAULT"), "airstrike": _s("ASSAULT"), "raid": _s("ASSAULT"),
    "shelling": _s("ASSAULT"),
}

for _type, _nouns in {
    "AGREE": ("consensus", "pact", "settlement", "pledge", "promise", "truce", "ceasefire", "cease-fire",
              "armistice"),
    "CONSULT": ("mediation",),
    "AID": ("asylum", "donation", "relief", "loan", "grant", "humanitarian"),
    "ACCUSE": ("investigation", "probe", "inquiry", "charge", "allegation", "complaint", "lawsuit"),
    "PROTEST": ("march", "strike", "riot", "sit-in", "walkout", "picket", "hunger"),
    "SANCTION": ("suspension", "cancellation", "severance"),
    "MOBILIZE": ("patrol", "alert", "buildup", "reinforcement"),
    "COERCE": ("curfew", "crackdown", "censorship", "kidnapping", "abduction", "eviction", "demolition"),
    "ASSAULT": ("torture", "massacre", "killing", "shooting", "clash", "fighting", "battle", "ambush",
                "explosion", "bomb", "rocket"),
}.items():
    for _noun in _nouns:
        NOUNS.setdefault(_noun, _s(_type))

# Compound noun events: (modifier lemma, head lemma) → sense. Checked before NOUNS.
COMPOUND_NOUNS: dict[tuple[str, str], Sense] = {
    ("technology", "transfer"): _s("COOPERATE", "tech_transfer", always=True),
    ("tech", "transfer"): _s("COOPERATE", "tech_transfer", always=True),
    ("arms", "transfer"): _s("AID", "deliver", always=True),
    ("weapons", "transfer"): _s("AID", "deliver", always=True),
    ("weapon", "transfer"): _s("AID", "deliver", always=True),
    ("asset", "freeze"): _s("SANCTION"), ("visa", "restriction"): _s("SANCTION"),
    ("travel", "ban"): _s("SANCTION"), ("export", "ban"): _s("SANCTION"), ("arms", "embargo"): _s("SANCTION"),
    ("test", "launch"): _s("MOBILIZE", "test", always=True), ("test", "firing"): _s("MOBILIZE", "test", always=True),
    ("missile", "test"): _s("MOBILIZE", "test", always=True),
    ("military", "exercise"): _s("MOBILIZE"), ("peace", "talk"): _s("CONSULT"),
}

# Verbs by which a supplier gets an order: its subject supplies, the "from" party buys.
WIN_VERBS = frozenset({"win", "secure", "land", "clinch", "bag", "receive", "obtain", "get", "scoop"})

# Nouns that are events only as the object of a support verb ("express concern", "voice alarm").
SUPPORT_OBJECT: dict[tuple[str, str], Sense] = {
    ("express", "concern"): _s("ACCUSE"), ("voice", "concern"): _s("ACCUSE"), ("raise", "concern"): _s("ACCUSE"),
    ("express", "alarm"): _s("ACCUSE"), ("express", "regret"): _s("ACCUSE"), ("level", "accusation"): _s("ACCUSE"),
    ("impose", "sanction"): _s("SANCTION"), ("fulfil", "contract"): _s("AID", "deliver", always=True),
    ("fulfill", "contract"): _s("AID", "deliver", always=True),
    ("complete", "delivery"): _s("AID", "deliver", always=True),
    # a supplier wins an order: "X won/secured/landed an order (a contract) from Y for Z"
    **{(verb, noun): _s("AGREE", "contract") for verb in WIN_VERBS
       for noun in ("order", "contract", "deal", "tender")},
    ("hold", "talk"): _s("CONSULT"), ("hold", "negotiation"): _s("CONSULT", "negotiate"),
    ("set", "fire"): _s("COERCE"), ("open", "fire"): _s("ASSAULT"), ("impose", "curfew"): _s("COERCE"),
    ("exchange", "fire"): _s("ASSAULT"), ("trade", "fire"): _s("ASSAULT"), ("exchange", "gunfire"): _s("ASSAULT"),
    ("exchange", "shot"): _s("ASSAULT"), ("trade", "shot"): _s("ASSAULT"),
    ("give", "welcome"): _s("CONSULT"), ("renew", "negotiation"): _s("CONSULT"), ("renew", "talk"): _s("CONSULT"),
    ("grant", "asylum"): _s("AID"), ("take", "hostage"): _s("ASSAULT"), ("go", "strike"): _s("PROTEST"),
    ("call", "for"): _s("REQUEST"), ("call", "on"): _s("REQUEST"),
}

# Light/support verbs: not events by themselves; an event noun as their object/subject takes their
# tense, aspect and subject ("carried out test launches", "hit X with an asset freeze").
LIGHT_VERBS: frozenset[str] = frozenset({
    "carry", "hold", "conduct", "make", "take", "have", "give", "stage", "hit", "impose", "slap",
    "introduce", "express", "voice", "raise", "level", "launch", "start", "begin", "continue", "resume",
    "complete", "finalize", "finalise", "seal", "reach", "strike", "announce", "undertake", "perform",
    "sign", "fulfil", "fulfill", "execute", "implement", "conclude", "ink", "release", "attend",
})

# Aspectual verbs: their subject noun is the event ("negotiations are continuing").
ASPECTUAL: frozenset[str] = frozenset({
    "continue", "begin", "start", "resume", "end", "stall", "proceed", "progress", "develop", "take",
    "be", "remain", "go", "conclude", "collapse", "break",
})

# Reporting verbs: never events; their complement is.
REPORTING: frozenset[str] = frozenset({
    "say", "tell", "add", "state", "announce", "report", "note", "claim", "quote", "reiterate", "explain",
    "stress", "insist", "comment", "confirm", "write", "declare", "remark", "answer", "reply", "respond",
    "argue", "believe", "think", "assert", "emphasize", "emphasise", "recall", "acknowledge", "suggest",
    "indicate", "told", "mention", "cite", "allege", "know", "understand", "see", "hear",
})

# Verbs whose complement is denied by them.
DENY_VERBS: frozenset[str] = frozenset({"deny", "refute", "dismiss", "reject"})

# Governors of an xcomp/ccomp that make the governed event intended or planned.
INTEND_VERBS: frozenset[str] = frozenset({"intend", "want", "seek", "aim", "hope", "wish", "try", "attempt",
                                          "strive", "mean", "prefer", "desire"})
PLAN_VERBS: frozenset[str] = frozenset({"plan", "expect", "schedule", "set", "prepare", "decide", "due",
                                        "propose", "agree", "promise", "pledge", "vow", "undertake", "slate"})
# "X provides for / envisages Y": Y is planned.
PROVIDE_FOR: frozenset[str] = frozenset({"provide", "envisage", "envision", "foresee", "stipulate", "include",
                                         "entail", "involve", "require", "call"})
# Adjectives on an event noun (or its governing noun) that qualify it.
POSSIBLE_ADJ: frozenset[str] = frozenset({"possible", "potential", "likely", "prospective", "hypothetical"})
PLANNED_ADJ: frozenset[str] = frozenset({"planned", "upcoming", "forthcoming", "proposed", "expected",
                                         "scheduled", "future", "next", "impending", "new", "additional",
                                         "another", "further"})
# Prepositions that place an event noun after the reference time ("ahead of the visit").
AHEAD_PREPS: frozenset[str] = frozenset({"ahead", "before", "prior", "pending", "run"})

# Words that make a context an arms-transfer context.
ARMS_LEMMAS: frozenset[str] = frozenset({
    "weapon", "arm", "arms", "missile", "munition", "ammunition", "system", "fighter", "jet", "aircraft",
    "helicopter", "tank", "drone", "warship", "frigate", "submarine", "launcher", "rifle", "artillery",
    "battery", "division", "squadron", "howitzer", "military", "defense", "defence", "air-defense",
    "bomber", "interceptor", "radar", "corvette", "destroyer", "vehicle", "armament", "hardware",
    "anti", "surface", "air",
})

# Count nouns that carry an arms-deal quantity ("four divisions", "two squadrons").
UNIT_NOUNS: frozenset[str] = frozenset({
    "division", "battery", "squadron", "regiment", "battalion", "system", "unit", "aircraft", "jet",
    "fighter", "helicopter", "missile", "tank", "ship", "submarine", "frigate", "corvette", "launcher",
    "drone", "vehicle", "howitzer", "bomber", "set", "complex", "destroyer", "interceptor", "plane",
})

# Hedges that turn an assertion into a claim.
HEDGE_ADVERBS: frozenset[str] = frozenset({"reportedly", "allegedly", "purportedly", "supposedly",
                                           "ostensibly", "apparently"})
MEDIA_REPORT_LEMMAS: frozenset[str] = frozenset({"report", "claim", "cite", "accord"})

NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "a": 1, "an": 1,
    "single": 1, "pair": 2, "couple": 2,
}
