"""Reading inputs: every kind of bad document becomes a clear error, never a crash."""

from __future__ import annotations

import json

import pytest

from pipeline.inputs import decode_bytes, read_documents, read_table


class TestDecodeBytes:
    @pytest.mark.parametrize(
        ("data", "encoding"),
        [
            ("Café in Bogotá".encode(), "utf-8"),
            ("Café – Bogotá".encode("cp1252"), "cp1252"),
            ("Café \x81".encode("latin-1"), "latin-1"),
            ("\ufeffCafé".encode(), "utf-8-sig"),
            ("Café in Bogotá".encode("utf-16"), "utf-16"),
        ],
    )
    def test_encodings(self, data, encoding):
        text, used = decode_bytes(data, "x")
        assert used == encoding
        assert text.lstrip("\ufeff").startswith("Caf")

    @pytest.mark.parametrize("data", [b"", b"   \n\t"])
    def test_empty(self, data):
        with pytest.raises(ValueError, match="Empty document"):
            decode_bytes(data, "x")

    def test_binary(self):
        with pytest.raises(ValueError, match="Binary file"):
            decode_bytes(bytes(range(256)) * 4, "x")


class TestReadDocuments:
    def test_txt_with_sidecar(self, tmp_path):
        (tmp_path / "a.txt").write_text("WASHINGTON: Text.", encoding="utf-8")
        (tmp_path / "a.meta.json").write_text(json.dumps({"published": "2022-10-06"}))
        [doc] = read_documents([tmp_path])
        assert doc.doc_id == "a" and not doc.error
        assert doc.meta["published"] == "2022-10-06"

    def test_sidecar_unknown_key(self, tmp_path):
        (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
        (tmp_path / "a.meta.json").write_text(json.dumps({"publishd": "2022"}))
        [doc] = read_documents([tmp_path])
        assert "publishd" in doc.error

    def test_missing_path(self, tmp_path):
        [doc] = read_documents([tmp_path / "nope.txt"])
        assert "Path not found" in doc.error

    def test_duplicate_ids_name_both_sources(self, tmp_path):
        (tmp_path / "x").mkdir()
        (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
        (tmp_path / "x" / "a.txt").write_text("Two.", encoding="utf-8")
        first, second = read_documents([tmp_path / "a.txt", tmp_path / "x" / "a.txt"])
        assert not first.error
        assert "Duplicate document id 'a'" in second.error
        assert str(tmp_path / "a.txt") in second.error
        assert str(tmp_path / "x" / "a.txt") in second.error

    def test_jsonl_records(self, tmp_path):
        path = tmp_path / "b.jsonl"
        path.write_text(
            json.dumps({"id": "r1", "text": "Lima.", "publisher": "OAS"})
            + "\n"
            + json.dumps({"id": "r2"})
            + "\nnot json\n",
            encoding="utf-8",
        )
        r1, r2, r3 = read_documents([path])
        assert r1.doc_id == "r1" and r1.meta["publisher"] == "OAS" and not r1.error
        assert "no 'text' field" in r2.error
        assert "Invalid JSON on line 3" in r3.error

    def test_csv_records(self, tmp_path):
        path = tmp_path / "c.csv"
        path.write_text("id,text,published\nNA,Namibia.,2022-01-01\nc2,,\n", encoding="utf-8")
        ok, bad = read_documents([path])
        assert ok.doc_id == "NA" and ok.text == "Namibia." and not ok.error
        assert "no 'text' field" in bad.error

    def test_csv_without_text_column(self, tmp_path):
        path = tmp_path / "c.csv"
        path.write_text("id,body\n1,Hello\n", encoding="utf-8")
        [doc] = read_documents([path])
        assert "no 'text' field" in doc.error


class TestReadTable:
    def test_namibia_survives(self, tmp_path):
        path = tmp_path / "t.csv"
        path.write_text("country\nNA\n\n", encoding="utf-8")
        assert read_table(path)["country"].tolist() == ["NA"]
