"""Actor lists: the actors a trigger names after or around it.

Reads lists from PLACE/ORG spans, never by splitting on commas, so "Saint
Vincent and the Grenadines" stays one actor: agent lists after a passive
verb, "-led" places, bullet and colon lists, copula lists ("whose main
sponsors were X, Y"), "on behalf of" and co-agents ("together with X").
Relies on ``self.doc``, ``self.actor_at``, ``self.author``, ``self._groups``,
``self._hit_starts`` and the filler and cue sets built from ``self.rules``
(``self.agent_fillers``, ``self.agent_phrases``, ``self.coagent_cues``,
``self.list_cues``, ``self.copulas``, ``self.list_openers``, ...).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .actors import Actor, Hit
from .tokens import find_phrase, first_word, match_phrase, phrase_ending_at
from .vocabulary import (
    _APPOSITION_MARKS,
    _BODY_HEADS,
    _CLAUSE_END,
    _ENVOY_NOUNS,
    _GROUP_ADJECTIVES,
    _GROUP_NOUNS,
    _MAIN,
    _MEMBERS_OF,
    _NUMBER_WORDS,
    _ON_BEHALF,
    _OPENING_ROLE_WORDS,
    _VERB_FILLERS,
    BULLETS,
    SPEECH_VERBS,
)


class ActorListsMixin:
    """Actor lists around a trigger, for :class:`SponsorshipFinder`."""

    def _behalf_after(self, hit: Hit, sent: Span, stop_at_hits: bool = False) -> int | None:
        # The token after "on behalf of" in the hit's clause, or None.
        doc = self.doc
        for k in range(hit.end, sent.end):
            if doc[k].text in _CLAUSE_END or (stop_at_hits and k in self._hit_starts):
                return None
            if match_phrase(doc, k, _ON_BEHALF, sent.end):
                return k + len(_ON_BEHALF)
        return None

    def _same_group(self, i: int, end: int) -> tuple[list[Actor], int] | None:
        # "the same four countries", "the same co-sponsors": the last group of
        # actors named together, when its size matches the number given.
        doc = self.doc
        if not match_phrase(doc, i, ("the", "same"), end):
            return None
        k = i + 2
        count = None
        if k < end and (doc[k].like_num or doc[k].lower_ in _NUMBER_WORDS):
            count = _NUMBER_WORDS.get(doc[k].lower_) or (
                int(doc[k].text) if doc[k].text.isdigit() else None
            )
            k += 1
        while k < end and doc[k].lower_ in _GROUP_ADJECTIVES:
            k += 1
        if k >= end or doc[k].lower_ not in _GROUP_NOUNS:
            return None
        # The latest group of that size ("the same six countries" after a
        # two-state amendment still means the six).
        group = next((g for g in reversed(self._groups) if count is None or len(g) == count), None)
        if group is None and count is not None:
            # "Ghana, Mexico, New Zealand and the Russian Federation asked for an
            # item ... The same four countries introduced the draft": a list
            # named without a sponsorship verb.
            group = next((g for g in reversed(self._named_lists(i)) if len(g) == count), None)
        if group is None:
            return None
        return group, k + 1

    def _named_lists(self, i: int) -> list[list[Actor]]:
        # The lists of states named together before token ``i``, in order.
        lists: list[list[Actor]] = []
        k = 0
        while k < i:
            if k in self.actor_at and self.actor_at[k][1].code:
                actors, end = self._actor_list(k, i)
                lists.append([a for a in actors if a.code])
                k = max(end, k + 1)
            else:
                k += 1
        return lists

    def _copula_actors(self, hit: Hit, sent: Span) -> list[Actor] | None:
        """The list after a noun trigger: "main sponsors were X, Y", "its sponsors
        also included X", "39 further co-sponsors from all regions, among them X".
        """
        doc = self.doc
        if hit.start > sent.start and doc[hit.start - 1].text == "-":
            # "the Austrian-drafted text were ...": a modifier, not a list's noun.
            return None
        ends_colon = self._ends_colon(sent)
        j = hit.end
        while j < sent.end and doc[j].lower_ in self.list_adverbs:
            j += 1
        k = hit.start - 1
        while k > sent.start and doc[k].lower_ in _MAIN:
            k -= 1
        if k > sent.start and doc[k].lower_ == "as" and doc[k - 1].lower_ in {"had", "has", "have"}:
            # "The Peruvian proposal had as main co-sponsors A, B and C".
            actors = self._actor_list(j, sent.end)[0]
            hit.noun_list = bool(actors)
            return actors or None
        if j < sent.end and doc[j].lower_ in self.copulas:
            actors = self._actor_list(j + 1, sent.end)[0]
            if not actors and ends_colon:
                # "Its sponsors included:" + one actor per bullet line.
                actors = self._bullet_actors(sent)
            hit.noun_list = bool(actors)
            return actors or None
        window = min(sent.end, j + self.rules.trigger_window)
        for k in range(j, sent.end):
            if doc[k].text in _CLAUSE_END or (
                k in self._hit_starts and not (k > 0 and doc[k - 1].text == "-")
            ):
                # "-led declaration was endorsed by 58 countries, including X":
                # the list belongs to the next trigger.
                break
            if k >= window:
                # "Among the co-sponsors of the resolution on the human rights
                # situation in Eritrea were A, B": past the window only a copula
                # ends the noun phrase, and only one that no topic stop precedes.
                if doc[k].lower_ in self.copulas and doc[k].is_alpha:
                    actors = self._actor_list(k + 1, sent.end)[0]
                    hit.noun_list = bool(actors)
                    return actors or None
                if doc[k].lower_ in self.topic_stops:
                    break
                continue
            if doc[k].text in {",", "—", "–"} and k > j and self._fronted_noun(hit, sent):
                # "The main sponsors of the text, Germany and Brazil, said": an
                # apposition closed by a comma or a dash.
                actors, after = self._actor_list(k + 1, sent.end)
                # The list takes a comma as a filler: the closing mark may be the
                # token before ``after``.
                closing = {doc[x].text for x in range(after - 1, min(after + 1, sent.end))}
                if actors and closing & {",", "—", "–"}:
                    hit.noun_list = True
                    return actors
            if (
                k == j
                and hit.start > sent.start
                and doc[hit.start - 1].lower_ in self.rules.possessive_referents
            ):
                # "introduced by Chile on behalf of its co-sponsors, Bolivia, Cuba
                # and Venezuela.": an apposition that ends the sentence or its
                # clause ("its co-sponsors A, B and C, and was supported by").
                actors, after = self._actor_list(k + (doc[k].text == ","), sent.end)
                if actors and (
                    after >= sent.end
                    or doc[after].text in _CLAUSE_END
                    # The list may have taken the ", and" that ends it.
                    or any(doc[x].text == "," for x in range(max(k, after - 2), after))
                ):
                    hit.noun_list = True
                    return actors
            if doc[k].text == ":" and not ends_colon:
                break
            n = find_phrase(doc, k, self.list_cues, sent.end)
            if not n and k > j and doc[k].lower_ in self.copulas:
                # "Among the co-sponsors of the resolution on X were A, B".
                n = 1
            if n:
                actors = self._actor_list(k + n, sent.end)[0]
                if not actors and ends_colon:
                    # "co-sponsored the resolution, among them:" + bullet lines.
                    actors = self._bullet_actors(sent)
                if actors:
                    hit.noun_list = True
                    hit.counted = any(doc[x].like_num for x in range(j, k))
                    return actors
        return None

    def _fronted_noun(self, hit: Hit, sent: Span) -> bool:
        # The noun trigger opens the sentence after at most "The", "Its", "main".
        first = first_word(sent)
        return first is not None and self._apposed_noun(first.i, hit.start)

    def _opens_list(self, hit: Hit, sent: Span) -> bool:
        # "the following states endorsed the declaration:": the actors are the
        # bullet lines after the colon.
        return self._ends_colon(sent) and self._opener_before(hit, sent)

    def _opener_before(self, hit: Hit, sent: Span) -> bool:
        # "the following states", "Thirty-six delegations" before the trigger.
        doc = self.doc
        return any(
            t.lower_ in self.list_openers
            or (
                t.like_num
                and any(x.lower_ in _GROUP_NOUNS for x in doc[t.i + 1 : min(t.i + 4, hit.start)])
            )
            for t in doc[sent.start : hit.start]
        )

    def _colon_list(self, hit: Hit, sent: Span) -> list[Actor] | None:
        doc = self.doc
        if not self._opener_before(hit, sent):
            return None
        colon = next((k for k in range(hit.end, sent.end) if doc[k].text == ":"), None)
        if colon is None:
            return None
        actors = self._actor_list(colon + 1, sent.end)[0]
        if not actors and self._ends_colon(sent):
            # "The text listed the following sponsors:" + bullet lines.
            actors = self._bullet_actors(sent)
        # "the following sponsors: A, B" is a UN sponsor list, as "its sponsors were".
        hit.noun_list = bool(actors)
        return actors or None

    @staticmethod
    def _ends_colon(sent: Span) -> bool:
        # "Its sponsors included:", "on behalf of the following countries:": the
        # list is in the bullet lines that follow.
        last = next((t for t in reversed(sent) if not t.is_space), None)
        return last is not None and last.text == ":"

    def _participle_subject(self, hit: Hit, sent: Span) -> list[Actor] | None:
        doc = self.doc
        # "As a co-sponsor of the text, the United States welcomes": an opening
        # role phrase, whose subject follows the comma like a participle's.
        role_phrase = doc[sent.start : hit.start].text.lower().strip() in _OPENING_ROLE_WORDS
        if not doc[hit.end - 1].lower_.endswith("ing") and not role_phrase:
            return None
        if self.acts_for_body(hit.end, sent):
            # "Presenting the draft on behalf of the Assembly, its President
            # thanked the co-facilitators of A and B": an officer, for the body.
            return []
        # 'Introducing the draft, entitled "...", the representative of X said':
        # the subject follows the first comma that opens an actor list.
        for k in range(hit.end, sent.end):
            if doc[k].text in _CLAUSE_END or doc[k].lower_ in SPEECH_VERBS:
                # "..., the Chair said that Canada, Chile": past the main verb.
                break
            if doc[k].lower_ in self.copulas and doc[k].is_alpha:
                # "Co-sponsoring it were A, B and C": the list follows the copula.
                return None
            if doc[k].text == "," and self._quote_at(k) is None:
                actors = self._actor_list(k + 1, sent.end)[0]
                if actors:
                    return actors
        return None

    def acts_for_body(self, i: int, sent: Span) -> bool:
        """Whether the clause from ``i`` to its first comma acts "on behalf of" a
        body that adopts texts ("the Assembly", "the Human Rights Council")."""
        doc = self.doc
        for k in range(i, sent.end):
            if doc[k].text in {",", ";", ":"}:
                return False
            if match_phrase(doc, k, _ON_BEHALF, sent.end):
                j = k + len(_ON_BEHALF)
                j += j < sent.end and doc[j].lower_ == "the"
                if j >= sent.end:
                    return False
                if doc[j].text in _BODY_HEADS or doc[j].text == "Bureau":
                    return True
                ent = next((e for e in self.sent_ents(sent) if e.start == j), None)
                return ent is not None and ent.label_ == "ORG" and bool(self.forum_name(ent._.norm))
        return False

    def _person_end(self, i: int, sent: Span) -> int | None:
        # Token after "Richard Butler," (a PERSON and its comma), else None.
        doc = self.doc
        k = i + (i < sent.end and doc[i].lower_ in self.agent_fillers)
        if k >= sent.end or doc[k].ent_type_ != "PERSON":
            return None
        while k < sent.end and doc[k].ent_type_ == "PERSON":
            k += 1
        return k + 1 if k < sent.end and doc[k].text == "," else None

    def _behalf_actors(self, hit: Hit, sent: Span) -> list[Actor] | None:
        """Whom a person acts for: "Minister X introduced the draft on behalf of
        Poland and the other members of the core group:" + bullet lines."""
        j = self._behalf_after(hit, sent, stop_at_hits=True)
        if j is None:
            return None
        actors = self._actor_list(j, sent.end)[0]
        if self._ends_colon(sent):
            actors += [a for a in self._bullet_actors(sent) if a not in actors]
        return actors or None

    def _actor_list_back(self, i: int, lo: int) -> list[Actor]:
        """Actors of a coordinated list ending at token ``i`` ("X, Y and the Z")."""
        doc = self.doc
        actors: list[Actor] = []
        coordinated = False
        while i >= lo:
            if i in self.actor_at:
                span, actor = self.actor_at[i]
                actors.insert(0, actor)
                i = span.start - 1
            elif doc[i].lower_ == "and" and coordinated:
                # "Peru tabled the text on Venezuela, and Colombia and Chile joined":
                # a list has one "and"; a second one joins clauses.
                break
            elif doc[i].lower_ in {"and", "the", "-"}:
                coordinated = coordinated or doc[i].lower_ == "and"
                i -= 1
            elif doc[i].text == "," and coordinated:
                # "A, B and C": a comma continues a list only before its "and";
                # "On Libya, the African Group" is a fronted phrase, not a list.
                i -= 1
            else:
                break
        return actors

    def _before_list(self, i: int, lo: int) -> int:
        """The token before the coordinated actor list that ends at ``i`` (``lo - 1``
        when the list opens the range)."""
        doc = self.doc
        while i >= lo:
            if i in self.actor_at:
                i = self.actor_at[i][0].start - 1
            elif doc[i].text in {",", "-"} or doc[i].lower_ in {"and", "the"}:
                i -= 1
            else:
                break
        return i

    def _group_members(self, i: int, end: int) -> bool:
        """Whether the agent phrase at ``i`` names members of a group or body
        ("21 members of the Coalition:", "the member States of the Lima Group")."""
        doc = self.doc
        k = i + (i < end and doc[i].lower_ == "the")
        while k < end and doc[k].like_num:
            k += 1
        n = find_phrase(doc, k, _MEMBERS_OF, end)
        if not n:
            return False
        k += n
        k += k + 1 < end and doc[k].lower_ == "the"
        if k >= end:
            return False
        if k in self.actor_at:
            return not self.actor_at[k][1].code
        return doc[k].text in self.group_heads

    def _hyphen_actors(self, i: int) -> list[Actor]:
        # "Canada- and Chile-led": the tokens are Canada - and Chile - led.
        return self._actor_list_back(i - 1, 0)

    def _agent_actors(self, hit: Hit, sent: Span) -> None:
        """Set the actors of a passive trigger, the role a phrase after them gives
        ("as co-sponsors"), whether they present the text ("X on behalf of G") and
        whether they are some of a counted set ("by 42 states, among them A, B")."""
        doc = self.doc
        i = hit.end
        actors, j = self._actor_list(i, sent.end)
        if not actors:
            # "introduced by Richard Butler, Permanent Representative of Australia":
            # a person presents for the state the title names.
            after = self._person_end(i, sent)
            if after is not None:
                actors, j = self._actor_list(after, sent.end)
                if not actors:
                    # "read out by Ambassador X, Head of the Task Force on A and B,
                    # on behalf of sixteen states: ...": the title ends before the
                    # states the person speaks for.
                    actors = self._behalf_actors(hit, sent) or []
        if not actors and (j >= sent.end or self._ends_colon(sent)) and not self._hit_after(hit):
            actors = self._bullet_actors(sent)
        counted = False
        if not actors:
            # "co-authored by 42 states from different regions, among them A, B":
            # the named states follow an inclusion cue.
            k, n = self._inclusion_cue(j, sent, group_after=i)
            if n:
                counted = any(doc[x].like_num for x in range(i, k))
                actors, j = self._actor_list(k + n, sent.end)
        elif (more := self._second_agents(i, j, sent)) is not None:
            # "by A and B, and by members of the Arab Group, among them C, D".
            actors += [a for a in more[0] if a not in actors]
            j = more[1]
        role = ""
        for k in range(max(i, j - 2), min(sent.end, j + 1)):
            for words, upgrade in self.role_upgrades:
                if match_phrase(doc, k, words, sent.end):
                    role = upgrade
        if not role and (self._sponsors_joined(hit) or self._sponsors_named(hit, j)):
            role = "cosponsor"
        main = self._main_sponsors(j, sent)
        # "submitted by X, with A and B as the other main sponsors": the main
        # sponsors present the text.
        actors += [a for a in main if a not in actors]
        hit.actors, hit.role, hit.counted = actors, role, counted and bool(actors)
        hit.group_members = bool(actors) and self._group_members(i, sent.end)
        # "jointly submitted by Japan and the EU": co-authors, not a sponsor list.
        hit.presenting = (
            bool(main)
            or any(match_phrase(doc, k, _ON_BEHALF, j) for k in range(i, j))
            or (hit.start > 0 and doc[hit.start - 1].lower_ == "jointly")
        )

    def _second_agents(self, i: int, j: int, sent: Span) -> tuple[list[Actor], int] | None:
        """The states named after an inclusion cue that closes a second agent
        phrase (", and by members of the Arab Group, among them C, D"), for an
        agent list from ``i`` to ``j``, and where they end; None when there is none."""
        doc = self.doc
        k = j + (j < sent.end and doc[j].text == ",")
        n = find_phrase(doc, k, self.list_cues, sent.end)
        if not n or not any(
            doc[x].lower_ == "and" and doc[x + 1].lower_ == "by" for x in range(i, j - 1)
        ):
            return None
        actors, end = self._actor_list(k + n, sent.end)
        return (actors, end) if actors else None

    def _hit_after(self, hit: Hit) -> bool:
        # "which had the backing of 29 co-sponsors, was joined by the following
        # States:": the bullet lines belong to the last trigger.
        return any(start >= hit.end for start in self._hit_starts)

    def _sponsors_named(self, hit: Hit, j: int) -> bool:
        # "had the backing of 39 further co-sponsors, among them A, B", "the
        # backing of the following sponsors: A, B": the agents are co-sponsors.
        doc = self.doc
        if hit.trigger.role != "join":
            return False
        for k in range(hit.end, j):
            if k in self.actor_at:
                return False
            if doc[k].lower_ in self.sponsor_list_nouns:
                return True
        return False

    def _main_sponsors(self, j: int, sent: Span) -> list[Actor]:
        # ", with A and B as the other main sponsors" after a passive agent list.
        doc = self.doc
        if j < sent.end and doc[j].text == ",":
            j += 1
        if j >= sent.end or doc[j].lower_ != "with":
            return []
        actors, k = self._actor_list(j + 1, sent.end)
        while k > j and doc[k - 1].lower_ in {"as", "the", "other"}:
            # The list takes "as", "the" and "other" as fillers ("as well as").
            k -= 1
        if not actors or k >= sent.end or doc[k].lower_ != "as":
            return []
        words = [t.lower_ for t in doc[k + 1 : min(sent.end, k + 5)]]
        while words and words[0] in {"the", "other"}:
            words.pop(0)
        if len(words) >= 2 and words[0] in _MAIN and words[1] in self.sponsor_list_nouns:
            return actors
        return []

    def _actor_list(self, i: int, end: int) -> tuple[list[Actor], int]:
        """Actors named from token ``i`` on ("the delegations of X, Y and Z").

        Returns:
            The actors and the token where the list stops.
        """
        doc = self.doc
        same = self._same_group(i, end)
        if same is not None:
            # "put forward by the same four countries": those named last.
            return list(same[0]), same[1]
        actors: list[Actor] = []
        j = i
        while j < end:
            if j in self.actor_at:
                span, actor = self.actor_at[j]
                if self._partitive(span.start):
                    # "on behalf of 26 of the European Union's 27 members": some
                    # unnamed members, not the Union itself.
                    break
                k = j - 1 - (doc[j - 1].lower_ == "the")
                if (
                    actors
                    and k >= i + 1
                    and doc[k].lower_ == "and"
                    and doc[k - 1].text == ","
                    and self._starts_clause(span.end, end)
                ):
                    # "tabled by A, B and C, and the United States co-sponsored it":
                    # a new clause with its own verb.
                    break
                titled = (
                    actors
                    and not actor.code
                    and span.end < end
                    and doc[span.end].lower_ in _ENVOY_NOUNS
                )
                members = span.end < end and doc[span.end].lower_ in {"member", "members"}
                b = span.start - (doc[span.start - 1].lower_ == "the")
                members_of = phrase_ending_at(doc, b - 1, _MEMBERS_OF, doc[i:end]) > 0
                if members or members_of:
                    # "all 27 EU member states", "the Member States of the European
                    # Union", "many members of the OIC": unnamed members, not the body.
                    j = span.end
                    if members_of and j + 1 < end and doc[j].text == "(" and j + 1 in self.actor_at:
                        # ... nor the body's acronym after it.
                        j = self.actor_at[j + 1][0].end
                    continue
                if actor not in actors and not titled:
                    # "Rwanda's U.N. ambassador": the organization is part of a title.
                    actors.append(actor)
                j = span.end
                continue
            tok = doc[j]
            n = find_phrase(doc, j, self.agent_phrases, end)
            if n:
                j += n
                continue
            if tok.text == ";" and actors and self._next_is_actor(j + 1, end):
                # "sponsored by Andorra; Brazil; Chile; and Japan".
                j += 1
                continue
            if tok.text == ";" and actors and match_phrase(doc, j + 1, ("and", "by"), end):
                # "sponsored by the following Council members: A, B; and by the
                # following non-members: C, D".
                j += 3
                continue
            if self.author and tok.lower_ in self.rules.first_person:
                actors.append(self.author)
            elif (
                self.author
                and tok.lower_ in self.rules.first_person_possessive
                and j + 1 < end
                and doc[j + 1].lower_ in self.rules.author_nouns
            ):
                # "put forward by our country", "by our delegation": the speaker.
                actors.append(self.author)
                j += 1
            elif tok.like_num or tok.lower_ in self.agent_fillers:
                pass
            elif tok.is_quote and (j + 1 in self.actor_at or j - 1 in self.actor_at):
                # 'on behalf of the "Group of 77"': a quoted name.
                pass
            elif tok.is_upper and doc[j - 1].text == "(" and j + 1 < end and doc[j + 1].text == ")":
                # "the nine countries of the Community of Portuguese Language
                # Countries (CPLP): A, B": an acronym the model left untagged.
                pass
            elif not actors and j - i < 4 and self._describes(tok):
                # "included our Caribbean partners Antigua and Barbuda, ...".
                pass
            elif (
                tok.ent_type_ == "PERSON"
                and j - 1 >= i
                and (doc[j - 1].lower_ in self.agent_fillers or doc[j - 1].ent_type_ == "PERSON")
                and self._person_of_state(j, end)
            ):
                # "introduced by Ambassador Jan Knutsson of Sweden": the state he
                # speaks for follows his name.
                pass
            else:
                # "on behalf of the core group on Sri Lanka: Canada, ...": the list
                # resumes after a colon.
                # The window starts after a name the list does not take ("the
                # countries of the Community of Portuguese Language Countries
                # (CPLP):"), and spaCy keeps "):" as one token.
                k = j + 1
                while k < end and doc[k].ent_iob_ == "I":
                    k += 1
                colon = next(
                    (c for c in range(j, min(end, k + 6)) if doc[c].text[-1:] in ":;."), None
                )
                if colon is None or doc[colon].text[-1] != ":":
                    break
                if any(c in self._hit_starts for c in range(j, colon)):
                    # "introduced by Sweden and co-sponsored by 34 States: A, B":
                    # the list after the colon is the next trigger's.
                    break
                j = colon
            j += 1
        return actors, j

    def _person_of_state(self, j: int, end: int) -> bool:
        # A name at ``j`` followed by "of" and a state ("Jan Knutsson of Sweden").
        doc = self.doc
        k = j
        while k < end and doc[k].ent_type_ == "PERSON":
            k += 1
        return k + 1 < end and doc[k].lower_ == "of" and k + 1 in self.actor_at

    def _next_is_actor(self, k: int, end: int) -> bool:
        # An actor that is a list item, not the subject of a new clause ("...;
        # Canada was among its co-sponsors").
        doc = self.doc
        while k < end and doc[k].lower_ in {"and", "the"}:
            k += 1
        if k not in self.actor_at:
            return False
        after = self.actor_at[k][0].end
        return after >= end or doc[after].text in {";", ",", ".", ")"} or doc[after].lower_ == "and"

    def _starts_clause(self, k: int, end: int) -> bool:
        # A trigger (after an optional auxiliary or adverb) follows the actor at
        # ``k`` or the list it opens (", and Denmark, Greece and Slovakia
        # subsequently joined").
        doc = self.doc
        while k < end and (k in self.actor_at or doc[k].lower_ in {",", "and", "the"}):
            k = self.actor_at[k][0].end if k in self.actor_at else k + 1
        while k < end and (doc[k].lower_ in _VERB_FILLERS or doc[k].lower_.endswith("ly")):
            k += 1
        return k in self._hit_starts

    def _describes(self, tok: Token) -> bool:
        # Words that introduce a list of states: a possessive, a regional or
        # national adjective, a noun for partners.
        return (
            tok.lower_ in self.rules.first_person_possessive
            or tok.lower_ in self.rules.list_descriptors
            or (tok.is_alpha and tok.is_title and not tok.ent_type_ and tok.i > 0)
        )

    def _partitive(self, k: int) -> bool:
        doc = self.doc
        k -= 1
        if k >= 0 and doc[k].lower_ == "the":
            k -= 1
        return k >= 1 and doc[k].lower_ == "of" and doc[k - 1].like_num

    def _bullet_actors(self, sent: Span) -> list[Actor]:
        # "co-sponsored by:" followed by one actor per bullet line.
        doc = self.doc
        actors: list[Actor] = []
        for other in doc[sent.end :].sents if sent.end < len(doc) else []:
            first = next((t for t in other if not t.is_space), None)
            if first is None:
                break
            if first.text in BULLETS:
                # "• Argentina, Brazil and Canada;": every actor of the item, in order.
                for t in other:
                    if t.i in self.actor_at and self.actor_at[t.i][1] not in actors:
                        actors.append(self.actor_at[t.i][1])
                continue
            if all(t.like_num or t.text in {".", ")"} or t.is_space for t in other):
                # "1." split from its item by the sentencizer.
                continue
            item = self._list_line_actor(other)
            if item is None:
                break
            actors.append(item)
        return actors

    def _list_line_actor(self, line: Span) -> Actor | None:
        # A line that is one actor, bare or numbered ("Andorra", "2. Brazil,").
        words = [t for t in line if not t.is_space and t.text not in {",", ";", "."}]
        if len(words) >= 2 and words[0].like_num and words[1].text == ")":
            words = words[2:]
        elif words and words[0].like_num:
            words = words[1:]
        if not words or words[0].i not in self.actor_at:
            return None
        span, actor = self.actor_at[words[0].i]
        if any(t.i not in range(span.start, span.end) for t in words):
            return None
        return actor

    def _leadin_subject(self, sent: Span, before: list[Span]) -> list[Actor]:
        # A bullet whose verb has no subject ("• co-sponsor a resolution on ...")
        # takes it from the line that introduces the list.
        first = next((t for t in sent if not t.is_space), None)
        if first is None or first.text not in BULLETS:
            return []
        for prev in reversed(before):
            head = next((t for t in prev if not t.is_space), None)
            if head is not None and head.text in BULLETS:
                continue
            if self.author and any(t.lower_ in self.rules.first_person for t in prev):
                return [self.author]
            for t in prev:
                if t.i in self.actor_at:
                    return self._actor_list_forward(t.i, prev.end)
            return []
        return []

    def _actor_list_forward(self, i: int, hi: int) -> list[Actor]:
        doc = self.doc
        actors: list[Actor] = []
        while i < hi:
            if i in self.actor_at:
                span, actor = self.actor_at[i]
                actors.append(actor)
                i = span.end
            elif doc[i].lower_ in {",", "and", "the"}:
                i += 1
            else:
                break
        return actors

    def _inclusion_cue(
        self,
        start: int,
        sent: Span,
        *,
        window: int = 15,
        stop_at_actors: bool = False,
        group_after: int | None = None,
    ) -> tuple[int, int]:
        """Where the named members of an unnamed set after ``start`` begin.

        "by 42 states from different regions, among them A, B": an inclusion cue
        ("among them", "including") in the same clause.

        Args:
            start: The first token to look at.
            sent: The sentence.
            window: How many tokens to look at.
            stop_at_actors: Give up at a named actor (a count before a cue names
                no one).
            group_after: Also accept a mark in apposition to a group noun after
                this token ("tabled by the six powers - the United States, ...").

        Returns:
            The cue's token and length, or (-1, 0).
        """
        doc = self.doc
        for k in range(start, min(sent.end, start + window)):
            if doc[k].text in _CLAUSE_END or (stop_at_actors and k in self.actor_at):
                break
            n = find_phrase(doc, k, self.list_cues, sent.end)
            if (
                not n
                and group_after is not None
                and doc[k].text in _APPOSITION_MARKS
                and k > group_after
                and doc[k - 1].lower_ in _GROUP_NOUNS
            ):
                n = 1
            if n:
                return k, n
        return -1, 0

    def _counted_members(self, i: int, sent: Span) -> list[Actor]:
        """The states named after a count that opens at ``i`` ("26 States, among
        them A, B"), or none."""
        doc = self.doc
        k, n = self._inclusion_cue(i, sent, window=8, stop_at_actors=True)
        if not n or not any(doc[x].like_num for x in range(i, k)):
            return []
        # "together with 31 co-sponsors, including A": a role noun gives the
        # members their own role, read by the noun trigger.
        if any(t.lower_ in self.sponsor_list_nouns for t in doc[i:k]):
            return []
        return self._actor_list(k + n, sent.end)[0]

    def _coagents(self, i: int, sent: Span) -> list[Actor]:
        doc = self.doc
        for j in range(i, sent.end):
            if doc[j].text in _CLAUSE_END:
                break
            if doc[j].lower_ in self.blockers or doc[j].lower_ in self.veto_cues:
                # "negotiated it with Russia, which had vetoed drafts together with
                # China": the co-agent belongs to the vote, not to the text.
                break
            if match_phrase(doc, j, ("core", "group"), sent.end):
                # "drafted the text as part of a core group of twelve countries:
                # A, B, ...": the group's named members.
                actors = self._actor_list(j + 2, sent.end)[0]
                if actors:
                    return actors
            n = find_phrase(doc, j, self.coagent_cues, sent.end)
            if n:
                actors = self._actor_list(j + n, sent.end)[0]
                if self._ends_colon(sent):
                    # "on behalf of the following countries:", "on behalf of Poland
                    # and the other members of the core group:" + bullet lines.
                    actors += [a for a in self._bullet_actors(sent) if a not in actors]
                if not actors:
                    actors = self._counted_members(j + n, sent)
                if actors:
                    return actors
                # "together with a cross-regional core group of A, B": the
                # group's members come after its noun.
        return []
