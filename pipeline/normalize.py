"""Normalization: a canonical value for every entity (``span._.norm`` and friends)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import extensions  # noqa: F401
from .abbreviations import find_abbreviations
from .constants import METHOD_ACRONYM, is_session_code
from .dateline import parse_iso
from .dates import normalize_date
from .gazetteer import (
    Entry,
    Gazetteer,
    alias_key,
    country_geonameids,
    geonames_index,
    load_gazetteer,
)
from .resources import EntityRules, load_model_file
from .serialize import ResourceComponent

_FUTURE_CUES = frozenset({"will", "shall", "'ll", "next", "upcoming", "tomorrow"})


def choose_place(entries: list[Entry], doc_countries: set[str]) -> Entry:
    """Break ties between places sharing a name.

    Countries beat regions and cities; among cities, one in a country the
    document names wins, then the most populous.

    Args:
        entries: Candidates, best first by kind and population.
        doc_countries: ISO3 codes of the countries named in the document.

    Returns:
        The chosen entry.
    """
    places = [e for e in entries if e.label == "PLACE"]
    if not places:
        return entries[0]
    if places[0].kind != "city":
        return places[0]
    in_doc = [e for e in places if e.code in doc_countries]
    return (in_doc or places)[0]


def resolve_context_org(
    entries: list[Entry], named_parents: list[str], doc_parents: Sequence[str] = ()
) -> Entry:
    """Pick the organ an ambiguous name ("General Assembly") refers to.

    Args:
        entries: Candidate organs with ``context=True``.
        named_parents: Canonical names of the parent organizations named so far, in order.
        doc_parents: Parents named anywhere in the document, in order, for a name
            that comes before any of them (a headline).

    Returns:
        The organ whose parent was named last; else the one whose parent the
        document names first; else the first candidate.
    """
    for parent in [*reversed(named_parents), *doc_parents]:
        for entry in entries:
            if entry.parent == parent:
                return entry
    return entries[0]


class Normalizer:
    """Plain-function core of ``communique_normalizer``."""

    def __init__(self, gazetteer: Gazetteer, rules: EntityRules) -> None:
        self.gazetteer = gazetteer
        self.region_words = set(rules.region_words)
        self.region_suffixes = list(rules.region_suffixes)
        self.titles = sorted(
            (t.split() for t in rules.person_titles), key=lambda words: -len(words)
        )
        self.treaty_bodies = [
            (body, re.compile(rf"\b{re.escape(cue)}\b"))
            for body, cues in rules.treaty_bodies.items()
            for cue in cues
        ]

    def __call__(self, doc: Doc) -> Doc:
        meta = doc._.meta or {}
        anchor = parse_iso(meta.get("published")) or parse_iso((doc._.dateline or {}).get("date"))
        acronyms = {short.text: long.text for long, short in find_abbreviations(doc)}
        doc._.acronyms = acronyms
        # spaCy rebuilds doc.ents on every access: read them once.
        ents = doc.ents
        doc_countries = {
            e.code
            for ent in ents
            if ent.label_ == "PLACE"
            for e in self.gazetteer.lookup(ent.text)[:1]
            if e.kind == "country"
        }
        persons = [e for e in ents if e.label_ == "PERSON"]
        has_sents = doc.has_annotation("SENT_START")
        for ent in ents:
            if ent.label_ == "DATE":
                self._date(ent, anchor, has_sents)
            elif ent.label_ == "PLACE":
                self._place(ent, doc_countries)
            elif ent.label_ == "PERSON":
                self._person(ent, persons)
        self._orgs([e for e in ents if e.label_ == "ORG"], acronyms, self._treaty_body(doc))
        return doc

    def _treaty_body(self, doc: Doc) -> str:
        # The convention the document names first ("CITES", "the Basel
        # Convention"): its Conference of the Parties is the one meant.
        text = doc.text  # Doc.text joins every token on each access: read it once.
        found = [(m.start(), body) for body, cue in self.treaty_bodies if (m := cue.search(text))]
        return min(found)[1] if found else ""

    def _date(self, ent: Span, anchor: object, has_sents: bool) -> None:
        sent = ent.sent if has_sents else ent
        future = any(t.lower_ in _FUTURE_CUES for t in sent)
        value = normalize_date([t.text for t in ent], anchor, future=future)
        if value is None:
            ent._.norm = ""
            return
        ent._.norm = value.norm
        ent._.date_start = value.start
        ent._.date_end = value.end
        ent._.precision = value.precision
        ent._.year_inferred = "true" if value.year_inferred else "false"

    def _before_region_word(self, ent: Span) -> bool:
        doc = ent.doc
        for token in doc[ent.end : min(len(doc), ent.end + 8)]:
            if token.lower_ in self.region_words:
                return True
            if token.is_sent_start or token.text in {".", ";", ":"}:
                return False
        return False

    def _place(self, ent: Span, doc_countries: set[str]) -> None:
        entries = [e for e in self.gazetteer.lookup(ent.text) if e.label == "PLACE"]
        if self._before_region_word(ent):
            # "the Donetsk and Luhansk regions": the oblasts, not the cities.
            for suffix in self.region_suffixes:
                regional = [
                    e for e in self.gazetteer.lookup(f"{ent.text} {suffix}") if e.kind == "region"
                ]
                if regional:
                    entries = regional
                    break
        if not entries:
            # Not in the curated gazetteer: any GeoNames city of that name.
            entries = geonames_index().get(alias_key(ent.text), [])
        if not entries:
            ent._.norm = ent.text
            return
        entry = choose_place(entries, doc_countries)
        ent._.norm = entry.name
        ent._.kind = entry.kind
        ent._.country = entry.code
        if entry.kind == "country" and entry.code in country_geonameids():
            # Countries get their GeoNames id; a point would misrepresent them, so no lat/lon.
            ent._.geonameid = str(country_geonameids()[entry.code])
        if entry.geonameid is not None:
            ent._.geonameid = str(entry.geonameid)
            ent._.lat = f"{entry.lat:.5f}"
            ent._.lon = f"{entry.lon:.5f}"

    def _org_entry(self, text: str, acronyms: dict[str, str]) -> Entry | None:
        entry = self.gazetteer.org_entry(text)
        if entry is None and text in acronyms:
            entry = self.gazetteer.org_entry(acronyms[text])
        return entry

    def _leading_org(self, text: str) -> Entry | None:
        # The longest known organization the name starts with ("United Nations
        # Meetings Coverage" -> United Nations), never the whole name.
        words = text.split()
        for n in range(len(words) - 1, 0, -1):
            entry = self.gazetteer.org_entry(" ".join(words[:n]))
            if entry is not None and not entry.context:
                return entry
        return None

    def _orgs(self, ents: list[Span], acronyms: dict[str, str], treaty_body: str = "") -> None:
        # Parents named anywhere in the document, for a "General Assembly" before any of them.
        found = [(ent, self._org_entry(ent.text, acronyms)) for ent in ents]
        # What each name says of its parents: its own entry, or for a name with
        # none the longest known one it starts with ("United Nations Meetings
        # Coverage and Press Releases", a publisher, names the United Nations).
        contexts = [e if e is not None else self._leading_org(ent.text) for ent, e in found]
        # "United Nations General Assembly" names the United Nations as well.
        doc_parents = [
            name
            for e in contexts
            if e is not None and not e.context
            for name in (e.name, e.parent)
            if name
        ]
        named_parents: list[str] = []
        for (ent, entry), context in zip(found, contexts, strict=True):
            if treaty_body and (
                alias_key(ent.text) == "conference of the parties" or is_session_code(ent.text)
            ):
                # "the 17th meeting of the Conference of the Parties (CoP17)" of a
                # CITES release is the CITES COP (gold/GUIDELINES.md, batches 42-47).
                ent._.norm, ent._.kind = treaty_body, "organ"
                continue
            if entry is not None and entry.context:
                candidates = [e for e in self.gazetteer.lookup(ent.text) if e.label == "ORG"]
                entry = resolve_context_org(candidates, named_parents, doc_parents)
                context = entry
            if context is not None:
                # "the IAEA ... the Board of Governors": an agency is the parent of
                # its organs, and its own parent (the UN) of theirs.
                named_parents += [p for p in (context.parent, context.name) if p]
            if entry is None:
                long = acronyms.get(ent.text)
                ent._.norm = long or ent.text
                if long:
                    ent._.method = ent._.method or METHOD_ACRONYM
                continue
            ent._.kind = entry.kind
            ent._.norm = entry.name

    def _person(self, ent: Span, persons: list[Span]) -> None:
        words = [t.text for t in ent]
        n = len(words)

        def contains(p: Span) -> bool:
            texts = [t.text for t in p]
            return any(texts[i : i + n] == words for i in range(len(texts) - n + 1))

        fullest = max((p for p in persons if contains(p)), key=len, default=ent)
        ent._.norm = fullest.text
        doc = ent.doc
        for words in self.titles:
            n = len(words)
            if ent.start >= n and [t.text for t in doc[ent.start - n : ent.start]] == words:
                ent._.title = " ".join(words)
                break


class NormalizerComponent(ResourceComponent):
    """spaCy component ``communique_normalizer``."""

    files = ("countries", "cities", "regions", "organizations", "entity_rules")

    def _load(self) -> None:
        directory = Path(self.data_dir) if self.data_dir else None
        rules = load_model_file("entity_rules", EntityRules, directory)
        self.normalizer = Normalizer(load_gazetteer(self.data_dir), rules)

    def __call__(self, doc: Doc) -> Doc:
        return self.normalizer(doc)


@Language.factory(
    "communique_normalizer",
    assigns=["span._.norm", "span._.kind", "span._.country", "doc._.acronyms"],
    requires=["doc.ents"],
    default_config={"data_dir": ""},
)
def make_normalizer(nlp: Language, name: str, *, data_dir: str) -> NormalizerComponent:
    """Create the component; ``data_dir`` is "" for the packaged rule files."""
    return NormalizerComponent(nlp, name, data_dir=data_dir)
