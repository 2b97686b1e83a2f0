"""Identifiers in every part of a file, and people named only in its metadata."""

import pytest

from sardoc.document import DocumentBuilder
from sardoc.rules import load_rules, run
from tests.docxfactory import comment, dele, make_docx, p, t

RULES = [r for r in load_rules() if r.category == "PII"]


def pii(doc):
    return [f for f in run(doc, RULES)]


def test_every_part_is_scanned_and_named_in_the_message():
    b = DocumentBuilder("draft.docx", "docx")
    b.heading("Review", 1)
    b.paragraph("Body text about Adult A.")
    b.paragraph("Prepared by Jane Hughes", part="header")
    b.paragraph("Call 07700 900123", part="footer")
    b.paragraph("GP record, Dr Patel", part="footnote")
    b.paragraph("NHS 943 476 5919", part="endnote")
    b.paragraph("Check with Mrs Okafor", part="comment", author="Reviewer")
    b.paragraph("She lived at 14 Elm Road", part="deleted")
    b.paragraph("Oakwood Care Home review", part="property", property="title")
    doc = b.build(
        "sar-report",
        {
            "people": [
                {"name": "Tom Ellery", "where": "comment"},
                {"name": "Priya Raman", "where": "tracked change"},
                {"name": "Safeguarding Adults Board", "where": "property"},
            ]
        },
    )
    got = {(f.location.part, f.entity, f.text): f.message for f in pii(doc)}
    assert set(got) == {
        ("header", "person", "Jane Hughes"),
        ("footer", "phone", "07700 900123"),
        ("footnote", "person", "Dr Patel"),
        ("endnote", "nhs-number", "943 476 5919"),
        ("comment", "person", "Mrs Okafor"),
        ("deleted", "address", "14 Elm Road"),
        ("property", "care-setting", "Oakwood Care Home"),
        ("body", "person", "Tom Ellery"),
        ("body", "person", "Priya Raman"),
    }
    assert (
        "in deleted tracked-change text, which is still inside the file"
        in got[("deleted", "address", "14 Elm Road")]
    )
    assert (
        "in the document property 'title'" in got[("property", "care-setting", "Oakwood Care Home")]
    )
    assert "in a page footer" in got[("footer", "phone", "07700 900123")]
    assert "as the author of a comment" in got[("body", "person", "Tom Ellery")]
    assert "as the author of a tracked change" in got[("body", "person", "Priya Raman")]


def test_a_real_word_file(tmp_path):
    pytest.importorskip("sardoc.sources.docx")
    from sardoc.sources import read_document

    body = (
        p("Review of Adult A", "Heading1")
        + p(t("Adult A was seen. ") + dele("Her NI number was AB 12 34 56 C."), raw=True)
        + p("The social worker, Jane Hughes, visited.")
    )
    path = make_docx(
        tmp_path,
        body,
        comments=comment(1, "Ask Mrs Okafor", "Tom Ellery"),
        footnotes=[p("Seen at Elm Tree Surgery")],
        headers=[p("Draft by Priya Raman")],
        core={"dc:creator": "Sunita Mistry", "cp:lastModifiedBy": "Microsoft Office User"},
    )
    doc = read_document(path)
    got = {(f.location.part, f.entity, f.text) for f in pii(doc)}
    assert ("deleted", "ni-number", "AB 12 34 56 C") in got
    assert ("body", "person", "Jane Hughes") in got
    assert ("comment", "person", "Mrs Okafor") in got
    assert ("footnote", "care-setting", "Elm Tree Surgery") in got
    assert ("header", "person", "Priya Raman") in got
    assert ("property", "person", "Sunita Mistry") in got  # the author property
    assert ("body", "person", "Tom Ellery") in got  # comment author, document-level
    assert not any("Microsoft" in (text or "") for _, _, text in got)


def test_front_matter_fields_naming_people():
    from tests.helpers import make_document

    doc = make_document("---\nauthor: J. Smith-Waters\nboard: Northfield SAB\n---\n# R\n\nText.\n")
    got = [(f.location.part, f.text) for f in pii(doc)]
    assert got == [("front-matter", "J. Smith-Waters")]
    assert "front matter ('author')" in pii(doc)[0].message
