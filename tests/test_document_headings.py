"""A heading's spaces are collapsed, and its positions still point at the source."""

from __future__ import annotations

import pytest

from sardoc.document import DocumentBuilder
from tests.helpers import make_document


@pytest.mark.parametrize(
    "source",
    [
        "# Meeting with  Jane   Hughes\n",
        "#   Meeting\twith Jane \t Hughes  \n",
        "Intro\n\n## Meeting with **Jane**  Hughes\n",
    ],
)
def test_heading_positions_after_collapsed_spaces(source):
    doc = make_document(source)
    (heading,) = list(doc.headings())
    assert heading.text.endswith("Meeting with Jane Hughes")
    for word in ("Meeting", "Jane", "Hughes"):
        start = heading.text.index(word)
        loc = doc.locate(heading, start, start + len(word))
        assert source[loc.offset : loc.offset + loc.length] == word


def test_a_heading_without_anchors_is_only_collapsed():
    b = DocumentBuilder("draft.docx", "docx")
    h = b.heading("  Findings \t and  learning ", 1)
    assert (h.text, h.anchors) == ("Findings and learning", ())


# -- a numbered series under an empty heading -----------------------------------------

_SERIES_MD = """# Review of Ann's care

**Findings**

**Theme one: plans that stayed in a folder**

The swallowing plan was held in one folder.

**Theme two: reasons behind daily choices**

Staff gave Ann bread because she asked for it.

**Strengths we found**

The manager escalated the delay.
"""


def _outline(doc):
    return [(p.text, p.level) for p in doc.headings()]


def test_a_series_of_themes_nests_under_the_empty_heading_before_it():
    doc = make_document(_SERIES_MD)
    assert _outline(doc)[1:] == [
        ("Findings", 2),
        ("Theme one: plans that stayed in a folder", 3),
        ("Theme two: reasons behind daily choices", 3),
        ("Strengths we found", 2),
    ]
    body = next(p for p in doc.paragraphs if p.text.startswith("Staff gave"))
    assert body.section[-2:] == ("Findings", "Theme two: reasons behind daily choices")
    after = next(p for p in doc.paragraphs if p.text.startswith("The manager"))
    assert "Findings" not in after.section


@pytest.mark.parametrize(
    "change",
    [
        # The heading before the series has text of its own: the author meant siblings.
        lambda s: s.replace("**Findings**\n", "**Findings**\n\nThree themes emerged.\n"),
        # One theme is not a series.
        lambda s: s.replace("**Theme two: reasons behind daily choices**", "**Daily choices**"),
    ],
)
def test_no_nesting_without_an_empty_heading_and_a_series(change):
    doc = make_document(change(_SERIES_MD))
    assert all(level == 2 for _, level in _outline(doc)[1:])


def test_the_series_nests_the_same_in_markdown_and_bold_line_word(tmp_path):
    from sardoc.sources import read_document
    from tests.docxfactory import bold, make_docx, p

    body = ""
    for block in _SERIES_MD.split("\n\n"):
        block = block.strip()
        if block.startswith("# "):
            body += p(bold(block[2:]), raw=True)  # the first bold line is the title
        elif block.startswith("**"):
            body += p(bold(block.strip("*")), raw=True)
        elif block:
            body += p(block)
    word = read_document(make_docx(tmp_path, body))

    def rel(doc):
        out = _outline(doc)[1:]
        top = min(level for _, level in out)
        return [(text, level - top) for text, level in out]

    assert rel(word) == rel(make_document(_SERIES_MD))
