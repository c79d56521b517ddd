"""Actors: gazetteer, metonymy, demonyms, acronyms, roles, anaphora, weapon designators."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from storyline.actors.gazetteer import COUNTRY_NAMES, lookup, slug
from storyline.actors.weapons import find_designators
from storyline.pipeline import make_doc
from storyline.records import ActorMention, Document


def test_gazetteer_country_forms_and_capitals() -> None:
    assert len(COUNTRY_NAMES) >= 190
    for form, iso in [("Republic of Korea", "KOR"), ("U.S.", "USA"), ("United States", "USA"),
                      ("USA", "USA"), ("America", "USA"), ("Britain", "GBR"), ("UK", "GBR"),
                      ("Russian Federation", "RUS"), ("Turkish", "TUR"), ("French", "FRA")]:
        hit = lookup(form)
        assert hit is not None and hit.entity_id == f"country:{iso}", form
    cap = lookup("Ankara")
    assert cap is not None and cap.kind == "capital" and cap.country == "TUR"
    assert lookup("Latin America") is not None and lookup("Latin America").type == "location"  # type: ignore[union-attr]


def test_gazetteer_agencies_media_and_transliterated_acronyms() -> None:
    a, b = lookup("FSMTC"), lookup("FSVTS")
    assert a is not None and b is not None and a.entity_id == b.entity_id and a.country == "RUS"
    assert lookup("Roscosmos") == lookup("Roskosmos")
    kremlin = lookup("Kremlin")
    assert kremlin is not None and kremlin.metonym and kremlin.country == "RUS"
    for name in ("Reuters", "AFP", "Xinhua", "TASS", "RIA Novosti", "Interfax", "Anadolu", "Yonhap", "Kyodo"):
        hit = lookup(name)
        assert hit is not None and hit.type == "media", name


def test_slug_folds_accents_for_stable_person_ids() -> None:
    assert slug("Gülşen Öztürk") == slug("Gulsen Ozturk") == "gulsen-ozturk"
    assert slug("Jean-Yves  Le Drian") == "jean-yves-le-drian"


def test_designators_vs_dates_and_ids() -> None:
    text = "It ordered K2 tanks and K-2s, an F-35A and Su-35 jets on 2019-10-05; COVID-19 and G20 aside."
    fams = [d.family for d in find_designators(text)]
    assert fams == ["k-2", "k-2", "f-35", "su-35"]
    assert find_designators("Report 2019-10 and Expo-2020 and ISO-9001") == []


def _actors(nlp: Any, text: str) -> tuple[ActorMention, ...]:
    sdoc = nlp(make_doc(nlp, Document(doc_id="t", text=text)))
    for m in sdoc._.actors:
        assert text[m.start : m.end] == m.text
    return tuple(sdoc._.actors)


def _at(ms: tuple[ActorMention, ...], text: str, nth: int = 0) -> ActorMention:
    hits = [m for m in ms if m.text == text]
    assert len(hits) > nth, (text, [(m.text, m.entity_id) for m in ms])
    return hits[nth]


@pytest.mark.slow
def test_capital_metonymy_vs_location_and_demonym(nlp: Any) -> None:
    ms = _actors(nlp, "Paris said on Monday it would send jets, and Canberra agreed. "
                      "Officials later met at a summit in Nairobi, where Ghanaian diplomats joined them.")
    paris = _at(ms, "Paris")
    assert paris.entity_id == "country:FRA" and paris.metonymy
    assert _at(ms, "Canberra").entity_id == "country:AUS"
    nairobi = _at(ms, "Nairobi")
    assert nairobi.type == "location" and not nairobi.metonymy
    assert _at(ms, "Ghanaian").entity_id == "country:GHA"


@pytest.mark.slow
def test_acronym_definition_and_possessive_country(nlp: Any) -> None:
    text = ("The Northern Fisheries Protection Authority (NFPA) seized two trawlers. "
            "The NFPA said more checks would follow. Chile's coastal patrol agency was not involved.")
    ms = _actors(nlp, text)
    full = _at(ms, "Northern Fisheries Protection Authority")
    assert _at(ms, "NFPA", 1).entity_id == full.entity_id
    agency = next(m for m in ms if m.text.endswith("patrol agency"))
    assert agency.country == "CHL" and agency.type == "organization"


@pytest.mark.slow
def test_roles_surnames_pronouns_and_role_nouns(nlp: Any) -> None:
    text = ("Marta Kowalczyk, director of the Polish Armament Agency, signed the order on Friday. "
            "Kowalczyk said the first vehicles would arrive in May. She did not give a price. "
            "Dutch Defence Minister Pieter de Graaf welcomed it. The minister said talks continue.")
    ms = _actors(nlp, text)
    marta = _at(ms, "Marta Kowalczyk")
    assert marta.entity_id == "person:marta-kowalczyk"
    assert marta.role == "director of the Polish Armament Agency"
    assert marta.affiliation == "org:armament-agency"
    assert _at(ms, "Kowalczyk").entity_id == marta.entity_id
    assert _at(ms, "She").entity_id == marta.entity_id
    pieter = next(m for m in ms if m.entity_id.endswith("de-graaf"))
    assert pieter.role is not None and "Minister" in pieter.role and pieter.affiliation == "country:NLD"
    assert _at(ms, "The minister").entity_id == pieter.entity_id


@pytest.mark.slow
def test_weapon_family_ids_merge_variants(nlp: Any) -> None:
    ms = _actors(nlp, "Warsaw ordered K2 Black Panther tanks in 2022; more K-2s and Patriot missile systems "
                      "followed, and the F-35A order stood.")
    ids = {m.text: m.entity_id for m in ms if m.type == "weapon_system"}
    assert ids["K2 Black Panther"] == ids["K-2s"] == "weapon:k-2"
    assert ids["Patriot"] == "weapon:patriot"
    assert ids["F-35A"] == "weapon:f-35"
    assert not any(m.text == "2022" for m in ms)


@pytest.mark.slow
def test_seed_entity_forms(nlp: Any, seeds_dir: Path) -> None:
    gold = yaml.safe_load((seeds_dir.parent / "gold" / "seeds.yaml").read_text(encoding="utf-8"))
    found: set[str] = set()
    for path in sorted(seeds_dir.glob("*.txt")):
        found |= {m.text for m in _actors(nlp, path.read_text(encoding="utf-8"))}
    forms = [f for e in gold["entities"] for f in e.get("forms", []) + e.get("names", [])]
    hit = [f for f in forms if f in found]
    assert len(hit) >= len(forms) - 2, sorted(set(forms) - set(hit))
