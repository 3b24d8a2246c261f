"""End to end: a fresh run over corpus/ must reproduce the committed outputs/ exactly.

If a change to the pipeline is intended, regenerate with
``pytest tests/test_regression.py --force-regen`` and explain it in the commit.
"""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from .conftest import ROOT

FILES = ["documents.csv", "mentions.csv", "sponsorships.csv", "entities.csv"]


@pytest.fixture(scope="module")
def fresh_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("outputs")
    subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "run", "corpus", "--out", str(out), "--no-progress"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return out


@pytest.mark.parametrize("name", FILES)
def test_outputs_are_current(fresh_run, file_regression, name):
    file_regression.check(
        (fresh_run / name).read_text(encoding="utf-8"),
        fullpath=ROOT / "outputs" / name,
        newline="",
    )


@pytest.mark.parametrize(
    ("name", "key"), [("mentions.csv", "mention_id"), ("sponsorships.csv", "sponsorship_id")]
)
def test_row_ids_are_unique(fresh_run, name, key):
    ids = pd.read_csv(fresh_run / name, dtype=str, keep_default_na=False)[key]
    assert ids.is_unique, ids[ids.duplicated()].tolist()[:5]
