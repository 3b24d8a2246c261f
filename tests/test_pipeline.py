"""The pipeline as a spaCy Language: config, components, save/load round trip."""

from __future__ import annotations

import spacy

from .conftest import ROOT, SEED, run_doc


class TestLoadPipeline:
    def test_components(self, nlp):
        assert nlp.pipe_names[:3] == ["communique_lines", "sentencizer", "ner"]
        for name in (
            "communique_dateline",
            "communique_entities",
            "communique_normalizer",
            "communique_sponsorships",
        ):
            assert name in nlp.pipe_names
        # Only the components the pipeline uses are loaded (speed).
        assert "parser" not in nlp.pipe_names and "tagger" not in nlp.pipe_names

    def test_missing_model_is_a_clear_error(self):
        import pytest

        from pipeline.language import ModelNotFoundError, load_pipeline

        with pytest.raises(ModelNotFoundError, match=r"pip install|spacy download"):
            load_pipeline("en_core_web_nonexistent")


class TestRoundTrip:
    def test_to_disk_and_back(self, nlp, tmp_path):
        text = (ROOT / "corpus" / f"{SEED}.txt").read_text(encoding="utf-8")
        before = run_doc(nlp, text, published="2022-10-06")
        nlp.to_disk(tmp_path / "model")
        assert (tmp_path / "model" / "communique_entities" / "countries.json").exists()
        reloaded = spacy.load(tmp_path / "model")
        assert reloaded.pipe_names == nlp.pipe_names
        after = run_doc(reloaded, text, published="2022-10-06")
        assert [(e.start_char, e.end_char, e.label_, e._.norm) for e in after.ents] == [
            (e.start_char, e.end_char, e.label_, e._.norm) for e in before.ents
        ]
        assert after._.author_code == before._.author_code == "USA"

    def test_rules_only_survives_to_disk(self, nlp, tmp_path):
        # L36: the second stage adds a record to the one the rules find.
        from pipeline.language import load_pipeline

        text = (ROOT / "corpus" / "L36_devex-wha71-rheumatic-heart-disease-2018.txt").read_text(
            encoding="utf-8"
        )
        load_pipeline(rules_only=True).to_disk(tmp_path / "rules")
        reloaded = spacy.load(tmp_path / "rules")
        assert reloaded.config["components"]["communique_sponsorships"]["second_stage"] is False
        assert reloaded.get_pipe("communique_sponsorships").second_stage is None
        rules = run_doc(reloaded, text)._.sponsorships
        assert 0 < len(rules) < len(run_doc(nlp, text)._.sponsorships)


class TestSeedMentions:
    """The acceptance criteria of issue 2 on the first seed."""

    def test_seed_places_orgs_dates(self, nlp):
        text = (ROOT / "corpus" / f"{SEED}.txt").read_text(encoding="utf-8")
        doc = run_doc(nlp, text, published="2022-10-06")
        places = {e.text: e._.country for e in doc.ents if e.label_ == "PLACE"}
        expected = {
            "Lima": "PER",
            "Peru": "PER",
            "Guatemala": "GTM",
            "Canada": "CAN",
            "Chile": "CHL",
            "Haiti": "HTI",
            "Venezuela": "VEN",
            "Ukraine": "UKR",
            "Russia": "RUS",
        }
        assert {k: places.get(k) for k in expected} == expected
        assert "Blinken" not in places
        orgs = {e.text for e in doc.ents if e.label_ == "ORG"}
        assert "Organization of American States" in orgs
        dates = {e.text: e._.norm for e in doc.ents if e.label_ == "DATE"}
        assert dates["October 6-7"] == "2022-10-06/2022-10-07"
