"""Arms-transfer register rows (SIPRI-like) from fused events with an arms stage.

Direction is read per mention: the source of an offer, contract, delivery or technology transfer
is the supplier; the source of an order (buy/purchase), a payment or a test launch is the
recipient. Events that name only one party join the deal with that party and the same system.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from storyline.events.arms import USD_PER, counts, money_amounts, money_values
from storyline.events.lexicon import NUMBER_WORDS
from storyline.fuse.common import CountryMap, most_common, resolved, stable_id, system_family
from storyline.fuse.coref import Cluster
from storyline.records import Deal, Delivery, Discrepancy, Document, Event, EventMention, Figure

_F = TypeVar("_F", int, float)
_RECIPIENT_LED = frozenset({"order", "pay", "test"})
_FOLLOW_ON_STAGES = frozenset({"contract", "order", "negotiate"})
_PROSPECTIVE = frozenset({"possible", "intended", "planned"})
# Stages that follow an order: without parties they can still be placed by their article's one deal
# (a partyless plan to buy could be a new order as well as the reported one)
_AFTER_ORDER = frozenset({"deliver", "pay", "test"})
_HYPOTHETICAL = frozenset({"possible", "intended", "denied"})
_COMPLETED = re.compile(
    r"(?i)\b(?:fulfill?(?:ed|s)?|complet(?:ed|es|ion)|finished|all\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:elements|units|systems|batteries|divisions|squadrons|aircraft|items|components|deliveries|of)"
    # "all 24 howitzers were delivered", "the last four ships arrived", "the final batch"
    r"|all\s+(?:the\s+)?(?:\d[\d,]*|" + "|".join(w for w in NUMBER_WORDS if len(w) > 2) + r")"
    r"|the\s+(?:last|final)(?!\s+(?:year|month|week|time|decade|quarter)\b))\b"
)
# Weapon category from the words that follow a system's name ("S-xxx air defense systems").
_CATEGORIES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?i)surface-to-air|air[- ]defen[cs]e|anti-aircraft|\bSAM\b"), "surface-to-air missile system"),
    (re.compile(r"(?i)anti-ship"), "anti-ship missile"),
    (re.compile(r"(?i)ballistic"), "ballistic missile"),
    (re.compile(r"(?i)cruise missile"), "cruise missile"),
    (re.compile(r"(?i)fighter|bomber|combat aircraft|\bjets?\b"), "combat aircraft"),
    (re.compile(r"(?i)helicopter"), "helicopter"),
    (re.compile(r"(?i)\b(?:drone|UAV|unmanned)"), "unmanned aerial vehicle"),
    (re.compile(r"(?i)submarine"), "submarine"),
    (re.compile(r"(?i)frigate|corvette|destroyer|warship"), "ship"),
    (re.compile(r"(?i)\btanks?\b"), "tank"),
    (re.compile(r"(?i)howitzer|artillery"), "artillery"),
    (re.compile(r"(?i)missile"), "missile"),
)
_WINDOW = 60


def _directions(c: Cluster, countries: CountryMap) -> tuple[Counter[str], Counter[str]]:
    sup: Counter[str] = Counter()
    rec: Counter[str] = Counter()
    for m in c.mentions:
        src = [countries.country(a) for a in m.source]
        tgt = [countries.country(a) for a in m.target]
        first, second = (rec, sup) if m.arms_stage in _RECIPIENT_LED else (sup, rec)
        first.update(x for x in src if x)
        second.update(x for x in tgt if x)
    return sup, rec


def _top(c: Counter[str], exclude: str | None = None) -> str | None:
    items = [(k, v) for k, v in c.items() if k != exclude]
    if not items:
        return None
    return min(items, key=lambda kv: (-kv[1], kv[0]))[0]


def _category(systems: set[str], docs: dict[str, Document], actor_spans: dict[str, list[tuple[str, int]]]) -> str | None:
    votes: Counter[str] = Counter()
    for sysid in systems:
        for doc_id, end in actor_spans.get(sysid, []):
            doc = docs.get(doc_id)
            if doc is None:
                continue
            window = doc.text[end : end + _WINDOW].split(".")[0]
            for rx, name in _CATEGORIES:
                if rx.search(window):
                    votes[name] += 1
                    break
    return _top(votes)


# Stages that propose a transfer without ordering, delivering or paying for anything: alone they
# make no register row (their events stay in events.jsonl).
_PROPOSAL = frozenset({"offer", "negotiate"})


def build_deals(
    clusters: list[Cluster],
    events: dict[str, Event],
    countries: CountryMap,
    docs: dict[str, Document],
    system_spans: dict[str, list[tuple[str, int]]],
) -> tuple[Deal, ...]:
    """Group arms events by (supplier, recipient, system family) into register rows."""
    arms = [c for c in clusters if events[c.event_id].arms_stage is not None]
    full: dict[tuple[str, str, str | None], list[Cluster]] = defaultdict(list)
    partial: list[tuple[Cluster, str | None, str | None]] = []
    partyless: list[Cluster] = []
    for c in arms:
        sup_c, rec_c = _directions(c, countries)
        sup = _top(sup_c)
        rec = _top(rec_c, exclude=sup)
        fam = system_family(events[c.event_id].system)
        if sup and rec:
            full[(sup, rec, fam)].append(c)
        elif sup or rec:
            partial.append((c, sup, rec))
        elif events[c.event_id].arms_stage in _AFTER_ORDER:
            partyless.append(c)
    # events that name both parties but no system ("Chile to buy four frigates from Spain") join the
    # one deal between those parties that names its system; with several, they stay their own row
    for key in [k for k in full if k[2] is None]:
        named = [k for k in full if k[:2] == key[:2] and k[2] is not None]
        if not named:
            # "Portugal signs deal with Korean maker" names no direction (the signer reads as the
            # supplier): the one deal the other way round between the two, with its system, is it
            named = [k for k in full if k[:2] == key[1::-1] and k[2] is not None]
        if len(named) == 1:
            full[named[0]].extend(full.pop(key))
    # one-party events join the unique deal with that party (and that system, when named)
    for c, sup, rec in partial:
        fam = system_family(events[c.event_id].system)
        fits = [k for k in full if (sup is None or k[0] == sup) and (rec is None or k[1] == rec)
                and (fam is None or k[2] == fam)]
        if len(fits) == 1:
            full[fits[0]].append(c)
    # deliveries, payments and tests that name no party ("The first ship will be delivered in 2029",
    # "Deliveries begin in 2028") belong to the deal their own articles report: an article that reports that one deal and no other
    # arms event vouches for it ("an earlier contract … the first six of those jets arrived" is another
    # deal's), and no article of the event may report a second deal
    in_deal = {id(c): k for k, cs in full.items() for c in cs}
    bare = {id(c) for c in partyless}
    doc_deals: dict[str, set[tuple[str, str, str | None] | None]] = defaultdict(set)
    for c in arms:
        if id(c) not in bare:
            for m in c.mentions:
                doc_deals[m.doc_id].add(in_deal.get(id(c)))
    doc_systems: dict[str, set[str]] = defaultdict(set)
    for sysid, spans in system_spans.items():
        if (sys_fam := system_family(sysid)) is not None:
            for doc_id, _ in spans:
                doc_systems[doc_id].add(sys_fam)
    for c in partyless:
        fam = system_family(events[c.event_id].system)
        doc_ids = {m.doc_id for m in c.mentions}
        told = [doc_deals.get(d, set()) for d in doc_ids]
        vouched = {k for t in told if len(t) == 1 for k in t if k is not None}
        reported = {k for t in told for k in t if k is not None}
        k = next(iter(vouched)) if len(vouched) == 1 and reported == vouched else None
        if k is None and not reported:
            # "the finance ministry released the first payment" in an article that reports no deal of its
            # own but names one system: the one deal of that system is the payment's
            fams = set.intersection(*(doc_systems.get(d, set()) for d in doc_ids))
            keys = [key for key in full if key[2] is not None and key[2] in fams]
            k = keys[0] if len(fams) == 1 and len(keys) == 1 else None
        if k is not None and (fam is None or k[2] in (fam, None)):
            full[k].append(c)
    rows: list[tuple[str, str, str | None, str | None, list[Cluster]]] = []
    for (sup, rec, fam), cs in sorted(full.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] or "")):
        rows.extend((sup, rec, fam, year, part) for year, part in _split_orders(cs, docs))
    # articles that tell of one register row only: what they say "the deal is worth" is that row's value
    doc_rows: dict[str, set[int]] = defaultdict(set)
    row_of = {id(c): i for i, row in enumerate(rows) for c in row[4]}
    for c in arms:
        e = events[c.event_id]
        if id(c) not in row_of and not (e.source_actors or e.target_actors or e.system):
            continue  # "the contract" naming no party or system tells of no other deal
        for m in c.mentions:
            doc_rows[m.doc_id].add(row_of.get(id(c), -1))
    out: list[Deal] = []
    for i, (sup, rec, fam, year, cs) in enumerate(rows):
        ordered = _ordered(cs, docs)
        # "Kenya first received three TB2s in 2023" beside a 2026 order: what was delivered, paid or tested
        # before the order was signed belongs to an earlier one
        cs = [c for c in cs if not _before_order(events[c.event_id], ordered)]
        evs = sorted((events[c.event_id] for c in cs), key=lambda e: e.event_id)
        systems = {e.system for e in evs if e.system}
        stage_evs: dict[str, list[Event]] = defaultdict(list)
        for e in evs:
            stage_evs[e.arms_stage or ""].append(e)
        if set(stage_evs) <= _PROPOSAL:
            continue  # offered or under negotiation only: no transfer to register (SIPRI keeps orders)
        if all(e.status in _HYPOTHETICAL for e in evs):
            continue  # "if X wants to receive Y", "denied buying Y": no transfer is reported at all
        main = [e for e in stage_evs["contract"] + stage_evs["order"] if e.status == "happened"]
        qty_src = [e for e in main if e.quantity is not None] or [e for e in evs if e.quantity is not None]
        qty = _reported_most([e.quantity for e in qty_src], qty_src, cs, lambda m: m.quantity)
        units = Counter(e.unit for e in evs if e.unit and e.quantity == qty)
        main_units = {e.unit for e in main}
        unit_list = [u for u, _ in sorted(units.items(), key=lambda kv: (kv[0] not in main_units, -kv[1], kv[0]))]
        unit = None if not unit_list else unit_list[0] + (f" ({', '.join(unit_list[1:])})" if unit_list[1:] else "")
        priced = [e for e in evs if e.value_usd is not None and not instalment(e, docs)]
        value = _reported_most([e.value_usd for e in priced], priced, cs, lambda m: m.value_usd)
        own_docs = sorted(d for d, rs in doc_rows.items() if rs == {i} and d in docs)
        stated = [f for d in own_docs for f in stated_values(docs[d])]
        if value is None and stated:
            # "The package, including training and spares, is worth about $1.4 billion": no event carries it
            by_docs = Counter(f.value for f in {(f.doc_id, f.value): f for f in stated}.values())
            value = min(by_docs, key=lambda v: (-by_docs[v], v))
        deliveries = [e for e in stage_evs["deliver"] if e.status == "happened"]
        first = min((d for e in deliveries if (d := resolved(e.date)) is not None), default=None)
        completed = None
        for e in deliveries:
            d = resolved(e.date)
            if d is not None and any(_COMPLETED.search(_clause(docs, m.doc_id, m.start)) for m in e.mentions):
                completed = d if completed is None or d < completed else completed
        paid = min((d for e in stage_evs["pay"] if e.status == "happened" and (d := resolved(e.date))), default=None)
        tested = min((d for e in stage_evs["test"] if e.status == "happened" and (d := resolved(e.date))), default=None)
        follow = tuple(
            e.event_id for e in evs
            if e.arms_stage in _FOLLOW_ON_STAGES and (
                e.status in _PROSPECTIVE or (e.arms_stage == "negotiate" and e.status == "ongoing"))
        )
        sup_id, rec_id = countries.entity_for(sup), countries.entity_for(rec)
        out.append(
            Deal(
                deal_id=stable_id("deal", [sup_id, rec_id, fam or ""] + ([year] if year else [])),
                supplier=sup_id,
                recipient=rec_id,
                system=most_common(e.system for e in evs),
                category=_category(systems, docs, system_spans),
                quantity=qty,
                unit=unit,
                value_usd=value,
                ordered=ordered,
                delivered=Delivery(first, completed),
                paid_by=paid,
                tested=tested,
                follow_on=follow,
                events=tuple(e.event_id for e in evs),
                sources=tuple(sorted({s for e in evs for s in e.sources})),
                discrepancies=_discrepancies([c for c in cs if c.event_id not in follow], docs,
                                            unit_list[0] if unit_list else None, stated),
            )
        )
    return tuple(out)


def _reported_most(figures: list[_F | None], evs: list[Event], cs: list[Cluster],
                   own: Callable[[EventMention], _F | None]) -> _F | None:
    """The figure (`figures`: one per event of `evs`) most reports give: two outlets' "two frigates"
    outweigh one's "four", however the reports fell into events. Ties: the figure most events give,
    then the first."""
    by_events = Counter(f for f in figures if f is not None)
    ids = {e.event_id for e in evs}
    docs_for: dict[_F, set[str]] = defaultdict(set)
    for c in cs:
        if c.event_id in ids:
            for m in c.mentions:
                if (f := own(m)) is not None:
                    docs_for[f].add(m.doc_id)
    order = [q for q, _ in by_events.most_common()]
    return min(order, key=lambda q: (-len(docs_for.get(q, ())), -by_events[q], order.index(q)), default=None)


# Verb forms that report the signing or placing of an order itself (not "the contract", "the deal").
_SIGNING = re.compile(r"(?i)\b(sign|signs|signed|signing|ink|inks|inked|conclud\w*|agree|agrees|agreed|order|orders|ordered|"
                      r"bought|buys|buy|purchased|purchases|acquired|acquires|procured)\b")


# words before "order" that make it the noun ("Brazil's jet order", "the order"), not the verb ("Chile orders")
_BEFORE_NOUN = re.compile(r"(?i)(?:\b(?:a|an|the|its|their|his|her|our|this|that|first|new|arms)|['’]s)\s+$")


def _noun_order(w: re.Match[str], m: EventMention, doc: Document | None) -> bool:
    """Whether a signing word of a trigger is the noun "order(s)": a headline's "X's jet order costs
    more" tells of the order, not of its placing that day."""
    if w.group(1).lower() not in ("order", "orders"):
        return False
    if _SIGNING_VERB.search(m.text[: w.start()]):
        return False  # "placed an order": the order's placing
    if m.text[: w.start()].strip():
        return True  # "jet order", "artillery order": a noun with its modifiers
    return doc is not None and bool(_BEFORE_NOUN.search(doc.text[max(0, m.start - 20) : m.start]))


def _signing(m: EventMention, docs: dict[str, Document]) -> bool:
    """A mention that reports the signing or placing of an order: its trigger is a signing verb, or
    one stands just before it in its sentence ("has signed a $10 billion agreement", where the
    trigger is the noun because the verb is far from it)."""
    if m.arms_stage not in ("contract", "order") or m.status != "happened":
        return False
    doc = docs.get(m.doc_id)
    if any(not _noun_order(w, m, doc) for w in _SIGNING.finditer(m.text)):
        return True
    if doc is None:
        return False
    before = doc.text[max(m.sentence.start, m.start - _SIGN_WINDOW) : m.start]
    return bool(_SIGNING_VERB.search(before)) and not re.search(r"[,;:]", before)


def _order_year(c: Cluster, docs: dict[str, Document], standing: bool = False) -> str | None:
    """The year a cluster reports an order being placed or signed, if it does (`standing`: the year of
    a report that tells of it in the perfect, "has ordered", dated only by its own day)."""
    years = sorted(d[:4] for m in c.mentions
                   if _signing(m, docs) and (d := resolved(m.date)) is not None
                   and _standing_order(m, d, docs) == standing)
    return years[0] if years else None


# "has ordered", "had already signed": the perfect tells of an order that stands, not one placed that day
_PERFECT = re.compile(r"(?i)\b(?:has|have|had|'s|'d)\s+(?:(?:already|now|since|previously|earlier)\s+)?$")
# words that make a perfect-aspect order a new one ("has ordered 12 more", "has signed a second contract")
_NEW_ORDER = re.compile(r"(?i)\b(?:more|additional|another|further|second|third|new|extra|fresh|follow-on|repeat)\b")


def _standing_order(m: EventMention, day: str, docs: dict[str, Document]) -> bool:
    """An order told in the perfect and dated only by the day of its report ("Norway has ordered up to
    30 tanks, a spokesman said on Tuesday" in Tuesday's paper): the report's day is not when it was
    placed, so it dates no order of its own (and does not split one deal into two register rows)."""
    doc = docs.get(m.doc_id)
    if doc is None or doc.published.value.split("T")[0] != day.split("T")[0]:
        return False
    before = doc.text[max(m.sentence.start, m.start - _SIGN_WINDOW) : m.start]
    sentence = doc.text[m.sentence.start : m.sentence.end]
    return bool(_PERFECT.search(before)) and not _NEW_ORDER.search(sentence)


_INSTALMENT = re.compile(r"(?i)\b(?:instal?lments?|advance|tranches?|deposit|down[- ]?payment)\b")


def instalment(e: Event, docs: dict[str, Document]) -> bool:
    """A payment of part of a deal ("will pay a first instalment of $300 million", "paid a 30 percent
    advance"): its sum is not the deal's value, unlike "paid $120 million for the drones"."""
    if e.arms_stage != "pay":
        return False
    return any(_INSTALMENT.search(_sentence(docs, m.doc_id, m.start)) for m in e.mentions)


_CALENDAR = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _before_order(e: Event, ordered: str | None) -> bool:
    """A delivery, payment or test that happened wholly before the order date ("2023" before "2026-07")."""
    d = resolved(e.date)
    if e.arms_stage not in _AFTER_ORDER or e.status != "happened" or d is None or ordered is None \
            or ordered == "unresolved":
        return False
    d, o = d.split("T")[0], ordered.split("T")[0]
    if not (_CALENDAR.fullmatch(d) and _CALENDAR.fullmatch(o)):
        return False  # weeks, quarters, seasons do not compare as strings
    return d < o and not o.startswith(d) and not d.startswith(o)


def _years_apart(earlier: str, later: str) -> int | None:
    return int(later) - int(earlier) if earlier.isdigit() and later.isdigit() else None


def _split_orders(cs: list[Cluster], docs: dict[str, Document]) -> list[tuple[str | None, list[Cluster]]]:
    """One register row per order: the same buyer ordering the same kind of weapon from the same
    supplier in 2020 and again in 2025 made two deals. Each other event joins the latest order
    placed by its own year (deliveries follow orders); undated ones join the latest order."""
    firm = {y for c in cs if (y := _order_year(c, docs)) is not None}
    told = {y for c in cs if (y := _order_year(c, docs, standing=True)) is not None}
    # "Norway has ordered up to 30 K2 tanks, a spokesman said on Tuesday" tells of the order placed that
    # year or the year before, when there is one; years later, or with none, it is an order of its own
    years = sorted(firm | {y for y in told if not any(_years_apart(f, y) in (0, 1) for f in firm)})
    if len(years) < 2:
        return [(None, cs)]
    parts: dict[str, list[Cluster]] = {y: [] for y in years}
    for c in cs:
        own = _order_year(c, docs)
        if own is None and (s := _order_year(c, docs, standing=True)) in years:
            own = s
        if own is None:
            d = c.date[:4] if c.date else None
            own = max((y for y in years if d is None or y <= d), default=years[0])
        parts[own].append(c)
    return [(y if y != years[0] else None, parts[y]) for y in years]


# a signing verb in the words just before a deal noun ("signed a $10 billion agreement")
_SIGNING_VERB = re.compile(r"(?i)\b(signed|signs|inked|inks|concluded|concludes|placed|places)\b")
_SIGN_WINDOW = 40


def _ordered(cs: list[Cluster], docs: dict[str, Document]) -> str | None:
    """When the deal was signed/ordered: the date of a *signing* mention that happened which most
    reports agree on (ties: the most precise, then the earliest).

    A mention that only names the contract ("under the contract, in June 2019 ...") dates some
    other act. A signing mention without a date (an undated article, "signed this month") makes
    the order date "unresolved" rather than borrowed from elsewhere."""
    dated: list[tuple[str, set[str]]] = []  # per event: its signing date, the reports that tell of it
    undated = False
    for c in cs:
        signing = [m for m in c.mentions if _signing(m, docs)]
        days = sorted((d for m in signing if (d := resolved(m.date)) is not None), key=lambda d: (-len(d), d))
        if days:
            dated.append((days[0], {m.doc_id for m in signing}))
        undated |= bool(signing) and not days
    if not dated:
        return "unresolved" if undated else None

    def support(d: str) -> int:
        # reports of a signing whose date agrees with `d` ("2019" agrees with "2019-06-12")
        return len(set().union(*(docs_ for e, docs_ in dated if e.startswith(d) or d.startswith(e))))

    # the date most reports agree on (a signing that one outlet reported, and the others date later or
    # deny, should not date the deal), then the most precise, then the earliest
    return min((d for d, _ in dated), key=lambda d: (-support(d), -len(d), d))


# where one clause of a sentence ends and the next begins ("two more jets arrived in May, and all 36
# were delivered by June": only the second clause tells of the last delivery)
_CLAUSE_BREAK = re.compile(r"(?i),\s+(?:and|but|while|whereas|though|although)\s+|;\s+")


def _clause(docs: dict[str, Document], doc_id: str, pos: int) -> str:
    """The clause of the sentence around a trigger at `pos` (`_sentence` cut at clause breaks)."""
    doc = docs.get(doc_id)
    if doc is None:
        return ""
    lo, hi = _sentence_bounds(doc.text, pos)
    sentence = doc.text[lo:hi]
    at = pos - lo
    breaks = list(_CLAUSE_BREAK.finditer(sentence))
    start = max((b.end() for b in breaks if b.end() <= at), default=0)
    end = min((b.start() for b in breaks if b.start() >= at), default=len(sentence))
    return sentence[start:end]


def _sentence(docs: dict[str, Document], doc_id: str, pos: int) -> str:
    """The text around a trigger up to sentence punctuation (enough to see "all" / "fulfilled")."""
    doc = docs.get(doc_id)
    if doc is None:
        return ""
    lo, hi = _sentence_bounds(doc.text, pos)
    return doc.text[lo:hi]


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """From the last full stop or line break before `pos` to the next full stop (or the end)."""
    lo = max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos)) + 1
    hi = text.find(".", pos)
    return lo, hi if hi >= 0 else len(text)


_VALUE_TOLERANCE = 0.05  # two values within 5% are one figure, rounded differently ("$1.2bn", "$1.19bn")
_NEAR = 300  # how far around a clause a figure carried over from a neighbouring clause is looked for


def _evidence(m: EventMention, docs: dict[str, Document], fact: str, value: float) -> Figure:
    """The words that give a mention's figure ("$1.5 billion", "up to 30"): the occurrence nearest its
    trigger in its clause, else near it; the trigger itself when the text shows none."""
    doc = docs.get(m.doc_id)
    if doc is not None:
        for lo, hi in ((m.sentence.start, m.sentence.end),
                       (max(0, m.sentence.start - _NEAR), min(len(doc.text), m.sentence.end + _NEAR))):
            chunk = doc.text[lo:hi]
            found = money_values(chunk) if fact == "value_usd" else counts(chunk)
            hits = [(lo + a, lo + b) for a, b, v in found if abs(v - value) <= 0.005 * max(abs(value), 1.0)]
            if hits:
                a, b = min(hits, key=lambda ab: abs(ab[0] - m.start))
                return Figure(value, m.doc_id, a, b, doc.text[a:b])
    return Figure(value, m.doc_id, m.start, m.end, m.text)


def _same_sums(figures: list[Figure]) -> list[Figure]:
    """One sum written alike ("395 million euros") is one dollar figure in every report: the
    equivalent one report gives ("(about $414 million)") over the fixed rate another's is read at."""
    written = {f: (amounts[0][3], amounts[0][4]) for f in figures
               if len(amounts := money_amounts(f.text)) == 1 and amounts[0][3] != "USD"}
    given: dict[tuple[str, float], float] = {}
    for f, (cur, amount) in written.items():
        if abs(f.value - round(amount * USD_PER[cur], 2)) > 0.01:
            given.setdefault((cur, amount), f.value)
    return [replace(f, value=given.get(written[f], f.value)) if f in written else f for f in figures]


def _distinct(figures: list[Figure], tolerance: float) -> list[list[Figure]]:
    """Figures grouped into the values they give (within `tolerance` of the group's first)."""
    groups: list[list[Figure]] = []
    for f in sorted(figures, key=lambda f: (f.value, f.doc_id, f.start)):
        if groups and f.value - groups[-1][0].value <= tolerance * max(abs(f.value), 1.0):
            groups[-1].append(f)
        else:
            groups.append([f])
    return groups


def _unit_key(unit: str | None) -> str:
    """A count's unit compared across reports: "howitzers" and "howitzer" agree."""
    return (unit or "").lower().removesuffix("s")


def _discrepancies(cs: list[Cluster], docs: dict[str, Document], unit: str | None,
                   stated: list[Figure]) -> tuple[Discrepancy, ...]:
    """Figures of one deal that its reports disagree on, each with its document and offsets.

    Values: every report of the deal's worth, its events' and what its own articles say it is worth
    (`stated`); an instalment is part of it, not a rival figure, and the caller leaves out follow-on
    plans. Quantities: only what was ordered or contracted, counted in the deal's unit (4 batteries
    and 36 launchers may be one order); deliveries in batches count parts of the order, and planned
    or possible purchases may be follow-ons."""
    figures: dict[str, list[Figure]] = {"value_usd": [], "quantity": []}
    main = _unit_key(unit)
    for c in cs:
        for m in c.mentions:
            if m.status in _HYPOTHETICAL:
                continue
            if m.value_usd is not None and not (m.arms_stage == "pay" and _INSTALMENT.search(
                    _sentence(docs, m.doc_id, m.start))):
                figures["value_usd"].append(_evidence(m, docs, "value_usd", m.value_usd))
            if (m.quantity is not None and m.arms_stage in ("contract", "order") and m.status not in _PROSPECTIVE
                    and (not main or _unit_key(m.unit) in ("", main))):
                figures["quantity"].append(_evidence(m, docs, "quantity", float(m.quantity)))
    seen = {(f.doc_id, f.start) for f in figures["value_usd"]}
    figures["value_usd"] = _same_sums(figures["value_usd"] + [f for f in stated if (f.doc_id, f.start) not in seen])
    out: list[Discrepancy] = []
    for fact, tolerance in (("value_usd", _VALUE_TOLERANCE), ("quantity", 0.0)):
        groups = _distinct(figures[fact], tolerance)
        if len(groups) < 2:
            continue
        # one figure per report and value: a headline and its lead giving the same sum are one report
        shown: dict[tuple[str, float], Figure] = {}
        for g in groups:
            for f in g:
                shown.setdefault((f.doc_id, g[0].value), f)
        out.append(Discrepancy(fact, tuple(shown.values())))
    return tuple(out)


_DEAL_NOUN = r"(?:deal|contract|package|agreement|order|purchase|sale)"
_NO_SENTENCE_END = r"(?:(?!\.\s)[^!?\n])"
# "The package, including training and spares, is worth about $1.4 billion", "the contract was valued at",
# "put the value of the package at 3.5 billion euros", "the price of the contract was revised to $1.35 billion"
_VALUE_STATEMENT = re.compile(
    r"(?i)\b(?:(?:the|this|that|a|an)\s+(?:[\w-]+\s+){0,2}?" + _DEAL_NOUN + r"\b" + _NO_SENTENCE_END
    + r"{0,60}?\b(?:worth|valued|priced|costs?|costing)\b"
    r"|(?:value|price|cost)\s+of\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?" + _DEAL_NOUN + r"\b)"
)
# a sum said of some other deal ("follows a separate $300 million contract", "an earlier order worth")
_OTHER_DEAL = re.compile(r"(?i)\b(?:earlier|previous|prior|separate|former|last\s+year's)\s+(?:[\w-]+\s+){0,2}?"
                         + _DEAL_NOUN + r"\b")
_STATED_GAP = 40  # how far after "worth" / "value of the deal" its sum may stand


def stated_values(doc: Document) -> list[Figure]:
    """What an article says a deal is worth outside any event's clause ("The package, including
    training and spares, is worth about $1.4 billion"). Instalments, further orders and other deals
    are not its value ("an advance worth $300 million", "a second contract worth ...", "an earlier
    contract worth ...")."""
    out: list[Figure] = []
    text = doc.text
    for m in _VALUE_STATEMENT.finditer(text):
        stop = text.find(". ", m.end())
        tail = text[m.end() : min(len(text), m.end() + 2 * _STATED_GAP, stop if stop >= 0 else len(text))]
        found = [(a, b, v) for a, b, v in money_values(tail) if a <= _STATED_GAP]
        if not found:
            continue
        lo = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        sentence = text[lo : m.end() + len(tail)]
        if _INSTALMENT.search(sentence) or _NEW_ORDER.search(sentence) or _OTHER_DEAL.search(sentence):
            continue
        a, b, v = found[0]
        out.append(Figure(v, doc.doc_id, m.end() + a, m.end() + b, tail[a:b]))
    return out
