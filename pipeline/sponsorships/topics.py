"""Instrument mentions and their topics: what a text is about and what it is called.

Reads the instrument words of a sentence (``_mentions``), the topic after them
("a resolution on the right to food"), quoted and named titles, observances,
and the session or event topic of the document. Relies on the finder's rule
sets built in ``__init__`` (``self.rules``, ``self.topic_heads``,
``self.topic_stops``, ``self.stop_phrases``, ``self.definite``, ``self.generic``,
``self.anaphoric``, ``self.name_links``, ...) and on its per-document state
(``self.doc``, ``self.quotes``, ``self.actor_at``, ``self.forum_at``,
``self.last_mention``, ``self.named_heads``, ``self.known_titled``,
``self.session_topic``, ``self.event_topic``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..entities import has_speech_word
from .actors import Mention
from .records import has_content
from .tokens import after_symbol, calls_on, find_phrase, match_phrase, phrase_ending_at
from .vocabulary import (
    _AUX_OR_MODAL,
    _BODY_NOUNS,
    _CLAUSE_END,
    _CONCERN_DEGREES,
    _CONCERN_LINKS,
    _DETERMINERS,
    _DRAFT_NOUNS,
    _EXHORTING,
    _GENERIC_DETERMINERS,
    _LISTED_WORDS,
    _LISTING_NOUNS,
    _LISTING_VERBS,
    _LISTS,
    _MODIFIER_PREPOSITIONS,
    _NAME_LINKS,
    _NOT_DONE,
    _NOT_OBJECTS,
    _OBJECT_PRONOUNS,
    _OBJECT_STARTS,
    _OBSERVANCE_HEADS,
    _ON_BEHALF,
    _ON_THE_BASIS,
    _OTHER_TEXT,
    _PARTICLES,
    _PASSIVE_AUX,
    _PROCLAIM_STEMS,
    _RENEWAL_VERBS,
    _SEEKING,
    _SESSION_WORDS,
    _SIGNED_TEXTS,
    _SIGNING_PHRASES,
    _SIGNING_WORDS,
    _TOPIC_PREPOSITIONS,
    _TREATY_FILLERS,
    _TREATY_LINKS,
    _VERB_OBJECT_STARTS,
    _VIOLATING,
    _WHERE_PREPOSITIONS,
    BULLETS,
)


def _acronym(tok: Token) -> bool:
    return tok.is_upper and tok.is_alpha


def is_to_gerund(topic: str) -> bool:
    """ "switched from supporting the resolution to abstaining": "to" is a
    preposition before a gerund there, not the start of a purpose ("to hold",
    "to bring": short verbs that end in "ing" are not gerunds)."""
    words = topic.lower().split()
    return len(words) >= 2 and words[0] == "to" and words[1].endswith("ing") and len(words[1]) > 5


class TopicsMixin:
    """Instrument mentions and their topics, for :class:`SponsorshipFinder`."""

    def _event_topic(self, doc: Doc) -> str:
        # "concluded its seventeenth special session, on the situation of human
        # rights in Syria, by adopting a resolution": the session's subject.
        if self.session_topic:
            return self.session_topic
        # "The Council voted to appoint a special rapporteur ...": what the
        # document's instrument does, for one never described where it is named.
        for tok in doc:
            n = find_phrase(doc, tok.i, self.event_verbs, len(doc))
            if n and not self._infinitive(tok.i + n, len(doc)):
                # "the meeting was moved to Geneva": a place, not what was decided.
                n = 0
            if not n and tok.lower_ in self.event_stems:
                # "voted on Friday to", "voted 14-0 on Thursday to": when and how
                # the vote went, between the verb and what was decided.
                k = tok.i + 1
                while k < min(len(doc), tok.i + 8) and (
                    doc[k].ent_type_ == "DATE"
                    or doc[k].like_num
                    or doc[k].text == "-"
                    or (
                        doc[k].lower_ == "on"
                        and k + 1 < len(doc)
                        and (doc[k + 1].ent_type_ == "DATE" or doc[k + 1].is_title)
                    )
                    or (doc[k].lower_.endswith("ly") and doc[k].is_lower)
                ):
                    k += 1
                # "voted 133 to four" is the tally, not what was decided.
                to = k > tok.i + 1 and doc[k].lower_ == "to" and self._infinitive(k + 1, len(doc))
                n = k - tok.i + 1 if to and not doc[k + 1].like_num else 0
            if n:
                start = tok.i + n - 1
                topic = self._clean(doc[start : self._topic_end(start, tok.sent.end)].text)
                if has_content(topic):
                    # Not "to" alone, from "decided to include the item".
                    return topic
        return ""

    def _observance(self, i: int, sent: Span) -> str:
        """The name of a day, week, year or decade the text at ``i`` proclaims."""
        doc = self.doc
        # "a resolution ... that proclaims X", or "The Assembly recognized 21 March
        # as the International Day of Nowruz, adopting a resolution".
        after = range(i + 1, min(sent.end, i + 12))
        verb = next((k for k in after if doc[k].lower_.startswith(_PROCLAIM_STEMS)), None)
        if verb is None:
            verb = next(
                (k for k in range(sent.start, i) if doc[k].lower_.startswith(_PROCLAIM_STEMS)),
                None,
            )
        if verb is None:
            return ""
        k = verb + 1
        while k < sent.end:
            if not doc[k].is_title or doc[k].ent_type_ == "DATE":
                k += 1
                continue
            stop = k
            while stop < sent.end:
                if doc[stop].is_title or (doc[stop].text == "-" and stop > k):
                    stop += 1
                elif doc[stop - 1].text == "-" and doc[stop].is_alpha:
                    # "Two-hundredth": the word after a hyphen may be lower-case.
                    stop += 1
                else:
                    # "Day for the Commemoration": up to two linking words.
                    link = stop
                    while link < min(sent.end, stop + 2) and doc[link].lower_ in _NAME_LINKS:
                        link += 1
                    if link == stop or link >= sent.end or not doc[link].is_title:
                        break
                    stop = link
            if any(doc[x].text in _OBSERVANCE_HEADS for x in range(k, stop)):
                return doc[k:stop].text
            k = stop + 1
        return ""

    def _session_topic(self, doc: Doc) -> str:
        for tok in doc:
            k = tok.i
            if (
                tok.lower_ == "session"
                and k + 3 < len(doc)
                and doc[k + 1].text == ","
                and doc[k + 2].lower_ == "on"
                and doc[k + 3].ent_type_ != "DATE"
            ):
                sent = tok.sent
                return self._clean(doc[k + 3 : self._topic_end(k + 3, sent.end)].text)
        return ""

    def _renewal_topic(self, sent: Span) -> str:
        """What a forum renewed, extended or set up in a sentence that names no text
        ("Second, the Council extended for three years the mandate of the Special
        Rapporteur on X": the text the next "The resolution" is), or ""."""
        doc = sent.doc
        for tok in sent:
            if tok.lower_ not in _RENEWAL_VERBS or tok.i == sent.start:
                continue
            before = doc[tok.i - 1]
            body = (
                before.lower_ in _BODY_NOUNS
                and tok.i - 2 >= sent.start
                and doc[tok.i - 2].lower_ == "the"
            )
            if not body and not any(
                e.end == tok.i and e.start in self.forum_at for e in self.sent_ents(sent)
            ):
                continue
            start = self._after_duration(tok.i + 1, sent.end)
            if start >= sent.end or doc[start].lower_ not in {"the", "a", "an"}:
                return ""
            return self._clean(doc[start : self._topic_end(start, sent.end)].text)
        return ""

    def _mentions(self, sent: Span, known_topics: dict[str, str]) -> list[Mention]:
        doc = sent.doc
        mentions = []
        named_treaty = False
        cites_from = self._citing_verb(sent)
        for tok in sent:
            instrument = self.rules.instruments.get(tok.lower_)
            if instrument == "resolution" and tok.lower_ in _DRAFT_NOUNS:
                instrument = self._draft_kind(tok.i, sent, mentions)
            if instrument is None and tok.lower_ in self.generic:
                instrument = self._generic_instrument(tok.i, sent, mentions)
            if (
                instrument is None
                and tok.lower_ in self.language_nouns
                and tok.i > sent.start
                and (
                    doc[tok.i - 1].lower_ in self.language_verbs
                    or (
                        doc[tok.i - 1].lower_ in {"a", "an", "new"}
                        and tok.i - 1 > sent.start
                        and doc[tok.i - 2].lower_ in self.language_verbs
                    )
                )
            ):
                # "Mexico and Brazil proposed language on X", "had proposed a
                # paragraph referring to X": an amendment (batch 31).
                instrument = "amendment"
            name = ""
            if (
                instrument is None
                and tok.lower_ in _SIGNED_TEXTS
                and self._signed_object(tok.i, sent)
            ):
                # "signed the treaty", "signatories of the Convention": a treaty
                # opened for signature is labelled as the text that adopted it.
                if tok.is_lower and named_treaty:
                    # "The X Convention, the first international treaty aimed at
                    # ...": the named treaty again, in apposition.
                    continue
                instrument = "resolution"
                if (
                    tok.text[:1].isupper()
                    and tok.i > sent.start
                    and (doc[tok.i - 1].is_title or _acronym(doc[tok.i - 1]))
                ):
                    # "the Council of Europe Convention against Trafficking in
                    # Human Organs", "the ASEAN Charter": its name says what it
                    # is about.
                    name = self._named_text_name(tok.i, sent)
                    named_treaty = True
            declared = ""
            if (
                instrument == "declaration"
                and tok.text == "Declaration"
                and tok.i > sent.start
                and doc[tok.i - 1].is_title
                and doc[tok.i - 1].lower_ not in self.definite
            ):
                # "the Lima Declaration", "The Hague Declaration": a named
                # declaration whose sentence says nothing more of it is known by
                # its name. ("Declaration of Lima" is left alone: the OAS gives
                # those a subtitle, which is their topic.)
                declared = self._named_text_name(tok.i, sent)
            listing = instrument is None and self._listing_proposal(tok.i, sent)
            if listing:
                # "The proposal to include the oceanic whitetip shark in Appendix
                # II was submitted by": an amendment of the treaty's list.
                instrument = "amendment"
                self.listing_texts = True
            if instrument is None and self._quoted_name(tok.i):
                # "agreed the “Port Vila Call for a Just Transition ...”": a quoted
                # title that opens with the named text; the quote is its topic.
                instrument = self.rules.named_instruments[tok.text]
                self.named_heads.add(tok.text)
            if (
                instrument is None
                and tok.text in self.rules.named_instruments
                # Not inside a quoted title: "resolution 69/319, “Basic Principles
                # on ...”" names the resolution.
                and self._quote_at(tok.i) is None
            ):
                if (
                    tok.i > sent.start
                    and doc[tok.i - 1].text[:1].isupper()
                    and doc[tok.i - 1].lower_ not in self.definite
                ):
                    # "the Lima Commitment": a named text whose head noun is not a
                    # usual instrument word, only when it ends a capitalized name.
                    instrument = self.rules.named_instruments[tok.text]
                    self.named_heads.add(tok.text)
                    name = self._named_text_name(tok.i, sent)
                elif tok.text in self.named_heads:
                    # "signed on to the Principles": the named text again, by its head.
                    instrument = self.rules.named_instruments[tok.text]
            if instrument is None:
                continue
            nxt = doc[tok.i + 1].lower_ if tok.i + 1 < sent.end else ""
            if nxt in self.rules.instruments or (
                tok.lower_ in _DRAFT_NOUNS
                and tok.i + 2 < sent.end
                and doc[tok.i + 1].is_lower
                and doc[tok.i + 1].is_alpha
                and doc[tok.i + 2].lower_ in self.rules.instruments
            ):
                # "draft resolution", "a draft presidential statement": one
                # instrument, named by its last word.
                continue
            same = find_phrase(doc, tok.i + 1, self.same_topic_cues, sent.end)
            # "a resolution of the same title": the topic is the one named before.
            topics = [] if same else self._topics(tok.i, sent)
            if listing:
                topics = self._listing_topic(tok.i, sent) or topics
            if declared and not topics and not same:
                topics = [declared]
            if (
                named_treaty
                and name.endswith(tok.text)
                and topics
                and tok.i + 2 < sent.end
                and doc[tok.i + 1].lower_ in _TREATY_LINKS
                and doc[tok.i + 2].is_lower
            ):
                # "the Council of Europe Convention on preventing and combating
                # violence against women": a treaty's title goes on in lower case.
                name = f"{name} {doc[tok.i + 1].text} {topics[0]}"
            if name and not (topics and self._titled):
                # "the Kigali Principles on the Protection of Civilians": the name,
                # unless a quoted title follows ("the Lima Commitment “...”").
                topics = [name]
                self._titled = True
            if not topics and not same:
                # "The Group of Experts on X was renewed in a resolution led by":
                # the text is about the renewed subject.
                topics = self._subject_topic(tok.i, sent)
            definite = bool(same) or self._determiner(tok.i, sent) in self.definite
            observance = self._observance(tok.i, sent)
            if observance:
                # "a resolution proclaiming 22 August the International Day ...":
                # the day's name says what the text is about.
                topics = [observance]
                self._titled, self._distant = True, False
            if topics and self._distant and self.session_topic:
                # "by adopting a resolution in which it decided to dispatch ...":
                # the session named what the text is about.
                topics = [self.session_topic]
            if topics and definite and self._distant and instrument in known_topics:
                # "The resolution demands a cessation of hostilities on the agenda
                # of the Council": the text named before, not a phrase further on.
                topics = []
            topics = [self._full_name(t, tok.i) for t in topics]
            if mentions and mentions[-1].topics[0] and self._apposed_text(tok.i, sent):
                # "resolution 2378 on X, a draft tabled by Ethiopia during its
                # presidency": the same text, described again.
                topics = list(mentions[-1].topics)
            titled = bool(topics) and self._titled
            other = self._other_text(tok.i)
            # "The resolution ... welcomes Security Council resolution 2268": a
            # text the document's text cites keeps its own topic but is not the
            # text named last.
            cited = tok.i > cites_from or self._violated(tok.i, sent)
            if cited or (topics and other):
                # "their own draft resolution on Cuba": another text with its own topic.
                pass
            elif topics:
                known_topics[instrument] = topics[-1]
                self.known_titled[instrument] = titled
            elif definite and instrument in known_topics:
                topics = [known_topics[instrument]]
                titled = self.known_titled.get(instrument, False)
            elif definite and self.event_topic:
                topics = [self.event_topic]
            other = other or cited
            joint = (
                tok.i > sent.start
                and doc[tok.i - 1].lower_ == "joint"
                and not any(
                    not self.actor_at[k][1].code
                    for k in range(sent.start, sent.end)
                    if k in self.actor_at
                )
            )
            if joint:
                self.joint_texts.add(instrument)
            elif definite and not other:
                # "The statement was signed by": the joint statement named before.
                joint = instrument in self.joint_texts
            mentions.append(
                Mention(tok.i, instrument, topics or [""], definite, titled, other, joint)
            )
        if not mentions:
            renewed = self._renewal_topic(sent)
            if renewed:
                # The next "the resolution" is the text that did it.
                known_topics["resolution"] = renewed
                self.known_titled["resolution"] = False
        return mentions

    def _listing_proposal(self, i: int, sent: Span) -> bool:
        """Whether the noun at ``i`` is a proposal to change a treaty's appendix or
        annex ("the listing proposal", "a proposal to include X in Appendix II")."""
        doc = self.doc
        if doc[i].lower_ not in {"proposal", "proposals"}:
            return False
        if self.listing_texts or (i > sent.start and doc[i - 1].lower_ == "listing"):
            # Once one is named, the document's other proposals amend the lists too.
            return True
        return (
            i + 2 < sent.end
            and doc[i + 1].lower_ == "to"
            and doc[i + 2].lower_ in _LISTING_VERBS
            and any(t.lower_ in _LISTS for t in doc[i + 3 : sent.end])
        )

    def _listing_topic(self, i: int, sent: Span) -> list[str]:
        # "proposal to include X in Appendix II": the change, up to the list it
        # names; "proposal for the manta rays (Manta spp.)": what it lists.
        doc = self.doc
        if i + 1 >= sent.end:
            return []
        if i > sent.start + 1 and doc[i - 1].lower_ == "a" and doc[i + 1].lower_ == "by":
            # "The porbeagle (Lamna nasus), which ..., came back in a proposal by":
            # the species the sentence opens with.
            listed = self._listed_object(sent, i)
            if listed:
                return [listed]
            comma = next((t.i for t in sent if t.text == ","), None)
            return [doc[sent.start : comma].text] if comma is not None else []
        if doc[i + 1].lower_ == "by":
            # "a separate proposal by the Russian Federation to add ...": the change
            # after its proposers.
            actors, k = self._actor_list(i + 2, sent.end)
            if actors and k + 2 < sent.end and doc[k].lower_ == "to":
                i = k - 1
        if doc[i + 1].lower_ not in {"to", "for"}:
            return self._earlier_listing(i, sent)
        if doc[i + 1].lower_ == "for":
            return [self._clean(doc[i + 2 : self._topic_end(i + 2, sent.end)].text)]
        end = next((t.i for t in doc[i + 3 : sent.end] if t.lower_ in _LISTS), None)
        if end is None:
            return []
        # "Appendix II", "Schedule 1": the list's name or number.
        end += 1 + (
            end + 1 < sent.end and (doc[end + 1].text[:1].isupper() or doc[end + 1].like_num)
        )
        return [doc[i + 1 : end].text]

    def _earlier_listing(self, i: int, sent: Span) -> list[str]:
        # "Glass frogs were included in Appendix II on a proposal submitted by
        # X": what the sentence lists; "The Parties listed the great white shark
        # in Appendix II. The proposal was submitted by X": what the sentence
        # before listed.
        doc = self.doc
        listed = self._listed_object(sent, i)
        if not listed and i > sent.start and doc[i - 1].lower_ in self.definite and sent.start > 0:
            before = doc[sent.start - 1].sent
            listed = self._listed_object(before, before.end)
        return [listed] if listed else []

    def _listed_object(self, sent: Span, end: int) -> str:
        """What a sentence says was put on a treaty's list, before token ``end``:
        "Glass frogs (Centrolenidae) were included in Appendix II", "the Parties
        listed the whole family of hammerhead sharks in Appendix II", "confirmed
        the inclusion in Appendix II of all species of the family X"."""
        doc = self.doc
        for t in doc[sent.start : end]:
            if t.lower_ not in _LISTED_WORDS:
                continue
            if t.i > sent.start and doc[t.i - 1].lower_ in _PASSIVE_AUX:
                # "X was transferred from Appendix II", "X will be listed": the
                # subject before its verb.
                start = next((x.i for x in sent if not x.is_space), sent.start)
                j = t.i - 1
                while j > start and doc[j - 1].lower_ in _AUX_OR_MODAL:
                    j -= 1
                return self._clean(doc[start:j].text)
            k = t.i + 1
            if t.lower_ in _LISTING_NOUNS and (k >= end or doc[k].lower_ not in {"in", "of"}):
                # "the listing proposals", "The listing was proposed": no object.
                continue
            if k < end and doc[k].lower_ == "in":
                # "the inclusion in Appendix II of X".
                k = next((x.i + 1 for x in doc[k:end] if x.lower_ == "of"), end)
            elif k < end and doc[k].lower_ == "of":
                k += 1
            stop = next(
                (x.i for x in doc[k:end] if x.lower_ in {"in", "to", "from"} or x.text in ",;."),
                end,
            )
            if stop > k:
                return self._clean(doc[k:stop].text)
        return ""

    def _quoted_name(self, i: int) -> bool:
        """Whether token ``i`` heads a named text that opens a quoted title ("the
        “Montreux Document on pertinent ...”"), the quote not following an
        instrument word or symbol ("resolution 69/319, “Basic Principles ...”")."""
        doc = self.doc
        if doc[i].text not in self.rules.named_instruments:
            return False
        quote = self._quote_at(i)
        if quote is None:
            return False
        s = quote[0]
        if s < 2 or i == s or doc[s - 2].lower_ not in self.definite - {"draft"}:
            return False
        return all(t.text[:1].isupper() or t.lower_ in self.name_links for t in doc[s:i])

    def _full_name(self, topic: str, i: int) -> str:
        """The full name a bare head ("the Convention") refers back to, named before
        token ``i`` ("the International Convention for the Protection of ..."), or
        the topic itself."""
        words = topic.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        doc = self.doc
        heads = self.rules.named_text_heads
        if len(words) > 1 and (words[-1] in heads or words[-1] in self.rules.named_instruments):
            # "the Montreux Document" after the “Montreux Document on pertinent
            # ...”: the quoted title it is short for.
            short = " ".join(words)
            for s, e in self.quotes:
                quoted = doc[s:e].text
                if s < i and quoted.startswith(short + " "):
                    return self._clean(quoted)
        if len(words) != 1 or words[0] not in heads:
            return topic
        for j in range(i - 1, -1, -1):
            if doc[j].text == words[0] and j > 0 and doc[j - 1].is_title:
                name = self._named_text_name(j, doc[j].sent)
                if len(name.split()) > 1:
                    return name
        return topic

    def _draft_kind(self, i: int, sent: Span, mentions: list[Mention]) -> str:
        """The kind of a bare "the draft": a resolution, unless the document has
        named no resolution and the text named last is a declaration or statement
        ("approved the Declaration ... The draft was proposed by Peru")."""
        doc = self.doc
        last = self.last_text
        if (
            mentions
            or last is None
            or last.instrument not in {"declaration", "statement"}
            # "the draft Protocol": a noun of its own ("draft resolution" is
            # named by its last word, see _mentions).
            or (i + 1 < sent.end and doc[i + 1].is_title)
            or self._determiner(i, sent) not in self.definite
            or any(m.instrument == "resolution" for m in self.mentions_at.values())
        ):
            return "resolution"
        return last.instrument

    def _generic_instrument(self, i: int, sent: Span, mentions: list[Mention]) -> str | None:
        """The kind of a "text"/"draft" with a topic of its own ("a separate text on X").

        A bare "the text" refers back and is left to the discourse rules; "draft
        resolution" is named by its last word.

        Returns:
            The instrument kind of the text named last (a resolution by default),
            or None when the noun does not open a topic.
        """
        doc = self.doc
        nxt = i + 1
        if nxt < sent.end and doc[nxt].lower_ in self.rules.instruments:
            return None
        # '"No first placement of weapons in outer space", a draft tabled by X': a
        # quoted title before it is a topic of its own too.
        # 'That text, "Complete and unconditional withdrawal ..." (document ...)':
        # a quoted title in apposition after it.
        quote = self._quote_at(i + 3) if i + 3 < sent.end and doc[nxt].text == "," else None
        # "the first text, on policies involving youth": a topic in apposition.
        on = nxt + (nxt + 1 < sent.end and doc[nxt].text == ",")
        if (
            self._appositive_title(i) is None
            and (quote is None or quote[0] != i + 3)
            and (on >= sent.end or not find_phrase(doc, on, self.topic_heads, sent.end))
        ):
            return None
        if mentions:
            return mentions[-1].instrument
        # "That earlier text on X, introduced by Israel, was the first Israeli-
        # initiated resolution": the sentence names the kind later on.
        named = (
            self.rules.instruments.get(t.lower_)
            for t in doc[nxt : sent.end]
            if t.lower_ not in _DRAFT_NOUNS
        )
        later = next((kind for kind in named if kind), None)
        if later:
            return later
        return self.last_mention.instrument if self.last_mention else "resolution"

    def _subject_topic(self, i: int, sent: Span) -> list[str]:
        doc = self.doc
        k = i - 1
        if k >= sent.start and (doc[k].lower_ in _DETERMINERS or doc[k].lower_ in self.definite):
            k -= 1
        if k < sent.start or doc[k].lower_ not in {"in", "by", "through", "under", "with"}:
            return []
        for v in range(k - 1, max(sent.start, k - 6) - 1, -1):
            if doc[v].is_punct:
                return []
            if doc[v].lower_ in self.subject_topic_verbs:
                aux = v - 1
                if aux < sent.start or doc[aux].lower_ not in {"was", "were", "is", "are", "been"}:
                    return []
                start = aux
                while start > sent.start and not (
                    doc[start - 1].is_punct or doc[start - 1].text in BULLETS
                ):
                    start -= 1
                subject = self._clean(doc[start:aux].text)
                return [subject] if subject and not self._anaphoric(subject) else []
        return []

    def _determiner(self, i: int, sent: Span) -> str:
        # "the updated draft", "the Ukrainian draft resolution": skip up to two
        # modifiers to reach the determiner.
        doc = sent.doc
        k = i - 1
        skipped = 0
        while k >= sent.start and skipped < 2:
            word = doc[k].lower_
            if word == "-" and k - 1 >= sent.start and doc[k - 1].is_alpha:
                # "the Canadian-led declaration": a hyphenated modifier is one word.
                k -= 2
                continue
            if word in self.definite or word in {"a", "an"} or not doc[k].is_alpha:
                return word
            k -= 1
            skipped += 1
        return doc[k].lower_ if k >= sent.start else ""

    def _quote_at(self, i: int) -> tuple[int, int] | None:
        return next(((s, e) for s, e in self.quotes if s <= i < e), None)

    def _topics(self, i: int, sent: Span) -> list[str]:
        self._titled = False
        self._distant = False
        topics = [
            t
            for t in self._read_topics(i, sent)
            if not self._anaphoric(t) and has_content(t) and not is_to_gerund(t)
        ]
        self._titled = self._titled and bool(topics)
        return topics

    def _anaphoric(self, topic: str) -> bool:
        # "a resolution on this subject": a pointer to a topic, not one; "the
        # declaration on launch day": a time, not a topic.
        words = tuple(topic.lower().split())
        if words and words[-1] in self.temporal_nouns and not topic.split()[-1][:1].isupper():
            # "Global Media and Information Literacy Week" is a name, not a time.
            return True
        return any(words[: len(p)] == p for p in self.anaphoric)

    def generic_topic(self, topic: str) -> bool:
        """Whether a topic only says that there is a text ("the invocation", "both measures").

        Such a phrase still tells two texts of one sentence apart, so records keep
        it until they are merged; only then does it give way to a real topic.

        Args:
            topic: A record's topic.

        Returns:
            True when every word is a determiner or a generic noun of the rules.
        """
        words = topic.lower().split()
        return bool(words) and all(
            w in _GENERIC_DETERMINERS or w in self.generic_topic_nouns for w in words
        )

    def _appositive_title(self, i: int) -> tuple[int, int] | None:
        # A quoted title, a comma and "a"/"the" before the noun at ``i``.
        doc = self.doc
        if i < 4 or doc[i - 1].lower_ not in {"a", "an", "the"} or doc[i - 2].text != ",":
            return None
        return next(((s, e) for s, e in self.quotes if e == i - 3), None)

    def _read_topics(self, i: int, sent: Span) -> list[str]:
        doc = sent.doc
        # "the resolutions on Iran and on Ukraine": one topic per "on".
        plural = doc[i].lower_.endswith("s")
        title = self._appositive_title(i)
        if title is not None:
            self._titled = True
            return [self._clean(doc[title[0] : title[1]].text)]
        quote = self._quote_at(i)
        if quote is not None and (
            # A quote in lower case is speech, unless the instrument word opens it
            # (a “resolution on the human rights situation”: a scare quote).
            has_speech_word(doc, *quote)
            or (doc[quote[0]].is_lower and i != quote[0])
            or any(t.text in _CLAUSE_END for t in doc[quote[0] : quote[1] - 1])
        ):
            # "“The resolution that we have adopted is not perfect,” he said",
            # "“The co-sponsors will not pursue a vote on the draft resolution.
            # The co-sponsors reserve ...”": words about the text, not its title.
            return []
        if quote is not None:
            # "Declaration on the Question of the Malvinas Islands": the title.
            s, e = quote
            j = i + 1
            n = find_phrase(doc, j, self.topic_heads, e)
            if i == s and not n and doc[s].is_lower:
                # "this “resolution”": a scare quote around the word alone.
                return []
            start = j + n if n and i == s else s
            self._titled = True
            return [self._clean(doc[start:e].text)]
        end = sent.end
        name = self._name_topic(i, end)
        if name:
            self._titled = True
            return [name]
        j = i + 1
        # "resolution 74/274", "resolution 2653 (2022)": skip the symbol.
        j = after_symbol(doc, j, end)
        # "a resolution in the Third Committee on ...": skip where it was tabled.
        if j + 1 < end and doc[j].lower_ in {"in", "at", "before"}:
            k = j + 1 + (doc[j + 1].lower_ == "the")
            if k < end and doc[k].ent_type_ == "ORG":
                while k < end and doc[k].ent_type_ == "ORG":
                    k += 1
                j = k
        # "a statement on behalf of 45 countries in support of ...": skip for whom
        # the text was delivered.
        if match_phrase(doc, j, _ON_BEHALF, end):
            k = j + len(_ON_BEHALF)
            while k < end and (
                doc[k].like_num
                or doc[k].lower_ in self.agent_fillers
                or k in self.actor_at
                or (doc[k].is_title and k + 1 < end and doc[k + 1].lower_ in self.agent_fillers)
            ):
                k += 1
            if k < end and find_phrase(doc, k, self.topic_heads, end):
                j = k
        first = j
        # "the Declaration of Asunción, “...”": skip the name to reach the title.
        if j < end and doc[j].lower_ == "of" and j + 1 in self.actor_at:
            j = self.actor_at[j + 1][0].end
        elif j < end and doc[j].lower_ == "of" and doc[j + 1 : j + 2].text[:1].isupper():
            j += 2
        while j < end and doc[j].text in {",", "titled", "entitled", "called"}:
            j += 1
        quoted = self._quote_at(j + 1) if j < end else None
        if quoted is not None and quoted[0] == j + 1 and not doc[j + 1].is_lower:
            # A quote that opens in lower case ('read the statement "on behalf
            # of the following 51 countries: ..."') is speech, not a title.
            s, e = quoted
            self._titled = True
            return [self._clean(doc[s:e].text)]
        j = first
        # "resolution 2325, promoted by Spain, on the non-proliferation of ...": the
        # topic after the sponsors' aside.
        aside = self._agent_aside_end(j, end)
        if aside and find_phrase(doc, aside + 1, self.topic_heads, end):
            j = aside
        if j + 1 < end and doc[j].text == "," and find_phrase(doc, j + 1, self.topic_heads, end):
            # "Resolution 2118, on the elimination of ...": an appositive topic.
            j += 1
        # "adopted resolution 2681 (2023), condemning the decision ...": what the
        # text does says what it is about, unless the text was named before.
        clause = j + 1 < end and doc[j].text == "," and self._participle(j + 1, end)
        j += clause
        # ", which would authorize a mission": the comma before the clause too.
        would = self._would_clause(j + (j < end and doc[j].text == ","), end, i, sent)
        if would:
            # "a draft resolution that would have declared that the referendum ...
            # can have no validity": what the text would have done.
            clause = self._clause_to_comma(would, end)
            if clause:
                return [clause]
        relative = self._relative_object(j + (j < end and doc[j].text == ","), end)
        if relative:
            # "resolution 2744 (2024), which strengthens the mandate of ...": the
            # object of what the text does, unless the text was named before.
            stop = self._topic_end(relative, end, plural)
            if stop > relative:
                self._distant = True
                return [self._clean(doc[relative:stop].text)]
        topics: list[str] = []
        while j < end:
            n = find_phrase(doc, j, self.topic_heads, end)
            if n:
                start = j + n
            elif (
                doc[j].lower_ == "to" and self._infinitive(j + 1, end) and doc[j + 1].lower_ != "be"
            ):
                # "a resolution to condemn X"; "resolutions to be adopted" says
                # what happens to the text, not what it is about.
                start = j
            elif (
                doc[j].lower_.endswith("ing")
                and doc[j].is_alpha
                # "Resolution Calling for Moratorium": a headline capitalizes it.
                and (doc[j].is_lower or (doc[j].is_title and self._in_headline(j)))
                and doc[j].lower_ not in self.ing_prepositions
            ):
                # "a draft demanding that Israel not harm ...": the clause after "that".
                start = j + 1 + (j + 1 < end and doc[j + 1].lower_ == "that")
                # "a resolution setting out the focus of ...": the verb's particle.
                start += start + 1 < end and doc[start].lower_ in _PARTICLES
                if start + 1 < end and doc[start].lower_ in _OBJECT_PRONOUNS:
                    # "a declaration committing them to end ...": what they commit to.
                    start += doc[start + 1].lower_ == "to"
                start = self._after_duration(start, end)
                start = self._after_concern(start, end)
            else:
                break
            if start < end and doc[start].ent_type_ == "DATE":
                # "tabled the draft on 31 October": a date, not a topic.
                break
            # "on a “Moratorium on ...”": the article before a quoted title.
            k = start + (start < end and doc[start].lower_ in {"a", "an", "the"})
            quote = self._quote_at(k + 1)
            if quote is None or quote[0] != k + 1:
                quote = self._quote_at(start)
            if quote is not None and quote[0] in {start, k + 1}:
                self._titled = True
                topics.append(self._clean(doc[quote[0] : quote[1]].text))
                stop = quote[1] + 1
            else:
                stop = self._topic_end(start, end, plural)
                if stop > start:
                    topics.append(self._clean(doc[start:stop].text))
            # "resolutions to A, to B, and to C": several instruments at once.
            j = stop
            while j < end and doc[j].lower_ in {",", "and", "as", "well"}:
                j += 1
            if j >= end or doc[j].lower_ not in {"to", "on"} or j == stop or not plural:
                # "a declaration committing them to A, to B and to C": one text.
                break
        topics = [t for t in topics if t]
        if plural and len(topics) == 1:
            # "EU-led resolutions on Belarus and Eritrea": one text per country.
            parts = re.split(r",? and |, ", topics[0])
            countries = {
                e.text
                for e in self.sent_ents(sent)
                if e.label_ == "PLACE" and e._.kind == "country"
            }
            if len(parts) > 1 and all(p in countries for p in parts):
                topics = parts
        if not topics:
            topics = self._agent_clause_topic(first, end, i, sent)
        if not topics:
            topics = self._distant_topic(first, end, plural)
            self._distant = bool(topics)
        self._distant = self._distant or (clause and bool(topics))
        return topics

    def _clause_to_comma(self, start: int, end: int) -> str:
        """The words from ``start`` to the next comma that ends a clause."""
        doc = self.doc
        stop = next(
            (
                k
                for k in range(start, end)
                if doc[k].text in {";", ".", ":"}
                or (doc[k].text == "," and not self._coordinated(k, end))
            ),
            end,
        )
        return self._clean(doc[start:stop].text) if stop > start else ""

    def _agent_clause_topic(self, j: int, end: int, i: int, sent: Span) -> list[str]:
        # "an amendment put forward by Canada that would have condemned X",
        # "amendments tabled by Russia, which sought to delete X": what the text
        # would have done, told after who tabled it.
        doc = self.doc
        by = next((k for k in range(j, min(end, j + 3)) if doc[k].lower_ == "by"), None)
        if by is None or by == j or not (doc[j].lower_.endswith("ed") or doc[j].lower_ == "put"):
            return []
        actors, k = self._actor_list(by + 1, end)
        if not actors:
            return []
        if k < end and doc[k].text == ",":
            k += 1
        would = self._would_clause(k, end, i, sent)
        if would:
            clause = self._clause_to_comma(would, end)
            return [clause] if clause else []
        if not (k + 3 < end and doc[k].lower_ in {"which", "that"}):
            return []
        if doc[k + 1].lower_ not in _SEEKING:
            return []
        m = k + 2
        if doc[m].text == ",":
            # "which sought, among other things, to place ...": past the insertion.
            close = next((c for c in range(m + 1, min(end, m + 7)) if doc[c].text == ","), None)
            if close is None or any(t.text in _CLAUSE_END for t in doc[m:close]):
                return []
            m = close + 1
        if not (m + 2 < end and doc[m].lower_ == "to" and doc[m + 1].is_lower):
            return []
        start = m + 2 + (doc[m + 2].lower_ in _PARTICLES)
        stop = self._topic_end(start, end)
        return [self._clean(doc[start:stop].text)] if stop > start else []

    def _after_concern(self, k: int, end: int) -> int:
        """The object of "(serious) concern at" at ``k`` ("expressing serious concern
        at Iran's resumption of ...": what the concern is about), or ``k``."""
        doc = self.doc
        j = k + (k < end and doc[k].lower_ in _CONCERN_DEGREES)
        if j + 2 < end and doc[j].lower_ == "concern" and doc[j + 1].lower_ in _CONCERN_LINKS:
            return j + 2
        return k

    def _after_duration(self, k: int, end: int) -> int:
        """The token after a duration that opens a verb's object at ``k``.

        "renewing, for three years, the mandate", "extending for one year the
        mandate": how long, not what the text is about.
        """
        doc = self.doc
        comma = k < end and doc[k].text == ","
        j = k + comma
        if not (j < end and doc[j].lower_ == "for"):
            return k
        j += 1
        # "for three years", "for a further period of one year", "for the first time".
        words = j
        while j < end and j - words < 3 and doc[j].lower_ not in self.rules.duration_nouns:
            if not (doc[j].like_num or (doc[j].is_lower and doc[j].is_alpha)):
                return k
            j += 1
        if j >= end or doc[j].lower_ not in self.rules.duration_nouns:
            return k
        j += 1
        if j + 1 < end and doc[j].lower_ == "of" and doc[j + 1].like_num:
            # "a further period of one year"
            j += 1
            while j < end and (doc[j].like_num or doc[j].lower_ in self.rules.duration_nouns):
                j += 1
        if comma:
            if j >= end or doc[j].text != ",":
                return k
            j += 1
        return j

    def _would_clause(self, j: int, end: int, i: int, sent: Span) -> int:
        """Start of the object in "that/which would (have) <verb> (that) X", or 0.

        When the text named at ``i`` opens its sentence, no relative pronoun is
        needed: "The amendments would have underscored the responsibility of ...".
        """
        doc = self.doc
        if j + 2 < end and doc[j].lower_ in {"that", "which"}:
            j += 1
        elif not (j + 1 < end and doc[j + 1].lower_ == "have" and self._opens_sentence(i, sent)):
            # "said the resolution would end the bloodbath": a view of the text.
            return 0
        if not (j + 1 < end and doc[j].lower_ == "would"):
            return 0
        k = j + 1 + (doc[j + 1].lower_ == "have")
        if k >= end or not (doc[k].is_alpha and doc[k].is_lower) or doc[k].lower_ in _NOT_DONE:
            return 0
        k += 1
        if k < end and doc[k].lower_ in _PARTICLES:
            # "would have singled out Iran": the verb's particle.
            k += 1
        if k < end and doc[k].lower_ == "that":
            k += 1
        return k if k < end else 0

    def _opens_sentence(self, i: int, sent: Span) -> bool:
        """Whether only a determiner and name words ("The French-drafted") stand
        before the text named at ``i`` in its sentence."""
        doc = self.doc
        return all(
            t.lower_ in self.definite
            or t.is_title
            or t.text == "-"
            or (t.i > sent.start and doc[t.i - 1].text == "-")
            for t in doc[sent.start : i]
        )

    def _in_headline(self, k: int) -> bool:
        """Whether token ``k`` is on the document's first line."""
        return self.newline > 0 and self.doc[k].idx < self.newline

    def _participle(self, k: int, end: int) -> bool:
        """Whether ``k`` opens a participle clause with an object ("condemning the"),
        not one that says what the text's adoption did ("bringing the total")."""
        doc = self.doc
        return (
            k + 1 < end
            and doc[k].lower_.endswith("ing")
            and doc[k].is_alpha
            and doc[k].is_lower
            and doc[k].lower_ not in self.ing_prepositions
            and doc[k].lower_ not in self.fate_verbs
            and (doc[k + 1].lower_ in _OBJECT_STARTS or doc[k + 1].is_title)
        )

    def _relative_object(self, j: int, end: int) -> int:
        """Start of the object in "which/that <verb> X" at ``j``, or 0.

        "which strengthens the mandate", "which called for pauses", "which focuses
        on assistance"; not "which was adopted", "that the Council adopted",
        "which passed by 12 votes" or "which calls on States" (what it says).
        """
        doc = self.doc
        if not (j + 2 < end and doc[j].lower_ in {"which", "that"}):
            return 0
        verb = doc[j + 1]
        if not (
            verb.is_alpha
            and verb.is_lower
            and verb.lower_.endswith(("s", "ed"))
            and verb.lower_ not in self.fate_verbs
            and verb.lower_ not in self.topic_stops
        ):
            return 0
        k = j + 2
        if doc[k].lower_ == "on" and verb.lower_ in self.phrasal_verbs:
            return 0
        if doc[k].lower_ in {"for", "on"}:
            k += 1
        if k >= end or doc[k].lower_ in _NOT_OBJECTS or doc[k].like_num:
            return 0
        if doc[k].ent_type_ == "DATE" or not (doc[k].is_alpha or doc[k].text in '“"'):
            return 0
        return k

    def _named_text_name(self, i: int, sent: Span) -> str:
        """The name of a named text whose head noun is at ``i`` ("Kigali Principles
        on the Protection of Civilians", "Lima Commitment", "Council of Europe
        Convention against ...")."""
        doc = self.doc
        start = i
        while start - 1 >= sent.start:
            if doc[start - 1].text[:1].isupper() and doc[start - 1].lower_ not in self.definite:
                start -= 1
            elif (
                # "Council of Europe Convention": a lower-case link between capitals;
                # "Inter-American Democratic Charter": a hyphenated compound.
                (doc[start - 1].lower_ in self.name_links or doc[start - 1].text == "-")
                and doc[start - 1].lower_ not in self.definite
                and start - 2 >= sent.start
                and doc[start - 2].text[:1].isupper()
                and doc[start - 2].lower_ not in self.definite
            ):
                start -= 2
            else:
                break
        end = i + 1
        while end < sent.end and (
            doc[end].text[:1].isupper() or doc[end].lower_ in self.name_links
        ):
            if "\n" in doc[end].text or not doc[end].is_alpha:
                break
            if (
                doc[end].lower_ in {"in", "at"}
                and end + 1 < sent.end
                and doc[end + 1].ent_type_ == "PLACE"
                and doc[end].ent_type_ == ""
            ):
                # "signed the Global Methane Pledge in Glasgow": where, not the name.
                break
            end += 1
        while end > i + 1 and doc[end - 1].lower_ in self.name_links:
            end -= 1
        return doc[start:end].text

    def _name_topic(self, i: int, end: int) -> str:
        """The proper name a capitalized instrument word opens ("Declaration Against X").

        Returns:
            The name, instrument word included, or "" when the word does not open one.
        """
        doc = self.doc
        k = i + 1
        if not (
            doc[i].text[:1].isupper()
            and k < end
            and doc[k].is_alpha
            and doc[k].text[:1].isupper()
            and not doc[k].ent_type_
        ):
            return ""
        if doc[k].lower_.endswith("ing") and self._in_headline(k):
            # "Approves Resolution Calling for Moratorium": a headline capitalizes
            # every word, and a participle says what the text does.
            return ""
        while k < end and (
            doc[k].text[:1].isupper() or doc[k].lower_ in self.name_links or doc[k].text == "-"
        ):
            if "\n" in doc[k].text:
                break
            k += 1
        while k > i + 1 and (doc[k - 1].lower_ in self.name_links or doc[k - 1].text == "-"):
            k -= 1
        return doc[i:k].text

    def _infinitive(self, k: int, end: int) -> bool:
        # "a resolution to condemn X", not "submitted the draft to the Committee".
        if k >= end:
            return False
        tok = self.doc[k]
        return (
            tok.is_alpha
            and tok.is_lower
            and tok.ent_type_ == ""
            and tok.lower_ not in self.definite
            and tok.lower_ not in _DETERMINERS
        )

    def _distant_topic(self, i: int, end: int, plural: bool = False) -> list[str]:
        # "a draft presented by Brazil to the Council on the situation in Gaza":
        # the topic follows the agent, still in the same clause.
        doc = self.doc
        for k in range(i, min(end, i + 15)):
            if self._quote_at(k) is not None:
                continue
            if plural and doc[k].text == ":" and find_phrase(doc, k + 1, self.topic_heads[:1], end):
                # "four resolutions presented by Argentina: on X, on Y and on Z".
                return self._topic_list(k + 1, end)
            if doc[k].text in {",", ".", ";", ":"} or "\n" in doc[k].text:
                break
            n = find_phrase(doc, k, self.topic_heads[:4], end)
            if n and (
                match_phrase(doc, k, _ON_THE_BASIS, end) or match_phrase(doc, k, _ON_BEHALF, end)
            ):
                # "adopted on the basis of a draft": how, not what about; "introduced
                # by X on behalf of 34 countries reaffirming Y": for whom.
                continue
            if n and k > i and doc[k - 1].lower_ in self.non_text_heads:
                # "grew out of a conference on Gandhian philosophy": the phrase is
                # about the conference, not the text.
                return []
            if n and k > i and doc[k - 1].lower_ in self.phrasal_verbs:
                # "The declaration calls on all states": a verb's particle, and what
                # follows is what the text says, not what it is about.
                return []
            if (
                not n
                and doc[k].lower_.endswith("ing")
                and doc[k].is_alpha
                and doc[k].is_lower
                # "introduced at the meeting by Egypt": a noun, not a participle.
                and doc[k - 1].lower_ not in self.definite
                and doc[k - 1].lower_ not in _DETERMINERS
            ):
                n = 1
            if (
                n
                and k + n < end
                and (doc[k + n].ent_type_ == "DATE" or doc[k + n].lower_ in self.rules.instruments)
            ):
                # "builds on resolution 71/205": another text, not this one's topic.
                n = 0
            if n:
                stop = self._topic_end(k + n, end, plural)
                return [self._clean(doc[k + n : stop].text)] if stop > k + n else []
        return []

    def _topic_list(self, j: int, end: int) -> list[str]:
        """The topics of "on X, on Y and on Z" from ``j``, one per "on"."""
        doc = self.doc
        topics: list[str] = []
        while j < end and doc[j].lower_ == "on":
            stop = self._topic_end(j + 1, end, plural=True)
            if stop <= j + 1:
                break
            topics.append(self._clean(doc[j + 1 : stop].text))
            j = stop
            while j < end and doc[j].lower_ in {",", "and"}:
                j += 1
        return topics

    def _agent_aside_end(self, j: int, end: int) -> int:
        """The comma closing a ", <participle> by <actors>," aside at ``j``, or 0."""
        doc = self.doc
        if not (
            j + 3 < end
            and doc[j].text == ","
            and doc[j + 1].is_lower
            and doc[j + 1].lower_.endswith("ed")
            and doc[j + 2].lower_ == "by"
        ):
            return 0
        actors, k = self._actor_list(j + 3, end)
        # The agent list takes the closing comma in as a filler.
        return k - 1 if actors and doc[k - 1].text == "," else 0

    def _insertion_end(self, j: int, end: int) -> int:
        """The "of" after a short insertion set off by commas at ``j``, or 0."""
        doc = self.doc
        for k in range(j + 2, min(j + 7, end - 1)):
            if doc[k].text in _CLAUSE_END or doc[k].lower_ in {"and", "or"} or k in self.actor_at:
                # "women, the girl child and HIV, of which": a list, not an insertion.
                return 0
            if doc[k].text == ",":
                relative = k + 2 < end and doc[k + 2].lower_ in {"which", "whom", "whose"}
                return k + 1 if doc[k + 1].lower_ == "of" and not relative else 0
        return 0

    def _topic_end(self, start: int, end: int, plural: bool = False) -> int:
        # ``plural``: the instrument word is plural ("the resolutions on Iran and on
        # Ukraine"), so each "on" opens a topic of its own.
        doc = self.doc
        j = start
        while j < end:
            quote = self._quote_at(j)
            if (
                quote is not None
                and j > start
                and (
                    match_phrase(doc, quote[0], _ON_BEHALF, quote[1])
                    or has_speech_word(doc, *quote)
                )
            ):
                # 'the statement on Xinjiang "on behalf of the following ..."' ends
                # the topic; 'Russia's "illegal, unjustified" war' does not.
                break
            if quote is not None:
                j = quote[1] + (1 if quote[1] < end else 0)
                continue
            tok = doc[j]
            if (
                plural
                and j > start
                and tok.lower_ in {"and", ","}
                and j + 1 < end
                and doc[j + 1].lower_ == "on"
            ):
                break
            if tok.text == "," and j > start and self._coordinated(j, end):
                # "on the promotion, protection and enjoyment of human rights":
                # the comma joins the nouns of one topic.
                j += 1
                continue
            if tok.text == "," and j > start and (close := self._insertion_end(j, end)):
                # "the prevention, for all time, of the placement of weapons": an
                # insertion inside one noun phrase, which goes on after it.
                j = close
                continue
            if j > start and (
                (
                    tok.lower_ in self.topic_stops
                    and not self._agent_of_noun(j, end)
                    # "persons with disabilities", "cooperation with the UN".
                    and not (tok.lower_ == "with" and doc[j - 1].lower_ in self.with_nouns)
                    # "the African-led mission": a compound, not a new clause.
                    and not (doc[j - 1].text == "-" and tok.is_alpha)
                )
                or (tok.lower_ in self.rules.instruments and not self._named_text(start, j))
                or find_phrase(doc, j, self.stop_phrases, end)
            ):
                break
            if tok.text in _CLAUSE_END or "\n" in tok.text:
                break
            if (
                j > start
                and tok.lower_ in {"in", "on", "during", "since", "until", "till", "through"}
                and j + 1 < end
                and doc[j + 1].ent_type_ == "DATE"
            ):
                # "resolution 2117 on small arms in September 2013", "the mandate of
                # the Mission until 31 October 2021": when, not what.
                break
            if j > start and tok.lower_ in _WHERE_PREPOSITIONS:
                # "presented resolution 48/13 on X to the Human Rights Council":
                # where the text went ends what it is about.
                k = j + 1 + (j + 1 < end and doc[j + 1].lower_ == "the")
                if k in self.forum_at or self._session_of_forum(k, end):
                    break
            if self._finite_after_name(j, end):
                # "statements defending Beijing followed in the same debate": a
                # past-tense verb after a name ends the topic.
                break
            if (
                j > start
                and doc[j - 1].is_title
                and self._participle(j, end)
                and all(t.is_title or t.lower_ in self.name_links for t in doc[start:j])
            ):
                # "a Joint Statement on Electronic Commerce confirming their
                # intention": a participle after a name says what the text does.
                break
            # "condemning X and calling for Y": the second participle starts another
            # clause; "creating and maintaining X" and "a safe and enabling
            # environment" do not (no object follows the -ing word).
            if (
                tok.lower_ == "and"
                and j - start > 1
                and j + 2 < end
                and doc[j + 1].lower_.endswith("ing")
                and doc[j + 1].is_lower
                and (doc[j + 2].lower_ in _OBJECT_STARTS or doc[j + 2].is_title)
            ):
                break
            if (
                tok.lower_ == "and"
                and j - start > 1
                and j + 2 < end
                and doc[j + 1].is_lower
                and doc[j + 1].is_alpha
                and doc[j + 1].lower_.endswith("s")
                and not doc[j + 1].lower_.endswith("ss")
                and doc[j + 2].lower_ in _VERB_OBJECT_STARTS
            ):
                # "condemns Syria's crackdown on protesters and endorses an Arab
                # League plan": a second verb with its own object.
                break
            j += 1
        while j > start and (doc[j - 1].is_punct and doc[j - 1].text not in '”"’)'):
            j -= 1
        return j

    def _session_of_forum(self, k: int, end: int) -> bool:
        # "to the sixty-third session of the UN General Assembly": a numbered
        # session or meeting of a forum is where, too.
        doc = self.doc
        for n in range(k, min(k + 5, end - 2)):
            if doc[n].lower_ in {"session", "meeting"} and doc[n + 1].lower_ == "of":
                return (n + 2 + (doc[n + 2].lower_ == "the")) in self.forum_at
            # spaCy's like_num covers "63rd", "sixtieth" and both halves of
            # "sixty-third".
            if not (doc[n].like_num or doc[n].text == "-" or doc[n].lower_ in _SESSION_WORDS):
                return False
        return False

    def _named_text(self, start: int, j: int) -> bool:
        # "the resolution on the Declaration", "on the Universal Declaration on
        # ...": a capitalized text whose name opens the topic is the topic itself.
        doc = self.doc
        return doc[j].is_title and all(
            t.lower_ in {"the", "a", "an"} or t.is_title for t in doc[start:j]
        )

    def _apposed_text(self, i: int, sent: Span) -> bool:
        """Whether the instrument word at ``i`` describes the text named just before
        it (", a draft tabled by ...")."""
        doc = self.doc
        return (
            i - 2 >= sent.start
            and i + 1 < sent.end
            and doc[i - 1].lower_ in {"a", "an", "the"}
            and doc[i - 2].text == ","
            and doc[i + 1].is_lower
            and doc[i + 1].lower_.endswith("ed")
        )

    def _citing_verb(self, sent: Span) -> int:
        """The verb of a sentence that says what a text named before does ("The
        resolution condemns ..., and welcomes ..."), or the sentence's end."""
        doc = self.doc
        k = sent.start
        if k < sent.end and doc[k].lower_ in self.definite:
            k += 1
        if k >= sent.end or not (
            doc[k].lower_ in self.rules.instruments or doc[k].lower_ in self.rules.referent_nouns
        ):
            return sent.end
        k += 1
        if k < sent.end and doc[k].lower_ == "also":
            k += 1
        if k < sent.end and self._content_verb(doc[k]):
            return k
        return sent.end

    def _violated(self, i: int, sent: Span) -> bool:
        # "The launch violated Security Council resolutions 1718 (2006) and 1874".
        doc = self.doc
        k = i - 1
        while k > max(sent.start, i - 6) and (
            doc[k].is_title or doc[k].lower_ in {"the", "of", "its", "their", "un"}
        ):
            k -= 1
        return k >= sent.start and doc[k].lower_ in _VIOLATING

    def _content_verb(self, tok: Token) -> bool:
        # "condemns", "welcomes", "reaffirms"; not "was", "has", "receives".
        return (
            tok.is_alpha
            and tok.is_lower
            and tok.lower_.endswith("s")
            and not tok.lower_.endswith("ss")
            and tok.lower_ not in {"is", "was", "has", "does", "as", "its", "this", "thus"}
            and tok.lower_ not in self.fate_verbs
        )

    def _other_text(self, i: int) -> bool:
        doc = self.doc
        if i >= 3 and [t.lower_ for t in doc[i - 3 : i]] == ["follow", "-", "up"]:
            # "will present a follow-up resolution": a later text of the series.
            return True
        return any(
            # "yet another resolution on X": the latest of a series, the document's text.
            t.lower_ in _OTHER_TEXT
            and not (t.lower_ == "another" and t.i > 0 and doc[t.i - 1].lower_ == "yet")
            for t in doc[max(0, i - 3) : i]
        )

    def _agent_of_noun(self, j: int, end: int) -> bool:
        # "the report by the Rapporteur", "attacks by Hamas": "by" names who did
        # what the topic is about, not who tabled the text (a state or group)
        # or how it was adopted ("by consensus", a multiword stop).
        doc = self.doc
        if doc[j].lower_ != "by":
            return False
        if doc[j - 1].lower_ in self.topic_participles:
            # "the threat posed by the groups", "violations committed by Syria".
            return True
        k = j + 1
        while k < end and doc[k].lower_ in {"the", "a", "an"}:
            k += 1
        if k < end and any(
            e.start == k and e.label_ == "ORG" and self.forum_name(e._.norm)
            for e in self.sent_ents(doc[k].sent)
        ):
            # "a resolution on X by the Human Rights Council": the body that
            # adopted the text, not part of what it is about.
            return False
        return (
            k < end
            and doc[k].is_alpha
            and k not in self.actor_at
            and (doc[k].is_title or bool(doc[k].ent_type_))
            and doc[k].lower_ not in self.agent_fillers
        )

    def _finite_after_name(self, j: int, end: int) -> bool:
        # "based on", "related to", "linked with" modify the name instead.
        doc = self.doc
        tok = doc[j]
        return (
            j > 0
            and tok.is_lower
            and tok.is_alpha
            and tok.lower_.endswith("ed")
            and bool(doc[j - 1].ent_type_)
            and not doc[j].ent_type_
            and (j + 1 >= end or doc[j + 1].lower_ not in _MODIFIER_PREPOSITIONS)
        )

    def _coordinated(self, comma: int, end: int) -> bool:
        """Whether the comma at ``comma`` opens the next item of a list closed by
        "and"/"or" ("A, B and C", "an immediate, durable and sustained truce"), each
        item one to three lowercase words, or capitalized words after a capitalized
        one ("an International, Impartial and Independent Mechanism")."""
        doc = self.doc
        titled = comma > 0 and doc[comma - 1].is_title and comma - 1 not in self.actor_at
        k = comma + 1
        while True:
            n = 0
            while (
                k < end
                and doc[k].is_alpha
                and (doc[k].is_lower or (titled and doc[k].is_title and k not in self.actor_at))
                and n < 4
            ):
                if doc[k].lower_ in {"and", "or"}:
                    return n > 0 and k + 1 < end and doc[k + 1].is_alpha
                if doc[k].lower_ in self.topic_stops or doc[k].lower_ in self.definite:
                    return False
                k += 1
                n += 1
            if n == 0 or k >= end or doc[k].text != ",":
                return False
            k += 1

    @staticmethod
    def _clean(text: str) -> str:
        return text.strip().strip('.,;:“”"‘’ ').strip()

    def _signed_object(self, i: int, sent: Span) -> bool:
        # A treaty noun is a text only in a sentence about signing it, and not
        # inside another text's topic ("a resolution on the Treaty on ...").
        doc = self.doc
        signing = [
            t.i
            for t in sent
            if t.lower_ in _SIGNING_WORDS or find_phrase(doc, t.i, _SIGNING_PHRASES, sent.end)
        ]
        if not signing:
            return False
        if any(t.lower_ in _EXHORTING or calls_on(doc, t.i) for t in doc[sent.start : signing[0]]):
            # "It urged States to consider signing the Arms Trade Treaty": what a
            # text asks of others, not a signature.
            return False
        k = i - 1
        while k > sent.start and (
            doc[k].lower_ in _TREATY_FILLERS
            or doc[k].is_title
            # "the ASEAN Charter", "of the UN Charter": an acronym in the name.
            or _acronym(doc[k])
            # "the Council of Europe Convention": a link inside the name.
            or (doc[k].lower_ in _NAME_LINKS and doc[k - 1].is_title and doc[k + 1].is_title)
        ):
            k -= 1
        if doc[k].lower_ not in _TOPIC_PREPOSITIONS or phrase_ending_at(
            doc, k, _SIGNING_PHRASES, sent
        ):
            # "signed the Treaty", "put their names to the Convention".
            return True
        return doc[k].lower_ == "of" and k > sent.start and doc[k - 1].lower_.startswith("signator")
