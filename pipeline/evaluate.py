"""Score predictions against the gold set, next to bare spaCy.

Entities: precision, recall and F1 per label and micro-averaged, under strict
(exact span and label) and partial (overlapping span, same label; a partial
match counts one half, as in nervaluate) matching; plus the accuracy of the
normalized value on strictly matched mentions. Sponsorships: record-level
P/R/F1 on (document, actor, role, instrument), plus topic, forum and status
accuracy on matched records.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from nervaluate import Evaluator

from .constants import LABELS, MODEL_LABEL_MAP
from .gazetteer import alias_key, load_gazetteer
from .gold import GoldDocument

SYSTEM_PIPELINE = "communique"
SYSTEM_BASELINE = "spacy"
# Bare spaCy is scored with the same label mapping the pipeline starts from.
BASELINE_LABELS: dict[str, str] = MODEL_LABEL_MAP
TOPIC_MIN_OVERLAP = 0.5
_WORD = re.compile(r"\w+")
_TOPIC_STOP = frozenset({"the", "a", "an", "of", "on", "in", "to", "and", "for", "its", "their"})


@dataclass
class Prediction:
    """A system's output for one document."""

    mentions: list[dict] = field(default_factory=list)
    sponsorships: list[dict] = field(default_factory=list)
    author_code: str | None = None


@dataclass
class Scores:
    """Scores of one system on one gold file."""

    rows: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)

    def row(self, system: str, label: str, scheme: str) -> dict | None:
        """The score row of one system, label and scheme, or None when absent."""
        return next(
            (
                r
                for r in self.rows
                if r["system"] == system and r["label"] == label and r["scheme"] == scheme
            ),
            None,
        )


SCORE_COLUMNS: tuple[str, ...] = (
    "system",
    "label",
    "scheme",
    "precision",
    "recall",
    "f1",
    "support",
)
ERROR_COLUMNS: tuple[str, ...] = (
    "system",
    "doc_id",
    "error",
    "label",
    "start",
    "end",
    "text",
    "gold",
    "pred",
    "context",
)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _score_row(
    system: str, label: str, scheme: str, p: float, r: float, support: int, f1: float | None = None
) -> dict:
    return {
        "system": system,
        "label": label,
        "scheme": scheme,
        "precision": p,
        "recall": r,
        "f1": _f1(p, r) if f1 is None else f1,
        "support": support,
    }


def _accuracy_row(system: str, label: str, right: int, total: int, scheme: str = "value") -> dict:
    # An accuracy is reported in the P, R and F1 columns alike.
    acc = right / total if total else 0.0
    return _score_row(system, label, scheme, acc, acc, total, f1=acc)


def _error_row(**fields: object) -> dict:
    return {c: fields.get(c, "") for c in ERROR_COLUMNS}


def topic_overlap(gold: str, pred: str) -> float:
    """Token F1 between two topic phrases, ignoring case and function words.

    Args:
        gold: Gold topic.
        pred: Predicted topic.

    Returns:
        A value in [0, 1]; 1 when both are empty.
    """
    g = Counter(w for w in _WORD.findall(gold.lower()) if w not in _TOPIC_STOP)
    p = Counter(w for w in _WORD.findall(pred.lower()) if w not in _TOPIC_STOP)
    if not g and not p:
        return 1.0
    common = sum((g & p).values())
    if not common:
        return 0.0
    return _f1(common / sum(p.values()), common / sum(g.values()))


def value_correct(label: str, gold: dict, pred: dict) -> bool:
    """Whether a matched mention's normalized value is right.

    PLACE compares the ISO3 code and kind (and the name for regions, which have
    no code); the other labels compare ``norm`` ignoring case and accents.
    """
    if label == "PLACE":
        same_code = (gold.get("country") or "") == (pred.get("country") or "")
        if gold.get("kind") == "region" or not gold.get("country"):
            return same_code and alias_key(gold.get("norm", "")) == alias_key(pred.get("norm", ""))
        return same_code and (gold.get("kind") or "") == (pred.get("kind") or "")
    return alias_key(str(gold.get("norm", ""))) == alias_key(str(pred.get("norm", "")))


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return re.sub(r"\s+", " ", f"{left}[{text[start:end]}]{right}").strip()


def score_entities(
    gold_docs: list[GoldDocument],
    preds: dict[str, Prediction],
    system: str,
    *,
    values: bool = True,
) -> Scores:
    """Entity scores per label and micro-averaged, and the list of errors.

    Args:
        gold_docs: Gold documents.
        preds: Predictions by document id.
        system: System name for the rows.
        values: Also score normalized values (bare spaCy has none to score).

    Returns:
        Score rows (label, scheme, precision, recall, f1, counts) and error rows.
    """
    # nervaluate's offsets are inclusive: convert from our end-exclusive ones.
    true = [
        [{"label": s.label, "start": s.start, "end": s.end - 1} for s in d.spans] for d in gold_docs
    ]
    pred = [
        [
            {"label": m["label"], "start": int(m["start"]), "end": int(m["end"]) - 1}
            for m in preds.get(d.id, Prediction()).mentions
            if m["label"] in LABELS
        ]
        for d in gold_docs
    ]
    if not any(true) and not any(pred):
        return Scores()
    results = Evaluator(true, pred, tags=list(LABELS), loader="dict").evaluate()
    scores = Scores()
    totals = {scheme: Counter() for scheme in ("strict", "partial")}
    for label in LABELS:
        for scheme in ("strict", "partial"):
            res = results["entities"].get(label, {}).get(scheme)
            if res is None:
                continue
            totals[scheme].update(
                {k: getattr(res, k) for k in ("correct", "partial", "actual", "possible")}
            )
            scores.rows.append(
                _score_row(
                    system, label, scheme, res.precision, res.recall, res.possible, f1=res.f1
                )
            )
    for scheme, c in totals.items():
        hits = c["correct"] + (0.5 * c["partial"] if scheme == "partial" else 0)
        p = hits / c["actual"] if c["actual"] else 0.0
        r = hits / c["possible"] if c["possible"] else 0.0
        scores.rows.append(_score_row(system, "micro", scheme, p, r, c["possible"]))
    _value_accuracy(gold_docs, preds, system, scores, values=values)
    return scores


def _value_accuracy(
    gold_docs: list[GoldDocument],
    preds: dict[str, Prediction],
    system: str,
    scores: Scores,
    *,
    values: bool,
) -> None:
    right: Counter = Counter()
    total: Counter = Counter()
    for gold in gold_docs:
        pred_mentions = preds.get(gold.id, Prediction()).mentions
        by_key = {(int(m["start"]), int(m["end"]), m["label"]): m for m in pred_mentions}
        gold_keys = set()
        for span in gold.spans:
            key = (span.start, span.end, span.label)
            gold_keys.add(key)
            match = by_key.get(key)
            if match is None:
                scores.errors.append(
                    _error(
                        system,
                        gold,
                        "false_negative",
                        span.label,
                        span.start,
                        span.end,
                        span.norm,
                        "",
                    )
                )
                continue
            total[span.label] += 1
            if value_correct(span.label, span.model_dump(), match):
                right[span.label] += 1
            else:
                gold_value = (
                    f"{span.norm}|{span.country}|{span.kind}"
                    if span.label == "PLACE"
                    else span.norm
                )
                pred_value = (
                    f"{match.get('norm', '')}|{match.get('country', '')}|{match.get('kind', '')}"
                    if span.label == "PLACE"
                    else match.get("norm", "")
                )
                scores.errors.append(
                    _error(
                        system,
                        gold,
                        "wrong_value",
                        span.label,
                        span.start,
                        span.end,
                        gold_value,
                        pred_value,
                    )
                )
        for key, m in by_key.items():
            if key not in gold_keys and m["label"] in LABELS:
                scores.errors.append(
                    _error(
                        system,
                        gold,
                        "false_positive",
                        m["label"],
                        key[0],
                        key[1],
                        "",
                        m.get("norm", ""),
                    )
                )
    for label in (*LABELS, "micro") if values else ():
        n = sum(total.values()) if label == "micro" else total[label]
        k = sum(right.values()) if label == "micro" else right[label]
        if n:
            scores.rows.append(_accuracy_row(system, label, k, n))


def _error(
    system: str,
    gold: GoldDocument,
    kind: str,
    label: str,
    start: int,
    end: int,
    gold_value: str,
    pred_value: str,
) -> dict:
    return _error_row(
        system=system,
        doc_id=gold.id,
        error=kind,
        label=label,
        start=start,
        end=end,
        text=gold.text[start:end],
        gold=gold_value,
        pred=pred_value,
        context=_context(gold.text, start, end),
    )


def actor_key(code: str, name: str) -> str:
    """Matching key of an actor: its ISO3 code, else its organization record's name.

    "Arab Group" and "Group of Arab States" are one record of the organization
    data, so they match; a name outside the data is compared as written.
    """
    if code:
        return code
    entry = load_gazetteer().org_entry(name)
    return alias_key(entry.name if entry is not None else name)


def _sponsor_key(doc_id: str, record: dict) -> tuple[str, str, str, str]:
    actor = actor_key(record.get("actor_code") or "", str(record.get("actor", "")))
    return (doc_id, actor, record.get("role", ""), record.get("instrument", ""))


def score_sponsorships(
    gold_docs: list[GoldDocument], preds: dict[str, Prediction], system: str
) -> Scores:
    """Record-level sponsorship scores and attribute accuracy on matched records.

    Args:
        gold_docs: Gold documents.
        preds: Predictions by document id.
        system: System name for the rows.

    Returns:
        Score rows and error rows.
    """
    scores = Scores()
    tp = fp = fn = 0
    # Per role ("lead", "cosponsor", "join"): [true pos., false pos., false neg.].
    by_role: dict[str, list[int]] = {}
    attr_right: Counter = Counter()
    # One topic decision is copied to every state of a sponsor list, so topics are
    # also scored once per text: (document, instrument, gold topic), right when
    # every matched record of it is.
    text_right: dict[tuple[str, str, str], bool] = {}
    for gold in gold_docs:
        gold_recs = [s.model_dump() for s in gold.sponsorships]
        pred_recs = list(preds.get(gold.id, Prediction()).sponsorships)
        unmatched = list(pred_recs)
        for g in gold_recs:
            key = _sponsor_key(gold.id, g)
            match = next((p for p in unmatched if _sponsor_key(gold.id, p) == key), None)
            counts = by_role.setdefault(str(g.get("role", "")), [0, 0, 0])
            if match is None:
                fn += 1
                counts[2] += 1
                scores.errors.append(_sponsor_error(system, gold.id, "false_negative", g))
                continue
            unmatched.remove(match)
            tp += 1
            counts[0] += 1
            text = (gold.id, g["instrument"], alias_key(g["topic"]))
            right = topic_overlap(g["topic"], str(match.get("topic", ""))) >= TOPIC_MIN_OVERLAP
            text_right[text] = text_right.get(text, True) and right
            if right:
                attr_right["topic"] += 1
            else:
                scores.errors.append(_sponsor_error(system, gold.id, "wrong_topic", g, match))
            for attr in ("forum", "status"):
                if alias_key(str(g[attr])) == alias_key(str(match.get(attr, ""))):
                    attr_right[attr] += 1
                else:
                    scores.errors.append(_sponsor_error(system, gold.id, f"wrong_{attr}", g, match))
        for p in unmatched:
            fp += 1
            by_role.setdefault(str(p.get("role", "")), [0, 0, 0])[1] += 1
            scores.errors.append(_sponsor_error(system, gold.id, "false_positive", p))
    if tp + fp + fn == 0:
        return scores
    for label, (r_tp, r_fp, r_fn) in [("sponsorship", (tp, fp, fn))] + [
        (f"sponsorship_{role}", by_role[role]) for role in sorted(by_role)
    ]:
        precision = r_tp / (r_tp + r_fp) if r_tp + r_fp else 0.0
        recall = r_tp / (r_tp + r_fn) if r_tp + r_fn else 0.0
        scores.rows.append(_score_row(system, label, "record", precision, recall, r_tp + r_fn))
    for attr in ("topic", "forum", "status"):
        scores.rows.append(_accuracy_row(system, f"sponsorship_{attr}", attr_right[attr], tp))
        if attr == "topic":
            right, texts = sum(text_right.values()), len(text_right)
            scores.rows.append(_accuracy_row(system, "sponsorship_topic", right, texts, "text"))
    return scores


def _sponsor_error(
    system: str, doc_id: str, kind: str, record: dict, pred: dict | None = None
) -> dict:
    def detail(rec: dict | None) -> str:
        fields = ("actor", "role", "instrument", "topic", "forum", "status")
        return "" if rec is None else "|".join(str(rec.get(k, "")) for k in fields)

    spurious = kind == "false_positive"
    return _error_row(
        system=system,
        doc_id=doc_id,
        error=kind,
        label="SPONSORSHIP",
        start=record.get("start", ""),
        end=record.get("end", ""),
        gold="" if spurious else detail(record),
        pred=detail(record) if spurious else detail(pred),
        context=str(record.get("sentence", ""))[:200],
    )


def score_authors(
    gold_docs: list[GoldDocument], preds: dict[str, Prediction], system: str
) -> Scores:
    """Accuracy of the speaking government (``author_code``) per document.

    Args:
        gold_docs: Gold documents (``meta.author_code``).
        preds: Predictions by document id.
        system: System name for the rows.

    Returns:
        One score row and an error row per wrong document.
    """
    scores = Scores()
    judged = [(g, preds[g.id].author_code) for g in gold_docs if g.id in preds]
    judged = [(g, code) for g, code in judged if code is not None]
    if not judged:
        return scores
    right = 0
    for gold, code in judged:
        expected = gold.meta.get("author_code", "")
        if code == expected:
            right += 1
        else:
            scores.errors.append(
                _error_row(
                    system=system,
                    doc_id=gold.id,
                    error="wrong_author",
                    label="AUTHOR",
                    text=gold.meta.get("publisher", ""),
                    gold=expected,
                    pred=code,
                )
            )
    scores.rows.append(_accuracy_row(system, "author_code", right, len(judged)))
    return scores


def agreement(reference: list[GoldDocument], other: list[GoldDocument]) -> Scores:
    """Sponsorship and speaker agreement of a second annotation with the gold.

    The second annotation is scored as if it were a system ("annotator"), on the
    documents both files label, with the same matching as the evaluation.

    Args:
        reference: Gold documents.
        other: The same documents labelled again (spans may be empty).

    Returns:
        Score rows and disagreements as error rows.
    """
    labelled = {d.id: d for d in other}
    shared = [g for g in reference if g.id in labelled]
    preds = {
        i: Prediction(
            sponsorships=[s.model_dump() for s in d.sponsorships],
            author_code=d.meta.get("author_code", ""),
        )
        for i, d in labelled.items()
    }
    return merge(
        [
            score_sponsorships(shared, preds, "annotator"),
            score_authors(shared, preds, "annotator"),
        ]
    )


def pipeline_predictions(nlp: object, gold_docs: list[GoldDocument], workers: int = 1) -> dict:
    """Run the pipeline on the gold texts (without their ``author_code`` label).

    Args:
        nlp: The Communique pipeline.
        gold_docs: Gold documents.
        workers: Processes for ``nlp.pipe``.

    Returns:
        Predictions by document id.
    """
    from .inputs import Document
    from .runner import process

    documents = [
        Document(
            doc_id=g.id,
            source=f"gold:{g.id}",
            text=g.text,
            meta=g.pipeline_meta,
        )
        for g in gold_docs
    ]
    preds = {}
    for result in process(nlp, documents, workers=workers):
        doc_id = str(result.document["doc_id"])
        preds[doc_id] = Prediction(
            result.mentions, result.sponsorships, str(result.document["author_code"])
        )
    return preds


def baseline_predictions(model: str | None, gold_docs: list[GoldDocument]) -> dict:
    """Bare spaCy NER on the gold texts, labels mapped with :data:`BASELINE_LABELS`."""
    import spacy

    from .language import default_model

    nlp = spacy.load(
        model or default_model(),
        exclude=["parser", "tagger", "lemmatizer", "attribute_ruler", "tok2vec"],
    )
    preds = {}
    for gold, doc in zip(gold_docs, nlp.pipe(g.text for g in gold_docs), strict=True):
        mentions = [
            {
                "label": BASELINE_LABELS[e.label_],
                "start": e.start_char,
                "end": e.end_char,
                "norm": e.text,
            }
            for e in doc.ents
            if e.label_ in BASELINE_LABELS
        ]
        preds[gold.id] = Prediction(mentions, [])
    return preds


def read_predictions(pred_dir: Path) -> dict:
    """Predictions from an output folder (``mentions.csv`` and, if present, the others)."""
    from .inputs import read_table

    preds: dict = {}
    mentions = read_table(pred_dir / "mentions.csv")
    for row in mentions.to_dict(orient="records"):
        row["start"], row["end"] = int(row["start"]), int(row["end"])
        preds.setdefault(row["doc_id"], Prediction()).mentions.append(row)
    documents_path = pred_dir / "documents.csv"
    if documents_path.exists():
        for row in read_table(documents_path).to_dict(orient="records"):
            preds.setdefault(row["doc_id"], Prediction()).author_code = row["author_code"]
    sponsor_path = pred_dir / "sponsorships.csv"
    if sponsor_path.exists():
        for row in read_table(sponsor_path).to_dict(orient="records"):
            preds.setdefault(row["doc_id"], Prediction()).sponsorships.append(row)
    return preds


def score_systems(gold_docs: list[GoldDocument], systems: dict[str, dict]) -> Scores:
    """Score every system; only the pipeline has values, sponsorships and speakers.

    Args:
        gold_docs: Gold documents.
        systems: Predictions by document id, per system name.

    Returns:
        All score and error rows.
    """
    parts = []
    for name, preds in systems.items():
        is_pipeline = name == SYSTEM_PIPELINE
        parts.append(score_entities(gold_docs, preds, name, values=is_pipeline))
        if is_pipeline:
            parts.append(score_sponsorships(gold_docs, preds, name))
            parts.append(score_authors(gold_docs, preds, name))
    return merge(parts)


def merge(scores: Iterable[Scores]) -> Scores:
    """Concatenate several score sets."""
    out = Scores()
    for s in scores:
        out.rows.extend(s.rows)
        out.errors.extend(s.errors)
    return out


def format_table(scores: Scores, systems: list[str]) -> str:
    """A fixed-width table: one line per (label, scheme), one column group per system."""
    keys: list[tuple[str, str]] = []
    for row in scores.rows:
        key = (row["label"], row["scheme"])
        if key not in keys:
            keys.append(key)
    width = max([20] + [len(label) + 2 for label, _ in keys])
    header = f"{'label':<{width}}{'scheme':<9}" + "".join(
        f"{s + ' P':>12}{'R':>7}{'F1':>7}{'n':>6}" for s in systems
    )
    lines = [header, "-" * len(header)]
    for label, scheme in keys:
        line = f"{label:<{width}}{scheme:<9}"
        for system in systems:
            row = scores.row(system, label, scheme)
            if row is None:
                line += f"{'-':>12}{'-':>7}{'-':>7}{'-':>6}"
            else:
                line += f"{row['precision']:>12.3f}{row['recall']:>7.3f}"
                line += f"{row['f1']:>7.3f}{row['support']:>6}"
        lines.append(line)
    return "\n".join(lines)
