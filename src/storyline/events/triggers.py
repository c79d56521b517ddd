"""General event-trigger detection for any news domain (not only PLOVER's political events).

The PLOVER extractor (`extract.py`) keeps the triggers that map to a PLOVER type; event
coreference benchmarks (ECB+) and fusion need *every* event mention: verbs of any domain
("host", "die", "hit"), event nouns ("earthquake", "shooting", "ceremony"), a few stative
adjectives ("dead", "injured"), phrasal verbs ("pulled over"). Each trigger gets a lemma and a
sense class — the PLOVER type when the PLOVER lexicon knows it, else a synonym class from
`SYNONYMS`, else the lemma — which the coreference step uses to merge lexically different
mentions of one event ("killed" / "murder" / "shooting").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.events import lexicon

# Verbs that are never event mentions on their own (auxiliary-like, copular, light or cognitive).
_NON_EVENT_VERBS: frozenset[str] = frozenset({
    "be", "have", "do", "get", "let", "seem", "appear", "become", "remain", "keep", "include",
    "know", "think", "believe", "want", "need", "like", "mean", "go", "come", "make", "take", "give",
    "use", "look", "feel", "can", "will", "may", "must", "should", "would", "could",
})

# Event nouns of general news (crime, disasters, justice, sport, business, politics, show business).
EVENT_NOUNS: frozenset[str] = frozenset({
    "accident", "crash", "collision", "explosion", "blast", "fire", "blaze", "earthquake", "quake",
    "tremor", "aftershock", "tsunami", "flood", "storm", "hurricane", "landslide", "eruption", "outbreak",
    "death", "murder", "killing", "homicide", "shooting", "stabbing", "attack", "assault", "robbery",
    "theft", "burglary", "kidnapping", "hijacking", "hijack", "piracy", "hostage", "rescue", "escape", "chase",
    "arrest", "charge", "trial", "hearing", "sentence", "conviction", "verdict", "appeal", "lawsuit",
    "suit", "investigation", "probe", "inquiry", "raid", "crackdown", "operation", "search", "bust",
    "injury", "fall", "overdose", "suicide", "funeral", "burial", "surgery", "treatment", "rehab",
    "birth", "wedding", "marriage", "divorce", "engagement", "separation", "split", "breakup",
    "election", "vote", "referendum", "campaign", "inauguration", "resignation", "appointment",
    "nomination", "firing", "dismissal", "hiring", "layoff", "strike", "protest", "riot", "war",
    "battle", "fighting", "conflict", "ceasefire", "truce", "invasion", "bombing", "airstrike", "ceremony", "award", "awards", "oscar", "oscars", "show", "concert", "performance", "premiere",
    "release", "launch", "announcement", "speech", "interview", "statement", "conference", "meeting",
    "summit", "visit", "tour", "game", "match", "win", "victory", "defeat", "loss", "playoff",
    "final", "championship", "tournament", "race", "goal", "score", "deal", "merger",
    "acquisition", "takeover", "purchase", "sale", "bid", "offer", "buyout", "bankruptcy", "closure",
    "cut", "increase", "rise", "drop", "decline", "recall", "failure", "outage", "leak", "spill",
    "crime", "incident", "event", "violence", "unrest", "uprising", "coup", "execution", "massacre",
    "evacuation", "aid", "relief", "donation", "party", "celebration", "festival", "job", "role",
    "disappearance", "discovery", "capture", "seizure", "detention", "return", "transfer",
    "trade", "signing", "contract", "agreement", "treaty", "talks", "negotiation", "dispute", "threat",
    "warning", "ban", "sanction", "sanctions", "embargo", "deployment", "mission", "exercise", "test",
    "dui", "dwi", "suspicion", "driving", "speeding", "bail", "custody", "prison", "jail",
    "attempt", "effort", "move", "manslaughter", "stint", "hit", "escort",
    "upgrade", "update", "unveiling", "introduction", "debut", "presentation", "demonstration",
    "heist", "fight", "arson", "rape", "gunfire", "crossfire", "stampede", "manhunt", "jailbreak", "vigil",
    "plea", "testimony", "probation", "illness", "disease", "coma", "downtime", "problem", "repair",
    "review", "exit", "raise", "playoffs", "touchdown", "knockout", "round",
})

# Stative adjectives that report an event's result ("found dead", "critically injured").
EVENT_ADJECTIVES: frozenset[str] = frozenset({
    "dead", "injured", "wounded", "hurt", "missing", "killed", "arrested", "drunk", "pregnant",
    "fired", "jailed", "nominated",
})

# Nominal suffixes that usually name an action ("-tion", "-ment"), with nouns that match but do not.
_ACTION_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ure", "ery", "ing", "age", "al")
_SUFFIX_EXCEPTIONS: frozenset[str] = frozenset({
    "nation", "station", "position", "condition", "information", "edition", "section", "region",
    "population", "organization", "organisation", "administration", "foundation", "institution",
    "tradition", "question", "situation", "location", "portion", "option", "version", "mansion",
    "television", "government", "department", "parliament", "apartment", "equipment", "document",
    "moment", "element", "instrument", "monument", "comment", "segment", "amount", "experience",
    "evidence", "audience", "distance", "balance", "insurance", "difference", "conference", "science",
    "sentence", "reference", "sequence", "silence", "license", "licence", "influence", "presence",
    "nature", "future", "picture", "culture", "structure", "feature", "temperature", "literature",
    "measure", "figure", "procedure", "gallery", "battery", "category", "lottery", "delivery",
    "thing", "building", "morning", "evening", "ceiling", "string", "king", "ring", "wing", "spring",
    "meeting", "something", "nothing", "anything", "everything", "ending", "clothing", "training",
    "age", "page", "image", "message", "language", "village", "percentage", "average", "stage",
    "animal", "official", "capital", "hospital", "signal", "total", "local", "individual", "material",
    "criminal", "national", "general", "potential", "principal", "rival", "journal", "terminal",
    "proposal", "medal", "interval", "festival", "manual", "ritual", "professional", "original",
    "mention", "attention", "intention", "tension", "pension", "dimension", "extension", "emotion",
    "motion", "ocean", "lotion", "fraction", "faction", "function", "auction",
    "percent", "statement", "environment", "management", "agent", "student", "resident", "president",
    "incident", "parent", "patient", "client", "talent", "ancient", "accent", "event", "property",
    "settlement", "employment", "movement", "payment", "treatment", "development", "investment",
})

# Derivation: event nouns/adjectives → the verb they nominalize, so "death" and "died" compare equal.
DERIVED: dict[str, str] = {
    "death": "die", "dead": "die", "killing": "kill", "shooting": "shoot", "hosting": "host",
    "falling": "fall", "earthquake": "quake", "temblor": "quake", "arrest": "arrest", "capture": "capture",
    "acquisition": "acquire", "purchase": "buy", "sale": "sell", "appointment": "appoint",
    "nomination": "nominate", "dismissal": "dismiss", "firing": "fire", "hiring": "hire",
    "injury": "injure", "injured": "injure", "wounded": "wound", "collision": "collide", "escape": "escape",
    "announcement": "announce", "statement": "state", "election": "elect", "resignation": "resign",
    "investigation": "investigate", "explosion": "explode", "conviction": "convict", "robbery": "rob",
    "theft": "steal", "negotiation": "negotiate", "agreement": "agree", "attempt": "try",
    "attack": "attack", "hijacking": "hijack", "rescue": "rescue", "release": "release", "shot": "shoot",
}

# Narrow synonym sets: near-equivalent verbs of one happening (broad classes over-merge).
SYNONYMS: dict[str, str] = {}
for _cls, _words in {
    "ARREST": ("arrest", "detain", "apprehend", "nab", "capture"),
    # capturing people is arresting them; "seize" is for things
    "CAPTURE": ("seize", "confiscate"),
    "FOIL": ("foil", "thwart", "repulse", "prevent"),
    "FIRE": ("fire", "sack", "dismiss", "oust", "terminate", "axe", "can", "relieve"),
    "HIRE": ("hire", "appoint", "name"),
    "ACQUIRE": ("acquire", "buy", "purchase", "takeover"),
    "QUAKE": ("quake", "tremor", "aftershock"),
    "SAY": ("say", "tell", "state", "add", "accord", "according"),
    # a news death is nearly always the killing the same story reports ("was killed" / "died" / "murder")
    "DIE": ("die", "perish", "kill", "murder", "slay", "pass_away", "execute"),
    "FALL": ("fall", "plunge", "tumble", "plummet"),
    # a contest has one outcome, told from either side ("won" / "victory" / "beat" / "lost")
    "WIN": ("win", "victory", "beat", "defeat", "lose"),
    "INJURE": ("injure", "wound", "hurt"),
    "HIT": ("hit", "strike", "jolt"),
    "FIND": ("find", "discover"),
    "OVERTURN": ("overturn", "reverse", "rescind"),
    "TREAT": ("treatment", "rehab"),
    "SEVER": ("cut", "sever"),
    "CRASH": ("crash", "accident", "collide"),
    # drink-driving has one name per register ("DUI", "drunk driving", "driving under the influence")
    "DUI": ("dui", "dwi", "driving", "drive_under_the_influence", "drink-driving"),
    # a gun attack: "shooting", "opened fire", "gunned down"
    "SHOOT": ("shoot", "open_fire", "gun"),
    # a named award show is its ceremony ("the Oscars", "the Academy Awards", "the ceremony")
    "CEREMONY": ("ceremony", "gala", "awards", "academy_awards", "oscar", "oscars", "emmys", "grammys"),
    "SEE": ("see", "watch", "witness"),
    "BLAZE": ("blaze", "inferno", "catch_fire", "set_fire"),
    "ESCAPE": ("escape", "flee"),
    "ROB": ("rob", "heist", "holdup", "stickup", "steal"),
    "THREATEN": ("threaten", "endanger", "imperil"),
    "FIX": ("fix", "repair", "plug"),
    "OUTAGE": ("outage", "downtime"),
    "RIOT": ("riot", "clash"),
    "KEEP": ("keep", "retain"),
    "WEAKEN": ("weaken", "undermine"),
    # "checked into rehab" / "entered rehab" / "was admitted"
    "ENTER": ("check_into", "check_in", "enter", "admit"),
}.items():
    for _w in _words:
        SYNONYMS.setdefault(_w, _cls)

# Nouns whose verb names another happening: "a fire" burns, "fired" dismisses.
NOUN_SENSES: dict[str, str] = {"fire": "BLAZE"}

# Words of a coordinated lexical compound whose second half is no separate event ("hit-and-run").
_REPORTING_CLASSES = frozenset({"SAY"})

# Verb + object idioms that are one event mention ("opened fire", "took place", "parted ways").
IDIOM_OBJECTS: frozenset[tuple[str, str]] = frozenset({
    ("open", "fire"), ("take", "place"), ("part", "way"), ("show", "door"), ("make", "round"),
    ("run", "show"), ("take", "lead"), ("take", "custody"), ("take", "charge"), ("take", "office"),
    ("lose", "job"), ("lose", "life"), ("pay", "tribute"), ("pay", "visit"), ("hold", "talk"),
    ("give", "birth"), ("make", "appearance"), ("take", "part"), ("take", "control"),
    ("catch", "fire"), ("set", "fire"),
})
# Preposition + noun idioms that are event mentions ("on suspicion", "under fire", "in custody").
# ("on suspicion", "on trial", "in custody": annotators mark the noun alone, so those are no idioms.)
IDIOM_PPS: frozenset[tuple[str, str]] = frozenset({
    ("under", "fire"), ("under", "control"), ("behind", "wheel"), ("under", "arrest"), ("at", "large"),
    ("on", "strike"),
})
# Two-word names of one happening whose first word would otherwise stand alone ("heart attack").
COMPOUNDS: frozenset[tuple[str, str]] = frozenset({
    ("heart", "attack"), ("heart", "failure"), ("cardiac", "arrest"), ("injured", "reserve"),
    ("heart", "disease"), ("mental", "illness"), ("double", "murder"), ("prison", "term"), ("jail", "time"),
})
# Prepositions that belong to the verb of a phrasal event ("checked into rehab").
PHRASAL_PREPS: dict[str, frozenset[str]] = {"check": frozenset({"into", "in", "out"})}


# Fixed multiword events that continue past their head ("driving under the influence").
MULTIWORDS: dict[str, tuple[str, ...]] = {"drive": ("under", "the", "influence"), "driving": ("under", "the", "influence")}


def _noun_is_event(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in EVENT_NOUNS or lemma in lexicon.NOUNS:
        return True
    if lemma in _SUFFIX_EXCEPTIONS or len(lemma) < 6:
        return False
    return lemma.endswith(_ACTION_SUFFIXES)


def _trigger_span(tok: Token) -> tuple[int, ...]:
    """The trigger's tokens: the head word plus an adjacent particle ("pulled over", "according to"),
    an idiomatic object ("opened fire"), or the adjective of a compound event ("drunk driving")."""
    doc = tok.doc
    toks = [tok.i]
    lemma = tok.lemma_.lower()
    for ch in tok.children:
        if (ch.dep_ == "prt" and abs(ch.i - tok.i) == 1) or (ch.dep_ in ("dobj", "attr") and (lemma, ch.lemma_.lower()) in IDIOM_OBJECTS) or (ch.dep_ == "amod" and ch.i == tok.i - 1 and tok.tag_ in ("NN", "VBG")
              and tok.lower_.endswith("ing") and ch.lemma_.lower() in EVENT_ADJECTIVES | {"drunken"}):
            toks.append(ch.i)
    if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
        toks.append(tok.i + 1)
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and tok.pos_ == "VERB" and nxt.lower_ in PHRASAL_PREPS.get(lemma, ()) and nxt.i not in toks:
        toks.append(nxt.i)
    if (tok.pos_ == "VERB" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "to"
            and doc[tok.i + 2].lower_ == "death"):  # "stabbed to death": one event, not a death
        toks.extend((tok.i + 1, tok.i + 2))
    tail = MULTIWORDS.get(lemma)
    if tail and tuple(t.lower_ for t in doc[tok.i + 1 : tok.i + 1 + len(tail)]) == tail:
        toks.extend(range(tok.i + 1, tok.i + 1 + len(tail)))
    if tok.pos_ == "PROPN" and tok.ent_iob_ == "I":  # a named event is its whole name ("the Academy Awards")
        i = tok.i - 1
        while (i >= 0 and doc[i].head.i == tok.i and doc[i].dep_ == "compound" and doc[i].pos_ == "PROPN"
               and doc[i].ent_type_ == tok.ent_type_ and doc[i].ent_iob_ in ("B", "I")):
            toks.append(i)
            i -= 1
    return tuple(sorted(toks))


def _pp_idiom(tok: Token) -> tuple[int, ...] | None:
    """"on suspicion", "behind the wheel": the preposition through its object."""
    if tok.dep_ != "pobj" or tok.head.pos_ != "ADP":
        return None
    if (tok.head.lower_, tok.lemma_.lower()) not in IDIOM_PPS:
        return None
    if tok.i - tok.head.i <= 2:  # "behind the wheel"
        return tuple(range(tok.head.i, tok.i + 1))
    return (tok.head.i, tok.i)  # "under the operational control": the idiom's own two words


def _first_of_compound(tok: Token) -> bool:
    """"hit-and-run crash", "hit and run driver": a coordinated compound that modifies a noun names
    no event by its first word (the noun it modifies is the event, if any)."""
    words = [t for t in tok.doc[tok.i + 1 : tok.i + 7] if t.text != "-"]
    return len(words) >= 3 and words[0].lower_ == "and" and words[2].pos_ in ("NOUN", "PROPN")


def _second_of_compound(tok: Token) -> bool:
    """"hit-and-run", "hit and run driver": the second verb of a lexical compound is no event."""
    if tok.dep_ != "conj":
        return False
    head = tok.head
    hyphen = tok.i > 0 and tok.doc[tok.i - 1].text == "-"
    return hyphen or head.dep_ in ("compound", "amod", "nmod") or (head.head.pos_ == "NOUN" and head.dep_ != "ROOT"
                                                                    and head.head.i > tok.i)


_KNOWN: frozenset[str] = frozenset(SYNONYMS) | frozenset(DERIVED) | frozenset(DERIVED.values()) | EVENT_NOUNS
_INFLECTIONS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""))


# Characters a scraped or pre-tokenized text leaves glued to a word ('"murder"', 'Oscars®', 'awards\t').
_EDGE_JUNK = " \t\r\n'\"`#*.,;:!?()[]{}\u00ae\u2122\u00a9\u2018\u2019\u201c\u201d"


def _lemma(tok: Token) -> str:
    """The token's lemma; a title-case headline word the tagger took for a name ("Climber Dies",
    "Star Checks Into Rehab") keeps its inflection there, so a plural-looking one loses its "s".
    Quotes and marks glued to the word are dropped, or '"riot"' and "riot" would be two senses;
    the lemmatizer did not recognise such a word, so its plain form is de-inflected here."""
    lemma = tok.lemma_.lower()
    stripped = lemma.strip(_EDGE_JUNK)
    if stripped != lemma and stripped:
        word = tok.lower_.strip(_EDGE_JUNK)
        return _uninflect(word) if _uninflect(word) != word else stripped
    if tok.pos_ == "PROPN" and len(lemma) > 4 and lemma.endswith("s") and not lemma.endswith(("ss", "us", "is")):
        return _uninflect(lemma) if _uninflect(lemma) != lemma else lemma[:-1]
    return lemma


def _uninflect(lemma: str) -> str:
    """A form the lemmatizer left inflected (headline "Climber dies" tagged as a plural noun) back to
    the word the lexicon knows; unknown words stay as they are."""
    if lemma in _KNOWN:
        return lemma
    for suffix, repl in _INFLECTIONS:
        if lemma.endswith(suffix) and lemma[: -len(suffix)] + repl in _KNOWN:
            return lemma[: -len(suffix)] + repl
    return lemma


def sense_class(lemma: str, pos: str | None = None) -> str:
    """The class a trigger merges under: its verb (derivation) in a narrow synonym set, else that verb.
    `pos` separates the few words whose noun and verb name different happenings ("a fire" / "fired")."""
    base = _uninflect(lemma)
    if pos == "NOUN" and base in NOUN_SENSES:
        return NOUN_SENSES[base]
    base = DERIVED.get(base, base)
    if base.endswith("ing") and len(base) > 6 and base not in EVENT_NOUNS:
        base = base[:-3]
    return SYNONYMS.get(base, base)


def _span_sense(sdoc: Doc, toks: tuple[int, ...], lemma: str, pos: str | None = None) -> str:
    """A multiword trigger ("opened fire", "Academy Awards") has the sense of its whole phrase when
    the synonym sets know the phrase, else that of its head word."""
    if len(toks) > 1:
        phrase = "_".join(sdoc[i].lemma_.lower() for i in toks)
        if phrase in SYNONYMS:
            return SYNONYMS[phrase]
    return sense_class(lemma, pos)


def is_reporting(sense: str) -> bool:
    """Reporting acts ("said", "according to") are separate events in every article."""
    return sense in _REPORTING_CLASSES


def trigger_mentions(sdoc: Doc) -> list[tuple[tuple[int, ...], str, str]]:
    """Every event trigger of a parsed Doc as (token indices, lemma, sense class), in text order."""
    plover_at: dict[int, str] = {}
    for ev in getattr(sdoc._, "events", ()) or ():
        if ev.end <= ev.start:  # a malformed extractor span must not abort the whole document
            continue
        ev_span = sdoc.char_span(ev.start, ev.end, alignment_mode="expand")
        if ev_span is not None:
            plover_at[ev_span.root.i] = ev.type
    out: list[tuple[tuple[int, ...], str, str]] = []
    taken: set[int] = set()
    for tok in sdoc:
        if tok.i in taken:
            continue
        lemma = _lemma(tok)
        pp = _pp_idiom(tok)
        if pp is None and tok.i + 1 < len(sdoc) and (tok.lower_, sdoc[tok.i + 1].lower_) in COMPOUNDS:
            pp = (tok.i, tok.i + 1)
            lemma = sdoc[tok.i + 1].lemma_.lower()
        if pp is not None:
            out.append((pp, lemma, _span_sense(sdoc, pp, lemma)))
            taken.update(pp)
            continue
        pos = tok.pos_
        ok = False
        if pos == "VERB":
            ok = (lemma not in _NON_EVENT_VERBS or any((c.dep_ in ("prt", "dobj") and (lemma, c.lemma_.lower())
                                                       in IDIOM_OBJECTS) or c.dep_ == "prt" for c in tok.children))
            ok = (ok and tok.dep_ not in ("prep", "amod") and not _second_of_compound(tok)
                  and not (tok.dep_ in ("nmod", "compound") and _first_of_compound(tok)))
        elif pos == "NOUN":
            ok = (_noun_is_event(tok) and (tok.dep_ != "compound" or tok.lemma_.lower() in EVENT_NOUNS)
                  and not _first_of_compound(tok))
        elif pos == "PROPN":  # named events ("the Oscars", "the World Cup")
            ok = lemma in EVENT_NOUNS
        elif pos == "ADJ":  # not when it only modifies an event noun that takes it ("drunk driving")
            ok = lemma in EVENT_ADJECTIVES and not (tok.dep_ == "amod" and tok.head.i == tok.i + 1
                                                    and tok.head.lower_.endswith("ing"))

        if not ok and (tok.i not in plover_at or tok.dep_ == "compound"):
            continue
        toks = _trigger_span(tok)
        if any(i in taken for i in toks):
            continue
        taken.update(toks)
        out.append((toks, lemma, _span_sense(sdoc, toks, lemma, pos)))
    out.sort()
    return out


def describe_span(sdoc: Doc, toks: tuple[int, ...]) -> tuple[str, str]:
    """(lemma, sense class) of a given event span (a gold mention, say), as `trigger_mentions`
    would label it: the span's syntactic head decides."""
    inside = set(toks)
    head = next((sdoc[i] for i in toks if sdoc[i].head.i not in inside or sdoc[i].head.i == i), sdoc[toks[0]])
    if len(toks) == 2 and (sdoc[toks[0]].lower_, sdoc[toks[1]].lower_) in COMPOUNDS:
        head = sdoc[toks[1]]
    lemma = _lemma(head)
    return lemma, _span_sense(sdoc, toks, lemma, head.pos_)


def doc_features(sdoc: Doc) -> frozenset[str]:
    """What a document is about, for grouping the documents of a topic by happening: its content
    words (names included), lower-cased; the grouping weighs them by how few documents share them.
    A sentence that is a web address is metadata, not text: its words ("http", the site's name)
    would group articles by where they were scraped, not by what they report."""
    feats: set[str] = set()
    for sent in sdoc.sents:
        if any(t.like_url or t.lower_ in _URL_WORDS for t in sent):
            continue
        feats.update(f"w:{t.lower_}" for t in sent if t.is_alpha and len(t) > 2 and not t.is_stop)
    return frozenset(feats)


_URL_WORDS = frozenset({"http", "https", "www"})


def mention_features(sdoc: Doc, tokens: tuple[int, ...]) -> frozenset[str]:
    """The arguments a trigger's sentence names (people, places, numbers, dates), lower-cased: two
    mentions of one verb whose sentences name disjoint participants are likely different events."""
    sent = sdoc[tokens[0]].sent
    feats: set[str] = set()
    for ent in sent.ents:
        if ent.label_ in ("PERSON", "GPE", "LOC", "FAC", "ORG"):
            feats.update(f"n:{w}" for w in ent.text.lower().split() if len(w) > 2 and w.isalpha())
        elif ent.label_ in ("DATE", "TIME", "CARDINAL", "QUANTITY"):
            feats.update(f"d:{w.strip(',.')}" for w in ent.text.lower().split()
                         if any(ch.isdigit() for ch in w) or w.endswith("day"))
    return frozenset(feats)
