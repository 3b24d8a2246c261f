"""Sponsorships: who led, co-sponsored or joined which resolution or declaration.

Token-level rules only (the pipeline has no parser): trigger phrases from
``sponsorship_rules.json`` are found in each sentence, each trigger is tied to
the nearest instrument word ("resolution", "declaration", ...), and its actors
are read from the entity spans around it: the subject before an active verb
("The United States will join"), the agent list after a passive one
("presented by the delegations of X and Y"), or the places before "-led".
Lists are read from PLACE/ORG spans, never by splitting on commas, so
"Saint Vincent and the Grenadines" stays one actor.

The rules are split by concern: :mod:`.vocabulary` (word sets), :mod:`.rules`
(the rule file), :mod:`.tokens`, :mod:`.actors`, the finder and its mixins
(:mod:`.finder`, :mod:`.topics`, :mod:`.instruments`, :mod:`.forums`,
:mod:`.authors`, :mod:`.actor_lists`, :mod:`.subjects`), the post-pass over its
records (:mod:`.records`) and the spaCy component (:mod:`.component`). This
package re-exports the public names, so ``from pipeline.sponsorships import X``
works as it did when this was one module.
"""

from __future__ import annotations

from .. import extensions  # noqa: F401  (registers Doc/Span attributes)
from .actors import Actor, Hit, Mention, author_actor, entity_actor, named_in_group

# Imported for its side effect as well: registers the ``communique_sponsorships`` factory.
from .component import (
    SponsorshipComponent,
    find_sponsorships,
    make_sponsorships,
    presented_lists,
)
from .finder import SponsorshipFinder
from .records import (
    entitled,
    fill_topics,
    has_content,
    headline_topic,
    merge_records,
    name_words,
    resolve_sponsor_lists,
    same_instrument,
    topic_words,
    topics_agree,
    years_differ,
)
from .rules import RoleUpgrade, SponsorshipRules, Trigger, load_rules
from .tokens import find_phrase, first_word, match_phrase, phrase_ending_at, phrase_tokens
from .vocabulary import BULLETS, RECORD_KEYS, SPEECH_VERBS

__all__ = [
    "BULLETS",
    "RECORD_KEYS",
    "SPEECH_VERBS",
    "Actor",
    "Hit",
    "Mention",
    "RoleUpgrade",
    "SponsorshipComponent",
    "SponsorshipFinder",
    "SponsorshipRules",
    "Trigger",
    "author_actor",
    "entitled",
    "entity_actor",
    "fill_topics",
    "find_phrase",
    "find_sponsorships",
    "first_word",
    "has_content",
    "headline_topic",
    "load_rules",
    "make_sponsorships",
    "match_phrase",
    "merge_records",
    "name_words",
    "named_in_group",
    "phrase_ending_at",
    "phrase_tokens",
    "presented_lists",
    "resolve_sponsor_lists",
    "same_instrument",
    "topic_words",
    "topics_agree",
    "years_differ",
]
