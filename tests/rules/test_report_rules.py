"""The SAR report's theme rules (FAM-002, EQ-001, MSP-001, MCA-001, PRIN-001, ANAL-001,
LEGAL-004), rule conditions (``when:``) and the review's basis (Care Act or not)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from sardoc.api import check
from sardoc.config import Config, config_from_text
from sardoc.errors import ConfigError, RuleFileError
from sardoc.review_basis import adult_alive, review_basis
from sardoc.rules import RunContext, load_rules, run
from sardoc.rules.examples import example_document
from sardoc.rules.loader import load_rule_file
from tests.helpers import make_document

NEW = ("FAM-002", "EQ-001", "MSP-001", "MCA-001", "PRIN-001", "ANAL-001", "LEGAL-004")
RULES = load_rules()
BY_ID = {r.id: r for r in RULES}
EXPECTED_SEVERITY = {
    "FAM-002": "warning",
    "EQ-001": "warning",
    "MSP-001": "warning",
    "MCA-001": "warning",
    "PRIN-001": "info",
    "ANAL-001": "warning",
    "LEGAL-004": "warning",
}


def _ids(doc, rules=RULES, ctx=None) -> set[str]:
    return {f.rule_id for f in run(doc, rules, ctx)}


# -- every example, against every kind the rule applies to ---------------------------------

CASES = [
    (rid, kind, verdict, i)
    for rid in NEW
    for kind in BY_ID[rid].applies_to
    for verdict in ("pass", "fail")
    for i in range(len(getattr(BY_ID[rid].examples, "pass_" if verdict == "pass" else "fail")))
]


@pytest.mark.parametrize(("rid", "kind", "verdict", "i"), CASES, ids=lambda v: str(v))
def test_examples_hold_for_every_kind_the_rule_applies_to(rid, kind, verdict, i):
    rule = BY_ID[rid]
    text = (rule.examples.pass_ if verdict == "pass" else rule.examples.fail)[i]
    fired = [f for f in run(example_document(rule, text, kind), [rule]) if f.rule_id == rid]
    assert bool(fired) == (verdict == "fail")


@pytest.mark.parametrize("rid", NEW)
def test_severity_source_and_markers_as_the_rule_table_says(rid):
    rule = BY_ID[rid]
    assert rule.severity.name.lower() == EXPECTED_SEVERITY[rid]
    assert rule.markers and all(m.startswith("QM") for m in rule.markers)
    assert rule.examples.pass_ and rule.examples.fail
    assert "seed" not in rule.source.lower() and "domain.md" not in rule.source.lower()


# -- the review's basis -------------------------------------------------------------------

SCR = """# Serious Case Review: Mrs S

## Introduction

The Board commissioned this serious case review in 2014, under the No Secrets guidance.
It was a non-statutory review.

## Findings

Agencies did not share information.
"""

LEARNING = """# Learning review: hospital discharge

## Introduction

This learning review was not held under section 44 of the Care Act 2014.
"""

SAR_MENTIONING_SCRS = """# Safeguarding Adults Review: Adult T

## Legal mandate

This was a mandatory review under section 44(1) of the Care Act 2014; condition 1 was met.

## Findings

Two serious case reviews held in the area before 2015 found the same gap.
"""

SAR_WITHOUT_MANDATE = """# Safeguarding Adults Review: Adult U

## Introduction

The Board held a review under the Care Act 2014.
"""


@pytest.mark.parametrize(
    ("text", "basis"),
    [
        (SCR, "pre-care-act"),
        (LEARNING, "other"),
        (SAR_MENTIONING_SCRS, "care-act"),
        (SAR_WITHOUT_MANDATE, "care-act"),
        ("# Domestic Homicide Review: Mr V\n\nThe partnership commissioned it.\n", "other"),
        ("# Joint Domestic Homicide Review and SAR\n\nHeld under section 44(4).\n", "care-act"),
    ],
)
def test_basis_from_the_documents_own_words(text, basis):
    assert review_basis(make_document(text)) == basis


def test_non_care_act_reviews_are_not_held_to_section_44():
    fired = _ids(make_document(SCR))
    assert not fired & {"LEGAL-001", "LEGAL-002", "LEGAL-004"}
    # The same text called a SAR is held to section 44.
    sar = (
        SCR.replace("Serious Case Review", "Safeguarding Adults Review")
        .replace("this serious case review", "this review")
        .replace(", under the No Secrets guidance", "")
    )
    assert {"LEGAL-001", "LEGAL-002"} <= _ids(make_document(sar))


@pytest.mark.parametrize(
    ("setting", "legal_fires"),
    [("auto", False), ("care-act", True), ("pre-care-act", False), ("other", False)],
)
def test_review_basis_setting_wins_over_the_words(setting, legal_fires):
    ctx = RunContext(config=Config(review_basis=setting))
    assert ("LEGAL-001" in _ids(make_document(SCR), ctx=ctx)) is legal_fires


def test_setting_pre_care_act_silences_the_mandate_on_a_sar_that_states_none():
    ctx = RunContext(config=Config(review_basis="pre-care-act"))
    assert "LEGAL-001" in _ids(make_document(SAR_WITHOUT_MANDATE))
    assert "LEGAL-001" not in _ids(make_document(SAR_WITHOUT_MANDATE), ctx=ctx)


def test_front_matter_names_the_basis():
    doc = make_document("---\nreview_basis: other\n---\n" + SAR_WITHOUT_MANDATE)
    assert review_basis(doc) == "other"


def test_sardoc_yaml_review_basis_through_the_command_line(tmp_path):
    (tmp_path / "report.md").write_text(SAR_WITHOUT_MANDATE, encoding="utf-8")
    before = {f.rule_id for f in check([tmp_path / "report.md"]).findings}
    (tmp_path / "sardoc.yaml").write_text("review_basis: pre-care-act\n", encoding="utf-8")
    p = subprocess.run(
        [sys.executable, "-m", "sardoc", "check", "--format", "json", str(tmp_path / "report.md")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    import json

    after = {f["rule"] for f in json.loads(p.stdout)["findings"]}
    assert "LEGAL-001" in before and "LEGAL-001" not in after


def test_bad_review_basis_is_a_config_error_with_its_line(tmp_path):
    with pytest.raises(ConfigError) as e:
        config_from_text("profile: draft\nreview_basis: statutory\n", str(tmp_path / "sardoc.yaml"))
    assert e.value.lines()[0].startswith(str(tmp_path / "sardoc.yaml") + ":2")


def test_bad_review_basis_exits_2_with_one_line(tmp_path):
    (tmp_path / "sardoc.yaml").write_text("review_basis: statutory\n", encoding="utf-8")
    (tmp_path / "r.md").write_text(SAR_WITHOUT_MANDATE, encoding="utf-8")
    p = subprocess.run(
        [sys.executable, "-m", "sardoc", "check", str(tmp_path / "r.md")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert p.returncode == 2
    assert "sardoc.yaml:1" in p.stderr and "Traceback" not in p.stderr


# -- conditions in rule files -------------------------------------------------------------


def _rule_file(tmp_path: Path, when: dict) -> Path:
    data = {
        "id": "TST-001",
        "name": "test.rule",
        "kind": "pattern",
        "severity": "warning",
        "applies_to": ["sar-report"],
        "source": "a test",
        "message": "m",
        "params": {"words": ["apple"]},
        "when": when,
    }
    path = tmp_path / "TST-001.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ({"review_basis": ["statutory"]}, "unknown review basis 'statutory'"),
        ({"alive": True}, "when.alive"),
        ({"mentions": ["("]}, "not a valid regular expression"),
        ({}, "give at least one condition"),
    ],
)
def test_bad_conditions_name_the_rule_file(tmp_path, when, expected):
    path = _rule_file(tmp_path, when)
    with pytest.raises(RuleFileError) as e:
        load_rule_file(path)
    assert any(line.startswith(str(path)) and expected in line for line in e.value.lines())


def test_mentions_condition_counts_sentences(tmp_path):
    rule = load_rule_file(_rule_file(tmp_path, {"mentions": ["pear"], "min_mentions": 2}))
    one = make_document("# R\n\nAn apple and a pear.\n")
    two = make_document("# R\n\nAn apple and a pear. Another pear.\n")
    assert not run(one, [rule]) and run(two, [rule])


def test_mentions_are_counted_up_to_enough_inside_one_paragraph(monkeypatch):
    # A single-line file is one paragraph of thousands of sentences: counting stops at
    # ``enough`` there too, not at the end of the paragraph.
    from sardoc.rules import conditions

    doc = make_document("# R\n\n" + "A pear fell. " * 50 + "\n")
    searched = []
    real = conditions.compile_any

    def counting(patterns):
        rx = real(patterns)

        class Spy:
            def search(self, text):
                searched.append(text)
                return rx.search(text)

        return Spy()

    monkeypatch.setattr(conditions, "compile_any", counting)
    assert conditions._count(("pear",), doc, 3) == 3
    assert len(searched) == 1 + 3  # the paragraph, then three sentences
    assert conditions._count(("plum",), doc, 3) == 0


def test_mca_001_quiet_where_no_theme_raises_capacity():
    doc = make_document("# Review\n\n## Analysis\n\nThe ward did not send the discharge letter.\n")
    assert "MCA-001" not in _ids(doc)
    doc = make_document("# Review\n\n## Analysis\n\nMr W's self-neglect was not discussed.\n")
    assert "MCA-001" in _ids(doc)


# -- whether the adult is alive -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "alive"),
    [
        ("# R\n\nCondition 2 was met: Ms X survived serious neglect.\n", True),
        ("# R\n\nMs X now lives in supported housing.\n", True),
        ("# R\n\nCondition 1 was met. Ms X died in hospital.\n", False),
        ("# R\n\nMs X was alive when the crew arrived, but she died later that day.\n", False),
        ("# R\n\nAgencies did not share information.\n", None),
        ("---\nadult_alive: true\n---\n# R\n\nAgencies did not share information.\n", True),
    ],
)
def test_adult_alive_from_words_or_front_matter(text, alive):
    assert adult_alive(make_document(text)) is alive


def test_fam_002_only_for_a_living_adult():
    body = "## Involvement of Ms X\n\nThe reviewer met Ms X twice.\n"
    assert "FAM-002" in _ids(make_document("# R\n\nMs X survived serious neglect.\n\n" + body))
    assert "FAM-002" not in _ids(make_document("# R\n\nMs X died in May.\n\n" + body))
    assert "FAM-002" not in _ids(make_document("# R\n\n" + body))


def test_review_yaml_adult_alive_decides_fam_002(tmp_path):
    sample = Path(__file__).resolve().parents[2] / "samples" / "adult-a" / "review.yaml"
    data = yaml.safe_load(sample.read_text(encoding="utf-8"))
    assert data["adult"]["alive"] is False
    path = tmp_path / "review.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    dead = {f.rule_id for f in check([path], Config()).findings}
    data["adult"]["alive"] = True
    data["review_type"] = {"kind": "mandatory", "condition": 2}
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    res = check([path], Config())
    assert adult_alive(res.results[0].document) is True
    alive = {f.rule_id for f in res.findings}
    assert "FAM-002" not in dead
    # The rendered review says how the adult took part only if the content says so.
    assert ("FAM-002" in alive) == ("FAM-002" in _ids(res.results[0].document))


# -- reports written to address every theme ----------------------------------------------

OWN = Path(__file__).resolve().parents[1] / "data" / "report_rules"
CHECKED = (*NEW, "LEGAL-001", "LEGAL-002")


def _own(name: str) -> str:
    return (OWN / name).read_text(encoding="utf-8")


def _cut(text: str, heading: str) -> str:
    """``text`` without the section under ``heading`` (up to the next heading of its level)."""
    lines, out, skip_level = text.splitlines(keepends=True), [], None
    for line in lines:
        level = len(line) - len(line.lstrip("#")) if line.startswith("#") else 0
        if skip_level is not None and level and level <= skip_level:
            skip_level = None
        if line.strip("# \n") == heading:
            skip_level = level
        if skip_level is None:
            out.append(line)
    assert len(out) < len(lines), heading
    return "".join(out)


@pytest.mark.parametrize("name", sorted(p.name for p in OWN.glob("*.md")))
def test_reports_that_address_every_theme_are_clean(name):
    assert _ids(make_document(_own(name))) & set(CHECKED) == set()


@pytest.mark.parametrize(
    ("name", "heading", "rule"),
    [
        ("living-adult-self-neglect.md", "5. Involvement of Mr B and his family", "FAM-002"),
        ("living-adult-self-neglect.md", "7.1 Mr B's voice", "MSP-001"),
        ("living-adult-self-neglect.md", "7.3 Equality and diversity", "EQ-001"),
        ("living-adult-self-neglect.md", "7.4 The six principles", "PRIN-001"),
        ("deceased-adult-other-words.md", "Capacity and decision-making", "MCA-001"),
        ("deceased-adult-other-words.md", "What mattered to Grace", "MSP-001"),
        ("deceased-adult-other-words.md", "Race, culture and equality", "EQ-001"),
        ("deceased-adult-other-words.md", "The wider system", "ANAL-001"),
        ("deceased-adult-other-words.md", "Principles of adult safeguarding", "PRIN-001"),
    ],
)
def test_removing_the_section_on_a_theme_reports_it(name, heading, rule):
    text = _own(name)
    assert rule not in _ids(make_document(text))
    assert rule in _ids(make_document(_cut(text, heading)))


def test_pre_care_act_review_is_held_to_section_44_once_set_to_care_act():
    doc = make_document(_own("pre-care-act-scr.md"))
    assert review_basis(doc) == "pre-care-act"
    ctx = RunContext(config=Config(review_basis="care-act"))
    assert {"LEGAL-001", "LEGAL-002"} <= _ids(doc, ctx=ctx)


def test_review_basis_imports_on_its_own():
    # sardoc.rules imports it; importing it first must not be circular.
    p = subprocess.run(
        [sys.executable, "-c", "import sardoc.review_basis, sardoc.rules.conditions"],
        capture_output=True,
        text=True,
    )
    assert p.returncode == 0, p.stderr


def test_unless_mentions_stops_a_rule_that_mentions_would_start(tmp_path):
    from sardoc.rules.conditions import When, holds
    from sardoc.sources import read_document

    when = When(mentions=[r"\bnot met\b"], unless_mentions=[r"\bdiscretionary review\b"])
    against = tmp_path / "a.md"
    against.write_text("# R\n\n## Decision\n\nThe criteria are not met. No review.\n", "utf-8")
    instead = tmp_path / "b.md"
    instead.write_text(
        "# R\n\n## Decision\n\nThe criteria are not met. A discretionary review is agreed.\n",
        "utf-8",
    )
    assert holds(when, read_document(against)) is True
    assert holds(when, read_document(instead)) is False
