"""Run the pipeline over a batch of documents and turn the results into table rows."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from .constants import SPONSORSHIP_FIELDS
from .errors import Errors
from .inputs import Document

_SPACE = re.compile(r"\s+")

DOCUMENT_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "source",
    "sha256",
    "chars",
    "title",
    "publisher",
    "published",
    "dateline_place",
    "dateline_date",
    "author_code",
    "status",
    "error",
)
MENTION_COLUMNS: tuple[str, ...] = (
    "mention_id",
    "doc_id",
    "label",
    "text",
    "start",
    "end",
    "sentence",
    "norm",
    "kind",
    "country",
    "method",
    "date_start",
    "date_end",
    "precision",
    "year_inferred",
    "geonameid",
    "lat",
    "lon",
    "title",
)
SPONSORSHIP_COLUMNS: tuple[str, ...] = ("sponsorship_id", "doc_id", *SPONSORSHIP_FIELDS)
ENTITY_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "label",
    "norm",
    "country",
    "kind",
    "mentions",
    "first_start",
)


@dataclass
class Result:
    """Rows produced for one document."""

    document: dict[str, object]
    mentions: list[dict[str, object]] = field(default_factory=list)
    sponsorships: list[dict[str, object]] = field(default_factory=list)


def split_text(text: str, max_length: int) -> list[tuple[int, str]]:
    """Cut a text longer than ``max_length`` into pieces at line or space boundaries.

    Args:
        text: The full text.
        max_length: Largest piece, in characters.

    Returns:
        ``(offset, piece)`` pairs; pieces concatenate back to ``text``.
    """
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > max_length:
        window = text[start : start + max_length]
        cut = max(window.rfind("\n\n"), window.rfind("\n"))
        if cut <= 0:
            cut = window.rfind(" ")
        cut = cut + 1 if cut > 0 else max_length
        pieces.append((start, text[start : start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def document_row(document: Document, doc: Doc | None) -> dict[str, object]:
    """The ``documents.csv`` row of a document."""
    meta = dict(document.meta)
    line: dict = {}
    author = ""
    if doc is not None:
        meta = doc._.meta or meta
        line = doc._.dateline or {}
        author = doc._.author_code or ""
    return {
        "doc_id": document.doc_id,
        "source": document.source,
        "sha256": document.sha256,
        "chars": len(document.text),
        "title": meta.get("title", ""),
        "publisher": meta.get("publisher", ""),
        "published": meta.get("published", ""),
        "dateline_place": line.get("place", ""),
        "dateline_date": line.get("date", ""),
        "author_code": author,
        "status": "error" if document.error else "ok",
        "error": document.error,
    }


def mention_rows(doc_id: str, doc: Doc, offset: int = 0) -> list[dict[str, object]]:
    """One ``mentions.csv`` row per entity of ``doc``; offsets shifted by ``offset``."""
    rows = []
    # has_annotation scans every token: ask once per document, not per entity.
    has_sents = doc.has_annotation("SENT_START")
    for ent in doc.ents:
        start, end = ent.start_char + offset, ent.end_char + offset
        sent = ent.sent.text if has_sents else ""
        rows.append(
            {
                "mention_id": f"{doc_id}:{start}-{end}:{ent.label_}",
                "doc_id": doc_id,
                "label": ent.label_,
                "text": ent.text,
                "start": start,
                "end": end,
                "sentence": _clean(sent),
                "norm": ent._.norm,
                "kind": ent._.kind,
                "country": ent._.country,
                "method": ent._.method,
                "date_start": ent._.date_start,
                "date_end": ent._.date_end,
                "precision": ent._.precision,
                "year_inferred": ent._.year_inferred,
                "geonameid": ent._.geonameid,
                "lat": ent._.lat,
                "lon": ent._.lon,
                "title": ent._.title,
            }
        )
    return rows


def sponsorship_rows(doc_id: str, doc: Doc, offset: int = 0) -> list[dict[str, object]]:
    """One ``sponsorships.csv`` row per sponsorship record of ``doc``."""
    rows = []
    seen: Counter[str] = Counter()
    for record in doc._.sponsorships or []:
        start, end = int(record["start"]) + offset, int(record["end"]) + offset
        row = {col: record.get(col, "") for col in SPONSORSHIP_COLUMNS}
        row.update(doc_id=doc_id, start=start, end=end, sentence=_clean(str(row["sentence"])))
        key = (
            f"{doc_id}:{start}-{end}:{record.get('actor_code') or record.get('actor')}"
            f":{record.get('role')}:{record.get('instrument')}"
        )
        seen[key] += 1
        # "will join resolutions to A, to B and to C": one sentence, one actor and
        # role, three texts; the ordinal keeps the ids unique.
        row["sponsorship_id"] = key if seen[key] == 1 else f"{key}:{seen[key]}"
        rows.append(row)
    return rows


def process(
    nlp: Language,
    documents: list[Document],
    *,
    workers: int = 1,
    batch_size: int = 16,
    on_done: Callable[[int], None] | None = None,
) -> Iterator[Result]:
    """Run ``nlp`` over the readable documents; failures become error rows.

    Args:
        nlp: The pipeline.
        documents: Documents from :func:`pipeline.inputs.read_documents`.
        workers: Processes for ``nlp.pipe`` (``n_process``).
        batch_size: Documents per batch.
        on_done: Called with the number of documents finished, for progress bars.

    Yields:
        One result per document, in input order.
    """
    jobs: list[tuple[int, int, Doc]] = []  # (document index, piece offset, doc)
    for index, document in enumerate(documents):
        if document.error:
            continue
        pieces = split_text(document.text, nlp.max_length)
        meta = dict(document.meta) | {"id": document.doc_id}
        head: Doc | None = None
        if len(pieces) > 1 and "communique_dateline" in nlp.pipe_names:
            # Only the first piece can hold the dateline; later pieces inherit it.
            head = nlp.make_doc(pieces[0][1])
            head._.meta = dict(meta)
            head = nlp.get_pipe("communique_dateline")(head)
        for offset, piece in pieces:
            doc = nlp.make_doc(piece)
            doc._.meta = dict(meta)
            if head is not None:
                doc._.dateline = dict(head._.dateline or {})
                doc._.meta["author_code"] = head._.author_code
            jobs.append((index, offset, doc))
    processed: dict[int, list[tuple[int, Doc]]] = {}
    failures: dict[int, str] = {}
    chunk = max(1, batch_size * max(1, workers) * 4)
    for begin in range(0, len(jobs), chunk):
        part = jobs[begin : begin + chunk]
        try:
            outs = list(nlp.pipe((d for _, _, d in part), batch_size=batch_size, n_process=workers))
        except Exception:
            outs = []
            for index, _, doc in part:
                try:
                    outs.append(nlp(doc))
                except Exception as err:
                    failures[index] = Errors.E015.format(error=f"{type(err).__name__}: {err}")
                    outs.append(None)
        for (index, offset, _), out in zip(part, outs, strict=True):
            if out is not None:
                processed.setdefault(index, []).append((offset, out))
        if on_done:
            on_done(len({i for i, _, _ in part}))
    for index, document in enumerate(documents):
        if index in failures:
            document.error = failures[index]
        pieces = processed.get(index, [])
        if document.error or not pieces:
            yield Result(document_row(document, None))
            continue
        pieces.sort(key=lambda p: p[0])
        first = pieces[0][1]
        # Later pieces take the dateline and author of the first one.
        result = Result(document_row(document, first))
        for offset, doc in pieces:
            result.mentions.extend(mention_rows(document.doc_id, doc, offset))
            result.sponsorships.extend(sponsorship_rows(document.doc_id, doc, offset))
        yield result
