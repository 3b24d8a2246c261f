"""Read documents from .txt (with optional .meta.json sidecars), .jsonl and .csv files.

Reading never raises for a bad document: it comes back with ``error`` set, so
the batch goes on and the problem is reported in ``documents.csv``.
"""

from __future__ import annotations

import codecs
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from pydantic import BaseModel, ConfigDict, ValidationError

from .errors import Errors

META_FIELDS: tuple[str, ...] = ("published", "publisher", "url", "title", "author_code")
SUFFIXES: tuple[str, ...] = (".txt", ".jsonl", ".csv")
SIDECAR_SUFFIX = ".meta.json"
# Tried in order after a BOM check; latin-1 decodes any byte string, so it is last.
FALLBACK_ENCODINGS: tuple[str, ...] = ("utf-8", "cp1252", "latin-1")


class Meta(BaseModel):
    """Document metadata, as given in a sidecar or in record columns."""

    model_config = ConfigDict(extra="forbid")

    published: str = ""
    publisher: str = ""
    url: str = ""
    title: str = ""
    author_code: str = ""


@dataclass
class Document:
    """One input document, or the record of why it could not be read."""

    doc_id: str
    source: str
    text: str = ""
    meta: dict[str, str] = field(default_factory=dict)
    error: str = ""
    encoding: str = "utf-8"

    @property
    def sha256(self) -> str:
        """SHA-256 of the text encoded as UTF-8 ("" for unreadable documents)."""
        if self.error and not self.text:
            return ""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    """Decode a file's bytes to text.

    Args:
        data: Raw file content.
        source: Name for error messages.

    Returns:
        The text and the encoding used.

    Raises:
        ValueError: Empty, binary or undecodable content.
    """
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as err:
                raise ValueError(Errors.E005.format(source=source, encodings=encoding)) from err
            return _check_text(text, source), encoding
    if b"\x00" in data:
        raise ValueError(Errors.E004.format(source=source))
    for encoding in FALLBACK_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding != "utf-8" and _looks_binary(text):
            raise ValueError(Errors.E004.format(source=source))
        return _check_text(text, source), encoding
    raise ValueError(
        Errors.E005.format(source=source, encodings=", ".join(FALLBACK_ENCODINGS))
    )  # pragma: no cover  (latin-1 always decodes)


def _looks_binary(text: str) -> bool:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls > max(2, len(text) // 100)


def _check_text(text: str, source: str) -> str:
    if not text.strip():
        raise ValueError(Errors.E003.format(source=source))
    if _looks_binary(text):
        raise ValueError(Errors.E004.format(source=source))
    return text


def _meta_from(mapping: dict, source: str) -> dict[str, str]:
    values = {k: ("" if v is None else str(v)) for k, v in mapping.items()}
    try:
        return Meta.model_validate(values).model_dump()
    except ValidationError as err:
        raise ValueError(Errors.E011.format(path=source, error=err)) from err


def read_txt(path: Path) -> Document:
    """Read one ``.txt`` file and its ``NAME.meta.json`` sidecar if present.

    Args:
        path: The text file.

    Returns:
        The document (with ``error`` set if it could not be read).
    """
    doc = Document(doc_id=path.stem, source=str(path))
    try:
        doc.text, doc.encoding = decode_bytes(path.read_bytes(), str(path))
        sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
        if sidecar.exists():
            try:
                raw = json.loads(sidecar.read_text(encoding="utf-8"))
            except json.JSONDecodeError as err:
                raise ValueError(Errors.E011.format(path=sidecar, error=err)) from err
            if not isinstance(raw, dict):
                raise ValueError(Errors.E011.format(path=sidecar, error="not a JSON object"))
            doc.meta = _meta_from(raw, str(sidecar))
        else:
            doc.meta = Meta().model_dump()
    except (OSError, ValueError) as err:
        doc.error = str(err)
    return doc


def _record_document(record: dict, source: str, line: int) -> Document:
    doc_id = str(record.get("id") or "").strip() or f"{Path(source).stem}:{line}"
    doc = Document(doc_id=doc_id, source=f"{source}:{line}")
    if "id" not in record or not str(record.get("id") or "").strip():
        doc.error = Errors.E007.format(line=line, source=source, field="id")
        return doc
    text = record.get("text")
    if text is None or (isinstance(text, float) and pd.isna(text)):
        doc.error = Errors.E007.format(line=line, source=source, field="text")
        return doc
    try:
        doc.text = _check_text(str(text), doc.source)
        doc.meta = _meta_from(
            {k: record[k] for k in META_FIELDS if k in record}
            | ({} if not isinstance(record.get("meta"), dict) else record["meta"]),
            doc.source,
        )
    except ValueError as err:
        doc.error = str(err)
    return doc


def read_jsonl(path: Path) -> Iterator[Document]:
    """Read a ``.jsonl`` file: one ``{"id", "text", ...metadata}`` object per line.

    Args:
        path: The file.

    Yields:
        One document per non-blank line.
    """
    try:
        text, _ = decode_bytes(path.read_bytes(), str(path))
    except (OSError, ValueError) as err:
        yield Document(doc_id=path.stem, source=str(path), error=str(err))
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("not a JSON object")
        except ValueError as err:
            yield Document(
                doc_id=f"{path.stem}:{number}",
                source=f"{path}:{number}",
                error=Errors.E008.format(line=number, source=path, error=err),
            )
            continue
        yield _record_document(record, str(path), number)


def read_csv_documents(path: Path) -> Iterator[Document]:
    """Read a ``.csv`` file with columns ``id``, ``text`` and optional metadata.

    Args:
        path: The file.

    Yields:
        One document per row (line numbers count the header as line 1).
    """
    try:
        frame = read_table(path)
    except (OSError, ValueError, pd.errors.ParserError) as err:
        yield Document(doc_id=path.stem, source=str(path), error=str(err))
        return
    for index, record in enumerate(frame.to_dict(orient="records")):
        if "text" in record and record["text"] == "":
            record["text"] = None
        yield _record_document(record, str(path), index + 2)


def read_table(path: str | Path) -> pd.DataFrame:
    """Read a CSV with every column as a string, so codes like Namibia's ``NA`` survive.

    Args:
        path: The CSV file.

    Returns:
        The table; empty cells are "".
    """
    return pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8")


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path | str]:
    """Files to read: given files as they are, folders' supported files sorted.

    Args:
        paths: Files or folders.

    Yields:
        File paths; a missing path is yielded as the original string.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if (
                    child.is_file()
                    and child.suffix in SUFFIXES
                    and not child.name.endswith(SIDECAR_SUFFIX)
                ):
                    yield child
        elif path.exists():
            yield path
        else:
            yield str(raw)


def read_documents(paths: Iterable[str | Path]) -> list[Document]:
    """Read every document under ``paths``; duplicates and bad inputs become error records.

    Args:
        paths: Files or folders.

    Returns:
        Documents in input order.
    """
    docs: list[Document] = []
    for path in expand_paths(paths):
        if isinstance(path, str):
            docs.append(
                Document(
                    doc_id=Path(path).stem or path, source=path, error=Errors.E002.format(path=path)
                )
            )
        elif path.suffix == ".txt":
            docs.append(read_txt(path))
        elif path.suffix == ".jsonl":
            docs.extend(read_jsonl(path))
        elif path.suffix == ".csv":
            docs.extend(read_csv_documents(path))
        else:
            docs.append(
                Document(doc_id=path.stem, source=str(path), error=Errors.E010.format(source=path))
            )
    seen: dict[str, Document] = {}
    for doc in docs:
        first = seen.get(doc.doc_id)
        if first is None:
            seen[doc.doc_id] = doc
        else:
            doc.error = Errors.E006.format(doc_id=doc.doc_id, first=first.source, second=doc.source)
            doc.text = ""
    return docs
