"""Throughput benchmark: Communique vs bare spaCy on the same texts, in the same run.

Usage: ``python -m pipeline.bench corpus [--repeat 5]``. Reports words per
second for each system and the ratio; the numbers depend on the machine, the
ratio much less.
"""

from __future__ import annotations

import time

import click
import spacy

from .inputs import read_documents
from .language import default_model, load_pipeline


def _throughput(fn: object, texts: list[str], repeat: int) -> float:
    words = sum(len(t.split()) for t in texts) * repeat
    started = time.perf_counter()
    for _ in range(repeat):
        for _doc in fn(texts):
            pass
    return words / (time.perf_counter() - started)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--repeat", default=5, show_default=True, type=click.IntRange(1, 100))
@click.option("--model", default=None)
def main(paths: tuple[str, ...], repeat: int, model: str | None) -> None:
    """Benchmark the pipeline against bare spaCy on the documents under PATHS."""
    texts = [d.text for d in read_documents(paths) if not d.error]
    model = model or default_model()
    ours = load_pipeline(model)
    full = spacy.load(model)
    ner_only = spacy.load(
        model, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]
    )
    # Warm up each pipeline once so lazy initialisation is not timed.
    for nlp in (ours, full, ner_only):
        list(nlp.pipe(texts[:2]))
    rows = [
        ("bare spaCy, full pipeline", _throughput(full.pipe, texts, repeat)),
        ("bare spaCy, NER only", _throughput(ner_only.pipe, texts, repeat)),
        ("communique", _throughput(ours.pipe, texts, repeat)),
    ]
    words = sum(len(t.split()) for t in texts)
    click.echo(f"{len(texts)} documents, {words} words, x{repeat}, model {model}")
    base = rows[0][1]
    for name, wps in rows:
        click.echo(f"{name:<28}{wps:>10.0f} words/s   ratio {wps / base:.2f}")


if __name__ == "__main__":
    main()
