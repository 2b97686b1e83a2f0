"""The github format: workflow commands, escaping and the closing summary."""

from __future__ import annotations

import pytest
from sample_report import build_report, finding

from sardoc.findings import Location, Severity
from sardoc.formatters import github


def test_one_line_per_finding_plus_notices_and_summary(report):
    lines = github.render(report).splitlines()
    assert len(lines) == 1 + len(report.findings) + 1
    assert lines[0] == (
        "::notice title=sardoc::grammar checks skipped: LanguageTool is not available"
    )
    assert lines[-1] == (
        "::notice title=sardoc summary::2 errors, 1 warning, 1 info in 3 files (profile: draft)"
    )


def test_levels_and_positions(report):
    lines = github.render(report).splitlines()
    assert lines[2] == (
        "::warning file=drafts/adult a.md,line=3,col=5,endLine=3,endColumn=12,"
        "title=LANG-002 language.plain-english::Prefer plain English. Readers include the "
        "adult's family.%0ASay 'use' rather than 'utilise'."
    )
    assert lines[3].startswith("::error file=drafts/adult a.md,line=9,col=1,")


def test_finding_without_a_line_omits_line_and_col(report):
    lines = github.render(report).splitlines()
    assert lines[1].startswith("::error file=drafts/adult a.md,title=FAM-001 family.involvement::")
    docx = lines[4]
    assert docx.startswith("::notice file=drafts/report.docx,title=PUB-003 ")
    assert "line=" not in docx and "col=" not in docx
    assert docx.endswith("::¶5, Findings › Agency: police, health: Message of PUB-003.")


def test_escaping():
    f = finding(
        "LANG-002",
        Severity.ERROR,
        Location("dir,x/a:b.md", line=1, column=2),
        rule_name="odd,name:here",
        message="100% sure,\r\nreally: yes",
        hint="",
    )
    line = github.annotation(f)
    assert line == (
        "::error file=dir%2Cx/a%3Ab.md,line=1,col=2,title=LANG-002 odd%2Cname%3Ahere"
        "::100%25 sure,%0D%0Areally: yes"
    )


@pytest.mark.parametrize(
    ("raw", "data", "prop"),
    [
        ("50%", "50%25", "50%25"),
        ("a\nb\rc", "a%0Ab%0Dc", "a%0Ab%0Dc"),
        ("a:b,c", "a:b,c", "a%3Ab%2Cc"),
        ("%0A", "%250A", "%250A"),
    ],
)
def test_escape_functions(raw, data, prop):
    assert github.escape_data(raw) == data
    assert github.escape_property(raw) == prop


def test_summary_warns_about_the_annotation_cap():
    loc = Location("a.md", line=1, column=1)
    many = [
        finding("IDN-001", Severity.ERROR, Location("a.md", line=n, column=1)) for n in range(1, 12)
    ]
    out = github.render(build_report(findings=many, files=["a.md"], notices=()))
    assert out.count("::error ") == 11
    assert out.splitlines()[-1].endswith(
        "11 errors, 0 warnings, 0 info in 1 file (profile: draft). GitHub shows only 10 "
        "annotations of each kind per step; the log lists them all"
    )
    few = github.render(build_report(findings=[finding("IDN-001", Severity.ERROR, loc)]))
    assert "GitHub shows only" not in few


def test_clean_run_has_only_the_summary():
    out = github.render(build_report(findings=[], notices=()))
    summary = "0 errors, 0 warnings, 0 info in 3 files (profile: draft)"
    assert out == f"::notice title=sardoc summary::{summary}\n"


def test_step_summary_table(report):
    md = github.step_summary(report)
    lines = md.splitlines()
    assert lines[0] == "### sardoc: 2 errors, 1 warning, 1 info in 3 files (profile: draft)"
    assert lines[2] == "| File | Where | Severity | Rule | Message |"
    assert "| drafts/adult a.md | 3:5 | warning | LANG-002 language.plain-english |" in md
    assert "| drafts/report.docx | ¶5 | info |" in md
    assert "| drafts/adult a.md | - | error | FAM-001" in md
    assert "943 476 5919" not in md


def test_step_summary_escapes_pipes_and_stops_before_the_limit(monkeypatch):
    f = finding(
        "LANG-002", Severity.WARNING, Location("a.md", line=1, column=1), message="a | b\nc"
    )
    assert "| a \\| b c |" in github.step_summary(build_report(findings=[f]))
    monkeypatch.setattr(github, "STEP_SUMMARY_MAX", 300)
    md = github.step_summary(build_report(findings=[f] * 20))
    assert md.rstrip().endswith("more; see the log.")
    assert len(md.encode()) < 400
