"""Token helpers: rule phrases as token tuples, and matching them in a Doc.

Phrases are split the way the tokenizer splits them ("co-sponsor" is three
tokens), so a rule phrase matches by comparing lowercased token texts.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .vocabulary import _CALLING, BULLETS


def calls_on(doc: Doc, i: int) -> bool:
    """Whether the token at ``i`` opens "calls on"/"called upon", an appeal ("a
    treaty called X" names the treaty)."""
    return doc[i].lower_ in _CALLING and i + 1 < len(doc) and doc[i + 1].lower_ in {"on", "upon"}


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


def after_symbol(doc: Doc, k: int, end: int) -> int:
    """The first token from ``k`` that is not part of a document symbol
    ("resolution 26/16", "resolution 2254 (2015)": digits and brackets)."""
    while k < end and (any(c.isdigit() for c in doc[k].text) or doc[k].text in {"(", ")"}):
        k += 1
    return k


def symbol_after(doc: Doc, i: int) -> str:
    """The symbol that follows the instrument word at ``i`` ("resolution 2332",
    "decision 2/115", "draft A/HRC/30/L.6"), or "" when none does."""
    if i + 1 >= len(doc):
        return ""
    text = doc[i + 1].text
    return text if any(c.isdigit() for c in text) else ""


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


def phrase_ending_at(doc: Doc, j: int, phrases: list[tuple[str, ...]], sent: Span) -> int:
    """Length of the first phrase that ends at token ``j`` inside ``sent``, 0 when none does."""
    for words in phrases:
        lo = j - len(words) + 1
        if lo >= sent.start and match_phrase(doc, lo, words, sent.end):
            return len(words)
    return 0
