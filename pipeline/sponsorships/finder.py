"""The rule engine: :class:`SponsorshipFinder`, read one sentence at a time.

``__call__`` walks the sentences of a document, keeps the per-document state
(entities, actor positions, the last text mentioned, the groups of actors named
together) on the instance, and turns each trigger hit into records. The steps
are mixins, one module per concern: topics and instrument mentions
(:mod:`.topics`), the text a trigger refers to (:mod:`.instruments`), forums,
years and dates (:mod:`.forums`), authors named without a sponsorship verb
(:mod:`.authors`), actor lists (:mod:`.actor_lists`) and subjects
(:mod:`.subjects`). What serves several of them (``ents_of``, ``sent_ents``,
``_bilateral``, ``_negated``) and the record itself stay here.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..entities import quoted_regions
from ..gazetteer import Gazetteer
from .actor_lists import ActorListsMixin
from .actors import Actor, Hit, Mention, author_actor, entity_actor, named_in_group
from .authors import AuthorsMixin
from .forums import ForumsMixin
from .instruments import InstrumentsMixin
from .records import entitled, merge_records, resolve_sponsor_lists
from .rules import SponsorshipRules, Trigger
from .subjects import SubjectsMixin
from .tokens import calls_on, find_phrase, first_word, match_phrase, phrase_tokens, symbol_after
from .topics import TopicsMixin
from .vocabulary import (
    _APPEALING,
    _BODY_NOUNS,
    _CLAUSE_END,
    _COUNT_OPENERS,
    _COUNTED_WORDS,
    _DELEGATION_WORDS,
    _GROUP_NOUNS,
    _LIST_PRONOUNS,
    _LIST_REACH,
    _LOCATIVES,
    _OBJECT_DETERMINERS,
    _ON_BEHALF,
    _OPPOSING_STEMS,
    _PASSIVE_AUX,
    _PRIVATE_KEYS,
    _PROUD,
    _SPONSOR_SET_WORDS,
    _TREATY_LISTS,
    _VERB_FILLERS,
    _WHERE_PREPOSITIONS,
)


def _names_treaty_list(doc: Doc) -> bool:
    # Capitalized: "Appendix II", not "an appendix".
    return any(
        t.text[0] == "A"
        and t.i + 1 < len(doc)
        and doc[t.i + 1].text in _TREATY_LISTS.get(t.lower_, ())
        for t in doc
    )


class SponsorshipFinder(
    TopicsMixin, InstrumentsMixin, ForumsMixin, AuthorsMixin, ActorListsMixin, SubjectsMixin
):
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
        # Fillers of several tokens ("listed among", "on behalf of") are phrases;
        # "were also listed among its sponsors" but not "The draft listed 48 sponsors".
        subject = [phrase_tokens(p) for p in rules.subject_fillers]
        self.subject_fillers = {w[0] for w in subject if len(w) == 1}
        self.subject_filler_phrases = [w for w in subject if len(w) > 1]
        fillers = [phrase_tokens(p) for p in rules.agent_fillers]
        self.agent_fillers = {w[0] for w in fillers if len(w) == 1}
        self.agent_phrases = [w for w in fillers if len(w) > 1]
        self.coagent_cues = [phrase_tokens(p) for p in rules.coagent_cues]
        self.negations = [phrase_tokens(p) for p in rules.negations]
        self.negative_subjects = set(rules.negative_subjects)
        self.named_text_heads = set(rules.named_text_heads)
        self.blockers = set(rules.blockers)
        self.future_cues = [phrase_tokens(p) for p in rules.future_cues]
        self.topic_heads = [phrase_tokens(p) for p in rules.topic_heads]
        self.topic_stops = {w for w in rules.topic_stops if " " not in w}
        self.stop_phrases = [phrase_tokens(p) for p in rules.topic_stops if " " in p]
        self.topic_participles = set(rules.topic_participles)
        self.event_verbs = [phrase_tokens(p) for p in rules.event_verbs]
        self.event_stems = {v[0] for v in self.event_verbs}
        self.definite = set(rules.definite)
        self.group_subjects = [phrase_tokens(p) for p in rules.group_subjects]
        self.forums = set(rules.forums)
        self.group_heads = frozenset(rules.group_heads)
        self.host_organizations = frozenset(rules.host_organizations)
        self.list_cues = [phrase_tokens(p) for p in rules.list_cues]
        self.role_upgrades = [(phrase_tokens(u.phrase), u.role) for u in rules.role_upgrades]
        self.subject_asides = [phrase_tokens(p) for p in rules.subject_asides]
        self.noun_cues = set(rules.noun_cues)
        self.same_topic_cues = [phrase_tokens(p) for p in rules.same_topic_cues]
        self.veto_cues = set(rules.veto_cues)
        self.referents = set(rules.referents)
        self.anaphoric = [phrase_tokens(p) for p in rules.anaphoric_topics]
        self.generic_topic_nouns = frozenset(rules.generic_topic_nouns)
        # "proposed jointly by", "endorsed at launch by": a passive trigger whose
        # "by" comes after a short adverbial.
        self.gapped: dict[str, list] = {}
        tails = sorted((phrase_tokens(t) for t in rules.passive_tails), key=len, reverse=True)
        for words, trigger in self.triggers:
            if trigger.voice != "passive":
                continue
            tail = next((t for t in tails if len(words) > len(t) and words[-len(t) :] == t), None)
            if tail is not None:
                self.gapped.setdefault(words[0], []).append((words[: -len(tail)], tail, trigger))
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
        self.fate_verbs = set(rules.fate_verbs)
        self.with_nouns = set(rules.with_nouns)
        self.language_nouns = set(rules.language_nouns)
        self.language_verbs = set(rules.language_verbs)
        # Sponsor-list members of the last document left as leads (no presenter).
        self.list_leads: list[dict] = []

    # -- document level -------------------------------------------------------

    def _capital_actor(self, ent: Span) -> Actor | None:
        """The state a national capital stands for as the subject of a leading or
        co-sponsoring verb ("Washington drafted the resolution", "which Moscow had
        circulated"); a capital that "supported" a text may only have voted for it."""
        code = ent._.country if ent.label_ == "PLACE" and ent._.kind == "city" else ""
        if not code or (ent._.norm, code) not in self.gazetteer.capitals:
            return None
        doc = ent.doc
        if ent.start > 0 and doc[ent.start - 1].lower_ in _LOCATIVES:
            # "which our delegation in Paris introduced": where, not who.
            return None
        k = ent.end
        while k < len(doc) and doc[k].lower_ in self.subject_fillers:
            k += 1
        if k >= len(doc) or not doc[k].is_lower:
            return None
        verb = any(
            trigger.voice == "active"
            and trigger.role != "join"
            and match_phrase(doc, k, words, len(doc))
            for words, trigger in self.triggers_by_first.get(doc[k].lower_, ())
        )
        country = self.gazetteer.by_code.get(code)
        return Actor(country.name, code) if verb and country is not None else None

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
        previous: Span | None = None
        for ent in self.doc_ents:
            actor = entity_actor(ent, self.gazetteer, self.group_heads)
            if actor is None:
                actor = self._capital_actor(ent)
            if actor is not None and previous is not None and named_in_group(previous, ent, actor):
                actor = None
            previous = ent
            if actor is not None:
                for i in range(ent.start, ent.end):
                    self.actor_at[i] = (ent, actor)
        for i, actor in self._delegation_demonyms():
            self.actor_at.setdefault(i, (doc[i : i + 1], actor))
        self.author = author_actor(doc, self.gazetteer)
        self.person_actor = self._person_affiliations()
        self.quotes = quoted_regions(doc)
        self.forum_mentions = self._forum_mentions(doc)
        self.main_forum = self._main_forum()
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
        # The records of the sentences read so far ("South Africa was joined by").
        self._records = records
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
        # Instruments named as joint texts of no group ("a joint statement").
        self.joint_texts: set[str] = set()
        self._titled = False
        self._distant = False
        # Head nouns of named texts seen so far ("Principles" of "the Kigali Principles").
        self.named_heads: set[str] = set()
        # Whether the document's proposals change a treaty's lists: one such
        # proposal has been named, or the text names a species or chemicals
        # annex ("Appendix II", "Annex A").
        self.listing_texts = _names_treaty_list(doc)
        sents = list(doc.sents)
        self.headline = sents[0] if sents else doc[:0]
        self.title_topic = ""
        # Doc.text joins every token on each access: read it once.
        self.text = doc.text
        # The headline's end ("\n"), or -1 for a text of one line.
        self.newline = newline = self.text.find("\n")
        self._pending: tuple[Hit, list[Mention], Span] | None = None
        self._last_record: dict | None = None
        # Actors named together by one trigger, in order ("the same four countries").
        self._groups: list[list[Actor]] = []
        # Trigger positions of the sentence being read (set per sentence).
        self._hit_starts: set[int] = set()
        # Each text mention by its token, as the rules read it (topics included).
        self.mentions_at: dict[int, Mention] = {}
        titles: list[tuple[str, str]] = []
        for k, sent in enumerate(sents):
            mentions = self._mentions(sent, known_topics)
            pending, self._pending = self._pending, None
            if not sent.text.strip():
                # A blank line before "The 63 states are: ...".
                self._pending, pending = pending, None
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
                    rec["_symbol"],
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
            self.mentions_at.update((m.index, m) for m in mentions)
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
        # Sponsor-list members left as leads for want of a presenter: a presenter
        # the second stage finds makes them co-sponsors after all.
        self.list_leads = [r for r in records if r.get("_list") and r["role"] == "lead"]
        # Texts other than the one at hand ("its own draft") lend no topic to
        # records that have none.
        self.other_texts = {id(r) for r in records if r.get("_other")}
        for rec in records:
            if not rec.get("_title"):
                rec["topic"] = entitled(rec, titles)
            for key in _PRIVATE_KEYS:
                rec.pop(key, None)
        return records

    @property
    def named_topics(self) -> list[tuple[int, str, str]]:
        """(character offset, instrument, topic) of each mention that names its
        own text's topic, in document order ("the text" names none)."""
        return [
            (self.doc[m.index].idx, m.instrument, topic)
            for m in self.mentions_at.values()
            if (topic := next((t for t in m.topics if t), ""))
            and not m.other
            and not self.generic_topic(topic)
        ]

    def ents_of(self, doc: Doc) -> tuple[Span, ...]:
        """The entities of ``doc``, from the copy taken when the document was read."""
        if getattr(self, "doc", None) is doc:
            return self.doc_ents
        return tuple(doc.ents)

    def sent_ents(self, sent: Span) -> list[Span]:
        """The entities inside a sentence (``sent.ents`` without rebuilding them)."""
        return [e for e in self.ents_of(sent.doc) if sent.start <= e.start and e.end <= sent.end]

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
                        trigger.voice == "passive"
                        and words[-3:] == _ON_BEHALF
                        and not self._agentless_passive(i, sent)
                    ):
                        # "which Canada presented on behalf of the Group" has a
                        # subject of its own.
                        continue
                    if (
                        trigger.role == "join"
                        and trigger.voice == "active"
                        and i > sent.start
                        and doc[i - 1].lower_ in self.noun_cues
                        and not (
                            i + len(words) < sent.end and doc[i + len(words)].lower_ in self.copulas
                        )
                    ):
                        # "for their support": a noun, not a verb with a subject;
                        # "Its signatories are A, B" names them.
                        continue
                    if (
                        trigger.role == "join"
                        and trigger.voice == "active"
                        and self._joins_body(i + len(words), sent)
                    ):
                        # "The United States, which joined the council last year,
                        # called the resolution ...": membership, not a text.
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

    def _as_did(self, hit: Hit, sent: Span, hits: list[Hit]) -> list[Actor]:
        """The states of ", as did A and B" or ", as were A and B" after an active
        trigger, in its clause (before the next trigger)."""
        doc = self.doc
        stop = min([h.start for h in hits if h.start > hit.start] + [sent.end])
        for k in range(hit.end, stop - 2):
            if (
                doc[k].text in {";", ":"}
                or doc[k].lower_ in {"while", "whereas", "but"}
                or doc[k].lower_ in self.blockers
            ):
                # "..., while Cuba voted against it, as did Iran": another clause.
                break
            if (
                doc[k].text == ","
                and doc[k + 1].lower_ == "as"
                and doc[k + 2].lower_ in {"did", "were", "was", "have", "has", "had"}
            ):
                return self._actor_list(k + 3, stop)[0]
        return []

    def _agentless_passive(self, i: int, sent: Span) -> bool:
        """Whether the participle at ``i`` is passive with no subject before it:
        "The draft was introduced on behalf of the Group", "The draft, introduced
        on behalf of the Group"."""
        doc = self.doc
        if i - 1 < sent.start:
            return False
        if doc[i - 1].lower_ in _PASSIVE_AUX:
            return True
        if doc[i - 1].text != ",":
            return False
        # After a comma: a text named before any relative pronoun ("The joint
        # statement on Bahrain, read on behalf of", but not "which Burkina Faso's
        # ambassador, Mr. X, presented on behalf of").
        for tok in reversed(doc[sent.start : i - 1]):
            if tok.lower_ in {"which", "that", "who", "whom"}:
                return False
            if tok.lower_ in self.rules.instruments or tok.lower_ in self.referents:
                return True
        return False

    def _joins_body(self, k: int, sent: Span) -> bool:
        """Whether a "join" verb's object at ``k`` is a body, with no text named in its clause."""
        doc = self.doc
        if k < sent.end and doc[k].lower_ == "the":
            k += 1
        if k >= sent.end:
            return False
        tok = doc[k]
        if not (tok.ent_type_ == "ORG" or tok.lower_ in _BODY_NOUNS):
            return False
        for t in doc[k : sent.end]:
            if t.text in {",", ";", ".", ":"}:
                return True
            if t.lower_ in self.rules.instruments or t.lower_ in self.referents:
                return False
            if t.text in self.named_text_heads and t.i > k:
                # "signed the Council of Europe Convention": a treaty the body made.
                return False
        return True

    def _coagent_aside_ahead(self, j: int, tail: tuple[str, ...], sent: Span) -> int:
        """The token after ``tail`` when a ", together with X," aside opens at ``j``
        and ``tail`` closes it, or 0."""
        doc = self.doc
        if not (j + 2 < sent.end and doc[j].text == ","):
            return 0
        n = find_phrase(doc, j + 1, self.coagent_cues, sent.end)
        k = j + 1 + n
        if not n or k not in self.actor_at:
            return 0
        while k < sent.end and (k in self.actor_at or doc[k].lower_ in {"and", "the", ","}):
            if doc[k].text == "," and match_phrase(doc, k + 1, tail, sent.end):
                return k + 1 + len(tail)
            k = self.actor_at[k][0].end if k in self.actor_at else k + 1
        return 0

    def _gapped_passive(self, i: int, sent: Span) -> tuple[int, Trigger] | None:
        """A passive trigger split by a short adverbial ("proposed jointly by").

        Returns:
            The token after the trigger's tail ("by", "on behalf of") and the trigger, or None.
        """
        doc = self.doc
        for words, tail, trigger in self.gapped.get(doc[i].lower_, ()):
            if not match_phrase(doc, i, words, sent.end):
                continue
            if tail == _ON_BEHALF and not self._agentless_passive(i, sent):
                # "Mexico introduced it on behalf of 68 co-sponsors": active.
                continue
            j = i + len(words)
            aside = self._coagent_aside_ahead(j, tail, sent)
            if aside:
                # "it was sponsored, together with Norway, by A, B and C".
                return aside, trigger
            # "put forward in New York by", "introduced in the Assembly by": a
            # place or body after a preposition says where, not who.
            where = j < sent.end and doc[j].lower_ in _WHERE_PREPOSITIONS
            # "was signed on the opening day of the Summit by": after an auxiliary
            # the verb is certainly passive, so a longer adverbial may intervene.
            certain = i > sent.start and doc[i - 1].lower_ in _PASSIVE_AUX
            gap = self.rules.passive_gap + 2 * where + 5 * certain
            where = where or certain
            units = 0
            for k in range(j, sent.end):
                tok = doc[k]
                if match_phrase(doc, k, tail, sent.end):
                    return (k + len(tail), trigger) if k > j else None
                if k == j and tok.lower_ in _OBJECT_DETERMINERS:
                    break
                # A named place or body counts once: "at the OSCE Permanent Council in Vienna".
                units += not (where and tok.ent_iob_ == "I")
                if units > gap:
                    break
                # Only adverbs, short phrases and dates: "and adopted by the
                # Council" names who adopted it, not who proposed it.
                named = tok.ent_type_ and tok.ent_type_ != "DATE"
                if (
                    (
                        not tok.is_alpha
                        and tok.ent_type_ != "DATE"
                        and not (where and named)
                        # "tabled at the Council's 29th session by".
                        and not (where and (tok.like_num or tok.text in {"'s", "’s"}))
                    )
                    or tok.lower_ in {"and", "or", "but", "then", "as"}
                    # "tabled in Geneva by Pakistan on behalf of the OIC": the
                    # agent came first.
                    or (tok.lower_ == "by" and tail != ("by",))
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
        subject_negated = False
        for hit in hits:
            voice = hit.trigger.voice
            if voice == "hyphen":
                hit.actors = self._hyphen_actors(hit.start)
            elif voice == "passive":
                self._agent_actors(hit, sent)
                hit.negated = self._negated(
                    max(sent.start, hit.start - 3), hit.start
                ) or self._read_by_president(hit, sent)
            elif hit is not hits[0] and self._role_phrase(hit):
                listed = self._listed_with(hit, sent)
                if listed:
                    # "drafted by France with Britain and Panama as co-sponsors".
                    hit.actors, hit.listed_with = listed, True
                    continue
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
            elif self._leads_delegation(hit, sent):
                # "said the Secretary, who led the Kenyan delegation to Geneva".
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
                    if subject:
                        # "A and B did not join the text's co-sponsors": the noun
                        # shares the verb's subject, and its negation.
                        found, negated = subject, subject_negated
                    else:
                        found = self._leadin_subject(sent, before)
                if found and not negated:
                    # "Cuba signed the text, as did Palestine": the same role.
                    found = found + [a for a in self._as_did(hit, sent, hits) if a not in found]
                hit.actors = found or []
                hit.negated = (
                    negated
                    or (hit.trigger.role == "join" and self._opposing(hit, sent))
                    or self._exhorted(hit, sent)
                )
                if hit.trigger.role == "join":
                    # "Brazil joined the text as a co-sponsor".
                    hit.role = self._upgrade_after(hit, sent)
                    if find_phrase(sent.doc, hit.end, self.consensus_objects, sent.end):
                        hit.negated = True
                if found:
                    subject, subject_negated = found, hit.negated
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
        absorbed: set[int] = set()
        for n, hit in enumerate(hits):
            if hit.negated or n in absorbed:
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
                # draft": they co-sponsor the text the noun trigger names; in
                # "joined the initial 12 sponsors" the noun is no trigger of its own.
                if self.doc[later[0].start - 1].lower_ != "as":
                    absorbed.add(n + 1)
                later = later[1:]
                hit.role = hit.role or "cosponsor"
            targets = self._instruments_for(hit, later, mentions, sent)
            if not targets and n + 1 in absorbed and self.last_mention is not None:
                # "had joined the initial 12 sponsors": of the text named last.
                targets = [self.last_mention]
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
                    self._pending = (hit, targets, sent)
                continue
            if hit.trigger.phrase in self.statement_triggers:
                # "delivered the statement": only a statement is delivered.
                targets = [m for m in targets if m.instrument == "statement"]
            if not targets and (hit.trigger.voice == "passive" or hit.listed_with):
                # "was put forward by A and B, and was also backed by C": one text.
                targets = previous
            if (
                not targets
                and not mentions
                and hit.trigger.voice == "passive"
                and self.last_mention is not None
                and (first := first_word(sent)) is not None
                and first.i == hit.start
            ):
                # "Among the signatories are A, B": a sentence that opens with the
                # trigger and names no text is about the text named last.
                targets = [self.last_mention]
            if not targets and self._joined_list(hit, sent):
                # "Co-sponsors included: A, B. They were joined by C": C too.
                targets = [self.last_mention] if self.last_mention else []
                hit.role = "cosponsor"
            if not targets and (joined := self._joined_actor(hit, sent)) is not None:
                # "South Africa signed the Convention. South Africa was joined by
                # Botswana and Burundi": they did what it did, to the same text;
                # those who join a presenter co-sponsor (the guidelines).
                targets = [self.last_mention] if self.last_mention else []
                hit.role = hit.role or ("cosponsor" if joined["role"] == "lead" else joined["role"])
            if not targets:
                continue
            previous = targets
            if hit.group and any(self._bilateral(m) for m in targets):
                # "Both parties signed a joint declaration": a bilateral text.
                continue
            if self._unnamed_behalf(hit, sent):
                # "X read the text on behalf of 39 countries. They were: ...".
                self._pending = (hit, targets, sent)
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

    def _listed_with(self, hit: Hit, sent: Span) -> list[Actor]:
        # The list between "with" and the "as" of a co-sponsor role phrase.
        doc = self.doc
        if hit.trigger.role != "cosponsor":
            return []
        k = hit.start - 1 - (doc[hit.start - 1].lower_ in {"a", "an"})
        if k - 1 not in self.actor_at:
            return []
        j = self._before_list(k - 1, sent.start)
        if j < sent.start or doc[j].lower_ != "with":
            return []
        return self._actor_list_back(k - 1, sent.start)

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
        return "lead" if self._joined_delivered(hit, sent) else ""

    def _joined_delivered(self, hit: Hit, sent: Span) -> bool:
        # "Iceland joined 56 other countries in a joint statement ..., delivered
        # by the EU": the co-signers of a statement another state delivered lead
        # it (guidelines, batch 47).
        doc = self.doc
        k = hit.end
        if (
            hit.trigger.voice != "active"
            or doc[k - 1].lower_ != "joined"
            or k + 1 >= sent.end
            or not (doc[k].like_num and doc[k + 1].lower_ == "other")
        ):
            return False
        window = range(k + 2, min(sent.end, k + 16))
        statement = next(
            (j for j in window if doc[j].lower_ == "statement" and doc[j - 1].lower_ == "joint"),
            None,
        )
        return statement is not None and any(
            doc[j].lower_ in {"delivered", "read"} and doc[j + 1].lower_ == "by"
            for j in range(statement + 1, sent.end - 1)
        )

    def _joined_as_sponsors(self, hit: Hit, nxt: Hit) -> bool:
        # "joined the United States as sponsors", "had joined the initial 12
        # sponsors of the text": those who join the sponsors co-sponsor.
        doc = self.doc
        return (
            hit.trigger.role == "join"
            and hit.trigger.voice == "active"
            and nxt.start > hit.end
            and (
                doc[nxt.start - 1].lower_ == "as"
                or all(
                    t.like_num or t.lower_ in _SPONSOR_SET_WORDS for t in doc[hit.end : nxt.start]
                )
            )
            and doc[nxt.end - 1].lower_.replace("-", "").rstrip("s") in {"sponsor", "cosponsor"}
        )

    def _unnamed_behalf(self, hit: Hit, sent: Span) -> bool:
        # "on behalf of 39 countries": a number of states the sentence does not name.
        doc = self.doc
        j = self._behalf_after(hit, sent)
        if j is not None:
            # "on behalf of a group of 63 member states", "on behalf of the 39".
            j += find_phrase(doc, j, _COUNT_OPENERS, sent.end)
        return j is not None and j < sent.end and doc[j].like_num and j + 1 not in self.actor_at

    def _counted_subject(self, i: int, end: int) -> int:
        """Length of "The 63 states are" opening a sentence at ``i``, or 0."""
        doc = self.doc
        if not (i + 3 < end and doc[i].lower_ == "the" and doc[i + 1].like_num):
            return 0
        k = i + 2
        while k < end and doc[k].lower_ in _COUNTED_WORDS:
            k += 1
        if k + 1 < end and doc[k].lower_ in _GROUP_NOUNS and doc[k + 1].lower_ in {"are", "were"}:
            return k + 2 - i + (doc[k + 2].text == ":" if k + 2 < end else 0)
        return 0

    def _continued_list(
        self, sent: Span, hit: Hit, targets: list[Mention], origin: Span
    ) -> list[dict]:
        """Records for "Among them were A, B" (or "Besides X, they were:" + bullet
        lines) after a sentence whose sponsors went unnamed; the role, texts and
        forum are that sentence's (``origin``)."""
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
        n = find_phrase(doc, start, self.continued_lists, sent.end) or self._counted_subject(
            start, sent.end
        )
        if not n or start + n in self._hit_starts:
            # "They were joined as sponsors by:" is a clause of its own.
            return []
        actors = self._actor_list(start + n, sent.end)[0]
        if not actors and self._ends_colon(sent):
            actors = self._bullet_actors(sent)
        records = []
        for mention in targets:
            forum = self._forum(origin, mention)
            for topic in mention.topics:
                for actor in actors:
                    rec = self._record(hit, mention, topic, actor, sent)
                    rec["forum"] = forum or rec["forum"]
                    records.append(rec)
        return records

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

    def _leads_delegation(self, hit: Hit, sent: Span) -> bool:
        # "led the Kenyan delegation", "leads our delegation": who went, not a text.
        doc = self.doc
        if hit.trigger.role != "lead" or doc[hit.end - 1].lower_ not in {"led", "leads", "leading"}:
            return False
        for k in range(hit.end, min(sent.end, hit.end + 4)):
            if doc[k].lower_ in {"delegation", "delegations"}:
                return True
            # "the Kenyan delegation", "the U.S. delegation".
            if not (doc[k].is_title or doc[k].ent_type_ or doc[k].lower_ in _DELEGATION_WORDS):
                return False
        return False

    def _read_by_president(self, hit: Hit, sent: Span) -> bool:
        # "read out by Nigerian Ambassador X, whose country holds the council's
        # rotating presidency": the president reads the Council's text (the
        # guidelines' chair rule).
        doc = self.doc
        if doc[hit.start].lower_ != "read":
            return False
        for k in range(hit.end, min(sent.end, hit.end + 20)):
            if doc[k].lower_ == "presidency" and any(
                t.lower_ in {"holds", "held", "holding"} for t in doc[max(hit.end, k - 5) : k]
            ):
                return True
        return False

    def _joined_actor(self, hit: Hit, sent: Span) -> dict | None:
        # The last record, on the text named last, of the actor that is the
        # subject of "was joined by" ("was joined as co-sponsors by").
        doc = self.doc
        phrase = hit.trigger.phrase
        if (
            not (phrase.startswith("joined ") and phrase.endswith(" by"))
            or self.last_mention is None
        ):
            return None
        k = hit.start - 1
        while k >= sent.start and (doc[k].lower_ in _VERB_FILLERS or doc[k].lower_ in _PASSIVE_AUX):
            k -= 1
        if k < sent.start or k not in self.actor_at:
            return None
        name = self.actor_at[k][1].name
        instrument = self.last_mention.instrument
        return next(
            (
                r
                for r in reversed(self._records)
                if r["actor"] == name and r["instrument"] == instrument
            ),
            None,
        )

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

    def _exhorted(self, hit: Hit, sent: Span) -> bool:
        """Whether the verb is what someone is asked to do ("calls on the Government
        of South Africa, which has long championed X, to co-sponsor the next
        resolution", "urged Brazil to join", "Brazil was invited to join"): an
        appeal, not a sponsorship."""
        doc = self.doc
        k = hit.start - 1
        if k <= sent.start or doc[k].lower_ != "to":
            return False
        for j in range(k - 1, max(sent.start, k - 25) - 1, -1):
            word, after = doc[j].lower_, doc[j + 1].lower_
            if doc[j].text == ";":
                return False
            appeal = (word in _APPEALING and after.isalpha() and after != "by") or calls_on(doc, j)
            # The one asked is named between the appeal and "to", or is the subject
            # of a passive appeal; "Canada, which urged restraint, decided to
            # co-sponsor" and "encouraged by the results" are no appeal to sponsor.
            if appeal and (
                any(t in self.actor_at for t in range(j + 1, k))
                or (j > sent.start and doc[j - 1].lower_ in _PASSIVE_AUX)
            ):
                return True
        return False

    def _agentless(self, hit: Hit) -> bool:
        # "since the draft was tabled": a passive without its agent has no subject
        # to share with the verbs before it.
        return hit.start > 0 and self.doc[hit.start - 1].lower_ in _PASSIVE_AUX

    def _among(self, hit: Hit) -> bool:
        # "Canada and Norway were also among its sponsors": members of a list.
        return any(t.lower_ == "among" for t in self.doc[max(0, hit.start - 3) : hit.start])

    def _bilateral(self, mention: Mention) -> bool:
        i = mention.index
        return i > 0 and self.doc[i - 1].lower_ in self.rules.bilateral_cues

    def _negated(self, lo: int, hi: int) -> bool:
        return any(find_phrase(self.doc, j, self.negations, hi) for j in range(lo, hi))

    # -- record fields --------------------------------------------------------

    def _status(self, hit: Hit, sent: Span) -> str:
        lo = sent.start if hit.trigger.voice == "hyphen" else max(sent.start, hit.start - 8)
        for j in range(lo, hit.start):
            n = find_phrase(self.doc, j, self.future_cues, hit.start + 1)
            if n and not (j > 0 and self.doc[j - 1].lower_ in _PROUD):
                return "planned"
        return "done"

    def _later_year(self, sent: Span) -> str:
        # "We will present the resolution again next year": a text still to come
        # is not the one adopted this year.
        years = [e._.norm[:4] for e in self.sent_ents(sent) if e.label_ == "DATE"]
        return next((y for y in years if y.isdigit() and self.pub_year and y > self.pub_year), "")

    def _joined_in(self, hit: Hit) -> bool:
        # "Senegal joined the Arab States in sponsoring the text": one more name
        # on the sponsor list, not a presenter; "Canada joined the leaders of A
        # and B in issuing the declaration": one more issuer.
        doc = self.doc
        return (
            hit.trigger.role == "lead"
            and hit.start > 0
            and doc[hit.start - 1].lower_ == "in"
            and hit.trigger.phrase.endswith(("sponsoring", "issuing"))
        )

    def _record(self, hit: Hit, mention: Mention, topic: str, actor: Actor, sent: Span) -> dict:
        tokens = [t for t in sent if not t.is_space]
        start = tokens[0].idx if tokens else sent.start_char
        end = tokens[-1].idx + len(tokens[-1].text) if tokens else sent.end_char
        status = self._status(hit, sent)
        return {
            "instrument": mention.instrument,
            "topic": topic,
            "forum": self._forum(sent, mention),
            "actor": actor.name,
            "actor_code": actor.code,
            "role": hit.role
            # Signing a group's statement is joining it (the guidelines, batch 19).
            or (mention.instrument == "statement" and hit.group_members and "join")
            or (mention.instrument == "statement" and hit.trigger.statement_role)
            or (mention.joint and hit.trigger.joint_role)
            or hit.trigger.role,
            "status": status,
            "date": self._date(sent),
            "_year": self._year(sent)
            or (status == "planned" and self._later_year(sent))
            or self._mention_year(mention, sent)
            or self._day_year(sent)
            or self.pub_year,
            "sentence": self.text[start:end],
            "start": start,
            "end": end,
            # "its sponsors included X, Y" is a UN sponsor list too. The states a
            # treaty listing proposal was "submitted by" are each its proponent
            # (the guidelines, batch 46), whoever else introduced it.
            "_list": not (self.listing_texts and mention.instrument == "amendment")
            and (
                (hit.trigger.sponsor_list and not hit.presenting)
                or (
                    hit.trigger.phrase in self.sponsor_list_nouns
                    and (hit.noun_list or self._among(hit))
                )
                or hit.counted
                or self._joined_in(hit)
            ),
            # "The Joint Statement was signed by 25 States, among them A, B": when
            # someone presented the text, its signatories join it (batch 37).
            "_list_role": "join"
            if not hit.role and hit.trigger.role == "join" and mention.joint
            else "cosponsor",
            "_title": mention.titled and topic == mention.topics[-1],
            # "resolution 2332": a numbered text is not another-numbered one.
            "_symbol": symbol_after(self.doc, mention.index),
            # "a rival draft": another text than the one its topic resembles.
            "_other": mention.other,
        }
