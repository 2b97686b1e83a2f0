"""Issue 13, item 1: Word headings from layout (bold or larger type), not only from styles."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from sardoc.api import check
from sardoc.sources import read_document
from tests.docxfactory import HEADING_STYLES, bold, make_docx, p, sample_builder, sized, t, table

pytest.importorskip("docx")

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "adult-a"

#: A short report with gaps (no terms of reference, no good practice, no legal
#: mandate), so that the findings compared below are not all empty.
REPORT = """---
kind: sar-report
---

# Safeguarding Adults Review: Adult D

## 1. Introduction

This review looks at how agencies worked with Adult D, who was 81 and lived alone.

**Note:** the names used are pseudonyms agreed with the family.

## 2. What happened

### 2.1 The first fall

Adult D fell at home in March 2023. The ambulance service took her to hospital.

### Hospital discharge

She went home after four days with a package of care.

## 3. Analysis

### Finding 1: Refusals were accepted without testing capacity

Carers recorded refused visits but nobody asked whether Adult D understood the risk.

## 4. Recommendations

The board should ask agencies to record capacity when care is refused.
"""


def headings(path: Path) -> list[tuple[int, str]]:
    return [(h.level, h.text) for h in read_document(path).headings()]


def findings(path: Path) -> Counter:
    return Counter((f.rule_id, tuple(f.location.section)) for f in check([path]).findings)


@pytest.fixture(scope="module")
def shapes(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("shapes")
    build = sample_builder()
    out = {"markdown": folder / "report.md"}
    out["markdown"].write_text(REPORT, encoding="utf-8")
    for shape in ("styles", "bold", "size"):
        out[shape] = folder / f"report-{shape}.docx"
        out[shape].write_bytes(build.deterministic_bytes(build.build(REPORT, shape)))
    return out


@pytest.mark.parametrize("shape", ["styles", "bold", "size"])
def test_same_headings_and_levels_in_every_shape(shapes, shape):
    expected = headings(shapes["markdown"])
    assert expected[:3] == [
        (1, "Safeguarding Adults Review: Adult D"),
        (2, "1. Introduction"),
        (2, "2. What happened"),
    ]
    assert headings(shapes[shape]) == expected


@pytest.mark.parametrize("shape", ["styles", "bold", "size"])
def test_same_findings_in_every_shape(shapes, shape):
    expected = findings(shapes["markdown"])
    assert expected, "the report has gaps, so there are findings to compare"
    assert findings(shapes[shape]) == expected


def test_why_a_paragraph_is_a_heading_is_recorded(shapes):
    for shape, why in (("styles", "style"), ("bold", "layout"), ("size", "layout")):
        doc = read_document(shapes[shape])
        assert {h.attrs["heading_from"] for h in doc.headings()} == {why}


def test_bold_headings_sample_has_the_findings_of_the_styled_one():
    bold_sample = SAMPLES / "draft-bold.docx"
    assert headings(bold_sample) == headings(SAMPLES / "draft.docx")
    assert findings(bold_sample) == findings(SAMPLES / "draft.docx")


def test_bold_headings_sample_is_built_from_the_current_draft(tmp_path):
    build = sample_builder()
    fresh = tmp_path / "draft-bold.docx"
    assert build.main([str(SAMPLES / "draft.md"), str(fresh), "--headings", "bold"]) == 0
    assert fresh.read_bytes() == (SAMPLES / "draft-bold.docx").read_bytes(), (
        "run scripts/build_sample_docx.py --all"
    )


# -- what is and is not a heading ----------------------------------------------------


def body_headings(tmp_path, body: str, styles: str | None = HEADING_STYLES):
    return headings(make_docx(tmp_path, body, styles=styles))


def test_bold_lead_in_and_bold_sentences_are_not_headings(tmp_path):
    body = (
        p(bold("5. Findings"), raw=True)
        + p(bold("Note:") + t(" the names used are pseudonyms."), raw=True)
        + p(bold("The panel met four times."), raw=True)
        + p(bold("The panel found:"), raw=True)
        + p(bold("a bold item in a list"), "ListBullet", raw=True)
        + p(bold("• a hand-typed bullet"), raw=True)
        + table([["<w:p>" + bold("Agency") + "</w:p>", "Role"]])
        + p(bold(" ".join(["word"] * 21)), raw=True)
    )
    assert body_headings(tmp_path, body) == [(1, "5. Findings")]


@pytest.mark.parametrize(
    "line",
    ["8 Good practice 14", "Good practice\t14", "Good practice .......... 14"],
)
def test_contents_lines_are_not_headings(tmp_path, line):
    body = p(bold("Contents"), raw=True) + p(bold(line), raw=True) + p("Text.")
    assert body_headings(tmp_path, body) == [(1, "Contents")]


def test_contents_by_style_field_or_bookmark_link_are_not_headings(tmp_path):
    styles = HEADING_STYLES + (
        '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>'
    )
    field = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    )
    body = (
        p(bold("Terms of reference"), "TOC1", raw=True)
        + p(field + bold("Methodology"), raw=True)
        + p(bold("Analysis"), raw=True)  # still inside the field
        + p('<w:r><w:fldChar w:fldCharType="end"/></w:r>', raw=True)
        + p('<w:hyperlink w:anchor="_Toc123">' + bold("Findings") + "</w:hyperlink>", raw=True)
        + p(bold("1. Introduction"), raw=True)
    )
    assert body_headings(tmp_path, body, styles) == [(1, "1. Introduction")]


def test_numbering_depth_gives_the_level(tmp_path):
    body = (
        p(bold("Part Two"), raw=True)
        + p(bold("5.2 Information sharing"), raw=True)
        + p(bold("5.2.1 Between the GP and the council"), raw=True)
        + p(bold("Section 6"), raw=True)
        + p(bold("Sharing the learning"), raw=True)
    )
    assert body_headings(tmp_path, body) == [
        (1, "Part Two"),
        (2, "5.2 Information sharing"),
        (3, "5.2.1 Between the GP and the council"),
        (1, "Section 6"),
        (2, "Sharing the learning"),  # bold only: below the last numbered heading
    ]


def test_larger_means_larger_than_this_documents_body(tmp_path):
    # The body is 14 pt here: 14 pt paragraphs are text, 20 pt and 17 pt are headings.
    body = (
        p(sized("Review of Adult E", 20), raw=True)
        + p(sized("What happened", 17), raw=True)
        + p(sized("Adult E lived alone and had carers twice a day", 14), raw=True)
        + p(sized("Short line in body size", 14), raw=True)
        + p(sized("A slightly larger line", 15), raw=True)
    )
    assert body_headings(tmp_path, body) == [(1, "Review of Adult E"), (2, "What happened")]


def test_body_size_comes_from_styles_when_runs_say_nothing(tmp_path):
    styles = HEADING_STYLES.replace(
        '<w:name w:val="Normal"/>', '<w:name w:val="Normal"/><w:rPr><w:sz w:val="28"/></w:rPr>'
    )
    body = p(sized("Title in 20 pt", 20), raw=True) + p("Body text in 14 pt from the style.")
    body += p("Another body line") + p(sized("Not larger", 14), raw=True)
    assert body_headings(tmp_path, body, styles) == [(1, "Title in 20 pt")]


def test_paragraph_marked_as_body_text_is_not_a_heading(tmp_path):
    body = p(bold("Key dates"), ppr='<w:outlineLvl w:val="9"/>', raw=True) + p("Text.")
    assert body_headings(tmp_path, body) == []


def test_a_larger_line_straight_after_a_heading_is_its_subtitle(tmp_path):
    # sardoc's own cover page: the Title, then the board's name in a larger type.
    body = (
        p("Safeguarding Adults Review: Adult A", "Title")
        + p("", raw=True)
        + p(sized("Northfield Safeguarding Adults Board", 14), raw=True)
        + p("Published March 2025.")
        + p(sized("Summary", 14), raw=True)
        + p("The summary says what happened to Adult A and what the board will change.")
    )
    assert body_headings(tmp_path, body) == [
        (1, "Safeguarding Adults Review: Adult A"),
        (1, "Summary"),
    ]
