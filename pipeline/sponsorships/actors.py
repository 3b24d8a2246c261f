"""Actors, instrument mentions and trigger hits, and the actor an entity names.

``Actor``, ``Mention`` and ``Hit`` are the plain records the finder passes
between its steps; ``entity_actor`` and ``author_actor`` decide which entity
spans (and which document author) can sponsor a text at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..gazetteer import Gazetteer
from .rules import Trigger


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
    # "a joint statement" with no group or coalition in its sentence: its first
    # signatories are its authors (the guidelines).
    joint: bool = False


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
    # The agents are named as members of a group ("issued by 21 members of the
    # Coalition: A, B"): they sign the group's statement.
    group_members: bool = False
    # The actors are a "with A and B as co-sponsors" list: they co-sponsor the
    # text the sentence's other trigger names.
    listed_with: bool = False


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
    if span.label_ == "ORG" and span._.kind in {"igo", "group"}:
        # "OIC", "EU-3": the canonical name, whatever form the text used.
        entry = gazetteer.org_entry(span._.norm, kind=span._.kind)
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


def named_in_group(group: Span, ent: Span, actor: Actor) -> bool:
    """Whether an entity only closes the name of the group before it.

    'the "Group of 77" developing countries and China' names the Group of 77 and
    China, not China as well.

    Args:
        group: The entity before ``ent``.
        ent: An entity read as ``actor``.
        actor: The actor of ``ent``.

    Returns:
        True when ``ent`` is the end of ``group``'s name.
    """
    between = group.doc[group.end : ent.start]
    return (
        group.label_ == "ORG"
        and group._.norm.endswith(f" and {actor.name}")
        and len(between) <= 5
        and len(between) > 0
        and between[-1].lower_ == "and"
        and all(t.is_quote or t.is_lower for t in between)
    )
