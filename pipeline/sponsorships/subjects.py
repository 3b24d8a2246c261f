"""Subjects of active triggers and the people who speak for a state.

``_subject`` reads the actors before an active verb ("The United States will
join"), skipping asides and appositions, and reading relative pronouns and
group subjects ("both parties"); the person methods tie a named envoy or
minister to the state they represent. Relies on ``self.doc``,
``self.doc_ents``, ``self.actor_at``, ``self.author``, ``self.person_actor``,
``self.gazetteer``, ``self.rules``, ``self.subject_filler_phrases`` and the sets
``self.subject_fillers``, ``self.subject_asides``, ``self.group_subjects``,
``self.coagent_cues`` and ``self.blockers``; it sets ``self._subject_group``.
"""

from __future__ import annotations

from spacy.tokens import Span

from .actors import Actor, entity_actor
from .tokens import find_phrase, first_word, phrase_ending_at
from .vocabulary import (
    _APPOSITION_OPENERS,
    _APPOSITION_WORDS,
    _CLAUSE_END,
    _COUNTED_WORDS,
    _DASHES,
    _ENVOY_NOUNS,
    _GROUP_ADJECTIVES,
    _GROUP_HEADS,
    _GROUP_NOUNS,
    _GROUP_OPENERS,
    _MEMBERSHIP_NOUNS,
    _SUBJECT_PRONOUNS,
    _TOPIC_PREPOSITIONS,
    _VERB_FILLERS,
    BULLETS,
)


class SubjectsMixin:
    """Subjects of active triggers and affiliations of people, for :class:`SponsorshipFinder`."""

    def _person_affiliations(self) -> dict[str, Actor]:
        """The state each person acts for, where a title says so: "Rwanda's U.N.
        ambassador Valentine Rugwabiza", "U.S. Ambassador Susan Rice", "Ambassador
        Zamir Akram of Pakistan", "Richard Butler, Permanent Representative of
        Australia". Keys are the person's norm and last name (lowercased)."""
        found: dict[str, Actor] = {}
        for ent in self.doc_ents:
            if ent.label_ != "PERSON":
                continue
            actor = self._title_actor_before(ent.start) or self._title_actor_after(ent.end)
            if actor is None or not actor.code:
                continue
            for key in self._person_keys(ent):
                if found.setdefault(key, actor) != actor:
                    found[key] = Actor("", "")  # two states: no affiliation
        return {k: a for k, a in found.items() if a.code}

    def _title_actor_before(self, i: int) -> Actor | None:
        # "Rwanda's U.N. ambassador", "U.S. Ambassador", "Pakistani Foreign Minister",
        # "France's Permanent Representative, Nicolas de Rivière".
        doc = self.doc
        k, titled = i - 1, False
        if k > 0 and doc[k].text == "," and doc[k - 1].lower_ in self.rules.person_titles:
            k -= 1
        while k >= max(0, i - 6):
            word = doc[k].lower_
            if word in self.rules.person_titles:
                titled = True
            elif k in self.actor_at and self.actor_at[k][1].code:
                return self.actor_at[k][1] if titled else None
            elif k in self.actor_at:
                # "U.N. ambassador": an organization inside the title.
                k = self.actor_at[k][0].start - 1
                continue
            elif (code := self._demonym_code(doc[k])) is not None:
                country = self.gazetteer.by_code.get(code)
                return Actor(country.name, code) if titled and country is not None else None
            elif word not in {"'s", "’s", "the", "u.n.", "un", "-"}:
                return None
            k -= 1
        return None

    def _title_actor_after(self, i: int) -> Actor | None:
        # "Ambassador Zamir Akram of Pakistan", "Richard Butler, Permanent
        # Representative of Australia".
        doc = self.doc
        k = i + (i < len(doc) and doc[i].text == ",")
        titled = k == i
        while (
            k < min(len(doc), i + 6)
            and doc[k].lower_ in self.rules.person_titles
            and doc[k].lower_ != "of"
        ):
            titled = True
            k += 1
        if titled and k + 1 < len(doc) and doc[k].lower_ == "of" and k + 1 in self.actor_at:
            actor = self.actor_at[k + 1][1]
            return actor if actor.code else None
        return None

    def _accredited(self, j: int, sent: Span) -> int:
        # "The Permanent Representative of Panama to the United Nations": the
        # body an envoy is sent to is not who the envoy speaks for.
        doc = self.doc
        span, actor = self.actor_at[j]
        k = span.start - 1
        if k >= sent.start and doc[k].lower_ == "the":
            k -= 1
        if (
            not actor.code
            and k - 1 >= sent.start
            and doc[k].lower_ == "to"
            and k - 1 in self.actor_at
            and self.actor_at[k - 1][1].code
        ):
            return k - 1
        if not actor.code and k - 1 > sent.start and doc[k].lower_ == "to":
            # "Colombia's Permanent Representative to the OAS": the possessor.
            x = k - 1
            while x > sent.start and doc[x].is_title and doc[x].lower_ not in _ENVOY_NOUNS:
                x -= 1
            if doc[x].lower_ in _ENVOY_NOUNS:
                while x > sent.start and doc[x - 1].is_title and (x - 1) not in self.actor_at:
                    x -= 1
                if x - 2 >= sent.start and doc[x - 1].text in {"'s", "’s"}:
                    owner = x - 2
                    if owner in self.actor_at and self.actor_at[owner][1].code:
                        return owner
        return j

    def _subject(self, i: int, sent: Span) -> tuple[list[Actor] | None, bool, bool]:
        """The subject list of the active verb at ``i``.

        Returns:
            (actors or None when not found, negated, blocked by a vote verb).
        """
        doc = self.doc
        self._subject_group = False
        if (
            i - 2 >= sent.start
            and doc[i - 1].lower_ in _SUBJECT_PRONOUNS
            and doc[i - 2].lower_ in {"which", "that"}
        ):
            # "resolution 2139 on Syria, which it drafted": the pronoun stands for
            # a subject outside the relative clause, not the state before it.
            return None, False, False
        person = self._person_subject(i, sent)
        if person is not None:
            # "Akram presented the text": the state the person speaks for.
            return [person], False, False
        extra: list[Actor] = []
        j = i - 1
        while j >= sent.start:
            if j in self.actor_at:
                j = self._accredited(j, sent)
                found = self._actor_list_back(j, sent.start)
                extra += self._fronted_coagents(sent, j)
                negated = self._negated(j, i) or self.negative_subject(j, sent)
                return found + [a for a in extra if a not in found], negated, False
            tok = doc[j]
            n = self._aside_back(j, sent)
            if n:
                # "Haiti, too, was among": an aside between subject and verb.
                j -= n
                continue
            if tok.text in _DASHES and j - 1 in self.actor_at:
                # "Six more countries - A, B and C - joined": the list closes with
                # a dash before the verb.
                j -= 1
                continue
            if tok.text == "," and (owner := self._relative_aside(j, i, sent)) is not None:
                # "Britain, France and Germany, which negotiated the suspension,
                # sponsored the resolution": the states before the relative clause.
                j = owner
                continue
            if tok.text == "," and j == i - 1 and self._apposed_list(j - 1, sent):
                # "the Co-Chair countries, France, Russia and the United States,
                # issued a joint statement": a list in apposition is the subject.
                found = self._actor_list_back(j - 1, sent.start)
                return found, self._negated(j, i) or self.negative_subject(j - 1, sent), False
            if tok.text == ",":
                skip = self._passive_aside(j, sent)
                if skip is not None:
                    # "Sweden, backed by Canada, tabled the text": the aside has
                    # its own trigger and agents; the subject is before it.
                    j = skip
                    continue
                aside = self._coagent_aside(j, sent)
                if aside is not None:
                    # "The United States, together with Ireland, put forward": both lead.
                    extra += aside[0]
                    j = aside[1]
                    continue
                if (
                    j - 1 in self.actor_at
                    and self._apposed_noun(j + 1, i)
                    # Only with "of" after the noun: "X, the main sponsor, said"
                    # leaves open which text.
                    and self._of_after(i, sent)
                ):
                    # "Germany and Brazil, the main sponsors of the text": the
                    # noun trigger is in apposition to the states before it.
                    return self._actor_list_back(j - 1, sent.start), False, False
            if (
                tok.lower_ in {"whose", "which", "who"}
                and j - 2 >= sent.start
                and doc[j - 1].text == ","
                and j - 2 in self.actor_at
                and (tok.lower_ != "whose" or doc[j + 1].lower_ in self.rules.author_nouns)
                # "Syria, which it drafted": "which" is the object, "it" the subject.
                and doc[j + 1].lower_ not in _SUBJECT_PRONOUNS
                and not self._in_topic(self.actor_at[j - 2][0].start)
            ):
                # "Mexico, whose delegation drafted the text", "Peru, which tabled
                # it": the state before the relative pronoun.
                return self._actor_list_back(j - 2, sent.start), self._negated(j, i), False
            if (
                tok.lower_ == "for"
                and j == i - 1
                and any(t.lower_.endswith("ing") for t in doc[i : min(i + 3, sent.end)])
                and j - 1 in self.actor_at
            ):
                # "We thank Canada for leading the resolution": the thanked state.
                return self._actor_list_back(j - 1, sent.start), False, False
            if (
                tok.lower_ in {"that", "who"}
                and j - 1 >= sent.start
                and doc[j - 1].lower_ in _GROUP_HEADS
            ):
                members = self._member_of_group(j - 1, sent)
                if members is not None:
                    # "Mexico was among a group of eight countries that presented".
                    return members, self._negated(j, i), False
                # "the same four countries that presented the resolution".
                j -= 1
                continue
            if (
                tok.lower_ in _GROUP_NOUNS
                and (named := self._named_with_count(j, sent)) is not None
            ):
                # "Peru and nine other countries presented": the states named.
                return named, self._negated(j, i), False
            if tok.lower_ in _GROUP_NOUNS:
                # "The same six countries spearheaded the first resolution".
                the = next(
                    (
                        k
                        for k in range(j - 1, max(sent.start, j - 6) - 1, -1)
                        if doc[k].lower_ == "the"
                    ),
                    None,
                )
                same = self._same_group(the, i) if the is not None else None
                if same is not None and same[1] == j + 1:
                    return list(same[0]), self._negated(j, i), False
            if tok.lower_ in _SUBJECT_PRONOUNS:
                # "Canada announced it would co-sponsor": a text does not sponsor,
                # so the pronoun is the state named before it in the sentence, not
                # one in a topic ("the UK, which holds the pen on Yemen, said it").
                prior = next(
                    (
                        k
                        for k in range(j - 1, sent.start - 1, -1)
                        if k in self.actor_at and not self._in_topic(self.actor_at[k][0].start)
                    ),
                    None,
                )
                if prior is None:
                    return None, self._negated(j, i), False
                return self._actor_list_back(prior, sent.start), self._negated(j, i), False
            if tok.lower_ in self.blockers:
                return None, False, True
            if self.author and tok.lower_ in self.rules.first_person:
                return [self.author], self._negated(j, i), False
            if (
                self.author
                and tok.lower_ in self.rules.author_nouns
                and j > sent.start
                and doc[j - 1].lower_ in self.rules.first_person_possessive
            ):
                return [self.author], self._negated(j, i), False
            n = self._group_at(j, sent)
            if n:
                self._subject_group = True
                return self._principals(), self._negated(j, i), False
            # "among the 42 co-sponsors": numbers are not the subject either.
            if (
                not tok.like_num
                and tok.lower_ not in self.subject_fillers
                and not (tok.lower_.endswith("ly") and tok.is_lower)
                and not find_phrase(doc, j, self.subject_filler_phrases, sent.end)
            ):
                return None, self._negated(j, i), False
            j -= 1
        return None, self._negated(sent.start, i), False

    def _named_with_count(self, noun: int, sent: Span) -> list[Actor] | None:
        """The actors A, B of "A, B and N other <group noun>" ending at ``noun``, or None."""
        doc = self.doc
        k = noun - 1
        while k > sent.start and doc[k].lower_ in _COUNTED_WORDS:
            k -= 1
        if not (k - 2 >= sent.start and doc[k].like_num and doc[k - 1].lower_ == "and"):
            return None
        if k - 2 not in self.actor_at:
            return None
        # From the "and", so that "Peru, Chile and 40 more states" reads both.
        return self._actor_list_back(k - 1, sent.start)

    def _member_of_group(self, noun: int, sent: Span) -> list[Actor] | None:
        """The actors X of "X was among / one of (a group of) N <group noun>"
        ending at ``noun``, or None."""
        doc = self.doc
        k = noun - 1
        while (
            k > sent.start
            and (
                doc[k].like_num
                or doc[k].lower_ in _GROUP_ADJECTIVES
                or doc[k].lower_ in _GROUP_OPENERS
            )
            and not (doc[k].lower_ == "of" and doc[k - 1].lower_ == "one")
        ):
            k -= 1
        if doc[k].lower_ == "among":
            k -= 1
        elif doc[k].lower_ == "of" and doc[k - 1].lower_ == "one":
            k -= 2
        elif doc[k].lower_ in _MEMBERSHIP_NOUNS and doc[k + 1].lower_ == "of":
            # "India was a member of the core group of six countries that presented".
            k -= 1
            k -= doc[k].lower_ in {"a", "an"}
        else:
            return None
        while k > sent.start and doc[k].lower_ in self.subject_fillers:
            k -= 1
        if k in self.actor_at:
            return self._actor_list_back(k, sent.start)
        if self.author and (
            doc[k].lower_ in self.rules.first_person
            # "Our country": the noun is a subject filler, so the walk stops on "Our".
            or (
                doc[k].lower_ in self.rules.first_person_possessive
                and doc[k + 1].lower_ in self.rules.author_nouns
            )
        ):
            # "Our country was among the States that presented".
            return [self.author]
        return None

    def _apposed_list(self, j: int, sent: Span) -> bool:
        # Whether the actor list ending at ``j`` follows "countries," or "states,",
        # also through an inclusion cue ("13 governments, including A, B").
        doc = self.doc
        if j not in self.actor_at:
            return False
        k = self._before_list(j, sent.start)
        n = phrase_ending_at(doc, k, self.list_cues, sent) if k >= sent.start else 0
        if n and k - n > sent.start and doc[k - n].text == ",":
            k -= n + 1
        return k >= sent.start and doc[k].lower_ in _GROUP_NOUNS and doc[k + 1].text == ","

    def negative_subject(self, j: int, sent: Span) -> bool:
        """Whether the word that opens ``sent`` negates the subject ending at ``j``.

        "No member of the Gulf Cooperation Council signed", "Neither Chile nor Peru
        joined".

        Args:
            j: Index of the subject's last token.
            sent: Its sentence.

        Returns:
            True for a negated subject.
        """
        first = self.doc[sent.start]
        if first.text in BULLETS and sent.start + 1 < j:
            first = self.doc[sent.start + 1]
        # "No, Canada joined": an interjection, not a determiner.
        return (
            first.i < j
            and first.lower_ in self.negative_subjects
            and not self.doc[first.i + 1].is_punct
        )

    def _passive_aside(self, j: int, sent: Span) -> int | None:
        # The token before an aside ", backed by X," that closes at the comma ``j``.
        doc = self.doc
        opening = next((k for k in range(j - 1, sent.start, -1) if doc[k].text == ","), None)
        if opening is None or opening + 1 not in self._hit_starts:
            return None
        return opening - 1

    def _in_topic(self, k: int) -> bool:
        # "The text on the Syrian Arab Republic, whose sponsors": a place after a
        # topic preposition is what the text is about.
        k -= 1
        if k >= 0 and self.doc[k].lower_ == "the":
            k -= 1
        return k >= 0 and self.doc[k].lower_ in _TOPIC_PREPOSITIONS

    def _of_after(self, i: int, sent: Span) -> bool:
        # "of" right after the (one- to three-token) noun trigger at ``i``.
        for tok in self.doc[i + 1 : min(i + 4, sent.end)]:
            if tok.lower_ == "of":
                return True
            if not (tok.is_alpha or tok.text == "-"):
                return False
        return False

    def _apposed_noun(self, lo: int, i: int) -> bool:
        # Only a determiner, a count or "main" between a comma and the noun trigger
        # at ``i``: "X, the two main sponsors", "X, its co-authors".
        words = self.doc[lo:i]
        return (
            len(words) > 0
            and all(t.lower_ in _APPOSITION_WORDS or t.like_num for t in words)
            and words[0].lower_ in _APPOSITION_WORDS
        )

    def _relative_aside(self, j: int, i: int, sent: Span) -> int | None:
        """The actor before ", which/who ... ," or before an apposition (", the
        penholder on Yemen,") that closes at ``j`` right before the verb at ``i``,
        or None."""
        doc = self.doc
        if any(not (t.lower_ in _VERB_FILLERS or t.is_punct) for t in doc[j + 1 : i]):
            return None
        opening = next(
            (
                k
                for k in range(j - 1, max(sent.start, j - 20), -1)
                if doc[k].text in _CLAUSE_END or doc[k].text == ","
            ),
            None,
        )
        if (
            opening is not None
            and doc[opening].text == ","
            and (
                doc[opening + 1].lower_ in {"which", "who"}
                or (
                    doc[opening + 1].lower_ in _APPOSITION_OPENERS
                    and opening + 2 not in self.actor_at
                )
            )
            and opening - 1 in self.actor_at
        ):
            return opening - 1
        return None

    def _aside_back(self, j: int, sent: Span) -> int:
        # Length of an aside phrase (", too ,") that ends at token ``j``.
        return phrase_ending_at(self.doc, j, self.subject_asides, sent)

    def _person_subject(self, i: int, sent: Span) -> Actor | None:
        doc = self.doc
        k = i - 1
        while k > sent.start and (
            doc[k].lower_ in _VERB_FILLERS or doc[k].lower_ in {"today", "yesterday"}
        ):
            k -= 1
        if k > sent.start and doc[k].text == ",":
            # "France's Permanent Representative, Nicolas de Rivière, today read",
            # "Nicolas de Rivière, Permanent Representative of France, read".
            if doc[k - 1].ent_type_ == "PERSON":
                k -= 1
            else:
                opening = next(
                    (
                        x
                        for x in range(k - 1, max(sent.start, k - 10) - 1, -1)
                        if doc[x].text == ","
                    ),
                    None,
                )
                if (
                    opening is not None
                    and opening > sent.start
                    and doc[opening - 1].ent_type_ == "PERSON"
                ):
                    k = opening - 1
        if k < sent.start:
            return None
        if doc[k].ent_type_ != "PERSON":
            # "Akram introduced": a surname the NER missed the second time.
            known = doc[k].is_title and not doc[k].ent_type_
            return self.person_actor.get(doc[k].lower_) if known else None
        ent = next((e for e in self.sent_ents(sent) if e.start <= k < e.end), None)
        if ent is None:
            return None
        return next(
            (self.person_actor[k] for k in self._person_keys(ent) if k in self.person_actor), None
        )

    @staticmethod
    def _person_keys(ent: Span) -> tuple[str, str]:
        # A person is found again by full name or by surname ("Akram").
        return (ent._.norm.lower() or ent.text.lower(), ent[-1].lower_)

    def _fronted_coagents(self, sent: Span, subject_end: int) -> list[Actor]:
        # "Together with Chile and Japan, the United States will table": the
        # actors of a co-agent phrase that opens the sentence. Its list runs on
        # to the subject ("Together with A, B and C, D presented"), which the
        # caller already has.
        doc = self.doc
        first = first_word(sent)
        if first is None:
            return []
        start = first.i
        n = find_phrase(doc, start, self.coagent_cues, subject_end)
        if not n:
            # "First, together with Norway and Uruguay, Switzerland tabled": after
            # a short opening phrase and its comma.
            comma = next(
                (k for k in range(start + 1, min(start + 4, subject_end)) if doc[k].text == ","),
                None,
            )
            if comma is not None:
                start = comma + 1
                n = find_phrase(doc, start, self.coagent_cues, subject_end)
        # The phrase closes with a comma before the subject.
        if not n or not any(doc[k].text == "," for k in range(start + n, subject_end)):
            return []
        return self._actor_list(start + n, subject_end + 1)[0]

    def _coagent_aside(self, j: int, sent: Span) -> tuple[list[Actor], int] | None:
        """A ", together with X," aside closed by the comma at ``j``.

        Returns:
            The aside's actors and the token before its opening comma, or None.
        """
        doc = self.doc
        # Long enough for ", together with Antigua and Barbuda, Chile, Costa Rica,
        # the Dominican Republic, Peru, the United States and Uruguay,".
        for k in range(j - 1, max(sent.start, j - 40) - 1, -1):
            if doc[k].text in _CLAUSE_END:
                return None
            if doc[k].text == ",":
                n = find_phrase(doc, k + 1, self.coagent_cues, j)
                if not n and self._pure_list(k + 1, j):
                    # ", together with A, B and C,": a comma inside the aside's list.
                    continue
                if not n:
                    # "Pakistan, however, tabled": an aside without actors.
                    return None if any(t in self.actor_at for t in range(k + 1, j)) else ([], k - 1)
                return self._actor_list(k + 1 + n, j)[0], k - 1
        return None

    def _pure_list(self, lo: int, hi: int) -> bool:
        # Only actors and list punctuation between ``lo`` and ``hi``.
        return lo < hi and all(
            k in self.actor_at or self.doc[k].lower_ in {",", "and", "the"} for k in range(lo, hi)
        )

    def _group_at(self, j: int, sent: Span) -> int:
        # Length of a group subject ("both parties") that ends at token ``j``.
        return phrase_ending_at(self.doc, j, self.group_subjects, sent)

    def _principals(self) -> list[Actor]:
        # "Both parties": the first two states or organizations the text names.
        found: list[Actor] = []
        for ent in self.ents_of(self.doc):
            actor = entity_actor(ent, self.gazetteer)
            if actor is not None and actor not in found:
                found.append(actor)
            if len(found) == 2:
                break
        return found
