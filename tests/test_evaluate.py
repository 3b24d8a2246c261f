"""The evaluation against gold, with thresholds that lock in the quality reached.

Raise a threshold when a change improves a score. Lower one only for a
measured trade-off (another score rose more) and say so in the commit message.
Scores are measured with ``make evaluate``.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.evaluate import (
    Prediction,
    actor_key,
    agreement,
    score_sponsorships,
    topic_overlap,
    value_correct,
)
from pipeline.gold import GoldDocument
from pipeline.inputs import read_table

from .conftest import ROOT

# (label, scheme) -> minimum score of the pipeline, per split, set just below the
# values measured after batch 50 entered (the README says which floors fell
# with the new documents and why).
THRESHOLDS: dict[str, dict[tuple[str, str], float]] = {
    "dev": {
        ("DATE", "strict"): 0.95,
        ("PLACE", "strict"): 0.972,
        ("ORG", "strict"): 0.871,
        ("PERSON", "strict"): 0.842,
        ("micro", "strict"): 0.934,
        ("micro", "partial"): 0.944,
        ("DATE", "value"): 0.996,
        ("PLACE", "value"): 0.992,
        ("ORG", "value"): 0.968,
        ("PERSON", "value"): 0.985,
        ("sponsorship", "record"): 0.904,
        ("sponsorship_topic", "value"): 0.884,
        ("sponsorship_topic", "text"): 0.763,
        ("sponsorship_forum", "value"): 0.932,
        ("sponsorship_status", "value"): 0.996,
        ("author_code", "value"): 0.952,
    },
    "test": {
        ("DATE", "strict"): 0.95,
        ("PLACE", "strict"): 0.971,
        ("ORG", "strict"): 0.857,
        ("PERSON", "strict"): 0.83,
        ("micro", "strict"): 0.929,
        ("micro", "partial"): 0.939,
        ("DATE", "value"): 0.995,
        ("PLACE", "value"): 0.992,
        ("ORG", "value"): 0.959,
        ("PERSON", "value"): 0.975,
        ("sponsorship", "record"): 0.773,
        ("sponsorship_topic", "value"): 0.773,
        ("sponsorship_topic", "text"): 0.718,
        ("sponsorship_forum", "value"): 0.862,
        ("sponsorship_status", "value"): 0.992,
        ("author_code", "value"): 0.956,
    },
}


@pytest.fixture(scope="module", params=["dev", "test"])
def evaluation(request, tmp_path_factory):
    split = request.param
    report = tmp_path_factory.mktemp(f"report-{split}")
    args = ["evaluate", "--gold", str(ROOT / "gold" / f"{split}.jsonl"), "--baseline"]
    args += ["--report", str(report)]
    for (label, scheme), value in THRESHOLDS[split].items():
        args += ["--min-f1", f"{label}:{scheme}={value}"]
    result = CliRunner().invoke(main, args)
    return split, result, read_table(report / "scores.csv"), read_table(report / "errors.csv")


class TestEvaluateCommand:
    def test_thresholds_hold(self, evaluation):
        split, result, _, _ = evaluation
        assert result.exit_code == 0, f"{split}:\n{result.output}"

    def test_pipeline_beats_bare_spacy(self, evaluation):
        _, _, scores, _ = evaluation
        micro = scores[(scores.label == "micro") & (scores.scheme == "strict")]
        f1 = dict(zip(micro.system, micro.f1.astype(float), strict=True))
        assert f1["communique"] > f1["spacy"]

    def test_report_lists_errors_with_context(self, evaluation):
        _, _, _, errors = evaluation
        assert set(errors.error) >= {"false_positive", "false_negative"}
        entity_errors = errors[errors.label.isin(["DATE", "PLACE", "ORG", "PERSON"])]
        assert len(entity_errors)
        assert (entity_errors.context != "").all()
        assert (entity_errors.doc_id != "").all()

    def test_threshold_above_score_fails(self):
        result = CliRunner().invoke(
            main,
            ["evaluate", "--gold", str(ROOT / "gold" / "dev.jsonl"), "--min-f1", "PLACE=1.01"],
        )
        assert result.exit_code != 0

    def test_scores_existing_outputs(self, tmp_path):
        result = CliRunner().invoke(
            main,
            [
                "evaluate",
                "--gold",
                str(ROOT / "gold" / "dev.jsonl"),
                "--pred",
                str(ROOT / "outputs"),
            ],
        )
        assert result.exit_code == 0, result.output
        assert "PLACE" in result.output

    @pytest.mark.parametrize("bad", ["PLACE", "PLACE=x", "=0.5", "PLACE=2"])
    def test_bad_threshold_is_a_usage_error(self, bad):
        result = CliRunner().invoke(
            main, ["evaluate", "--gold", str(ROOT / "gold" / "dev.jsonl"), "--min-f1", bad]
        )
        assert result.exit_code == 2
        assert "LABEL=FLOAT" in result.output


class TestTopicOverlap:
    @pytest.mark.parametrize(
        ("gold", "pred", "low", "high"),
        [
            ("the situation in Haiti", "the situation in Haiti", 1.0, 1.0),
            ("the security and political situation in Haiti", "situation in Haiti", 0.5, 0.9),
            ("human rights in Venezuela", "Nicaragua", 0.0, 0.0),
            ("", "", 1.0, 1.0),
        ],
    )
    def test_overlap(self, gold, pred, low, high):
        assert low <= topic_overlap(gold, pred) <= high


class TestValueCorrect:
    @pytest.mark.parametrize(
        ("label", "gold", "pred", "ok"),
        [
            (
                "PLACE",
                {"country": "PER", "kind": "city", "norm": "Lima"},
                {"country": "PER", "kind": "city"},
                True,
            ),
            (
                "PLACE",
                {"country": "PER", "kind": "city"},
                {"country": "PER", "kind": "country"},
                False,
            ),
            (
                "PLACE",
                {"country": "", "kind": "region", "norm": "Americas"},
                {"country": "", "norm": "Americas"},
                True,
            ),
            ("DATE", {"norm": "2022-10-06/2022-10-07"}, {"norm": "2022-10-06/2022-10-07"}, True),
            (
                "ORG",
                {"norm": "Organization of American States"},
                {"norm": "organization of american states"},
                True,
            ),
            ("ORG", {"norm": "United Nations"}, {"norm": "OAS"}, False),
        ],
    )
    def test_value(self, label, gold, pred, ok):
        assert value_correct(label, gold, pred) is ok


def _record(actor: str, code: str, topic: str) -> dict:
    return {
        "instrument": "resolution",
        "topic": topic,
        "actor": actor,
        "actor_code": code,
        "role": "cosponsor",
        "forum": "UN General Assembly",
        "status": "done",
    }


class TestActorKey:
    @pytest.mark.parametrize(
        ("a", "b", "same"),
        [
            (("CAN", "Canada"), ("CAN", "Kanada"), True),
            # Two aliases of one organization record.
            (("", "Arab Group"), ("", "Group of Arab States"), True),
            (("", "OAS"), ("", "Organization of American States"), True),
            (("", "Arab Group"), ("", "African Group"), False),
            # A name outside the data is compared as written.
            (("", "Friends of the Sahel"), ("", "friends of the  Sahel"), True),
            (("", "Friends of the Sahel"), ("", "Friends of Sahel"), False),
        ],
    )
    def test_key(self, a, b, same):
        assert (actor_key(*a) == actor_key(*b)) is same


class TestScoreSponsorships:
    @pytest.fixture
    def gold(self):
        # One text with three listed sponsors, another with one.
        records = [
            _record(n, c, "the situation in Haiti")
            for n, c in [("Canada", "CAN"), ("Chile", "CHL"), ("Peru", "PER")]
        ]
        records.append(_record("Brazil", "BRA", "the right to food"))
        return [GoldDocument(id="d1", text="A text.", sponsorships=records)]

    def test_topic_is_scored_per_record_and_per_text(self, gold):
        pred = [
            _record("Canada", "CAN", "the situation in Haiti"),
            _record("Chile", "CHL", "the situation in Haiti"),
            _record("Peru", "PER", "Haiti"),
            _record("Brazil", "BRA", "nuclear disarmament"),
        ]
        scores = score_sponsorships(gold, {"d1": Prediction(sponsorships=pred)}, "communique")
        record = scores.row("communique", "sponsorship_topic", "value")
        text = scores.row("communique", "sponsorship_topic", "text")
        assert record["f1"] == pytest.approx(3 / 4)
        # The Haiti text is right on all three records; the Brazil text is wrong.
        assert text["f1"] == pytest.approx(1 / 2)
        assert text["support"] == 2

    def test_one_wrong_record_makes_its_text_wrong(self, gold):
        pred = [
            _record("Canada", "CAN", "the situation in Haiti"),
            _record("Chile", "CHL", "nuclear disarmament"),
            _record("Brazil", "BRA", "the right to food"),
        ]
        scores = score_sponsorships(gold, {"d1": Prediction(sponsorships=pred)}, "communique")
        assert scores.row("communique", "sponsorship_topic", "text")["f1"] == pytest.approx(1 / 2)
        assert scores.row("communique", "sponsorship", "record")["recall"] == pytest.approx(3 / 4)

    def test_records_are_scored_per_role(self, gold):
        # Canada is right; Chile has the wrong role, so it is a false positive
        # "lead" and a false negative "cosponsor"; Peru and Brazil are missed.
        pred = [
            _record("Canada", "CAN", "the situation in Haiti"),
            {**_record("Chile", "CHL", "the situation in Haiti"), "role": "lead"},
        ]
        scores = score_sponsorships(gold, {"d1": Prediction(sponsorships=pred)}, "communique")
        cosponsor = scores.row("communique", "sponsorship_cosponsor", "record")
        lead = scores.row("communique", "sponsorship_lead", "record")
        assert (cosponsor["precision"], cosponsor["recall"], cosponsor["support"]) == (1.0, 0.25, 4)
        assert (lead["precision"], lead["recall"], lead["support"]) == (0.0, 0.0, 0)
        assert scores.row("communique", "sponsorship_join", "record") is None


class TestAgreement:
    def test_second_annotation_is_scored_on_shared_documents(self):
        base = _record("Canada", "CAN", "the situation in Haiti")
        reference = [
            GoldDocument(id="d1", text="A text.", meta={"author_code": "CAN"}, sponsorships=[base]),
            GoldDocument(id="d2", text="Another.", sponsorships=[base]),
        ]
        # d1 labelled again with another role and no speaker; d2 not relabelled.
        other = [
            GoldDocument(
                id="d1",
                text="A text.",
                meta={"author_code": ""},
                sponsorships=[{**base, "role": "lead"}],
            )
        ]
        scores = agreement(reference, other)
        record = scores.row("annotator", "sponsorship", "record")
        assert (record["precision"], record["recall"], record["support"]) == (0.0, 0.0, 1)
        assert scores.row("annotator", "author_code", "value")["f1"] == 0.0

    def test_cli_reports_the_shared_documents(self, tmp_path):
        doc = GoldDocument(
            id="d1", text="A text.", sponsorships=[_record("Chile", "CHL", "the right to food")]
        )
        path = tmp_path / "a.jsonl"
        path.write_text(doc.model_dump_json() + "\n", encoding="utf-8")
        result = CliRunner().invoke(main, ["gold", "agree", str(path), str(path)])
        assert result.exit_code == 0, result.output
        assert "1 shared documents" in result.output
        assert "sponsorship" in result.output and "1.000" in result.output
