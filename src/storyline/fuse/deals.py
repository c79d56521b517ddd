"""Arms-transfer register rows (SIPRI-like) from fused events with an arms stage.

Direction is read per mention: the source of an offer, contract, delivery or technology transfer
is the supplier; the source of an order (buy/purchase), a payment or a test launch is the
recipient. Events that name only one party join the deal with that party and the same system.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from storyline.fuse.common import CountryMap, most_common, resolved, stable_id, system_family
from storyline.fuse.coref import Cluster
from storyline.records import Deal, Delivery, Document, Event

_RECIPIENT_LED = frozenset({"order", "pay", "test"})
_FOLLOW_ON_STAGES = frozenset({"contract", "order", "negotiate"})
_PROSPECTIVE = frozenset({"possible", "intended", "planned"})
_COMPLETED = re.compile(
    r"(?i)\b(?:fulfill?(?:ed|s)?|complet(?:ed|es|ion)|finished|all\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:elements|units|systems|batteries|divisions|squadrons|aircraft|items|components|deliveries|of))\b"
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
    for c in arms:
        sup_c, rec_c = _directions(c, countries)
        sup = _top(sup_c)
        rec = _top(rec_c, exclude=sup)
        fam = system_family(events[c.event_id].system)
        if sup and rec:
            full[(sup, rec, fam)].append(c)
        elif sup or rec:
            partial.append((c, sup, rec))
    # one-party events join the unique deal with that party (and that system, when named)
    for c, sup, rec in partial:
        fam = system_family(events[c.event_id].system)
        fits = [k for k in full if (sup is None or k[0] == sup) and (rec is None or k[1] == rec)
                and (fam is None or k[2] == fam)]
        if len(fits) == 1:
            full[fits[0]].append(c)
    out: list[Deal] = []
    for (sup, rec, fam), cs in sorted(full.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] or "")):
        evs = sorted((events[c.event_id] for c in cs), key=lambda e: e.event_id)
        systems = {e.system for e in evs if e.system}
        stage_evs: dict[str, list[Event]] = defaultdict(list)
        for e in evs:
            stage_evs[e.arms_stage or ""].append(e)
        if set(stage_evs) <= _PROPOSAL:
            continue  # offered or under negotiation only: no transfer to register (SIPRI keeps orders)
        main = [e for e in stage_evs["contract"] + stage_evs["order"] if e.status == "happened"]
        qty_src = [e for e in main if e.quantity is not None] or [e for e in evs if e.quantity is not None]
        qty = Counter(e.quantity for e in qty_src).most_common(1)[0][0] if qty_src else None
        units = Counter(e.unit for e in evs if e.unit and e.quantity == qty)
        main_units = {e.unit for e in main}
        unit_list = [u for u, _ in sorted(units.items(), key=lambda kv: (kv[0] not in main_units, -kv[1], kv[0]))]
        unit = None if not unit_list else unit_list[0] + (f" ({', '.join(unit_list[1:])})" if unit_list[1:] else "")
        vals = Counter(e.value_usd for e in evs if e.value_usd is not None)
        ordered = _ordered(cs)
        deliveries = [e for e in stage_evs["deliver"] if e.status == "happened"]
        first = min((d for e in deliveries if (d := resolved(e.date)) is not None), default=None)
        completed = None
        for e in deliveries:
            d = resolved(e.date)
            if d is not None and any(_COMPLETED.search(_sentence(docs, m.doc_id, m.start)) for m in e.mentions):
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
                deal_id=stable_id("deal", [sup_id, rec_id, fam or ""]),
                supplier=sup_id,
                recipient=rec_id,
                system=most_common(e.system for e in evs),
                category=_category(systems, docs, system_spans),
                quantity=qty,
                unit=unit,
                value_usd=vals.most_common(1)[0][0] if vals else None,
                ordered=ordered,
                delivered=Delivery(first, completed),
                paid_by=paid,
                tested=tested,
                follow_on=follow,
                events=tuple(e.event_id for e in evs),
                sources=tuple(sorted({s for e in evs for s in e.sources})),
            )
        )
    return tuple(out)


# Verb forms that report the signing or placing of an order itself (not "the contract", "the deal").
_SIGNING = re.compile(r"(?i)\b(sign|signs|signed|signing|ink|inks|inked|conclud\w*|order|orders|ordered|"
                      r"bought|buys|buy|purchased|purchases|acquired|acquires|procured)\b")


def _ordered(cs: list[Cluster]) -> str | None:
    """When the deal was signed/ordered: the earliest date of a *signing* mention that happened.

    A mention that only names the contract ("under the contract, in June 2019 ...") dates some
    other act. A signing mention without a date (an undated article, "signed this month") makes
    the order date "unresolved" rather than borrowed from elsewhere."""
    signing = [m for c in cs for m in c.mentions
               if m.arms_stage in ("contract", "order") and m.status == "happened" and _SIGNING.search(m.text)]
    if not signing:
        return None
    dated = sorted(d for m in signing if (d := resolved(m.date)) is not None)
    return dated[0] if dated else "unresolved"


def _sentence(docs: dict[str, Document], doc_id: str, pos: int) -> str:
    """The text around a trigger up to sentence punctuation (enough to see "all" / "fulfilled")."""
    doc = docs.get(doc_id)
    if doc is None:
        return ""
    text = doc.text
    lo = max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos)) + 1
    hi = text.find(".", pos)
    return text[lo : hi if hi >= 0 else len(text)]
