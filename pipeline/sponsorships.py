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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import extensions  # noqa: F401  (registers Doc/Span attributes)
from .constants import SPANS_SPONSORSHIP, SPONSORSHIP_FIELDS
from .entities import has_speech_word, is_speech, quoted_regions
from .gazetteer import Gazetteer, load_gazetteer
from .resources import load_model_file
from .serialize import ResourceComponent

RECORD_KEYS: tuple[str, ...] = SPONSORSHIP_FIELDS
# Line-initial bullet marks ("•", "-", ...), for lists of one actor or text per line.
BULLETS = frozenset({"•", "-", "*", "–", "·", "◦", "▪"})
_CLAUSE_END = frozenset({".", ";", "!", "?"})
_DASHES = frozenset({"-", "–", "—"})
# Treaty nouns, texts only when signed ("signed the treaty"); see _signed_object.
_SIGNED_TEXTS = frozenset({"treaty", "treaties", "convention", "conventions"})
# Words of signing a treaty ("significant" is not one, though it starts alike).
_SIGNING_WORDS = frozenset(
    {"sign", "signs", "signed", "signing", "signature", "signatures", "signatory"}
    | {"signatories", "adhere", "adheres", "adhered", "adhering", "adherence"}
)
_TREATY_FILLERS = frozenset({"the", "this", "that", "a", "new", "its", "-"})
# Words of a counted set of states ("the following 38 participating States").
_COUNTED_WORDS = frozenset({"the", "following", "participating", "member", "other", "more", "all"})
# Marks that open a list in apposition to a group noun ("the six powers - A, B").
_APPOSITION_MARKS = _DASHES | {",", ":"}
# "They were joined by X": the pronoun stands for the co-sponsors listed just before,
# at most this many characters before.
_LIST_PRONOUNS = frozenset({"they", "these"})
_LIST_REACH = 300
# "the same four countries": a group named before.
_NUMBER_WORDS = {
    w: n
    for n, w in enumerate(
        ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), start=2
    )
}
_GROUP_NOUNS = frozenset(
    {
        "countries",
        "states",
        "delegations",
        "governments",
        "sponsors",
        "co-sponsors",
        "authors",
        "co-authors",
        "members",
        "powers",
        "nations",
    }
)
# "the same ten elected members": words between the count and the group noun.
_GROUP_ADJECTIVES = frozenset({"elected", "permanent", "non-permanent", "original", "core"})
# Adverbs and auxiliaries between a subject (or "that") and its verb: "X also
# has co-sponsored", "a resolution that would endorse".
_VERB_FILLERS = frozenset(
    {"also", "then", "later", "further", "thereby", "has", "have", "had", "will", "would", "could"}
)
# "joined it in opposing / voting against / rejecting the draft".
_OPPOSING_STEMS = ("oppos", "vot", "reject", "abstain", "block", "veto", "boycott")
_PASSIVE_AUX = frozenset({"was", "were", "been", "being", "is", "are", "be"})
# ", which ..., was joined by": auxiliaries between a relative clause and the verb.
_RELATIVE_AUX = _PASSIVE_AUX | {"had"}
# "a rival draft", "another statement": a second text.
_OTHER_TEXT = frozenset({"rival", "another", "competing", "counter", "alternative", "other"})
# "based on", "related to": a participle after a name that modifies it.
_MODIFIER_PREPOSITIONS = frozenset({"on", "to", "with", "by", "from", "against", "for"})
# "Germany and Brazil, the two main sponsors": words between an apposition's comma
# and its noun trigger.
_APPOSITION_WORDS = frozenset(
    {"the", "its", "their", "main", "principal", "original", "both", "a", "an", "one", "of", "as"}
)
# "As a co-sponsor of the text, the United States": words before an opening role noun.
_OPENING_ROLE_WORDS = frozenset({"as a", "as the", "as an", "as one of the", "as"})
# "Canada said it would co-sponsor the text": pronouns that stand for a state.
_SUBJECT_PRONOUNS = frozenset({"it", "they"})
_TOPIC_PREPOSITIONS = frozenset(
    {"on", "in", "of", "concerning", "regarding", "about", "against", "for", "to"}
)
# Texts a possessive or "by" names the author of ("Canada's draft resolution");
# "Uruguay's decision" or "Kosovo's declaration" is the actor's own act.
_AUTHORED_KINDS = frozenset({"resolution", "amendment"})
# "Canada's draft resolution", "Iceland's annual text": words between a possessive
# and the text it authored.
_POSSESSED_FILLERS = frozenset(
    {"draft", "own", "new", "annual", "latest", "first", "flagship", "revised", "rival"}
)
# "as the other main sponsors": sponsors who present the text.
_MAIN = frozenset({"main", "principal", "core", "lead"})
# "amendments to the draft": words between an instrument and the one it amends.
# "the resolution on the Declaration": a text named as another text's topic.
_SUBJECT_MATTER_HEADS = frozenset({"on", "concerning", "regarding", "about"})
_AMENDED_GAP = frozenset({"to", "the", "this", "that", "its", "their", "draft"})
# "X on behalf of G" presents a text for G (the guidelines make both leads).
_ON_BEHALF = ("on", "behalf", "of")
# Words that open a participle's object: "calling for", "urging the", "urging all".
_OBJECT_STARTS = frozenset(
    {"for", "on", "upon", "the", "a", "an", "all", "its", "their", "to", "that", "states"}
)
_ENVOY_NOUNS = frozenset({"ambassador", "envoy", "representative", "delegate"})
SPEECH_VERBS = frozenset({"said", "says", "told", "stated", "noted", "added", "stressed"})
_DETERMINERS = frozenset({"a", "an", "all", "any", "each", "every", "some", "both", "no"})
_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "to", "on", "in", "and", "for", "its", "s"})
# "a resolution proclaiming / declaring / designating X the International Day of Y".
_PROCLAIM_STEMS = ("proclaim", "declar", "designat", "recogniz", "recognis")
_OBSERVANCE_HEADS = frozenset({"Day", "Days", "Week", "Year", "Decade"})
# Lower-case words inside a capitalized name ("Day of Non-Violence").
_NAME_LINKS = frozenset({"of", "for", "and", "against", "on", "to", "in", "the"})
# "put forward in New York by", "presented ... to the Human Rights Council":
# prepositions that say where a text went, not who tabled it or what it is about.
_WHERE_PREPOSITIONS = frozenset({"in", "at", "to", "before"})
# Working keys of a record, dropped before it is returned.
_PRIVATE_KEYS = ("_list", "_title", "_named", "_year", "_other")
# Words that place an event before the one the sentence reports.
_EARLIER = frozenset({"after", "following", "since", "despite"})
# Words that alone make no topic ("... after the US signs on as co-sponsor" -> "as").
_EMPTY_TOPIC_WORDS = _FUNCTION_WORDS | frozenset(
    {"as", "at", "by", "be", "with", "from", "that", "this", "it", "text", "draft", "own"}
)


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
    # "submitted by: A, B, C": a UN sponsor list. Its members are leads unless the
    # text names presenters elsewhere, in which case the others are co-sponsors.
    sponsor_list: bool = False
    # "issued": leads a joint text only (a declaration, or a statement with several
    # issuers or called joint), not one state's own statement.
    joint_only: bool = False
    # "The following statement was co-signed by A, B": the co-signatories of a
    # joint statement are its authors (the guidelines); those of a declaration,
    # and members signing a coalition's statement, join it.
    statement_role: Literal["lead", "cosponsor", "join"] | None = None


class RoleUpgrade(BaseModel):
    """A phrase after an agent list that fixes its role ("joined by X as co-sponsors")."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    phrase: str
    role: Literal["lead", "cosponsor", "join"]


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
    forum_aliases: dict[str, str] = {}
    list_cues: list[str] = []
    role_upgrades: list[RoleUpgrade] = []
    subject_asides: list[str] = []
    noun_cues: list[str] = []
    possessive_referents: list[str] = []
    same_topic_cues: list[str] = []
    referent_nouns: list[str] = []
    anaphoric_topics: list[str] = []
    subbody_nouns: list[str] = []
    group_heads: list[str] = []
    named_instruments: dict[
        str, Literal["resolution", "declaration", "statement", "decision", "amendment"]
    ] = {}
    # "a separate text on X": nouns that name a new instrument only with a topic of their own.
    generic_instruments: list[str] = []
    # Words allowed between a passive verb and its "by" ("proposed jointly by").
    passive_gap: int = Field(default=3, ge=0)
    # "whose main sponsors were X, Y": the list after a noun trigger.
    copulas: list[str] = []
    # "the following states endorsed it:" + bullet lines.
    list_openers: list[str] = []
    # "X was renewed in a resolution tabled by": the subject is what the text is about.
    subject_topic_verbs: list[str] = []
    # Lowercase words inside a proper name ("Declaration Against X in Y").
    name_links: list[str] = []
    # Verbs whose "on" is a particle ("calls on", "builds on"), not a topic head.
    phrasal_verbs: list[str] = []
    # "on launch day", "on the first day": a time, never a topic.
    temporal_nouns: list[str] = []
    trigger_window: int = Field(default=10, ge=1)
    # "its sponsors also included X": adverbs between a noun trigger and its list.
    list_adverbs: list[str] = []
    # "its sponsors included X, Y": nouns whose list is a UN sponsor list (leads
    # unless the text names its presenters); "main sponsors" are leads.
    sponsor_list_nouns: list[str] = []
    # "convened at the request of X, with the support of A, B": support for a
    # request or a session, which is not an instrument.
    non_instruments: list[str] = []
    # "joined the consensus on the resolution": joining a consensus is not
    # sponsoring (the guidelines); the words after a "join" verb that say so.
    consensus_objects: list[str] = []
    # "a motion proposed by X", "A regional dialogue ... co-sponsored by X": nouns
    # that a passive participle can describe and that are not texts.
    non_text_heads: list[str] = []
    # Triggers that only a statement takes ("X delivered the joint statement").
    statement_triggers: list[str] = []
    # "127 States signed on as co-sponsors. Among them were A, B": a sentence
    # opening that names the unnamed actors of the sentence before.
    continued_lists: list[str] = []
    # Titles that tie a person to a state: "Rwanda's U.N. ambassador X".
    person_titles: list[str] = []
    # "the statement during the general debate": prepositions that end in -ing
    # and, unlike "condemning", do not open a topic.
    ing_prepositions: list[str] = []
    # "the Russian draft", "two Russian texts": nouns after a national adjective
    # that make the state the text's author (instrument words count as well).
    demonym_heads: list[str] = []
    # "the Brazilian delegation introduced", "by the German and French governments":
    # nouns after national adjectives that stand for the states themselves.
    demonym_bodies: list[str] = []
    # "Franco-Tunisian", "Anglo-French": combining forms of a national adjective.
    demonym_prefixes: dict[str, str] = {}
    # "our Caribbean partners A, B": nouns that open a list of states.
    list_descriptors: list[str] = []
    # Last words of bodies outside ``forums`` that can host a text ("Lima Group").
    host_heads: list[str] = []
    # "the resolution on the Convention": head nouns of named treaties and
    # declarations that, bare, refer back to the full name given earlier.
    named_text_heads: list[str] = []


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
    # The topic is the text's quoted title: the best name it can have.
    titled: bool = False
    # "Rival statements defending Beijing": another text than the one the
    # document is about, never the antecedent of "the text".
    other: bool = False


@dataclass
class Hit:
    """A trigger found in a sentence."""

    start: int
    end: int
    trigger: Trigger
    actors: list[Actor] = field(default_factory=list)
    negated: bool = False
    # Set by a phrase after the agent list ("joined by X as co-sponsors").
    role: str = ""
    # The subject was "both parties": a bilateral setting.
    group: bool = False
    # The actors are the list after a noun trigger ("co-sponsors ..., among them X").
    noun_list: bool = False
    # The list names some of a counted set ("by 42 states, among them X"): sponsors.
    counted: bool = False
    # The agents present the text, so they are not a UN sponsor list: "submitted by
    # Egypt on behalf of the Arab Group", "by X, with A as the other main sponsors".
    presenting: bool = False


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


def first_word(sent: Span) -> Token | None:
    """The sentence's first word, after spaces and a bullet."""
    return next((t for t in sent if not t.is_space and t.text not in BULLETS), None)


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


def entity_actor(
    span: Span, gazetteer: Gazetteer, group_heads: frozenset[str] = frozenset()
) -> Actor | None:
    """The state or organization an entity span names, if it can sponsor.

    Args:
        span: A PLACE or ORG entity (normalized).
        gazetteer: Resolves "Permanent Mission of Paraguay" to Paraguay.
        group_heads: Last words of group names ("Lima Group", "Arab Group") that
            can table a text although they are not organizations.

    Returns:
        The actor, or None for cities, regions, people and unknown bodies.
    """
    if span.label_ == "PLACE" and span._.kind == "country" and span._.country:
        return Actor(span._.norm, span._.country)
    if span.label_ == "ORG" and span._.kind == "igo":
        # "OIC": the canonical name, whatever form the text used.
        entry = gazetteer.org_entry(span._.norm, kind="igo")
        return Actor(entry.name if entry is not None else span._.norm, "")
    words = span._.norm.split()
    if (
        span.label_ == "ORG"
        and span._.kind in {"", "other"}
        and words
        and (
            words[-1] in group_heads
            # "Group of Arab States", "Group of Friends of X"; "Group of Experts
            # on X" is a mandate, not a set of states.
            or (words[0] in group_heads and words[1:2] == ["of"] and " on " not in span._.norm)
        )
    ):
        # "Arab Group": the name of its record ("Group of Arab States").
        entry = gazetteer.org_entry(span._.norm)
        return Actor(entry.name if entry is not None else span._.norm, "")
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
        self.group_heads = frozenset(rules.group_heads)
        self.list_cues = [phrase_tokens(p) for p in rules.list_cues]
        self.role_upgrades = [(phrase_tokens(u.phrase), u.role) for u in rules.role_upgrades]
        self.subject_asides = [phrase_tokens(p) for p in rules.subject_asides]
        self.noun_cues = set(rules.noun_cues)
        self.same_topic_cues = [phrase_tokens(p) for p in rules.same_topic_cues]
        self.veto_cues = set(rules.veto_cues)
        self.referents = set(rules.referents)
        self.anaphoric = [phrase_tokens(p) for p in rules.anaphoric_topics]
        # "proposed jointly by", "endorsed at launch by": a passive trigger whose
        # "by" comes after a short adverbial.
        self.gapped: dict[str, list] = {}
        for words, trigger in self.triggers:
            if trigger.voice == "passive" and len(words) >= 2 and words[-1] == "by":
                self.gapped.setdefault(words[0], []).append((words[:-1], trigger))
        self.generic = set(rules.generic_instruments)
        self.copulas = set(rules.copulas)
        self.list_openers = set(rules.list_openers)
        self.subject_topic_verbs = set(rules.subject_topic_verbs)
        self.name_links = set(rules.name_links)
        self.phrasal_verbs = set(rules.phrasal_verbs)
        self.temporal_nouns = set(rules.temporal_nouns)
        self.list_adverbs = set(rules.list_adverbs)
        self.sponsor_list_nouns = set(rules.sponsor_list_nouns)
        self.non_instruments = set(rules.non_instruments)
        self.consensus_objects = [phrase_tokens(p) for p in rules.consensus_objects]
        self.non_text_heads = set(rules.non_text_heads)
        self.statement_triggers = set(rules.statement_triggers)
        self.demonym_heads = set(rules.demonym_heads)
        self.demonym_bodies = set(rules.demonym_bodies)
        self.host_heads = set(rules.host_heads)
        self.demonym_trigger = Trigger(phrase="<demonym>", role="lead", voice="hyphen")
        # "Brazilian-drafted": the participles of the hyphen triggers ("- drafted").
        self.hyphen_participles = {w[-1] for w, t in self.triggers if t.voice == "hyphen"}
        self.continued_lists = [phrase_tokens(p) for p in rules.continued_lists]
        self.ing_prepositions = set(rules.ing_prepositions)

    # -- document level -------------------------------------------------------

    def __call__(self, doc: Doc) -> list[dict]:
        """Find the sponsorships in a processed document.

        Args:
            doc: A document that went through the entity and normalizer components.

        Returns:
            One dict per (instrument, topic, actor, role), keys as :data:`RECORD_KEYS`.
        """
        self.doc = doc
        # spaCy rebuilds doc.ents (and sent.ents) on every access: read them once.
        self.doc_ents: tuple[Span, ...] = tuple(doc.ents)
        self.actor_at: dict[int, tuple[Span, Actor]] = {}
        for ent in self.doc_ents:
            actor = entity_actor(ent, self.gazetteer, self.group_heads)
            if actor is not None:
                for i in range(ent.start, ent.end):
                    self.actor_at[i] = (ent, actor)
        for i, actor in self._delegation_demonyms():
            self.actor_at.setdefault(i, (doc[i : i + 1], actor))
        self.author = author_actor(doc, self.gazetteer)
        self.person_actor = self._person_affiliations()
        self.quotes = quoted_regions(doc)
        self.main_forum = self._main_forum(doc)
        # Token index -> forum name, for the first token of each forum mention.
        self.forum_at = {
            e.start: name
            for e in self.doc_ents
            if e.label_ == "ORG" and (name := self.forum_name(e._.norm))
        }
        # Records with no year of their own are about the year of publication.
        published = str((doc._.meta or {}).get("published") or "")
        self.pub_year = published[:4] if published[:4].isdigit() else ""
        records: list[dict] = []
        authored: list[dict] = []
        seen: set[tuple[str, ...]] = set()
        known_topics: dict[str, str] = {}
        self.session_topic = self._session_topic(doc)
        self.event_topic = self._event_topic(doc)
        self.last_mention: Mention | None = None
        # The last mention of a text that is not an amendment ("the text" after
        # "the withdrawal of all proposed amendments" is the draft).
        self.last_text: Mention | None = None
        self.known_titled: dict[str, bool] = {}
        self._titled = False
        self._distant = False
        # Head nouns of named texts seen so far ("Principles" of "the Kigali Principles").
        self.named_heads: set[str] = set()
        sents = list(doc.sents)
        self.headline = sents[0] if sents else doc[:0]
        self.title_topic = ""
        # Doc.text joins every token on each access: read it once.
        self.text = doc.text
        newline = self.text.find("\n")
        self._pending: tuple[Hit, list[Mention]] | None = None
        self._last_record: dict | None = None
        # Actors named together by one trigger, in order ("the same four countries").
        self._groups: list[list[Actor]] = []
        # Trigger positions of the sentence being read (set per sentence).
        self._hit_starts: set[int] = set()
        self.named_topics: list[tuple[int, str, str]] = []
        titles: list[tuple[str, str]] = []
        for k, sent in enumerate(sents):
            mentions = self._mentions(sent, known_topics)
            pending, self._pending = self._pending, None
            if k == 0 and newline > 0 and sent.start_char + len(sent.text.rstrip()) <= newline:
                # "Council Adopts Resolution on the Situation in Nicaragua": the
                # headline's own topic, for records whose sentence gives none.
                self.title_topic = next((t for m in mentions for t in m.topics if t), "")
            authored += self._demonym_records(sent, mentions)
            authored += self._possessive_records(sent, mentions)
            authored += self._by_records(sent, mentions)
            found = self._sentence(sent, mentions, sents[:k])
            if pending is not None:
                found += self._continued_list(sent, *pending)
            if found:
                self._last_record = found[-1]
            for rec in found:
                key = (
                    rec["instrument"],
                    rec["topic"],
                    rec["actor"],
                    rec["role"],
                    rec["status"],
                    rec["forum"],
                    rec["_year"],
                )
                if key not in seen:
                    seen.add(key)
                    records.append(rec)
            own = [m for m in mentions if not m.other]
            if own:
                self.last_mention = own[-1]
            texts = [m for m in own if m.instrument != "amendment"]
            if texts:
                self.last_text = texts[-1]
            self.named_topics += [
                (doc[m.index].idx, m.instrument, topic)
                for m in mentions
                if (topic := next((t for t in m.topics if t), "")) and not m.other
            ]
            titles += [
                (m.instrument, m.topics[-1])
                for m in mentions
                if m.titled and m.definite and not m.other and m.topics[-1]
            ]
        # "the Russian draft" only says who wrote a text: it adds an author the
        # sentences with a sponsorship verb did not already name, and such an
        # author counts as a presenter for the UN sponsor-list convention.
        authored = merge_records(authored)
        # Only "the U.S.-Russian draft", not "a Nicaraguan proposal" (which may be
        # another text), names a presenter.
        presenters = [r for r in authored if r["_named"]]
        records = merge_records(resolve_sponsor_lists(records, presenters))
        leads = {(r["actor"], r["instrument"]) for r in records if r["role"] == "lead"}
        for rec in authored:
            if (rec["actor"], rec["instrument"]) not in leads:
                records.append(rec)
        for rec in records:
            if not rec.get("_title"):
                rec["topic"] = entitled(rec, titles)
            for key in _PRIVATE_KEYS:
                rec.pop(key, None)
        return records

    def _event_topic(self, doc: Doc) -> str:
        # "concluded its seventeenth special session, on the situation of human
        # rights in Syria, by adopting a resolution": the session's subject.
        if self.session_topic:
            return self.session_topic
        # "The Council voted to appoint a special rapporteur ...": what the
        # document's instrument does, for one never described where it is named.
        for tok in doc:
            n = find_phrase(doc, tok.i, self.event_verbs, len(doc))
            if n:
                start = tok.i + n - 1
                sent = tok.sent
                return self._clean(doc[start : self._topic_end(start, sent.end)].text)
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

    def ents_of(self, doc: Doc) -> tuple[Span, ...]:
        """The entities of ``doc``, from the copy taken when the document was read."""
        if getattr(self, "doc", None) is doc:
            return self.doc_ents
        return tuple(doc.ents)

    def sent_ents(self, sent: Span) -> list[Span]:
        """The entities inside a sentence (``sent.ents`` without rebuilding them)."""
        return [e for e in self.ents_of(sent.doc) if sent.start <= e.start and e.end <= sent.end]

    def _main_forum(self, doc: Doc, end: int | None = None) -> str:
        # The document's main event is the forum it names first (title, lead);
        # ties in long documents go to the most frequent one. With ``end``, only
        # forums named before it count: a body first named in a closing "Quick
        # facts" list is not where a text launched earlier was tabled.
        names = [
            self.forum_name(e._.norm)
            for e in self.ents_of(doc)
            if e.label_ == "ORG" and (end is None or e.start < end)
        ]
        names = [n for n in names if n]
        if not names:
            return ""
        counts = Counter(names)
        first = names[0]
        top, n = counts.most_common(1)[0]
        return top if n > 2 * counts[first] else first

    def forum_name(self, norm: str) -> str:
        # A committee acts for its plenary: a Third Committee text is a General
        # Assembly resolution.
        norm = self.rules.forum_aliases.get(norm, norm)
        return norm if norm in self.forums else ""

    # -- instruments and topics -----------------------------------------------

    def _mentions(self, sent: Span, known_topics: dict[str, str]) -> list[Mention]:
        doc = sent.doc
        mentions = []
        for tok in sent:
            instrument = self.rules.instruments.get(tok.lower_)
            if instrument is None and tok.lower_ in self.generic:
                instrument = self._generic_instrument(tok.i, sent, mentions)
            if (
                instrument is None
                and tok.lower_ in _SIGNED_TEXTS
                and self._signed_object(tok.i, sent)
            ):
                # "signed the treaty", "signatories of the Convention": a treaty
                # opened for signature is labelled as the text that adopted it.
                instrument = "resolution"
            name = ""
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
            if nxt in self.rules.instruments:
                # "draft resolution": one instrument, named by its last word.
                continue
            same = find_phrase(doc, tok.i + 1, self.same_topic_cues, sent.end)
            # "a resolution of the same title": the topic is the one named before.
            topics = [] if same else self._topics(tok.i, sent)
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
            titled = bool(topics) and self._titled
            other = self._other_text(tok.i)
            if topics and not other:
                known_topics[instrument] = topics[-1]
                self.known_titled[instrument] = titled
            elif definite and instrument in known_topics:
                topics = [known_topics[instrument]]
                titled = self.known_titled.get(instrument, False)
            elif definite and self.event_topic:
                topics = [self.event_topic]
            mentions.append(Mention(tok.i, instrument, topics or [""], definite, titled, other))
        return mentions

    def _full_name(self, topic: str, i: int) -> str:
        """The full name a bare head ("the Convention") refers back to, named before
        token ``i`` ("the International Convention for the Protection of ..."), or
        the topic itself."""
        words = topic.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if len(words) != 1 or words[0] not in self.rules.named_text_heads:
            return topic
        doc = self.doc
        for j in range(i - 1, -1, -1):
            if doc[j].text == words[0] and j > 0 and doc[j - 1].is_title:
                name = self._named_text_name(j, doc[j].sent)
                if len(name.split()) > 1:
                    return name
        return topic

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
        if self._appositive_title(i) is None and (
            nxt >= sent.end or not find_phrase(doc, nxt, self.topic_heads, sent.end)
        ):
            return None
        if mentions:
            return mentions[-1].instrument
        # "That earlier text on X, introduced by Israel, was the first Israeli-
        # initiated resolution": the sentence names the kind later on.
        named = (
            self.rules.instruments.get(t.lower_)
            for t in doc[nxt : sent.end]
            if t.lower_ not in {"draft", "drafts"}
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
            t for t in self._read_topics(i, sent) if not self._anaphoric(t) and has_content(t)
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
        if quote is not None and is_speech(doc, *quote):
            # "“The resolution that we have adopted is not perfect,” he said":
            # words about the text, not its title.
            return []
        if quote is not None:
            # "Declaration on the Question of the Malvinas Islands": the title.
            s, e = quote
            j = i + 1
            n = find_phrase(doc, j, self.topic_heads, e)
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
        while j < end and (any(c.isdigit() for c in doc[j].text) or doc[j].text in "()"):
            j += 1
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
        if j + 1 < end and doc[j].text == "," and find_phrase(doc, j + 1, self.topic_heads, end):
            # "Resolution 2118, on the elimination of ...": an appositive topic.
            j += 1
        would = self._would_clause(j, end)
        if would:
            # "a draft resolution that would have declared that the referendum ...
            # can have no validity": what the text would have done, a clause that
            # runs to the next comma.
            stop = next(
                (
                    k
                    for k in range(would, end)
                    if doc[k].text in {";", ".", ":"}
                    or (doc[k].text == "," and not self._coordinated(k, end))
                ),
                end,
            )
            if stop > would:
                return [self._clean(doc[would:stop].text)]
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
                and doc[j].is_lower
                and doc[j].lower_ not in self.ing_prepositions
            ):
                # "a draft demanding that Israel not harm ...": the clause after "that".
                start = j + 1 + (j + 1 < end and doc[j + 1].lower_ == "that")
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
            if j >= end or doc[j].lower_ not in {"to", "on"} or j == stop:
                break
        topics = [t for t in topics if t]
        if not topics:
            topics = self._distant_topic(first, end, plural)
            self._distant = bool(topics)
        return topics

    def _would_clause(self, j: int, end: int) -> int:
        """Start of the object in "that/which would (have) <verb> (that) X", or 0."""
        doc = self.doc
        relative = j + 2 < end and doc[j].lower_ in {"that", "which"}
        if not (relative and doc[j + 1].lower_ == "would"):
            return 0
        k = j + 2 + (doc[j + 2].lower_ == "have")
        if k >= end or not (doc[k].is_alpha and doc[k].is_lower):
            return 0
        k += 1
        if k < end and doc[k].lower_ == "that":
            k += 1
        return k if k < end else 0

    def _named_text_name(self, i: int, sent: Span) -> str:
        """The name of a named text whose head noun is at ``i`` ("Kigali Principles
        on the Protection of Civilians", "Lima Commitment")."""
        doc = self.doc
        start = i
        while start - 1 >= sent.start:
            if doc[start - 1].text[:1].isupper() and doc[start - 1].lower_ not in self.definite:
                start -= 1
            elif (
                # "Inter-American Democratic Charter": a hyphenated compound.
                doc[start - 1].text == "-"
                and start - 2 >= sent.start
                and doc[start - 2].text[:1].isupper()
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
            if doc[k].text in {",", ".", ";", ":"} or "\n" in doc[k].text:
                break
            n = find_phrase(doc, k, self.topic_heads[:4], end)
            if n and k > i and doc[k - 1].lower_ in self.non_text_heads:
                # "grew out of a conference on Gandhian philosophy": the phrase is
                # about the conference, not the text.
                return []
            if n and k > i and doc[k - 1].lower_ in self.phrasal_verbs:
                # "The declaration calls on all states": a verb's particle, and what
                # follows is what the text says, not what it is about.
                return []
            if not n and doc[k].lower_.endswith("ing") and doc[k].is_alpha and doc[k].is_lower:
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
            if j > start and (
                (
                    tok.lower_ in self.topic_stops
                    and not self._agent_of_noun(j, end)
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
                and tok.lower_ in {"in", "on", "during", "since"}
                and j + 1 < end
                and doc[j + 1].ent_type_ == "DATE"
            ):
                # "resolution 2117 on small arms in September 2013": when, not what.
                break
            if j > start and tok.lower_ in _WHERE_PREPOSITIONS:
                # "presented resolution 48/13 on X to the Human Rights Council":
                # where the text went ends what it is about.
                k = j + 1 + (j + 1 < end and doc[j + 1].lower_ == "the")
                if k in self.forum_at:
                    break
            if self._finite_after_name(j, end):
                # "statements defending Beijing followed in the same debate": a
                # past-tense verb after a name ends the topic.
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
            j += 1
        while j > start and (doc[j - 1].is_punct and doc[j - 1].text not in '”"’)'):
            j -= 1
        return j

    def _named_text(self, start: int, j: int) -> bool:
        # "the resolution on the Declaration": a capitalized text right after the
        # topic's determiner is the topic itself.
        doc = self.doc
        return doc[j].is_title and all(t.lower_ in {"the", "a", "an"} for t in doc[start:j])

    def _other_text(self, i: int) -> bool:
        return any(t.lower_ in _OTHER_TEXT for t in self.doc[max(0, i - 3) : i])

    def _agent_of_noun(self, j: int, end: int) -> bool:
        # "the report by the Rapporteur", "attacks by Hamas": "by" names who did
        # what the topic is about, not who tabled the text (a state or group)
        # or how it was adopted ("by consensus", a multiword stop).
        doc = self.doc
        if doc[j].lower_ != "by":
            return False
        k = j + 1
        while k < end and doc[k].lower_ in {"the", "a", "an"}:
            k += 1
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

    # -- triggers and actors --------------------------------------------------

    def _hits(self, sent: Span) -> list[Hit]:
        doc = sent.doc
        hits = []
        i = sent.start
        while i < sent.end:
            found: tuple[int, Trigger] | None = None
            for words, trigger in self.triggers_by_first.get(doc[i].lower_, ()):
                if match_phrase(doc, i, words, sent.end):
                    if trigger.voice == "hyphen" and i - 1 not in self.actor_at:
                        continue
                    if (
                        trigger.role == "join"
                        and trigger.voice == "active"
                        and i > sent.start
                        and doc[i - 1].lower_ in self.noun_cues
                    ):
                        # "for their support": a noun, not a verb with a subject.
                        continue
                    found = (i + len(words), trigger)
                    break
            if found is None or found[1].voice == "active":
                found = self._gapped_passive(i, sent) or found
            if found is not None:
                hits.append(Hit(i, found[0], found[1]))
                i = found[0]
                continue
            i += 1
        return hits

    def _gapped_passive(self, i: int, sent: Span) -> tuple[int, Trigger] | None:
        """A passive trigger split by a short adverbial ("proposed jointly by").

        Returns:
            The token after "by" and the trigger, or None.
        """
        doc = self.doc
        for words, trigger in self.gapped.get(doc[i].lower_, ()):
            if not match_phrase(doc, i, words, sent.end):
                continue
            j = i + len(words)
            # "put forward in New York by", "introduced in the Assembly by": a
            # place or body after a preposition says where, not who.
            where = j < sent.end and doc[j].lower_ in _WHERE_PREPOSITIONS
            gap = self.rules.passive_gap + 2 * where
            for k in range(j, min(sent.end, j + gap + 1)):
                tok = doc[k]
                if tok.lower_ == "by":
                    return (k + 1, trigger) if k > j else None
                # Only adverbs, short phrases and dates: "and adopted by the
                # Council" names who adopted it, not who proposed it.
                named = tok.ent_type_ and tok.ent_type_ != "DATE"
                if (
                    (not tok.is_alpha and tok.ent_type_ != "DATE" and not (where and named))
                    or tok.lower_ in {"and", "or", "but", "then", "as"}
                    or tok.lower_ in self.rules.instruments
                    or tok.lower_ in self.blockers
                    or (named and not (where and tok.ent_type_ in {"PLACE", "ORG"}))
                    or tok.lower_.endswith("ed")
                ):
                    break
        return None

    def _sentence(self, sent: Span, mentions: list[Mention], before: list[Span]) -> list[dict]:
        hits = self._hits(sent)
        self._hit_starts = {h.start for h in hits}
        if not hits:
            return []
        subject: list[Actor] = []
        for hit in hits:
            voice = hit.trigger.voice
            if voice == "hyphen":
                hit.actors = self._hyphen_actors(hit.start)
            elif voice == "passive":
                self._agent_actors(hit, sent)
                hit.negated = self._negated(max(sent.start, hit.start - 3), hit.start)
            elif hit is not hits[0] and self._role_phrase(hit):
                # "Brazil joined the text as a co-sponsor": the noun says the role
                # of the verb before it, which has its own subject.
                hit.negated = True
                continue
            elif (
                hit.start > sent.start
                and sent.doc[hit.start - 1].text == "-"
                and not sent.doc[hit.start - 1].whitespace_
            ):
                # "the Austrian-drafted text": a modifier; its author is the word
                # before the hyphen (hyphen triggers, national adjectives).
                hit.negated = True
                continue
            else:
                found, negated, blocked = self._subject(hit.start, sent)
                hit.group = self._subject_group
                if blocked:
                    hit.negated = True
                    continue
                if found is None and not negated and self._fronted(hit, sent):
                    # "Introducing the draft, the representative of Ukraine said":
                    # the subject follows the participle clause.
                    found = self._participle_subject(hit, sent)
                if found is None and not negated and self._opens_list(hit, sent):
                    # "In addition to X, the following states endorsed it:" + bullets.
                    found = self._coagents(sent.start, sent) + self._bullet_actors(sent)
                    # "The text listed the following sponsors:" is a UN sponsor list.
                    hit.noun_list = bool(found)
                if found is None and not negated:
                    # "whose main sponsors were X and Y": a noun trigger and its list.
                    found = self._copula_actors(hit, sent)
                if found is None and not negated:
                    # "The following 37 countries sponsored the text: A, B and C."
                    found = self._colon_list(hit, sent)
                if found is None and not negated and hit.trigger.role == "lead":
                    found = self._behalf_actors(hit, sent)
                if (
                    found is None
                    and not negated
                    and not self._agentless(hit)
                    and not self._relative_to_instrument(hit)
                ):
                    found = subject or self._leadin_subject(sent, before)
                hit.actors = found or []
                hit.negated = negated or (hit.trigger.role == "join" and self._opposing(hit, sent))
                if hit.trigger.role == "join":
                    # "Brazil joined the text as a co-sponsor".
                    hit.role = self._upgrade_after(hit, sent)
                    if find_phrase(sent.doc, hit.end, self.consensus_objects, sent.end):
                        hit.negated = True
                if found:
                    subject = found
        for hit in hits:
            if len(hit.actors) > 1 and not hit.negated:
                self._groups.append(list(hit.actors))
        for hit in hits:
            if (
                hit.trigger.role == "join"
                and hit.trigger.voice == "passive"
                and not hit.role
                and (
                    any(
                        t.lower_ in self.sponsor_list_nouns
                        for t in sent.doc[max(sent.start, hit.start - 6) : hit.start]
                    )
                    or (
                        hit.trigger.phrase.startswith("join")
                        and any(
                            h.trigger.role == "lead" and h.actors and h is not hit for h in hits
                        )
                    )
                )
            ):
                # "on behalf of its sponsors, who were subsequently joined by X",
                # "Cuba introduced amendments, later joined by X": X joined the
                # sponsors (UN sponsor lists).
                hit.role = "cosponsor"
            if (
                hit.trigger.role == "join"
                and not hit.role
                and any(
                    h.trigger.role == "cosponsor" and not h.actors and h.start < hit.start
                    for h in hits
                )
            ):
                # "The text, which had the backing of 29 co-sponsors, was joined by
                # the following States:": those who joined are the co-sponsors.
                hit.role = "cosponsor"
        records = []
        used: set[int] = set()
        previous: list[Mention] = []
        for n, hit in enumerate(hits):
            if hit.negated:
                continue
            later = hits[n + 1 :]
            if later and hit.trigger.role == "join" and self._joined_in(later[0]):
                # "Senegal joined the Arab States in sponsoring the text": the
                # sponsor-list record of "sponsoring" stands for both verbs, and
                # the states joined are on the list too.
                nxt = later[0]
                joined = self._actor_list(hit.end, nxt.start - 1)[0]
                nxt.actors = list(nxt.actors) + [a for a in joined if a not in nxt.actors]
                continue
            if later and self._joined_as_sponsors(hit, later[0]):
                # "Germany and Romania joined the United States as sponsors of the
                # draft": they co-sponsor the text the noun trigger names.
                later = later[1:]
                hit.role = hit.role or "cosponsor"
            targets = self._instruments_for(hit, later, mentions, sent)
            if not hit.actors:
                first = first_word(sent)
                if (
                    not targets
                    and self.last_mention is not None
                    and first is not None
                    and (first.i == hit.start or self._apposed_noun(first.i, hit.start))
                ):
                    # "Co-sponsors came from every region. They included A, B": the
                    # sponsors of the text named last.
                    targets = [self.last_mention]
                if targets:
                    # "127 States had signed on as co-sponsors.": the next
                    # sentence may name them.
                    self._pending = (hit, targets)
                continue
            if hit.trigger.phrase in self.statement_triggers:
                # "delivered the statement": only a statement is delivered.
                targets = [m for m in targets if m.instrument == "statement"]
            if not targets and hit.trigger.voice == "passive":
                # "was put forward by A and B, and was also backed by C": one text.
                targets = previous
            if not targets and self._joined_list(hit, sent):
                # "Co-sponsors included: A, B. They were joined by C": C too.
                targets = [self.last_mention] if self.last_mention else []
                hit.role = "cosponsor"
            if not targets:
                continue
            previous = targets
            if hit.group and any(self._bilateral(m) for m in targets):
                # "Both parties signed a joint declaration": a bilateral text.
                continue
            if self._unnamed_behalf(hit, sent):
                # "X read the text on behalf of 39 countries. They were: ...".
                self._pending = (hit, targets)
            actors = list(hit.actors)
            if hit.trigger.voice == "active":
                # "co-sponsored the text, alongside Ukraine": the co-agents follow
                # the verb when the instrument was named before it.
                last = targets[-1].index
                start = last if sent.start <= last and last > hit.start else hit.end
                actors += [a for a in self._coagents(start, sent) if a not in actors]
            elif hit.trigger.voice == "passive":
                # "presented by A and B, together with C": C is a presenter too.
                actors += [a for a in self._coagents(hit.end, sent) if a not in actors]
            if hit.trigger.joint_only:
                # "The Lima Group issued a declaration", "A, B and C issued a joint
                # statement": issuing a joint text is leading it; one state's own
                # statement ("Canada issued the following statement") is not.
                targets = [
                    m
                    for m in targets
                    if m.instrument == "declaration"
                    or (
                        m.instrument == "statement"
                        and (len(actors) > 1 or self.doc[m.index - 1].lower_ == "joint")
                    )
                ]
                if not targets:
                    continue
            if len(actors) > 1:
                # "Sweden led the text together with Brazil, Nigeria ...": the group
                # "the same six countries" refers to.
                self._groups.append(list(actors))
            for mention in targets:
                used.add(mention.index)
                for topic in mention.topics:
                    for actor in actors:
                        records.append(self._record(hit, mention, topic, actor, sent))
        return records

    def _role_phrase(self, hit: Hit) -> bool:
        doc = self.doc
        k = hit.start - 1
        if k >= 0 and doc[k].lower_ in {"a", "an"}:
            k -= 1
        return k >= 0 and doc[k].lower_ == "as"

    def _upgrade_after(self, hit: Hit, sent: Span) -> str:
        # A role phrase a few words after an active "joined" and its object.
        doc = self.doc
        for k in range(hit.end, min(sent.end, hit.end + 6)):
            if doc[k].text in _CLAUSE_END or doc[k].text == ",":
                break
            for words, upgrade in self.role_upgrades:
                if match_phrase(doc, k, words, sent.end):
                    return upgrade
        return ""

    def _joined_as_sponsors(self, hit: Hit, nxt: Hit) -> bool:
        return (
            hit.trigger.role == "join"
            and hit.trigger.voice == "active"
            and nxt.start > hit.end
            and self.doc[nxt.start - 1].lower_ == "as"
            and self.doc[nxt.end - 1].lower_.replace("-", "").rstrip("s")
            in {"sponsor", "cosponsor"}
        )

    def _behalf_after(self, hit: Hit, sent: Span, stop_at_hits: bool = False) -> int | None:
        # The token after "on behalf of" in the hit's clause, or None.
        doc = self.doc
        for k in range(hit.end, sent.end):
            if doc[k].text in _CLAUSE_END or (stop_at_hits and k in self._hit_starts):
                return None
            if match_phrase(doc, k, _ON_BEHALF, sent.end):
                return k + len(_ON_BEHALF)
        return None

    def _unnamed_behalf(self, hit: Hit, sent: Span) -> bool:
        # "on behalf of 39 countries": a number of states the sentence does not name.
        j = self._behalf_after(hit, sent)
        return (
            j is not None and j < sent.end and self.doc[j].like_num and j + 1 not in self.actor_at
        )

    def _continued_list(self, sent: Span, hit: Hit, targets: list[Mention]) -> list[dict]:
        """Records for "Among them were A, B" (or "Besides X, they were:" + bullet
        lines) after a sentence whose sponsors went unnamed; the role and texts
        are that sentence's."""
        doc = self.doc
        first = next((t for t in sent if not t.is_space), None)
        if first is None:
            return []
        start = first.i
        if first.lower_ in {"besides", "apart"} or match_phrase(
            doc, start, ("in", "addition", "to"), sent.end
        ):
            # "Besides Germany, they were:": the named one was counted already.
            comma = next(
                (k for k in range(start, min(sent.end, start + 8)) if doc[k].text == ","), None
            )
            if comma is None:
                return []
            start = comma + 1
        n = find_phrase(doc, start, self.continued_lists, sent.end)
        if not n or start + n in self._hit_starts:
            # "They were joined as sponsors by:" is a clause of its own.
            return []
        actors = self._actor_list(start + n, sent.end)[0]
        if not actors and self._ends_colon(sent):
            actors = self._bullet_actors(sent)
        return [
            self._record(hit, mention, topic, actor, sent)
            for mention in targets
            for topic in mention.topics
            for actor in actors
        ]

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
                # "resolution 2653, which the United States and Mexico drafted".
                gap = {t.lower_ for t in doc[before[-1].index + 1 : hit.start]}
                if gap & set(self.rules.relatives):
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

    def _signed_object(self, i: int, sent: Span) -> bool:
        # A treaty noun is a text only in a sentence about signing it, and not
        # inside another text's topic ("a resolution on the Treaty on ...").
        doc = self.doc
        if not any(t.lower_ in _SIGNING_WORDS for t in sent):
            return False
        k = i - 1
        while k > sent.start and (doc[k].lower_ in _TREATY_FILLERS or doc[k].is_title):
            k -= 1
        if doc[k].lower_ not in _TOPIC_PREPOSITIONS:
            return True
        return doc[k].lower_ == "of" and k > sent.start and doc[k - 1].lower_.startswith("signator")

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

    def _joined_list(self, hit: Hit, sent: Span) -> bool:
        # "They were joined by X" right after a list of co-sponsors.
        last = self._last_record
        if hit.trigger.voice != "passive" or self.last_mention is None:
            return False
        if hit.trigger.role != "cosponsor" and (
            hit.trigger.role != "join"
            or last is None
            or last["role"] != "cosponsor"
            or sent.start_char - last["end"] > _LIST_REACH
        ):
            # "They were joined as sponsors by" says the role; "They were joined
            # by" takes it from the list just before.
            return False
        words = [t.lower_ for t in self.doc[sent.start : hit.start] if not t.is_space]
        return bool(words) and words[0] in _LIST_PRONOUNS and len(words) <= 3

    def _same_group(self, i: int, end: int) -> tuple[list[Actor], int] | None:
        # "the same four countries", "the same co-sponsors": the last group of
        # actors named together, when its size matches the number given.
        doc = self.doc
        if not match_phrase(doc, i, ("the", "same"), end) or not self._groups:
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
        if group is None:
            return None
        return group, k + 1

    def _relative_to_instrument(self, hit: Hit) -> bool:
        # "any future resolution that endorses the compact": the text endorses,
        # nobody joins it.
        doc = self.doc
        k = hit.start - 1
        while k > 0 and doc[k].lower_ in _VERB_FILLERS:
            k -= 1
        return (
            k > 0
            and doc[k].lower_ in self.rules.relatives
            and (doc[k - 1].lower_ in self.rules.instruments or doc[k - 1].lower_ in self.generic)
        )

    def _opposing(self, hit: Hit, sent: Span) -> bool:
        # "Bolivia joined it in opposing the draft": joining a vote, not a text.
        doc = self.doc
        k = hit.end
        if k < sent.end and doc[k].lower_ in {"it", "them", "him", "her", "us"}:
            k += 1
        if k < sent.end and k in self.actor_at:
            k = self.actor_at[k][0].end
        return (
            k + 1 < sent.end
            and doc[k].lower_ == "in"
            and (
                doc[k + 1].lower_ in self.blockers or doc[k + 1].lower_.startswith(_OPPOSING_STEMS)
            )
        )

    def _agentless(self, hit: Hit) -> bool:
        # "since the draft was tabled": a passive without its agent has no subject
        # to share with the verbs before it.
        return hit.start > 0 and self.doc[hit.start - 1].lower_ in _PASSIVE_AUX

    def _among(self, hit: Hit) -> bool:
        # "Canada and Norway were also among its sponsors": members of a list.
        return any(t.lower_ == "among" for t in self.doc[max(0, hit.start - 3) : hit.start])

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
        # "led the negotiations on this year's text": a referent noun closes the object.
        for t in doc[hit.end : min(sent.end, hit.end + 5)]:
            if t.is_punct and t.text not in {"’", "'"}:
                return False
            if t.lower_ in self.rules.referent_nouns:
                return True
        return False

    def _relative_clause_start(self, i: int, sent: Span) -> int | None:
        # The comma opening ", which ... ," when one closes right before the verb
        # at ``i`` (auxiliaries skipped).
        doc = self.doc
        k = i - 1
        while k > sent.start and doc[k].lower_ in _RELATIVE_AUX:
            k -= 1
        if k <= sent.start or doc[k].text != ",":
            return None
        for c in range(k - 1, sent.start, -1):
            if doc[c].text == "," and doc[c + 1].lower_ in self.rules.relatives:
                return c
        return None

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
        # "the following states" before the trigger.
        return any(t.lower_ in self.list_openers for t in self.doc[sent.start : hit.start])

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

    def _participle_subject(self, hit: Hit, sent: Span) -> list[Actor] | None:
        doc = self.doc
        # "As a co-sponsor of the text, the United States welcomes": an opening
        # role phrase, whose subject follows the comma like a participle's.
        role_phrase = doc[sent.start : hit.start].text.lower().strip() in _OPENING_ROLE_WORDS
        if not doc[hit.end - 1].lower_.endswith("ing") and not role_phrase:
            return None
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

    def _bilateral(self, mention: Mention) -> bool:
        i = mention.index
        return i > 0 and self.doc[i - 1].lower_ in self.rules.bilateral_cues

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
        return j

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
        if not actors and (j >= sent.end or self._ends_colon(sent)):
            actors = self._bullet_actors(sent)
        counted = False
        if not actors:
            # "co-authored by 42 states from different regions, among them A, B":
            # the named states follow an inclusion cue.
            for k in range(j, min(sent.end, j + 15)):
                if doc[k].text in _CLAUSE_END:
                    break
                n = find_phrase(doc, k, self.list_cues, sent.end)
                if (
                    not n
                    and doc[k].text in _APPOSITION_MARKS
                    and k > i
                    and doc[k - 1].lower_ in _GROUP_NOUNS
                ):
                    # "tabled by the six powers - the United States, Russia, ...":
                    # the list is in apposition to the group noun.
                    n = 1
                if n:
                    counted = any(doc[x].like_num for x in range(i, k))
                    actors, j = self._actor_list(k + n, sent.end)
                    break
        role = ""
        for k in range(max(i, j - 2), min(sent.end, j + 1)):
            for words, upgrade in self.role_upgrades:
                if match_phrase(doc, k, words, sent.end):
                    role = upgrade
        main = self._main_sponsors(j, sent)
        # "submitted by X, with A and B as the other main sponsors": the main
        # sponsors present the text.
        actors += [a for a in main if a not in actors]
        hit.actors, hit.role, hit.counted = actors, role, counted and bool(actors)
        hit.presenting = bool(main) or any(match_phrase(doc, k, _ON_BEHALF, j) for k in range(i, j))

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
                if members:
                    # "all 27 EU member states": unnamed members, not the Union.
                    j = span.end
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
            if self.author and tok.lower_ in self.rules.first_person:
                actors.append(self.author)
            elif tok.like_num or tok.lower_ in self.agent_fillers:
                pass
            elif not actors and j - i < 4 and self._describes(tok):
                # "included our Caribbean partners Antigua and Barbuda, ...".
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
                return found + [a for a in extra if a not in found], self._negated(j, i), False
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
            ):
                return None, self._negated(j, i), False
            j -= 1
        return None, self._negated(sent.start, i), False

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

    def _aside_back(self, j: int, sent: Span) -> int:
        # Length of an aside phrase (", too ,") that ends at token ``j``.
        for words in self.subject_asides:
            lo = j - len(words) + 1
            if lo >= sent.start and match_phrase(self.doc, lo, words, sent.end):
                return len(words)
        return 0

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
        n = find_phrase(doc, first.i, self.coagent_cues, subject_end)
        # The phrase closes with a comma before the subject.
        if not n or not any(doc[k].text == "," for k in range(first.i + n, subject_end)):
            return []
        return self._actor_list(first.i + n, subject_end + 1)[0]

    def _coagent_aside(self, j: int, sent: Span) -> tuple[list[Actor], int] | None:
        """A ", together with X," aside closed by the comma at ``j``.

        Returns:
            The aside's actors and the token before its opening comma, or None.
        """
        doc = self.doc
        for k in range(j - 1, max(sent.start, j - 15) - 1, -1):
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
        for words in self.group_subjects:
            lo = j - len(words) + 1
            if lo >= sent.start and match_phrase(self.doc, lo, words, sent.end):
                return len(words)
        return 0

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
                if not actors and self._ends_colon(sent):
                    # "on behalf of the following countries:" + bullet lines.
                    actors = self._bullet_actors(sent)
                return actors
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
        if self.rules.veto_forum and any(
            t.lower_ in self.veto_cues and not self._earlier_event(t.i, sent) for t in sent
        ):
            # Only one body has a veto.
            return self.rules.veto_forum
        candidates: list[tuple[int, str]] = []
        for ent in self.sent_ents(sent):
            name = self.forum_name(ent._.norm) if ent.label_ == "ORG" else ""
            if name and not self._subbody_of(ent.start):
                candidates.append((ent.start, name))
        # "the Assembly", "the Council": the forum of that kind named last.
        for tok in sent:
            if tok.text in {"Assembly", "Council", "Committee", "Summit"} and tok.ent_type_ == "":
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
            forum = self._main_forum(doc, sent.end) if self.main_forum else ""
            return forum or self._other_forum(sent, mention.instrument)
        # Several bodies in one sentence ("not to act on a draft by X, while a draft
        # by Y failed in the Security Council"): the one nearest the instrument.
        at = mention.index if sent.start <= mention.index < sent.end else sent.start
        return min(candidates, key=lambda c: (abs(c[0] - at), c[0]))[1]

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
        norm = ent._.norm
        return norm[:4] if len(norm) >= 4 and norm[:4] in ent.text else ""

    def _date(self, sent: Span) -> str:
        for ent in self.sent_ents(sent):
            norm = ent._.norm
            if ent.label_ == "DATE" and len(norm) == 10:
                return norm
        return ""

    def _joined_in(self, hit: Hit) -> bool:
        # "Senegal joined the Arab States in sponsoring the text": one more name
        # on the sponsor list, not a presenter.
        doc = self.doc
        return (
            hit.trigger.role == "lead"
            and hit.start > 0
            and doc[hit.start - 1].lower_ == "in"
            and hit.trigger.phrase.endswith("sponsoring")
        )

    def _record(self, hit: Hit, mention: Mention, topic: str, actor: Actor, sent: Span) -> dict:
        tokens = [t for t in sent if not t.is_space]
        start = tokens[0].idx if tokens else sent.start_char
        end = tokens[-1].idx + len(tokens[-1].text) if tokens else sent.end_char
        return {
            "instrument": mention.instrument,
            "topic": topic,
            "forum": self._forum(sent, mention),
            "actor": actor.name,
            "actor_code": actor.code,
            "role": hit.role
            or (mention.instrument == "statement" and hit.trigger.statement_role)
            or hit.trigger.role,
            "status": self._status(hit, sent),
            "date": self._date(sent),
            "_year": self._year(sent) or self.pub_year,
            "sentence": self.text[start:end],
            "start": start,
            "end": end,
            # "its sponsors included X, Y" is a UN sponsor list too.
            "_list": (hit.trigger.sponsor_list and not hit.presenting)
            or (
                hit.trigger.phrase in self.sponsor_list_nouns
                and (hit.noun_list or self._among(hit))
            )
            or hit.counted
            or self._joined_in(hit),
            "_title": mention.titled and topic == mention.topics[-1],
            # "a rival draft": another text than the one its topic resembles.
            "_other": mention.other,
        }


def entitled(record: dict, titles: Sequence[tuple[str, str]]) -> str:
    """The quoted title that a definite mention elsewhere gives the record's text.

    "A resolution on environmental human rights defenders ... Entitled
    "Recognizing the contribution of environmental human rights defenders ...",
    the resolution ...": the title, when it is the only one of that instrument
    that contains every content word of the record's topic.

    Args:
        record: A sponsorship record.
        titles: (instrument, title) of the document's definite titled mentions.

    Returns:
        The title, or the record's own topic.
    """
    words = topic_words(record["topic"])
    found = {
        title
        for instrument, title in titles
        if instrument == record["instrument"] and words and words <= topic_words(title)
    }
    return found.pop() if len(found) == 1 else record["topic"]


def topic_words(topic: str) -> set[str]:
    """Content words of a topic, for telling two mentions of one instrument apart."""
    return {w for w in re.findall(r"\w+", topic.lower()) if w not in _FUNCTION_WORDS}


def has_content(topic: str) -> bool:
    """Whether a topic phrase has a word that can name a subject.

    Args:
        topic: A topic phrase.

    Returns:
        False for "as", "the", "to be" and other phrases of function words only.
    """
    words = [w.lower() for w in re.findall(r"\w+", topic)]
    if (
        words
        and words[-1] in _GROUP_NOUNS
        and all(w.isdigit() or w in _COUNTED_WORDS for w in words[:-1])
    ):
        # "the following 38 participating States": who, not what.
        return False
    return any(w.isalnum() and w not in _EMPTY_TOPIC_WORDS for w in words)


def topics_agree(a: str, b: str) -> bool:
    """Whether two topics can name one text: either is empty or most words are shared.

    "the Syrian Arab Republic" and "the situation of human rights in the Islamic
    Republic of Iran" share a word but name two texts; "Sri Lanka" and "Promoting
    reconciliation ... in Sri Lanka" name one.
    """
    words, others = topic_words(a), topic_words(b)
    if not words or not others:
        return True
    names, other_names = name_words(a), name_words(b)
    if names and other_names:
        # Both name a place or body: "... for South Sudan" and "... in Libya"
        # are two texts however many other words they share.
        return bool(names & other_names)
    return 2 * len(words & others) >= min(len(words), len(others))


# Capitalized words that appear in many country names and say nothing on their own.
_GENERIC_NAME_WORDS = frozenset(
    {
        "republic", "democratic", "people", "peoples", "islamic", "arab", "united",
        "state", "states", "kingdom", "federation", "plurinational", "un", "nations",
    }
)  # fmt: skip


def name_words(topic: str) -> set[str]:
    """Stems of capitalized words after the first, minus generic parts of country names.

    Five-letter stems let "Syria" and "Syrian" meet.
    """
    words = re.findall(r"\w+", topic)[1:]
    return {
        w.lower()[:5]
        for w in words
        if w[:1].isupper() and w.lower() not in _GENERIC_NAME_WORDS | _FUNCTION_WORDS
    }


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
        twin = None
        for k, other in enumerate(kept):
            same = (other["instrument"], other["actor"], other["role"]) == (
                rec["instrument"],
                rec["actor"],
                rec["role"],
            )
            # One text can be tabled in two bodies ("in Geneva, Japan also submitted ...").
            forums = {other.get("forum", ""), rec.get("forum", "")} - {""}
            if (
                same
                and len(forums) < 2
                and not years_differ(rec, other)
                and topics_agree(rec["topic"], other["topic"])
            ):
                twin = k
                break
        if twin is None:
            kept.append(rec)
        elif (bool(rec.get("_title")), len(rec["topic"])) > (
            bool(kept[twin].get("_title")),
            len(kept[twin]["topic"]),
        ):
            # A quoted title names the text best, then the more specific phrase.
            kept[twin] = rec
    return kept


def years_differ(a: dict, b: dict) -> bool:
    """Whether two records are dated in different years: yearly texts of one topic
    ("In June 2011, Australia presented the resolution on X") are separate texts."""
    years = (a.get("_year") or a.get("date", "")[:4], b.get("_year") or b.get("date", "")[:4])
    return all(years) and years[0] != years[1]


def same_instrument(a: dict, b: dict) -> bool:
    """Whether two records are about the same text (same kind, overlapping topic, forum)."""
    if a["instrument"] != b["instrument"] or years_differ(a, b):
        return False
    forums = {a.get("forum", ""), b.get("forum", "")} - {""}
    return len(forums) < 2 and topics_agree(a["topic"], b["topic"])


def resolve_sponsor_lists(records: list[dict], authors: list[dict] | None = None) -> list[dict]:
    """Apply the UN sponsor-list convention across a document.

    Members of a sponsor list ("submitted by: A, B, C") are co-sponsors when the
    document names who introduced or presented the text, and leads otherwise. A
    lead gets no second record as co-sponsor or joiner of the same text.

    Args:
        records: Records in document order; ``_list`` marks sponsor-list members.
        authors: Lead records from national adjectives ("the U.S.-Russian draft"),
            presenters that are not themselves among ``records``.

    Returns:
        The records with roles fixed and duplicates removed, in document order.
    """
    presenters = [r for r in records if r["role"] == "lead" and not r.get("_list")]
    presenters += authors or []
    out: list[dict] = []
    for rec in records:
        if rec.get("_list") and rec["role"] == "lead":
            mine = [
                p
                for p in presenters
                if same_instrument(p, rec) and p.get("_other", False) == rec.get("_other", False)
            ]
            if mine:
                same = [p for p in mine if p["actor"] == rec["actor"]]
                if same:
                    # The list names the text by its title: the presenter record keeps it.
                    for p in same:
                        if rec.get("_title") and not p.get("_title"):
                            p.update(topic=rec["topic"], _title=True)
                    continue
                rec = rec | {"role": "cosponsor"}
        out.append(rec)
    leads = [r for r in out if r["role"] == "lead"]

    def shadowed(r: dict) -> bool:
        # A joiner is only shadowed by a lead in the same sentence: "X will
        # sponsor A and join B" names two texts that may share a word.
        return any(
            p["actor"] == r["actor"]
            and same_instrument(p, r)
            and (
                r["role"] == "cosponsor"
                or p["start"] == r["start"]
                or p["topic"] == r["topic"]
                or not r["topic"]
            )
            for p in leads
        )

    return [r for r in out if r["role"] == "lead" or not shadowed(r)]


_HEADLINE_BREAKS = frozenset({",", ":", ";", "—", "–", "|"})
# "54th OAS General Assembly", "VIII Summit of the Americas".
_ORDINAL = re.compile(r"^(\d+(st|nd|rd|th)|[IVXL]+)$")
# Words that open a second clause in a headline ("... as talks end", "... after a vote").
_HEADLINE_CLAUSES = frozenset({"as", "after", "amid", "while", "despite", "following", "ahead"})
# A wire headline's subject when it is not tagged as a forum ("U.N. rights council
# renews ...", "UN nuclear watchdog's board censures ...") and the adverbs between
# it and its verb ("Security Council unanimously backs ...").
_HEADLINE_SUBJECT_WORDS = frozenset(
    {
        "assembly", "council", "committee", "board", "body", "watchdog", "rights",
        "security", "general", "human", "nuclear", "agency", "conference", "panel",
    }
)  # fmt: skip
_HEADLINE_ADVERBS = frozenset(
    {"again", "unanimously", "overwhelmingly", "narrowly", "also", "formally", "finally"}
)


def headline_topic(doc: Doc, forums: Callable[[str], str]) -> str:
    """What the headline says the document's instrument is about.

    The first line of the text up to its first break (",", ":", a dash) or
    second clause ("as", "after"), without the forum or actor that opens it and
    the verb that follows ("Security Council Renews Yemen Sanctions for One
    Year, Extends ..." -> "Yemen Sanctions for One Year").

    Args:
        doc: A processed document whose first line is its headline.
        forums: Maps an ORG norm to its forum name, "" when it is not a forum.

    Returns:
        The phrase, or "" when the document has no headline line.
    """
    newline = doc.text.find("\n")
    if newline <= 0:
        return ""
    skip: set[int] = set()
    opening = True
    for ent in doc.ents:
        if ent.start_char >= newline:
            break
        leading = opening and all(
            t.is_punct or t.lower_ in _FUNCTION_WORDS or t.i in skip for t in doc[: ent.start]
        )
        if (ent.label_ == "ORG" and forums(ent._.norm)) or (
            leading and ent.label_ in {"ORG", "PLACE"}
        ):
            skip.update(range(ent.start, ent.end))
        opening = opening and leading
    words: list[str] = []
    verb_skipped = False
    for tok in doc:
        if tok.idx >= newline or tok.text in _HEADLINE_BREAKS:
            break
        if words and tok.lower_ in _HEADLINE_CLAUSES:
            break
        if tok.i in skip or (
            not words
            and (tok.lower_ in _FUNCTION_WORDS | {"un", "u.n."} or _ORDINAL.match(tok.text))
        ):
            continue
        if not words and not verb_skipped and tok.lower_ in _HEADLINE_SUBJECT_WORDS:
            # "U.N. assembly again condemns ...": the subject, then its verb.
            skip.add(tok.i)
            continue
        if not words and skip and tok.lower_ in _HEADLINE_ADVERBS:
            continue
        if tok.text in {"’s", "'s"} and tok.i - 1 in skip:
            # "Poland’s initiative adopted": the possessive of a skipped actor.
            skip.add(tok.i)
            continue
        if not words and not verb_skipped and skip and tok.is_alpha and not tok.ent_type_:
            # "Council Renews ...", "UK welcomes ...": the headline's verb.
            verb_skipped = True
            if tok.lower_.endswith("s") and not tok.lower_.endswith("ss"):
                continue
        words.append(tok.text_with_ws)
    return "".join(words).strip()


def fill_topics(
    records: list[dict], fallback: str, named: Sequence[tuple[int, str, str]] = ()
) -> list[dict]:
    """Give records without a topic the topic of the same text named nearest.

    A sentence that only says "the resolution was presented by X" names no topic;
    the nearest record of the same instrument and forum does; failing that, the
    nearest mention of that instrument with a topic ("Resolution 2118, on the
    elimination of ..."), and failing that the headline.

    Args:
        records: Records in document order (``start`` is the evidence offset).
        fallback: The topic when nothing in the document names one.
        named: (character offset, instrument, topic) of the document's mentions
            that have a topic.

    Returns:
        The records, with ``topic`` filled where it was empty.
    """
    with_topic = [r for r in records if r["topic"]]
    for rec in records:
        if rec["topic"]:
            continue
        same = [
            r
            for r in with_topic
            if r["instrument"] == rec["instrument"] and len({r["forum"], rec["forum"]} - {""}) < 2
        ]
        mentioned = [m for m in named if m[1] == rec["instrument"]]
        if same:
            near = min(same, key=lambda r: (abs(r["start"] - rec["start"]), r["start"]))
            rec["topic"] = near["topic"]
        elif mentioned:
            rec["topic"] = min(mentioned, key=lambda m: (abs(m[0] - rec["start"]), m[0]))[2]
        else:
            rec["topic"] = fallback
    return records


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

    # --- second stage (pipeline/sponsor_model.py): "sponsor_model" file, model load, extra records
    files = (
        "countries",
        "cities",
        "regions",
        "organizations",
        "sponsorship_rules",
        "sponsor_model",
    )

    def _load(self) -> None:
        from .sponsor_model import SponsorModel, load_weights

        directory = Path(self.data_dir) if self.data_dir else None
        self.finder = SponsorshipFinder(load_rules(directory), load_gazetteer(self.data_dir))
        weights = load_weights(directory)
        self.second_stage = SponsorModel(weights) if weights is not None else None

    def __call__(self, doc: Doc) -> Doc:
        records = find_sponsorships(doc, self.finder)
        if self.second_stage is not None:
            # The rules stay first; the model only adds (actor, instrument) pairs they missed.
            records += self.second_stage.extra_records(doc, self.finder, records)
        # --- end second stage
        if any(not r["topic"] for r in records):
            fallback = self.finder.title_topic or headline_topic(doc, self.finder.forum_name)
            fill_topics(records, fallback, self.finder.named_topics)
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
    """Create the component; ``data_dir`` is "" for the packaged rule files."""
    return SponsorshipComponent(nlp, name, data_dir=data_dir)
