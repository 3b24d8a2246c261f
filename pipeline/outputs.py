"""Write the CSV datasets: UTF-8 without BOM, RFC 4180 quoting, atomic replace."""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

import pandas as pd


def write_csv_atomic(path: str | Path, columns: Sequence[str], rows: Iterable[dict]) -> Path:
    """Write rows to ``path`` via a temporary file and ``os.replace``.

    An interrupted run leaves either the old file or the new one, never a
    truncated CSV.

    Args:
        path: Target file.
        columns: Column order (the header).
        rows: Mappings from column to value; missing columns are written empty.

    Returns:
        The path written.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(
                handle,
                fieldnames=list(columns),
                extrasaction="ignore",
                quoting=csv.QUOTE_MINIMAL,
                lineterminator="\n",
            )
            writer.writeheader()
            for row in rows:
                writer.writerow({c: "" if row.get(c) is None else row.get(c) for c in columns})
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp creates the file readable by its owner only; a dataset gets the
        # permissions a plain open() would give it.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def entity_rows(mentions: Iterable[dict]) -> list[dict]:
    """Aggregate mentions to one row per distinct normalized entity per document.

    Args:
        mentions: ``mentions.csv`` rows.

    Returns:
        ``entities.csv`` rows sorted by document and first mention.
    """
    frame = pd.DataFrame(list(mentions))
    if frame.empty:
        return []
    frame["key"] = frame["norm"].where(frame["norm"] != "", frame["text"])
    grouped = (
        frame.groupby(["doc_id", "label", "key"], sort=False)
        .agg(
            country=("country", "first"),
            kind=("kind", "first"),
            mentions=("mention_id", "count"),
            first_start=("start", "min"),
        )
        .reset_index()
        .rename(columns={"key": "norm"})
        .sort_values(["doc_id", "first_start", "label"], kind="stable")
    )
    return grouped.to_dict(orient="records")
