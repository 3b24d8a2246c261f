"""Every rule file loads and validates; unknown keys are rejected."""

from __future__ import annotations

import json
import shutil

import pytest

from pipeline import resources
from pipeline.resources import RESOURCE_DIR, EntityRules, load_model_file, load_records

RECORD_FILES = ["countries", "cities", "regions", "organizations", "publishers"]


class TestLoadRecords:
    @pytest.mark.parametrize("name", RECORD_FILES)
    def test_packaged_file_validates(self, name):
        assert load_records(name)

    @pytest.mark.parametrize("name", RECORD_FILES)
    def test_unknown_key_rejected(self, name, tmp_path):
        raw = json.loads((RESOURCE_DIR / f"{name}.json").read_text(encoding="utf-8"))
        raw["records"][0]["colour"] = "blue"
        (tmp_path / f"{name}.json").write_text(json.dumps(raw), encoding="utf-8")
        with pytest.raises(ValueError, match="colour"):
            load_records(name, tmp_path)

    def test_wrong_schema_tag(self, tmp_path):
        shutil.copy(RESOURCE_DIR / "regions.json", tmp_path / "regions.json")
        raw = json.loads((tmp_path / "regions.json").read_text(encoding="utf-8"))
        raw["schema"] = "communique.cities.v1"
        (tmp_path / "regions.json").write_text(json.dumps(raw), encoding="utf-8")
        with pytest.raises(ValueError, match="expected"):
            load_records("regions", tmp_path)


class TestLoadModelFile:
    def test_entity_rules(self):
        rules = load_model_file("entity_rules", EntityRules)
        assert "Secretary" in rules.person_titles

    def test_unknown_key_rejected(self, tmp_path):
        raw = json.loads((RESOURCE_DIR / "entity_rules.json").read_text(encoding="utf-8"))
        raw["person_title"] = []
        (tmp_path / "entity_rules.json").write_text(json.dumps(raw), encoding="utf-8")
        with pytest.raises(ValueError, match="person_title"):
            load_model_file("entity_rules", EntityRules, tmp_path)


def test_every_resource_file_is_covered():
    on_disk = {p.stem for p in RESOURCE_DIR.glob("*.json")}
    known = set(resources.RESOURCE_FILES) | {"sponsorship_rules", "sponsor_model"}
    assert on_disk <= known, f"untested resource files: {on_disk - known}"
