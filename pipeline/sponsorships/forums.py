"""Record fields about where and when: forum, year and date.

Reads the forum a text was tabled at (the one named in the sentence, the
document's main forum, an alias such as a committee for its plenary) and the
year and date a sentence gives. Relies on ``self.rules``, ``self.forums``,
``self.host_heads``, ``self.veto_cues``, ``self.statement_triggers``,
``self.doc``, ``self.headline`` and ``self.main_forum``, and on the finder's
``ents_of``, ``sent_ents`` and ``_bilateral``.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from ..constants import is_session_code
from .actors import Mention
from .tokens import after_symbol, first_word, match_phrase
from .vocabulary import (
    _ADDRESSING,
    _BODY_HEADS,
    _CLAUSE_END,
    _EARLIER,
    _ON_BEHALF,
    _SUBJECT_MATTER_HEADS,
)

# Where the clause naming an earlier veto ends, looking back from a body.
_VETO_CLAUSE_BREAKS = _CLAUSE_END | {",", ";", ":"}


def _spelled_year(ent: Span) -> str:
    # The year of a DATE entity when its text writes it out ("June 2011"), not
    # one inferred from the publication date ("in June").
    norm = ent._.norm
    return norm[:4] if len(norm) >= 4 and norm[:4] in ent.text else ""


class ForumsMixin:
    """Forum, year and date of a record, for :class:`SponsorshipFinder`."""

    def _forum_mentions(self, doc: Doc) -> list[tuple[int, str]]:
        """(first token, forum name) of the document's forum mentions, once per
        document; a body a text is about or where an earlier veto fell is none."""
        return [
            (e.start, name)
            for e in self.ents_of(doc)
            if e.label_ == "ORG"
            and (name := self.forum_name(e._.norm))
            and not self._topic_body(e)
            and not self._after_veto(e)
        ]

    def _main_forum(self, end: int | None = None) -> str:
        # The document's main event is the forum it names first (title, lead);
        # ties in long documents go to the most frequent one. With ``end``, only
        # forums named before it count: a body first named in a closing "Quick
        # facts" list is not where a text launched earlier was tabled.
        names = [name for start, name in self.forum_mentions if end is None or start < end]
        if not names:
            return ""
        counts = Counter(names)
        first = names[0]
        top, n = counts.most_common(1)[0]
        return top if n > 2 * counts[first] else first

    def forum_name(self, norm: str) -> str:
        # A committee acts for its plenary: a Third Committee text is a General
        # Assembly resolution.
        # A treaty body's numbered session ("COP26") is a forum by its short name.
        norm = self.rules.forum_aliases.get(norm, norm)
        return norm if norm in self.forums or is_session_code(norm) else ""

    def _forum(self, sent: Span, mention: Mention) -> str:
        doc = self.doc
        if self.rules.veto_forum and any(
            t.lower_ in self.veto_cues and not self._earlier_event(t.i, sent) for t in sent
        ):
            # Only one body has a veto.
            return self.rules.veto_forum
        candidates: list[tuple[int, str]] = []
        for ent in self.sent_ents(sent):
            name = self.forum_name(ent._.norm) if ent.label_ == "ORG" else ""
            if (
                name
                and not self._subbody_of(ent.start)
                and not self._topic_body(ent)
                and not self._addressed(ent)
            ):
                candidates.append((ent.start, name))
        # "the Assembly", "the Council": the forum of that kind named last.
        for tok in sent:
            if tok.text in _BODY_HEADS and tok.ent_type_ == "":
                for ent in reversed([e for e in self.ents_of(doc) if e.end <= tok.i]):
                    if self.forum_name(ent._.norm) and tok.text in ent._.norm:
                        candidates.append((tok.i, self.forum_name(ent._.norm)))
                        break
        if not candidates and self._bilateral(mention) and not self._delivered(sent):
            # "a joint statement of the Media Freedom Coalition": a host named in
            # the sentence; else a bilateral text has no forum. A joint statement
            # delivered for a group is read in the document's forum, and one that
            # refers to "the Council" in that body.
            return self._other_forum(sent, "")
        if not candidates:
            forum = self._main_forum(sent.end) if self.main_forum else ""
            return forum or self._other_forum(sent, mention.instrument)
        # Several bodies in one sentence ("not to act on a draft by X, while a draft
        # by Y failed in the Security Council"): the one nearest the instrument.
        at = mention.index if sent.start <= mention.index < sent.end else sent.start
        return min(candidates, key=lambda c: (abs(c[0] - at), c[0]))[1]

    def _addressed(self, ent: Span) -> bool:
        """Whether a body is one the text asks to act ("recommends that the Security
        Council refer", "calls on the Council"), not where it is tabled."""
        doc = self.doc
        k = ent.start - 1
        if k >= 0 and doc[k].lower_ == "the":
            k -= 1
        if k >= 0 and doc[k].lower_ in {"that", "on", "upon"}:
            k -= 1
        return k >= 0 and doc[k].lower_ in _ADDRESSING

    def _after_veto(self, ent: Span) -> bool:
        """Whether a body is named as where an earlier veto fell ("days after U.S.
        veto in Security Council", "after the United States vetoed a similar text in
        the Security Council"): the document's own text went elsewhere."""
        doc = self.doc
        vetoed = False
        for k in range(ent.start - 1, max(0, ent.start - 12) - 1, -1):
            if doc[k].text in _VETO_CLAUSE_BREAKS or "\n" in doc[k].text:
                return False
            if doc[k].lower_ in self.veto_cues:
                vetoed = True
            elif vetoed and doc[k].lower_ in _EARLIER:
                return True
        return False

    def _topic_body(self, ent: Span) -> bool:
        """Whether a body is what a text is about ("the draft resolution on Security
        Council reform"), not where it is tabled ("builds on General Assembly
        resolution 69/156": the body names its own text)."""
        doc = self.doc
        if ent.end < len(doc) and doc[ent.end].lower_ in self.rules.instruments:
            return False
        k = ent.start - 1
        if k >= 0 and doc[k].lower_ == "the":
            k -= 1
        return k >= 0 and doc[k].lower_ in _SUBJECT_MATTER_HEADS

    def _earlier_event(self, i: int, sent: Span) -> bool:
        # "asked for the emergency session after Tuesday's veto": a veto the text
        # followed, in another body.
        return any(t.lower_ in _EARLIER for t in self.doc[max(sent.start, i - 4) : i])

    def _delivered(self, sent: Span) -> bool:
        # "delivered/read ... on behalf of": a statement made for a group.
        return any(
            t.lower_ in self.statement_triggers or match_phrase(self.doc, t.i, _ON_BEHALF, sent.end)
            for t in sent
        )

    def _other_forum(self, sent: Span, instrument: str) -> str:
        """A body outside the forum list that hosts the text ("the Lima Group
        declaration", "the Mercosur summit communiqué") named in the sentence or the
        headline, when no listed forum applies; for a declaration or statement,
        which groups and coalitions issue outside any assembly, the first such body
        in the document."""
        sources = [self.sent_ents(sent), self.sent_ents(self.headline)]
        if instrument in {"declaration", "statement"}:
            sources.append(list(self.ents_of(self.doc)))
        for ents in sources:
            for ent in ents:
                words = ent._.norm.split()
                if (
                    ent.label_ == "ORG"
                    and words
                    and words[-1] in self.host_heads
                    and not self.forum_name(ent._.norm)
                    and not self._for_group(ent.start)
                ):
                    return ent._.norm
        return ""

    def _for_group(self, i: int) -> bool:
        # "introduced by Uruguay on behalf of the Latin American and Caribbean
        # Group": a group a text is presented for is its author, not its host.
        doc = self.doc
        k = i - 1 - (i > 0 and doc[i - 1].lower_ == "the")
        return k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lower_ == "behalf"

    def _subbody_of(self, i: int) -> bool:
        # "Third Committee of the General Assembly", "a working group of the
        # Permanent Council": the body named after "of" is not where the text is.
        doc = self.doc
        k = i - 1
        if k >= 0 and doc[k].lower_ == "the":
            k -= 1
        if k < 0 or doc[k].lower_ != "of":
            return False
        return k == i - 1 or (k > 0 and doc[k - 1].lower_ in self.rules.subbody_nouns)

    def _year(self, sent: Span) -> str:
        # The year of a date that opens the sentence and spells its year out ("In
        # June 2011, Australia presented"): it tells yearly texts of one topic
        # apart. A date later in the sentence ("formed in 1998", "since 2003") or
        # an inferred year ("in December") may be about something else.
        first = first_word(sent)
        if first is None:
            return ""
        start = first.i + (first.lower_ in {"in", "on", "at", "during"})
        ent = next((e for e in self.sent_ents(sent) if e.start == start), None)
        if ent is None or ent.label_ != "DATE":
            return ""
        return _spelled_year(ent)

    def _mention_year(self, mention: Mention, sent: Span) -> str:
        # "the first resolution on the subject in 2012", "the resolution condemning
        # X at a special session in November 2021": a year spelled out in the
        # clause that names the text dates the text itself.
        doc = self.doc
        if mention.index > sent.start and doc[mention.index - 1].lower_ in {"this", "these"}:
            # "first introduced this resolution in 2010": the text at hand, whose
            # series began then.
            return ""
        for ent in self.sent_ents(sent):
            if ent.start <= mention.index + 1 or ent.label_ != "DATE":
                continue
            k = after_symbol(doc, mention.index + 1, ent.start)
            relative = k + 2 < ent.start and doc[k + 1].lower_ in self.rules.relatives
            if relative and doc[k].text == ",":
                # "resolution 26/16, which Peru presented in June 2014": the
                # relative clause describes the text.
                k += 2
            gap = doc[k : ent.start]
            if doc[ent.start - 1].lower_ != "in" or any(
                t.text in _CLAUSE_END or t.text in {",", "(", "—"} for t in gap
            ):
                return ""
            return _spelled_year(ent)
        return ""

    def _day(self, sent: Span) -> Span | None:
        # The first date of the sentence that names a day.
        return next(
            (e for e in self.sent_ents(sent) if e.label_ == "DATE" and len(e._.norm) == 10), None
        )

    def _day_year(self, sent: Span) -> str:
        # "resolution 33/2 ... was adopted unanimously on 29 September 2016": the
        # year of the day the sentence dates, when it is written out, tells the
        # text from a later one of the same series.
        day = self._day(sent)
        return _spelled_year(day) if day is not None else ""

    def _date(self, sent: Span) -> str:
        day = self._day(sent)
        return day._.norm if day is not None else ""
