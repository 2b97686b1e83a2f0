"""The house style every Word file shares: A4, one font named in the theme, en-GB,
a header, and a footer with "page N of M".

The document templates are built with the same choices (scripts/build_docx_templates.py);
the QA sheet, which has no template, is given them here.
"""

from __future__ import annotations

import re

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

FONT = "Arial"
LANGUAGE = "en-GB"
NAVY = RGBColor(0x1F, 0x3A, 0x5F)


def field(paragraph, instruction: str, shown: str) -> None:
    """A Word field (PAGE, NUMPAGES), filled in by the program that shows the file."""
    run = paragraph.add_run()
    for tag, attrs, text in (
        ("w:fldChar", {"w:fldCharType": "begin"}, None),
        ("w:instrText", {"xml:space": "preserve"}, f" {instruction} "),
        ("w:fldChar", {"w:fldCharType": "separate"}, None),
        ("w:t", {}, shown),
        ("w:fldChar", {"w:fldCharType": "end"}, None),
    ):
        el = OxmlElement(tag)
        for k, v in attrs.items():
            el.set(qn(k), v)
        if text:
            el.text = text
        run._r.append(el)


def apply(doc, *, header: str, footer: str, margin_mm: float = 20) -> None:
    """Give a python-docx document the house style."""
    for part in doc.part.package.parts:
        if str(part.partname).startswith("/word/theme/"):
            part._blob = re.sub(
                rb'(<a:(?:major|minor)Font>\s*<a:latin typeface=")[^"]*"',
                rb"\g<1>" + FONT.encode() + b'"',
                part.blob,
            )
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    lang = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    lang.set(qn("w:val"), LANGUAGE)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.widow_control = True
    for name, size in (("Title", 22), ("Heading 1", 15), ("Heading 2", 12.5)):
        st = doc.styles[name]
        st.font.size = Pt(size)
        st.font.bold = True
        st.font.color.rgb = NAVY
        st.paragraph_format.keep_with_next = True
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(margin_mm))
    head = section.header.paragraphs[0]
    head.text = header
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run(f"{footer} · page ")
    field(foot, "PAGE", "1")
    foot.add_run(" of ")
    field(foot, "NUMPAGES", "1")
    for p in (head, foot):
        for run in p.runs:
            run.font.size = Pt(9)


def keep_rows_whole(table, header_rows: int = 1) -> None:
    """No row split across pages; the header row repeats on each page."""
    for n, row in enumerate(table.rows):
        tr_pr = row._tr.get_or_add_trPr()
        split = OxmlElement("w:cantSplit")
        split.set(qn("w:val"), "true")
        tr_pr.append(split)
        if n < header_rows:
            head = OxmlElement("w:tblHeader")
            head.set(qn("w:val"), "true")
            tr_pr.append(head)


def min_height(row, height) -> None:
    """Room to write: a row at least ``height`` tall, growing with what is typed."""
    from docx.enum.table import WD_ROW_HEIGHT_RULE

    row.height = height
    row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
