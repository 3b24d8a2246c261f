"""Load and validate the rule data files in ``pipeline/resources``.

Every file carries a ``schema`` tag and a list of ``records``. Unknown keys are
rejected, so a typo in a data file fails loudly instead of being ignored.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import Errors

RESOURCE_DIR = Path(__file__).parent / "resources"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Country(_Strict):
    """A state: canonical short name, aliases and ISO 3166-1 alpha-3 code."""

    code: str = Field(pattern=r"^[A-Z]{3}$")
    name: str
    official: str = ""
    aliases: list[str] = []
    demonyms: list[str] = []
    status: Literal["member", "observer", "other", "historic"]


class City(_Strict):
    """A city from GeoNames, with its country's ISO3 code."""

    name: str
    country: str = Field(pattern=r"^[A-Z]{3}$")
    geonameid: int
    lat: float
    lon: float
    population: int = 0
    capital: bool = False
    aliases: list[str] = []


class Region(_Strict):
    """A supranational region ("the Americas") with its member states where defined."""

    name: str
    aliases: list[str] = []
    countries: list[str] = []
    kind: Literal["region"] = "region"


class Organization(_Strict):
    """An organization or organ: canonical name, acronyms, aliases, parent.

    ``kind`` "group" is an informal grouping of states that tables texts as one
    (the E3, the A3), not an organization.
    """

    name: str
    acronyms: list[str] = []
    aliases: list[str] = []
    kind: Literal["igo", "organ", "ministry", "agency", "ngo", "group", "other"]
    parent: str = ""
    context_aliases: list[str] = []
    # True for the bodies in the guidelines' table (a test keeps the two in step).
    # Every organization's norm is its ``name``, wherever it is listed.
    canonical: bool = False


class Publisher(_Strict):
    """A publisher that speaks for a government ("we" is ``author_code``)."""

    name: str
    aliases: list[str] = []
    author_code: str = Field(pattern=r"^[A-Z]{3}$")


class EntityRules(_Strict):
    """Word lists for the entity clean-up rules."""

    person_titles: list[str]
    not_entities: list[str] = []
    theme_cues: list[str] = []
    heading_words: list[str] = []
    strip_prefixes: list[str] = []
    generic_org_words: list[str] = []
    document_heads: list[str] = []
    region_words: list[str] = []
    region_suffixes: list[str] = []
    mission_prefixes: list[str] = []
    mission_suffixes: list[str] = []
    adjectival_heads: list[str] = []
    deictic_dates: list[str] = []
    # Named meetings ("Oslo Conference on Safe Schools", "Reykjavík Summit").
    meeting_heads: list[str] = []
    meeting_links: list[str] = []
    meeting_openers: list[str] = []
    meeting_generic: list[str] = []
    # A convention's Conference of the Parties by the names that show a document
    # is about it: there "Conference of the Parties" and "CoP17" are that body.
    treaty_bodies: dict[str, list[str]] = {}


class _RecordFile(_Strict):
    schema_: str = Field(alias="schema")
    source: str = ""
    records: list


M = TypeVar("M", bound=BaseModel)

_SCHEMAS: dict[str, tuple[str, type[BaseModel]]] = {
    "countries": ("communique.countries.v1", Country),
    "cities": ("communique.cities.v1", City),
    "regions": ("communique.regions.v1", Region),
    "organizations": ("communique.organizations.v1", Organization),
    "publishers": ("communique.publishers.v1", Publisher),
}


def load_records(name: str, directory: Path | None = None) -> list:
    """Load and validate one record file.

    Args:
        name: File stem: ``countries``, ``cities``, ``regions`` or ``organizations``.
        directory: Folder to read from; the packaged resources by default.

    Returns:
        The validated records.

    Raises:
        ValueError: The file is missing, not JSON, or does not match its schema.
    """
    path = (directory or RESOURCE_DIR) / f"{name}.json"
    schema, model = _SCHEMAS[name]
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        wrapper = _RecordFile.model_validate(raw)
        if wrapper.schema_ != schema:
            raise ValueError(f"schema is {wrapper.schema_!r}, expected {schema!r}")
        return [model.model_validate(rec) for rec in wrapper.records]
    except (OSError, json.JSONDecodeError, ValidationError, ValueError) as err:
        raise ValueError(Errors.E009.format(path=path, error=err)) from err


def load_model_file(name: str, model: type[M], directory: Path | None = None) -> M:
    """Load a single-object rule file (``entity_rules``, ``sponsorship_rules``).

    Args:
        name: File stem.
        model: The pydantic model that validates it.
        directory: Folder to read from; the packaged resources by default.

    Returns:
        The validated object.

    Raises:
        ValueError: The file is missing, not JSON, or does not match its schema.
    """
    path = (directory or RESOURCE_DIR) / f"{name}.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        raw.pop("schema", None)
        return model.model_validate(raw)
    except (OSError, json.JSONDecodeError, ValidationError, AttributeError) as err:
        raise ValueError(Errors.E009.format(path=path, error=err)) from err


RESOURCE_FILES: tuple[str, ...] = (
    "countries",
    "cities",
    "regions",
    "organizations",
    "publishers",
    "entity_rules",
)
