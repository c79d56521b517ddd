"""People: titles and appositions that give a person a role, and the words that refer back to them.

Kept as plain token walks (no extra parsing) so it costs a few dict look-ups per person mention.
"""

from __future__ import annotations

import re
from importlib import resources

from spacy.tokens import Doc, Token

# Head nouns of roles: "Foreign Minister X", "X, head of Y", "the ministry spokesman".
# An all-caps speaker label opening a transcript line ("SEN. NORA BIRCH: …", "BIRCH: …", a role in
# brackets may follow the name): group 1 a short title with its dot, group 2 the name. Actors take the name for a person; quotes take the
# line after it for that person's words.
TRANSCRIPT_LABEL = re.compile(r"^((?:[A-Z]{2,5}\.[ \t]+)?)([A-Z][A-Z'\-]+(?:[ \t]+[A-Z][A-Z'\-]+){0,3})"
                              r"(?:[ \t]+\([^()\n:]{1,60}\))?:\s", re.M)  # ("JANE ROE (Chief Executive):")

ROLE_HEADS = frozenset({
    "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "head", "chief",
    "director", "chairman", "chairwoman", "chair", "ceo", "ambassador", "envoy", "general", "commander",
    "governor", "mayor", "senator", "lawmaker", "official", "adviser", "advisor", "aide",
    "representative", "leader", "king", "queen", "prince", "emir", "sheikh", "sheikha", "chancellor", "premier",
    "undersecretary", "under-secretary", "analyst", "expert", "professor", "founder", "executive",
    "officer", "admiral", "commodore", "colonel", "lieutenant", "captain", "sergeant", "corporal", "correspondent",
    "editor",
    "judge", "prosecutor", "attorney", "lawyer", "taoiseach", "barrister", "solicitor", "magistrate", "coroner", "sheriff", "speaker", "congressman", "congresswoman", "deputy",
    "vice-president", "vice", "coordinator", "commissioner", "administrator", "counselor",
    "councillor", "attaché", "attache", "negotiator", "diplomat", "marshal", "brigadier",
    "press", "chairperson", "mp", "rep.", "sen.", "gov.", "gen.", "col.", "adm.", "lt.", "dr.", "prof.",
    "brig.", "maj.", "capt.", "sgt.", "cmdr.", "cpl.", "pvt.",
    "inspector", "superintendent", "detective", "constable", "det", "det.", "insp", "insp.", "supt", "supt.",
    "justice", "pope", "cardinal", "bishop", "ayatollah", "rabbi",
    "imam", "member", "manager", "partner", "owner", "economist", "researcher", "scientist",
    "strategist", "pollster", "candidate", "nominee", "spokespeople", "dean", "rector", "provost",
    # scientists quoted in science stories ("Astronomer Jane Roe", "Dr. Roe, an epidemiologist at X")
    "astronomer", "astrophysicist", "physicist", "biologist", "chemist", "epidemiologist", "virologist",
    "geologist", "climatologist", "psychologist", "sociologist", "historian", "ecologist", "meteorologist",
    "seismologist", "author",
    # a holder of the same post elsewhere ("Her counterpart in Punjab, X, said")
    "counterpart",
    # players and coaches in sports stories ("Bears quarterback X", "head coach X")
    "coach", "quarterback", "striker", "goalkeeper", "midfielder", "pitcher", "linebacker", "winger",
    "batsman", "bowler", "jockey", "referee", "umpire",
    # playing positions that name no one else ("Wasps flanker X", later "the flanker")
    "flanker", "fly-half", "scrum-half", "full-back", "fullback", "halfback", "shortstop",
    "outfielder", "wicketkeeper", "wicket-keeper", "all-rounder", "goalie", "netminder", "defenceman",
    "defenseman", "centre-back", "center-back", "cornerback", "playmaker", "skipper",
    # British headline style for whoever runs a club or firm ("City boss X", "Xyz boss X")
    "boss",
})

# Common professions: set off by commas after or before a name they are the person's role ("X, the
# forensic accountant who …", "An engineer at the plant, X, said"), though before a name they are
# no title ("accountant" does not make the next capitalized word a person).
PROFESSIONS = frozenset({
    "accountant", "auditor", "actuary", "banker", "trader", "broker", "consultant", "engineer", "architect",
    "surveyor", "surgeon", "physician", "doctor", "nurse", "midwife", "paramedic", "pharmacist", "dentist",
    "psychiatrist", "psychologist", "therapist", "veterinarian", "teacher", "lecturer", "tutor", "librarian",
    "curator", "pilot", "sailor", "mechanic", "electrician", "plumber", "firefighter", "farmer", "fisherman",
    "miner", "welder", "carpenter", "builder", "contractor", "entrepreneur", "journalist", "photographer",
    "translator", "interpreter", "notary", "paralegal", "statistician", "mathematician", "archaeologist",
    "anthropologist", "programmer", "designer", "chef", "novelist", "poet", "artist", "musician", "filmmaker",
    "economist", "analyst", "lawyer",
})

# Words that may sit inside a title before a name without being a role head themselves.
TITLE_GLUE = frozenset({
    "of", "for", "the", "and", "'s", "’s", "-", "foreign", "defense", "defence", "interior",
    "finance", "state", "deputy", "vice", "first", "former", "acting", "prime", "senior", "top",
    "chief", "general", "executive", "national", "security", "press", "federal", "military",
    "economic", "trade", "energy", "affairs", "foreign-affairs", "armed", "forces", "staff",
    "joint", "defense-industry", "then", "interim", "assistant", "associate", "principal", "special",
    "presidential", "ministry", "department", "office", "agency", "service", "council",
    "shadow",  # British opposition front bench ("shadow chancellor")
})

# Portfolios in "Minister for Health", "Secretary of State for Education" (a name follows them)
PORTFOLIO_WORDS = frozenset({
    "health", "education", "justice", "agriculture", "food", "transport", "housing", "environment", "finance",
    "enterprise", "culture", "tourism", "sport", "communications", "children", "employment", "labour", "labor",
    "industry", "trade", "defence", "defense", "energy", "climate", "public", "expenditure", "social",
    "protection", "rural", "community", "development", "higher", "further", "research", "innovation", "science",
    "home", "foreign", "affairs", "local", "government", "digital", "regional", "infrastructure", "fisheries",
    "marine", "heritage", "arts", "equality", "integration", "disability", "youth", "media", "water", "economy",
    "economic", "treasury", "planning", "works", "veterans", "immigration", "citizenship", "women", "and", "the",
    "state", "security", "interior", "internal", "external", "international", "cooperation", "relations",
    "national", "resources", "mines", "mining", "petroleum", "oil", "gas", "power", "telecommunications",
    "information", "technology", "tertiary", "skills", "work", "pensions", "business", "small", "northern",
    "ireland", "scotland", "wales", "european", "union", "levelling", "up", "communities", "cabinet", "office",
    "transportation", "aviation", "commerce", "lands", "budget", "sports", "forestry", "wildlife",
})

PRONOUNS = frozenset({"he", "she"})


def _given_name_sexes() -> dict[str, str]:
    text = resources.files("storyline.data").joinpath("given_names.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {name: sex for name, sex in rows}


# given name -> "m"/"f" for names nearly all of whose bearers are one sex (US birth counts; see the file)
GIVEN_NAME_SEX = _given_name_sexes()

# "spokes" + "man"/"woman": role words whose ending gives the holder's gender
GENDERED_STEMS = frozenset({"spokes", "chair", "congress", "business", "council", "police", "sales",
                            "anchor", "alders", "news", "states", "assembly"})


def is_role_word(tok: Token) -> bool:
    return tok.lower_ in ROLE_HEADS


# military ranks written short ("Brig. Gen.", "Cmdr."): the tokenizer splits the stop off some of them
RANK_ABBREVS = frozenset({"brig", "maj", "capt", "sgt", "cmdr", "cpl", "pvt", "lt", "col", "gen", "adm",
                          "det", "insp", "supt", "cllr"})  # (police ranks: "Det Insp X"; a councillor's "Cllr X")


def title_before(doc: Doc, start: int, covered: dict[int, str], limit: int = 14) -> tuple[int, int] | None:
    """Token range of a title right before a name ("U.S. Deputy Secretary of State"), if any.

    `covered` maps token index -> entity_id of a gazetteer mention (orgs, countries), which may
    sit inside a title ("Pentagon spokesman", "head of the State Oil Company").
    """
    j = start - 1
    lowest = max(0, start - limit)
    first = start
    while j >= lowest:
        tok = doc[j]
        if tok.is_space or "\n" in tok.text:
            break
        low = tok.lower_
        if tok.text == "." and j > 0 and doc[j - 1].lower_ in RANK_ABBREVS:
            first = j  # "Brig. Gen. X": the tokenizer splits the full stop off some rank abbreviations
            j -= 1
            continue
        if len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "." and j < start - 1:
            break  # "… on X. White House press secretary Jo Roe": a lone initial ends the sentence before
        if tok.text in ("-", "–", "—") and (tok.whitespace_ or (j > 0 and doc[j - 1].whitespace_)):
            break  # "13:40 BST - Governor X": a spaced dash sets a heading off; a title's hyphen is unspaced
        if low in ("and", "or", "&") and j == start - 1:
            break  # "officer Lars Moe and Solberg": a title never ends in "and"; that is another person
        if low in ("and", "or", "&") and j > 0 and doc[j - 1].ent_type_ == "PERSON":
            break  # "Donald Roe and Sen. Ted Cruz": the title is "Sen.", the name before "and" another person
        ok = (
            j in covered
            or low in ROLE_HEADS
            or low in TITLE_GLUE
            or _split_rank(doc, j, start)  # "Maj. Gen. X" opening a sentence
            or _bare_rank(tok)  # "Lt Gen X", British style without stops
            or (tok.is_title and tok.pos_ in ("PROPN", "ADJ", "NOUN") and not tok.is_sent_start)
            or _role_modifier(tok, start)
        )
        if not ok:
            break
        first = j
        j -= 1
    # trim glue from the left ("of the President" -> "President")
    while first < start and doc[first].lower_ in ("of", "for", "and", "the", "'s", "’s", "-"):
        first += 1
    if first >= start:
        return None
    if not any(doc[k].lower_ in ROLE_HEADS or _split_rank(doc, k, start) or _bare_rank(doc[k])
               for k in range(first, start)):
        return None  # ("Col. X" where the tokenizer split the stop off: the rank alone is the title)
    return first, start


def _split_rank(doc: Doc, k: int, start: int) -> bool:
    """`doc[k]` is a rank abbreviation whose full stop the tokenizer split off ("Col" "."), before `start`."""
    return doc[k].lower_ in RANK_ABBREVS and k + 1 < start and doc[k + 1].text == "."


def _bare_rank(tok: Token) -> bool:
    """A capitalized rank abbreviation written without its stop ("Lt", "Gen", "Col"), as British
    papers write ranks."""
    return tok.is_title and tok.lower_ in RANK_ABBREVS


def _role_modifier(tok: Token, start: int) -> bool:
    """A plain word that modifies a role head later in the title: "chief financial officer",
    "Opposition leader" (sentence-initial), "deputy health minister"."""
    head = tok.head
    return (
        tok.dep_ in ("amod", "compound")
        and tok.tag_ in ("JJ", "NN", "NNP")
        and tok.i < head.i < start
        and (head.lower_ in ROLE_HEADS or head.head.lower_ in ROLE_HEADS)
        and tok.is_alpha
    )


APPOS_STOP = frozenset({".", ";", ":", "“", "”", '"', "‘", "’", "!", "?"})


def apposition_after(doc: Doc, end: int, limit: int = 22) -> tuple[int, int] | None:
    """Token range of ", director of the Y (Z)," after a name, if its first content word is a role."""
    if end >= len(doc) or doc[end].text != "," or (end + 1 < len(doc) and doc[end + 1].pos_ in ("ADP", "SCONJ")):
        return None  # (", as an alternative candidate": a prepositional phrase, not an apposition)
    if end + 1 < len(doc) and doc[end + 1].lower_ in ("and", "or", "but", "while"):
        return None  # ("X, and our chief financial officer, Y": the next person's title, not X's)
    k = end + 1
    while k < len(doc) and doc[k].lower_ in ("the", "a", "an", "its", "his", "her", "former", "then"):
        k += 1
    # allow a short modifier before the role head ("DGA spokeswoman", "deputy foreign minister")
    head_seen = False
    for m in range(k, min(k + 5, len(doc))):
        if doc[m].lower_ in ROLE_HEADS or doc[m].lower_ in PROFESSIONS:
            head_seen = True
            break
        if doc[m].text in (",", ".") or doc[m].pos_ in ("VERB", "AUX"):
            break
    if not head_seen:
        return None
    depth = 0
    stop = min(len(doc), end + 1 + limit)
    m = end + 1
    while m < stop:
        tok = doc[m]
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and tok.tag_ in ("WP", "WDT") and m > end + 1:
            break  # ", the auditor who reviewed the accounts": the relative clause is no part of the title
        elif (depth == 0 and (tok.text == "," or tok.text in APPOS_STOP or "\n" in tok.text)) or (depth == 0 and tok.pos_ in ("VERB", "AUX") and tok.tag_ not in ("VBN", "VBG")):
            break
        elif depth == 0 and tok.tag_ == "VBN" and m > end + 1 and m + 1 < len(doc) and doc[m + 1].lower_ in ("by", "as"):
            break  # ", a former professor described by prosecutors as …": what others call them is no title
        m += 1
    first = end + 1
    while first < m and doc[first].lower_ in ("the", "a", "an"):
        first += 1
    return (first, m) if m > first else None


_FRONT_DETS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "another"})


def apposition_before(doc: Doc, start: int, limit: int = 10) -> tuple[int, int] | None:
    """Token range of a fronted role that opens the sentence before a name: "A spokeswoman for
    the ministry, X, said", "Its director, X, said", "Y's spokesman, X, said"."""
    if start < 2 or doc[start - 1].text != ",":
        return None
    end = start - 1
    k = end - 1
    while k >= 0 and end - k <= limit and not doc[k].is_sent_start and "\n" not in doc[k].text:
        if doc[k].text == "," and k - doc[k].sent.start <= 3 and k + 1 < end and not any(
                t.pos_ in ("VERB", "AUX") for t in doc[doc[k].sent.start : k]):
            k += 1  # "Meanwhile, the head of X, Y, said": an opening adverbial before the role
            break
        if doc[k].text in ("-", "–", "—") and k + 1 < end and (doc[k].whitespace_ or (k > 0 and doc[k - 1].whitespace_)):
            k += 1  # "14:20 GMT - Xshire's minister, Y, said": a spaced dash sets a live blog's heading off
            break
        if doc[k].is_punct and doc[k].text not in ("'s", "’s", "-"):
            return None
        if doc[k].pos_ in ("VERB", "AUX"):
            return None
        k -= 1
    else:
        if k < 0 or not (doc[k].is_sent_start or "\n" in doc[k].text) or doc[k].is_punct:
            return None
    first = k
    while first < end and doc[first].is_space:
        first += 1  # (a line break token before a live blog's entry is no part of the role)
    if first < end and doc[first].pos_ == "ADP" and doc[first].lower_ != "as":
        return None  # "Like a family member, X said": a likeness, not X's role ("As spokesman, X" is one)
    if first < end - 1 and doc[first].lower_ == "as":
        first += 1  # "As spokesman, X said": the role is "spokesman"
    # the role head is the phrase's head noun: before "for"/"of"/"at", else its last word
    cut = next((j for j in range(first, end) if doc[j].lower_ in ("for", "of", "at", "to", "in")), end)
    # "Mayor Jane Roe and her deputy, X, said": the role is the conjunct after the other person
    conj = max((j for j in range(first, cut) if doc[j].lower_ in ("and", "or")), default=None)
    if conj is not None and any(doc[j].pos_ == "PROPN" for j in range(first, conj)):
        first = conj + 1
    if cut == first or (doc[cut - 1].lower_ not in ROLE_HEADS and doc[cut - 1].lower_ not in PROFESSIONS):
        return None
    # "When the prime minister of X, Y, warned": an opening subordinator or adverb is no part of the role
    while first < end and (doc[first].lower_ in _FRONT_DETS or doc[first].pos_ in ("SCONJ", "ADV", "CCONJ")):
        first += 1
    return (first, end) if end > first else None
