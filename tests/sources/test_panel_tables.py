"""A briefing laid out as a table of panels ("| **1. Background** | text |") reads as
headed sections, the same in Markdown and in Word."""

from __future__ import annotations

from pathlib import Path

import docx

from sardoc.api import check
from sardoc.config import Config
from sardoc.sources import read_document

PANELS = [
    ("1. Background", "Mr T is a pseudonym. He was 80 and lived alone after his wife died."),
    ("2. What happened", "Over a year his weight fell and carers found the fridge empty."),
    ("3. Why it matters", "Older people who live alone can lose weight without anyone noticing."),
    ("4. What we learned", "Nobody weighed Mr T and no agency saw the whole picture."),
    ("5. What to do", "Weigh people at every review and share concerns with the GP."),
    ("6. Questions", "How would your team notice that someone was not eating?"),
    ("7. Find out more", "The full report is on the Board's website."),
]


def _markdown(tmp_path: Path) -> Path:
    rows = "\n".join(f"| **{t}** | {b} |" for t, b in PANELS)
    path = tmp_path / "7mb.md"
    path.write_text(f"# Seven-minute briefing: Mr T\n\n| | |\n|---|---|\n{rows}\n", "utf-8")
    return path


def _word(tmp_path: Path) -> Path:
    d = docx.Document()
    # python-docx's template names an author; the test is about the body.
    d.core_properties.author = d.core_properties.last_modified_by = ""
    d.add_heading("Seven-minute briefing: Mr T", level=1)
    table = d.add_table(rows=0, cols=2)
    for title, body in PANELS:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(title).bold = True
        cells[1].paragraphs[0].add_run(body)
    path = tmp_path / "7mb.docx"
    d.save(path)
    return path


def test_panel_titles_are_headings_in_markdown_and_word(tmp_path):
    titles = [t for t, _ in PANELS]
    for path in (_markdown(tmp_path), _word(tmp_path)):
        headings = [p.text for p in read_document(path).paragraphs if p.is_heading]
        assert headings[1:] == titles, path.suffix


def test_the_same_findings_either_way(tmp_path):
    config = Config(kind="seven-minute-briefing")
    found = [
        sorted(f.rule_id for f in check([path], config).findings)
        for path in (_markdown(tmp_path), _word(tmp_path))
    ]
    assert found[0] == found[1]
    assert "7MB-001" not in found[0]


def test_a_table_of_data_is_not_read_as_headings(tmp_path):
    path = tmp_path / "plan.md"
    path.write_text(
        "# Plan\n\n| Action | Owner | Date |\n|---|---|---|\n"
        "| **Revise the procedure** | The Board | May |\n",
        "utf-8",
    )
    assert [p.text for p in read_document(path).paragraphs if p.is_heading] == ["Plan"]
