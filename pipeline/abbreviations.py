"""Acronyms defined in parentheses: "Organization of American States (OAS)".

A Schwartz–Hearst style matcher: the short form's letters must be found, in
order, in the words before the parenthesis, the first letter starting a word.
Off-the-shelf detectors cut "Organization of American States" to "of American
States"; here the long form must start at a word whose initial is the
acronym's first letter.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span


def is_short_form(text: str) -> bool:
    """True for a plausible acronym: 2–10 chars, starts alphanumeric, has a capital."""
    return (
        2 <= len(text) <= 10
        and text[0].isalnum()
        and any(c.isupper() for c in text)
        and len(text.split()) <= 2
    )


def best_long_form(short: str, candidate: str) -> int | None:
    """Where in ``candidate`` the long form of ``short`` starts (Schwartz & Hearst 2003).

    Args:
        short: The acronym, e.g. "OAS".
        candidate: The words before the parenthesis.

    Returns:
        The character index the long form starts at, or None.
    """
    s_index = len(short) - 1
    l_index = len(candidate) - 1
    while s_index >= 0:
        ch = short[s_index].lower()
        if not ch.isalnum():
            s_index -= 1
            continue
        while l_index >= 0 and (
            candidate[l_index].lower() != ch
            or (s_index == 0 and l_index > 0 and candidate[l_index - 1].isalnum())
        ):
            l_index -= 1
        if l_index < 0:
            return None
        l_index -= 1
        s_index -= 1
    return candidate.rfind(" ", 0, l_index + 1) + 1


_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "to", "de", "del", "la", "&"})


def initials_long_form(short: str, words: list[str]) -> int | None:
    """Index of the first word when the acronym spells the words' initials.

    Function words ("of", "the") may be skipped; hyphenated words give one
    initial per part ("Inter-American" gives I and A).

    Args:
        short: The acronym, e.g. "OAS".
        words: The words before the parenthesis.

    Returns:
        The index in ``words`` where the long form starts, or None.
    """
    letters = [c for c in short if c.isupper() or c.isdigit()]
    if not letters:
        return None
    pos = len(letters) - 1
    for w_index in range(len(words) - 1, -1, -1):
        word = words[w_index]
        parts = [p for p in word.replace("–", "-").split("-") if p]
        for part in reversed(parts):
            if part.lower() in _FUNCTION_WORDS and not part[0].isupper():
                continue
            if pos >= 0 and part[0].upper() == letters[pos]:
                pos -= 1
            else:
                return None
        if pos < 0:
            return w_index
    return None


def find_abbreviations(doc: Doc) -> list[tuple[Span, Span]]:
    """Pairs of (long form, short form) defined as "Long Form (SF)".

    Args:
        doc: A tokenized document.

    Returns:
        Token spans of each definition, in text order.
    """
    pairs: list[tuple[Span, Span]] = []
    for i, token in enumerate(doc):
        if token.text != "(" or i == 0:
            continue
        close = next((j for j in range(i + 1, min(i + 4, len(doc))) if doc[j].text == ")"), None)
        if close is None or close == i + 1:
            continue
        short = doc[i + 1 : close]
        if not is_short_form(short.text):
            continue
        # Window: at most min(|A| + 5, |A| * 2) words before the parenthesis, same sentence line.
        n_words = min(len(short.text) + 5, len(short.text) * 2)
        start = i
        while start > 0 and i - start < n_words and "\n" not in doc[start - 1].text_with_ws:
            if doc[start - 1].is_punct and doc[start - 1].text not in {"-", "&", "'", "’"}:
                break
            start -= 1
        window = doc[start:i]
        first = initials_long_form(short.text, [t.text for t in window])
        if first is not None:
            long_span = window[first:]
        else:
            offset = best_long_form(short.text, window.text)
            if offset is None:
                continue
            long_span = window.char_span(offset, len(window.text), alignment_mode="expand")
        if long_span is None or (len(long_span) < 2 and len(long_span.text) <= len(short.text)):
            continue
        # A long form starts at a capitalized word: "countries of the Community of ..."
        # loses "countries of the".
        while len(long_span) > 1 and not long_span[0].is_title and not long_span[0].is_upper:
            long_span = long_span[1:]
        pairs.append((long_span, short))
    return pairs
