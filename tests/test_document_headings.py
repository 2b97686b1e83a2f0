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
