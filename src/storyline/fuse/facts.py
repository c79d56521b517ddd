"""Entities, corroborations and contradictions: what the corpus agrees and disagrees on."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping

from storyline.fuse.common import CountryMap, dates_compatible, most_common, resolved, system_family
from storyline.fuse.coref import Cluster, trigger_stem
from storyline.records import (
    ActorMention,
    Contradiction,
    Corroboration,
    Entity,
    Event,
    EventMention,
    Mention,
)

_CLAIM_STATUSES = frozenset({"claimed", "happened", "ongoing", "planned"})
# A plan told of an act: answered only by a denial of that plan (see `_denies_plan`)
_PLAN_STATUSES = frozenset({"planned"})
# Acts specific enough that two articles of one story telling and denying one are about the same act
# even when neither names who did it (unlike "approved", "an offer", "a meeting").
_SPECIFIC = frozenset({"ASSAULT"})
# Acts two parties do together: "X met Y" and "Y met X" are one meeting (every other act has a doer and a
# receiver, told apart when both sides name them)
_MUTUAL = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_VALUE_TOLERANCE = 0.05  # two deal values within 5% are the same value, rounded differently
# Claim mentions compared with one denial mention: the index below already narrows them to those that
# share a trigger word, a system or a party, so this only bounds the work in a degenerate corpus.
_MAX_CLAIMS = 4096


def build_entities(
    actors: Iterable[ActorMention], merged: Mapping[str, tuple[str, ...]] | None = None
) -> tuple[Entity, ...]:
    """One Entity per entity_id: the most frequent canonical name, every surface form as alias.

    `merged` lists, per canonical id, the ids fusion folded into it (kept as `Entity.merged_ids`).
    """
    folded = merged or {}
    groups: dict[str, list[ActorMention]] = defaultdict(list)
    for a in actors:
        groups[a.entity_id].append(a)
    out: list[Entity] = []
    for eid in sorted(groups):
        ms = groups[eid]
        names = Counter(a.name for a in ms if a.name)
        name = max(names.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))[0] if names else ms[0].text
        aliases = sorted(({a.text for a in ms} | {x for a in ms for x in a.aliases}) - {name})
        out.append(
            Entity(
                entity_id=eid,
                type=Counter(a.type for a in ms).most_common(1)[0][0],
                name=name,
                aliases=tuple(aliases),
                role=most_common(a.role for a in ms),
                affiliation=most_common(a.affiliation for a in ms),
                country=most_common(a.country for a in ms),
                mentions=tuple(
                    Mention(a.doc_id, a.start, a.end, a.text) for a in sorted(ms, key=lambda a: (a.doc_id, a.start))
                ),
                merged_ids=folded.get(eid, ()),
            )
        )
    return tuple(out)


def _mention(m: EventMention) -> Mention:
    return Mention(m.doc_id, m.start, m.end, m.text, m.quote_id)


def corroborations(
    clusters: list[Cluster], events: dict[str, Event], countries: CountryMap,
    independent: dict[str, str] | None = None,
) -> tuple[Corroboration, ...]:
    """Facts (value, quantity, date, the event itself) that two or more independent sources report.

    `independent` maps doc_id → source key: near-duplicate copies from one outlet share a key and
    so never corroborate each other; every document is still listed in `sources`.
    """
    keys = independent or {}

    def enough(docs: Iterable[str]) -> bool:
        return len({keys.get(d, d) for d in docs}) >= 2

    out: list[Corroboration] = []
    # value and quantity: keyed by the parties and system, across events (a value given with the
    # order in one article and with the delivery in another is one fact about one deal)
    facts: dict[tuple[str, str, frozenset[str], str | None], list[tuple[EventMention, str]]] = defaultdict(list)
    for c in clusters:
        for m in c.mentions:
            actors = countries.actor_set(m)
            fam = system_family(m.system)
            if m.value_usd is not None:
                facts[("value_usd", repr(round(float(m.value_usd), 2)), actors, fam)].append((m, c.event_id))
            if m.quantity is not None:
                facts[("quantity", str(m.quantity), actors, fam)].append((m, c.event_id))
    # with a named system the system identifies the deal (one article may name only the buyer);
    # without one, the parties must match exactly
    merged: dict[tuple[str, str, str], list[tuple[EventMention, str]]] = defaultdict(list)
    for (fact, value, actors, fam), ms in facts.items():
        merged[(fact, value, fam or "|".join(sorted(actors)))].extend(ms)
    for (fact, value, _fam), ms in sorted(merged.items(), key=lambda kv: kv[0]):
        docs = sorted({m.doc_id for m, _ in ms})
        if not enough(docs):
            continue
        eid = Counter(e for _, e in ms).most_common(1)[0][0]
        out.append(Corroboration(fact, value, tuple(docs),
                                 tuple(_mention(m) for m, _ in sorted(ms, key=lambda x: (x[0].doc_id, x[0].start))),
                                 eid))
    for c in clusters:
        docs = sorted({m.doc_id for m in c.mentions})
        if not enough(docs):
            continue
        ev = events[c.event_id]
        mentions = tuple(_mention(m) for m in sorted(c.mentions, key=lambda m: (m.doc_id, m.start)))
        label = ev.type + (f":{ev.arms_stage}" if ev.arms_stage else "")
        out.append(Corroboration("event", label, tuple(docs), mentions, c.event_id))
        by_date: dict[str, set[str]] = defaultdict(set)
        for m in c.mentions:
            if m.date is not None and m.date.value == c.date:
                by_date[m.date.value].add(m.doc_id)
        for value, ds in sorted(by_date.items()):
            if enough(ds):
                dms = tuple(_mention(m) for m in c.mentions if m.doc_id in ds and m.date and m.date.value == value)
                out.append(Corroboration("date", value, tuple(sorted(ds)), dms, c.event_id))
    return tuple(out)


def _side(ms: Iterable[EventMention], speakers: dict[tuple[str, str], str], outlets: dict[str, str],
          names: dict[str, str]) -> str:
    """"the minister via Reuters in The Lisbon Ledger": who said it, where (each source once)."""
    parts: list[str] = []
    for m in sorted(ms, key=lambda m: (m.doc_id, m.start)):
        who = speakers.get((m.doc_id, m.quote_id)) if m.quote_id else None
        if who is None and m.source:
            who = ", ".join(names.get(a, a) for a in m.source)
        where = outlets.get(m.doc_id, m.doc_id)
        label = f"{who} in {where}" if who else where
        if label not in parts:
            parts.append(label)
    return "; ".join(parts)


# Trigger stems that tell one happening in other words: a craft "lost" is one "shot down" or "downed"
# ("rebels said they shot down a jet" / "the air force denied any aircraft had been lost")
_SAME_STEM = {"lost": "down", "lose": "down", "losi": "down"}


def _synonymous(a: Cluster, b: Cluster) -> bool:
    """One side's trigger is another word for a word of the other's ("lost" / "shot down")."""
    words_a, words_b = a.stems | _head_stems(a), b.stems | _head_stems(b)
    return any(_SAME_STEM.get(w) in words_b for w in words_a) or any(_SAME_STEM.get(w) in words_a for w in words_b)


def _same_happening(a: Cluster, b: Cluster) -> bool:
    """A denial answers a claim when they share a weapon system or a trigger word (or its synonym)."""
    if a.key[1] is not None and b.key[1] is not None:
        return a.key[1] == b.key[1]
    if a.stems & b.stems or _head_stems(a) & _head_stems(b):
        return True
    if a.key[0] == "ASSAULT" and _synonymous(a, b):
        return True
    return (a.key[1] is not None) != (b.key[1] is not None) and bool(a.actors & b.actors)


def _same_parties(a: Cluster, b: Cluster,
                  roles: Callable[[Cluster], tuple[frozenset[str], frozenset[str]]]) -> bool:
    """A denial answers a claim only about the same parties in the same roles: one who acted in both or
    one acted on in both ("X attacked Y" / "X denied attacking Y"). Two sides that share only a trigger
    word ("approved" in a poll, "did approve it" in an interview) are two happenings; so is a side that
    names no party, unless both name one weapon system (the system identifies the deal) or the act is
    a specific one (an attack: "fighters killed 14 civilians on Monday" / "the group denied killing
    civilians") pinned down by a day or a named target (see `_pinned`), which then still needs the
    two articles to tell one story. `roles`
    gives a cluster's doers and receivers."""
    if not (a.actors and b.actors):
        if a.key[1] is not None and a.key[1] == b.key[1]:
            return True
        if a.key[0].islower():  # PLOVER types are upper case, arms stages lower
            # a deal is known by its parties or its system: with neither on either side, "signed a
            # contract" and "decided not to sign any contracts" (or a traded futures contract) are two deals
            return bool(a.actors or b.actors) or a.key[1] is not None or b.key[1] is not None
        return a.key[0] in _SPECIFIC and _pinned(a, b, roles)
    if not (a.actors <= b.actors or b.actors <= a.actors):
        return False
    if a.key[0] in _MUTUAL or a.key[0].islower():
        return True  # meetings, agreements, deals: "X met Y" and "Y denied meeting X" have no roles to compare
    (a_doers, a_receivers), (b_doers, b_receivers) = roles(a), roles(b)
    if not (a_doers or a_receivers) or not (b_doers or b_receivers):
        return True
    # "X backs Y" is not answered by "Z would stop short of backing X": X is the backer in one, the backed in the other
    return bool(a_doers & b_doers or a_receivers & b_receivers)


def _pinned(a: Cluster, b: Cluster, roles: Callable[[Cluster], tuple[frozenset[str], frozenset[str]]]) -> bool:
    """A specific act one side tells without parties is known by its day or its named target: "shot
    down a Peruvian jet" / "denied any aircraft was lost", "killed 14 civilians on Monday" / "denied
    killing civilians"; "earlier clashes" and "avoiding a potential clash" pin down no act at all."""
    if a.date is not None and b.date is not None:
        return dates_compatible(a.date, b.date)
    return a.date is not None or b.date is not None or bool(roles(a)[1] or roles(b)[1])


def _roles(party: Callable[[str], str]) -> Callable[[Cluster], tuple[frozenset[str], frozenset[str]]]:
    """A cluster's parties by role (who acted, who was acted on) at the level clusters compare them."""

    def keys(ids: Iterable[str]) -> frozenset[str]:
        return frozenset(party(a) for a in ids if not a.startswith(("weapon:", "media:")))

    def of(c: Cluster) -> tuple[frozenset[str], frozenset[str]]:
        return (keys(a for m in c.mentions for a in m.source), keys(a for m in c.mentions for a in m.target))

    return of


def _same_story(a: Cluster, b: Cluster, doc_actors: dict[str, frozenset[str]],
                ties: dict[str, frozenset[str]] | None = None) -> bool:
    """A side that names no party is tied to the other by its articles: the named side's parties
    appear in them, or an article reports both, or (both unnamed) the two sides come from one article or articles that share a party.
    Two named sides in different articles also need those articles to share a party (of `ties`, each
    article's parties less the corpus's commonest) to tie them to one story: "France sold yen" (a currency
    report) and "France had not sold wheat to Colombia" (a grain report) share only a party named all
    over the corpus."""

    def context(c: Cluster, parties: dict[str, frozenset[str]]) -> frozenset[str]:
        return frozenset().union(*(parties.get(m.doc_id, frozenset()) for m in c.mentions))

    if a.actors and b.actors:
        if ties is None or {m.doc_id for m in a.mentions} & {m.doc_id for m in b.mentions}:
            return True
        return bool(context(a, ties) & context(b, ties))

    if a.actors or b.actors:
        named, bare = (a, b) if a.actors else (b, a)
        # an article that reports both sides ties them, however common its parties are in the run
        # (in a run that is one story, every party is "common" and would tie nothing)
        return bool(named.actors & context(bare, doc_actors)) \
            or bool({m.doc_id for m in a.mentions} & {m.doc_id for m in b.mentions})
    if {m.doc_id for m in a.mentions} & {m.doc_id for m in b.mentions}:
        return True
    return bool(context(a, doc_actors) & context(b, doc_actors))


def _head_stems(c: Cluster) -> set[str]:
    """First-word stems of a cluster's triggers ("send" of "send home" / "send back")."""
    return {words[0][:4] for m in c.mentions if (words := m.text.lower().split())}


def _refusal_from(d: Cluster) -> str | None:
    """The day a forward-looking denial holds from ("would not seek new sanctions", said on that day):
    every mention of it is dated ON_OR_AFTER by the events stage; else None. An undated refusal holds
    from PRESENT_REF, which sorts after every calendar date: it answers only plans and intentions."""
    days = {m.date.value.split("T")[0] for m in d.mentions if m.date is not None and m.date.mod == "ON_OR_AFTER"}
    if not days or any(m.date is None or m.date.mod != "ON_OR_AFTER" for m in d.mentions):
        return None
    return min(days)


def _after_refusal(cl: Cluster, day: str) -> bool:
    """Whether a claim can answer a refusal from `day` on: an act planned or intended, or one dated on
    or after that day (a promise broken); a past act, or an undated report of one, cannot."""
    if cl.status in ("planned", "intended"):
        return True
    value = (cl.date or "").split("T")[0]
    return bool(_DAY.fullmatch(value)) and value >= day


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

# A negation that looks ahead from the statement, right before the denied act the events stage left
# undated: "will not discount and cannot sell its oil", "does not expect the board meeting to ...",
# "expects no new talks". It tells what will not (or cannot) happen from then on, a stance or a forecast,
# not that an act reported before it never took place. Up to three words between ("does not expect Chile
# to sell"), none that opens a clause of its own ("would not say whether the army shelled"). "Sees no"
# is left out: "sees no sign of an attack" looks back.
_LOOKS_AHEAD = re.compile(
    r"(?:\b(?:will|would|shall|can)\s+not|\b(?:won|can|wouldn|shan)['’]t|\bcannot"
    r"|(?:\bnot|n['’]t)\s+(?:expect|anticipate|foresee|predict)|\b(?:expects?|anticipates?|foresees?|predicts?)\s+no)"
    r"(?:\s+(?!that\b|whether\b|if\b)[A-Za-z]+){0,3}\s+$"
)


def _ahead_by_wording(m: EventMention, texts: Mapping[str, str], published: Mapping[str, str]) -> str | None:
    """The day an undated denial whose own clause looks ahead (see `_LOOKS_AHEAD`) holds from: its
    article's day, else PRESENT_REF (after every calendar day); None when it does not look ahead."""
    text = texts.get(m.doc_id)
    if m.date is not None or text is None or text[m.start : m.end] != m.text:
        return None
    if not _LOOKS_AHEAD.search(text[max(m.sentence.start, m.start - 60) : m.start]):
        return None
    day = published.get(m.doc_id, "")[:10]
    return day if _DAY.fullmatch(day) else "PRESENT_REF"


# Wording right before a denied act that denies a plan or an intention rather than a past act: a modal
# or a plan word ("said it would not merge with", "denied that it would sign", "has no plans to visit",
# "ruled out a merger", "is not going to strike"). Up to three words between, none opening a clause of
# its own ("would not say whether it merged"). A past act denied ("did not sign", "failed to sign")
# tells what became of a plan, not that no one planned it.
_PLAN_WORDS = re.compile(
    r"(?:\b(?:will|would|shall|can)(?:n['’]t)?|\b(?:won['’]t|cannot|going\s+to)|['’]ll"
    r"|\b(?:plan(?:s|ned|ning)?\s+(?:to|for)|intend(?:s|ed|ing)?\s+to|intentions?\s+(?:to|of)|rul(?:e|es|ed|ing)\s+out))"
    r"(?:\s+(?!that\b|whether\b|if\b)[A-Za-z]+){0,3}\s+$"
)


# Wording right before a planned act that makes it someone's forecast or an option, not a plan: "many
# had expected the Fed to buy", "economists predicted a purchase", "reserves the right to seek control",
# "could sign". A refusal does not contradict a forecast of the act or an option kept open.
_NOT_A_PLAN = re.compile(
    r"\b(?:expect(?:s|ed|ing)?|predict(?:s|ed|ing)?|forecast(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)|foresees?"
    r"|right\s+to|could|may|might)(?:\s+[A-Za-z]+){0,3}\s+$"
)


def _clause_before(m: EventMention, texts: Mapping[str, str]) -> str | None:
    """Up to 60 characters of the mention's sentence right before its trigger; None without its text."""
    text = texts.get(m.doc_id)
    if text is None or text[m.start : m.end] != m.text:
        return None
    return text[max(m.sentence.start, m.start - 60) : m.start]


def _denies_plan(m: EventMention, texts: Mapping[str, str], refusal: str | None) -> bool:
    """A denial mention that answers a plan: a refusal the events stage dated from a day on (see
    `_refusal_from`) or one whose clause is worded as a plan denied (see `_PLAN_WORDS`). A negative
    forecast ("does not expect the meeting to ...") is no refusal of anyone's plan."""
    return refusal is not None or _worded_as_plan_denied(m, texts)


def _worded_as_plan_denied(m: EventMention, texts: Mapping[str, str]) -> bool:
    """Whether the words right before a denied act deny a plan (see `_PLAN_WORDS`)."""
    clause = _clause_before(m, texts)
    return clause is not None and bool(_PLAN_WORDS.search(clause))


def _refused_on(m: EventMention, texts: Mapping[str, str], published: Mapping[str, str]) -> str | None:
    """The day a plan refusal dated plainly holds from: a denial worded as a plan denied (see `_PLAN_WORDS`:
    "has no plans to sign", "ruled out signing", "does not intend to sign") dated to a day no later than its
    report is dated by the statement, and refuses the act from that day on; None otherwise."""
    day = (m.date.value if m.date is not None and m.date.mod is None else "").split("T")[0]
    reported = published.get(m.doc_id, "")[:10]
    if not (_DAY.fullmatch(day) and _DAY.fullmatch(reported)) or day > reported:
        return None
    return day if _worded_as_plan_denied(m, texts) else None


# The words of a party turning down what another offers or plans ("rejected", "turned down", "spurned").
_TURN_DOWN = re.compile(r"(?:reject|turn(?:s|ed|ing)?\s+down|refus|spurn|rebuff|decline)")


def _one_doer(plan: Cluster, denial: Cluster,
              roles: Callable[[Cluster], tuple[frozenset[str], frozenset[str]]]) -> bool:
    """A plan is its doer's: a refusal answers it only when both name a doer and share one ("Chile will
    sign" / "Chile said it would not sign"); for an act two parties do together, a party of either role
    ("Chile will sign with Peru" / "Peru denied it would sign with Chile")."""
    (p_doers, p_receivers), (d_doers, d_receivers) = roles(plan), roles(denial)
    if not (p_doers and d_doers):
        return False
    if plan.key[0] in _MUTUAL or plan.key[0].islower():
        return bool((p_doers | p_receivers) & (d_doers | d_receivers) & (p_doers | d_doers))
    return bool(p_doers & d_doers)


def _a_plan(m: EventMention, texts: Mapping[str, str]) -> bool:
    """A planned claim mention that tells a plan, not a forecast or an option (see `_NOT_A_PLAN`)."""
    clause = _clause_before(m, texts)
    return clause is None or not _NOT_A_PLAN.search(clause)


def _plan_in_time(plan: Cluster, denial: Cluster, ahead: str | None) -> bool:
    """A denial answers a plan only for the time the plan is for: a plan dated to a day before the
    refusal holds ("will sign on January 3" / said on January 10 "will not sign") had its day pass and
    tells a plan dropped or missed, not a plan denied; a denial dated plainly must share the plan's time."""
    p_day = (plan.date or "").split("T")[0]
    if not re.match(r"\d{4}", p_day):
        return True  # an undated plan, or one whose day the timex stage left unresolved
    if ahead is not None and _DAY.fullmatch(ahead):
        return p_day >= ahead or dates_compatible(p_day, ahead)
    d_day = (denial.date or "").split("T")[0]
    if ahead is None and re.match(r"\d{4}", d_day):
        return dates_compatible(p_day, d_day)
    return True


# What an act was done to: the first content words after its trigger, up to the end of the phrase. Function
# words and when-words are passed over; a new clause, an adjunct or punctuation ends the phrase.
_OBJECT_PASS = frozenset({
    "a", "an", "the", "any", "some", "no", "such", "more", "less", "all", "its", "their", "his", "her", "our",
    "these", "those", "this", "that", "to", "be", "been", "being", "was", "were", "is", "are", "had", "has",
    "have", "not", "also", "only", "again", "further", "new", "other", "own", "of", "back", "up", "out", "off",
    "last", "next", "early", "late", "today", "yesterday", "tomorrow", "now", "time", "night", "week", "month",
    "year", "it", "them", "him", "us", "each", "both", "either", "about", "around", "over", "many", "much",
})
_OBJECT_END = frozenset({
    "and", "or", "but", "because", "as", "when", "while", "if", "which", "who", "whom", "where", "after",
    "before", "since", "until", "without", "than", "said", "says", "would", "will", "could", "should", "might",
    "may", "can",
})
# a preposition right after the trigger leads to its object ("asked for maize", "agree on rules"); after
# the object it starts an adjunct ("agreed on rules at the talks")
_OBJECT_PREPS = frozenset({"with", "in", "on", "at", "for", "from", "by", "into", "under", "against", "between"})
_OBJECT_WORDS = 2
# the scale word of a figure ("an 11 billion dlrs award"): part of the count, not the object
_SCALE = frozenset({"hundred", "thousand", "million", "billion", "trillion", "mln", "bln"})
# an abbreviation ("U.S."), a word, a number with its currency or unit signs, or a punctuation mark
_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z][A-Za-z'-]*|[$€£]?\d[\d.,]*%?|[^\sA-Za-z\d]")


def _party_words(m: EventMention, names: Mapping[str, str], party: Callable[[str], str]) -> frozenset[str]:
    """The lowercased words of the names of the mention's parties (and of the countries they stand for)."""
    ids = {x for a in m.source + m.target for x in (a, party(a))}
    return frozenset(w.lower() for a in ids for w in _WORD.findall(names.get(a, "")))


def _object(m: EventMention, texts: Mapping[str, str], parties: frozenset[str] = frozenset()) -> frozenset[str] | None:
    """Stems of what the act was done to ("buy securities" → {"secur"}); empty when the text after the
    trigger names nothing, None when the mention's text is not at hand. The words of `parties` right after
    "with" or "between" are passed over: "sign the deal with Peru" and "sign the deal with Chile" of one joint
    act name its other party, which is compared as a party, not as what was signed."""
    text = texts.get(m.doc_id)
    if text is None or text[m.start : m.end] != m.text:
        return None
    out: list[str] = []
    partner = False  # inside "with Peru", "between Chile and Peru": the act's other party, not its object
    joined = False  # an "and" in it
    for w in _WORD.findall(text[m.end : min(m.sentence.end, m.end + 120)]):
        low = w.lower()
        if partner and (low in parties or low in ("and", "the")):
            joined = low == "and"
            continue
        if joined:
            break  # "with Peru and hold talks": the "and" joins a new clause, not a second party
        partner = not out and low in ("with", "between") and bool(parties)
        if w[0] in "$€£" or w[0].isdigit() or w.endswith(".") or (len(w) == 1 and w.isalpha()) or low in _SCALE:
            # "24 jets", "$2 billion of bonds", "U.S. bonds": a count or a modifier before the object; a lone
            # letter is an abbreviation the sentence splitter cut ("the U." of "the U.S. dollar")
            continue
        if not w[0].isalpha() or low in _OBJECT_END or (out and low in _OBJECT_PREPS):
            break
        if low in _OBJECT_PREPS or low in _OBJECT_PASS or low.endswith("day"):
            continue
        out.append(low[:5])
        if len(out) == _OBJECT_WORDS:
            break
    return frozenset(out)


_ACRONYM_SKIP = frozenset({"the", "of", "and", "for", "on", "in", "&"})


def _initials(name: str) -> str:
    """"The New York Stock Exchange" → "NYSE": its content words' first letters."""
    return "".join(w[0] for w in name.split() if w.lower() not in _ACRONYM_SKIP).upper()


def _same_voice(a: str | None, b: str | None) -> bool:
    """Two speaker names that are one voice: the same name, or one the acronym of the other ("NYSE" /
    "The New York Stock Exchange"), as one article names a body in full and then in short."""
    if a is None or b is None:
        return False
    a, b = a.split(" via ")[0].strip(), b.split(" via ")[0].strip()
    if a.lower() == b.lower():
        return True
    short, full = (a, b) if len(a) <= len(b) else (b, a)
    return short.isupper() and " " not in short and len(short) >= 2 and _initials(full) == short.replace(".", "")


def _two_voices(a: EventMention, b: EventMention, speakers: dict[tuple[str, str], str]) -> bool:
    """One article contradicts itself only in two speakers' words: otherwise an act it tells and one it
    denies are two acts ("the bank paid arrears from last year's auctions" / "had not paid firms since
    January"), or the denial is the writer's own framing ("did not deny that X had left")."""
    if a.doc_id != b.doc_id:
        return True
    if a.quote_id is None or b.quote_id is None:
        return False
    who_a, who_b = speakers.get((a.doc_id, a.quote_id)), speakers.get((b.doc_id, b.quote_id))
    return who_a is not None and who_b is not None and not _same_voice(who_a, who_b)


def _one_speaker(a: EventMention, b: EventMention, speakers: dict[tuple[str, str], str]) -> bool:
    """Both sides are one speaker's words (in two articles): what one party says it did and later says
    it will not do is its own change of course ("is seeking control" / "does not intend to seek control
    at this time"), not two sources disagreeing."""
    return (a.quote_id is not None and b.quote_id is not None
            and _same_voice(speakers.get((a.doc_id, a.quote_id)), speakers.get((b.doc_id, b.quote_id))))


def _voiced(m: EventMention, speakers: dict[tuple[str, str], str]) -> bool:
    """Someone stands behind the mention: a quoted speaker, or the party that did (or did not do) the
    act. A side that has neither is the writer's passing narration ("the U.S. promising to cut its
    deficit" in a background paragraph, "countries that do not buy more goods" in a bill's terms),
    which no one a reader could look up asserts or denies."""
    return (m.quote_id is not None and (m.doc_id, m.quote_id) in speakers) or any(
        not a.startswith(("weapon:", "media:")) for a in m.source)


def _other_moment(claim: Cluster, denial: Cluster, published: Mapping[str, str], narrated: bool = False) -> bool:
    """A denial of a time before the act: what had not happened then may have happened since, so the two
    tell one act at two moments, not a disagreement. The denial's date wholly before the claim's ("failed
    to agree the rules in January" / "agreed the rules on March 27"); a claim dated to a day after the
    denial's article was published; a denial of its own article's day ("has given no help so far today")
    against an undated report from an article of an earlier day. A denial dated after the claim may be
    dated by when it was made ("denied on Thursday that troops were sent home on Monday"): it stands,
    unless it is `narrated` (the writer's own words, no one's statement, no denying act) and dated plainly
    (no "by March"), when its date can only be the act's own: then any other date is another moment, and
    an undated report from an article published after the denial's whole period tells what came of it since
    ("the council failed to agree the rules in January", March 24 / "the council adjourned after agreeing
    the rules", March 27)."""
    c_day, d_day = (claim.date or "").split("T")[0], (denial.date or "").split("T")[0]
    own_date = narrated and all(m.date is None or not m.date.mod for m in denial.mentions)
    if claim.date is not None and denial.date is not None:
        return not dates_compatible(c_day, d_day) and (d_day < c_day or own_date)

    def issued(c: Cluster) -> str:
        return published.get(c.mentions[0].doc_id, "")[:10]

    def plain_day(c: Cluster, day: str) -> bool:
        return bool(_DAY.fullmatch(day)) and all(m.date is None or not m.date.mod for m in c.mentions)

    if own_date and claim.date is None and denial.date is not None and _DAY.fullmatch(issued(claim)) \
            and not dates_compatible(d_day, issued(claim)) and d_day < issued(claim):
        return True

    if claim.date is not None:
        return plain_day(claim, c_day) and bool(_DAY.fullmatch(issued(denial))) and issued(denial) < c_day
    if denial.date is not None and plain_day(denial, d_day) and d_day == issued(denial):
        return bool(_DAY.fullmatch(issued(claim))) and issued(claim) < d_day
    return False


# A negation right before a claimed act that the events stage left standing: "have still not been
# able to agree", "was not interested in settling", "have yet to fulfil": the act is not told as done.
# Up to three lower-case words between, none that opens a clause the negation does not reach
# ("did not deny that the army shelled", "not only agreed").
_NEGATED = re.compile(
    r"(?:\bnot|n't|\bnever|\bunable\s+to|\bfailed\s+to|\b(?:has|have|had|is|are|was|were)\s+(?:yet|still)\s+to)"
    r"(?:\s+(?!that\b|whether\b|if\b|only\b|den[yi])[a-z]+){0,3}\s+$"
)


def _negated(m: EventMention, texts: Mapping[str, str]) -> bool:
    """The claim mention's own clause negates it (see `_NEGATED`)."""
    text = texts.get(m.doc_id)
    if text is None or text[m.start : m.end] != m.text:
        return False
    return bool(_NEGATED.search(text[max(m.sentence.start, m.start - 60) : m.start]))


def _identified(a: Cluster, b: Cluster, roles: Callable[[Cluster], tuple[frozenset[str], frozenset[str]]]) -> bool:
    """Two mentions of which one names no object are one act only when something else pins it down:
    one day, one weapon system or one party acted on ("the OPEC meeting" last December and "no plans
    for an emergency OPEC meeting" share only a type and a party)."""
    if a.date is not None and b.date is not None and dates_compatible(a.date, b.date):
        return True
    if a.key[1] is not None and a.key[1] == b.key[1]:
        return True
    if a.key[0] in _MUTUAL or a.key[0].islower():
        # an act two parties do together is pinned down by both ("Chile will sign the deal with Peru" /
        # "Peru denied it would sign the deal with Chile"), whichever each side names as the doer
        (a_doers, a_receivers), (b_doers, b_receivers) = roles(a), roles(b)
        if len((a_doers | a_receivers) & (b_doers | b_receivers)) >= 2:
            return True
    return bool(roles(a)[1] & roles(b)[1])


def _mentions_of(c: Cluster) -> list[Cluster]:
    """Each mention of a cluster as a cluster of its own. A claim and a denial are compared mention by
    mention: a large cluster's union of parties and trigger words would pair a denial with any of its
    mentions ("sold" in a car-sales report and "agreed" in a currency accord, merged under one type,
    together seem to answer "not all bankers did agree")."""
    return [Cluster(c.key, actors, m.status, resolved(m.date), [m], {trigger_stem(m)}, [actors],
                    event_id=c.event_id)
            for m, actors in zip(c.mentions, c.keyed, strict=True)]


def _words(c: Cluster) -> set[str]:
    """The trigger stems a mention is indexed by, a synonym read as the word it stands for."""
    return {_SAME_STEM.get(w, w) for w in c.stems | _head_stems(c)}


def _index(claims: Iterable[Cluster]) -> dict[str, list[Cluster]]:
    """Claim mentions by what `_same_happening` can pair them on: a trigger word, a weapon system, and
    (for a side with a system against one without) a party."""
    index: dict[str, list[Cluster]] = defaultdict(list)
    for c in claims:
        for w in _words(c):
            index["w:" + w].append(c)
        if c.key[1] is not None:
            index["s:" + c.key[1]].append(c)
        for a in c.actors:
            index[("as:" if c.key[1] is not None else "an:") + a].append(c)
    return index


def _candidates(d: Cluster, index: dict[str, list[Cluster]]) -> list[Cluster]:
    """The claim mentions that may tell the happening denial mention `d` denies, in corpus order."""
    keys = ["w:" + w for w in sorted(_words(d))]
    if d.key[1] is not None:
        keys.append("s:" + d.key[1])
    keys += [("an:" if d.key[1] is not None else "as:") + a for a in sorted(d.actors)]
    seen: dict[int, Cluster] = {}
    for k in keys:
        for c in index.get(k, ()):
            seen.setdefault(id(c), c)
    return sorted(seen.values(), key=lambda c: (c.mentions[0].doc_id, c.mentions[0].start))[:_MAX_CLAIMS]


def contradictions(
    clusters: list[Cluster], mention_event: dict[tuple[str, int], str], rejects: dict[tuple[str, int, int], list[EventMention]],
    speakers: dict[tuple[str, str], str] | None = None, outlets: dict[str, str] | None = None,
    names: dict[str, str] | None = None, doc_actors: dict[str, frozenset[str]] | None = None,
    party: Callable[[str], str] = str, ties: dict[str, frozenset[str]] | None = None,
    texts: Mapping[str, str] | None = None, published: Mapping[str, str] | None = None,
) -> tuple[Contradiction, ...]:
    """Claim vs denial of one event (same block, same parties in the same roles, same happening, told by
    two sources); the note names each side's speaker and source. A claim mention and a denial mention
    are compared one to one (see `_mentions_of`), and only those that share a trigger word, system or
    party are compared at all, so the result does not depend on how many claims a type has.

    `doc_actors` (document → actor keys it mentions) ties a side that names no actors to the story:
    "the ministry denied that any agreement had been reached" answers only claims about parties its
    own article mentions, not every agreement in the corpus. `party` maps an actor id to the key
    clusters compare parties by (its country); `ties` (document → its parties less the corpus's
    commonest) ties two named sides in different articles to one story (see `_same_story`). With
    `texts` (document → its text), an act done to one thing does not answer the same act done to
    another: "buy securities" and "would not buy bills" (see `_object`). `published` (document → its
    publication day) keeps a day's denial from answering an undated report of an earlier day (see
    `_other_moment`), and dates a denial worded to look ahead ("cannot sell", "does not expect the
    meeting to") as a refusal from that day (see `_ahead_by_wording`). A planned act ("will sign the deal
    next week") is answered only by a denial of the plan, not of the act done ("would not sign", "ruled out
    signing"; not "did not sign"), made for the plan's time and by or about its doer (see `_denies_plan`,
    `_a_plan`, `_plan_in_time`, `_one_doer`)."""
    speakers = speakers or {}
    published = published or {}
    texts = texts or {}
    outlets = outlets or {}
    names = names or {}
    out: list[Contradiction] = []
    roles = _roles(party)
    # grouped by type/stage only: a denial often names the system the claim left out
    by_key: dict[str, list[Cluster]] = defaultdict(list)
    for c in clusters:
        by_key[c.key[0]].append(c)
    for key in sorted(by_key):
        group = by_key[key]
        denials = [c for c in group if c.status == "denied"]
        if not denials:
            continue
        index = _index(m for c in group if c.status != "denied" for m in _mentions_of(c)
                       if m.status in _CLAIM_STATUSES)
        order = {c.event_id: (i, c.status) for i, c in enumerate(group)}
        for d in denials:
            denial_id = d.event_id
            deniers: list[EventMention] = list(d.mentions)
            # the denying act itself ("X denied that ...") is the better denial record
            for m in d.mentions:
                for r in rejects.get((m.doc_id, m.sentence.start, m.sentence.end), []):
                    if r.start < m.start:
                        denial_id = mention_event[(r.doc_id, r.start)]
                        deniers = [r]
            # "Peru denied that any agreement had been reached": the denier is a party of what it denies
            denier_parties = frozenset(party(a) for r in deniers if r.type == "REJECT" for a in r.source)
            # the other party turning an offer down ("rejected the bid") answers it; "denied" contests a report
            turned_down = any(r.type == "REJECT" and _TURN_DOWN.match(r.text.lower()) for r in deniers)
            refusal = _refusal_from(d)
            denied_by = _side(deniers, speakers, outlets, names)
            voiced = any(_voiced(r, speakers) for r in deniers)  # "Peru denied that ..." voices the denial
            told: dict[str, list[EventMention]] = defaultdict(list)
            for dm in _mentions_of(d):
                what = _object(dm.mentions[0], texts, _party_words(dm.mentions[0], names, party))
                ahead = refusal if refusal is not None else _ahead_by_wording(dm.mentions[0], texts, published) \
                    or _refused_on(dm.mentions[0], texts, published)
                # the writer's own words: no speaker's, and no denying act before it in its sentence
                m0 = dm.mentions[0]
                narrated = m0.quote_id is None and not any(
                    r.start < m0.start for r in rejects.get((m0.doc_id, m0.sentence.start, m0.sentence.end), []))
                plan_denied = _denies_plan(m0, texts, refusal)
                since = m0.date is not None and m0.date.mod == "ON_OR_AFTER"
                for cl in _candidates(dm, index):
                    planned = cl.status in _PLAN_STATUSES
                    if plan_denied and not _one_doer(cl, dm, roles):
                        continue  # "the company has no plans to sell": only a report of its own doer's act
                    if turned_down and not denier_parties & roles(cl)[0] \
                            and denier_parties & roles(cl)[1]:
                        continue  # "USAir rejected TWA's offer to buy it": its answer to the plan, not a denial
                    if since and cl.status == "ongoing":
                        continue  # "has signed no contract since April" / "the contract is running": begun before
                    if ahead is not None and not _after_refusal(cl, ahead):
                        continue  # "will not seek sanctions" denies no earlier report that they were sought
                    if planned and not (plan_denied and _a_plan(cl.mentions[0], texts)
                                        and _plan_in_time(cl, dm, ahead) and _one_doer(cl, dm, roles)):
                        continue  # "plans to sign next week" / "did not sign": a plan not carried out
                    if not (_same_parties(cl, dm, roles) or (not dm.actors and cl.actors & denier_parties)):
                        continue
                    if not _same_happening(cl, dm):
                        continue
                    if doc_actors is not None and not _same_story(cl, dm, doc_actors, ties):
                        continue
                    if not _two_voices(cl.mentions[0], dm.mentions[0], speakers) \
                            or _one_speaker(cl.mentions[0], dm.mentions[0], speakers):
                        continue
                    if ahead is None and not planned and _other_moment(cl, dm, published, narrated):
                        continue
                    if _negated(cl.mentions[0], texts):
                        continue
                    if key not in _SPECIFIC and key.isupper() and not (_voiced(cl.mentions[0], speakers) and (
                            voiced or _voiced(dm.mentions[0], speakers))):
                        continue  # an attack or a deal stage is known by its day, target or parties instead
                    if what is not None and (other := _object(cl.mentions[0], texts, _party_words(cl.mentions[0], names, party))) is not None \
                            and not (what & other if what and other and key.isupper() else _identified(cl, dm, roles)):
                        # "bought securities" / "would not buy bills"; "an OPEC meeting" / "no meeting"; an
                        # arms-deal stage is one contract named two ways ("signed a contract to buy howitzers" /
                        # "signing the contract with X") when its day, system or buyer's counterpart agree
                        continue
                    if cl.mentions[0] not in told[cl.event_id]:
                        told[cl.event_id].append(cl.mentions[0])
            for claim_id in sorted(told, key=order.__getitem__):
                claimed_by = _side(told[claim_id], speakers, outlets, names)
                if claimed_by == denied_by:
                    continue  # one source in one article that tells it and denies it speaks of two things
                note = f"{key}: reported as {order[claim_id][1]} by {claimed_by}; denied by {denied_by}"
                out.append(Contradiction(claim_id, denial_id, note))
    return tuple(out)


def value_conflicts(groups: Iterable[tuple[str, list[Event]]]) -> tuple[Contradiction, ...]:
    """Two different values of one deal's money fact, each with its event."""
    out: list[Contradiction] = []
    for label, events in groups:
        valued = [e for e in events if e.value_usd is not None]
        for i, a in enumerate(valued):
            for b in valued[i + 1 : i + 4]:
                va, vb = a.value_usd or 0.0, b.value_usd or 0.0
                if abs(va - vb) > _VALUE_TOLERANCE * max(va, vb):
                    out.append(Contradiction(a.event_id, b.event_id,
                                             f"{label}: value_usd {va:.0f} vs {vb:.0f}"))
    return tuple(out)


def cluster_value_conflicts(clusters: list[Cluster]) -> tuple[Contradiction, ...]:
    """Mentions of one event that disagree on its value: the event contradicts itself."""
    out: list[Contradiction] = []
    for c in clusters:
        vals = sorted({(m.value_usd, m.doc_id) for m in c.mentions if m.value_usd is not None})
        if len(vals) < 2:
            continue
        lo, hi = vals[0], vals[-1]
        if hi[0] - lo[0] > _VALUE_TOLERANCE * hi[0]:
            out.append(Contradiction(c.event_id, c.event_id,
                                     f"value_usd {lo[0]:.0f} ({lo[1]}) vs {hi[0]:.0f} ({hi[1]})"))
    return tuple(out)
