"""Which instrument mention a trigger is about.

``_instruments_for`` picks the mention a hit refers to: the nearest instrument
word, a referent noun ("the text") that points back to the last text named,
the draft rather than an amendment to it, never a non-text ("a motion proposed
by X"). Relies on ``self.rules``, ``self.doc``, ``self.referents``,
``self.definite``, ``self.generic``, ``self.non_instruments``,
``self.non_text_heads`` and the finder's ``self.last_mention`` and
``self.last_text``.
"""

from __future__ import annotations

from spacy.tokens import Span

from .actors import Hit, Mention
from .tokens import find_phrase, first_word, match_phrase
from .vocabulary import (
    _AIM_NOUNS,
    _AMENDED_GAP,
    _APPOSITION_WORDS,
    _CLAUSE_END,
    _DRAFTING_NOUNS,
    _OPENING_ROLE_WORDS,
    _RELATIVE_AUX,
    _SUBJECT_MATTER_HEADS,
)


class InstrumentsMixin:
    """The instrument a trigger refers to, for :class:`SponsorshipFinder`."""

    def _instruments_for(
        self, hit: Hit, later: list[Hit], mentions: list[Mention], sent: Span
    ) -> list[Mention]:
        doc = sent.doc
        window = self.rules.trigger_window
        limit = next((h.start for h in later if h.trigger.voice != "hyphen"), sent.end)
        # "circulated an informal memorandum, not a draft resolution": a text
        # named only to be denied is not the object.
        after = [
            m
            for m in mentions
            if hit.end <= m.index < limit
            and not any(t.lower_ == "not" for t in doc[max(sent.start, m.index - 3) : m.index])
        ]
        before = [m for m in mentions if m.index < hit.start]
        mode = hit.trigger.instrument
        if mode == "auto":
            mode = "before" if hit.trigger.voice == "passive" else "after"
        if hit.trigger.voice == "hyphen":
            return [m for m in after if m.index - hit.end <= 2][:1]
        if hit.trigger.voice == "passive" and self._describes_non_text(hit, sent, before):
            return []
        if hit.trigger.voice == "passive" and not before and self._fronted(hit, sent):
            # "Authored by Albania and co-sponsored by 81 States, the text would ...".
            rest = [m for m in mentions if m.index >= hit.end]
            draft = self._draft_not_amendment(rest[0], hit, sent) if rest else None
            if draft is not None:
                return draft
            if rest:
                return rest[:1]
            if self.last_mention is None or not self._names_referent(hit.end, sent.end):
                return []
            return [self.last_mention]
        if mode == "after" and before and self._whose_noun(hit, sent):
            # "The resolution on X, whose main sponsor was Peru, adopts Y": the
            # text "whose" refers to.
            return [self._amended(before)]
        if mode == "after":
            # "supported the resolution's goals but abstained": what the text
            # aims at, not the text (the guidelines, batch 30).
            after = [m for m in after if not self._aims_of(m.index, sent)]
            near = after
            if hit.trigger.voice == "active":
                near = [m for m in after if m.index - hit.end <= window]
            chosen = near[:1]
            for m in after[1:] if chosen else []:
                # "a resolution on X and a declaration on Y": coordinated objects;
                # "resolution 2117 on X, resolution 2139 on Y": a list of one noun.
                gap = [t.lower_ for t in doc[chosen[-1].index + 1 : m.index]]
                # Past the trigger window only a repeated noun right after a comma
                # continues the list.
                same_noun = doc[m.index].lower_ == doc[chosen[-1].index].lower_ and (
                    gap[-1:] == [","] or gap[-2:] == [",", "and"]
                )
                joined = any(w in gap for w in ("and", "as")) and m in near
                if (joined or same_noun) and not any(t in _CLAUSE_END for t in gap):
                    chosen.append(m)
            if not chosen and hit.trigger.voice == "passive" and before:
                chosen = before[-1:]
            if (
                not chosen
                and hit.start > sent.start
                and doc[hit.start - 1].lower_ in self.rules.possessive_referents
            ):
                # "the resolution on X, presented by Y; Canada was among its
                # co-sponsors"; "Its co-sponsors included": the text named last.
                chosen = before[-1:] or ([self.last_mention] if self.last_mention else [])
            if not chosen and before:
                # "resolution 2653, which the United States and Mexico drafted";
                # not "a resolution ..., and a dialogue that Canada proposed".
                rel = [
                    k
                    for k in range(before[-1].index + 1, hit.start)
                    if doc[k].lower_ in self.rules.relatives
                ]
                other = [
                    k
                    for k in range(before[-1].index + 1, rel[-1] if rel else 0)
                    if doc[k].lower_ in self.non_text_heads
                    # "a process that Norway and Argentina led" is the text's drafting.
                    and doc[k].lower_ not in _DRAFTING_NOUNS
                    and self._quote_at(k) is None
                ]
                if rel and other:
                    # The relative is about the other event, not a text.
                    return []
                if rel:
                    chosen = before[-1:]
            if (
                not chosen
                and not before
                and any(t.lower_ in self.non_instruments for t in doc[sent.start : hit.start])
            ):
                # "convened at the request of X, speaking for the EU, with the
                # support of A, B": support for the request.
                return []
            if not chosen and before and match_phrase(doc, hit.end, ("the", "same"), sent.end):
                # "submitted the draft with A and B, and C joined the same
                # countries as co-sponsors": the text of the group it joined.
                chosen = [self._amended(before)]
            if not chosen and (hit.noun_list or self._refers_back(hit, sent)):
                # "The text had the backing of 39 co-sponsors, among them X": a
                # list of sponsors is about the text named last, in this sentence
                # ("tabled the resolution ..., and the United States co-sponsored
                # it") or before it.
                last = [self._referent(hit, sent)] if self.last_mention else []
                chosen = [self._amended(before)] if before else last
            return chosen
        if before:
            return [self._amended(self._outside_relative(before, hit))]
        if after:
            draft = self._draft_not_amendment(after[0], hit, sent)
            return after[:1] if draft is None else draft
        if self.last_mention is not None and self._refers_back(hit, sent):
            return [self._referent(hit, sent)]
        if (
            hit.trigger.voice == "passive"
            and hit.start > sent.start
            and doc[hit.start - 1].text == ","
        ):
            # "Sweden, backed by Canada, tabled the resolution": the aside is about
            # the main verb's text.
            return [m for m in mentions if m.index >= hit.end][:1]
        return []

    def _aims_of(self, i: int, sent: Span) -> bool:
        """Whether the instrument at ``i`` owns an aim noun ("the resolution's goals")."""
        doc = self.doc
        return (
            i + 2 < sent.end
            and doc[i + 1].lower_ in {"'s", "’s"}
            and doc[i + 2].lower_ in _AIM_NOUNS
        )

    def _draft_not_amendment(self, first: Mention, hit: Hit, sent: Span) -> list[Mention] | None:
        # "The text, presented by Mexico, drew amendments from Egypt": when a
        # generic noun ("text", "draft") opens the sentence before the trigger and
        # the first text after it is an amendment, the trigger is about the draft
        # named before ([] when none was); None when the rule does not apply.
        if first.instrument != "amendment" or not any(
            t.lower_ in self.generic for t in self.doc[sent.start : hit.start]
        ):
            return None
        return [self.last_text] if self.last_text is not None else []

    def _describes_non_text(self, hit: Hit, sent: Span, before: list[Mention]) -> bool:
        # "defeated a motion proposed by X": the participle follows a noun that is
        # not a text; "A regional dialogue on X, held in Y and co-sponsored by Z":
        # the sentence is about such a noun and names no text before the verb.
        doc = self.doc
        if hit.start > sent.start and doc[hit.start - 1].lower_ in self.non_text_heads:
            return True
        if before:
            return False
        first = first_word(sent)
        if first is None or first.lower_ not in {"a", "an", "the"}:
            return False
        return any(
            t.lower_ in self.non_text_heads for t in doc[first.i + 1 : min(first.i + 4, hit.start)]
        )

    def _whose_noun(self, hit: Hit, sent: Span) -> bool:
        doc = self.doc
        k = hit.start - 1
        while k > sent.start and doc[k].lower_ in _APPOSITION_WORDS:
            k -= 1
        return k >= sent.start and doc[k].lower_ == "whose"

    def _outside_relative(self, before: list[Mention], hit: Hit) -> list[Mention]:
        # "Amendments to that draft, under which the Assembly would defer action on
        # the Declaration, were introduced by X": a text named inside a relative
        # clause between the subject and its verb is not the subject.
        doc = self.doc
        while len(before) > 1:
            last = before[-1]
            commas = [k for k in range(before[-2].index + 1, last.index) if doc[k].text == ","]
            if not commas:
                break
            opener = {t.lower_ for t in doc[commas[-1] + 1 : min(commas[-1] + 3, last.index)]}
            closed = any(doc[k].text == "," for k in range(last.index + 1, hit.start))
            if not (opener & set(self.rules.relatives) and closed):
                break
            before = before[:-1]
        return before

    def _amended(self, before: list[Mention]) -> Mention:
        # "amendments to the draft, later joined by X": the head noun is the
        # instrument, the draft it amends only its complement; so is "the
        # resolution on the Declaration, whose main sponsor was Peru".
        last = before[-1]
        if len(before) > 1:
            gap = [t.lower_ for t in self.doc[before[-2].index + 1 : last.index]]
            if gap and gap[0] == "to" and set(gap) <= _AMENDED_GAP:
                return before[-2]
            if gap and gap[0] in _SUBJECT_MATTER_HEADS and set(gap[1:]) <= {"the", "a", "an"}:
                return before[-2]
        return last

    def _referent(self, hit: Hit, sent: Span) -> Mention:
        # "introduced the text" after a sentence on withdrawn amendments: the draft.
        last = self.last_mention
        assert last is not None
        if last.instrument != "amendment" or self.last_text is None:
            return last
        window = self.doc[max(sent.start, hit.start - 6) : min(sent.end, hit.end + 4)]
        return self.last_text if any(t.lower_ in self.generic for t in window) else last

    def _refers_back(self, hit: Hit, sent: Span) -> bool:
        # "co-sponsored it", "The text was introduced by", "were among the
        # signatories.": the instrument is the one named last.
        doc = self.doc
        referents = set(self.rules.referents)
        if hit.trigger.voice == "passive":
            if self._sponsors_joined(hit):
                return True
            lo = max(sent.start, hit.start - 8)
            opening = self._relative_clause_start(hit.start, sent)
            if opening is not None:
                # "The text, which had the backing of 29 co-sponsors, was joined
                # by": the subject is before the relative clause.
                lo = max(sent.start, opening - 4)
                if any(t.lower_ in referents for t in doc[lo:opening]):
                    return True
            # "The text that came closest was put forward by": back to the clause start.
            for t in reversed(doc[lo : hit.start]):
                if t.lower_ in referents:
                    return True
                if (
                    t.lower_ in self.rules.relatives
                    and t.i - 2 >= sent.start
                    and doc[t.i - 1].text == ","
                    and doc[t.i - 2].lower_ in referents
                ):
                    # "That text, which had been drawn up by X, was adopted".
                    return True
                if t.text == "," and t.i == hit.start - 1:
                    # "The text, presented jointly by X, urges": an appositive.
                    continue
                if t.text in _CLAUSE_END or t.text in {",", ":"}:
                    return False
            return False
        nxt = [
            t for t in doc[hit.end : min(sent.end, hit.end + 3)] if t.lower_ not in self.definite
        ]
        if not nxt or nxt[0].lower_ in referents or nxt[0].text in {".", ",", ";", ":"}:
            return True
        if hit.trigger.role == "cosponsor" and find_phrase(
            doc, nxt[0].i, self.coagent_cues, sent.end
        ):
            # "joined the co-sponsors together with 40 countries": co-agents, no
            # object; "presented together with A" may still have one before it.
            return True
        # "led the negotiations on this year's text": a referent noun closes the object.
        for t in doc[hit.end : min(sent.end, hit.end + 5)]:
            if t.is_punct and t.text not in {"’", "'"}:
                return False
            if t.lower_ in self.rules.referent_nouns:
                return True
        return False

    def _sponsors_joined(self, hit: Hit) -> bool:
        # "the sponsors had been joined by A, B": more co-sponsors of the text
        # named last.
        doc = self.doc
        k = hit.start - 1
        while k > 0 and doc[k].lower_ in _RELATIVE_AUX | {"have", "has", "also"}:
            k -= 1
        return (
            hit.trigger.role == "join"
            and k < hit.start - 1
            and doc[k].lower_ in self.sponsor_list_nouns
        )

    def _relative_clause_start(self, i: int, sent: Span) -> int | None:
        # The comma opening ", which ... ," or a participle aside (", approved
        # without a vote at the Assembly,") when one closes right before the verb
        # at ``i`` (auxiliaries skipped).
        doc = self.doc
        k = i - 1
        while k > sent.start and doc[k].lower_ in _RELATIVE_AUX:
            k -= 1
        if k <= sent.start or doc[k].text != ",":
            return None
        nearest = True
        for c in range(k - 1, sent.start, -1):
            if doc[c].text != ",":
                continue
            after = doc[c + 1]
            if after.lower_ in self.rules.relatives or (
                nearest and after.is_lower and after.lower_.endswith("ed")
            ):
                return c
            nearest = False
        return None

    def _fronted(self, hit: Hit, sent: Span) -> bool:
        # The trigger opens the sentence (after a bullet at most, or "As a").
        first = first_word(sent)
        if first is None:
            return False
        opening = self.doc[first.i : hit.start].text.lower()
        return first.i == hit.start or opening in _OPENING_ROLE_WORDS

    def _names_referent(self, i: int, end: int) -> bool:
        # "..., the text would have": a definite referent noun later in the sentence.
        doc = self.doc
        return any(
            doc[k].lower_ in self.referents and doc[k - 1].lower_ in self.definite
            for k in range(i + 1, end)
        )
