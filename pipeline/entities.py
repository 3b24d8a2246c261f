"""Entity rules: gazetteer matches and clean-ups on top of the statistical NER.

The model's GPE/LOC/FAC become PLACE; ORG, DATE and PERSON are kept; other
labels are dropped. Gazetteer matches replace any model entity they overlap,
then a few domain rules fix what the model gets wrong in press releases.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from . import extensions  # noqa: F401  (registers Doc/Span attributes)
from .constants import (
    METHOD_GAZETTEER,
    METHOD_NER,
    METHOD_RULE,
    MODEL_LABEL_MAP,
    is_session_code,
)
from .dates import is_date_expression, normalize_date
from .gazetteer import Gazetteer, alias_key, load_gazetteer
from .resources import EntityRules, load_model_file
from .serialize import ResourceComponent

_ORDINAL_ENDINGS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh")
_ORDINAL_ENDINGS += ("eighth", "ninth", "tenth", "eleventh", "twelfth", "teenth")
_OPEN_QUOTES = {"“": "”", '"': '"', "‘": "’", "«": "»"}
_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)

# What may follow a publisher's name on its line: "UN Geneva | Meeting Summary",
# "Ministry of Foreign Affairs – Press release", "EEAS (EEAS)".
_PUB_SEPARATORS = frozenset({" |", " –", " —", " -", ", ", " ("})
_PUB_DASHES = (" | ", " – ", " — ", " - ")


def quoted_regions(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges ``[start, end)`` inside quotation marks on one line.

    Args:
        doc: A tokenized document.

    Returns:
        The ranges of the quoted tokens, quotes excluded.
    """
    regions: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        close = _OPEN_QUOTES.get(doc[i].text)
        if close is None:
            i += 1
            continue
        j = i + 1
        while j < len(doc) and doc[j].text != close and "\n" not in doc[j].text:
            j += 1
        if j < len(doc) and doc[j].text == close and j > i + 1:
            regions.append((i + 1, j))
            i = j + 1
        else:
            i += 1
    return regions


# A quote with one of these words is speech ("we are proud"), not a title.
_SPEECH_WORDS = frozenset(
    {"i", "we", "our", "us", "you", "my", "is", "are", "was", "were", "have", "has", "had"}
)


def has_speech_word(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``[start, end)`` have a pronoun of the speaker or a finite "is"/"have".

    Args:
        doc: A tokenized document.
        start: First token.
        end: Token after the last one.

    Returns:
        True for "we are proud", False for "Raising the flags of ...".
    """
    return any(t.lower_ in _SPEECH_WORDS for t in doc[start:end])


def is_speech(doc: Doc, start: int, end: int) -> bool:
    """Whether the quoted tokens ``[start, end)`` read as speech rather than a title.

    Args:
        doc: A tokenized document.
        start: First quoted token.
        end: Token after the last quoted token.

    Returns:
        True when the quote opens in lower case ("on behalf of the following
        countries: ...") or has a pronoun of the speaker or a finite "is"/"have".
    """
    return doc[start].is_lower or has_speech_word(doc, start, end)


def is_ordinal(text: str) -> bool:
    """True for "52nd", "1st", "XLV"-free numeric ordinals."""
    return text[:-2].isdigit() and text[-2:].lower() in _ORDINAL_SUFFIXES


def trim_span(span: Span, prefixes: Iterable[str]) -> Span | None:
    """Drop a leading article or ordinal and a trailing possessive or punctuation.

    Args:
        span: An entity span.
        prefixes: Leading words to drop ("the").

    Returns:
        The trimmed span with the same label, or None when nothing is left.
    """
    prefixes = set(prefixes)
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (
        doc[start].text in prefixes or is_ordinal(doc[start].text) or doc[start].is_punct
    ):
        start += 1
    while end > start and (
        doc[end - 1].text in {"'s", "’s", "'", "’", "of", "the", "and", "for", "to", "in"}
        or doc[end - 1].is_punct
        or doc[end - 1].is_space
    ):
        end -= 1
    if start >= end:
        return None
    return Span(doc, start, end, label=span.label_)


def _contains(a: Span, b: Span) -> bool:
    # Whether ``a`` holds all of ``b``.
    return a.start <= b.start and b.end <= a.end


def overlaps(a: Span, b: Span) -> bool:
    """True when two spans of one document share a token."""
    return a.start < b.end and b.start < a.end


def is_resolution_year(span: Span) -> bool:
    """True for the year of a resolution symbol: "resolution 2623 (2022)"."""
    doc = span.doc
    return (
        len(span) == 1
        and span.start >= 2
        and span.end < len(doc)
        and doc[span.start - 1].text == "("
        and doc[span.end].text == ")"
        and doc[span.start - 2].like_num
    )


def extend_date_list(span: Span) -> Span:
    """Take in a day listed before the date: "13 and [14 April]" becomes "13 and 14 April"."""
    doc = span.doc
    start = span.start
    if (
        start >= 2
        and doc[start - 1].lower_ in {"and", "to", "-", "–"}
        and doc[start - 2].like_num
        and span[0].like_num
    ):
        start -= 2
    elif (
        start >= 1
        and doc[start - 1].like_num
        and len(doc[start - 1].text) <= 2
        and span[0].is_alpha
        and span[0].is_title
    ):
        # "15 [December 2022]": the model left the day out.
        start -= 1
    return Span(doc, start, span.end, label=span.label_)


def is_full_date(span: Span) -> bool:
    """True when a span reads as a calendar day ("22 February 2024")."""
    if not any(t.like_num for t in span) or not any(t.is_alpha for t in span):
        return False
    value = normalize_date([t.text for t in span])
    return value is not None and value.precision == "day" and not value.year_inferred


def merge_date_ranges(spans: list[Span]) -> list[Span]:
    """Join two DATEs around a range word when together they read as one interval.

    "from [19 June] to [14 July 2023]" is one DATE "19 June to 14 July 2023"; the
    date grammar decides whether the joined tokens are a range.

    Args:
        spans: Entity spans sorted by start.

    Returns:
        The spans with each such pair merged.
    """
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == span.label_ == "DATE":
            doc = span.doc
            between = [t.lower_ for t in doc[prev.end : span.start]]
            if between in ([], ["to"], ["-"], ["–"], ["until"], ["through"], ["and"]):
                joined = doc[prev.start : span.end]
                value = normalize_date([t.text for t in joined], date(2000, 6, 15))
                if value is not None and "/" in value.norm:
                    merged = Span(doc, prev.start, span.end, label="DATE")
                    merged._.method = METHOD_RULE
                    out[-1] = merged
                    continue
        out.append(span)
    return out


def merge_weekday_dates(spans: list[Span]) -> list[Span]:
    """Join "Wednesday" "," "August 2" into one DATE span.

    Args:
        spans: Entity spans sorted by start.

    Returns:
        The spans with each weekday-comma-date sequence merged.
    """
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ == span.label_ == "DATE"
            and len(prev) == 1
            and prev[0].lower_ in _WEEKDAYS
            and span.start - prev.end <= 1
            and all(t.text == "," for t in span.doc[prev.end : span.start])
        ):
            merged = Span(span.doc, prev.start, span.end, label="DATE")
            merged._.method = METHOD_RULE
            out[-1] = merged
        else:
            out.append(span)
    return out


def gazetteer_spans(doc: Doc, matcher: PhraseMatcher, gazetteer: Gazetteer) -> list[Span]:
    """Longest non-overlapping gazetteer matches, with their label.

    Matching is case-insensitive, but a match must look like a name: it starts
    with a capital or digit, or is written exactly as a lowercase alias ("the
    former Yugoslav Republic of Macedonia"), and short aliases ("US", "UN") must
    match exactly.

    Args:
        doc: A tokenized document.
        matcher: PhraseMatcher on ``LOWER`` built from the gazetteer aliases.
        gazetteer: The alias index.

    Returns:
        Spans labelled PLACE or ORG.
    """
    spans = []
    for _, start, end in matcher(doc):
        span = doc[start:end]
        text = span.text
        key = alias_key(text)
        # "the Bahamas" keeps its article outside the span; "former ..." is a name.
        exact = text in gazetteer.surfaces.get(key, ()) and span[0].lower_ != "the"
        if not text[:1].isupper() and not text[:1].isdigit() and not exact:
            continue
        entries = gazetteer.index.get(key)
        if not entries:
            continue
        if len(text) <= 3 and text not in gazetteer.surfaces.get(key, ()):
            continue
        spans.append(Span(doc, start, end, label=entries[0].label))
    return filter_spans(spans)


def _name_word(tok: Token) -> bool:
    return (tok.is_alpha and (tok.is_title or tok.is_upper)) or (tok.like_num and tok.is_title)


def _ordinal(tok: Token) -> bool:
    # "Ninth", "Twenty-fourth", "VIII": a session number, not part of the name.
    text = tok.text
    return (
        is_ordinal(text)
        or text.lower().endswith(_ORDINAL_ENDINGS)
        or (len(text) <= 4 and set(text) <= set("IVXL") and text != "I")
    )


def named_meeting_spans(
    doc: Doc,
    heads: set[str],
    links: set[str],
    openers: set[str],
    generic: set[str],
    start: int = 0,
    bodies: frozenset[int] = frozenset(),
    places: frozenset[int] = frozenset(),
) -> list[Span]:
    """Named meetings: capitalized names around a meeting word, as ORG spans.

    "Oslo Conference on Safe Schools", "Reykjavík Summit", "Forum on Business and
    Human Rights", "ASEAN Foreign Ministers' Meeting". A name of generic words
    only ("Final Conference", "High-level Forum") needs an "on"/"of" part. A
    leading ordinal is left out ("the Ninth Summit"), as the guidelines say.

    Args:
        doc: A tokenized document.
        heads: The meeting words ("Conference", "Summit", ...).
        links: Lower-case words allowed inside a name ("of", "on", "and", ...).
        openers: Capitalized words that never start a name ("The", "At", ...).
        generic: Words that do not make a name by themselves.
        start: First token to look at (after the headline).
        bodies: First tokens of known organizations, which the part after the
            meeting word never takes in ("the Summit ... of the Council of Europe").
        places: First tokens of places and dates, before which "in" ends a name
            ("the Conference on Disarmament in Geneva").

    Returns:
        The spans, labelled ORG, in document order.
    """
    spans: list[Span] = []
    for tok in doc[start:]:
        if tok.text not in heads:
            continue
        i = tok.i
        lo = i
        while lo > start:
            prev = doc[lo - 1]
            before = doc[lo - 2] if lo - 2 >= start else None
            if "\n" in prev.text or prev.text in openers:
                break
            if _name_word(prev):
                lo -= 1
            elif before is not None and before.text in openers:
                break
            elif prev.text in {"-", "'", "’"} and before is not None and _name_word(before):
                # "EU-CELAC Summit", "Foreign Ministers' Meeting".
                lo -= 2
            elif (
                prev.is_lower
                and before is not None
                and before.text == "-"
                and lo - 3 >= start
                and _name_word(doc[lo - 3])
            ):
                # "High-level Meeting".
                lo -= 3
            elif prev.lower_ in {"of", "and"} and before is not None and _name_word(before):
                # "Commonwealth Heads of Government Meeting".
                lo -= 2
            else:
                break
        while lo < i and (doc[lo].is_lower or doc[lo].text == "-" or _ordinal(doc[lo])):
            lo += 1
        hi = i + 1
        if hi < len(doc) and doc[hi].lower_ in {"on", "of", "for", "to"}:
            k = hi + 1
            while k < len(doc) and k not in bodies and "\n" not in doc[k].text:
                word = doc[k]
                nxt = doc[k + 1] if k + 1 < len(doc) else None
                if _name_word(word):
                    k += 1
                elif word.text in {"/", "-"} and nxt is not None and _name_word(nxt):
                    # "HIV/AIDS", "Inter-American".
                    k += 2
                elif word.lower_ in links and word.is_lower and nxt is not None:
                    after = k + 1 + (nxt.lower_ == "the")
                    if word.lower_ in {"in", "at"} and after in places:
                        break
                    if word.lower_ == "and" and nxt.lower_ == "the":
                        # "the Episcopal Conference of Colombia and the Mission".
                        break
                    k += 1
                else:
                    break
            while k > hi + 1 and doc[k - 1].is_lower:
                k -= 1
            if k > hi + 1:
                hi = k
        named = any(t.text not in generic and _name_word(t) for t in doc[lo:i])
        if (hi == i + 1 and not named) or hi - lo < 2:
            continue
        spans.append(Span(doc, lo, hi, label="ORG"))
    return spans


class EntityRules_:
    """Plain-function core of the ``communique_entities`` component."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        rules: EntityRules,
        matcher: PhraseMatcher,
        deictic: PhraseMatcher,
    ) -> None:
        self.gazetteer = gazetteer
        self.rules = rules
        self.matcher = matcher
        self.titles = {alias_key(t) for t in rules.person_titles}
        self.title_words = {t.split()[-1] for t in rules.person_titles}
        self.not_entities = {alias_key(t) for t in rules.not_entities}
        self.heading_words = set(rules.heading_words)
        self.generic_org_words = set(rules.generic_org_words)
        self.mission_prefixes = [p.split() for p in rules.mission_prefixes]
        self.mission_suffixes = list(rules.mission_suffixes)
        self.adjectival_heads = set(rules.adjectival_heads)
        self.deictic = deictic
        self.document_heads = set(rules.document_heads)
        self.meeting_heads = set(rules.meeting_heads)
        self.meeting_links = set(rules.meeting_links)
        self.meeting_openers = set(rules.meeting_openers)
        self.meeting_generic = set(rules.meeting_generic)

    def __call__(self, doc: Doc) -> Doc:
        # The model's entities, read once (spaCy rebuilds doc.ents on every access).
        model_ents = tuple(doc.ents)
        persons = [e for e in model_ents if e.label_ == "PERSON"]
        self._named_orgs = [
            ent
            for ent in (trim_span(e, self.rules.strip_prefixes) for e in model_ents)
            if ent is not None
            and ent.label_ == "ORG"
            and ent[0].text not in self.generic_org_words
            and not self.gazetteer.lookup(ent.text)
            # "the Permanent Representative of Iceland": a title, not a named body
            # whose name contains a country.
            and not self._starts_with_title(ent)
        ]
        gaz = [
            span
            for span in gazetteer_spans(doc, self.matcher, self.gazetteer)
            if not self._in_document_name(span)
            and not self._inside_person(span, persons)
            and not self._adjectival_region(span)
            and not self._inside_named_org(span)
        ]
        sessions = [s for s in self._session_spans(doc) if not any(overlaps(s, g) for g in gaz)]
        gaz += sessions
        agencies = self._agency_spans(doc)
        if agencies:
            gaz = [g for g in gaz if not any(overlaps(g, a) for a in agencies)] + agencies
        for span in gaz:
            span._.method = span._.method or METHOD_GAZETTEER
        taken = {i for span in gaz for i in range(span.start, span.end)}
        quoted = quoted_regions(doc)
        model: list[Span] = []
        # The model splits ranges: "26 to 28" + "February" is one DATE.
        raw = merge_date_ranges(
            [
                Span(doc, e.start, e.end, label=MODEL_LABEL_MAP[e.label_])
                for e in model_ents
                if e.label_ in MODEL_LABEL_MAP
            ]
        )
        for ent in raw:
            span = trim_span(ent, self.rules.strip_prefixes)
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            span = self._clean(span, quoted)
            if span is not None:
                span._.method = span._.method or METHOD_NER
                model.append(span)
        persons = self._person_names(model)
        final: list[Span] = []
        for span in model:
            if span.label_ in ("PLACE", "ORG") and span.text in persons:
                span = Span(doc, span.start, span.end, label="PERSON")
                span._.method = METHOD_RULE
            final.append(span)
        final.extend(s for s in gaz if not self._in_quote(s, quoted))
        newline = doc.text.find("\n")
        headline_end = doc.char_span(0, newline, alignment_mode="expand").end if newline > 0 else 0
        meetings = [
            s
            for s in named_meeting_spans(
                doc,
                self.meeting_heads,
                self.meeting_links,
                self.meeting_openers,
                self.meeting_generic,
                start=headline_end,
                bodies=frozenset(g.start for g in gaz if g.label_ == "ORG"),
                places=frozenset(e.start for e in final if e.label_ in ("PLACE", "DATE")),
            )
            if not self._in_quote(s, quoted)
            # A known body is the gazetteer's ("the Ninth Summit of the Americas").
            and not any(g.label_ == "ORG" and _contains(g, s[-1:]) for g in gaz)
            and not any(
                g.label_ == "ORG" and g.start <= t.i < g.end
                for t in s
                if t.text in self.meeting_heads
                for g in gaz
            )
        ]
        for span in meetings:
            span._.method = METHOD_RULE
        # A named meeting takes in the place or body it is named for.
        final = [
            s for s in final if not any(overlaps(s, m) and not _contains(s, m) for m in meetings)
        ]
        final = filter_spans(final + meetings)
        missions = self._missions(doc, final)
        final = [s for s in final if not any(overlaps(s, m) for m in missions)] + missions
        final = self._org_of_country(doc, sorted(final, key=lambda s: s.start))
        publisher = self._publisher_span(doc, newline)
        if publisher is not None:
            final = [s for s in final if not overlaps(s, publisher)] + [publisher]
            final.sort(key=lambda s: s.start)
        deictic = [d for d in self._deictic_dates(doc) if not any(overlaps(d, s) for s in final)]
        ents = merge_weekday_dates(sorted(final + deictic, key=lambda s: s.start))
        doc.ents = merge_date_ranges(ents)
        return doc

    def _publisher_span(self, doc: Doc, first: int) -> Span | None:
        """The publisher named at the start of the line after the headline, as one
        ORG ("United Nations Meetings Coverage and Press Releases", "UN Geneva |
        Meeting Summary"), when the document's metadata names the same publisher."""
        publisher = str((doc._.meta or {}).get("publisher") or "").strip()
        for dash in _PUB_DASHES:
            # "UN Geneva — Meeting Summaries", "World Health Organization – News":
            # the name ends at the dash; what follows is a section or a ministry.
            publisher = publisher.split(dash)[0]
        if publisher.startswith("Government of"):
            # "Government of the Netherlands – Ministry of Foreign Affairs": the
            # place is labelled, as anywhere else.
            return None
        head = publisher.split(", ")[0]
        if head != publisher and any(e.label == "ORG" for e in self.gazetteer.lookup(head)):
            # "United Nations, Meetings Coverage and Press Releases": the body is
            # the name; "Foreign, Commonwealth & Development Office" is one name.
            publisher = head
        text = doc.text
        if len(publisher) < 3 or first < 0:
            return None
        start = first
        while start < len(text) and text[start].isspace():
            start += 1
        end = start + len(publisher)
        rest = text[end : end + 2]
        if text[start:end] != publisher or not (rest[:1] in {"\n", ""} or rest in _PUB_SEPARATORS):
            return None
        span = doc.char_span(start, end, label="ORG")
        known = self.gazetteer.lookup(publisher)
        if span is None or (known and not any(e.label == "ORG" for e in known)):
            # A place named as publisher ("Canada") keeps its own label.
            return None
        span._.method = METHOD_RULE
        return span

    def _in_document_name(self, span: Span) -> bool:
        # "Lima Commitment", "Declaration of Asunción": the place names a text, not
        # a place; "the Council of Europe Convention on ...", "the UN Charter": nor
        # is the body a mention of its own.
        doc = span.doc
        if span.label_ not in ("PLACE", "ORG"):
            return False
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and after.text in self.document_heads:
            return True
        return span.label_ == "PLACE" and (
            span.start >= 2
            and doc[span.start - 1].lower_ in {"of", "on"}
            and doc[span.start - 2].text in self.document_heads
        )

    def _adjectival_region(self, span: Span) -> bool:
        # "Caribbean delegations": a region used as an adjective is not a mention.
        doc = span.doc
        if span.label_ != "PLACE" or span.end >= len(doc):
            return False
        entries = self.gazetteer.lookup(span.text)
        return bool(
            entries
            and entries[0].kind == "region"
            and not entries[0].code
            and doc[span.end].lower_ in self.adjectival_heads
            and doc[span.end].is_lower
        )

    def _inside_named_org(self, span: Span) -> bool:
        # "Revolutionary Armed Forces of Colombia", "Episcopal Conference of Colombia":
        # the place belongs to the name. "Government of Peru" stays a place.
        if span.label_ != "PLACE" or span.start == 0 or span.doc[span.start - 1].lower_ != "of":
            return False
        return any(
            ent.start < span.start and span.end <= ent.end and span.start - ent.start >= 3
            for ent in self._named_orgs
        )

    def _inside_person(self, span: Span, persons: list[Span]) -> bool:
        # "Carlos Trujillo" is a person, not the Peruvian city; countries always win.
        if span.label_ != "PLACE":
            return False
        entries = self.gazetteer.lookup(span.text)
        if entries and entries[0].kind == "country":
            return False
        if span.start > 0 and span.doc[span.start - 1].text in self.title_words:
            return True
        return any(
            p.start <= span.start and span.end <= p.end and len(p) > len(span) for p in persons
        )

    @staticmethod
    def _session_spans(doc: Doc) -> list[Span]:
        # "COP23": the model misses or mislabels these one-word session names.
        spans = []
        for tok in doc:
            if is_session_code(tok.text):
                span = Span(doc, tok.i, tok.i + 1, label="ORG")
                span._.method = METHOD_RULE
                spans.append(span)
        return spans

    @staticmethod
    def _agency_spans(doc: Doc) -> list[Span]:
        # The news agency named in a dateline, "(Americas Wire)", is an organization.
        line = doc._.dateline or {}
        start, end = line.get("agency_start"), line.get("agency_end")
        if not start or not end:
            return []
        span = doc.char_span(start, end, label="ORG", alignment_mode="contract")
        if span is None:
            return []
        span._.method = METHOD_RULE
        return [span]

    @staticmethod
    def _to_the_org(doc: Doc, end: int, by_start: dict[int, Span]) -> int | None:
        # "... to the United Nations": the end of that ORG when one follows ``end``.
        if end + 2 < len(doc) and doc[end].lower_ == "to" and doc[end + 1].lower_ == "the":
            target = by_start.get(end + 2)
            if target is not None and target.label_ == "ORG":
                return target.end
        return None

    def _missions(self, doc: Doc, spans: list[Span]) -> list[Span]:
        # "Permanent Mission of Mexico to the United Nations" is one organization.
        by_start = {s.start: s for s in spans}
        out = []
        for place in spans:
            if place.label_ != "PLACE":
                continue
            for words in self.mission_prefixes:
                n = len(words)
                begin = place.start - n
                if begin < 0 or [t.text for t in doc[begin : place.start]] != words:
                    continue
                end = self._to_the_org(doc, place.end, by_start) or place.end
                span = Span(doc, begin, end, label="ORG")
                span._.method = METHOD_RULE
                out.append(span)
                break
            else:
                # "UK Mission to the United Nations".
                words = [t.text for t in doc[place.end : place.end + 2]]
                for suffix in self.mission_suffixes:
                    parts = suffix.split()
                    if words[: len(parts)] == parts:
                        end = self._to_the_org(doc, place.end + len(parts), by_start)
                        if end is not None:
                            span = Span(doc, place.start, end, label="ORG")
                            span._.method = METHOD_RULE
                            out.append(span)
                        break
        for org in spans:
            # The model may already have "Permanent Mission of Mexico" as one ORG.
            words = [t.text for t in org]
            if org.label_ != "ORG" or not any(
                words[: len(p)] == p and len(words) > len(p) for p in self.mission_prefixes
            ):
                continue
            end = self._to_the_org(doc, org.end, by_start)
            if end is not None:
                span = Span(doc, org.start, end, label="ORG")
                span._.method = METHOD_RULE
                out.append(span)
        return out

    def _org_of_country(self, doc: Doc, spans: list[Span]) -> list[Span]:
        # "Ministry of Foreign Affairs of Japan" is one organization; an organ of a
        # parent organization ("General Assembly of the OAS") stays two spans.
        out: list[Span] = []
        i = 0
        while i < len(spans):
            org = spans[i]
            nxt = spans[i + 1] if i + 1 < len(spans) else None
            gap = [t.lower_ for t in doc[org.end : nxt.start]] if nxt is not None else []
            if (
                nxt is not None
                and org.label_ == "ORG"
                and nxt.label_ == "PLACE"
                and gap in (["of"], ["of", "the"], ["in"], ["in", "the"], ["on"], ["on", "the"])
                and not (len(org) == 1 and org[0].text in self.generic_org_words)
                and not any(e.context or e.parent for e in self.gazetteer.lookup(org.text))
                # "the OAS in Haiti" is the OAS acting somewhere, not a body's name.
                and (
                    gap[0] == "of"
                    or (org._.method == METHOD_NER and not self.gazetteer.lookup(org.text))
                )
                and any(e.kind == "country" for e in self.gazetteer.lookup(nxt.text))
            ):
                merged = Span(doc, org.start, nxt.end, label="ORG")
                merged._.method = METHOD_RULE
                out.append(merged)
                i += 2
                continue
            out.append(org)
            i += 1
        return out

    def _deictic_dates(self, doc: Doc) -> list[Span]:
        # "Today’s resolution", "this year’s text": the model misses deictic days.
        out = []
        for _, start, end in self.deictic(doc):
            span = Span(doc, start, end, label="DATE")
            span._.method = METHOD_RULE
            out.append(span)
        return out

    @staticmethod
    def _in_quote(span: Span, quoted: list[tuple[int, int]]) -> bool:
        # Only titles of some length: a quoted single word is usually a name, and
        # places in a quoted speech are labelled like any other. A body that fills
        # the quotes is named, not part of a title ('the "Group of 77" developing
        # countries and China').
        return any(
            s <= span.start
            and span.end <= e
            and e - s >= 3
            and span.label_ != "DATE"
            and not (span.label_ == "ORG" and (s, e) == (span.start, span.end))
            and not is_speech(span.doc, s, e)
            for s, e in quoted
        )

    def _clean(self, span: Span, quoted: list[tuple[int, int]]) -> Span | None:
        doc = span.doc
        key = alias_key(span.text)
        if key in self.not_entities or self._in_quote(span, quoted):
            return None
        if span.label_ != "DATE" and is_full_date(span):
            # "GENEVA (22 February 2024)": a date the model took for a name.
            span = Span(doc, span.start, span.end, label="DATE")
            span._.method = METHOD_RULE
        if span.label_ == "DATE":
            if is_resolution_year(span):
                return None
            span = extend_date_list(span)
            return span if is_date_expression([t.text for t in span]) else None
        opened = [t.i for t in span if t.text == "("]
        if span.label_ in ("PLACE", "ORG") and opened and not any(t.text == ")" for t in span):
            # "the Group of Four (G4": the model stopped inside the acronym's
            # brackets; the name ends before them.
            if opened[0] == span.start:
                return None
            span = Span(doc, span.start, opened[0], label=span.label_)
        if span.label_ in ("PLACE", "ORG") and self.gazetteer.is_demonym(span.text):
            return None
        if self._adjectival_region(span):
            return None
        if span.label_ == "ORG" and span[-1].text in self.heading_words:
            return None
        if span.label_ in ("ORG", "PLACE") and self._in_document_name(
            Span(doc, span.start, span.end, label="PLACE")
        ):
            return None
        if span.label_ == "ORG" and any(t.text in self.document_heads for t in span):
            # "Los Angeles Declaration", "Lima Commitment": documents, not bodies.
            return None
        if span.label_ == "ORG" and all(
            t.text in self.generic_org_words or self.gazetteer.is_demonym(t.text) for t in span
        ):
            # "the Brazilian Government" is the state speaking, not a named body.
            return None
        if span.label_ == "ORG" and len(span) == 1 and span.text in self.generic_org_words:
            # A back-reference ("the Assembly") is not labelled.
            return None
        if span.label_ == "ORG" and self._starts_with_title(span):
            # "Honourable Stéphane Dion" is a titled person; "Special Representative for
            # Racial Equity" is an office.
            rest = self._strip_titles(span)
            if rest is None or any(t.is_lower or t.is_punct for t in rest) or len(rest) > 4:
                return None
            span = Span(doc, rest.start, rest.end, label="PERSON")
            span._.method = METHOD_RULE
        if span.label_ == "PERSON":
            rest = self._strip_titles(span)
            span = Span(doc, rest.start if rest else span.start, span.end, label="PERSON")
            span = self._extend_first_names(span)
        elif span.label_ in ("PLACE", "ORG") and span.start > 0:
            prev = doc[span.start - 1].text
            if prev in self.title_words and not self.gazetteer.lookup(span.text):
                span = Span(doc, span.start, span.end, label="PERSON")
                span._.method = METHOD_RULE
        return span

    def _strip_titles(self, span: Span) -> Span | None:
        doc = span.doc
        start = span.start
        moved = True
        while moved and start < span.end:
            moved = False
            for n in range(min(4, span.end - start), 0, -1):
                words = " ".join(t.text for t in doc[start : start + n])
                if alias_key(words) in self.titles or (n == 1 and words in self.title_words):
                    start += n
                    moved = True
                    break
        return doc[start : span.end] if start < span.end else None

    def _extend_first_names(self, span: Span) -> Span:
        # The model sometimes leaves a first name out: "Antony [J. Blinken]".
        doc = span.doc
        start = span.start
        while start > 0:
            prev = doc[start - 1]
            if (
                not prev.is_title
                or prev.is_sent_start
                or prev.ent_type_
                or prev.text in self.title_words
                or alias_key(prev.text) in self.titles
                or prev.lower_ in {"the", "a", "an"}
                or self.gazetteer.lookup(prev.text)
            ):
                break
            start -= 1
        end = span.end
        while end < len(doc):
            nxt = doc[end]
            if (
                not nxt.is_title
                or nxt.is_sent_start
                or nxt.ent_type_
                or nxt.text in self.title_words
                or self.gazetteer.lookup(nxt.text)
            ):
                break
            end += 1
        if start == span.start and end == span.end:
            return span
        return Span(doc, start, end, label=span.label_)

    def _starts_with_title(self, span: Span) -> bool:
        # "Special Representative for ..." is an office, not an organization.
        words = [t.text for t in span]
        return any(
            alias_key(" ".join(words[:n])) in self.titles for n in range(1, min(len(words), 4) + 1)
        )

    @staticmethod
    def _person_names(spans: list[Span]) -> set[str]:
        names: set[str] = set()
        for span in spans:
            if span.label_ == "PERSON":
                names.add(span.text)
                names.add(span[-1].text)
        return names


def build_matcher(nlp: Language, gazetteer: Gazetteer) -> PhraseMatcher:
    """A case-insensitive PhraseMatcher over every alias in the gazetteer.

    Args:
        nlp: The pipeline whose tokenizer splits the aliases.
        gazetteer: The alias index.

    Returns:
        The matcher, with one match id for all aliases.
    """
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    surfaces = sorted({s for group in gazetteer.surfaces.values() for s in group})
    matcher.add("GAZETTEER", list(nlp.tokenizer.pipe(surfaces)))
    return matcher


class EntityComponent(ResourceComponent):
    """spaCy component ``communique_entities``."""

    files = ("countries", "cities", "regions", "organizations", "entity_rules")

    def _load(self) -> None:
        directory = Path(self.data_dir) if self.data_dir else None
        gazetteer = load_gazetteer(self.data_dir)
        rules = load_model_file("entity_rules", EntityRules, directory)
        deictic = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        deictic.add("DEICTIC", list(self.nlp.tokenizer.pipe(rules.deictic_dates)))
        self.rules = EntityRules_(gazetteer, rules, build_matcher(self.nlp, gazetteer), deictic)

    def __call__(self, doc: Doc) -> Doc:
        return self.rules(doc)


@Language.factory(
    "communique_entities",
    assigns=["doc.ents", "span._.method"],
    requires=["doc.ents"],
    default_config={"data_dir": ""},
)
def make_entities(nlp: Language, name: str, *, data_dir: str) -> EntityComponent:
    """Create the component; ``data_dir`` is "" for the packaged rule files."""
    return EntityComponent(nlp, name, data_dir=data_dir)
