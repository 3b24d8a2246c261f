"""The gold set: load, validate, draft and convert hand-labelled documents.

Format (``gold/GUIDELINES.md``): one JSON object per line with ``id``, ``text``,
``meta``, ``spans`` (``start``, ``end`` end-exclusive, ``label``, ``norm``, and
``country``/``kind`` for PLACE, optional ``title`` for PERSON) and
``sponsorships``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .constants import INSTRUMENTS, PLACE_KINDS, ROLES, STATUSES
from .errors import Errors

_ISO_DATE = re.compile(
    r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$",
)
_ISO3 = re.compile(r"^([A-Z]{3})?$")


class GoldSpan(BaseModel):
    """One labelled mention."""

    model_config = ConfigDict(extra="forbid")

    start: int = Field(ge=0)
    end: int = Field(gt=0)
    label: Literal["DATE", "PLACE", "ORG", "PERSON"]
    norm: str = ""
    country: str = ""
    kind: str = ""
    title: str = ""
    text: str = ""

    @model_validator(mode="after")
    def _check(self) -> GoldSpan:
        if self.end <= self.start:
            raise ValueError(f"span {self.start}-{self.end} is empty or reversed")
        if self.label == "DATE" and self.norm and not _ISO_DATE.match(self.norm):
            raise ValueError(f"DATE norm {self.norm!r} is not ISO 8601")
        if self.label == "PLACE":
            if not _ISO3.match(self.country):
                raise ValueError(f"PLACE country {self.country!r} is not ISO3")
            if self.kind not in PLACE_KINDS:
                raise ValueError(f"PLACE kind {self.kind!r} not in {PLACE_KINDS}")
        return self


class GoldSponsorship(BaseModel):
    """One (instrument, actor, role) record."""

    model_config = ConfigDict(extra="forbid")

    instrument: Literal[INSTRUMENTS]  # type: ignore[valid-type]
    topic: str = ""
    actor: str
    actor_code: str = ""
    role: Literal[ROLES]  # type: ignore[valid-type]
    forum: str = ""
    status: Literal[STATUSES]  # type: ignore[valid-type]
    date: str = ""
    start: int | None = None
    end: int | None = None

    @model_validator(mode="after")
    def _check(self) -> GoldSponsorship:
        if not _ISO3.match(self.actor_code):
            raise ValueError(f"actor_code {self.actor_code!r} is not ISO3")
        if self.date and not _ISO_DATE.match(self.date):
            raise ValueError(f"date {self.date!r} is not ISO 8601")
        return self


class GoldDocument(BaseModel):
    """One gold document."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    text: str = Field(min_length=1)
    meta: dict[str, str] = {}
    spans: list[GoldSpan] = []
    sponsorships: list[GoldSponsorship] = []

    @property
    def pipeline_meta(self) -> dict[str, str]:
        """The metadata a run may see: ``author_code`` is a label the pipeline must infer."""
        return {k: v for k, v in self.meta.items() if k != "author_code"}

    @model_validator(mode="after")
    def _check(self) -> GoldDocument:
        seen: set[tuple[int, int, str]] = set()
        last_end = 0
        for span in sorted(self.spans, key=lambda s: (s.start, s.end)):
            if span.end > len(self.text):
                raise ValueError(f"span {span.start}-{span.end} runs past the text")
            if span.text and self.text[span.start : span.end] != span.text:
                raise ValueError(f"span {span.start}-{span.end} text does not match")
            key = (span.start, span.end, span.label)
            if key in seen:
                raise ValueError(f"duplicate span {key}")
            if span.start < last_end:
                raise ValueError(f"span {span.start}-{span.end} overlaps the previous one")
            seen.add(key)
            last_end = span.end
        return self


def load_gold(path: str | Path) -> list[GoldDocument]:
    """Load and validate a gold JSONL file.

    Args:
        path: The file.

    Returns:
        The documents, in file order.

    Raises:
        ValueError: Any record is invalid (the message names the document).
    """
    docs: list[GoldDocument] = []
    ids: set[str] = set()
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise ValueError(
                Errors.E012.format(path=path, doc_id=f"line {number}", error=err)
            ) from err
        doc_id = record.get("id", f"line {number}") if isinstance(record, dict) else number
        try:
            doc = GoldDocument.model_validate(record)
        except ValidationError as err:
            raise ValueError(Errors.E012.format(path=path, doc_id=doc_id, error=err)) from err
        if doc.id in ids:
            raise ValueError(Errors.E012.format(path=path, doc_id=doc.id, error="duplicate id"))
        ids.add(doc.id)
        docs.append(doc)
    return docs


def validate_paths(paths: Iterable[str | Path], corpus: Path | None = None) -> list[str]:
    """Validate gold files; optionally check each text against ``corpus/<id>.txt``.

    Args:
        paths: Gold JSONL files.
        corpus: Folder of raw texts, or None to skip that check.

    Returns:
        Error messages (empty when everything is valid).
    """
    problems: list[str] = []
    ids: dict[str, str] = {}
    for path in paths:
        try:
            docs = load_gold(path)
        except (OSError, ValueError) as err:
            problems.append(str(err))
            continue
        for doc in docs:
            if doc.id in ids:
                problems.append(f"{doc.id}: in both {ids[doc.id]} and {path}")
            ids[doc.id] = str(path)
            if corpus is not None:
                raw = corpus / f"{doc.id}.txt"
                if not raw.exists():
                    problems.append(f"{doc.id}: no {raw}")
                elif raw.read_text(encoding="utf-8") != doc.text:
                    problems.append(f"{doc.id}: text differs from {raw}")
    return problems


def draft_record(doc_id: str, doc: object, mentions: list[dict], sponsorships: list[dict]) -> dict:
    """A gold-format record pre-filled from the pipeline's output, for a person to correct.

    Args:
        doc_id: Document id.
        doc: The processed spaCy ``Doc`` (for its text and metadata).
        mentions: ``mentions.csv`` rows of the document.
        sponsorships: ``sponsorships.csv`` rows of the document.

    Returns:
        A record in the gold format.
    """
    spans = []
    for row in mentions:
        span = {
            "start": row["start"],
            "end": row["end"],
            "label": row["label"],
            "norm": row["norm"],
        }
        if row["label"] == "PLACE":
            span |= {"country": row["country"], "kind": row["kind"] or "city"}
        spans.append(span)
    keys = ("instrument", "topic", "actor", "actor_code", "role", "forum", "status", "date")
    meta = dict(doc._.meta or {})
    meta["author_code"] = doc._.author_code or ""
    meta.pop("id", None)
    return {
        "id": doc_id,
        "text": doc.text,
        "meta": meta,
        "spans": spans,
        "sponsorships": [{k: s.get(k, "") for k in keys} for s in sponsorships],
    }


def to_doccano(doc: GoldDocument) -> dict:
    """Convert to doccano's JSONL sequence-labelling format."""
    return {
        "id": doc.id,
        "text": doc.text,
        "label": [[s.start, s.end, s.label] for s in doc.spans],
        "meta": doc.meta,
    }


def from_doccano(record: dict) -> dict:
    """Convert a doccano JSONL record to the gold format (norms left empty)."""
    spans = []
    for start, end, label in record.get("label", []):
        span = {"start": start, "end": end, "label": label, "norm": ""}
        if label == "PLACE":
            span |= {"country": "", "kind": "city"}
        spans.append(span)
    return {
        "id": str(record["id"]),
        "text": record["text"],
        "meta": record.get("meta", {}),
        "spans": spans,
        "sponsorships": [],
    }


def to_docbin(docs: Iterable[GoldDocument], nlp: object) -> tuple[object, list[str]]:
    """Build a spaCy ``DocBin`` with the gold spans as ``doc.ents``.

    A span that does not fall on token boundaries is widened to the tokens it
    touches (spaCy's ``alignment_mode="expand"``) and reported.

    Args:
        docs: Gold documents.
        nlp: A pipeline whose tokenizer is used.

    Returns:
        The ``DocBin`` and one message per widened span.
    """
    from spacy.tokens import DocBin
    from spacy.util import filter_spans

    bin_ = DocBin(store_user_data=False)
    widened: list[str] = []
    for gold in docs:
        doc = nlp.make_doc(gold.text)
        ents = []
        for s in gold.spans:
            span = doc.char_span(s.start, s.end, label=s.label)
            if span is None:
                span = doc.char_span(s.start, s.end, label=s.label, alignment_mode="expand")
                widened.append(f"{gold.id}: {s.start}-{s.end} {s.label} widened to tokens")
            ents.append(span)
        doc.ents = filter_spans(ents)
        bin_.add(doc)
    return bin_, widened
