"""Sponsorships: who led, co-sponsored or joined which resolution or declaration.

Token-level rules only (the pipeline has no parser): trigger phrases from
``sponsorship_rules.json`` are found in each sentence, each trigger is tied to
the nearest instrument word ("resolution", "declaration", ...), and its actors
are read from the entity spans around it: the subject before an active verb
("The United States will join"), the agent list after a passive one
("presented by the delegations of X and Y"), or the places before "-led".
Lists are read from PLACE/ORG spans, never by splitting on commas, so
"Saint Vincent and the Grenadines" stays one actor.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from spacy.language import Language
from spacy.tokens import Doc, Span

from . import extensions  # noqa: F401  (registers Doc/Span attributes)
from .constants import SPANS_SPONSORSHIP, SPONSORSHIP_FIELDS
from .entities import quoted_regions
from .gazetteer import Gazetteer, load_gazetteer
from .resources import load_model_file
from .serialize import ResourceComponent

RECORD_KEYS: tuple[str, ...] = SPONSORSHIP_FIELDS
_BULLETS = frozenset({"•", "-", "*", "–", "·", "◦", "▪"})
_CLAUSE_END = frozenset({".", ";", "!", "?"})
_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "to", "on", "in", "and", "for", "its", "s"})


class Trigger(BaseModel):
    """A phrase that marks a sponsorship role.

    ``voice`` says where the actors are: ``active`` (subject before the verb),
    ``passive`` (agent list after the phrase) or ``hyphen`` (places before "-led").
    ``instrument`` says where the instrument word is looked for first.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    phrase: str
    role: Literal["lead", "cosponsor", "join"]
    voice: Literal["active", "passive", "hyphen"]
    instrument: Literal["after", "before", "auto"] = "auto"


class SponsorshipRules(BaseModel):
    """The validated content of ``sponsorship_rules.json``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    instruments: dict[
        str, Literal["resolution", "declaration", "statement", "decision", "amendment"]
    ]
    triggers: list[Trigger]
    subject_fillers: list[str]
    agent_fillers: list[str]
    coagent_cues: list[str] = []
    negations: list[str] = []
    blockers: list[str] = []
    future_cues: list[str] = []
    topic_heads: list[str] = []
    topic_stops: list[str] = []
    definite: list[str] = []
    first_person: list[str] = []
    first_person_possessive: list[str] = []
    author_nouns: list[str] = []
    group_subjects: list[str] = []
    forums: list[str] = []
    bilateral_cues: list[str] = []
    referents: list[str] = []
    relatives: list[str] = []
    event_verbs: list[str] = []
    veto_cues: list[str] = []
    veto_forum: str = ""
    trigger_window: int = Field(default=10, ge=1)


@dataclass(frozen=True)
class Actor:
    """A sponsoring state or organization."""

    name: str
    code: str


@dataclass
class Mention:
    """An instrument word with the topic(s) read from around it."""

    index: int
    instrument: str
    topics: list[str]
    definite: bool


@dataclass
class Hit:
    """A trigger found in a sentence."""

    start: int
    end: int
    trigger: Trigger
    actors: list[Actor] = field(default_factory=list)
    negated: bool = False


def load_rules(directory: Path | None = None) -> SponsorshipRules:
    """Load and validate ``sponsorship_rules.json``.

    Args:
        directory: Folder to read from; the packaged resources by default.

    Returns:
        The validated rules.

    Raises:
        ValueError: The file is missing or does not match :class:`SponsorshipRules`.
    """
    return load_model_file("sponsorship_rules", SponsorshipRules, directory)


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """Lowercased token texts of a rule phrase, split like the pipeline splits "co-sponsor".

    Args:
        phrase: A phrase from the rules file.

    Returns:
        Token texts.
    """
    words: list[str] = []
    for word in phrase.lower().split():
        parts = word.split("-")
        for k, part in enumerate(parts):
            if k:
                words.append("-")
            if part:
                words.append(part)
    return tuple(words)


def match_phrase(doc: Doc, i: int, words: tuple[str, ...], end: int) -> bool:
    """True when the lowercased tokens from ``i`` spell ``words`` (within ``end``)."""
    if i + len(words) > end:
        return False
    return all(doc[i + k].lower_ == w for k, w in enumerate(words))


def find_phrase(doc: Doc, i: int, phrases: list[tuple[str, ...]], end: int) -> int:
    """Length of the longest phrase starting at token ``i``, 0 when none does."""
    if i >= end:
        return 0
    first = doc[i].lower_
    return max(
        (len(p) for p in phrases if p[0] == first and match_phrase(doc, i, p, end)), default=0
    )


def entity_actor(span: Span, gazetteer: Gazetteer) -> Actor | None:
    """The state or organization an entity span names, if it can sponsor.

    Args:
        span: A PLACE or ORG entity (normalized).
        gazetteer: Resolves "Permanent Mission of Paraguay" to Paraguay.

    Returns:
        The actor, or None for cities, regions, people and unknown bodies.
    """
    if span.label_ == "PLACE" and span._.kind == "country" and span._.country:
        return Actor(span._.norm, span._.country)
    if span.label_ == "ORG" and span._.kind == "igo":
        return Actor(span._.norm, "")
    if span.label_ == "ORG" and " of " in span.text:
        # Missions and delegations are named after their state.
        tail = span.text.rsplit(" of ", 1)[1]
        entry = next((e for e in gazetteer.lookup(tail) if e.kind == "country"), None)
        if entry is not None:
            return Actor(entry.name, entry.code)
    return None


def author_actor(doc: Doc, gazetteer: Gazetteer) -> Actor | None:
    """The government speaking as "we" (``doc._.author_code``), if known."""
    code = doc._.author_code or (doc._.meta or {}).get("author_code", "")
    if not code:
        return None
    country = gazetteer.by_code.get(code)
    return Actor(country.name if country else code, code)


class SponsorshipFinder:
    """Plain-function core of ``communique_sponsorships``."""

    def __init__(self, rules: SponsorshipRules, gazetteer: Gazetteer) -> None:
        self.rules = rules
        self.gazetteer = gazetteer
        self.triggers = sorted(
            ((phrase_tokens(t.phrase), t) for t in rules.triggers), key=lambda p: -len(p[0])
        )
        # Indexed by first word, longest first: only plausible triggers are tried per token.
        self.triggers_by_first: dict[str, list] = {}
        for words, trigger in self.triggers:
            self.triggers_by_first.setdefault(words[0], []).append((words, trigger))
        self.subject_fillers = set(rules.subject_fillers)
        self.agent_fillers = {w for w in rules.agent_fillers if " " not in w}
        self.agent_phrases = [phrase_tokens(p) for p in rules.agent_fillers if " " in p]
        self.coagent_cues = [phrase_tokens(p) for p in rules.coagent_cues]
        self.negations = [phrase_tokens(p) for p in rules.negations]
        self.blockers = set(rules.blockers)
        self.future_cues = [phrase_tokens(p) for p in rules.future_cues]
        self.topic_heads = [phrase_tokens(p) for p in rules.topic_heads]
        self.topic_stops = {w for w in rules.topic_stops if " " not in w}
        self.stop_phrases = [phrase_tokens(p) for p in rules.topic_stops if " " in p]
        self.event_verbs = [phrase_tokens(p) for p in rules.event_verbs]
        self.definite = set(rules.definite)
        self.group_subjects = [phrase_tokens(p) for p in rules.group_subjects]
        self.forums = set(rules.forums)

    # -- document level -------------------------------------------------------

    def __call__(self, doc: Doc) -> list[dict]:
        """Find the sponsorships in a processed document.

        Args:
            doc: A document that went through the entity and normalizer components.

        Returns:
            One dict per (instrument, topic, actor, role), keys as :data:`RECORD_KEYS`.
        """
        self.doc = doc
        self.actor_at: dict[int, tuple[Span, Actor]] = {}
        for ent in doc.ents:
            actor = entity_actor(ent, self.gazetteer)
            if actor is not None:
                for i in range(ent.start, ent.end):
                    self.actor_at[i] = (ent, actor)
        self.author = author_actor(doc, self.gazetteer)
        self.quotes = quoted_regions(doc)
        self.main_forum = self._main_forum(doc)
        records: list[dict] = []
        seen: set[tuple[str, str, str, str, str]] = set()
        known_topics: dict[str, str] = {}
        self.event_topic = self._event_topic(doc)
        self.last_mention: Mention | None = None
        sents = list(doc.sents)
        for k, sent in enumerate(sents):
            mentions = self._mentions(sent, known_topics)
            for rec in self._sentence(sent, mentions, sents[:k]):
                key = (rec["instrument"], rec["topic"], rec["actor"], rec["role"], rec["status"])
                if key not in seen:
                    seen.add(key)
                    records.append(rec)
            if mentions:
                self.last_mention = mentions[-1]
        return merge_records(records)

    def _event_topic(self, doc: Doc) -> str:
        # "The Council voted to appoint a special rapporteur ...": what the
        # document's instrument does, for one never described where it is named.
        for tok in doc:
            n = find_phrase(doc, tok.i, self.event_verbs, len(doc))
            if n:
                start = tok.i + n - 1
                sent = tok.sent
                return self._clean(doc[start : self._topic_end(start, sent.end)].text)
        return ""

    def _main_forum(self, doc: Doc) -> str:
        # The document's main event is the forum it names first (title, lead);
        # ties in long documents go to the most frequent one.
        names = [e._.norm for e in doc.ents if e.label_ == "ORG" and e._.norm in self.forums]
        if not names:
            return ""
        counts = Counter(names)
        first = names[0]
        top, n = counts.most_common(1)[0]
        return top if n > 2 * counts[first] else first

    # -- instruments and topics -----------------------------------------------

    def _mentions(self, sent: Span, known_topics: dict[str, str]) -> list[Mention]:
        doc = sent.doc
        mentions = []
        for tok in sent:
            instrument = self.rules.instruments.get(tok.lower_)
            if instrument is None:
                continue
            nxt = doc[tok.i + 1].lower_ if tok.i + 1 < sent.end else ""
            if nxt in self.rules.instruments:
                # "draft resolution": one instrument, named by its last word.
                continue
            topics = self._topics(tok.i, sent)
            prev = doc[tok.i - 1].lower_ if tok.i > sent.start else ""
            prev2 = doc[tok.i - 2].lower_ if tok.i - 1 > sent.start else ""
            definite = prev in self.definite or (prev == "draft" and prev2 in self.definite)
            if topics:
                known_topics[instrument] = topics[-1]
            elif definite and instrument in known_topics:
                topics = [known_topics[instrument]]
            elif definite and self.event_topic:
                topics = [self.event_topic]
            mentions.append(Mention(tok.i, instrument, topics or [""], definite))
        return mentions

    def _quote_at(self, i: int) -> tuple[int, int] | None:
        return next(((s, e) for s, e in self.quotes if s <= i < e), None)

    def _topics(self, i: int, sent: Span) -> list[str]:
        doc = sent.doc
        quote = self._quote_at(i)
        if quote is not None:
            # "Declaration on the Question of the Malvinas Islands": the title.
            s, e = quote
            j = i + 1
            n = find_phrase(doc, j, self.topic_heads, e)
            start = j + n if n and i == s else s
            return [self._clean(doc[start:e].text)]
        end = sent.end
        j = i + 1
        # "resolution 74/274", "resolution 2653 (2022)": skip the symbol.
        while j < end and (any(c.isdigit() for c in doc[j].text) or doc[j].text in "()"):
            j += 1
        # "a resolution in the Third Committee on ...": skip where it was tabled.
        if j + 1 < end and doc[j].lower_ in {"in", "at", "before"}:
            k = j + 1 + (doc[j + 1].lower_ == "the")
            if k < end and doc[k].ent_type_ == "ORG":
                while k < end and doc[k].ent_type_ == "ORG":
                    k += 1
                j = k
        first = j
        # "the Declaration of Asunción, “...”": skip the name to reach the title.
        if j < end and doc[j].lower_ == "of" and j + 1 in self.actor_at:
            j = self.actor_at[j + 1][0].end
        elif j < end and doc[j].lower_ == "of" and doc[j + 1 : j + 2].text[:1].isupper():
            j += 2
        while j < end and doc[j].text in {",", "titled", "entitled", "called"}:
            j += 1
        if j < end and self._quote_at(j + 1) and self._quote_at(j + 1)[0] == j + 1:
            s, e = self._quote_at(j + 1)
            return [self._clean(doc[s:e].text)]
        j = first
        topics: list[str] = []
        while j < end:
            n = find_phrase(doc, j, self.topic_heads, end)
            if n:
                start = j + n
            elif doc[j].lower_ == "to" and topics is not None:
                start = j
            elif doc[j].lower_.endswith("ing") and doc[j].is_alpha and doc[j].is_lower:
                start = j + 1
            else:
                break
            quote = self._quote_at(start)
            if quote is not None and quote[0] == start:
                topics.append(self._clean(doc[quote[0] : quote[1]].text))
                stop = quote[1] + 1
            else:
                stop = self._topic_end(start, end)
                if stop > start:
                    topics.append(self._clean(doc[start:stop].text))
            # "resolutions to A, to B, and to C": several instruments at once.
            j = stop
            while j < end and doc[j].lower_ in {",", "and", "as", "well"}:
                j += 1
            if j >= end or doc[j].lower_ not in {"to", "on"} or j == stop:
                break
        topics = [t for t in topics if t]
        if not topics:
            topics = self._distant_topic(first, end)
        return topics

    def _distant_topic(self, i: int, end: int) -> list[str]:
        # "a draft presented by Brazil to the Council on the situation in Gaza":
        # the topic follows the agent, still in the same clause.
        doc = self.doc
        for k in range(i, min(end, i + 15)):
            if self._quote_at(k) is not None:
                continue
            if doc[k].text in {",", ".", ";", ":"} or "\n" in doc[k].text:
                break
            n = find_phrase(doc, k, self.topic_heads[:4], end)
            if not n and doc[k].lower_.endswith("ing") and doc[k].is_alpha and doc[k].is_lower:
                n = 1
            if n:
                stop = self._topic_end(k + n, end)
                return [self._clean(doc[k + n : stop].text)] if stop > k + n else []
        return []

    def _topic_end(self, start: int, end: int) -> int:
        doc = self.doc
        j = start
        while j < end:
            quote = self._quote_at(j)
            if quote is not None:
                j = quote[1] + (1 if quote[1] < end else 0)
                continue
            tok = doc[j]
            if j > start and (
                tok.lower_ in self.topic_stops
                or tok.lower_ in self.rules.instruments
                or find_phrase(doc, j, self.stop_phrases, end)
            ):
                break
            if tok.text in _CLAUSE_END or "\n" in tok.text:
                break
            # "condemning X and calling for Y": the second participle starts another clause.
            if (
                tok.lower_ == "and"
                and j + 1 < end
                and doc[j + 1].lower_.endswith("ing")
                and doc[j + 1].is_lower
            ):
                break
            j += 1
        while j > start and (doc[j - 1].is_punct and doc[j - 1].text not in '”"’)'):
            j -= 1
        return j

    @staticmethod
    def _clean(text: str) -> str:
        return text.strip().strip('.,;:“”"‘’ ').strip()

    # -- triggers and actors --------------------------------------------------

    def _hits(self, sent: Span) -> list[Hit]:
        doc = sent.doc
        hits = []
        i = sent.start
        while i < sent.end:
            for words, trigger in self.triggers_by_first.get(doc[i].lower_, ()):
                if match_phrase(doc, i, words, sent.end):
                    if trigger.voice == "hyphen" and i - 1 not in self.actor_at:
                        continue
                    hits.append(Hit(i, i + len(words), trigger))
                    i += len(words) - 1
                    break
            i += 1
        return hits

    def _sentence(self, sent: Span, mentions: list[Mention], before: list[Span]) -> list[dict]:
        hits = self._hits(sent)
        if not hits:
            return []
        subject: list[Actor] = []
        for hit in hits:
            voice = hit.trigger.voice
            if voice == "hyphen":
                hit.actors = self._hyphen_actors(hit.start)
            elif voice == "passive":
                hit.actors = self._agent_actors(hit.end, sent, before)
                hit.negated = self._negated(max(sent.start, hit.start - 3), hit.start)
            else:
                found, negated, blocked = self._subject(hit.start, sent)
                if blocked:
                    hit.negated = True
                    continue
                if found is None and not negated:
                    found = subject or self._leadin_subject(sent, before)
                hit.actors = found or []
                hit.negated = negated
                if found:
                    subject = found
        records = []
        used: set[int] = set()
        for n, hit in enumerate(hits):
            if hit.negated or not hit.actors:
                continue
            targets = self._instruments_for(hit, hits[n + 1 :], mentions, sent)
            if not targets:
                continue
            actors = list(hit.actors)
            if hit.trigger.voice == "active":
                actors += self._coagents(targets[-1].index, sent)
            for mention in targets:
                used.add(mention.index)
                for topic in mention.topics:
                    for actor in actors:
                        records.append(self._record(hit, mention, topic, actor, sent))
        return records

    def _instruments_for(
        self, hit: Hit, later: list[Hit], mentions: list[Mention], sent: Span
    ) -> list[Mention]:
        doc = sent.doc
        window = self.rules.trigger_window
        limit = next((h.start for h in later if h.trigger.voice != "hyphen"), sent.end)
        after = [m for m in mentions if hit.end <= m.index < limit]
        before = [m for m in mentions if m.index < hit.start]
        mode = hit.trigger.instrument
        if mode == "auto":
            mode = "before" if hit.trigger.voice == "passive" else "after"
        if hit.trigger.voice == "hyphen":
            return [m for m in after if m.index - hit.end <= 2][:1]
        if mode == "after":
            if hit.trigger.voice == "active":
                after = [m for m in after if m.index - hit.end <= window]
            chosen = after[:1]
            for m in after[1:]:
                # "a resolution on X and a declaration on Y": coordinated objects.
                gap = [t.lower_ for t in doc[chosen[-1].index + 1 : m.index]]
                if any(w in gap for w in ("and", "as")) and not any(t in _CLAUSE_END for t in gap):
                    chosen.append(m)
            if not chosen and hit.trigger.voice == "passive" and before:
                chosen = before[-1:]
            if not chosen and before:
                # "resolution 2653, which the United States and Mexico drafted".
                gap = {t.lower_ for t in doc[before[-1].index + 1 : hit.start]}
                if gap & set(self.rules.relatives):
                    chosen = before[-1:]
            if not chosen and self._refers_back(hit, sent):
                chosen = [self.last_mention]
            return chosen
        if before:
            return before[-1:]
        if after:
            return after[:1]
        return [self.last_mention] if self._refers_back(hit, sent) else []

    def _refers_back(self, hit: Hit, sent: Span) -> bool:
        # "co-sponsored it", "The text was introduced by", "were among the
        # signatories.": the instrument is the one named last.
        if self.last_mention is None:
            return False
        doc = self.doc
        referents = set(self.rules.referents)
        if hit.trigger.voice == "passive":
            window = doc[max(sent.start, hit.start - 4) : hit.start]
            return any(t.lower_ in referents for t in window)
        nxt = [
            t for t in doc[hit.end : min(sent.end, hit.end + 3)] if t.lower_ not in self.definite
        ]
        return not nxt or nxt[0].lower_ in referents or nxt[0].text in {".", ",", ";"}

    def _actor_list_back(self, i: int, lo: int) -> list[Actor]:
        """Actors of a coordinated list ending at token ``i`` ("X, Y and the Z")."""
        doc = self.doc
        actors: list[Actor] = []
        while i >= lo:
            if i in self.actor_at:
                span, actor = self.actor_at[i]
                actors.insert(0, actor)
                i = span.start - 1
            elif doc[i].lower_ in {",", "and", "the", "-"}:
                i -= 1
            else:
                break
        return actors

    def _hyphen_actors(self, i: int) -> list[Actor]:
        # "Canada- and Chile-led": the tokens are Canada - and Chile - led.
        return self._actor_list_back(i - 1, 0)

    def _agent_actors(self, i: int, sent: Span, before: list[Span]) -> list[Actor]:
        actors, j = self._actor_list(i, sent.end)
        if not actors and (j >= sent.end or sent.text.rstrip().endswith(":")):
            actors = self._bullet_actors(sent)
        return actors

    def _actor_list(self, i: int, end: int) -> tuple[list[Actor], int]:
        """Actors named from token ``i`` on ("the delegations of X, Y and Z").

        Returns:
            The actors and the token where the list stops.
        """
        doc = self.doc
        actors: list[Actor] = []
        j = i
        while j < end:
            if j in self.actor_at:
                span, actor = self.actor_at[j]
                if actor not in actors:
                    actors.append(actor)
                j = span.end
                continue
            tok = doc[j]
            n = find_phrase(doc, j, self.agent_phrases, end)
            if n:
                j += n
                continue
            if self.author and tok.lower_ in self.rules.first_person:
                actors.append(self.author)
            elif tok.like_num or tok.lower_ in self.agent_fillers:
                pass
            else:
                # "on behalf of the core group on Sri Lanka: Canada, ...": the list
                # resumes after a colon.
                colon = next((k for k in range(j, min(end, j + 6)) if doc[k].text in ":;."), None)
                if colon is None or doc[colon].text != ":":
                    break
                j = colon
            j += 1
        return actors, j

    def _bullet_actors(self, sent: Span) -> list[Actor]:
        # "co-sponsored by:" followed by one actor per bullet line.
        doc = self.doc
        actors: list[Actor] = []
        for other in doc[sent.end :].sents if sent.end < len(doc) else []:
            first = next((t for t in other if not t.is_space), None)
            if first is None or first.text not in _BULLETS:
                break
            actors += [a for _, a in {self.actor_at[t.i] for t in other if t.i in self.actor_at}]
        return actors

    def _subject(self, i: int, sent: Span) -> tuple[list[Actor] | None, bool, bool]:
        """The subject list of the active verb at ``i``.

        Returns:
            (actors or None when not found, negated, blocked by a vote verb).
        """
        doc = self.doc
        j = i - 1
        while j >= sent.start:
            if j in self.actor_at:
                return self._actor_list_back(j, sent.start), self._negated(j, i), False
            tok = doc[j]
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
                return self._principals(), self._negated(j, i), False
            if tok.lower_ not in self.subject_fillers and not (
                tok.lower_.endswith("ly") and tok.is_lower
            ):
                return None, self._negated(j, i), False
            j -= 1
        return None, self._negated(sent.start, i), False

    def _group_at(self, j: int, sent: Span) -> int:
        for words in self.group_subjects:
            lo = j - len(words) + 1
            if lo >= sent.start and match_phrase(self.doc, lo, words, sent.end):
                return len(words)
        return 0

    def _principals(self) -> list[Actor]:
        # "Both parties": the first two states or organizations the text names.
        found: list[Actor] = []
        for ent in self.doc.ents:
            actor = entity_actor(ent, self.gazetteer)
            if actor is not None and actor not in found:
                found.append(actor)
            if len(found) == 2:
                break
        return found

    def _leadin_subject(self, sent: Span, before: list[Span]) -> list[Actor]:
        # A bullet whose verb has no subject ("• co-sponsor a resolution on ...")
        # takes it from the line that introduces the list.
        first = next((t for t in sent if not t.is_space), None)
        if first is None or first.text not in _BULLETS:
            return []
        for prev in reversed(before):
            head = next((t for t in prev if not t.is_space), None)
            if head is not None and head.text in _BULLETS:
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

    def _coagents(self, i: int, sent: Span) -> list[Actor]:
        doc = self.doc
        for j in range(i, sent.end):
            if doc[j].text in _CLAUSE_END:
                break
            n = find_phrase(doc, j, self.coagent_cues, sent.end)
            if n:
                return self._actor_list(j + n, sent.end)[0]
        return []

    def _negated(self, lo: int, hi: int) -> bool:
        return any(find_phrase(self.doc, j, self.negations, hi) for j in range(lo, hi))

    # -- record fields --------------------------------------------------------

    def _status(self, hit: Hit, sent: Span) -> str:
        lo = sent.start if hit.trigger.voice == "hyphen" else max(sent.start, hit.start - 8)
        for j in range(lo, hit.start):
            if find_phrase(self.doc, j, self.future_cues, hit.start + 1):
                return "planned"
        return "done"

    def _forum(self, sent: Span, mention: Mention) -> str:
        doc = self.doc
        for ent in sent.ents:
            if ent.label_ == "ORG" and ent._.norm in self.forums:
                prev = doc[ent.start - 1].lower_ if ent.start > 0 else ""
                if prev != "of":
                    return ent._.norm
        if mention.index > 0 and doc[mention.index - 1].lower_ in self.rules.bilateral_cues:
            return ""
        # "the Assembly", "the Council": the forum of that kind named last.
        for tok in sent:
            if tok.text in {"Assembly", "Council", "Committee", "Summit"} and tok.ent_type_ == "":
                for ent in reversed([e for e in doc.ents if e.end <= tok.i]):
                    if ent._.norm in self.forums and tok.text in ent._.norm:
                        return ent._.norm
        return self.main_forum

    @staticmethod
    def _date(sent: Span) -> str:
        for ent in sent.ents:
            norm = ent._.norm
            if ent.label_ == "DATE" and len(norm) == 10:
                return norm
        return ""

    def _record(self, hit: Hit, mention: Mention, topic: str, actor: Actor, sent: Span) -> dict:
        doc = self.doc
        tokens = [t for t in sent if not t.is_space]
        start = tokens[0].idx if tokens else sent.start_char
        end = tokens[-1].idx + len(tokens[-1].text) if tokens else sent.end_char
        return {
            "instrument": mention.instrument,
            "topic": topic,
            "forum": self._forum(sent, mention),
            "actor": actor.name,
            "actor_code": actor.code,
            "role": hit.trigger.role,
            "status": self._status(hit, sent),
            "date": self._date(sent),
            "sentence": doc.text[start:end],
            "start": start,
            "end": end,
        }


def topic_words(topic: str) -> set[str]:
    """Content words of a topic, for telling two mentions of one instrument apart."""
    return {w for w in re.findall(r"\w+", topic.lower()) if w not in _FUNCTION_WORDS}


def merge_records(records: list[dict]) -> list[dict]:
    """Collapse records of one actor and role that name the same instrument twice.

    A headline ("UK-led resolution on Sri Lanka") and the body ("the resolution
    “Promoting reconciliation ... in Sri Lanka”, presented by the United Kingdom")
    give two topics for one instrument: the longer, more specific one is kept.
    A record without topic merges with any record of the same instrument.

    Args:
        records: Records in document order.

    Returns:
        The records with duplicates removed, in document order.
    """
    kept: list[dict] = []
    for rec in records:
        words = topic_words(rec["topic"])
        twin = None
        for k, other in enumerate(kept):
            same = (other["instrument"], other["actor"], other["role"]) == (
                rec["instrument"],
                rec["actor"],
                rec["role"],
            )
            others = topic_words(other["topic"])
            if same and (not words or not others or words & others):
                twin = k
                break
        if twin is None:
            kept.append(rec)
        elif len(rec["topic"]) > len(kept[twin]["topic"]):
            kept[twin] = rec
    return kept


def find_sponsorships(doc: Doc, finder: SponsorshipFinder) -> list[dict]:
    """Sponsorship records of a processed document.

    Args:
        doc: A document with normalized entities and ``doc._.author_code``.
        finder: The rule engine.

    Returns:
        One dict per (instrument, topic, actor, role); keys as :data:`RECORD_KEYS`.
    """
    return finder(doc)


class SponsorshipComponent(ResourceComponent):
    """spaCy component ``communique_sponsorships``."""

    files = ("countries", "cities", "regions", "organizations", "sponsorship_rules")

    def _load(self) -> None:
        directory = Path(self.data_dir) if self.data_dir else None
        self.finder = SponsorshipFinder(load_rules(directory), load_gazetteer(self.data_dir))

    def __call__(self, doc: Doc) -> Doc:
        records = find_sponsorships(doc, self.finder)
        doc._.sponsorships = records
        spans = []
        for rec in records:
            span = doc.char_span(rec["start"], rec["end"], alignment_mode="expand")
            if span is not None and all(span != s for s in spans):
                spans.append(span)
        doc.spans[SPANS_SPONSORSHIP] = spans
        return doc


@Language.factory(
    "communique_sponsorships",
    assigns=["doc._.sponsorships", "doc.spans"],
    requires=["doc.ents", "span._.norm"],
    default_config={"data_dir": ""},
)
def make_sponsorships(nlp: Language, name: str, *, data_dir: str) -> SponsorshipComponent:
    """Create the sponsorship component.

    Args:
        nlp: The pipeline.
        name: Component name.
        data_dir: Folder with the data files; "" for the packaged ones.

    Returns:
        The component.
    """
    return SponsorshipComponent(nlp, name, data_dir=data_dir)
