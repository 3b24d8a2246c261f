"""Consistency checks for the gazetteer data files in pipeline/resources/.

These read the JSON directly (no loader) so they guard the data itself.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

ROOT = Path(__file__).resolve().parents[1]
RES = ROOT / "pipeline" / "resources"
GUIDELINES = ROOT / "gold" / "GUIDELINES.md"

COUNTRY_KEYS = {"code", "name", "official", "aliases", "demonyms", "status"}
CITY_KEYS = {"name", "country", "geonameid", "lat", "lon", "population", "capital", "aliases"}
REGION_KEYS = {"name", "aliases", "countries", "kind"}
ORG_KEYS = {"name", "acronyms", "aliases", "kind", "parent", "context_aliases"}
ORG_KINDS = {"igo", "organ", "ministry", "agency", "ngo", "group", "other"}
# Aliases allowed to keep a leading article (the name cannot drop it).
THE_ALLOWED = {"The Bahamas", "the Bahamas", "The Gambia", "the Gambia", "The Hague", "The Bronx"}


def load(name: str) -> dict:
    return json.loads((RES / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def countries() -> list[dict]:
    doc = load("countries.json")
    assert doc["schema"] == "communique.countries.v1"
    return doc["records"]


@pytest.fixture(scope="module")
def cities() -> list[dict]:
    doc = load("cities.json")
    assert doc["schema"] == "communique.cities.v1"
    return doc["records"]


@pytest.fixture(scope="module")
def regions() -> list[dict]:
    doc = load("regions.json")
    assert doc["schema"] == "communique.regions.v1"
    return doc["records"]


@pytest.fixture(scope="module")
def orgs() -> list[dict]:
    doc = load("organizations.json")
    assert doc["schema"] == "communique.organizations.v1"
    return doc["records"]


def fold(s: str) -> str:
    """Lookup key: apostrophes unified, accents stripped, spaces collapsed, casefolded."""
    s = unicodedata.normalize("NFKD", s.replace("\u2019", "'").replace("\u2018", "'"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return " ".join(s.split()).casefold()


def country_forms(countries: list[dict]) -> dict[str, str]:
    forms: dict[str, str] = {}
    for r in countries:
        for form in [r["name"], *r["aliases"]]:
            forms[fold(form)] = r["code"]
    return forms


@pytest.mark.parametrize(
    "fname", ["countries.json", "cities.json", "regions.json", "organizations.json"]
)
def test_file_shape(fname: str) -> None:
    doc = load(fname)
    assert set(doc) == {"schema", "source", "records"}
    assert isinstance(doc["source"], str) and doc["source"] and "\n" not in doc["source"]
    assert doc["records"]
    # ensure_ascii=False: no \u escapes for printable text
    assert "\\u00" not in (RES / fname).read_text(encoding="utf-8")


# --- countries --------------------------------------------------------------


def test_country_records(countries: list[dict]) -> None:
    codes = [r["code"] for r in countries]
    assert len(codes) == len(set(codes))
    assert codes == sorted(codes)
    for r in countries:
        assert set(r) == COUNTRY_KEYS, r["code"]
        assert r["status"] in {"member", "observer", "other", "historic"}
        assert r["name"] and r["official"]
        assert r["demonyms"], f"{r['code']} has no demonyms"
        assert r["name"] not in r["aliases"]
        assert len(r["aliases"]) == len(set(r["aliases"]))
        for a in r["aliases"]:
            assert a == a.strip() and a
            if a.lower().startswith("the "):
                assert a in THE_ALLOWED, (r["code"], a)


def test_country_codes_are_iso(countries: list[dict]) -> None:
    for r in countries:
        if r["code"] == "XKX":
            continue
        if r["status"] == "historic":
            # A state that no longer exists: ISO 3166-3 keeps its former code.
            assert pycountry.historic_countries.get(alpha_3=r["code"]) is not None, r["code"]
            continue
        assert pycountry.countries.get(alpha_3=r["code"]) is not None, r["code"]


def test_membership_counts(countries: list[dict]) -> None:
    status = defaultdict(list)
    for r in countries:
        status[r["status"]].append(r["code"])
    assert len(status["member"]) == 193
    assert sorted(status["observer"]) == ["PSE", "VAT"]
    # Cook Islands and Niue: states in free association with New Zealand that join
    # UN agencies and sign treaties in their own name.
    assert sorted(status["other"]) == ["COK", "NIU", "TWN", "XKX"]
    # Historical texts (1956, 1971, 1981, 1991 in the corpus) name the Soviet Union
    # and Yugoslavia.
    assert sorted(status["historic"]) == ["SUN", "YUG"]


def test_country_aliases_unambiguous(countries: list[dict]) -> None:
    seen: dict[str, str] = {}
    for r in countries:
        for form in {fold(f) for f in [r["name"], *r["aliases"]]}:
            assert seen.setdefault(form, r["code"]) == r["code"], (
                f"{form!r} maps to {seen[form]} and {r['code']}"
            )


def test_demonyms_are_not_place_names(countries: list[dict]) -> None:
    forms = country_forms(countries)
    for r in countries:
        for d in r["demonyms"]:
            assert fold(d) not in forms, (r["code"], d)


def test_key_country_forms(countries: list[dict]) -> None:
    forms = country_forms(countries)
    expected = {
        "U.S.": "USA",
        "United States of America": "USA",
        "UK": "GBR",
        "United Kingdom of Great Britain and Northern Ireland": "GBR",
        "Bolivia (Plurinational State of)": "BOL",
        "Venezuela (Bolivarian Republic of)": "VEN",
        "Côte d’Ivoire": "CIV",
        "Cote d'Ivoire": "CIV",
        "Turkey": "TUR",
        "Democratic People’s Republic of Korea": "PRK",
        "Republic of Korea": "KOR",
        "DRC": "COD",
        "Congo-Brazzaville": "COG",
        "St. Vincent and the Grenadines": "VCT",
        "Trinidad & Tobago": "TTO",
        "The Bahamas": "BHS",
        "Holy See": "VAT",
        "Palestine": "PSE",
        "Kosovo": "XKX",
        "Niue": "NIU",
        "Cook Islands": "COK",
    }
    for form, code in expected.items():
        assert forms.get(fold(form)) == code, form
    assert fold("America") not in forms


# --- cities -----------------------------------------------------------------


def test_city_records(cities: list[dict], countries: list[dict]) -> None:
    codes = {r["code"] for r in countries}
    ids = [r["geonameid"] for r in cities]
    assert len(ids) == len(set(ids))
    for r in cities:
        assert set(r) == CITY_KEYS, r["name"]
        assert r["country"] in codes, (r["name"], r["country"])
        assert isinstance(r["geonameid"], int) and r["geonameid"] > 0
        assert -90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180
        assert isinstance(r["population"], int) and r["population"] >= 0
        assert isinstance(r["capital"], bool)
        assert r["name"] not in r["aliases"]


def test_city_forms_do_not_collide(
    cities: list[dict], countries: list[dict], regions: list[dict]
) -> None:
    cforms = country_forms(countries)
    rforms = {fold(f) for r in regions for f in [r["name"], *r["aliases"]]}
    seen: dict[str, int] = {}
    for r in cities:
        for form in {fold(f) for f in [r["name"], *r["aliases"]]}:
            assert form not in cforms, (r["name"], form, cforms.get(form))
            assert form not in rforms, (r["name"], form)
            assert seen.setdefault(form, r["geonameid"]) == r["geonameid"], (
                f"city form {form!r} on two records"
            )


def test_key_cities(cities: list[dict]) -> None:
    by_form = {fold(f): r for r in cities for f in [r["name"], *r["aliases"]]}
    for form, (name, code) in {
        "Lima": ("Lima", "PER"),
        "Washington, D.C.": ("Washington", "USA"),
        "Bogota": ("Bogotá", "COL"),
        "Medellin": ("Medellín", "COL"),
        "Asunción": ("Asunción", "PRY"),
        "Fort Lauderdale": ("Fort Lauderdale", "USA"),
        "Geneva": ("Geneva", "CHE"),
        "The Hague": ("The Hague", "NLD"),
        "Port of Spain": ("Port of Spain", "TTO"),
        "Mexico City": ("Mexico City", "MEX"),
        "Panama City": ("Panama City", "PAN"),
    }.items():
        r = by_form.get(fold(form))
        assert r is not None, form
        assert (r["name"], r["country"]) == (name, code), form
    assert by_form[fold("Lima")]["capital"] is True


def test_capitals_cover_most_countries(cities: list[dict], countries: list[dict]) -> None:
    with_capital = {r["country"] for r in cities if r["capital"]}
    # A historical state's capital is today another state's (Moscow).
    missing = {r["code"] for r in countries if r["status"] != "historic"} - with_capital
    # City-states whose capital shares the country's name are covered by the country.
    assert missing <= {"DJI", "LUX", "MCO", "SGP", "SMR", "VAT", "MDV", "SYC"}, missing


# --- regions ----------------------------------------------------------------


def test_regions(regions: list[dict], countries: list[dict]) -> None:
    codes = {r["code"] for r in countries}
    cforms = country_forms(countries)
    names = [r["name"] for r in regions]
    assert len(names) == len(set(names))
    seen: dict[str, str] = {}
    for r in regions:
        assert set(r) == REGION_KEYS, r["name"]
        assert r["kind"] == "region", r["name"]
        assert set(r["countries"]) <= codes, (r["name"], set(r["countries"]) - codes)
        for form in {fold(f) for f in [r["name"], *r["aliases"]]}:
            assert not form.startswith("the "), (r["name"], form)
            assert form not in cforms, (r["name"], form)
            assert seen.setdefault(form, r["name"]) == r["name"], form
    by_name = {r["name"]: r for r in regions}
    for required in [
        "Americas",
        "Western Hemisphere",
        "Latin America",
        "Latin America and the Caribbean",
        "Caribbean",
        "Central America",
        "South America",
        "North America",
        "Southern Cone",
        "Europe",
        "Africa",
        "Middle East",
        "Asia-Pacific",
        "Indo-Pacific",
        "Sahel",
        "Balkans",
    ]:
        assert required in by_name, required
    assert len(by_name["Americas"]["countries"]) == 35
    # One-country records are sub-national units (states, provinces, oblasts,
    # territories): the pipeline takes the PLACE country code from them.
    for name in ["Florida", "Ontario", "Donetsk Oblast", "Puerto Rico"]:
        assert len(by_name[name]["countries"]) == 1, name


# --- organizations ----------------------------------------------------------


def test_org_records(orgs: list[dict]) -> None:
    names = [r["name"] for r in orgs]
    assert len(names) == len(set(names))
    for r in orgs:
        assert ORG_KEYS <= set(r) <= ORG_KEYS | {"canonical"}, r["name"]
        assert r["kind"] in ORG_KINDS, r["name"]
        assert r["parent"] == "" or r["parent"] in names, (r["name"], r["parent"])
        assert r["parent"] != r["name"]
        if r["context_aliases"]:
            assert r["parent"], f"{r['name']}: context aliases need a parent"


def test_org_acronyms_unique(orgs: list[dict]) -> None:
    seen: dict[str, str] = {}
    for r in orgs:
        for a in r["acronyms"]:
            assert seen.setdefault(a, r["name"]) == r["name"], f"{a} on {seen[a]} and {r['name']}"


def test_org_forms_unambiguous(orgs: list[dict], countries: list[dict]) -> None:
    """Names, aliases and acronyms point to one record; only context aliases are shared."""
    cforms = country_forms(countries)
    seen: dict[str, str] = {}
    for r in orgs:
        for form in {fold(f) for f in [r["name"], *r["aliases"], *r["acronyms"]]}:
            assert seen.setdefault(form, r["name"]) == r["name"], (
                f"{form!r} on {seen[form]} and {r['name']}"
            )
            assert form not in cforms, (r["name"], form)
    for r in orgs:
        for c in r["context_aliases"]:
            assert fold(c) not in seen, (r["name"], c)


def guideline_org_table() -> list[tuple[str, list[str]]]:
    text = GUIDELINES.read_text(encoding="utf-8")
    start = text.index("| canonical name | also written |")
    rows = []
    for line in text[start:].splitlines()[2:]:
        if not line.startswith("|"):
            break
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        variants = [v.strip() for v in cells[1].split(",") if v.strip()] if len(cells) > 1 else []
        rows.append((cells[0], variants))
    return rows


def test_guideline_org_table_present(orgs: list[dict]) -> None:
    rows = guideline_org_table()
    assert len(rows) >= 15
    by_name = {r["name"]: r for r in orgs}
    # Exactly the table's bodies are normalized to their canonical name everywhere.
    assert {r["name"] for r in orgs if r.get("canonical")} == {c for c, _ in rows}
    for canonical, variants in rows:
        assert canonical in by_name, canonical
        rec = by_name[canonical]
        forms = {fold(f) for f in [rec["name"], *rec["aliases"], *rec["acronyms"]]}
        ctx = {fold(c) for c in rec["context_aliases"]}
        for v in variants:
            v = re.sub(r"\s*\(in an? .* context\)$", "", v)
            assert fold(v) in forms or fold(v) in ctx, (canonical, v)


class TestOrgEntry:
    @pytest.mark.parametrize(
        ("text", "kind", "name"),
        [
            ("Arab Group", None, "Group of Arab States"),
            (
                "Organization of the Islamic Conference",
                "igo",
                "Organisation of Islamic Cooperation",
            ),
            ("OAS", "igo", "Organization of American States"),
            # A kind the record does not have, or a name outside the data: none.
            ("Arab Group", "igo", None),
            ("Friends of the Sahel", None, None),
            ("Canada", None, None),
        ],
    )
    def test_org_entry(self, text, kind, name):
        from pipeline.gazetteer import load_gazetteer

        entry = load_gazetteer().org_entry(text, kind=kind)
        assert (entry.name if entry is not None else None) == name
