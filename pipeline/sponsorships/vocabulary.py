"""Closed word sets and constants of the sponsorship rules.

The rules test tokens against these small sets ("the", "following", the
passive auxiliaries, the bullet marks, ...). They live in code rather than in
``sponsorship_rules.json`` because they are grammar, not data: changing one
changes how every phrasing is read.
"""

from __future__ import annotations

from ..constants import SPONSORSHIP_FIELDS

RECORD_KEYS: tuple[str, ...] = SPONSORSHIP_FIELDS
# Line-initial bullet marks ("•", "-", ...), for lists of one actor or text per line.
BULLETS = frozenset({"•", "-", "*", "–", "·", "◦", "▪"})
_CLAUSE_END = frozenset({".", ";", "!", "?"})
_DASHES = frozenset({"-", "–", "—"})
# Treaty nouns, texts only when signed ("signed the treaty"); see _signed_object.
_SIGNED_TEXTS = frozenset({"treaty", "treaties", "convention", "conventions", "charter"})
# A treaty's lists of species or substances: a proposal to change one amends the
# treaty ("the proposal to include the giraffe in Appendix II").
_LISTS = frozenset({"appendix", "appendices", "annex", "annexes", "schedule", "schedules"})
# A species convention's appendix or a chemicals convention's annex: "Appendix
# II" (CITES, CMS), "Annex A" (Stockholm); not the "Annex I" parties of a climate text.
_TREATY_LISTS = {
    "appendix": {"I", "II", "III"},
    "appendices": {"I", "II", "III"},
    "annex": {"A", "B", "C"},
    "annexes": {"A", "B", "C"},
}
# What says a species or chemical was put on a treaty's list ("were included in
# Appendix II", "the inclusion in Appendix II of"): the past participles of the
# adding verbs of _LISTING_VERBS (irregular, so written out) and _LISTING_NOUNS.
_LISTED_WORDS = frozenset(
    {"listed", "included", "inclusion", "listing", "transferred", "moved", "added", "uplisted"}
)
_LISTING_NOUNS = frozenset({"inclusion", "listing"})
_LISTING_VERBS = frozenset(
    {"include", "list", "transfer", "move", "delete", "remove", "add", "uplist", "downlist"}
)
# Verbs by which a text asks others to sign a treaty ("urged States to sign");
# "call" only with "on"/"upon", since "a treaty called X" names it.
_EXHORTING = frozenset(
    {"urged", "urges", "urging", "encouraged", "encourages", "invited", "invites",
     "appealed", "appeals"}
)  # fmt: skip
# Verbs by which a text addresses another body ("recommends that the Security
# Council refer", "requests the Council to"): that body is not where it is tabled.
_ADDRESSING = _EXHORTING | frozenset(
    {"recommends", "recommended", "requests", "requested", "asks", "asked", "calls", "called"}
)  # fmt: skip
_CALLING = frozenset({"called", "calls", "calling", "call"})
# "violated Security Council resolutions 1718 (2006)", "in breach of resolution
# 2231": a text broken is an earlier one, never the text at hand.
_VIOLATING = frozenset(
    {"violated", "violates", "violate", "violating", "violation", "violations", "breached",
     "breaches", "breach", "breaching", "contravened", "contravenes", "contravening",
     "contravention", "defied", "defies", "defying", "defiance", "flouted", "flouting"}
)  # fmt: skip
# "calls on South Africa to co-sponsor", "we urged Brazil to join": whoever is
# asked to sponsor a text has not sponsored it. Not "press", which press
# releases mostly use as a noun ("told the press that Canada intends to").
_APPEALING = _EXHORTING | frozenset(
    {"urge", "encourage", "encouraging", "invite", "inviting", "appeal", "ask", "asks",
     "asked", "asking", "pressed", "persuade", "persuades", "persuaded", "lobbied"}
)  # fmt: skip
# Words of signing a treaty ("significant" is not one, though it starts alike).
_SIGNING_WORDS = frozenset(
    {"sign", "signs", "signed", "signing", "signature", "signatures", "signatory"}
    | {"signatories", "adhere", "adheres", "adhered", "adhering", "adherence"}
)
# "put their names to the Convention": signing it.
_SIGNING_PHRASES: list[tuple[str, ...]] = [
    (verb, owner, noun, "to")
    for verb in ("put", "puts", "putting", "added", "adds", "add")
    for owner, noun in (("its", "name"), ("their", "names"), ("their", "name"))
]
_TREATY_FILLERS = frozenset({"the", "this", "that", "a", "new", "its", "-"})
# What joins a treaty's name to the rest of its title ("Convention on ...").
_TREATY_LINKS = frozenset({"on", "against", "for"})
# Words of a counted set of states ("the following 38 participating States").
_COUNTED_WORDS = frozenset({"the", "following", "participating", "member", "other", "more", "all"})
# Words before the number of an unnamed set ("on behalf of a group of 63 member states").
_COUNT_OPENERS: list[tuple[str, ...]] = [
    ("a", "group", "of"),
    ("a", "total", "of"),
    ("the",),
    ("some",),
]
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
# "the core group that presented", "the countries that presented": nouns whose
# members a relative clause can describe.
_GROUP_HEADS = _GROUP_NOUNS | {"group"}
# "the same ten elected members": words between the count and the group noun.
_GROUP_ADJECTIVES = frozenset({"elected", "permanent", "non-permanent", "original", "core"})
# "a member of / part of the core group that presented": membership of a group.
_MEMBERSHIP_NOUNS = frozenset({"member", "members", "part"})
# Words between "among" and a counted group noun ("among a group of eight countries").
_GROUP_OPENERS = frozenset({"the", "a", "group", "of", "small"})
# Adverbs and auxiliaries between a subject (or "that") and its verb: "X also
# has co-sponsored", "a resolution that would endorse".
_VERB_FILLERS = frozenset(
    {"also", "then", "later", "further", "thereby", "has", "have", "had", "will", "would", "could"}
)
# "joined it in opposing / voting against / rejecting the draft".
_OPPOSING_STEMS = ("oppos", "vot", "reject", "abstain", "block", "veto", "boycott")
_PASSIVE_AUX = frozenset({"was", "were", "been", "being", "is", "are", "be"})
# "draft" alone names a resolution unless a later word or the text before says
# otherwise ("draft declaration", "a draft presidential statement").
_DRAFT_NOUNS = frozenset({"draft", "drafts"})
# ", which ..., was joined by": auxiliaries between a relative clause and the verb.
_RELATIVE_AUX = _PASSIVE_AUX | {"had"}
# "X will be listed": the auxiliaries and modals between a subject and its verb.
_MODALS = frozenset({"will", "would", "shall", "should", "may", "might", "can", "could", "must"})
_AUX_OR_MODAL = _PASSIVE_AUX | _MODALS
# "a rival draft", "another statement": a second text.
_OTHER_TEXT = frozenset({"rival", "another", "competing", "counter", "alternative", "other", "own"})
# "based on", "related to": a participle after a name that modifies it.
_MODIFIER_PREPOSITIONS = frozenset({"on", "to", "with", "by", "from", "against", "for"})
# "Germany and Brazil, the two main sponsors": words between an apposition's comma
# and its noun trigger.
_APPOSITION_WORDS = frozenset(
    {"the", "its", "their", "main", "principal", "original", "both", "a", "an", "one", "of", "as"}
)
# "The United Kingdom, the penholder on Yemen, drafted": words that open a noun
# phrase in apposition to the subject.
_APPOSITION_OPENERS = frozenset({"the", "a", "an", "its", "their", "this", "one"})
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
_ON_THE_BASIS = ("on", "the", "basis", "of")
# Words that open a participle's object: "calling for", "urging the", "urging all".
_OBJECT_STARTS = frozenset(
    {"for", "on", "upon", "the", "a", "an", "all", "its", "their", "to", "that", "states"}
)
# Words that open a finite verb's object ("and endorses an Arab League plan"): not
# the prepositions, which also follow a plural noun ("and attacks on journalists").
_VERB_OBJECT_STARTS = _OBJECT_STARTS - {"for", "on", "upon", "to", "that", "states"}
# Words before "session of <forum>" besides numbers ("the next session of").
_SESSION_WORDS = frozenset({"next", "upcoming", "current", "regular", "special", "resumed"})
_ENVOY_NOUNS = frozenset({"ambassador", "envoy", "representative", "delegate"})
SPEECH_VERBS = frozenset({"said", "says", "told", "stated", "noted", "added", "stressed"})
# Nouns for the drafting of a text itself: a relative after them still refers to
# the text ("consultations ..., a process that Norway and Argentina led").
_DRAFTING_NOUNS = frozenset({"process", "effort", "efforts", "consultations"})
# "the text would be adopted", "would not have": no deed of the text follows.
_NOT_DONE = frozenset({"be", "been", "not", "never", "also", "still", "likely"})
# "would have singled out Iran": a verb's particle before its object.
_PARTICLES = frozenset({"out", "up", "down", "off"})
# "which passed by 12 votes", "which it adopted": words after a relative's verb
# that open no object.
_NOT_OBJECTS = frozenset(
    {"by", "with", "in", "at", "after", "before", "without", "to", "as", "from", "into"}
    | {"over", "against", "during", "until", "under", "it", "them", "unanimously"}
)
# What a forum does to a mandate by a text ("the Council extended the mandate of").
_RENEWAL_VERBS = frozenset({"renewed", "extended", "established", "created"})
_DETERMINERS = frozenset({"a", "an", "all", "any", "each", "every", "some", "both", "no"})
# Words beside a generic noun that do not make it a subject ("the new goal").
_GENERIC_DETERMINERS = _DETERMINERS | {"the", "its", "their", "this", "new"}
# "which sought to delete X": verbs of what a text was meant to do.
_SEEKING = frozenset({"sought", "seeks", "seek", "aimed", "aims", "tried", "tries"})
_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "to", "on", "in", "and", "for", "its", "s"})
# "a resolution proclaiming / declaring / designating X the International Day of Y".
_PROCLAIM_STEMS = ("proclaim", "declar", "designat", "recogniz", "recognis")
_OBSERVANCE_HEADS = frozenset({"Day", "Days", "Week", "Year", "Decade"})
# Lower-case words inside a capitalized name ("Day of Non-Violence").
_NAME_LINKS = frozenset({"of", "for", "and", "against", "on", "to", "in", "the"})
# "put forward in New York by", "presented ... to the Human Rights Council":
# prepositions that say where a text went, not who tabled it or what it is about.
_WHERE_PREPOSITIONS = frozenset({"in", "at", "to", "before"})
# Prepositions that make a city a place, not an actor ("our delegation in Paris").
_LOCATIVES = _WHERE_PREPOSITIONS | {"from", "near", "outside", "via"}
# "the members of the OIC", "the 27 member States of the European Union": members
# of a body, who are not the body.
_MEMBERS_OF: list[tuple[str, ...]] = [
    ("members", "of"),
    ("member", "states", "of"),
    ("member", "countries", "of"),
    # "the nine countries of the Community of Portuguese Language Countries (CPLP):".
    ("countries", "of"),
    ("states", "of"),
]
# "which joined the council last year": bodies one joins as a member.
_BODY_NOUNS = frozenset({"council", "assembly", "board", "committee", "commission", "organization"})
# "read the text on behalf of": a determiner right after the verb opens its object,
# so the verb is active, whatever "by" or "on behalf of" follows.
_OBJECT_DETERMINERS = frozenset(
    {"the", "a", "an", "its", "their", "this", "that", "these", "those", "his", "her", "our"}
)
# Working keys of a record, dropped before it is returned.
_PRIVATE_KEYS = ("_list", "_list_role", "_title", "_named", "_year", "_other", "_symbol")
# "was proud to be among its co-sponsors": a state, not a plan.
_PROUD = frozenset({"proud", "pleased", "honoured", "honored", "glad", "happy", "delighted"})
# Words that place an event before the one the sentence reports.
_EARLIER = frozenset({"after", "following", "since", "despite"})
# Words that alone make no topic ("... after the US signs on as co-sponsor" -> "as").
_EMPTY_TOPIC_WORDS = _FUNCTION_WORDS | frozenset(
    {"as", "at", "by", "be", "with", "from", "that", "this", "it", "text", "draft", "own"}
)
# "the Assembly", "the Board": a named body referred back to by its head noun.
_BODY_HEADS = frozenset({"Assembly", "Council", "Committee", "Summit", "Board"})
# "supported the resolution's goals": what a text aims at, which is not the text.
_AIM_NOUNS = frozenset(
    {"goal", "goals", "aim", "aims", "objective", "objectives", "intent", "intention"}
    | {"intentions", "spirit", "thrust", "purpose", "purposes", "message"}
)
# Objects of a participle before its infinitive ("committing them to end ...").
_OBJECT_PRONOUNS = frozenset({"them", "it", "us", "themselves", "itself", "ourselves"})
# Words between "led" and "delegation": "the Kenyan delegation", "our own delegation".
_DELEGATION_WORDS = frozenset({"the", "a", "its", "his", "her", "their", "our", "own", "national"})
# "expressing serious concern at X": the topic is X.
_CONCERN_DEGREES = frozenset(
    {"deep", "serious", "grave", "great", "strong", "growing", "increasing"}
)
_CONCERN_LINKS = frozenset({"at", "over", "about", "regarding"})
# Words between "joined" and the sponsors it joins ("joined the initial 12
# sponsors", "the original co-sponsors").
_SPONSOR_SET_WORDS = frozenset({"the", "its", "initial", "original", "first", "existing", "other"})
