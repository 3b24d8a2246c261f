"""Shared fixtures: the real pipeline, loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from pipeline.language import load_pipeline

ROOT = Path(__file__).resolve().parent.parent
SEED = "000_8533e7d34eddff54"


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="session")
def blank():
    return spacy.blank("en")


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


def run_doc(nlp, text: str, **meta):
    doc = nlp.make_doc(text)
    doc._.meta = dict(meta)
    return nlp(doc)
