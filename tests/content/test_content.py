"""The review content model, its errors, and the review as a Document."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from sardoc.api import check
from sardoc.content import load_review, parse_review, to_document
from sardoc.content.models import parse_date
from sardoc.errors import ContentError
from sardoc.paths import data_dir
from sardoc.sources import read_document

SAMPLE = data_dir("samples") / "adult-a" / "review.yaml"
MINIMAL = """\
adult: {pseudonym: Adult C, alive: true}
board: {name: Eastmoor Safeguarding Adults Board}
review_type: {kind: discretionary}
"""


def problems(text: str) -> list[str]:
    with pytest.raises(ContentError) as e:
        parse_review(text, "review.yaml")
    return e.value.lines()


def test_sample_loads_with_every_part():
    review = load_review(SAMPLE)
    assert review.adult.pseudonym == "Adult A"
    assert review.referral.date == date(2023, 12, 4)
    assert review.referral_to_decision_days == 77
    assert [r.id for r in review.recommendations] == ["R1", "R2", "R3", "R4"]
    assert review.actions_for("R3")[0].closed
    assert "section 44(1)" in review.mandate and "Condition 1" in review.mandate


def test_minimal_review_is_valid_and_discretionary_mandate_cites_s44_4():
    review = parse_review(MINIMAL, "review.yaml")
    assert "section 44(4)" in review.mandate
    assert review.recommendations == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2024-03-05", date(2024, 3, 5)),
        ("5/3/2024", date(2024, 3, 5)),
        ("05.03.2024", date(2024, 3, 5)),
        ("5 March 2024", date(2024, 3, 5)),
        ("5th Mar 2024", date(2024, 3, 5)),
        ("1 Sept 2024", date(2024, 9, 1)),
    ],
)
def test_british_date_forms(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["31 February 2024", "March 2024", "13/13/2024", "soon"])
def test_not_a_date(text):
    with pytest.raises(ValueError, match="not a date"):
        parse_date(text)


def test_error_points_at_the_line_and_column_of_the_field():
    text = MINIMAL + "referral:\n  source: GP\n  date: next Tuesday\n"
    assert problems(text) == [
        "review.yaml:6:3: referral.date: not a date (write it as 2024-03-05 or 5 March 2024)"
    ]


def test_missing_required_fields_are_all_reported():
    lines = problems("board: {name: X}\nreview_type: {kind: mandatory, condition: 1}\n")
    assert lines == ["review.yaml:1:1: adult: required, but missing"]
    lines = problems("adult: {alive: maybe}\nboard: {}\nreview_type: {kind: mandatory}\n")
    joined = "\n".join(lines)
    assert "adult.pseudonym: required, but missing" in joined
    assert "adult.alive: must be true or false" in joined
    assert "board.name: required, but missing" in joined
    assert re.search(r"review.yaml:3:\d+: review_type: .*condition", joined)


def test_unknown_field_is_refused_with_its_position():
    lines = problems(MINIMAL + "recomendations: []\n")
    assert lines == ["review.yaml:4:1: recomendations: unknown field (check the spelling)"]


@pytest.mark.parametrize(
    "alive, condition, message",
    [
        ("true", 1, "condition 1 (s44(2)) is for an adult who has died"),
        ("false", 2, "condition 2 (s44(3)) is for an adult who is alive"),
    ],
)
def test_condition_must_fit_whether_the_adult_is_alive(alive, condition, message):
    text = (
        f"adult: {{pseudonym: Adult C, alive: {alive}}}\nboard: {{name: B}}\n"
        f"review_type:\n  kind: mandatory\n  condition: {condition}\n"
    )
    assert problems(text) == [
        f"review.yaml:5:3: review_type.condition: {message}, but adult.alive is {alive}"
    ]


def test_discretionary_review_has_no_condition():
    text = MINIMAL.replace("{kind: discretionary}", "{kind: discretionary, condition: 2}")
    assert "has no condition" in problems(text)[0]


def test_links_between_findings_recommendations_and_actions_are_checked():
    text = MINIMAL + (
        "findings:\n  - {id: F1, title: One}\n  - {id: F1, title: Two}\n"
        "recommendations:\n  - id: R1\n    text: Do it.\n    findings: [F1, F7]\n"
        "actions:\n  - {id: A1, recommendation: R9, action: Act.}\n"
    )
    assert problems(text) == [
        "review.yaml:6:6: findings.1.id: 'F1' is used twice",
        "review.yaml:10:20: recommendations.0.findings.1: no finding has the id 'F7'",
        "review.yaml:12:14: actions.0.recommendation: no recommendation has the id 'R9'",
    ]


def test_sample_is_clean_as_every_kind():
    for kind in (
        "sar-report",
        "rapid-review",
        "seven-minute-briefing",
        "family-guidance",
        "action-plan",
    ):
        doc = read_document(SAMPLE, kind)
        assert doc.kind == kind and doc.content is not None
    result = check([SAMPLE])
    assert result.problems == [] and result.findings == []


def test_missing_content_gives_the_same_findings_as_a_draft(tmp_path: Path):
    text = SAMPLE.read_text(encoding="utf-8")
    text = re.sub(r"\ngood_practice:.*?\n\n", "\n", text, flags=re.S)
    text = re.sub(r"\nreferral:.*?\n\n", "\n", text, flags=re.S)
    path = tmp_path / "review.yaml"
    path.write_text(text, encoding="utf-8")
    rules = {f.rule_id for f in check([path]).findings}
    assert rules == {"PUB-006", "META-001"}


def test_a_finding_in_review_text_points_at_its_yaml_line(tmp_path: Path):
    text = SAMPLE.read_text(encoding="utf-8").replace(
        "She died in hospital three weeks later.",
        "She died in hospital three weeks later.\n  Her neighbour, Mrs Okafor, found her.",
    )
    path = tmp_path / "review.yaml"
    path.write_text(text, encoding="utf-8")
    (finding,) = [f for f in check([path]).findings if f.rule_id == "PII-001"]
    line_no = next(i for i, line in enumerate(text.splitlines(), 1) if "Okafor" in line)
    line = text.splitlines()[line_no - 1]
    assert finding.location.line == line_no
    assert finding.location.column == line.index("Mrs Okafor") + 1
    assert text[finding.location.offset :][: finding.location.length] == "Mrs Okafor"


def test_declared_pseudonyms_and_reviewers_reach_the_document():
    review = load_review(SAMPLE)
    doc = to_document(review, str(SAMPLE), SAMPLE.read_text(encoding="utf-8"))
    assert "Mr B" in doc.metadata["pseudonyms"] and "Adult A" in doc.metadata["pseudonyms"]
    assert doc.metadata["allow"][0] == "Dr Ruth Ellison" and "01632 960123" in doc.metadata["allow"]
    assert [h.text for h in doc.headings()][:3] == [
        "Safeguarding Adults Review: Adult A",
        "Introduction",
        "Legal mandate",
    ]


def test_an_impossible_date_is_reported_at_its_line():
    text = MINIMAL + "referral: {date: 2023-13-45}\n"
    (line,) = problems(text)
    assert line.startswith("review.yaml:4:") and "referral.date: not a date" in line
