"""Datelines ("WASHINGTON:", "Lima, 4 November 2021 (TDI):") and the speaking government."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401
from .dates import normalize_date
from .gazetteer import Gazetteer, alias_key, load_gazetteer
from .resources import load_records
from .serialize import ResourceComponent

# A dateline opens a line near the top: PLACE[, DATE][ (AGENCY)] then ":" or a dash.
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-zÀ-ÿ.'’ ]{1,40}?)"
    r"(?:,\s*(?P<date>[A-Za-z0-9., ]{3,40}?))?"
    r"\s*(?:\((?P<agency>[^)\n]{1,40})\))?"
    r"\s*(?::|–|—|-{1,2})(?=\s)",
    re.MULTILINE,
)
_HEAD_LINES = 8
# Words that make a publisher a government body (its country then speaks as "we").
GOVERNMENT_BODY_WORDS = frozenset(
    {
        "ministry",
        "mission",
        "embassy",
        "department",
        "government",
        "minister",
        "president",
        "presidency",
        "secretaría",
        "cancillería",
        "chancellery",
        "delegation",
        "consulate",
        "office",
    }
)


@dataclass
class Dateline:
    """A parsed dateline. Offsets are character offsets, end-exclusive."""

    place: str
    place_code: str
    date: str
    agency: str
    start: int
    end: int
    agency_start: int = 0
    agency_end: int = 0


def parse_dateline(
    text: str,
    gazetteer: Gazetteer,
    tokenize: Callable[[str], list[str]],
    anchor: date | None = None,
) -> Dateline | None:
    """Find and parse the dateline in the first lines of a text.

    Args:
        text: The document text.
        gazetteer: Resolves the place to a canonical name and ISO3 code.
        tokenize: Splits the date part into token texts.
        anchor: Publication date, for a dateline date without a year.

    Returns:
        The dateline, or None when the text has none.
    """
    head_end = 0
    for _ in range(_HEAD_LINES):
        nxt = text.find("\n", head_end)
        if nxt < 0:
            head_end = len(text)
            break
        head_end = nxt + 1
    for match in _DATELINE.finditer(text, 0, head_end):
        place = match.group("place").strip()
        # A dateline names a city, a country or the UN; "Latin America:" opens a headline.
        entries = [e for e in gazetteer.lookup(place) if e.kind in {"city", "country", "igo"}]
        if not entries and not (place.isupper() and len(place) > 2):
            continue
        if not entries and place.isupper():
            # An all-caps word alone on a line is a heading, not a dateline.
            line_end = text.find("\n", match.end())
            if line_end == match.end():
                continue
        code = entries[0].code if entries else ""
        name = entries[0].name if entries else place.title()
        iso = ""
        raw_date = match.group("date")
        if raw_date:
            # "MEDELLIN, Colombia, June 28": a country may sit between place and date.
            parts = raw_date.split(",")
            for k in range(len(parts)):
                value = normalize_date(tokenize(",".join(parts[k:]).strip()), anchor)
                if value is not None:
                    iso = value.norm
                    break
        return Dateline(
            place=name,
            place_code=code,
            date=iso,
            agency=(match.group("agency") or "").strip(),
            start=match.start(),
            end=match.end(),
            agency_start=match.start("agency") if match.group("agency") else 0,
            agency_end=match.end("agency") if match.group("agency") else 0,
        )
    return None


def author_code(
    meta: dict,
    dateline: Dateline | None,
    publishers: dict[str, str],
    gazetteer: Gazetteer,
    speaks_as_we: bool = True,
) -> str:
    """ISO3 of the government that speaks as "we", or "" when unknown.

    An explicit ``author_code`` in the metadata wins; then a publisher known to
    speak for a government, or a government body naming one country ("Ministry
    of Foreign Affairs of Japan", "UK Mission to the United Nations"); then,
    unless an intergovernmental organization publishes it, a dateline at a
    national capital with no news agency in it (a government release datelined
    from its capital).

    Args:
        meta: Document metadata.
        dateline: The parsed dateline, if any.
        publishers: Publisher alias key to ISO3.
        gazetteer: For capital-city checks.
        speaks_as_we: Whether the text uses "we"/"our" (a capital dateline counts then only).

    Returns:
        The ISO3 code or "".
    """
    if meta.get("author_code"):
        return str(meta["author_code"])
    publisher = meta.get("publisher") or ""
    code = publishers.get(alias_key(publisher)) or government_publisher(publisher, gazetteer)
    if code:
        return code
    if publishes_for_organization(publisher, gazetteer):
        return ""
    # A capital dateline tells who speaks only when someone speaks as "we": a wire
    # datelined WASHINGTON reports, a reposted fact sheet speaks.
    if (
        dateline
        and not dateline.agency
        and speaks_as_we
        and (dateline.place, dateline.place_code) in gazetteer.capitals
    ):
        return dateline.place_code
    return ""


_WORDS = re.compile(r"[\w.’'-]+")


def government_publisher(publisher: str, gazetteer: Gazetteer) -> str:
    """ISO3 of the one country a government body's name mentions, else "".

    Args:
        publisher: The publisher as given in the metadata.
        gazetteer: Country names, aliases and demonyms.

    Returns:
        The code, or "" when the publisher is not a government body or names no
        country or several.
    """
    words = _WORDS.findall(publisher)
    if not GOVERNMENT_BODY_WORDS & {w.casefold() for w in words}:
        return ""
    words = _without_organizations(words, gazetteer)
    codes = set()
    for size in range(1, 6):
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i : i + size])
            codes.update(e.code for e in gazetteer.lookup(phrase) if e.kind == "country")
            demonym = gazetteer.demonym_country(phrase)
            if demonym:
                codes.add(demonym)
    return codes.pop() if len(codes) == 1 else ""


_IGO_KINDS = frozenset({"igo", "organ", "agency"})


def _without_organizations(words: list[str], gazetteer: Gazetteer) -> list[str]:
    # "Organization of American States Press Office": the demonym inside an
    # organization's name does not make the publisher a government.
    out: list[str] = []
    i = 0
    while i < len(words):
        for size in range(min(8, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + size])
            if any(e.label == "ORG" and e.kind in _IGO_KINDS for e in gazetteer.lookup(phrase)):
                i += size
                break
        else:
            out.append(words[i])
            i += 1
    return out


def publishes_for_organization(publisher: str, gazetteer: Gazetteer) -> bool:
    """True when the publisher names an intergovernmental organization ("OAS Press Office")."""
    words = _WORDS.findall(publisher)
    return _without_organizations(words, gazetteer) != words


def parse_iso(value: str | None) -> date | None:
    """A ``date`` from an ISO string ("2022-10-06"), or None."""
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


class DatelineComponent(ResourceComponent):
    """spaCy component ``communique_dateline``: sets the dateline and the speaking government."""

    files = ("countries", "cities", "regions", "organizations", "publishers")

    def _load(self) -> None:
        self.gazetteer = load_gazetteer(self.data_dir)
        directory = Path(self.data_dir) if self.data_dir else None
        self.publishers = {}
        for pub in load_records("publishers", directory):
            for alias in (pub.name, *pub.aliases):
                self.publishers[alias_key(alias)] = pub.author_code

    def _tokenize(self, text: str) -> list[str]:
        return [t.text for t in self.nlp.tokenizer(text)]

    def __call__(self, doc: Doc) -> Doc:
        meta = dict(doc._.meta or {})
        if doc._.dateline is None:
            found = parse_dateline(
                doc.text, self.gazetteer, self._tokenize, parse_iso(meta.get("published"))
            )
            doc._.dateline = asdict(found) if found else {}
        line = doc._.dateline or {}
        if not meta.get("published") and line.get("date") and len(line["date"]) == 10:
            meta["published"] = line["date"]
        found = Dateline(**line) if line else None
        we = any(t.text in {"we", "We", "our", "Our", "us"} for t in doc)
        doc._.author_code = author_code(meta, found, self.publishers, self.gazetteer, we)
        doc._.meta = meta
        return doc


@Language.factory(
    "communique_dateline",
    assigns=["doc._.dateline", "doc._.author_code", "doc._.meta"],
    default_config={"data_dir": ""},
)
def make_dateline(nlp: Language, name: str, *, data_dir: str) -> DatelineComponent:
    """Create the component; ``data_dir`` is "" for the packaged rule files."""
    return DatelineComponent(nlp, name, data_dir=data_dir)
