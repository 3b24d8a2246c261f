"""Normalize DATE mentions to ISO 8601 values.

The input is the token texts of a spaCy DATE span. A small hand-written grammar
reads them; ``dateparser`` is only a fallback for a single, fully specified date
the grammar does not know (e.g. "10/06/2022").

Grammar (commas are insignificant and dropped; "the", "on", "in", "from",
"since", "between", ... are stripped from the front; punctuation and "'s" from
the back)::

    expression := deictic | point | point CONNECTOR point
    point      := QUALIFIER ["-"] ["of"] ["the"] (MONTH [YEAR] | YEAR)
                                                  "mid-2022", "the summer of 2019"
                | [WEEKDAY] MONTH ["the"] DAY [YEAR]    "Monday, June 5, 2023"
                | [WEEKDAY] DAY ["of"] MONTH [YEAR]     "6 October 2022", "6th of October"
                | YEAR "-" MM "-" DD                    "2022-10-06"
                | MONTH ["of"] YEAR                     "December 1951"
                | MONTH | YEAR                          "June", "2019"
                | DAY [YEAR]                            "7" of "October 6-7" (ranges only)
    CONNECTOR  := "-" | "–" | "—" | "to" | "through" | "until" | "till"
                | "and" (after a stripped "between") | "/" (between ISO dates)
    deictic    := "today" | "tonight" | "this morning" | "yesterday" | "tomorrow"
                | ["this" | "last" | "next"] WEEKDAY
                | ("this" | "last" | "next") ("week" | "month" | "year")

Tokens holding a dash or slash between parts ("6–7", "2019–2021", "6th-7th")
are split first, because spaCy splits "6-7" but not "6–7" and both must read
the same. In a range, the side missing a month or year takes it from the other
("October 6-7", "6-7 October 2022", "30 June - 2 July 2022"); both sides must
end at the same precision (day, month or year).

Missing-year policy: a date without a year takes the anchor's (publication
date's) year, even when it falls after the anchor, because press releases
announce upcoming events as often as they report past ones. Only a date more
than six months (183 days) from the anchor in the direction the tense rules out
moves by a year:

* past/present tense (``future=False``): if the date starts more than 183 days
  after the anchor, it is taken from the previous year ("December 10" in a
  release of 2023-01-05 is 2022-12-10);
* future tense (``future=True``): if the date ends more than 183 days before
  the anchor, it is taken from the next year ("will meet on January 15" in a
  release of 2022-12-01 is 2023-01-15).

A weekday written with a yearless date ("Monday, June 5") is not used to pick
the year; the rule above alone decides. Deictic expressions and yearless dates
need an anchor; without one they normalize to ``None``.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

import dateparser

__all__ = ["DateValue", "is_date_expression", "normalize_date"]

_MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

_WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}

# Only single-word ordinals: spaCy splits "twenty-first" at the hyphen, which
# would collide with the range dash.
_ORDINAL_WORDS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}

_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
_DASHES = frozenset({"-", "–", "—", "‒", "−"})
_SPLIT_CHARS = _DASHES | {"/"}
_CONNECTOR_WORDS = frozenset({"to", "through", "thru", "until", "till"})
_PREFIXES = frozenset(
    {"the", "on", "in", "from", "since", "between", "by", "during", "until", "till", "of"}
)
_TRAILING_JUNK = frozenset({"'s", "’s", "'", "’"})
_QUALIFIERS = frozenset(
    {
        "early",
        "mid",
        "middle",
        "late",
        "end",
        "beginning",
        "start",
        "spring",
        "summer",
        "fall",
        "autumn",
        "winter",
    }
)
_TODAY_WORDS = frozenset({"today", "tonight"})
_DAY_PARTS = frozenset({"morning", "afternoon", "evening"})
_UNITS = ("week", "month", "year")

# Outside the grammar these words mark a span as a non-date, so the dateparser
# fallback never gets to read "two years" as "two years ago" (it does).
_NON_DATE_WORDS = frozenset(
    {
        "annual",
        "annually",
        "biannual",
        "biennial",
        "every",
        "each",
        "weekly",
        "monthly",
        "yearly",
        "daily",
        "quarterly",
        "recently",
        "recent",
        "past",
        "century",
        "centuries",
        "decade",
        "decades",
        "era",
        "ago",
        "res",
        "date",
        "age",
        "old",
    }
)

_YEAR_MIN, _YEAR_MAX = 1000, 2199
_HALF_YEAR = dt.timedelta(days=183)
# Leap year, mid-year: lets is_date_expression accept "February 29" and
# yearless ranges without a real anchor.
_PROBE_ANCHOR = dt.date(2000, 6, 15)

_DATEPARSER_SETTINGS: dict[str, object] = {
    "PREFER_DATES_FROM": "current_period",
    # STRICT_PARSING already demands day, month and year; REQUIRE_PARTS says it
    # again so a change of either default cannot let a partial date through.
    "REQUIRE_PARTS": ["day", "month", "year"],
    "STRICT_PARSING": True,
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_DAY_OF_MONTH": "first",
    # US State Department style: "10/06/2022" is October 6.
    "DATE_ORDER": "MDY",
}


@dataclass(frozen=True)
class DateValue:
    """A normalized calendar point or interval.

    Attributes:
        norm: ISO 8601 at the precision of the text: "2022-10-06", "1951-12",
            "2019", or an interval "2022-10-06/2022-10-07".
        start: First day covered, "YYYY-MM-DD".
        end: Last day covered, "YYYY-MM-DD" (inclusive).
        precision: "day", "month" or "year".
        year_inferred: True when the year came from the anchor, not the text.
    """

    norm: str
    start: str
    end: str
    precision: str
    year_inferred: bool


@dataclass(frozen=True)
class _Lex:
    """One lexeme: a classified, lower-cased token."""

    kind: str  # "month" | "weekday" | "num" | "dash" | "slash" | "word"
    text: str
    value: int = 0
    width: int = 0
    ordinal: bool = False


@dataclass(frozen=True)
class _Point:
    """One side of an expression as written; any field may be missing."""

    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    iso: bool = False

    @property
    def precision(self) -> str:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"


@dataclass(frozen=True)
class _Lexed:
    """The lexemes of a span plus what the stripped prefixes tell us."""

    items: tuple[_Lex, ...]
    between: bool  # "between" was stripped, so "and" connects a range
    had_the: bool  # "the last year" is a vague duration, "last year" a date


def _split_token(text: str) -> list[str]:
    """Split "6–7", "2019–2021", "06/2022" into parts around the dash or slash."""
    if len(text) < 2 or text in _SPLIT_CHARS:
        return [text]
    parts: list[str] = []
    current = ""
    for char in text:
        if char in _SPLIT_CHARS:
            if current:
                parts.append(current)
            parts.append(char)
            current = ""
        else:
            current += char
    if current:
        parts.append(current)
    return parts


def _classify(text: str) -> _Lex:
    """Classify one lower-cased token."""
    bare = text.rstrip(".")
    if bare in _MONTHS:
        return _Lex("month", bare, _MONTHS[bare])
    if bare in _WEEKDAYS:
        return _Lex("weekday", bare, _WEEKDAYS[bare])
    if text.isascii() and text.isdigit():
        return _Lex("num", text, int(text), len(text))
    digits, suffix = text[:-2], text[-2:]
    if suffix in _ORDINAL_SUFFIXES and digits.isascii() and digits.isdigit():
        return _Lex("num", text, int(digits), len(digits), ordinal=True)
    if text in _ORDINAL_WORDS:
        return _Lex("num", text, _ORDINAL_WORDS[text], 0, ordinal=True)
    if text in _DASHES:
        return _Lex("dash", text)
    if text == "/":
        return _Lex("slash", text)
    return _Lex("word", text)


def _is_punct(text: str) -> bool:
    return all(not char.isalnum() for char in text)


def _lex(tokens: Sequence[str]) -> _Lexed:
    """Turn token texts into lexemes, dropping what carries no date meaning."""
    words = [
        part
        for token in tokens
        for part in _split_token(token.strip().lower())
        if part and part != ","
    ]
    # Trailing punctuation and possessives are outside the date ("2022's").
    while words and (words[-1] in _TRAILING_JUNK or (_is_punct(words[-1]))):
        words.pop()
    between = had_the = False
    while words and (words[0] in _PREFIXES or _is_punct(words[0])):
        between = between or words[0] == "between"
        had_the = had_the or words[0] == "the"
        words.pop(0)
    items: list[_Lex] = []
    for word in words:
        # "Oct ." when the tokenizer left the abbreviation dot on its own.
        if word == "." and items and items[-1].kind == "month":
            continue
        items.append(_classify(word))
    return _Lexed(tuple(items), between, had_the)


def _is_day(lex: _Lex) -> bool:
    return lex.kind == "num" and 1 <= lex.value <= 31 and (lex.ordinal or lex.width <= 2)


def _is_year(lex: _Lex) -> bool:
    return (
        lex.kind == "num"
        and not lex.ordinal
        and lex.width == 4
        and _YEAR_MIN <= lex.value <= _YEAR_MAX
    )


def _is_word(items: Sequence[_Lex], i: int, *words: str) -> bool:
    return i < len(items) and items[i].kind == "word" and items[i].text in words


def _with_year(items: Sequence[_Lex], i: int, point: _Point) -> Iterator[tuple[_Point, int]]:
    """Yield the point as is, and with the year that may follow it."""
    yield point, i
    if i < len(items) and _is_year(items[i]):
        yield replace(point, year=items[i].value), i + 1


def _points(items: Sequence[_Lex], i: int) -> Iterator[tuple[_Point, int]]:
    """Yield every point that starts at ``items[i]``, with the index after it.

    Bare days ("7") are yielded too; only ranges accept them.
    """
    if _is_word(items, i, "the"):
        i += 1
    if not _is_word(items, i, *_QUALIFIERS):
        yield from _plain_points(items, i)
        return
    # "mid-2022", "the summer of 2019", "early October": the guidelines count
    # these at the precision of the month or year they name.
    j = i + 1
    if j < len(items) and items[j].text == "-":
        j += 1
    j += _is_word(items, j, "of")
    j += _is_word(items, j, "the")
    for point, k in _plain_points(items, j):
        if point.day is None and point.weekday is None:
            yield point, k


def _plain_points(items: Sequence[_Lex], i: int) -> Iterator[tuple[_Point, int]]:
    """Yield the points at ``items[i]`` that carry no qualifier."""
    weekday = None
    if i < len(items) and items[i].kind == "weekday":
        weekday = items[i].value
        i += 1
    if i >= len(items):
        return
    first = items[i]
    if first.kind == "month":
        month = first.value
        j = i + 1
        if _is_word(items, j, "the"):
            j += 1
        if j < len(items) and _is_day(items[j]):
            yield from _with_year(items, j + 1, _Point(items[j].value, month, None, weekday))
        j = i + 1 + _is_word(items, i + 1, "of")
        if j < len(items) and _is_year(items[j]):
            yield _Point(None, month, items[j].value, weekday), j + 1
        if weekday is None:
            yield _Point(None, month), i + 1
        return
    if _is_year(first):
        iso = _iso_point(items, i)
        if iso is not None:
            yield iso
        if weekday is None:
            yield _Point(year=first.value), i + 1
        return
    if _is_day(first):
        j = i + 1 + _is_word(items, i + 1, "of")
        if j < len(items) and items[j].kind == "month":
            point = _Point(first.value, items[j].value, None, weekday)
            yield from _with_year(items, j + 1, point)
        if weekday is None:
            yield from _with_year(items, i + 1, _Point(day=first.value))


def _iso_point(items: Sequence[_Lex], i: int) -> tuple[_Point, int] | None:
    """Read "2022 - 10 - 06" (spaCy splits ISO dates at the hyphens)."""
    window = items[i : i + 5]
    if len(window) < 5 or window[1].text != "-" or window[3].text != "-":
        return None
    month, day = window[2], window[4]
    if not all(lex.kind == "num" and not lex.ordinal and lex.width <= 2 for lex in (month, day)):
        return None
    return _Point(day.value, month.value, window[0].value, iso=True), i + 5


def _short_year(left: _Point, rest: Sequence[_Lex]) -> _Point | None:
    """Read the "21" of "2019-21" as 2021: two digits right after a bare year."""
    if left.precision != "year" or left.year is None or len(rest) != 1:
        return None
    lex = rest[0]
    if lex.kind != "num" or lex.ordinal or lex.width != 2:
        return None
    return _Point(year=left.year - left.year % 100 + lex.value)


def _is_connector(lex: _Lex, between: bool) -> bool:
    if lex.kind == "dash":
        return True
    return lex.kind == "word" and (lex.text in _CONNECTOR_WORDS or (between and lex.text == "and"))


def _parses(lexed: _Lexed) -> Iterator[tuple[_Point, _Point | None]]:
    """Yield (point, None) for single dates and (left, right) for ranges."""
    items = lexed.items
    n = len(items)
    for left, i in _points(items, 0):
        if i == n:
            if left.day is None or left.month is not None:
                yield left, None
            continue
        conn = items[i]
        if conn.kind == "slash" and left.iso:
            rights = ((p, j) for p, j in _points(items, i + 1) if p.iso)
        elif _is_connector(conn, lexed.between):
            rights = _points(items, i + 1)
            short = _short_year(left, items[i + 1 :])
            if short is not None:
                yield left, short
        else:
            continue
        for right, j in rights:
            if j == n:
                yield left, right


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _bounds(point: _Point, year: int) -> tuple[dt.date, dt.date] | None:
    """First and last day a point covers in ``year``; None if no such day."""
    try:
        if point.day is not None and point.month is not None:
            day = dt.date(year, point.month, point.day)
            return day, day
        if point.month is not None:
            if not 1 <= point.month <= 12:
                return None
            return dt.date(year, point.month, 1), dt.date(
                year, point.month, _last_day(year, point.month)
            )
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        return None


def _iso(point: _Point, year: int) -> str:
    if point.precision == "day":
        return f"{year:04d}-{point.month:02d}-{point.day:02d}"
    if point.precision == "month":
        return f"{year:04d}-{point.month:02d}"
    return f"{year:04d}"


def _month_day(point: _Point) -> tuple[int, int]:
    return point.month or 0, point.day or 0


def _wraps(left: _Point, right: _Point) -> bool:
    """True when a range crosses New Year ("December 30 - January 2").

    Only a month going back by more than six counts: "October 7-6" and
    "July 2 to June 30" are errors, not ranges of nearly a year.
    """
    return (left.month or 0) - (right.month or 0) > 6


def _year_shift(start: dt.date, end: dt.date, anchor: dt.date, future: bool) -> int:
    """How many years to move a yearless date placed in the anchor's year.

    See the module docstring for the policy.
    """
    if not future and start > anchor + _HALF_YEAR:
        return -1
    if future and end < anchor - _HALF_YEAR:
        return 1
    return 0


def _fill_range(left: _Point, right: _Point) -> tuple[_Point, _Point] | None:
    """Let each side of a range borrow the month and year the other gives."""
    if left.month is None and left.day is not None:
        left = replace(left, month=right.month)
    if right.month is None and right.day is not None:
        right = replace(right, month=left.month)
    if left.month is None and left.day is not None:
        return None
    if left.precision != right.precision:
        return None
    if left.year is None and right.year is not None:
        left = replace(left, year=right.year - _wraps(left, right))
    elif right.year is None and left.year is not None:
        right = replace(right, year=left.year + _wraps(left, right))
    return left, right


def _resolve(
    left: _Point, right: _Point | None, anchor: dt.date | None, future: bool
) -> DateValue | None:
    """Place a parsed point or range on the calendar."""
    if right is not None:
        filled = _fill_range(left, right)
        if filled is None:
            return None
        left, right = filled
    last = right if right is not None else left
    inferred = left.year is None
    if inferred:
        if anchor is None:
            return None
        start_year = anchor.year
        # "December 30 - January 2": the end lies in the next year.
        end_year = start_year + _wraps(left, last)
    else:
        start_year, end_year = left.year, last.year
    first_bounds, last_bounds = _bounds(left, start_year), _bounds(last, end_year)
    if first_bounds is None or last_bounds is None:
        return None
    if inferred:
        shift = _year_shift(first_bounds[0], last_bounds[1], anchor, future)
        if shift:
            start_year, end_year = start_year + shift, end_year + shift
            first_bounds, last_bounds = _bounds(left, start_year), _bounds(last, end_year)
            if first_bounds is None or last_bounds is None:
                return None
    start, end = first_bounds[0], last_bounds[1]
    if end < start:
        return None
    norm = _iso(left, start_year)
    if right is not None and (start_year, _month_day(left)) != (end_year, _month_day(last)):
        norm = f"{norm}/{_iso(last, end_year)}"
    return DateValue(norm, start.isoformat(), end.isoformat(), left.precision, inferred)


def _day_value(day: dt.date) -> DateValue:
    return DateValue(day.isoformat(), day.isoformat(), day.isoformat(), "day", True)


def _weekday_value(weekday: int, anchor: dt.date, mode: str) -> DateValue:
    """Resolve a weekday name: mode "past" (on or before), "future" (on or after),
    "last" (strictly before) or "next" (strictly after the anchor)."""
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if mode == "last":
        back = back or 7
    if mode == "next":
        ahead = ahead or 7
    if mode in ("past", "last"):
        return _day_value(anchor - dt.timedelta(days=back))
    return _day_value(anchor + dt.timedelta(days=ahead))


def _unit_value(unit: str, offset: int, anchor: dt.date) -> DateValue:
    """The week, month or year ``offset`` units away from the anchor's."""
    if unit == "week":
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=offset)
        sunday = monday + dt.timedelta(days=6)
        return DateValue(
            f"{monday.isoformat()}/{sunday.isoformat()}",
            monday.isoformat(),
            sunday.isoformat(),
            "day",
            True,
        )
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + offset
        year, month = divmod(index, 12)
        month += 1
        return DateValue(
            f"{year:04d}-{month:02d}",
            dt.date(year, month, 1).isoformat(),
            dt.date(year, month, _last_day(year, month)).isoformat(),
            "month",
            True,
        )
    year = anchor.year + offset
    return DateValue(f"{year:04d}", f"{year:04d}-01-01", f"{year:04d}-12-31", "year", True)


def _deictic(lexed: _Lexed, anchor: dt.date, future: bool) -> DateValue | None:
    """Resolve "today", "on Monday", "last week" and the like; None if not one."""
    items = lexed.items
    texts = [lex.text for lex in items]
    if len(items) == 1:
        word = items[0]
        if word.text in _TODAY_WORDS:
            return _day_value(anchor)
        if word.text == "yesterday":
            return _day_value(anchor - dt.timedelta(days=1))
        if word.text == "tomorrow":
            return _day_value(anchor + dt.timedelta(days=1))
        if word.kind == "weekday":
            return _weekday_value(word.value, anchor, "future" if future else "past")
        return None
    if len(items) != 2 or texts[0] not in ("this", "last", "next"):
        return None
    if texts[0] == "this" and texts[1] in _DAY_PARTS:
        return _day_value(anchor)
    if items[1].kind == "weekday":
        mode = {"this": "future" if future else "past", "last": "last", "next": "next"}[texts[0]]
        return _weekday_value(items[1].value, anchor, mode)
    # "the last year" / "the next month" read as durations, not calendar units.
    if texts[1] in _UNITS and not (lexed.had_the and texts[0] != "this"):
        offset = {"this": 0, "last": -1, "next": 1}[texts[0]]
        return _unit_value(texts[1], offset, anchor)
    return None


def _fallback(tokens: Sequence[str], lexed: _Lexed, anchor: dt.date | None) -> DateValue | None:
    """Ask dateparser about a single date the grammar cannot read.

    dateparser is lenient in ways that would invent dates ("two years" becomes
    two years ago, "this century" 1922-10-01, "6.10.2022" June 10), so it is
    only asked when the span holds a written year, a month name or a slash
    date, and no range connector; its answer is kept only if the year, month
    and day it returns are all visible in the text.
    """
    items = lexed.items
    if not items or any(
        _is_connector(lex, True) or (lex.kind == "word" and lex.text in _NON_DATE_WORDS)
        for lex in items
    ):
        return None
    if not any(_is_year(lex) or _has_year_digits(lex.text) for lex in items):
        return None
    # Numbers alone are read only in the slash form: "1 2 2022" is no date, and
    # dateparser would read the European "6.10.2022" as June 10 under MDY.
    if not any(lex.kind == "month" or "/" in lex.text for lex in items):
        return None
    settings = dict(_DATEPARSER_SETTINGS)
    base = anchor or _PROBE_ANCHOR
    settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    parsed = dateparser.parse(" ".join(tokens), languages=["en"], settings=settings)
    if parsed is None:
        return None
    day = parsed.date()
    numbers = _numbers_in(items)
    months = {lex.value for lex in items if lex.kind == "month"}
    if day.year not in numbers or day.day not in numbers:
        return None
    if day.month not in months and day.month not in numbers:
        return None
    return DateValue(day.isoformat(), day.isoformat(), day.isoformat(), "day", False)


def _has_year_digits(text: str) -> bool:
    """True if a token like "10/06/2022" or "6.10.2022" holds a 4-digit year."""
    return any(_is_year(_classify(part)) for part in _digit_runs(text))


def _digit_runs(text: str) -> list[str]:
    runs: list[str] = []
    current = ""
    for char in text:
        if char.isascii() and char.isdigit():
            current += char
        elif current:
            runs.append(current)
            current = ""
    if current:
        runs.append(current)
    return runs


def _numbers_in(items: Sequence[_Lex]) -> set[int]:
    return {int(run) for lex in items for run in _digit_runs(lex.text)} | {
        lex.value for lex in items if lex.kind == "num"
    }


def normalize_date(
    tokens: Sequence[str], anchor: dt.date | None = None, *, future: bool = False
) -> DateValue | None:
    """Normalize the tokens of a DATE span to an ISO 8601 value.

    Args:
        tokens: The token texts of a spaCy DATE span, e.g. ``[t.text for t in span]``.
        anchor: The publication date; resolves deictic expressions and
            supplies missing years.
        future: True when the sentence is in the future tense; decides which
            way a bare weekday and a yearless date far from the anchor go.

    Returns:
        The normalized value, or None when the span is not a calendar date,
        names an impossible day ("February 30"), is a range ending before it
        starts, or needs an anchor that was not given.
    """
    lexed = _lex(tokens)
    if not lexed.items:
        return None
    if anchor is not None:
        value = _deictic(lexed, anchor, future)
        if value is not None:
            return value
    for left, right in _parses(lexed):
        value = _resolve(left, right, anchor, future)
        if value is not None:
            return value
    if any(True for _ in _parses(lexed)):
        # The grammar read it and found it invalid; dateparser must not overrule.
        return None
    return _fallback(tokens, lexed, anchor)


def is_date_expression(tokens: Sequence[str]) -> bool:
    """Tell whether a DATE span is a calendar date under the guidelines.

    Args:
        tokens: The token texts of a spaCy DATE span.

    Returns:
        True for calendar points and intervals, deictic ones included ("today",
        "on Monday", "next week"); False for durations ("two years",
        "decades"), frequencies ("annual", "every year"), ordinals ("52nd"),
        "To-date", vague references ("recently", "the past year", "this
        century") and resolution symbols ("AG/RES. 2877 (XLV-O/15)").
    """
    return normalize_date(tokens, _PROBE_ANCHOR) is not None
