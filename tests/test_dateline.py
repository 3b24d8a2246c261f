"""Datelines and the government that speaks as "we"."""

from __future__ import annotations

import pytest

from .conftest import run_doc


class TestDateline:
    @pytest.mark.parametrize(
        ("text", "place", "date", "author"),
        [
            (
                "Title\n\nWASHINGTON: Secretary Blinken will travel. We will join.",
                "Washington",
                "",
                "USA",
            ),
            ("Lima, 4 November 2021 (TDI): Peru received visitors.", "Lima", "2021-11-04", ""),
            ("OTTAWA, June 14, 2023 – We announced support.", "Ottawa", "2023-06-14", "CAN"),
            # A capital dateline without anyone speaking as "we": a report, not a statement.
            ("WASHINGTON, June 2, 2016 – The council approved it.", "Washington", "2016-06-02", ""),
            ("UNITED NATIONS, Nov 16 (Reuters) - The Assembly voted.", "United Nations", "", ""),
            ("No dateline here: just text.", "", "", ""),
        ],
    )
    def test_parse(self, nlp, text, place, date, author):
        doc = run_doc(nlp, text)
        line = doc._.dateline or {}
        assert line.get("place", "") == place
        assert line.get("date", "") == date
        assert doc._.author_code == author

    @pytest.mark.parametrize(
        ("publisher", "code"),
        [
            ("Global Affairs Canada", "CAN"),
            ("Federal Foreign Office", "DEU"),
            ("Federal Department of Foreign Affairs (FDFA)", "CHE"),
            ("Ministry for Europe and Foreign Affairs", "FRA"),
        ],
    )
    def test_publisher_gives_author(self, nlp, publisher, code):
        doc = run_doc(nlp, "We co-sponsored the resolution.", publisher=publisher)
        assert doc._.author_code == code

    def test_published_falls_back_to_dateline(self, nlp):
        doc = run_doc(nlp, "OTTAWA, June 14, 2023 – We announced support.")
        assert doc._.meta["published"] == "2023-06-14"

    def test_year_from_published(self, nlp):
        doc = run_doc(nlp, "UNITED NATIONS, Nov 16 (Reuters) - Votes.", published="2022-11-17")
        assert doc._.dateline["date"] == "2022-11-16"


def test_country_between_place_and_date(nlp):
    doc = run_doc(
        nlp, "MEDELLIN, Colombia, June 28 (Americas Wire) - Votes.", published="2019-06-29"
    )
    assert doc._.dateline["place"] == "Medellín"
    assert doc._.dateline["date"] == "2019-06-28"
    assert ("Americas Wire", "ORG") in [(e.text, e.label_) for e in doc.ents]


def test_headline_with_region_is_not_a_dateline(nlp):
    doc = run_doc(nlp, "Latin America: High Representative travels to Uruguay\n\nText.")
    assert not doc._.dateline


class TestGovernmentPublisher:
    @pytest.mark.parametrize(
        ("publisher", "code"),
        [
            ("Ministry of Foreign Affairs of Japan", "JPN"),
            ("UK Mission to the United Nations", "GBR"),
            ("Permanent Mission of Ukraine to the United Nations", "UKR"),
            ("Prime Minister of Canada", "CAN"),
            ("Americas Wire", ""),
            ("European External Action Service", ""),
            ("Embassy of Chile and Peru", ""),  # two countries: unknown
            ("Federal Foreign Office (Germany)", "DEU"),
            ("Organization of American States (OAS) Press Office", ""),
        ],
    )
    def test_code(self, publisher, code):
        from pipeline.dateline import government_publisher
        from pipeline.gazetteer import load_gazetteer

        assert government_publisher(publisher, load_gazetteer()) == code

    def test_organization_press_office_is_not_the_host_state(self, nlp):
        doc = run_doc(
            nlp,
            "ASUNCIÓN – The General Assembly met today.",
            publisher="Organization of American States (OAS) Press Office",
        )
        assert doc._.dateline["place"] == "Asunción"
        assert doc._.author_code == ""
