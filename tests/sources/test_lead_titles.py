"""A paragraph titled in bold at its start ("**Working together.** The protocol ...") is
read as titled, in Markdown and in Word alike, and the title names an element as a
heading would."""

from __future__ import annotations

from pathlib import Path

import pytest

from sardoc.elements import find_all, run_in_titles
from sardoc.sources import read_document
from sardoc.sources.typed_headings import lead_title
from tests.docxfactory import HEADING_STYLES, bold, make_docx, p, t

BODY = (
    "The protocol for people who hoard was never started, and each agency passed its worry "
    "to one other agency rather than calling a meeting of everyone involved."
)


@pytest.mark.parametrize(
    ("bold_text", "rest", "title"),
    [
        (
            "How agencies worked together.",
            " The protocol was never started.",
            "How agencies worked together",
        ),
        ("Working together", ": the protocol was never started.", "Working together"),
        ("Good practice:", " The nurse kept visiting.", "Good practice"),
        # Emphasis, not a title: no stop after it, too long, or nothing after it.
        ("Never", " again did anyone visit.", None),
        ("Nobody at any point in the two years asked her what she wanted.", " Then", None),
        ("Working together.", "", None),
    ],
)
def test_what_a_bold_lead_is(bold_text, rest, title):
    assert lead_title(bold_text, rest) == title


def _markdown(tmp_path: Path) -> Path:
    path = tmp_path / "r.md"
    path.write_text(
        "# Safeguarding Adults Review\n\n## Findings\n\n"
        f"**How agencies worked together.** {BODY}\n",
        encoding="utf-8",
    )
    return path


def _word(tmp_path: Path) -> Path:
    body = (
        p("Safeguarding Adults Review", "Heading1")
        + p("Findings", "Heading2")
        + p(bold("How agencies worked together.") + t(" " + BODY), raw=True)
    )
    return make_docx(tmp_path, body, styles=HEADING_STYLES)


@pytest.mark.parametrize("make", [_markdown, _word])
def test_a_bold_lead_names_the_element_in_markdown_and_word(tmp_path, make):
    doc = read_document(make(tmp_path))
    assert [title for _, title in run_in_titles(doc)] == ["How agencies worked together"]
    assert doc.kind == "sar-report"
    ev = find_all(doc)["working-together"].evidence
    assert ev is not None and ev.cues[0].startswith("run-in title")


def test_a_paragraph_in_plain_roman_has_no_lead(tmp_path):
    path = tmp_path / "r.md"
    path.write_text(f"# Review\n\nHow agencies worked together. {BODY}\n", encoding="utf-8")
    assert run_in_titles(read_document(path)) == []
