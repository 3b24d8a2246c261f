"""Authors named without a sponsorship verb.

"The Russian draft", "Brazil's resolution", "a text by X": records that only
say who wrote a text, read from national adjectives, possessives and "by"
phrases. Relies on ``self.gazetteer``, ``self.rules``, ``self.demonym_heads``,
``self.demonym_bodies``, ``self.demonym_trigger``, ``self.hyphen_participles``,
``self.doc``, ``self.actor_at``, ``self.last_mention`` and ``self.last_text``,
and on the finder's ``_record``, ``_determiner`` and ``_actor_list``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .actors import Actor, Hit, Mention
from .vocabulary import _AUTHORED_KINDS, _POSSESSED_FILLERS


class AuthorsMixin:
    """Records of authors named without a sponsorship verb, for :class:`SponsorshipFinder`."""

    def _delegation_demonyms(self) -> list[tuple[int, Actor]]:
        """National adjectives before a delegation noun ("the Brazilian delegation",
        "the German and French governments"): each stands for its state."""
        doc = self.doc
        found: list[tuple[int, Actor]] = []
        for tok in doc:
            if tok.lower_ not in self.demonym_bodies or tok.i == 0:
                continue
            k = tok.i - 1
            while k >= 0:
                code = self._demonym_code(doc[k])
                country = self.gazetteer.by_code.get(code) if code else None
                if country is not None:
                    found.append((k, Actor(country.name, country.code)))
                elif not (found and found[-1][0] == k + 1 and doc[k].text in {"and", ",", "-"}):
                    break
                k -= 1
        return found

    def _demonym_code(self, tok: Token) -> str | None:
        if tok.ent_type_ or not tok.text[:1].isupper():
            return None
        return self.rules.demonym_prefixes.get(tok.text) or self.gazetteer.demonym_country(tok.text)

    def _demonym_records(self, sent: Span, mentions: list[Mention]) -> list[dict]:
        """Authors named by national adjectives: "the Russian draft", "two Russian
        texts", "the Brazilian-drafted text", "a British-French-American text",
        "the Franco-Tunisian text" (each state is ``lead``).
        """
        doc = self.doc
        records: list[dict] = []
        if not mentions and not any(t.lower_ in self.demonym_heads for t in sent):
            # No instrument word and no "text"/"proposal": nothing to author.
            return records
        k = sent.start
        while k < sent.end:
            codes: list[str] = []
            j = k
            while j < sent.end:
                code = self._demonym_code(doc[j])
                if code is None:
                    break
                codes.append(code)
                if j + 2 < sent.end and doc[j + 1].text == "-" and self._demonym_code(doc[j + 2]):
                    j += 2
                    continue
                j += 1
                break
            if not codes:
                k += 1
                continue
            if k - 2 >= sent.start and doc[k - 1].text == "-" and k - 2 in self.actor_at:
                # "a U.S.-British resolution": a place name before the adjective.
                first = self.actor_at[k - 2][1].code
                codes = ([first] if first else []) + codes
            start, head = k, j
            k = j
            if head + 2 < sent.end and doc[head].text == "-":
                # "Brazilian-drafted text": the hyphen trigger's participle.
                if doc[head + 1].lower_ not in self.hyphen_participles:
                    continue
                head += 2
            if head >= sent.end:
                continue
            word = doc[head].lower_
            # "a Russian-drafted presidential statement", "an American cease-fire
            # resolution": one adjective or hyphenated compound first.
            width = (
                3
                if head + 2 < sent.end
                and doc[head + 1].text == "-"
                and not doc[head].whitespace_
                and not doc[head + 1].whitespace_
                and doc[head + 2].is_lower
                else 1
            )
            if (
                word not in self.demonym_heads
                and word not in self.rules.instruments
                and doc[head].is_lower
                and head + width < sent.end
                and doc[head + width].lower_ in self.rules.instruments
            ):
                head += width
                word = doc[head].lower_
            if word not in self.demonym_heads and word not in self.rules.instruments:
                continue
            mention = next((m for m in mentions if head <= m.index <= head + 1), None)
            # "The Palestinian-drafted text listed the following sponsors": a
            # definite "text" refers back to the text named before and names its author.
            named = mention is not None or (
                word in self.generic and self._determiner(head, sent) in self.definite
            )
            if mention is None:
                # "two Russian texts calling for X": the text named last.
                mention = next((m for m in reversed(mentions) if m.index < start), None)
                mention = mention or self.last_mention
                if (
                    mention is not None
                    and mention.instrument == "amendment"
                    and word in self.generic
                ):
                    # "amendments to the Mexican text": the draft, not the amendments.
                    mention = self.last_text
            if mention is None:
                continue
            hit = Hit(start, head + 1, self.demonym_trigger)
            for code in dict.fromkeys(codes):
                country = self.gazetteer.by_code.get(code)
                if country is None:
                    continue
                records += self._authored(
                    hit, mention, [Actor(country.name, country.code)], sent, named=named
                )
        return records

    def _authored(
        self, hit: Hit, mention: Mention, actors: list[Actor], sent: Span, *, named: bool
    ) -> list[dict]:
        # Author records (national adjective, possessive, "a draft by X"): the
        # text's latest topic; ``named`` when the text is the author's own noun.
        return [
            self._record(hit, mention, topic, actor, sent) | {"_named": named}
            for actor in actors
            for topic in mention.topics[-1:]
        ]

    def _possessive_records(self, sent: Span, mentions: list[Mention]) -> list[dict]:
        """Authors named by a possessive: "Iceland's resolution on X", "Canada and
        Chile's draft resolution" (each state is ``lead``, like a national adjective)."""
        doc = self.doc
        records: list[dict] = []
        for mention in mentions:
            k = mention.index - 1
            while k > sent.start and doc[k].lower_ in _POSSESSED_FILLERS:
                k -= 1
            if (
                mention.instrument not in _AUTHORED_KINDS
                or k <= sent.start
                or doc[k].text not in {"'s", "’s"}
                or k - 1 not in self.actor_at
            ):
                # "Uruguay's decision", "Kosovo's declaration": not a tabled text.
                continue
            actors = [a for a in self._actor_list_back(k - 1, sent.start) if a.code]
            hit = Hit(self.actor_at[k - 1][0].start, k + 1, self.demonym_trigger)
            records += self._authored(hit, mention, actors, sent, named=True)
        return records

    def _by_records(self, sent: Span, mentions: list[Mention]) -> list[dict]:
        """Authors after "by" right behind a text: "a draft by Kuwait and Sweden on
        X" (each state is ``lead``, like "on a proposal by X")."""
        doc = self.doc
        records: list[dict] = []
        for mention in mentions:
            k = mention.index + 1
            if k >= sent.end or doc[k].lower_ != "by" or mention.instrument not in _AUTHORED_KINDS:
                continue
            actors = [a for a in self._actor_list(k + 1, sent.end)[0] if a.code]
            hit = Hit(mention.index, k + 1, self.demonym_trigger)
            records += self._authored(hit, mention, actors, sent, named=True)
        return records
