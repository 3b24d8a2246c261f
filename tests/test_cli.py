"""Real CLI runs: outputs, bad documents, workers, long texts."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.inputs import read_table

from .conftest import ROOT, SEED

TEXT = (
    "WASHINGTON: The United States will join a Guatemala-led declaration on Ukraine "
    "at the General Assembly in Lima, Peru October 6-7."
)


def run_cli(args):
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    return result


@pytest.fixture()
def batch(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(TEXT, encoding="utf-8")
    (src / "good.meta.json").write_text(json.dumps({"published": "2022-10-06"}))
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (src / "cp1252.txt").write_bytes("Lima – Perú and Bogotá.".encode("cp1252"))
    (src / "utf16.txt").write_bytes("Lima and Bogotá in Perú.".encode("utf-16"))
    (src / "recs.jsonl").write_text(
        json.dumps({"id": "j1", "text": "Chile and Peru met in Santiago."})
        + "\n"
        + json.dumps({"id": "j2", "title": "no text"})
        + "\n",
        encoding="utf-8",
    )
    (src / "rows.csv").write_text("id,text\nNA,Namibia and Canada.\n", encoding="utf-8")
    return src


class TestRun:
    def test_batch_with_bad_documents(self, batch, tmp_path):
        out = tmp_path / "out"
        result = run_cli(["run", str(batch), str(tmp_path / "missing.txt"), "--out", str(out)])
        assert result.exit_code == 0, result.output
        docs = read_table(out / "documents.csv").set_index("doc_id")
        assert docs.loc["good", "status"] == "ok"
        assert docs.loc["cp1252", "status"] == "ok"
        assert docs.loc["utf16", "status"] == "ok"
        assert docs.loc["NA", "status"] == "ok"  # Namibia's code survives as an id too
        assert "Empty document" in docs.loc["empty", "error"]
        assert "Binary file" in docs.loc["binary", "error"]
        assert "no 'text' field" in docs.loc["j2", "error"]
        assert "Path not found" in docs.loc["missing", "error"]
        mentions = read_table(out / "mentions.csv")
        good = mentions[mentions.doc_id == "good"]
        assert set(good.text) >= {"United States", "Guatemala", "Ukraine", "October 6-7"}
        assert (out / "sponsorships.csv").read_text(encoding="utf-8").startswith("sponsorship_id,")
        assert "error: empty" in result.output

    def test_strict_fails_on_any_error(self, batch, tmp_path):
        result = CliRunner().invoke(
            main, ["run", str(batch), "--out", str(tmp_path / "o"), "--strict"]
        )
        assert result.exit_code == 1

    def test_all_failed_exits_nonzero(self, tmp_path):
        (tmp_path / "e.txt").write_bytes(b"")
        result = CliRunner().invoke(
            main, ["run", str(tmp_path / "e.txt"), "--out", str(tmp_path / "o")]
        )
        assert result.exit_code != 0
        assert "Every document failed" in result.output

    def test_missing_model(self, tmp_path):
        (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
        result = CliRunner().invoke(
            main,
            ["run", str(tmp_path / "a.txt"), "--model", "xx_missing_model", "--out", str(tmp_path)],
        )
        assert result.exit_code != 0
        assert "not installed" in result.output

    def test_rules_only_leaves_out_the_second_stage(self, tmp_path):
        # L36: the second stage adds a record to the one the rules find.
        text = str(ROOT / "corpus" / "L36_devex-wha71-rheumatic-heart-disease-2018.txt")
        run_cli(["run", text, "--out", str(tmp_path / "full")])
        run_cli(["run", text, "--out", str(tmp_path / "rules"), "--rules-only"])
        full = read_table(tmp_path / "full" / "sponsorships.csv")
        rules = read_table(tmp_path / "rules" / "sponsorships.csv")
        assert 0 < len(rules) < len(full)

    def test_workers_do_not_change_output(self, tmp_path):
        files = [
            str(ROOT / "corpus" / f"{SEED}.txt"),
            str(ROOT / "corpus" / "002_39a0ef56676dc0a5.txt"),
        ]
        run_cli(["run", *files, "--out", str(tmp_path / "w1")])
        run_cli(
            ["run", *files, "--out", str(tmp_path / "w2"), "--workers", "2", "--batch-size", "1"]
        )
        for name in ("documents.csv", "mentions.csv", "sponsorships.csv", "entities.csv"):
            assert (tmp_path / "w1" / name).read_bytes() == (tmp_path / "w2" / name).read_bytes()

    def test_text_longer_than_max_length(self, tmp_path, monkeypatch):
        from pipeline import language

        original = language.load_pipeline

        def small(model=None, config_path=language.CONFIG_PATH, **options):
            nlp = original(model, config_path, **options)
            nlp.max_length = 200
            return nlp

        monkeypatch.setattr(language, "load_pipeline", small)
        text = "\n".join(
            f"Paragraph {i}: Chile and Peru met in Lima on October 6, 2022." for i in range(12)
        )
        (tmp_path / "long.txt").write_text(text, encoding="utf-8")
        result = run_cli(["run", str(tmp_path / "long.txt"), "--out", str(tmp_path / "o")])
        assert result.exit_code == 0
        mentions = read_table(tmp_path / "o" / "mentions.csv")
        assert len(mentions[mentions.text == "Lima"]) == 12
        for row in mentions.itertuples():
            assert text[int(row.start) : int(row.end)] == row.text

    def test_outputs_have_the_permissions_of_a_plain_file(self, batch, tmp_path):
        out = tmp_path / "o"
        run_cli(["run", str(batch), "--out", str(out)])
        (tmp_path / "plain.csv").write_text("", encoding="utf-8")
        expected = (tmp_path / "plain.csv").stat().st_mode & 0o777
        assert {p.stat().st_mode & 0o777 for p in out.iterdir()} == {expected}

    def test_atomic_write_leaves_no_temp_files(self, batch, tmp_path):
        out = tmp_path / "o"
        run_cli(["run", str(batch), "--out", str(out)])
        assert sorted(p.name for p in out.iterdir()) == [
            "documents.csv",
            "entities.csv",
            "mentions.csv",
            "sponsorships.csv",
        ]
