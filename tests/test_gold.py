"""The gold set validates, matches corpus/, and the validator catches bad records."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.gold import from_doccano, load_gold, to_docbin, to_doccano

from .conftest import ROOT


class TestGoldValidate:
    def test_gold_folder_is_valid(self):
        result = CliRunner().invoke(
            main, ["gold", "validate", str(ROOT / "gold"), "--corpus", str(ROOT / "corpus")]
        )
        assert result.exit_code == 0, result.output

    def test_second_annotation_validates_and_covers_dev_only(self):
        # The agreement study relabels dev documents; a test document there would
        # show its labels to whoever compares the two files.
        path = ROOT / "gold" / "agreement" / "dev_sponsorships_annotator2.jsonl"
        result = CliRunner().invoke(
            main, ["gold", "validate", str(path), "--corpus", str(ROOT / "corpus")]
        )
        assert result.exit_code == 0, result.output
        dev = {d.id for d in load_gold(ROOT / "gold" / "dev.jsonl")}
        assert {d.id for d in load_gold(path)} <= dev

    def test_size_and_split(self):
        dev = load_gold(ROOT / "gold" / "dev.jsonl")
        test = load_gold(ROOT / "gold" / "test.jsonl")
        assert len(dev) + len(test) >= 40
        assert not {d.id for d in dev} & {d.id for d in test}
        assert 0.3 <= len(test) / (len(dev) + len(test)) <= 0.4

    @pytest.mark.parametrize(
        ("mutate", "message"),
        [
            (
                lambda r: r["spans"].append({"start": 5, "end": 99999, "label": "ORG"}),
                "past the text",
            ),
            (lambda r: r["spans"].append({"start": 0, "end": 3, "label": "THING"}), "label"),
            (
                lambda r: r["spans"].append(
                    {"start": 0, "end": 3, "label": "DATE", "norm": "Oct 6"}
                ),
                "ISO 8601",
            ),
            (
                lambda r: r["sponsorships"].append(
                    {"instrument": "resolution", "actor": "X", "role": "boss", "status": "done"}
                ),
                "role",
            ),
        ],
    )
    def test_bad_records_rejected(self, tmp_path, mutate, message):
        record = {
            "id": "x",
            "text": "Lima is in Peru.",
            "meta": {},
            "spans": [],
            "sponsorships": [],
        }
        mutate(record)
        path = tmp_path / "g.jsonl"
        path.write_text(json.dumps(record) + "\n", encoding="utf-8")
        with pytest.raises(ValueError, match=message):
            load_gold(path)


class TestConverters:
    def test_doccano_round_trip(self):
        [doc] = load_gold(ROOT / "gold" / "dev.jsonl")[:1]
        back = from_doccano(to_doccano(doc))
        assert [(s["start"], s["end"], s["label"]) for s in back["spans"]] == [
            (s.start, s.end, s.label) for s in doc.spans
        ]

    def test_docbin(self, nlp):
        docs = load_gold(ROOT / "gold" / "dev.jsonl")[:3]
        bin_, widened = to_docbin(docs, nlp)
        assert len(bin_) == 3
        assert not widened


class TestGoldDraft:
    def test_draft_is_valid_gold(self, tmp_path):
        out = tmp_path / "draft.jsonl"
        result = CliRunner().invoke(
            main,
            ["gold", "draft", str(ROOT / "corpus" / "002_39a0ef56676dc0a5.txt"), "--out", str(out)],
        )
        assert result.exit_code == 0, result.output
        [doc] = load_gold(out)
        assert doc.spans


class TestGoldConvert:
    def test_doccano_round_trip_via_cli(self, tmp_path):
        runner = CliRunner()
        doccano = tmp_path / "d.jsonl"
        back = tmp_path / "g.jsonl"
        result = runner.invoke(
            main,
            [
                "gold",
                "convert",
                str(ROOT / "gold" / "dev.jsonl"),
                "--to",
                "doccano",
                "--out",
                str(doccano),
            ],
        )
        assert result.exit_code == 0, result.output
        result = runner.invoke(
            main, ["gold", "convert", str(doccano), "--to", "gold", "--out", str(back)]
        )
        assert result.exit_code == 0, result.output
        original = load_gold(ROOT / "gold" / "dev.jsonl")
        converted = load_gold(back)
        assert [[(s.start, s.end, s.label) for s in d.spans] for d in converted] == [
            [(s.start, s.end, s.label) for s in d.spans] for d in original
        ]

    def test_docbin_via_cli(self, tmp_path):
        from spacy.tokens import DocBin

        out = tmp_path / "dev.spacy"
        result = CliRunner().invoke(
            main,
            [
                "gold",
                "convert",
                str(ROOT / "gold" / "test.jsonl"),
                "--to",
                "docbin",
                "--out",
                str(out),
            ],
        )
        assert result.exit_code == 0, result.output
        assert len(DocBin().from_disk(out)) == len(load_gold(ROOT / "gold" / "test.jsonl"))
