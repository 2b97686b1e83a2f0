"""Issue 7: macros, embedded objects and external links in a Word file are reported, never run."""

from __future__ import annotations

from sardoc.api import check
from sardoc.sources import read_document
from tests.docxfactory import HEADING_STYLES, make_docx, p

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdS" Type="{R}/styles" Target="styles.xml"/>
<Relationship Id="rId9" Type="{R}/image" Target="http://192.0.2.1/track.png" TargetMode="External"/>
<Relationship Id="rId10" Type="{R}/hyperlink" Target="https://example.org/r"
 TargetMode="External"/>
<Relationship Id="rId11" Type="{R}/oleObject" Target="file:///C:/secret/chron.xlsx"
 TargetMode="External"/>
</Relationships>"""


def test_carried_and_linked_content_is_listed_and_reported(tmp_path):
    path = make_docx(
        tmp_path,
        p("Review", "Heading1") + p("Text."),
        styles=HEADING_STYLES,
        extra={
            "word/vbaProject.bin": b"\xd0\xcf\x11\xe0 not really a macro",
            "word/embeddings/oleObject1.bin": b"\x00" * 10,
            "word/activeX/activeX1.xml": "<ax/>",
            "word/_rels/document.xml.rels": RELS,
        },
    )
    doc = read_document(path)
    whats = [item["what"] for item in doc.metadata["package"]]
    assert whats == [
        "an ActiveX control",
        "an embedded object",
        "macros",
        "an external link (image)",
        "an external link (oleObject)",
    ]
    findings = [f for f in check([path]).findings if f.rule_id == "PKG-001"]
    assert len(findings) == 5
    assert all("secret" not in f.message and "192.0.2.1" not in f.message for f in findings)


def test_a_plain_document_carries_nothing(tmp_path):
    path = make_docx(tmp_path, p("Review", "Heading1") + p("Text."), styles=HEADING_STYLES)
    assert read_document(path).metadata["package"] == []
    assert not [f for f in check([path]).findings if f.rule_id == "PKG-001"]


def test_a_broken_relationship_part_does_not_stop_the_reading(tmp_path):
    path = make_docx(
        tmp_path,
        p("Review", "Heading1") + p("Text."),
        styles=HEADING_STYLES,
        extra={"word/_rels/header9.xml.rels": "<not xml"},
    )
    assert read_document(path).paragraphs[1].text == "Text."
