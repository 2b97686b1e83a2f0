"""Build the Word templates in templates/<kind>/<kind>.docx from this readable source.

Run it after changing the layout below; the .docx files are committed so that sardoc
needs no build step, and this script is what a reviewer reads to see what changed.

Each template is python-docx's default document (its built-in styles: Title, Heading
1-3, List Bullet, List Number, Table Grid, Quote) with:

- one font family, named once in the theme (Arial: Word has it, LibreOffice
  substitutes the metric-compatible Liberation Sans, browsers have it or a close
  sans-serif), so no paragraph carries a font of its own;
- the document language (en-GB) in the document defaults, for screen readers and
  for the PDF's language entry;
- a title page for the long kinds, with no running header or footer on it, and a
  contents page (a Word TOC field) for the SAR report;
- the body, a docxtpl sub-document placeholder ``{{p body }}`` filled from the same
  Markdown the other formats come from, so every format says the same thing;
- a header with the board's name (and DRAFT in draft mode) and a footer with
  "page N of M", as PAGE and NUMPAGES fields that Word and LibreOffice fill in;
- portrait A4, or landscape for the briefing and the action plan;
- per kind, the body size: 12 pt for the family leaflet (read by people under
  strain, some with poor sight), 11 pt in the one-page briefing's panels.

    python scripts/build_docx_templates.py
"""

from __future__ import annotations

import re
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
#: Kinds with a contents page after the title page.
CONTENTS = {"sar-report"}
KINDS = ("sar-report", "rapid-review", "seven-minute-briefing", "family-guidance", "action-plan")
NAVY = RGBColor(0x1F, 0x3A, 0x5F)
#: The one font family, named in the theme (see the module docstring).
FONT = "Arial"
LANGUAGE = "en-GB"
#: Body text size per kind, in points (11 unless named).
BODY_SIZE = {"family-guidance": 12, "seven-minute-briefing": 11}
#: Margins per kind: the briefing has to fit one page.
MARGIN = {"seven-minute-briefing": Mm(10), "action-plan": Mm(15)}


def field(paragraph, instruction: str, shown: str) -> None:
    """A Word field (PAGE, NUMPAGES): filled in by the program that shows the file."""
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


def theme_font(doc) -> None:
    """Name the font once, in the theme that every style inherits from."""
    for part in doc.part.package.parts:
        if str(part.partname).startswith("/word/theme/"):
            part._blob = re.sub(
                rb'(<a:(?:major|minor)Font>\s*<a:latin typeface=")[^"]*"',
                rb"\g<1>" + FONT.encode() + b'"',
                part.blob,
            )


def language(doc) -> None:
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    lang = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    lang.set(qn("w:val"), LANGUAGE)
    lang.set(qn("w:eastAsia"), LANGUAGE)


def styles(doc, kind: str) -> None:
    theme_font(doc)
    language(doc)
    body = BODY_SIZE.get(kind, 11)
    base = doc.styles["Normal"]
    base.font.size = Pt(body)
    base.paragraph_format.widow_control = True  # no line left alone at a page's top or foot
    base.paragraph_format.space_after = Pt(4 if kind == "seven-minute-briefing" else 6)
    base.paragraph_format.line_spacing = 1.1 if kind == "seven-minute-briefing" else 1.15
    sizes = {"Title": 26, "Heading 1": 16, "Heading 2": 13, "Heading 3": 11.5}
    if kind == "seven-minute-briefing":
        sizes = {"Title": 20, "Heading 1": 13, "Heading 2": 12, "Heading 3": 11}
    if kind == "family-guidance":
        sizes = {"Title": 24, "Heading 1": 17, "Heading 2": 14, "Heading 3": 12.5}
    for name, size in sizes.items():
        st = doc.styles[name]
        st.font.size = Pt(size)
        st.font.color.rgb = NAVY
        st.font.bold = True
        before = 0 if name == "Title" else (2 if kind == "seven-minute-briefing" else 12)
        st.paragraph_format.space_before = Pt(before)
        st.paragraph_format.space_after = Pt(3 if name != "Title" else 6)
        # A heading never ends a page: it travels with what it introduces.
        st.paragraph_format.keep_with_next = True
        st.paragraph_format.keep_together = True
    for name in ("List Bullet", "List Number", "List Bullet 2", "List Number 2"):
        doc.styles[name].paragraph_format.space_after = Pt(2)


def contents(doc) -> None:
    """A contents page: a TOC field sardoc fills in (sardoc.render.docx), Word can update."""
    doc.add_paragraph("Contents", style="TOC Heading")
    doc.add_paragraph("{{p contents }}")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build(kind: str) -> Path:
    doc = Document()
    styles(doc, kind)
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    if kind in LANDSCAPE:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    margin = MARGIN.get(kind, Mm(22))
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, margin)
    if kind == "seven-minute-briefing":
        section.header_distance = section.footer_distance = Mm(5)

    header = section.header.paragraphs[0]
    header.text = "{{ board }}{% if draft %} · DRAFT: not for publication{% endif %}"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("{{ short_title }} · page ")
    field(footer, "PAGE", "1")
    footer.add_run(" of ")
    field(footer, "NUMPAGES", "1")
    for p in (header, footer):
        for run in p.runs:
            run.font.size = Pt(8.5 if kind == "seven-minute-briefing" else 9)
    if kind in TITLE_PAGE:
        # The title page carries neither the running header nor a page number.
        section.different_first_page_header_footer = True

    if kind != "family-guidance":  # a leaflet for families carries no status stamp
        doc.add_paragraph("{% if draft %}DRAFT{% endif %}").runs[0].font.color.rgb = RGBColor(
            0xB0, 0x00, 0x20
        )
    doc.add_paragraph("{{ title }}", style="Title")
    if kind in TITLE_PAGE or kind == "action-plan":
        doc.add_paragraph("{{ board }}").runs[0].font.size = Pt(14)
        doc.add_paragraph("{{ subtitle }}")
    else:
        doc.add_paragraph("{{ subtitle }}")
    if kind in TITLE_PAGE:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    if kind in CONTENTS:
        contents(doc)
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
