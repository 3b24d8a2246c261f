"""Learned second stage of the sponsorship extractor.

The rules in :mod:`pipeline.sponsorships` are precise but miss phrasings they were
not written for. This module scores every actor mentioned near a sponsorship cue
or an instrument word with a multinomial logistic regression over generic
features (cue stems and their distance, list and agent position, negation and
vote words, tense, bullets, quotes) and proposes the (actor, role, instrument)
records the rules did not produce.

- Candidates: in every sentence with an instrument word or a cue stem, each
  country (PLACE, kind country), intergovernmental or group ORG, and "we"/"our"
  (the speaking government, ``doc._.author_code``).
- Labels (distant supervision): a candidate is positive for role ``r`` when the
  gold of its document has a record (actor, ``r``, instrument of the candidate).
- Model: softmax over ``none``/``lead``/``cosponsor``/``join``, L2-regularized,
  trained by full-batch Nesterov gradient descent in numpy (deterministic).
  The regularization strength and the decision threshold are chosen by
  batch-grouped cross-validation on the training gold.

Train with ``python -m pipeline.sponsor_model train --gold gold/dev.jsonl --out
pipeline/resources/sponsor_model.json``.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Literal

import click
import numpy as np
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from spacy.tokens import Doc, Span

from .errors import Errors
from .evaluate import actor_key
from .resources import RESOURCE_DIR
from .sponsorships import (
    BULLETS,
    SPEECH_VERBS,
    Actor,
    Mention,
    SponsorshipFinder,
    author_actor,
    entity_actor,
    first_word,
    named_in_group,
)

MODEL_FILE = "sponsor_model"
SCHEMA = "communique.sponsor_model.v1"
CLASSES: tuple[str, ...] = ("none", "lead", "cosponsor", "join")
ROLE_ORDER: tuple[str, ...] = ("lead", "cosponsor", "join")
N_FOLDS = 5
L2_GRID: tuple[float, ...] = (3e-4, 1e-3, 3e-3, 1e-2)
# Candidates with these features are never added (guidelines: "will not join", votes).
VETO_FEATURES: tuple[str, ...] = (
    "neg_near_cue",
    "neg_after_actor",
    "vote_after_actor",
    "requested_by",
    "org_after_to",
    "vote_between",
    "consensus_cue",
    "delegation_cue",
    "for_the_body",
    "unrealized_cue",
    "speech_between",
    "inst_topic",
    "possessive",
    "fronted_topic",
    "partitive",
    "no_cue",
    "vote_list",
    "topic_object",
    "request",
    "continuing",
    "non_text_cue",
    "joined_group_text",
)
# Verbs by which an actor votes on a text rather than sponsoring it.
_VOTE_AFTER = ("veto", "voted", "votes", "abstain")
# "Russia, which had vetoed earlier drafts": a relative pronoun links too.
_SUBJECT_LINKS = frozenset(
    {"and", ",", "the", "had", "has", "have", "also", "both", "then", "which", "who"}
)
# "the Group of Experts on Nicaragua", "a text against Russia": the subject matter.
_SUBJECT_MATTER = frozenset({"on", "regarding", "concerning", "about", "against", "upon"})
# "the resolution on the Sudan, led by X": a place in an instrument's topic is
# what the text is about, never who tabled it.
_TOPIC_HEADS = frozenset({"on", "in", "of", "to", "regarding", "concerning", "about", "for"})
# "EU member states", "OIC members": an organization naming its members.
_MEMBER_NOUNS = frozenset({"member", "members", "member-states"})
# Nouns that stand for an instrument ("a text on technical assistance in Libya").
_TEXT_NOUNS = frozenset({"text", "texts", "draft", "drafts", "proposal", "initiative"})
ROLE_SOURCES: tuple[str, ...] = ("model", "cue")
THRESHOLD_GRID: tuple[float, ...] = tuple(round(0.2 + 0.05 * k, 2) for k in range(15))
MIN_COUNT = 2
ITERATIONS = 600
HELD_OUT_NAMES = ("test.jsonl",)

# Cue stems: token prefix -> (stem name, the role it suggests). Checked longest first.
# "had intended to become a sponsor, but": words of a plan that may have failed.
_INTENT_WORDS = frozenset({"intended", "hoped", "wished", "wanted", "planned", "meant"})
_CUES: dict[str, tuple[str, str]] = {
    "cosponsor": ("cosponsor", "cosponsor"),
    "sponsor": ("sponsor", "lead"),
    "present": ("present", "lead"),
    "introduc": ("introduc", "lead"),
    "tabl": ("tabl", "lead"),
    "draft": ("draft", "lead"),
    "author": ("author", "lead"),
    "penholder": ("penholder", "lead"),
    "pen": ("penholder", "lead"),
    "lead": ("lead", "lead"),
    "led": ("lead", "lead"),
    "propos": ("propos", "lead"),
    "submit": ("submit", "lead"),
    "put": ("put", "lead"),
    "brought": ("brought", "lead"),
    "bring": ("brought", "lead"),
    "launch": ("launch", "lead"),
    "initiat": ("initiat", "lead"),
    "spearhead": ("lead", "lead"),
    "promot": ("promot", "lead"),
    "facilitat": ("facilitat", "lead"),
    "negotiat": ("negotiat", "lead"),
    "join": ("join", "join"),
    "endors": ("endors", "join"),
    "sign": ("sign", "join"),
    "support": ("support", "join"),
    "back": ("back", "join"),
    "adher": ("adher", "join"),
    "subscrib": ("subscrib", "join"),
    "associat": ("associat", "join"),
    "align": ("align", "join"),
}
_CUE_PREFIXES = sorted(_CUES, key=lambda p: (-len(p), p))
_NOT_CUES = (
    "significan", "signal", "backdrop", "background", "tablet", "presently", "putin", "joint",
)  # fmt: skip
_CO_HEADS = ("sponsor", "author", "present", "draft", "lead", "led", "penholder", "facilitat")
_VOTE = (
    "vote", "voting", "against", "abstain", "abstention", "favour", "favor", "reject", "oppos",
    "veto",
)  # fmt: skip
_COPULAS = frozenset({"were", "was", "are", "is"})
_NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor", "declined", "refused"})
# "the South Korea-led Group": a hyphen cue.
_HYPHENS = frozenset({"-", "–"})
_FUTURE = frozenset({"will", "would", "shall", "intends", "intend", "plans", "plan", "seeks"})
_FIRST_PERSON = frozenset({"we", "our", "us"})
_CONTINUING = frozenset({"continue", "continues", "continuing"})
# "our delegation", "our country": "our" names the speaking government.
_AUTHOR_NOUNS = frozenset(
    {"delegation", "country", "government", "mission", "nation", "state", "ministry"}
)
_LIST_WORDS = frozenset(
    {",", "and", "the", "of", "delegations", "delegation", "governments", "government",
     "representatives", "missions", "states", "member", "&", "/"}
)  # fmt: skip
# Words that may stand between two members of one coordinated list.
_JOINERS = frozenset({",", "and", "the", "&", "(", ")", ";", "as", "well", "/"})
_QUOTES = frozenset({'"', "“", "”", "‘", "’"})
_PUNCT_KEEP = frozenset({",", ";", ":", "(", ")", "-", "'s", "’s", "."})


class SponsorModelWeights(BaseModel):
    """The validated content of ``sponsor_model.json``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_: str = Field(alias="schema")
    classes: list[str]
    vocabulary: list[str]
    coefficients: list[list[float]]
    intercepts: list[float]
    threshold: float = Field(ge=0.0, le=1.0)
    l2: float = Field(ge=0.0)
    role_from: Literal["model", "cue"] = "model"
    iterations: int = Field(ge=1)
    min_count: int = Field(ge=1)
    training: dict[str, object] = {}
    cv: dict[str, object] = {}

    @model_validator(mode="after")
    def _check(self) -> SponsorModelWeights:
        if self.schema_ != SCHEMA:
            raise ValueError(f"schema is {self.schema_!r}, expected {SCHEMA!r}")
        if tuple(self.classes) != CLASSES:
            raise ValueError(f"classes are {self.classes}, expected {list(CLASSES)}")
        if len(self.coefficients) != len(self.vocabulary):
            raise ValueError("one coefficient row per vocabulary entry expected")
        if any(len(row) != len(CLASSES) for row in self.coefficients):
            raise ValueError(f"each coefficient row needs {len(CLASSES)} values")
        if len(self.intercepts) != len(CLASSES):
            raise ValueError(f"{len(CLASSES)} intercepts expected")
        if self.vocabulary != sorted(set(self.vocabulary)):
            raise ValueError("vocabulary must be sorted and unique")
        return self


def load_weights(directory: Path | None = None) -> SponsorModelWeights | None:
    """Load and validate ``sponsor_model.json``.

    Args:
        directory: Folder to read from; the packaged resources by default.

    Returns:
        The weights, or None when the folder has no such file (no second stage).

    Raises:
        ValueError: The file exists but is not JSON or does not match the schema.
    """
    path = (directory or RESOURCE_DIR) / f"{MODEL_FILE}.json"
    if not path.exists():
        return None
    try:
        return SponsorModelWeights.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, json.JSONDecodeError, ValidationError) as err:
        raise ValueError(Errors.E009.format(path=path, error=err)) from err


# -- candidates and features --------------------------------------------------


@dataclass
class Candidate:
    """One actor mention in a sentence that may state a sponsorship."""

    actor: Actor
    start: int
    end: int
    sent: Span
    instrument: str
    instrument_index: int
    features: dict[str, float] = field(default_factory=dict)
    cue_index: int = -1
    # The role the nearest cue suggests ("" without a cue).
    cue_role: str = ""
    # Index of the first candidate of the coordinated list it is in (its own index
    # when it stands alone): "A, B and C" are decided together.
    group: int = -1

    @cached_property
    def key(self) -> str:
        """The actor as the evaluation matches it (ISO3, else the normalized name)."""
        return actor_key(self.actor.code, self.actor.name)


def cue_of(doc: Doc, i: int) -> tuple[str, str] | None:
    """The cue stem at token ``i`` and the role it suggests, or None.

    "co-sponsored" is three tokens (co, -, sponsored): the stem is read at "co".

    Args:
        doc: A tokenized document.
        i: Token index.

    Returns:
        (stem, role) or None.
    """
    word = doc[i].lower_
    if word == "co" and i + 2 < len(doc) and doc[i + 1].text == "-":
        nxt = doc[i + 2].lower_
        if nxt.startswith(_CO_HEADS):
            stem = next((_CUES[p][0] for p in _CUE_PREFIXES if nxt.startswith(p)), nxt)
            return ("co-" + stem, "cosponsor")
        return None
    if word.startswith("co") and word[2:].startswith(("sponsor", "author")):
        return ("cosponsor", "cosponsor")
    if i > 0 and doc[i - 1].text == "-" and i > 1 and doc[i - 2].lower_ == "co":
        return None  # read at "co"
    if not word.isalpha() or word.startswith(_NOT_CUES):
        return None
    for prefix in _CUE_PREFIXES:
        if word.startswith(prefix):
            return _CUES[prefix]
    return None


def _names_topic(doc: Doc, i: int, lo: int, instruments: set[int]) -> bool:
    """Whether the preposition at ``i`` continues the topic of an instrument word
    before it ("resolution on human rights in X"), with no cue or punctuation between."""
    for k in range(i - 1, max(lo, i - 10) - 1, -1):
        if k in instruments:
            return True
        if doc[k].is_punct or cue_of(doc, k):
            return False
    return False


def _bucket(distance: int) -> str:
    if distance <= 1:
        return "1"
    if distance <= 3:
        return "3"
    if distance <= 6:
        return "6"
    if distance <= 12:
        return "12"
    return "far"


def _shape(doc: Doc, i: int, lo: int, hi: int) -> str:
    if i < lo or i >= hi:
        return "<s>"
    tok = doc[i]
    word = tok.lower_
    if tok.ent_type_ and tok.ent_type_ != "DATE":
        return "ENT"
    if tok.text in _PUNCT_KEEP or tok.text in _QUOTES:
        return tok.text.replace("’", "'")
    if tok.like_num:
        return "NUM"
    if tok.is_alpha and tok.is_lower:
        return word
    if tok.is_alpha:
        return "CAP"
    return "P" if tok.is_punct else "X"


def _actor_spans(doc: Doc, sent: Span, finder: SponsorshipFinder) -> list[tuple[int, int, Actor]]:
    """Actor mentions in a sentence: states, groups, IGOs and "we"/"our"."""
    found: list[tuple[int, int, Actor]] = []
    previous: Span | None = None
    for ent in finder.sent_ents(sent):
        actor = entity_actor(ent, finder.gazetteer, finder.group_heads)
        if actor is not None and not (
            previous is not None and named_in_group(previous, ent, actor)
        ):
            found.append((ent.start, ent.end, actor))
        previous = ent
    author = author_actor(doc, finder.gazetteer)
    if author is not None:
        for tok in sent:
            if tok.lower_ in _FIRST_PERSON and not tok.ent_type_:
                found.append((tok.i, tok.i + 1, author))
    found.sort(key=lambda f: (f[0], f[1]))
    return found


def _quoted(sent: Span) -> bool:
    return sum(t.text in _QUOTES for t in sent) >= 2


@dataclass
class _Sentence:
    """What every candidate of one sentence shares, computed once per sentence."""

    span: Span
    cues: list[tuple[int, tuple[str, str]]]
    cue_at: dict[int, tuple[str, str]]
    inst: list[tuple[int, str]]
    # Instrument words and the nouns that stand for one, for the topic veto.
    texts: set[int]
    actors: list[tuple[int, int, Actor]]
    # Index of the first word (after spaces and a bullet).
    first: int
    features: dict[str, float]
    # Cues right after a noun that is not a text ("the effort led by Jordan").
    non_text_cues: frozenset[int] = frozenset()


def _sentence_features(
    sent: Span,
    n_sent: int,
    actors: list[tuple[int, int, Actor]],
    inst: list[tuple[int, str]],
    requests: set[str],
) -> dict[str, float]:
    """Features of the sentence itself, the same for all its candidates."""
    f: dict[str, float] = {}
    f[f"n_actors={_bucket(len({a for _, _, a in actors}))}"] = 1.0
    words = [t.lower_ for t in sent]
    if any(w.startswith(_VOTE) for w in words):
        f["sent_vote"] = 1.0
    if any(w in _NEGATIONS for w in words):
        f["sent_neg"] = 1.0
    if any(w in _FUTURE for w in words):
        f["sent_future"] = 1.0
    if _quoted(sent):
        f["sent_quote"] = 1.0
    if not inst:
        f["no_inst"] = 1.0
        called_by = any(words[k : k + 3] == ["called", "for", "by"] for k in range(len(words)))
        if called_by or any(w in requests for w in words):
            # "signed on to the request", "The session had been called for by
            # Egypt": the request for a meeting, no text (the guidelines).
            f["request"] = 1.0
        if any(w in _CONTINUING for w in words):
            # "We will continue to work with our partners to promote
            # accountability": an ongoing policy, no text named.
            f["continuing"] = 1.0
    first = next((t for t in sent if not t.is_space), None)
    if first is not None and first.text in BULLETS:
        f["bullet"] = 1.0
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is not None and last.text not in {".", "!", "?", ":", ";", '"', "”"}:
        f["headline"] = 1.0
    if last is not None and last.text == ":":
        f["ends_colon"] = 1.0
    if n_sent == 0:
        f["first_sentence"] = 1.0
    f[f"sent_len={_bucket(len(sent) // 4)}"] = 1.0
    return f


def candidates(doc: Doc, finder: SponsorshipFinder) -> list[Candidate]:
    """Every actor mention in a sentence that has an instrument word or a cue.

    Args:
        doc: A processed document (entities normalized, ``doc._.author_code`` set).
        finder: The rule engine, for its instrument words, gazetteer and group names.

    Returns:
        Candidates in document order, with their features.
    """
    instruments = finder.rules.instruments
    out: list[Candidate] = []
    last_instrument = ""
    counts: Counter = Counter(
        instruments[t.lower_] for t in doc if t.lower_ in instruments and t.lower_[:5] != "draft"
    )
    default = counts.most_common(1)[0][0] if counts else "resolution"
    for n, sent in enumerate(doc.sents):
        cues = [(i, c) for i in range(sent.start, sent.end) if (c := cue_of(doc, i)) is not None]
        inst = [(t.i, instruments[t.lower_]) for t in sent if t.lower_ in instruments]
        # "draft resolution": the later word names it.
        words = dict(inst)
        inst = [(i, k) for i, k in inst if i + 1 not in words]
        if not cues and not inst:
            continue
        actors = _actor_spans(doc, sent, finder)
        # Sentence-level work only where there is someone to score.
        if actors:
            first = first_word(sent)
            ctx = _Sentence(
                span=sent,
                cues=cues,
                cue_at=dict(cues),
                inst=inst,
                texts={m for m, _ in inst} | {t.i for t in sent if t.lower_ in _TEXT_NOUNS},
                actors=actors,
                first=first.i if first is not None else sent.start,
                features=_sentence_features(sent, n, actors, inst, finder.non_instruments),
                non_text_cues=frozenset(
                    i
                    for i, _ in cues
                    if (i > sent.start and doc[i - 1].lower_ in finder.non_text_heads)
                    or _leads_a_body(doc, i, sent.end, finder.host_heads)
                ),
            )
            # "Presenting the draft on behalf of the Assembly, its President ...":
            # an officer acts for the body, and no one in the sentence sponsors.
            opening = first is not None and first.lower_.endswith("ing") and cue_of(doc, first.i)
            for_body = bool(opening) and finder.acts_for_body(first.i + 1, sent)
            for pos, (start, end, actor) in enumerate(actors):
                cue_at = _nearest_cue(cues, start, end)
                if inst:
                    # The instrument the cue attaches to ("U.S.-Led Resolution"), else
                    # the one nearest the actor; ties go to the later word.
                    anchor = cue_at if cue_at >= 0 else start
                    near = min(inst, key=lambda m: (abs(m[0] - anchor), -m[0]))
                    instrument, index = near[1], near[0]
                else:
                    instrument, index = last_instrument or default, -1
                cand = Candidate(actor, start, end, sent, instrument, index)
                cand.features = _features(doc, ctx, cand, pos)
                if for_body:
                    cand.features["for_the_body"] = 1.0
                if cue_at > start and finder.negative_subject(end - 1, sent):
                    # "No member of the Council signed it" (the rules' negation).
                    cand.features["neg_near_cue"] = 1.0
                cand.cue_index = cue_at
                cand.cue_role = ctx.cue_at[cue_at][1] if cue_at >= 0 else ""
                out.append(cand)
        if inst:
            last_instrument = inst[-1][1]
    _group_lists(doc, out)
    return out


def _leads_a_body(doc: Doc, i: int, end: int, heads: set[str]) -> bool:
    """Whether the hyphen cue at ``i`` modifies a named body, not a text ("the
    South Korea-led Joint Civilian-Military Investigation Group")."""
    if not (i > 0 and doc[i - 1].text in _HYPHENS and doc[i].is_lower):
        return False
    k = i + 1
    last = None
    while k < end and k < i + 8 and (doc[k].is_title or doc[k].text in _HYPHENS):
        if doc[k].is_title:
            last = doc[k]
        k += 1
    return last is not None and last.text in heads


def _group_lists(doc: Doc, cands: list[Candidate]) -> None:
    """Mark the candidates that form one coordinated list ("A, B and C")."""
    for n, cand in enumerate(cands):
        cand.group = n
        if n == 0:
            continue
        prev = cands[n - 1]
        between = [doc[k].lower_ for k in range(prev.end, cand.start)]
        if (
            prev.sent.start == cand.sent.start
            and prev.instrument == cand.instrument
            and between
            and all(w in _JOINERS for w in between)
        ):
            cand.group = prev.group


def _nearest_cue(cues: list[tuple[int, tuple[str, str]]], start: int, end: int) -> int:
    if not cues:
        return -1
    return min(cues, key=lambda c: (min(abs(c[0] - start), abs(c[0] - end + 1)), c[0]))[0]


def _in_vote_list(doc: Doc, ctx: _Sentence, head: int, tail: int) -> bool:
    """Whether the list around an actor reports a vote: "3 against (A, B)", "5
    abstentions (C)", "Voting against the draft were A, B", "joined A in voting".

    Args:
        doc: The document.
        ctx: The actor's sentence.
        head: The token before the actor's list.
        tail: The token after it.
    """
    lo, hi = ctx.span.start, ctx.span.end
    if head >= lo:
        word = doc[head].lower_
        if doc[head].text == "(" and head - 1 >= lo:
            word = doc[head - 1].lower_
        if word.startswith(_VOTE):
            return True
        if (
            word in _COPULAS
            and (
                doc[ctx.first].lower_.startswith(_VOTE)
                # "Among the delegations that then voted against the draft were A, B":
                # a vote verb in the copula's own clause.
                or any(
                    t.lower_ in {"voted", "voting"} and "," not in doc[t.i : head].text
                    for t in doc[max(lo, head - 8) : head]
                )
            )
        ):
            return True
        if doc[head].text == ":" and any(t.lower_.startswith(_VOTE) for t in doc[lo:head]):
            # "The following members voted against the draft decision: A, B".
            return True
        if cue_of(doc, head) and any(
            t.lower_.startswith(_VOTE) for t in doc[max(lo, head - 3) : head]
        ):
            # "the delegations voting against the draft, A, B".
            return True
    k = tail
    while k < min(hi, tail + 2) and doc[k].lower_ in {"in", "cast", "their", "its"}:
        # "joined A in voting against", "A and B cast their vetoes".
        k += 1
    return k < hi and doc[k].lower_.startswith(("vot", "abstain", "veto"))


def _features(doc: Doc, ctx: _Sentence, cand: Candidate, pos: int) -> dict[str, float]:
    sent, actors, cues, inst = ctx.span, ctx.actors, ctx.cues, ctx.inst
    lo, hi = sent.start, sent.end
    start, end = cand.start, cand.end
    f: dict[str, float] = {"bias_cand": 1.0, **ctx.features}
    kind = (
        "author" if doc[start].lower_ in _FIRST_PERSON else ("state" if cand.actor.code else "org")
    )
    f[f"kind={kind}"] = 1.0
    if cand.actor.code and cand.actor.code == (doc._.author_code or ""):
        f["is_author_state"] = 1.0
    # Local words.
    for k in (1, 2, 3):
        f[f"l{k}={_shape(doc, start - k, lo, hi)}"] = 1.0
        f[f"r{k}={_shape(doc, end - 1 + k, lo, hi)}"] = 1.0
    f[f"l1r1={_shape(doc, start - 1, lo, hi)}|{_shape(doc, end, lo, hi)}"] = 1.0
    # The word governing a list the actor is in ("presented by the delegations of A, B").
    i = start - 1
    in_list_left = False
    while i >= lo:
        if any(s <= i < e for s, e, _ in actors):
            in_list_left = True
            i -= 1
            continue
        if doc[i].lower_ in _LIST_WORDS:
            i -= 1
            continue
        break
    head = _shape(doc, i, lo, hi)
    f[f"head={head}"] = 1.0
    cue = cue_of(doc, i) if i >= lo else None
    if cue:
        f[f"headcue={cue[0]}"] = 1.0
    if head == "by" and i - 1 >= lo:
        prev = cue_of(doc, i - 1) or cue_of(doc, max(lo, i - 2))
        f[f"by_after={prev[0] if prev else _shape(doc, i - 1, lo, hi)}"] = 1.0
    if head in {"with", "behalf", "among", "including", "from", ":"}:
        f[f"head2={_shape(doc, i - 1, lo, hi)}|{head}"] = 1.0
    if head in _TOPIC_HEADS and _names_topic(doc, i, lo, ctx.texts):
        f["inst_topic"] = 1.0
    if head in _SUBJECT_MATTER:
        f["topic_object"] = 1.0
    if (
        kind == "author"
        and doc[start].lower_ == "our"
        and end < hi
        and doc[end].lower_ not in _AUTHOR_NOUNS
    ):
        # "our region's challenges", "our commitment": a possessive, not an agent;
        # "our delegation" names the speaker.
        f["possessive"] = 1.0
    k = start - 1 - (start - 1 >= lo and doc[start - 1].lower_ == "the")
    if k - 1 >= lo and doc[k].lower_ == "of" and doc[k - 1].like_num:
        # "on behalf of 26 of the European Union's 27 member states": some
        # unnamed members (the guidelines give them no record), not the Union.
        f["partitive"] = 1.0
    if k - 1 >= lo and doc[k].lower_ == "of":
        # "the 27 member States of the European Union", "12 members of the OIC": a
        # count of unnamed members, not the body ("on behalf of the Member States
        # of CARICOM" is all of them: the Community).
        noun = k - 1 - (doc[k - 1].lower_ != "members" and doc[k - 2 : k - 1].text == "member")
        if noun - 1 >= lo and doc[noun].lower_.startswith("member") and doc[noun - 1].like_num:
            f["partitive"] = 1.0
    if end < hi and doc[end].lower_ in _MEMBER_NOUNS:
        # "sponsored by all 27 EU member states": the members, unnamed.
        f["partitive"] = 1.0
    if (
        start - 1 >= lo
        and doc[start - 1].lower_ in {"on", "regarding", "concerning", "in"}
        and start - 1 == ctx.first
        and end < hi
        and doc[end].text == ","
    ):
        # "On Libya, the African Group put forward a text": the subject matter.
        f["fronted_topic"] = 1.0
    j = end
    in_list_right = False
    while j < hi:
        if any(s <= j < e for s, e, _ in actors):
            in_list_right = True
            j += 1
            continue
        if doc[j].lower_ in _LIST_WORDS:
            j += 1
            continue
        break
    tail = _shape(doc, j, lo, hi)
    f[f"tail={tail}"] = 1.0
    cue = cue_of(doc, j) if j < hi else None
    if cue:
        f[f"tailcue={cue[0]}"] = 1.0
        f[f"tailrole={cue[1]}"] = 1.0
    elif tail in _FUTURE or tail in {"has", "have", "had", "was", "were", "is", "are", "also"}:
        nxt = cue_of(doc, j + 1) if j + 1 < hi else None
        f[f"tail2={tail}|{nxt[0] if nxt else _shape(doc, j + 1, lo, hi)}"] = 1.0
    f[f"list={int(in_list_left)}{int(in_list_right)}"] = 1.0
    if _in_vote_list(doc, ctx, i, j):
        f["vote_list"] = 1.0
    f[f"pos={'first' if pos == 0 else 'later'}"] = 1.0
    # Cues around the actor.
    for i, (stem, role) in cues:
        if start <= i < end:
            continue
        side = "L" if i < start else "R"
        dist = start - i if side == "L" else i - end + 1
        if dist <= 12:
            f[f"cue{side}={stem}"] = 1.0
            f[f"cue{side}={stem}@{_bucket(dist)}"] = 1.0
            f[f"role{side}={role}@{_bucket(dist)}"] = 1.0
    k = start - 1 - (start - 1 >= lo and doc[start - 1].lower_ == "the")
    if not cand.actor.code and k >= lo and doc[k].lower_ == "to":
        # "Permanent Representative of Viet Nam to the United Nations", "submitted
        # to the African Union": a body something is sent to.
        f["org_after_to"] = 1.0
    # Back past the list of names the actor is in ("with the Government of National
    # Accord, the OPCW and").
    while k > lo and (
        doc[k].ent_type_
        or doc[k].is_title
        or doc[k].lower_ in {",", "and", "the"}
        or (doc[k].lower_ == "of" and doc[k - 1].is_title)
    ):
        k -= 1
    if k >= lo + 1 and (
        (doc[k].lower_ == "of" and doc[k - 1].lower_ in {"request", "requests", "behest"})
        or (doc[k].lower_ == "with" and doc[k - 1].lower_ in {"consultation", "consultations"})
    ):
        # "put forward by Jordan at the request of the State of Palestine", "in
        # close consultation with X": the guidelines give X no record.
        f["requested_by"] = 1.0
    if any(doc[k].lower_ in _NEGATIONS for k in range(end, min(hi, end + 3))):
        # "and we will not sign the treaty": the actor's own verb is negated,
        # whichever cue is nearest.
        f["neg_after_actor"] = 1.0
    k = end
    # Past the rest of a coordinated subject and its auxiliaries to its verb.
    while k < min(hi, end + 8) and (doc[k].ent_type_ or doc[k].lower_ in _SUBJECT_LINKS):
        k += 1
    if k < hi and doc[k].lower_.startswith(_VOTE_AFTER):
        # "a draft that China and the Russian Federation had vetoed", "Cuba voted
        # against it": the actor's own verb is a vote.
        f["vote_after_actor"] = 1.0
    near = _nearest_cue(cues, start, end)
    if near >= 0:
        stem, role = ctx.cue_at[near]
        side = "L" if near < start else "R"
        dist = start - near if side == "L" else near - end + 1
        f[f"near={stem}|{side}"] = 1.0
        if near in ctx.non_text_cues:
            f["non_text_cue"] = 1.0
        if side == "L" and role == "join" and not cand.actor.code and end in ctx.texts:
            # "Netherlands joins Media Freedom Coalition statement": signing a
            # group's statement, which gives the group no record (the guidelines).
            f["joined_group_text"] = 1.0
        f[f"nearrole={role}|{side}@{_bucket(dist)}"] = 1.0
        a, b = sorted((near, start))
        between = [t.lower_ for t in doc[a:b]]
        if (
            any(w in _NEGATIONS for w in between)
            or (
                side == "R"
                and any(doc[k].lower_ in _NEGATIONS for k in range(max(lo, near - 3), near))
            )
            # "referred to it in their own statements without joining the text".
            or (side == "R" and near > lo and doc[near - 1].lower_ == "without")
        ):
            f["neg_near_cue"] = 1.0
        if any(w.startswith(_VOTE) for w in between):
            f["vote_between"] = 1.0
        if stem == "lead" and any(
            t.lower_ in {"delegation", "delegations"} for t in doc[near + 1 : min(hi, near + 5)]
        ):
            # "Clinton led the U.S. delegation to the General Assembly": who went,
            # not who led a text.
            f["delegation_cue"] = 1.0
        if any(t.lower_ in _INTENT_WORDS for t in doc[max(lo, near - 5) : near]) and any(
            t.lower_ == "but" for t in doc[near:hi]
        ):
            # "had intended to become a sponsor but had been unable to": a plan
            # that came to nothing (the guidelines, batch 31).
            f["unrealized_cue"] = 1.0
        if any(t.lower_ == "consensus" for t in doc[near + 1 : min(hi, near + 4)]):
            # "The United States joined the consensus on the resolution": like a
            # vote in favour (the guidelines).
            f["consensus_cue"] = 1.0
        if side == "L" and any(w in SPEECH_VERBS for w in between):
            # "Introducing the draft, the Chair said that Canada ...": the actor
            # is in a reported clause, past the cue's own subject.
            f["speech_between"] = 1.0
        if any(doc[k].lower_ in _FUTURE for k in range(max(lo, near - 3), near)):
            f["future_cue"] = 1.0
        if any(t.text in {";", ":"} for t in doc[a:b]):
            f["clause_between"] = 1.0
    else:
        f["no_cue"] = 1.0
    # Instrument words.
    if inst:
        m, kind_i = min(inst, key=lambda m: (abs(m[0] - start), m[0]))
        side = "L" if m < start else "R"
        f[f"inst{side}@{_bucket(abs(m - start))}"] = 1.0
        f[f"inst={kind_i}"] = 1.0
        if near >= 0:
            f[f"inst_cue={'before' if m < near else 'after'}|{side}"] = 1.0
    return f


# -- the model ----------------------------------------------------------------


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


class _SparseRows:
    """A candidates x features matrix kept as its non-zero entries.

    The design matrix is over 99% zeros, so products with it are sums over the
    entries (``np.add.reduceat`` over row and column runs, deterministic) instead
    of dense BLAS products. Every row holds the intercept's 1 and every column a
    feature seen in at least one candidate, so no run is empty.
    """

    def __init__(
        self, rows: np.ndarray, cols: np.ndarray, vals: np.ndarray, shape: tuple[int, int]
    ) -> None:
        self.shape = shape
        self.cols, self.vals = cols, vals
        self.row_starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
        by_col = np.argsort(cols, kind="stable")
        self.t_rows, self.t_vals = rows[by_col], vals[by_col]
        sorted_cols = cols[by_col]
        self.col_starts = np.flatnonzero(np.r_[True, sorted_cols[1:] != sorted_cols[:-1]])
        if len(self.row_starts) != shape[0] or len(self.col_starts) != shape[1]:
            raise ValueError("every row and column needs an entry")

    def dot(self, w: np.ndarray) -> np.ndarray:
        """``X @ w`` for ``w`` of shape (features, classes)."""
        # ``np.take`` and an in-place product: a fancy-indexed gather is slower.
        terms = np.take(w, self.cols, axis=0)
        terms *= self.vals[:, None]
        return np.add.reduceat(terms, self.row_starts, axis=0)

    def tdot(self, g: np.ndarray) -> np.ndarray:
        """``X.T @ g`` for ``g`` of shape (candidates, classes)."""
        terms = np.take(g, self.t_rows, axis=0)
        terms *= self.t_vals[:, None]
        return np.add.reduceat(terms, self.col_starts, axis=0)


def _design(features: Sequence[dict[str, float]], index: dict[str, int]) -> _SparseRows:
    # The feature columns of ``index`` plus a last column of ones (the intercept).
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    bias = len(index)
    for r, feats in enumerate(features):
        for name in sorted(feats):
            col = index.get(name)
            if col is not None:
                rows.append(r)
                cols.append(col)
                vals.append(feats[name])
        rows.append(r)
        cols.append(bias)
        vals.append(1.0)
    return _SparseRows(
        np.asarray(rows, dtype=np.intp),
        np.asarray(cols, dtype=np.intp),
        np.asarray(vals, dtype=np.float64),
        (len(features), bias + 1),
    )


def vocabulary(features: Sequence[dict[str, float]], min_count: int = MIN_COUNT) -> list[str]:
    """Sorted feature names seen in at least ``min_count`` candidates."""
    counts: Counter = Counter(name for feats in features for name in feats)
    return sorted(name for name, c in counts.items() if c >= min_count)


def fit(
    features: Sequence[dict[str, float]],
    labels: Sequence[int],
    l2: float,
    iterations: int = ITERATIONS,
    min_count: int = MIN_COUNT,
) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Fit an L2-regularized multinomial logistic regression (deterministic).

    Minimizes mean cross-entropy + ``l2``/2 * ||W||² (intercepts unpenalized) by
    full-batch Nesterov-accelerated gradient descent with step 1/L, L the
    gradient's Lipschitz bound.

    Args:
        features: One feature dict per candidate.
        labels: Class index per candidate (into :data:`CLASSES`).
        l2: Regularization strength.
        iterations: Gradient steps.
        min_count: Minimum candidate count for a feature to enter the vocabulary.

    Returns:
        (vocabulary, coefficients of shape (features, classes), intercepts).
    """
    vocab = vocabulary(features, min_count)
    index = {name: k for k, name in enumerate(vocab)}
    xb = _design(features, index)
    n, d1 = xb.shape
    k = len(CLASSES)
    y = np.zeros((n, k))
    y[np.arange(n), np.asarray(labels, dtype=int)] = 1.0
    # ||X||² bound by power iteration from a fixed start.
    v = np.ones((d1, 1)) / math.sqrt(d1)
    for _ in range(50):
        v = xb.tdot(xb.dot(v))
        v /= np.linalg.norm(v)
    lipschitz = 0.5 * float((v.T @ xb.tdot(xb.dot(v)))[0, 0]) / n + l2
    step = 1.0 / lipschitz
    penalty = np.ones((d1, 1))
    penalty[-1] = 0.0
    w = np.zeros((d1, k))
    prev = w.copy()
    for t in range(1, iterations + 1):
        look = w + (t - 1) / (t + 2) * (w - prev)
        grad = xb.tdot(_softmax(xb.dot(look)) - y) / n + l2 * penalty * look
        prev = w
        w = look - step * grad
    return vocab, w[:-1], w[-1]


class SponsorModel:
    """The trained scorer and the records it adds to the rules' output."""

    def __init__(self, weights: SponsorModelWeights) -> None:
        """Index the weights.

        Args:
            weights: Validated weights from ``sponsor_model.json``.
        """
        self.weights = weights
        self.index = {name: k for k, name in enumerate(weights.vocabulary)}
        self.coef = np.asarray(weights.coefficients, dtype=np.float64)
        self.intercept = np.asarray(weights.intercepts, dtype=np.float64)
        self.threshold = weights.threshold

    def probabilities(self, features: Sequence[dict[str, float]]) -> np.ndarray:
        """Class probabilities, one row per feature dict (columns as :data:`CLASSES`)."""
        z = np.tile(self.intercept, (len(features), 1))
        for r, feats in enumerate(features):
            for name in sorted(feats):
                col = self.index.get(name)
                if col is not None:
                    z[r] += feats[name] * self.coef[col]
        return _softmax(z) if len(features) else z

    def extra_records(self, doc: Doc, finder: SponsorshipFinder, rules: list[dict]) -> list[dict]:
        """Records the model finds that the rules did not produce.

        Must run right after ``finder(doc)``: topics and forums are read with the
        finder's state for this document.

        Args:
            doc: The processed document.
            finder: The rule engine that produced ``rules``.
            rules: The rule records of ``doc``.

        Returns:
            New records (keys as the rule records), in document order.
        """
        cands = candidates(doc, finder)
        if not cands:
            return []
        probs = self.probabilities([c.features for c in cands])
        return select_records(
            doc, finder, rules, cands, probs, self.threshold, self.weights.role_from
        )


def decide(
    cands: Sequence[Candidate],
    probs: np.ndarray,
    threshold: float,
    taken: set[tuple[str, str]],
    role_from: str = "model",
    ruled: Sequence[tuple[str, int, int]] = (),
) -> list[tuple[int, str, float]]:
    """Pick one role per (actor, instrument) whose best probability passes ``threshold``.

    Args:
        cands: Candidates of one document.
        probs: Their class probabilities.
        threshold: Minimum probability of the chosen role.
        taken: (actor key, instrument) pairs the rules already cover.
        role_from: ``model``: the most probable role class; ``cue``: the probability
            of any role (1 - P(none)) and the role of the nearest cue.
        ruled: (actor key, start, end) of the rule records' evidence sentences.

    Returns:
        (candidate index, role, probability) per added record, in document order.
    """
    probs = list_probabilities(cands, probs)
    best: dict[tuple[str, str], tuple[float, int, str]] = {}
    ruled_by: dict[str, list[tuple[int, int]]] = {}
    for key, lo, hi in ruled:
        ruled_by.setdefault(key, []).append((lo, hi))
    for n, cand in enumerate(cands):
        pair = (cand.key, cand.instrument)
        if pair in taken or any(name in cand.features for name in VETO_FEATURES):
            # The guidelines: negated forms and votes are never sponsorships.
            continue
        at = cand.sent.doc[cand.start].idx
        if any(lo <= at < hi for lo, hi in ruled_by.get(cand.key, ())):
            # The rules gave this mention its role ("amendments to the draft,
            # joined by X"): a second instrument word in the sentence is not a
            # second text for it.
            continue
        if role_from == "cue":
            if not cand.cue_role:
                continue
            options = [(1.0 - float(probs[n, 0]), cand.cue_role)]
        else:
            options = [(float(probs[n, r]), role) for r, role in enumerate(ROLE_ORDER, start=1)]
        for p, role in options:
            if pair not in best or p > best[pair][0]:
                best[pair] = (p, n, role)
    chosen = [(n, role, p) for p, n, role in best.values() if p >= threshold]
    return sorted(chosen)


def list_probabilities(cands: Sequence[Candidate], probs: np.ndarray) -> np.ndarray:
    """Give every member of a coordinated list the list's mean class probabilities.

    A list states one fact about all its members ("A, B and C tabled"), so they
    are added, with one role, or left out together. Batch-grouped CV on dev:
    model-alone record F1 0.725 -> 0.738 at the chosen L2 and threshold.

    Args:
        cands: Candidates of one document, with their ``group``.
        probs: Their class probabilities.

    Returns:
        The probabilities, averaged within each list (a new array).
    """
    out = np.array(probs, dtype=float, copy=True)
    members: dict[int, list[int]] = {}
    for n, cand in enumerate(cands):
        members.setdefault(cand.group if cand.group >= 0 else n, []).append(n)
    for idx in members.values():
        if len(idx) > 1:
            out[idx] = out[idx].mean(axis=0)
    return out


def select_records(
    doc: Doc,
    finder: SponsorshipFinder,
    rules: list[dict],
    cands: Sequence[Candidate],
    probs: np.ndarray,
    threshold: float,
    role_from: str = "model",
) -> list[dict]:
    """Turn the chosen candidates into records, fields filled as the rules would."""
    taken = {(actor_key(r["actor_code"], r["actor"]), r["instrument"]) for r in rules}
    chosen = decide(cands, probs, threshold, taken, role_from, ruled_sentences(rules))
    return [_record(doc, finder, rules, cands[n], role) for n, role, _ in chosen]


def _record(
    doc: Doc, finder: SponsorshipFinder, rules: list[dict], cand: Candidate, role: str
) -> dict:
    sent = cand.sent
    tokens = [t for t in sent if not t.is_space]
    start = tokens[0].idx if tokens else sent.start_char
    end = tokens[-1].idx + len(tokens[-1].text) if tokens else sent.end_char
    topic, forum = _topic_forum(doc, finder, rules, cand)
    anchor = cand.cue_index if cand.cue_index >= 0 else cand.start
    planned = any(doc[k].lower_ in _FUTURE for k in range(max(sent.start, anchor - 4), anchor))
    return {
        "instrument": cand.instrument,
        "topic": topic,
        "forum": forum,
        "actor": cand.actor.name,
        "actor_code": cand.actor.code,
        "role": role,
        "status": "planned" if planned else "done",
        "date": finder._date(sent),
        # The sentence's own text, sliced like the rules' evidence (Doc.text
        # would join the whole document again for every record).
        "sentence": sent.text[start - sent.start_char : end - sent.start_char],
        "start": start,
        "end": end,
    }


def _topic_forum(
    doc: Doc, finder: SponsorshipFinder, rules: list[dict], cand: Candidate
) -> tuple[str, str]:
    # The one topic the candidate's own sentence gives its instrument names the
    # text best ("resolutions to A, to B and to C" leave it open); else the rules'
    # record of the same kind of instrument nearest this sentence. The component
    # fills what is still empty from the headline.
    index = cand.instrument_index
    named = finder.mentions_at.get(index)
    topics = [t for t in named.topics if t] if named is not None else []
    topics = topics if len(set(topics)) == 1 else []
    same = [r for r in rules if r["instrument"] == cand.instrument]
    if same:
        at = cand.sent.start_char
        near = min(same, key=lambda r: (abs(r["start"] - at), r["start"]))
        return (topics[-1] if topics else near["topic"]), near["forum"]
    topic = topics[-1] if topics else ""
    mention = Mention(index if index >= 0 else cand.sent.start, cand.instrument, [topic], False)
    return topic, finder._forum(cand.sent, mention)


# -- training -----------------------------------------------------------------


@dataclass
class DocData:
    """What training needs from one gold document."""

    doc_id: str
    gold: set[tuple[str, str, str]]
    rules: set[tuple[str, str, str]]
    cands: list[Candidate]
    ruled: list[tuple[str, int, int]] = field(default_factory=list)


def ruled_sentences(rules: Iterable[dict]) -> list[tuple[str, int, int]]:
    """(actor key, start, end) of each rule record's evidence sentence."""
    return [(actor_key(r["actor_code"], r["actor"]), r["start"], r["end"]) for r in rules]


def _gold_key(rec: dict) -> tuple[str, str, str]:
    return (
        actor_key(rec.get("actor_code", ""), rec.get("actor", "")),
        rec["role"],
        rec["instrument"],
    )


def label_of(cand: Candidate, gold: set[tuple[str, str, str]]) -> int:
    """Class index of a candidate under distant supervision from its document's gold."""
    cue_role = ""
    for name in cand.features:
        if name.startswith("nearrole="):
            cue_role = name.split("=", 1)[1].split("|", 1)[0]
    roles = [r for r in ROLE_ORDER if (cand.key, r, cand.instrument) in gold]
    if not roles:
        return 0
    role = cue_role if cue_role in roles else roles[0]
    return CLASSES.index(role)


def prepare(gold_path: Path) -> list[DocData]:
    """Process the gold documents and collect rule records, gold keys and candidates.

    The pipeline runs with the second stage off, so ``rules`` are the rules alone.

    Args:
        gold_path: A gold JSONL file.

    Returns:
        One entry per document, sorted by id.
    """
    from .gold import load_gold
    from .language import load_pipeline

    nlp = load_pipeline(rules_only=True)
    component = nlp.get_pipe("communique_sponsorships")
    data = []
    for gold in sorted(load_gold(gold_path), key=lambda g: g.id):
        doc = nlp.make_doc(gold.text)
        doc._.meta = gold.pipeline_meta | {"id": gold.id}
        doc = nlp(doc)
        rules = {_gold_key(r) for r in doc._.sponsorships}
        cands = candidates(doc, component.finder)
        gold_keys = {_gold_key(s.model_dump()) for s in gold.sponsorships}
        ruled = ruled_sentences(doc._.sponsorships)
        data.append(DocData(gold.id, gold_keys, rules, cands, ruled))
    return data


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def _count(
    data: Iterable[DocData],
    probs: dict[str, np.ndarray],
    threshold: float,
    with_rules: bool,
    role_from: str = "model",
) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for d in data:
        taken = {(a, i) for a, _, i in d.rules} if with_rules else set()
        pred = set(d.rules) if with_rules else set()
        ruled = d.ruled if with_rules else []
        for n, role, _ in decide(d.cands, probs[d.doc_id], threshold, taken, role_from, ruled):
            c = d.cands[n]
            pred.add((c.key, role, c.instrument))
        tp += len(pred & d.gold)
        fp += len(pred - d.gold)
        fn += len(d.gold - pred)
    return tp, fp, fn


def batch_of(doc_id: str) -> str:
    """The gold batch of a document: the first character of its id.

    Documents of one batch were written together, often by one author in one
    genre, so they share phrasings that a new batch will not.

    Args:
        doc_id: A corpus document id such as ``"F13_oas-ga-2010"``.

    Returns:
        The batch key.
    """
    return doc_id[:1]


def folds(data: Sequence[DocData], k: int = N_FOLDS) -> list[list[int]]:
    """Batch-grouped folds: whole batches, sorted by key, dealt round-robin.

    Holding out whole batches measures what the model adds on documents written
    apart from its training set, which is how new gold and real input arrive.
    """
    batches = sorted({batch_of(d.doc_id) for d in data})
    fold_of = {b: n % k for n, b in enumerate(batches)}
    return [[n for n, d in enumerate(data) if fold_of[batch_of(d.doc_id)] == f] for f in range(k)]


def cross_validate(
    data: Sequence[DocData], l2: float, iterations: int = ITERATIONS
) -> dict[str, np.ndarray]:
    """Out-of-fold class probabilities of every candidate, by document id."""
    out: dict[str, np.ndarray] = {}
    for fold in folds(data):
        train = [d for n, d in enumerate(data) if n not in fold]
        feats = [c.features for d in train for c in d.cands]
        labels = [label_of(c, d.gold) for d in train for c in d.cands]
        vocab, coef, intercept = fit(feats, labels, l2, iterations)
        model = SponsorModel(_weights(vocab, coef, intercept, 0.5, l2, iterations))
        for n in fold:
            d = data[n]
            out[d.doc_id] = model.probabilities([c.features for c in d.cands]).reshape(
                len(d.cands), len(CLASSES)
            )
    return out


def _weights(
    vocab: list[str],
    coef: np.ndarray,
    intercept: np.ndarray,
    threshold: float,
    l2: float,
    iterations: int,
    training: dict | None = None,
    cv: dict | None = None,
    role_from: str = "model",
) -> SponsorModelWeights:
    return SponsorModelWeights.model_validate(
        {
            "schema": SCHEMA,
            "classes": list(CLASSES),
            "vocabulary": vocab,
            "coefficients": [[float(v) for v in row] for row in coef],
            "intercepts": [float(v) for v in intercept],
            "threshold": threshold,
            "l2": l2,
            "role_from": role_from,
            "iterations": iterations,
            "min_count": MIN_COUNT,
            "training": training or {},
            "cv": cv or {},
        }
    )


def train(
    gold_path: Path, iterations: int = ITERATIONS, threshold: float | None = None
) -> tuple[dict, list[str]]:
    """Choose L2 and threshold by grouped CV, then fit on all of ``gold_path``.

    The threshold and L2 maximize the cross-validated record F1 of rules + model
    (rules unchanged, the model trained on the other folds). Because the rules
    were written on the same documents, that CV sees them at their best; a
    ``threshold`` measured on documents the rules had not seen can be given
    instead, and L2 and the role source are then chosen by the model's own CV F1.

    Args:
        gold_path: The training gold (dev only).
        iterations: Gradient steps per fit.
        threshold: A fixed decision threshold, or None to choose it by CV.

    Returns:
        The JSON payload of the weights file and a human-readable report.
    """
    if threshold is not None and threshold not in THRESHOLD_GRID:
        raise ValueError(f"threshold {threshold} is not on the grid {THRESHOLD_GRID}")
    data = prepare(gold_path)
    report: list[str] = []
    grid: list[dict] = []
    oof_by_l2: dict[float, dict[str, np.ndarray]] = {}
    for l2 in L2_GRID:
        oof = cross_validate(data, l2, iterations)
        oof_by_l2[l2] = oof
        for role_from in ROLE_SOURCES:
            for t in THRESHOLD_GRID:
                both = _prf(*_count(data, oof, t, True, role_from))
                alone = _prf(*_count(data, oof, t, False, role_from))
                grid.append(
                    {"l2": l2, "role_from": role_from, "threshold": t, "rules+model": both,
                     "model": alone}
                )  # fmt: skip
    if threshold is None:
        best = max(
            grid,
            key=lambda g: (g["rules+model"]["f1"], g["model"]["f1"], -g["l2"], -g["threshold"]),
        )
    else:
        # With the threshold fixed from rule-blind documents, L2 and the role
        # source are chosen by the model's own CV F1, which the rules (written on
        # these documents) do not flatter.
        best = max(
            (g for g in grid if g["threshold"] == threshold),
            key=lambda g: (g["model"]["f1"], g["rules+model"]["f1"], -g["l2"]),
        )
    l2, threshold, role_from = best["l2"], best["threshold"], best["role_from"]
    oof = oof_by_l2[l2]
    per_fold = []
    for f, fold in enumerate(folds(data)):
        part = [data[n] for n in fold]
        per_fold.append(
            {
                "fold": f,
                "docs": len(part),
                "rules": _prf(*_count(part, oof, 2.0, with_rules=True)),
                "rules+model": _prf(*_count(part, oof, threshold, True, role_from)),
                "model": _prf(*_count(part, oof, threshold, False, role_from)),
            }
        )
    cv = {
        "folds": N_FOLDS,
        "selection": (
            "max CV record F1 of rules+model over l2 x threshold"
            if threshold is None
            else f"threshold {threshold} given; l2 and role source by max CV F1 of the model"
        ),
        "rules": _prf(*_count(data, oof, 2.0, with_rules=True)),
        "rules+model": best["rules+model"],
        "model": best["model"],
        "per_fold": per_fold,
        "grid": [
            {"l2": g["l2"], "role_from": g["role_from"], "threshold": g["threshold"],
             "rules+model_f1": g["rules+model"]["f1"], "model_f1": g["model"]["f1"],
             "model_p": g["model"]["p"], "model_r": g["model"]["r"]}
            for g in grid
        ],
    }  # fmt: skip
    feats = [c.features for d in data for c in d.cands]
    labels = [label_of(c, d.gold) for d in data for c in d.cands]
    vocab, coef, intercept = fit(feats, labels, l2, iterations)
    reachable = sum(
        len({(c.key, c.instrument) for c in d.cands} & {(a, i) for a, _, i in d.gold}) for d in data
    )
    training = {
        "gold": Path(gold_path).name,
        "documents": len(data),
        "candidates": len(feats),
        "labels": dict(sorted(Counter(CLASSES[y] for y in labels).items())),
        "gold_records": sum(len(d.gold) for d in data),
        "gold_pairs_with_candidate": reachable,
        "threshold_given": threshold,
    }
    weights = _weights(vocab, coef, intercept, threshold, l2, iterations, training, cv, role_from)
    payload = weights.model_dump(by_alias=True)
    report.append(f"{len(data)} documents, {len(feats)} candidates, {len(vocab)} features")
    report.append(f"chosen l2={l2} role_from={role_from} threshold={threshold}")
    for name in ("rules", "rules+model", "model"):
        s = cv[name]
        report.append(f"CV {name:<12} P {s['p']:.3f}  R {s['r']:.3f}  F1 {s['f1']:.3f}")
    for pf in per_fold:
        report.append(
            f"  fold {pf['fold']}: rules F1 {pf['rules']['f1']:.3f} "
            f"(P {pf['rules']['p']:.3f} R {pf['rules']['r']:.3f}) | rules+model F1 "
            f"{pf['rules+model']['f1']:.3f} (P {pf['rules+model']['p']:.3f} "
            f"R {pf['rules+model']['r']:.3f}) | model F1 {pf['model']['f1']:.3f}"
        )
    return payload, report


def dumps(payload: dict) -> str:
    """The weights file text (stable key order, one trailing newline)."""
    return json.dumps(payload, indent=1, ensure_ascii=False) + "\n"


@click.group()
def cli() -> None:
    """The learned second stage of the sponsorship extractor."""


@cli.command("train")
@click.option("--gold", "gold_path", required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--out", "out_path", required=True, type=click.Path(dir_okay=False))
@click.option("--iterations", default=ITERATIONS, show_default=True, type=click.IntRange(1))
@click.option(
    "--threshold",
    type=click.Choice([str(t) for t in THRESHOLD_GRID]),
    default=None,
    help="Fix the decision threshold (measured on documents the rules had not seen).",
)
def train_command(gold_path: str, out_path: str, iterations: int, threshold: str | None) -> None:
    """Train on GOLD (dev only) and write the weights JSON to OUT."""
    path = Path(gold_path)
    if path.name in HELD_OUT_NAMES or "staging" in path.parts:
        raise click.ClickException(f"{path} is held out: train on gold/dev.jsonl only")
    payload, report = train(path, iterations, float(threshold) if threshold else None)
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    tmp.write_text(dumps(payload), encoding="utf-8")
    tmp.replace(out)
    for line in report:
        click.echo(line)
    click.echo(f"wrote {out}")


if __name__ == "__main__":
    cli()
