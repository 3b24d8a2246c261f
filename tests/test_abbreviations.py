"""Acronym definitions found as plain functions, on a blank tokenizer."""

from __future__ import annotations

import pytest

from pipeline.abbreviations import best_long_form, find_abbreviations, initials_long_form


class TestFindAbbreviations:
    @pytest.mark.parametrize(
        ("text", "pairs"),
        [
            (
                "the 52nd Organization of American States (OAS) General Assembly",
                [("Organization of American States", "OAS")],
            ),
            (
                "the Inter-American Commission on Human Rights (IACHR) said",
                [("Inter-American Commission on Human Rights", "IACHR")],
            ),
            ("the Caribbean Community (CARICOM) met", [("Caribbean Community", "CARICOM")]),
            (
                "the Pan American Health Organization (PAHO)",
                [("Pan American Health Organization", "PAHO")],
            ),
            ("the United Nations (UN) is", [("United Nations", "UN")]),
            ("in Lima (Peru) today", []),
            (
                "member countries of the Community of Latin American and Caribbean States (CELAC).",
                [("Community of Latin American and Caribbean States", "CELAC")],
            ),
            ("a note (see below)", []),
        ],
    )
    def test_pairs(self, blank, text, pairs):
        found = [(long.text, short.text) for long, short in find_abbreviations(blank(text))]
        assert found == pairs


class TestInitialsLongForm:
    @pytest.mark.parametrize(
        ("short", "words", "index"),
        [
            ("OAS", ["the", "Organization", "of", "American", "States"], 1),
            ("UNGA", ["United", "Nations", "General", "Assembly"], 0),
            ("IACHR", ["Inter-American", "Commission", "on", "Human", "Rights"], 0),
            ("XYZ", ["United", "Nations"], None),
        ],
    )
    def test_index(self, short, words, index):
        assert initials_long_form(short, words) == index


class TestBestLongForm:
    def test_schwartz_hearst_fallback(self):
        assert best_long_form("CARICOM", "Caribbean Community") == 0

    def test_no_match(self):
        assert best_long_form("XQ", "United Nations") is None
