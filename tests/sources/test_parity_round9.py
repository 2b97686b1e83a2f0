"""Issue 13, items 1 and 4: one report as Markdown and as Word gives the same findings.

``benchmarks/bench_parity.py`` builds every tuning document of the element corpus into
Word in three heading shapes (styles, bold, larger type) and compares. The tests below
pin each reader fix it led to, and run the comparison on a few corpus documents of
every kind so that a regression shows.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from sardoc.api import check
from sardoc.config import Config, Grammar
from sardoc.sources import read_document
from tests.docxfactory import HEADING_STYLES, bold, make_docx, p, sample_builder, sized, table

pytest.importorskip("docx")

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "elements"
SHAPES = ("styles", "bold", "size")


def headings(path: Path) -> list[tuple[int, str]]:
    return [(h.level, h.text) for h in read_document(path).headings()]


def word_copy(folder: Path, markdown: str, shape: str, name: str = "copy") -> Path:
    build = sample_builder()
    out = folder / f"{name}-{shape}.docx"
    out.write_bytes(build.deterministic_bytes(build.build(markdown, shape)))
    return out


def body_text(words: str = "Adult F lived alone and had carers twice a day") -> str:
    return p(sized(words, 11), raw=True)


# -- Word: headings in a larger type ------------------------------------------------------


def test_a_larger_line_after_a_table_is_a_heading_not_a_subtitle(tmp_path):
    # An action tracker: each theme's heading and its sub-heading, then its table, then
    # the next theme. The table's text stands between the sub-heading and the next theme.
    body = (
        p(sized("Action plan tracker", 20), raw=True)
        + body_text()
        + p(sized("Theme 1: Escalation", 16), raw=True)
        + p(sized("Actions agreed", 13), raw=True)
        + table([["Action", "Lead"], ["Agree an escalation route", "Board manager"]])
        + p(sized("Theme 2: Support planning", 16), raw=True)
        + body_text()
    )
    path = make_docx(tmp_path, body, styles=HEADING_STYLES)
    assert headings(path) == [
        (1, "Action plan tracker"),
        (2, "Theme 1: Escalation"),
        (3, "Actions agreed"),
        (2, "Theme 2: Support planning"),
    ]


def test_two_title_lines_in_the_same_type_are_both_headings(tmp_path):
    # "# Board" then "# Title" in Markdown; in Word, two lines in the same large type.
    body = (
        p(sized("Eastmere Safeguarding Adults Board", 20), raw=True)
        + p(sized("Safeguarding Adults Review: Adult F", 20), raw=True)
        + body_text()
        + p(sized("Summary", 16), raw=True)
        + body_text()
    )
    path = make_docx(tmp_path, body, styles=HEADING_STYLES)
    assert headings(path) == [
        (1, "Eastmere Safeguarding Adults Board"),
        (1, "Safeguarding Adults Review: Adult F"),
        (2, "Summary"),
    ]


def test_type_size_gives_the_level_before_hand_typed_numbering(tmp_path):
    # "Part A" reads as numbering at the top level, but it is set in the third size.
    body = (
        p(sized("Review of Adult G", 20), raw=True)
        + p(sized("Scoping panel record", 16), raw=True)
        + body_text()
        + p(sized("Part A – Circumstances of the referral", 13), raw=True)
        + body_text()
        + p(sized("Part B – Information from agencies", 13), raw=True)
        + body_text()
    )
    path = make_docx(tmp_path, body, styles=HEADING_STYLES)
    assert headings(path) == [
        (1, "Review of Adult G"),
        (2, "Scoping panel record"),
        (3, "Part A – Circumstances of the referral"),
        (3, "Part B – Information from agencies"),
    ]


# -- Markdown: bold lines read with Word's levels -----------------------------------------

BOLD_LINES = """**Eastmere Safeguarding Adults Board**

**Safeguarding Adults Review: Adult H**

Adult H was 67 and lived in a flat of her own.

**1. Introduction**

The Board agreed to hold this review in May.

**1.1 Why the review was held**

Agencies had known of the risks for two years.

**Who took part**

Six agencies sent chronologies.

**2. Findings**

Records were not shared between the hospital and the council.
"""


def test_markdown_bold_lines_have_the_levels_word_gives_them(tmp_path):
    md = tmp_path / "report.md"
    md.write_text(BOLD_LINES, encoding="utf-8")
    expected = [
        (1, "Eastmere Safeguarding Adults Board"),  # the first line is the title
        (2, "Safeguarding Adults Review: Adult H"),
        (2, "1. Introduction"),  # numbering says the level, one below the title
        (3, "1.1 Why the review was held"),
        (3, "Who took part"),  # below the last top-level number
        (2, "2. Findings"),
    ]
    assert headings(md) == expected
    for shape in SHAPES:
        assert headings(word_copy(tmp_path, BOLD_LINES, shape)) == expected, shape


PANELS = """# Seven-minute briefing: Adult J

## The briefing

**How to use it**

Read each panel with your team.

| | |
|---|---|
| **1. Background** | Adult J lived alone and had carers twice a day. |
| **2. What we learnt** | Agencies did not share records of his falls. |
"""


def test_markdown_panel_titles_sit_where_word_puts_them(tmp_path):
    md = tmp_path / "briefing.md"
    md.write_text(PANELS, encoding="utf-8")
    got = headings(md)
    assert got[-2:] == [(4, "1. Background"), (4, "2. What we learnt")]
    assert headings(word_copy(tmp_path, PANELS, "styles")) == got


# -- the factory: front matter declarations --------------------------------------------


def test_word_copy_declares_the_names_the_front_matter_declares(tmp_path):
    text = (
        "---\nkind: sar-report\nallow: [Dr Ruth Ellison]\npseudonyms: [Adult K]\n---\n\n"
        "# Review of Adult K\n\nThe reviewer was Dr Ruth Ellison.\n"
    )
    doc = read_document(word_copy(tmp_path, text, "styles"))
    assert doc.kind == "sar-report"
    assert doc.metadata["allow"] == ["Dr Ruth Ellison"]
    assert doc.metadata["pseudonyms"] == ["Adult K"]


# -- parity on corpus documents of every kind -------------------------------------------

#: (document, shapes whose headings must match too). Bold lines carry no level, so a
#: report whose Markdown nests unnumbered headings ("# Board", "# Title" or "###") has
#: the same findings in the bold shape but not always the same levels.
DOCUMENTS = [
    ("dev/tracker.md", SHAPES),  # action plan: a heading, a table, the next heading
    ("dev/rapid_review_mr_h.md", SHAPES),  # rapid review: tables between headings
    ("tune10/SAR_Harriet_pressure_care_bold_numbered.md", SHAPES),  # bold numbered lines
    ("tune8/SAR_Margaret_nursing_home_neglect.md", SHAPES),  # bold lines only
    ("tune10/7MB_Gordon_smoking_oxygen_table.md", SHAPES),  # briefing as a table of panels
    ("tune7/Family_leaflet_Marrowfield.md", ("styles", "size")),  # leaflet: two title lines
    ("../../../samples/adult-a/draft.md", SHAPES),  # front matter declaring names
]


def _quote(text: str | None) -> str:
    return re.sub(r"\s+", " ", text).strip() if text else ""


def _findings(path: Path, config: Config) -> Counter:
    return Counter(
        (f.rule_id, tuple(f.location.section), _quote(f.text))
        for f in check([path], config).findings
    )


def _kind(md: Path) -> str:
    import yaml

    label = md.with_name(md.stem + ".labels.yaml")
    if label.exists():
        return yaml.safe_load(label.read_text(encoding="utf-8"))["kind"]
    return read_document(md).kind


@pytest.mark.parametrize("rel,heading_shapes", DOCUMENTS, ids=[Path(d).stem for d, _ in DOCUMENTS])
def test_corpus_document_checks_the_same_in_every_word_shape(tmp_path, rel, heading_shapes):
    md = (CORPUS / rel).resolve()
    text = md.read_text(encoding="utf-8")
    config = Config(kind=_kind(md), grammar=Grammar(backend="none"))
    want, want_headings = _findings(md, config), headings(md)
    assert want_headings
    for shape in SHAPES:
        docx = word_copy(tmp_path, text, shape, md.stem)
        assert _findings(docx, config) == want, shape
        if shape in heading_shapes:
            assert headings(docx) == want_headings, shape


# -- quotations and line breaks ---------------------------------------------------------

QUOTE_STYLES = HEADING_STYLES + (
    '<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/>'
    '<w:basedOn w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="FamilyWords"><w:name w:val="Family words"/>'
    '<w:basedOn w:val="Quote"/></w:style>'
)


def test_a_bold_line_in_a_quote_style_is_a_quotation_not_a_heading(tmp_path):
    body = (
        p("Review of Adult M", "Heading1")
        + p(bold("She was always cheerful"), "Quote", raw=True)
        + p(bold("He loved the garden"), "FamilyWords", raw=True)  # based on Quote
        + p("Adult M lived with her son.")
    )
    doc = read_document(make_docx(tmp_path, body, styles=QUOTE_STYLES))
    assert [(h.level, h.text) for h in doc.headings()] == [(1, "Review of Adult M")]
    roles = {q.text: q.role for q in doc.paragraphs if q.part == "body"}
    assert roles["She was always cheerful"] == roles["He loved the garden"] == "quote"


def test_markdown_bold_line_broken_over_two_lines_is_a_heading_as_in_word(tmp_path):
    text = "# Review of Adult N\n\n**Learning from**  \n**Adult N's care**\n\nText follows.\n"
    md = tmp_path / "report.md"
    md.write_text(text, encoding="utf-8")
    assert [t for _, t in headings(md)][1:] == ["Learning from Adult N's care"]
    assert headings(word_copy(tmp_path, text, "styles")) == headings(md)


QUOTED = """# Review of Adult P

Adult P lived alone and had carers twice a day.

> **Always kind**
>
> Her daughter said the carers were kind to her.

**Good practice**

Staff went beyond their roles.
"""


@pytest.mark.parametrize("shape", SHAPES)
def test_word_copy_keeps_a_block_quote_a_quotation(tmp_path, shape):
    md = tmp_path / "quoted.md"
    md.write_text(QUOTED, encoding="utf-8")
    want = [(q.role, q.level, q.text) for q in read_document(md).paragraphs if q.part == "body"]
    docx = word_copy(tmp_path, QUOTED, shape)
    got = [(q.role, q.level, q.text) for q in read_document(docx).paragraphs if q.part == "body"]
    assert ("quote", 0, "Always kind") in want
    assert got == want
