"""Post-pass over the finder's records: plain functions, no finder state.

Gives records the title a text has elsewhere in the document (``entitled``),
collapses records of one actor and role that name the same text twice
(``merge_records``), applies the UN sponsor-list convention
(``resolve_sponsor_lists``) and fills the topics a sentence did not give
(``headline_topic``, ``fill_topics``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence

from spacy.tokens import Doc

from .vocabulary import _COUNTED_WORDS, _EMPTY_TOPIC_WORDS, _FUNCTION_WORDS, _GROUP_NOUNS


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
            # One text can be tabled in two bodies ("in Geneva, Japan also submitted
            # ..."): same_instrument keeps records of two forums apart.
            if (other["actor"], other["role"]) == (rec["actor"], rec["role"]) and same_instrument(
                rec, other
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


def symbols_differ(a: dict, b: dict) -> bool:
    """Whether two records name their texts by different symbols ("resolution 2393",
    "resolution 2332")."""
    symbols = (a.get("_symbol", ""), b.get("_symbol", ""))
    return all(symbols) and symbols[0] != symbols[1]


def same_instrument(a: dict, b: dict) -> bool:
    """Whether two records are about the same text (same kind, year, symbol, forum
    and overlapping topic)."""
    if a["instrument"] != b["instrument"] or years_differ(a, b) or symbols_differ(a, b):
        return False
    if a.get("_other", False) != b.get("_other", False) and a["status"] != b["status"]:
        # "We will present a follow-up resolution": a later text of the series.
        return False
    forums = {a.get("forum", ""), b.get("forum", "")} - {""}
    return len(forums) < 2 and topics_agree(a["topic"], b["topic"])


def resolve_sponsor_lists(records: list[dict], authors: list[dict] | None = None) -> list[dict]:
    """Apply the UN sponsor-list convention across a document.

    Members of a sponsor list ("submitted by: A, B, C") are co-sponsors (a joint
    text's signatories: joiners, as ``_list_role`` says) when the
    document names who introduced or presented the text, and leads otherwise. A
    lead gets no second record as co-sponsor or joiner of the same text, except
    as a joiner of a declaration it initiated and also endorsed.

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
                rec = rec | {"role": rec.get("_list_role", "cosponsor")}
        out.append(rec)
    leads = [r for r in out if r["role"] == "lead"]

    def shadowed(r: dict) -> bool:
        # A joiner is only shadowed by a lead in the same sentence: "X will
        # sponsor A and join B" names two texts that may share a word.
        if r["role"] == "join" and r["instrument"] == "declaration":
            # An initiator that also endorses its own declaration has both
            # records (the guidelines, L10).
            return False
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
# "HRC36", "UNGA78": a session's code.
_SESSION_CODE = re.compile(r"^[A-Z]{2,5}\d{1,3}$")
# Words that open a second clause in a headline ("... as talks end", "... after a vote").
_HEADLINE_CLAUSES = frozenset({"as", "after", "amid", "while", "despite", "following", "ahead"})
# Nouns a wire headline uses for the text itself besides instrument words, and
# for whose idea it was ("on Bangladesh's proposal", "at Brazil's initiative").
_HEADLINE_TEXT_NOUNS = frozenset({"text", "draft", "measure", "proposal", "initiative", "request"})
# Prepositions that open such a phrase ("in British-drafted text").
_HEADLINE_PREPOSITIONS = frozenset({"in", "under", "via", "on", "at"})
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


def headline_topic(
    doc: Doc, forums: Callable[[str], str], instruments: Collection[str] = ()
) -> str:
    """What the headline says the document's instrument is about.

    The first line of the text up to its first break (",", ":", a dash) or
    second clause ("as", "after"), without the forum or actor that opens it and
    the verb that follows ("Security Council Renews Yemen Sanctions for One
    Year, Extends ..." -> "Yemen Sanctions for One Year").

    Args:
        doc: A processed document whose first line is its headline.
        forums: Maps an ORG norm to its forum name, "" when it is not a forum.
        instruments: Instrument words (lower case); an opening clause that names
            one ("Adopting Resolution 2240 (2015), ...") is skipped.

    Returns:
        The phrase, or "" when the document has no headline line.
    """
    newline = doc.text.find("\n")
    if newline <= 0:
        return ""
    skip: set[int] = set()
    opening = True
    # "Belarus: Declaration by ...": a place that opens the headline.
    opening_place = None
    for ent in doc.ents:
        if ent.start_char >= newline:
            break
        if ent.start == 0 and ent.label_ == "PLACE":
            opening_place = ent.text
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
    code = False
    opener = _participle_opener(doc, newline, instruments)
    for tok in doc:
        if tok.idx >= newline:
            break
        if tok.i < opener:
            continue
        if not words and not code and _SESSION_CODE.match(tok.text):
            # "HRC36: Council stands by ...": the session's code, then the headline.
            code = True
            continue
        if tok.text in _HEADLINE_BREAKS:
            if code and not words:
                continue
            if not words and tok.text == ":" and opening_place is not None:
                # "Belarus: Declaration by the High Representative ...": the place
                # the headline files the text under.
                return opening_place
            break
        if words and tok.lower_ in _HEADLINE_CLAUSES:
            break
        if (
            words
            and tok.lower_ in _HEADLINE_PREPOSITIONS
            and _names_text(doc, tok.i, newline, instruments)
        ):
            # "calls for Gaza ceasefire in British-drafted text": where the topic is.
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


def _names_text(doc: Doc, i: int, newline: int, instruments: Collection[str]) -> bool:
    # "in British-drafted text", "in U.S.-proposed statement", "on Bangladesh's
    # proposal": a prepositional phrase of up to five words that ends on the text.
    for tok in doc[i + 1 : i + 6]:
        if tok.idx >= newline or tok.text in _HEADLINE_BREAKS:
            return False
        if tok.lower_ in instruments or tok.lower_ in _HEADLINE_TEXT_NOUNS:
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            return (
                nxt is None
                or nxt.idx >= newline
                or not nxt.is_alpha
                or nxt.lower_ in _HEADLINE_CLAUSES
            )
    return False


def _participle_opener(doc: Doc, newline: int, instruments: Collection[str]) -> int:
    # "Adopting Resolution 2240 (2015), Security Council Authorizes ...": a clause
    # that only names the text; the headline's topic comes after its comma.
    first = doc[0] if len(doc) else None
    if first is None or not (first.is_title and first.lower_.endswith("ing")):
        return 0
    for tok in doc[1:]:
        if tok.idx >= newline:
            return 0
        if tok.text == ",":
            named = any(t.lower_ in instruments for t in doc[1 : tok.i])
            return tok.i + 1 if named else 0
    return 0


def fill_topics(
    records: list[dict],
    fallback: str,
    named: Sequence[tuple[int, str, str]] = (),
    other_texts: Collection[int] = (),
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
        other_texts: ``id`` of records about another text than the one at hand
            ("Moscow had circulated its own draft on X"): they lend no topic.

    Returns:
        The records, with ``topic`` filled where it was empty.
    """
    with_topic = [r for r in records if r["topic"] and id(r) not in other_texts]
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


def names_actor(record: dict, aliases: Iterable[str] = ()) -> bool:
    """Whether a record's topic names its own actor ("the situation in Haiti").

    Args:
        record: A sponsorship record with its topic filled.
        aliases: Other names of the actor ("Russian Federation" for Russia).

    Returns:
        True when the actor's name or an alias is a whole phrase of the topic.
    """
    topic = record["topic"]
    return any(
        re.search(rf"(?<!\w){re.escape(name)}(?!\w)", topic) is not None
        for name in (record["actor"], *aliases)
        if name
    )
