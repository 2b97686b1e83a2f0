"""A consistent pack and a pack with each PACK rule broken once (tests/data/packs/).

The packs mix formats (.docx report, .pdf briefing, .md leaflet and scoping report,
.xlsx action plan); scripts/build_test_packs.py makes them from the sample review.
"""

from pathlib import Path

import pytest

from sardoc.config import load_config
from sardoc.pack import check_pack

PACKS = Path(__file__).parents[1] / "data" / "packs"


def _check(name):
    folder = PACKS / name
    return check_pack([folder], load_config(folder / "sardoc.yaml"))


def test_kinds_come_from_the_pack_section():
    result = _check("consistent")
    kinds = {Path(m.path).name: (m.kind, m.document.kind_source) for m in result.pack.members}
    assert kinds["briefing.pdf"] == ("seven-minute-briefing", "sardoc.yaml pack:")
    assert kinds["plan.xlsx"][0] == "action-plan"
    assert kinds["report.docx"][0] == "sar-report"


def test_consistent_pack_has_no_finding():
    result = _check("consistent")
    assert result.findings == []
    assert result.check.findings == []


@pytest.fixture(scope="module")
def broken():
    return _check("broken")


#: Where each break is: (rule, file of the finding, file of the other place or None).
EXPECTED = {
    ("PACK-001", "briefing.pdf", "report.docx"),
    ("PACK-002", "briefing.pdf", "report.docx"),
    ("PACK-003", "report.docx", "plan.xlsx"),
    ("PACK-004", "briefing.pdf", "report.docx"),
    ("PACK-005", "briefing.pdf", "report.docx"),
    ("PACK-006", "report.docx", None),
}


def test_each_break_reported_once_at_both_places(broken):
    got = {
        (
            f.rule_id,
            Path(f.location.file).name,
            Path(f.also[0].file).name if f.also else None,
        )
        for f in broken.findings
    }
    assert got == EXPECTED
    assert len(broken.findings) == len(EXPECTED)


def test_other_place_is_precise(broken):
    by_rule = {f.rule_id: f for f in broken.findings}
    # The pseudonym and the date of death point at paragraphs on both sides.
    for rule in ("PACK-001", "PACK-002", "PACK-004"):
        f = by_rule[rule]
        assert f.location.paragraph is not None and f.also[0].paragraph is not None
    assert "Jane Whitfield" in by_rule["PACK-002"].message
    assert "October 2023" in by_rule["PACK-004"].message
    assert "November 2023" in by_rule["PACK-004"].message
    assert "Recommendation 4" in by_rule["PACK-003"].message


def test_plan_with_extra_and_changed_recommendation(tmp_path):
    report = tmp_path / "report.md"
    report.write_text(
        "---\nkind: sar-report\n---\n# Review\n\n## Recommendations\n\n"
        "R1 The Board should audit refusals of care by June 2025.\n\n"
        "R2 The trust should revise its pressure ulcer guidance by May 2025.\n",
        encoding="utf-8",
    )
    plan = tmp_path / "tracker.md"
    plan.write_text(
        "---\nkind: action-plan\n---\n# Action plan\n\n| Rec. | Recommendation | Action |\n"
        "|---|---|---|\n"
        "| R1 | The Board should audit refusals of care by June 2025. | Audit twenty cases. |\n"
        "| R2 | Offer every carer an assessment and report quarterly. | Add it to the script. |\n"
        "| R3 | Publish a leaflet on hoarding for landlords. | Write the leaflet. |\n",
        encoding="utf-8",
    )
    found = [f for f in check_pack([report, plan]).findings if f.rule_id == "PACK-003"]
    messages = sorted(f.message for f in found)
    assert len(found) == 2
    assert "recommendation 3, which the report does not make" in messages[1]
    assert "does not say what the report's recommendation 2 says" in messages[0]


def test_cli_exit_status_and_both_places():
    from click.testing import CliRunner

    from sardoc.cli import cli

    runner = CliRunner()
    r = runner.invoke(cli, ["pack", str(PACKS / "broken")])
    assert r.exit_code == 1
    line = next(x for x in r.output.splitlines() if "PACK-003" in x)
    assert "report.docx" in line and "plan.xlsx" in line
    # The other place names its own document, not only a paragraph of this one.
    lines = r.output.splitlines()
    at = next(i for i, x in enumerate(lines) if "[PACK-003]" in x and "plan.xlsx" in x)
    also = next(x for x in lines[at:] if x.strip().startswith("also at"))
    assert "plan.xlsx ¶" in also
    r = runner.invoke(cli, ["pack", str(PACKS / "broken"), "--fail-on", "never"])
    assert r.exit_code == 0


def test_missing_file_is_one_line_and_exit_2():
    import subprocess
    import sys

    missing = PACKS / "no-such-pack"
    p = subprocess.run(
        [sys.executable, "-m", "sardoc", "pack", str(missing)], capture_output=True, text=True
    )
    assert p.returncode == 2
    assert p.stderr.strip().splitlines() == [f"sardoc: {missing}: no such file or folder"] or (
        len(p.stderr.strip().splitlines()) == 1 and str(missing) in p.stderr
    )


def test_pack_section_wins_over_what_the_file_says(tmp_path):
    (tmp_path / "sardoc.yaml").write_text(
        "pack:\n  tracker: [actions*.md]\n  briefing: notes.md\n", encoding="utf-8"
    )
    # Declared a report in its front matter, but the pack says it is the action plan.
    (tmp_path / "actions-v2.md").write_text(
        "---\nkind: sar-report\n---\n# Action plan\n\n| Rec. | Action |\n|---|---|\n"
        "| R1 | Audit twenty cases of refused care. |\n",
        encoding="utf-8",
    )
    (tmp_path / "notes.md").write_text("# Notes\n\nAdult A lived alone.\n", encoding="utf-8")
    result = check_pack([tmp_path], load_config(tmp_path / "sardoc.yaml"))
    kinds = {Path(m.path).name: (m.kind, m.document.kind_source) for m in result.pack.members}
    assert kinds == {
        "actions-v2.md": ("action-plan", "sardoc.yaml pack:"),
        "notes.md": ("seven-minute-briefing", "sardoc.yaml pack:"),
    }
    # Its own findings are those of an action plan, not of a report.
    plan = next(m for m in result.pack.members if m.path.endswith("actions-v2.md"))
    assert not any(f.rule_id in ("LEGAL-001", "META-004") for f in plan.findings)
    assert all(f in result.check.findings for f in plan.findings)
