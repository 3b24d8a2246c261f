"""Tests for pipeline.dates: the date grammar, deictics, year policy, fallback."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from pipeline.dates import DateValue, is_date_expression, normalize_date

# Thursday; the 52nd OAS General Assembly opened that day.
ANCHOR = dt.date(2022, 10, 6)


@pytest.fixture(scope="session")
def nlp():
    return spacy.blank("en")


@pytest.fixture(scope="session")
def tokenize(nlp):
    def _tokenize(text: str) -> list[str]:
        return [token.text for token in nlp(text)]

    return _tokenize


class TestNormalizeDate:
    @pytest.mark.parametrize(
        ("text", "norm"),
        [
            # Full dates, every order.
            ("October 6, 2022", "2022-10-06"),
            ("October 6 2022", "2022-10-06"),
            ("6 October 2022", "2022-10-06"),
            ("6 October, 2022", "2022-10-06"),
            ("Oct. 6, 2022", "2022-10-06"),
            ("Oct 6, 2022", "2022-10-06"),
            ("Sept. 6, 2022", "2022-09-06"),
            ("OCTOBER 6, 2022", "2022-10-06"),
            ("october 6th, 2022", "2022-10-06"),
            ("October the 6th, 2022", "2022-10-06"),
            ("the 6th of October 2022", "2022-10-06"),
            ("Monday, June 5, 2023", "2023-06-05"),
            ("Thursday 6 October 2022", "2022-10-06"),
            ("2022-10-06", "2022-10-06"),
            ("on October 6, 2022.", "2022-10-06"),
            # Months and years.
            ("December 1951", "1951-12"),
            ("December of 1951", "1951-12"),
            ("Dec. 1951", "1951-12"),
            ("2019", "2019"),
            ("in 2019", "2019"),
            ("since 1948", "1948"),
            # Day ranges: "6-7" is three tokens, "6–7" one, "6 - 7" three.
            ("October 6-7, 2022", "2022-10-06/2022-10-07"),
            ("October 6–7, 2022", "2022-10-06/2022-10-07"),
            ("6-7 October 2022", "2022-10-06/2022-10-07"),
            ("6–7 October 2022", "2022-10-06/2022-10-07"),
            ("6 - 7 October 2022", "2022-10-06/2022-10-07"),
            ("6th-7th October 2022", "2022-10-06/2022-10-07"),
            ("5–7 October 2022", "2022-10-05/2022-10-07"),
            ("3 to 5 June 2014", "2014-06-03/2014-06-05"),
            ("from 3 to 5 June 2014", "2014-06-03/2014-06-05"),
            ("between 3 and 5 June 2014", "2014-06-03/2014-06-05"),
            ("June 3 through 5, 2014", "2014-06-03/2014-06-05"),
            # Cross-month and cross-year ranges.
            ("June 30-July 2, 2022", "2022-06-30/2022-07-02"),
            ("June 30–July 2, 2022", "2022-06-30/2022-07-02"),
            ("June 30 to July 2, 2022", "2022-06-30/2022-07-02"),
            ("30 June - 2 July 2022", "2022-06-30/2022-07-02"),
            ("30 June–2 July 2022", "2022-06-30/2022-07-02"),
            ("December 30, 2021 - January 2, 2022", "2021-12-30/2022-01-02"),
            ("December 30 - January 2, 2022", "2021-12-30/2022-01-02"),
            ("Monday, June 5 - Wednesday, June 7, 2023", "2023-06-05/2023-06-07"),
            ("2022-10-06/2022-10-07", "2022-10-06/2022-10-07"),
            # Month and year ranges.
            ("March-April 2022", "2022-03/2022-04"),
            ("March–April 2022", "2022-03/2022-04"),
            ("from March to May 2021", "2021-03/2021-05"),
            ("November 2021 - February 2022", "2021-11/2022-02"),
            ("2019-2021", "2019/2021"),
            ("2019–2021", "2019/2021"),
            ("2019 to 2021", "2019/2021"),
            ("2019-21", "2019/2021"),
            # Qualified months and years keep the precision of what they qualify.
            ("mid-2022", "2022"),
            ("the summer of 2019", "2019"),
            ("early October 2022", "2022-10"),
            ("the end of 2022", "2022"),
            ("late 2021 - early 2022", "2021/2022"),
        ],
    )
    def test_explicit_year(self, tokenize, text, norm):
        value = normalize_date(tokenize(text), ANCHOR)
        assert value is not None
        assert value.norm == norm
        assert value.year_inferred is False

    @pytest.mark.parametrize(
        ("text", "norm"),
        [
            ("October 6", "2022-10-06"),
            ("OCTOBER 6.", "2022-10-06"),
            ("Oct. 6", "2022-10-06"),
            ("6 October", "2022-10-06"),
            ("the 6th of October", "2022-10-06"),
            ("June", "2022-06"),
            ("October 6-7", "2022-10-06/2022-10-07"),
            ("October 6–7", "2022-10-06/2022-10-07"),
            ("October 6 - 7", "2022-10-06/2022-10-07"),
            ("6-7 October", "2022-10-06/2022-10-07"),
            ("6–7 October", "2022-10-06/2022-10-07"),
            ("6 - 7 October", "2022-10-06/2022-10-07"),
            ("June 30 to July 2", "2022-06-30/2022-07-02"),
            ("from 3 to 5 June", "2022-06-03/2022-06-05"),
            ("between 3 and 5 June", "2022-06-03/2022-06-05"),
            ("from the 3rd to the 5th of June", "2022-06-03/2022-06-05"),
            ("March-April", "2022-03/2022-04"),
            ("mid-October", "2022-10"),
            ("November - February", "2022-11/2023-02"),
            # Crosses New Year: the end takes the next year.
            ("December 30 - January 2", "2022-12-30/2023-01-02"),
        ],
    )
    def test_missing_year_from_anchor(self, tokenize, text, norm):
        value = normalize_date(tokenize(text), ANCHOR)
        assert value is not None
        assert value.norm == norm
        assert value.year_inferred is True

    @pytest.mark.parametrize(
        ("text", "anchor", "future", "norm"),
        [
            # Within six months either way: the anchor's year, whatever the tense.
            ("November 20", ANCHOR, False, "2022-11-20"),
            ("June 5", ANCHOR, True, "2022-06-05"),
            # Past tense, more than six months after the anchor: previous year.
            ("December 10", dt.date(2023, 1, 5), False, "2022-12-10"),
            ("December", dt.date(2023, 1, 5), False, "2022-12"),
            # Future tense, more than six months before the anchor: next year.
            ("January 15", dt.date(2022, 12, 1), True, "2023-01-15"),
            ("March", ANCHOR, True, "2023-03"),
            ("January 15", dt.date(2022, 12, 1), False, "2022-01-15"),
            # Future tense, far ahead: announcements may look a year out.
            ("November 20", dt.date(2022, 1, 10), True, "2022-11-20"),
            # The shift moves a whole range.
            ("December 30 - January 2", dt.date(2023, 1, 5), False, "2022-12-30/2023-01-02"),
        ],
    )
    def test_missing_year_policy(self, tokenize, text, anchor, future, norm):
        value = normalize_date(tokenize(text), anchor, future=future)
        assert value is not None
        assert value.norm == norm
        assert value.year_inferred is True

    @pytest.mark.parametrize(
        ("text", "future", "norm"),
        [
            ("today", False, "2022-10-06"),
            ("Today", False, "2022-10-06"),
            ("tonight", False, "2022-10-06"),
            ("this morning", False, "2022-10-06"),
            ("yesterday", False, "2022-10-05"),
            ("tomorrow", True, "2022-10-07"),
            # Weekdays: on or before the anchor (past), on or after it (future).
            ("on Monday", False, "2022-10-03"),
            ("on Monday", True, "2022-10-10"),
            ("Monday", False, "2022-10-03"),
            ("Thursday", False, "2022-10-06"),
            ("Thursday", True, "2022-10-06"),
            ("Friday", False, "2022-09-30"),
            ("this Friday", True, "2022-10-07"),
            ("last Thursday", False, "2022-09-29"),
            ("next Thursday", True, "2022-10-13"),
            ("last week", False, "2022-09-26/2022-10-02"),
            ("this week", False, "2022-10-03/2022-10-09"),
            ("next week", True, "2022-10-10/2022-10-16"),
            ("last month", False, "2022-09"),
            ("this month", False, "2022-10"),
            ("next month", True, "2022-11"),
            ("last year", False, "2021"),
            ("this year", False, "2022"),
            ("next year", True, "2023"),
        ],
    )
    def test_deictic(self, tokenize, text, future, norm):
        value = normalize_date(tokenize(text), ANCHOR, future=future)
        assert value is not None
        assert value.norm == norm
        assert value.year_inferred is True

    def test_deictic_month_crosses_year(self, tokenize):
        value = normalize_date(tokenize("next month"), dt.date(2022, 12, 15))
        assert value == DateValue("2023-01", "2023-01-01", "2023-01-31", "month", True)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("October 6, 2022", DateValue("2022-10-06", "2022-10-06", "2022-10-06", "day", False)),
            ("December 1951", DateValue("1951-12", "1951-12-01", "1951-12-31", "month", False)),
            ("February 2024", DateValue("2024-02", "2024-02-01", "2024-02-29", "month", False)),
            ("2019", DateValue("2019", "2019-01-01", "2019-12-31", "year", False)),
            (
                "June 30 to July 2, 2022",
                DateValue("2022-06-30/2022-07-02", "2022-06-30", "2022-07-02", "day", False),
            ),
            (
                "March-April 2022",
                DateValue("2022-03/2022-04", "2022-03-01", "2022-04-30", "month", False),
            ),
            ("2019–2021", DateValue("2019/2021", "2019-01-01", "2021-12-31", "year", False)),
            (
                "next week",
                DateValue("2022-10-10/2022-10-16", "2022-10-10", "2022-10-16", "day", True),
            ),
        ],
    )
    def test_full_value(self, tokenize, text, expected):
        assert normalize_date(tokenize(text), ANCHOR) == expected

    @pytest.mark.parametrize(
        "text",
        [
            "February 30, 2022",
            "February 29, 2022",
            "February 30",
            "October 32",
            "2022-13-01",
            "2022-02-30",
            "October 7-6, 2022",
            "July 2 to June 30, 2022",
            "July 2 to June 30",
            "2021-2019",
            "2019-05",
            # Mixed precision on the two sides of a range.
            "June 30 - July 2022",
            "2019 - March 2021",
        ],
    )
    def test_invalid_dates_are_none(self, tokenize, text):
        assert normalize_date(tokenize(text), ANCHOR) is None

    @pytest.mark.parametrize(
        "text", ["October 6", "June", "6-7 October", "today", "on Monday", "next week"]
    )
    def test_without_anchor_needs_year(self, tokenize, text):
        assert normalize_date(tokenize(text)) is None

    def test_without_anchor_explicit_year(self, tokenize):
        value = normalize_date(tokenize("6 October 2022"))
        assert value is not None
        assert value.norm == "2022-10-06"

    @pytest.mark.parametrize(
        "text",
        [
            "two years",
            "decades",
            "annual",
            "annually",
            "every year",
            "To-date",
            "recently",
            "the past year",
            "the last year",
            "this century",
            "the post-pandemic era",
            "52nd",
            "the first",
            "AG/RES. 2877 (XLV-O/15)",
            "A/RES/77/1",
            "CP/RES. 1234",
            "10 a.m.",
            # dateparser would answer 2022-01-02 and 2022-06-10.
            "1 2 2022",
            "6.10.2022",
        ],
    )
    def test_not_dates_are_none(self, tokenize, text):
        assert normalize_date(tokenize(text), ANCHOR) is None

    @pytest.mark.parametrize(
        ("text", "norm"),
        [
            ("10/06/2022", "2022-10-06"),
            ("2022/10/06", "2022-10-06"),
            ("on 10/06/2022", "2022-10-06"),
            # DATE_ORDER is MDY, but an impossible month makes dateparser swap.
            ("13/06/2022", "2022-06-13"),
            ("October 6 at 10 a.m., 2022", "2022-10-06"),
        ],
    )
    def test_fallback_single_date(self, tokenize, text, norm):
        value = normalize_date(tokenize(text), ANCHOR)
        assert value is not None
        assert value.norm == norm
        assert value.precision == "day"
        assert value.year_inferred is False

    def test_tokens_as_plain_strings(self):
        value = normalize_date(["6–7", "October", "2022", "."], ANCHOR)
        assert value is not None
        assert value.norm == "2022-10-06/2022-10-07"

    def test_whitespace_tokens_ignored(self, tokenize):
        value = normalize_date(tokenize("October 6-7.  "), ANCHOR)
        assert value is not None
        assert value.norm == "2022-10-06/2022-10-07"


class TestIsDateExpression:
    @pytest.mark.parametrize(
        "text",
        [
            "October 6-7",
            "6–7 October 2022",
            "Monday, June 5, 2023",
            "December 1951",
            "2019",
            "in 2019",
            "2019–2021",
            "from March to May 2021",
            "June 30 to July 2",
            "February 29",
            "today",
            "yesterday",
            "on Monday",
            "next week",
            "last year",
            "10/06/2022",
            "mid-2022",
        ],
    )
    def test_dates(self, tokenize, text):
        assert is_date_expression(tokenize(text)) is True

    @pytest.mark.parametrize(
        "text",
        [
            # Durations.
            "two years",
            "decades",
            "a decade",
            "24 hours",
            "several months",
            # Frequencies.
            "annual",
            "annually",
            "every year",
            "each year",
            # Ordinals and session numbers.
            "52nd",
            "the first",
            "XLV",
            # Vague references.
            "To-date",
            "recently",
            "the past year",
            "this century",
            "the post-pandemic era",
            "summer",
            "mid-October 6",
            # Resolution symbols.
            "AG/RES. 2877 (XLV-O/15)",
            "A/RES/77/1",
            "CP/RES. 1234",
            # Impossible days and time of day alone.
            "February 30",
            "10 a.m.",
            "",
        ],
    )
    def test_not_dates(self, tokenize, text):
        assert is_date_expression(tokenize(text)) is False
