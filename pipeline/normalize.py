"""Normalization: a canonical value for every entity (``span._.norm`` and friends)."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import extensions  # noqa: F401
from .abbreviations import find_abbreviations
from .constants import METHOD_ACRONYM
from .dateline import parse_iso
from .dates import normalize_date
from .gazetteer import Entry, Gazetteer, alias_key, load_gazetteer
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


def resolve_context_org(entries: list[Entry], named_parents: list[str]) -> Entry:
    """Pick the organ an ambiguous name ("General Assembly") refers to.

    Args:
        entries: Candidate organs with ``context=True``.
        named_parents: Canonical names of the parent organizations named so far, in order.

    Returns:
        The organ whose parent was named last; else the first candidate.
    """
    for parent in reversed(named_parents):
        for entry in entries:
            if entry.parent == parent:
                return entry
    return entries[0]


class Normalizer:
    """Plain-function core of ``communique_normalizer``."""

    def __init__(self, gazetteer: Gazetteer, rules: EntityRules) -> None:
        self.gazetteer = gazetteer
        self.titles = sorted(
            (t.split() for t in rules.person_titles), key=lambda words: -len(words)
        )

    def __call__(self, doc: Doc) -> Doc:
        meta = doc._.meta or {}
        anchor = parse_iso(meta.get("published")) or parse_iso((doc._.dateline or {}).get("date"))
        acronyms = {short.text: long.text for long, short in find_abbreviations(doc)}
        doc._.acronyms = acronyms
        doc_countries = {
            e.code
            for ent in doc.ents
            if ent.label_ == "PLACE"
            for e in self.gazetteer.lookup(ent.text)[:1]
            if e.kind == "country"
        }
        named_parents: list[str] = []
        persons = [e for e in doc.ents if e.label_ == "PERSON"]
        for ent in doc.ents:
            if ent.label_ == "DATE":
                self._date(ent, anchor)
            elif ent.label_ == "PLACE":
                self._place(ent, doc_countries)
            elif ent.label_ == "ORG":
                self._org(ent, acronyms, named_parents)
            elif ent.label_ == "PERSON":
                self._person(ent, persons)
        return doc

    def _date(self, ent: Span, anchor: object) -> None:
        sent = ent.sent if ent.doc.has_annotation("SENT_START") else ent
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

    def _place(self, ent: Span, doc_countries: set[str]) -> None:
        entries = [e for e in self.gazetteer.lookup(ent.text) if e.label == "PLACE"]
        if not entries:
            ent._.norm = ent.text
            return
        entry = choose_place(entries, doc_countries)
        ent._.norm = entry.name
        ent._.kind = entry.kind
        ent._.country = entry.code
        if entry.geonameid is not None:
            ent._.geonameid = str(entry.geonameid)
            ent._.lat = f"{entry.lat:.5f}"
            ent._.lon = f"{entry.lon:.5f}"

    def _org(self, ent: Span, acronyms: dict[str, str], named_parents: list[str]) -> None:
        text = ent.text
        entries = [e for e in self.gazetteer.lookup(text) if e.label == "ORG"]
        if not entries and text in acronyms:
            entries = [e for e in self.gazetteer.lookup(acronyms[text]) if e.label == "ORG"]
            if not entries:
                ent._.norm = acronyms[text]
                ent._.method = ent._.method or METHOD_ACRONYM
                return
        if not entries:
            long = next((lf for sf, lf in acronyms.items() if alias_key(lf) == alias_key(text)), "")
            ent._.norm = long or text
            return
        entry = resolve_context_org(entries, named_parents) if entries[0].context else entries[0]
        ent._.norm = entry.name
        ent._.kind = entry.kind
        if not entry.parent:
            named_parents.append(entry.name)
        else:
            named_parents.append(entry.parent)

    def _person(self, ent: Span, persons: list[Span]) -> None:
        last = ent[-1].text
        fullest = max(
            (p for p in persons if p[-1].text == last and ent.text in p.text),
            key=len,
            default=ent,
        )
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

    def __init__(self, nlp: Language, name: str, *, data_dir: str = "") -> None:
        self.nlp = nlp
        self.name = name
        self.data_dir = data_dir
        self._load()

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
    """Create the normalizer component.

    Args:
        nlp: The pipeline.
        name: Component name.
        data_dir: Folder with the data files; "" for the packaged ones.

    Returns:
        The component.
    """
    return NormalizerComponent(nlp, name, data_dir=data_dir)
