"""Names shared by the components: labels, extension attributes, methods."""

import re

LABELS: tuple[str, ...] = ("DATE", "PLACE", "ORG", "PERSON")

# How the statistical NER's labels map onto ours; anything else is dropped.
MODEL_LABEL_MAP: dict[str, str] = {
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
    "ORG": "ORG",
    "DATE": "DATE",
    "PERSON": "PERSON",
}

# Values of the ``method`` column: which component produced a mention.
METHOD_NER = "ner"
METHOD_GAZETTEER = "gazetteer"
METHOD_RULE = "rule"
METHOD_ACRONYM = "acronym"

PLACE_KINDS: tuple[str, ...] = ("country", "city", "region")
ROLES: tuple[str, ...] = ("lead", "cosponsor", "join")
INSTRUMENTS: tuple[str, ...] = ("resolution", "declaration", "statement", "decision", "amendment")
STATUSES: tuple[str, ...] = ("planned", "done")

# Span group holding the evidence sentences of sponsorships.
SPANS_SPONSORSHIP = "communique_sponsorship"

# Fields of a sponsorship record, in the column order of sponsorships.csv.
SPONSORSHIP_FIELDS: tuple[str, ...] = (
    "instrument",
    "topic",
    "forum",
    "actor",
    "actor_code",
    "role",
    "status",
    "date",
    "sentence",
    "start",
    "end",
)

# A numbered session of a treaty body written as one word ("COP28", "MOP22",
# CITES's "CoP17", Basel's "COP-15"): an ORG named by itself (gold/GUIDELINES.md),
# and the forum of its texts.
SESSION_CODE = re.compile(r"(?:COP|CoP|CMP|CMA|MOP|MoP)-?\d{1,2}")


def is_session_code(text: str) -> bool:
    """Whether ``text`` is a numbered treaty session's short name ("COP26")."""
    return SESSION_CODE.fullmatch(text) is not None
