"""The rule file ``sponsorship_rules.json``: its pydantic models and its loader.

Validating the file at load time (``extra="forbid"``) turns a misspelt key into
an error instead of a rule that silently never fires.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..resources import load_model_file


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
    # "The joint statement was signed by A, B", "Its signatories are A, B": the
    # first signatories of a joint statement issued by no group lead it; states
    # signing a group's statement, or signing later ("X signed it"), join.
    joint_role: Literal["lead", "cosponsor", "join"] | None = None


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
    # "No member of the Council signed", "Neither Chile nor Peru joined": a
    # subject that opens the sentence with one of these is negated.
    negative_subjects: list[str] = []
    blockers: list[str] = []
    future_cues: list[str] = []
    topic_heads: list[str] = []
    topic_stops: list[str] = []
    # "the threat posed by the groups": "by" after these words stays in the topic.
    topic_participles: list[str] = []
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
    # "the session", "a proposal", "the invocation": nouns that, with only
    # determiners beside them, say that there is a text but not what it is about.
    generic_topic_nouns: list[str] = []
    subbody_nouns: list[str] = []
    group_heads: list[str] = []
    # Organizations that host texts and never table one ("the United Nations").
    host_organizations: list[str] = []
    named_instruments: dict[
        str, Literal["resolution", "declaration", "statement", "decision", "amendment"]
    ] = {}
    # "a separate text on X": nouns that name a new instrument only with a topic of their own.
    generic_instruments: list[str] = []
    # Words allowed between a passive verb and its "by" ("proposed jointly by").
    passive_gap: int = Field(default=3, ge=0)
    # The ends of passive triggers that may come after such a gap ("by",
    # "on behalf of": "delivered at the Permanent Council on behalf of").
    passive_tails: list[str] = ["by"]
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
    # "renewing, for three years, the mandate": how long, not what a text is about.
    duration_nouns: list[str] = []
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
    # "the resolution, which received 120 votes", "resolution 77/1, bringing the
    # total to": verbs after a text that say what happened to it or what its
    # adoption did, not what it does, so open no topic.
    fate_verbs: list[str] = []
    # "persons with disabilities", "cooperation with the United Nations": words
    # after which "with" goes on inside a topic instead of ending it.
    with_nouns: list[str] = []
    # "proposed language on X": wording offered for a text, read as an amendment
    # when one of ``language_verbs`` comes right before the noun.
    language_nouns: list[str] = []
    language_verbs: list[str] = []
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
