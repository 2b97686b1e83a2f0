"""Checking folders of many files: the same answer on one process or several, and the
table of how often each rule fired."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from sardoc.api import check
from sardoc.cli import cli
from sardoc.formatters import Report, files_by_rule, format_report
from sardoc.paths import data_dir

SAMPLES = data_dir("samples")


def library(folder: Path, copies: int = 6) -> Path:
    """A folder of drafts: complete ones and ones with gaps, in several formats."""
    for i in range(copies):
        shutil.copy(SAMPLES / "adult-a" / "draft.md", folder / f"complete-{i}.md")
        shutil.copy(SAMPLES / "adult-a" / "draft-gaps.md", folder / f"gaps-{i}.md")
    shutil.copy(SAMPLES / "adult-a" / "draft.docx", folder / "word.docx")
    (folder / "broken.docx").write_bytes(b"not a zip")
    return folder


def test_several_processes_give_the_same_answer_in_the_same_order(tmp_path):
    folder = library(tmp_path)
    one, two = check([folder], jobs=1), check([folder], jobs=2)
    assert one.files == two.files and len(one.files) == 13
    assert one.findings == two.findings and one.findings
    assert [str(p) for p in one.problems] == [str(p) for p in two.problems]
    assert "broken.docx" in str(two.problems[0])
    assert one.paragraphs == two.paragraphs


def test_progress_is_reported_for_every_file(tmp_path):
    folder = library(tmp_path)
    seen: list[tuple[int, int]] = []
    check([folder], jobs=2, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (14, 14) and all(t == 14 for _, t in seen)


def test_the_table_counts_files_not_findings(tmp_path):
    folder = library(tmp_path)
    result = check([folder], jobs=2)
    report = Report(result.findings, result.files, result.rules, "draft", "0", "x")
    table = files_by_rule(report)
    # The gaps draft lacks four minimums; six copies of it are in the folder.
    assert {k: v for k, v in table.items() if k.startswith(("PUB", "LEGAL"))} == {
        "LEGAL-001": 6,
        "PUB-003": 6,
        "PUB-006": 6,
        "PUB-008": 6,
    }
    text = format_report(report, "human")
    assert "Rules by the number of files they fired in (13 files checked):" in text
    assert "PUB-006" in text.split("Rules by the number")[1] and "46.2%" in text


def test_json_carries_the_table(tmp_path):
    folder = library(tmp_path)
    (folder / "broken.docx").unlink()
    res = CliRunner().invoke(cli, ["check", str(folder), "--format", "json", "--jobs", "2"])
    data = json.loads(res.output)
    assert data["schema_version"] == "1.3"
    assert data["summary"]["files_by_rule"]["PUB-008"] == 6
    assert data["summary"]["by_rule"]["PUB-008"] == 6
