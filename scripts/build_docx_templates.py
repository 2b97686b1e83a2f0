"""Build the Word templates in templates/<kind>/<kind>.docx from this readable source.

Run it after changing the layout below; the .docx files are committed so that sardoc
needs no build step, and this script is what a reviewer reads to see what changed.

Each template is python-docx's default document (its built-in styles: Title, Heading
1-3, List Bullet, List Number, Table Grid, Quote) with:

- a title page: the document title, the board, reference and version, the status and
  date, and a DRAFT marking in draft mode;
- the body, a docxtpl sub-document placeholder ``{{p body }}`` filled from the same
  Markdown the other formats come from, so every format says the same thing;
- a header with the board's name (and DRAFT in draft mode) and a footer with the page
  number, as a PAGE field that Word and LibreOffice fill in;
- portrait A4, or landscape for the briefing and the action plan.

    python scripts/build_docx_templates.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

ROOT = Path(__file__).resolve().parent.parent
LANDSCAPE = {"seven-minute-briefing", "action-plan"}
#: Whether the title has a page to itself (short documents start on page one).
TITLE_PAGE = {"sar-report", "rapid-review"}
KINDS = ("sar-report", "rapid-review", "seven-minute-briefing", "family-guidance", "action-plan")
NAVY = RGBColor(0x1F, 0x3A, 0x5F)


def page_field(paragraph) -> None:
    """A PAGE field: the page number, filled in by the program that shows the file."""
    run = paragraph.add_run()
    for tag, attrs, text in (
        ("w:fldChar", {"w:fldCharType": "begin"}, None),
        ("w:instrText", {"xml:space": "preserve"}, " PAGE "),
        ("w:fldChar", {"w:fldCharType": "separate"}, None),
        ("w:t", {}, "1"),
        ("w:fldChar", {"w:fldCharType": "end"}, None),
    ):
        el = OxmlElement(tag)
        for k, v in attrs.items():
            el.set(qn(k), v)
        if text:
            el.text = text
        run._r.append(el)


def styles(doc) -> None:
    base = doc.styles["Normal"]
    base.font.name = "Liberation Sans"
    base.font.size = Pt(11)
    base.paragraph_format.space_after = Pt(6)
    base.paragraph_format.line_spacing = 1.15
    for name, size in (("Title", 26), ("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11.5)):
        st = doc.styles[name]
        st.font.name = "Liberation Sans"
        st.font.size = Pt(size)
        st.font.color.rgb = NAVY
        st.font.bold = True
        st.paragraph_format.space_before = Pt(12 if name != "Title" else 0)
        st.paragraph_format.keep_with_next = True


def build(kind: str) -> Path:
    doc = Document()
    styles(doc)
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    if kind in LANDSCAPE:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    margin = Mm(15) if kind in LANDSCAPE else Mm(22)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, margin)

    header = section.header.paragraphs[0]
    header.text = "{{ board }}{% if draft %} · DRAFT: not for publication{% endif %}"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("{{ short_title }} · page ")
    page_field(footer)

    doc.add_paragraph("{% if draft %}DRAFT{% endif %}").runs[0].font.color.rgb = RGBColor(
        0xB0, 0x00, 0x20
    )
    doc.add_paragraph("{{ title }}", style="Title")
    doc.add_paragraph("{{ board }}").runs[0].font.size = Pt(14)
    doc.add_paragraph("{{ subtitle }}")
    if kind in TITLE_PAGE:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph("{{p body }}")
    out = ROOT / "templates" / kind / f"{kind}.docx"
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.core_properties.author = ""
    doc.core_properties.last_modified_by = ""
    doc.core_properties.comments = ""
    doc.save(out)
    return out


def main() -> int:
    for kind in KINDS:
        print(build(kind).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
