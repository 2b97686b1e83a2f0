"""The human format: grouping, positions, hints, quotes, summary and colour."""

from __future__ import annotations

from sample_report import LONG_TEXT, build_report

from sardoc.formatters import human


def test_notices_come_first(report):
    lines = human.render(report).splitlines()
    assert lines[0] == "note: grammar checks skipped: LanguageTool is not available"
    assert lines[1] == ""


def test_grouped_by_file_then_section_in_order(report):
    lines = human.render(report).splitlines()
    assert lines.count("drafts/adult a.md") == 1
    assert lines.count("drafts/report.docx") == 1
    assert lines.index("drafts/adult a.md") < lines.index("drafts/report.docx")
    # The document-level finding has no section; both Markdown findings share one heading.
    assert lines.count("  Introduction › Background") == 1
    assert "  (whole document)" in lines
    assert "  Findings › Agency: police, health" in lines
    # A clean file prints nothing.
    # A file with no findings is listed once, as passed.
    assert [line for line in lines if "clean.md" in line] == ["drafts/clean.md: no problems"]


def test_finding_lines_show_position_severity_message_and_id(report):
    out = human.render(report)
    assert "    3:5  warning  Prefer plain English." in out
    assert out.count("[LANG-002]") == 1
    assert "    9:1  error    Message of IDN-001.  [IDN-001]" in out
    # Word paragraphs are shown counted from 1.
    assert "    ¶5  info     Message of PUB-003.  [PUB-003]" in out
    assert "    -    error    No account of how" in out


def test_hint_and_quoted_text_follow_the_finding(report):
    lines = human.render(report).splitlines()
    i = next(n for n, line in enumerate(lines) if "[LANG-002]" in line)
    assert lines[i + 1].strip() == "Say 'use' rather than 'utilise'."
    assert lines[i + 2].strip() == "“utilise”"
    assert lines[i + 1].startswith(" " * 8)


def test_long_text_is_cut_short(report):
    out = human.render(report)
    quoted = next(line.strip() for line in out.splitlines() if "The panel" in line)
    assert quoted.startswith("“The panel considered") and quoted.endswith("…”")
    assert len(quoted) <= 62
    assert LONG_TEXT not in out


def test_summary_is_last(report):
    assert human.render(report).splitlines()[-1] == (
        "2 errors, 1 warning, 1 info in 3 files (profile: draft)"
    )


def test_all_clean():
    out = human.render(build_report(findings=[], notices=()))
    assert out == (
        "drafts/adult a.md: no problems\ndrafts/report.docx: no problems\n"
        "drafts/clean.md: no problems\n\nNo problems found in 3 files (profile: draft).\n"
    )


def test_colour_only_when_asked(report):
    assert "\033[" not in human.render(report)
    out = human.render(report, color=True)
    assert "\033[31merror  \033[0m" in out
    assert "\033[33mwarning\033[0m" in out
    assert "\033[36minfo   \033[0m" in out
    assert "\033[2mSay 'use' rather than 'utilise'.\033[0m" in out
