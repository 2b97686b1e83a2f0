"""The command line, run as a user runs it: exit status, output and error lines."""

import json
import subprocess
import sys
import zipfile

import pytest
from click.testing import CliRunner

from sardoc.cli import cli

GAPS = "# Review of Adult A\n\n## Findings\n\nAgencies did not share information.\n"
GOOD = "# Review of Adult A\n\n## What went well\n\nThe nurse visited within a day.\n"


def run(*args, cwd=None):
    """Run ``python -m sardoc`` in a subprocess: the real entry point, real exit status."""
    p = subprocess.run(
        [sys.executable, "-m", "sardoc", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
    )
    return p.returncode, p.stdout, p.stderr


@pytest.fixture
def drafts(tmp_path):
    (tmp_path / "gaps.md").write_text(GAPS)
    (tmp_path / "good.md").write_text(GOOD)
    return tmp_path


def test_version():
    code, out, _ = run("--version")
    assert code == 0 and out.startswith("sardoc ")


def test_findings_exit_1_and_json_carries_them(drafts):
    code, out, err = run("check", drafts / "gaps.md", "--select", "PUB-006", "--format", "json")
    assert code == 1, err
    data = json.loads(out)
    assert [f["rule"] for f in data["findings"]] == ["PUB-006"]
    assert data["findings"][0]["location"]["file"] == str(drafts / "gaps.md")


def test_clean_file_exit_0(drafts):
    code, out, _ = run("check", drafts / "good.md", "--select", "PUB-006")
    assert code == 0
    assert "No problems found in 1 file" in out


def test_fail_on_and_ignore(drafts):
    assert run("check", drafts / "gaps.md", "--select", "PUB-006", "--fail-on", "never")[0] == 0
    assert run("check", drafts / "gaps.md", "--select", "PUB", "--ignore", "PUB-006")[0] in (0, 1)
    code, out, _ = run("check", drafts / "gaps.md", "--select", "PUB-006", "--ignore", "PUB-006")
    assert code == 0


def test_config_severity_change(drafts):
    (drafts / "sardoc.yaml").write_text("rules:\n  PUB-006: warning\n")
    code, out, _ = run("check", "gaps.md", "--select", "PUB-006", cwd=drafts)
    assert code == 0 and "warning" in out
    code, _, _ = run("check", "gaps.md", "--select", "PUB-006", "--fail-on", "warning", cwd=drafts)
    assert code == 1


def test_output_file_written_atomically_and_not_over_input(drafts):
    out = drafts / "report.sarif"
    code, stdout, err = run(
        "check", drafts / "gaps.md", "--select", "PUB-006", "--format", "sarif", "-o", out
    )
    assert code == 1 and stdout == ""
    # One line says where the report went and what it holds.
    assert err.splitlines() == [f"{out}: 1 error, 0 warnings, 0 info in 1 file (profile: draft)"]
    assert json.loads(out.read_text())["version"] == "2.1.0"
    assert not list(drafts.glob(".report.sarif.*"))
    code, _, err = run("check", drafts / "gaps.md", "-o", drafts / "gaps.md")
    assert code == 2 and "would overwrite an input" in err
    assert (drafts / "gaps.md").read_text() == GAPS


def make_bad_inputs(d):
    (d / "notes.pdfx").write_text("x")
    (d / "empty.md").write_text("")
    (d / "bad.docx").write_bytes(b"this is not a zip")
    with zipfile.ZipFile(d / "nodoc.docx", "w") as z:
        z.writestr("hello.txt", "no word document here")
    (d / "front.md").write_text("---\ntitle: [oops\n---\n# T\n")
    (d / "review.yaml").write_text("adult: [unclosed\n")


@pytest.mark.parametrize(
    "name, expected",
    [
        ("notes.pdfx", "notes.pdfx: unknown file type '.pdfx'"),
        ("empty.md", "empty.md: empty file"),
        ("missing.md", "missing.md: no such file or folder"),
        ("front.md", "front.md:3:1: front matter: malformed YAML"),
        ("review.yaml", "review.yaml:2:1: malformed YAML"),
        ("bad.docx", "bad.docx: "),
        ("nodoc.docx", "nodoc.docx: "),
    ],
)
def test_bad_input_one_line_exit_2_nothing_written(tmp_path, name, expected):
    make_bad_inputs(tmp_path)
    out = tmp_path / "out.json"
    code, stdout, err = run("check", tmp_path / name, "-o", out)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(str(tmp_path / expected)), err
    assert "Traceback" not in err and stdout == ""
    assert not out.exists()


def test_bad_usage_exit_2():
    assert run("check")[0] == 2
    assert run("check", "x.md", "--format", "pdf")[0] == 2
    assert run("nonsense")[0] == 2
    code, _, err = run("check", "x.md", "--select", "NOPE-999")
    assert code == 2 and "no rule matches 'NOPE-999'" in err


def test_folder_is_walked(drafts):
    (drafts / ".hidden.md").write_text(GAPS)
    (drafts / "~$lock.docx").write_bytes(b"junk")
    code, out, err = run("check", drafts, "--select", "PUB-006", "--format", "json")
    assert code == 1, err
    assert json.loads(out)["files"] == [str(drafts / "gaps.md"), str(drafts / "good.md")]


def test_rules_listing_and_explanation():
    runner = CliRunner()
    res = runner.invoke(cli, ["rules"])
    assert res.exit_code == 0 and "PUB-006" in res.output
    res = runner.invoke(cli, ["rules", "publication.good-practice"])
    assert res.exit_code == 0
    assert "How to put it right" in res.output and "SAR operating guidance" in res.output


def test_a_mistyped_select_is_blamed_on_the_command_line(drafts):
    (drafts / "sardoc.yaml").write_text("extends: default\n", encoding="utf-8")
    code, _, err = run("check", drafts / "gaps.md", "--select", "PUBX-999")
    assert code == 2 and err.startswith("--select: no rule matches 'PUBX-999'")
    assert "sardoc.yaml" not in err
    code, _, err = run("check", drafts / "gaps.md", "--ignore", "PUB-006,nonsense")
    assert code == 2 and err.startswith("--ignore: no rule matches 'nonsense'")
    code, _, _ = run("check", drafts / "gaps.md", "--ignore", "PUB")
    assert code in (0, 1)


def test_help_gives_each_command_its_whole_description():
    code, out, _ = run("--help")
    text = " ".join(out.split())
    assert code == 0 and not [x for x in out.splitlines()[1:] if x.endswith("...")]
    assert (
        "Produce the rapid review, SAR report, 7-minute briefing, family guidance and action plan."
        in text
    )


def test_a_hint_is_printed_once_per_rule_in_a_run(tmp_path):
    for name in ("one.md", "two.md", "three.md"):
        (tmp_path / name).write_text(GAPS, encoding="utf-8")
    code, out, _ = run("check", tmp_path, "--select", "PUB-006")
    from sardoc.rules import load_rules

    hint = next(r.hint for r in load_rules() if r.id == "PUB-006")
    assert code == 1 and out.count("[PUB-006]") == 3
    assert " ".join(out.split()).count(" ".join(hint.split())[:40]) == 1


def test_abbreviations_are_aligned_columns(tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text("# Review\n\nThe GP and the Mental Capacity Act (MCA) and the MCA.\n")
    code, out, _ = run("abbreviations", draft)
    lines = out.splitlines()
    assert (
        code == 0
        and "|" not in out
        and lines[0].split() == ["Abbreviation", "Meaning", "Uses", "In", "the", "text"]
    )
    assert len({line.index("Uses") if "Uses" in line else None for line in lines[:1]}) == 1
    # Every row's count ends where the Uses heading does.
    end = lines[0].index("Uses") + len("Uses")
    assert all(line[end - 1].isdigit() for line in lines[1:])
