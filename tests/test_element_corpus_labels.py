"""The element corpus's labels stay consistent with its documents (dev split only)."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "data" / "elements"


@pytest.fixture(scope="module")
def checker():
    spec = importlib.util.spec_from_file_location("check_labels", CORPUS / "check_labels.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dev_labels_are_consistent(checker):
    labels = sorted((CORPUS / "dev").glob("*.labels.yaml"))
    assert len(labels) == 22
    problems = [p for label in labels for p in checker.check(label)]
    assert problems == []


def test_checker_reports_a_missing_heading_and_an_uncovered_id(checker, tmp_path):
    for path in (CORPUS / "dev").glob("report.*"):
        shutil.copy(path, tmp_path)
    label = tmp_path / "report.labels.yaml"
    text = label.read_text(encoding="utf-8")
    text = text.replace("absent: [good-practice, limitations]", "absent: [good-practice]")
    text = text.replace('"9. What needs to be different"', '"9. Something else"')
    label.write_text(text, encoding="utf-8")
    problems = checker.check(label)
    assert any("'limitations'" in p for p in problems)
    assert any("9. Something else" in p for p in problems)


def test_checker_accepts_a_wholly_bold_paragraph_as_a_heading(checker, tmp_path):
    doc = tmp_path / "leaflet.md"
    doc.write_text(
        "**What happened**\n\nShe was at home.\n\nA line with **bold** inside is not a heading.\n",
        encoding="utf-8",
    )
    found = checker.headings(doc)
    assert "What happened" in found
    assert not any("inside" in h for h in found)


def test_checker_accepts_a_bold_first_cell_of_a_pipe_table_as_a_heading(checker, tmp_path):
    doc = tmp_path / "briefing.md"
    doc.write_text(
        "| Panel | Text |\n|---|---|\n| **1. Background** | He lived alone. |\n"
        "| plain cell | with **bold** text |\n",
        encoding="utf-8",
    )
    found = checker.headings(doc)
    assert "1. Background" in found
    assert not any("bold" in h or "plain" in h for h in found)
