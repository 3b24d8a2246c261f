"""The spaCy component ``communique_sponsorships`` and its factory.

Wraps :class:`~pipeline.sponsorships.finder.SponsorshipFinder` with the packaged
(or ``data_dir``) resource files, runs the optional second stage of
:mod:`pipeline.sponsor_model`, fills missing topics and writes ``doc._.sponsorships``
and the evidence span group. Importing this module registers the factory.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..constants import SPANS_SPONSORSHIP
from ..gazetteer import load_gazetteer
from ..serialize import ResourceComponent
from .finder import SponsorshipFinder
from .records import fill_topics, headline_topic, names_actor, same_instrument
from .rules import load_rules


def presented_lists(list_leads: list[dict], extra: list[dict]) -> None:
    """Apply the UN sponsor-list convention to presenters the second stage found.

    The rules leave a sponsor list's members as leads when no presenter is named
    ("Its sponsors included A, B"). A state the second stage reads as presenting
    the same text in an earlier sentence ("Abbas presented the text himself")
    makes them co-sponsors after all.

    Args:
        list_leads: Rule records of sponsor-list members left as ``lead``; their
            roles are changed in place.
        extra: The second stage's records.
    """
    presenters = [r for r in extra if r["role"] == "lead" and r["actor_code"]]
    for rec in list_leads:
        if any(p["start"] < rec["start"] and same_instrument(p, rec) for p in presenters):
            rec["role"] = "cosponsor"


def find_sponsorships(doc: Doc, finder: SponsorshipFinder) -> list[dict]:
    """Sponsorship records of a processed document.

    Args:
        doc: A document with normalized entities and ``doc._.author_code``.
        finder: The rule engine.

    Returns:
        One dict per (instrument, topic, actor, role); keys as :data:`RECORD_KEYS`.
    """
    return finder(doc)


class SponsorshipComponent(ResourceComponent):
    """spaCy component ``communique_sponsorships``."""

    # --- second stage (pipeline/sponsor_model.py): "sponsor_model" file, model load, extra records
    files = (
        "countries",
        "cities",
        "regions",
        "organizations",
        "sponsorship_rules",
        "sponsor_model",
    )

    def __init__(
        self, nlp: Language, name: str, *, data_dir: str = "", second_stage: bool = True
    ) -> None:
        """Create the component and load its data files.

        Args:
            nlp: The pipeline.
            name: Component name.
            data_dir: Folder with the data files; "" for the packaged ones.
            second_stage: Whether the learned second stage adds records to the rules'.
        """
        # Read by _load, which the base class calls.
        self.use_second_stage = second_stage
        super().__init__(nlp, name, data_dir=data_dir)

    def _load(self) -> None:
        from ..sponsor_model import SponsorModel, load_weights

        directory = Path(self.data_dir) if self.data_dir else None
        self.finder = SponsorshipFinder(load_rules(directory), load_gazetteer(self.data_dir))
        weights = load_weights(directory) if self.use_second_stage else None
        self.second_stage = SponsorModel(weights) if weights is not None else None

    def _other_names(self, code: str) -> tuple[str, ...]:
        # "the Republic of Chechnya of the Russian Federation" names Russia.
        country = self.finder.gazetteer.by_code.get(code) if code else None
        return (country.official,) if country is not None else ()

    def __call__(self, doc: Doc) -> Doc:
        records = find_sponsorships(doc, self.finder)
        extra: list[dict] = []
        if self.second_stage is not None:
            # The rules stay first; the model only adds (actor, instrument) pairs they missed.
            extra = self.second_stage.extra_records(doc, self.finder, records)
        # --- end second stage
        records = [r for r in records + extra if r["actor"] not in self.finder.host_organizations]
        for rec in records:
            if self.finder.generic_topic(rec["topic"]):
                rec["topic"] = ""
        if any(not r["topic"] for r in records):
            fallback = self.finder.title_topic or headline_topic(
                doc, self.finder.forum_name, self.finder.rules.instruments
            )
            if self.finder.generic_topic(fallback):
                fallback = ""
            fill_topics(records, fallback, self.finder.named_topics, self.finder.other_texts)
        if extra:
            # The model reads cue words near a name, so it cannot tell the state a
            # text is about ("the situation in Haiti") from one that sponsors it.
            dropped = {id(r) for r in extra if names_actor(r, self._other_names(r["actor_code"]))}
            records = [r for r in records if id(r) not in dropped]
            presented_lists(self.finder.list_leads, [r for r in extra if id(r) not in dropped])
        doc._.sponsorships = records
        spans = []
        for rec in records:
            span = doc.char_span(rec["start"], rec["end"], alignment_mode="expand")
            if span is not None and all(span != s for s in spans):
                spans.append(span)
        doc.spans[SPANS_SPONSORSHIP] = spans
        return doc


@Language.factory(
    "communique_sponsorships",
    assigns=["doc._.sponsorships", "doc.spans"],
    requires=["doc.ents", "span._.norm"],
    default_config={"data_dir": "", "second_stage": True},
)
def make_sponsorships(
    nlp: Language, name: str, *, data_dir: str, second_stage: bool
) -> SponsorshipComponent:
    """Create the component; ``data_dir`` is "" for the packaged rule files and
    ``second_stage`` false for the rules alone."""
    return SponsorshipComponent(nlp, name, data_dir=data_dir, second_stage=second_stage)
