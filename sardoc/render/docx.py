"""Word documents: the kind's docxtpl template around a body built from the Markdown.

docxtpl fills the title page, header and footer with the shared jinja2 environment
(strict, and escaping ``<``, ``&`` and quotes: docxtpl's own default would blank a
missing field and drop them). The body is a docxtpl sub-document built with
python-docx from the Markdown tokens: headings in Word's heading styles (so readers,
screen readers and sardoc's own checks see them), bullet and numbered lists, tables
with a header row that repeats on each page, bold and italic text.

The file also records, in custom document properties, its kind and the names it uses
on purpose (``sardoc-kind``, ``sardoc-allow``, ``sardoc-pseudonyms``), so checking the
Word file knows what checking the Markdown knows from its front matter.
"""

from __future__ import annotations

import io

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from markdown_it import MarkdownIt

from ..content.models import STATUS_LABELS, Status
from ..declared import to_keywords
from .env import environment
from .html import body_markdown

_CONTENTS_KINDS = {"sar-report"}

_MD = MarkdownIt("commonmark", {"html": False}).enable("table")


#: Width of the text area per kind (A4 less the margins set in build_docx_templates.py).
_WIDTH = {"seven-minute-briefing": Mm(277), "action-plan": Mm(267)}
#: Table cells shaded by what they say (the action plan's RAG status): the words stay,
#: so colour is never the only signal (WCAG 2.2, 1.4.1). Dark text on each fill.
CELL_FILLS = {
    STATUS_LABELS[Status.not_started]: "E7E7E7",
    STATUS_LABELS[Status.red]: "F4C7C3",
    STATUS_LABELS[Status.amber]: "FCE8B2",
    STATUS_LABELS[Status.green]: "C8E6C9",
    STATUS_LABELS[Status.blue]: "C6DBF7",
}
#: Columns whose header says they are short codes: as narrow as their widest word.
_CODE_HEADERS = {"Rec.", "No.", "Ref."}


def to_docx(job, markdown: str) -> bytes:
    from docxtpl import DocxTemplate

    tpl = DocxTemplate(str(job.templates / job.kind / f"{job.kind}.docx"))
    body = tpl.new_subdoc()
    _restore_core_namespace()
    tokens = _MD.parse(body_markdown(markdown))
    _Builder(body, _WIDTH.get(job.kind, Mm(166)), job.breaks).build(tokens)
    context = {
        **job.context(),
        "board": job.review.board.name,
        "subtitle": job.subtitle,
        "short_title": _short_title(job),
        "body": body,
    }
    if job.kind in _CONTENTS_KINDS:
        context["contents"] = _contents(tpl.new_subdoc(), _headings(tokens), job.pages or {})
    env = environment("docx", job.templates)
    tpl.render(context, jinja_env=env, autoescape=True)
    _LAYOUTS.get(job.kind, lambda doc: None)(tpl.docx)
    props = tpl.docx.core_properties
    props.title = job.title
    props.author = job.review.board.name
    props.last_modified_by = ""
    props.comments = ""
    props.keywords = to_keywords(job.kind, job.review.cleared, job.review.names_in_use)
    from docxcompose.properties import CustomProperties

    custom = CustomProperties(tpl.docx)
    custom.add("sardoc-kind", job.kind)
    custom.add("sardoc-allow", "; ".join(job.review.cleared))
    custom.add("sardoc-pseudonyms", "; ".join(job.review.names_in_use))
    out = io.BytesIO()
    tpl.save(out)
    return out.getvalue()


_CORE_NS = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"


def _restore_core_namespace() -> None:
    """Undo docxcompose's change to python-docx's namespace map.

    Importing docxcompose (docxtpl's sub-documents use it) rebinds the prefix ``cp``
    from the core-properties namespace to the custom-properties one for the whole
    process, after which python-docx writes title, keywords and last-modified-by as
    stray elements that Word and LibreOffice ignore. docxcompose uses its own map.
    """
    from docx.oxml.ns import nsmap

    nsmap["cp"] = _CORE_NS


def _short_title(job) -> str:
    from . import _SHORT

    return f"{_SHORT[job.kind]}: {job.review.adult.pseudonym}"


def _headings(tokens) -> list[str]:
    """The text of each top-level section heading (## in the Markdown)."""
    return [
        tokens[i + 1].content
        for i, t in enumerate(tokens)
        if t.type == "heading_open" and t.tag == "h2"
    ]


def _fld(paragraph, kind: str, text: str | None = None, dirty: bool = False) -> None:
    run = paragraph.add_run()
    if kind == "instr":
        el = OxmlElement("w:instrText")
        el.set(qn("xml:space"), "preserve")
        el.text = text
    else:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        if dirty:
            el.set(qn("w:dirty"), "true")
    run._r.append(el)


def _contents(doc, headings: list[str], pages: dict[str, int]):
    """A Word TOC field over the Heading 1 entries, its result filled in already.

    Word and LibreOffice show a field's last result until it is updated, and
    LibreOffice does not update it when converting to PDF; so the entries are written
    here, with page numbers when the PDF step has measured them (``Rendering.pages``).
    """
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER

    for n, text in enumerate(headings):
        p = doc.add_paragraph(style="TOC 1" if "TOC 1" in doc.styles else None)
        p.paragraph_format.tab_stops.add_tab_stop(
            Mm(166), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )
        if n == 0:
            _fld(p, "begin")
            _fld(p, "instr", r' TOC \o "1-1" \h \z \u ')
            _fld(p, "separate")
        p.add_run(text)
        p.add_run("\t" + (str(pages[text]) if text in pages else ""))
        if n == len(headings) - 1:
            _fld(p, "end")
    return doc


def _panels(doc) -> None:
    """The briefing as panels in four columns on one landscape page.

    The title stays across the page (a one-column section ends after it); the seven
    sections follow in a four-column section, each under a shaded heading. Headings
    stay real Heading paragraphs (not table cells), so screen readers and sardoc's
    own checks still find them.
    """
    import copy

    body = doc.element.body
    final = body.find(qn("w:sectPr"))
    headings = [p for p in doc.paragraphs if p.style.name.startswith("Heading")]
    if not headings:
        return
    first = copy.deepcopy(final)
    cols = first.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        first.append(cols)
    cols.set(qn("w:num"), "1")
    breaker = OxmlElement("w:p")
    ppr = OxmlElement("w:pPr")
    ppr.append(first)
    breaker.append(ppr)
    headings[0]._p.addprevious(breaker)
    kind = OxmlElement("w:type")
    kind.set(qn("w:val"), "continuous")
    final.insert(0, kind)
    cols = final.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        final.append(cols)
    cols.set(qn("w:num"), "4")
    cols.set(qn("w:space"), "340")  # 6 mm, in twentieths of a point
    cols.set(qn("w:sep"), "1")
    for n, h in enumerate(headings):
        _shade(h._p, "1F3A5F")
        for run in h.runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        if n in (2, 4, 6):  # two panels to a column, the seventh with the closing line
            h.runs[0]._r.addprevious(_column_break())


def _column_break():
    r = OxmlElement("w:r")
    br = OxmlElement("w:br")
    br.set(qn("w:type"), "column")
    r.append(br)
    return r


def _shade(el, fill: str) -> None:
    """Shade a paragraph (w:p) or a table cell (w:tc)."""
    pr = el.get_or_add_pPr() if el.tag == qn("w:p") else el.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pr.append(shd)


_LAYOUTS = {"seven-minute-briefing": _panels}


class _Builder:
    """Markdown tokens to python-docx paragraphs and tables."""

    def __init__(self, doc, width, breaks: frozenset[int] = frozenset()) -> None:
        self.doc = doc
        self.width = width  # of the text area, for table columns
        self.lists: list[str] = []  # "bullet" or "ordered", innermost last
        #: Headings (counted from 0, all levels) that start a new page: where the
        #: PDF's first layout left them alone at the foot of a page (see pagination.py).
        self.breaks = breaks
        self.headings = 0

    def build(self, tokens) -> None:
        i = 0
        while i < len(tokens):
            i = self.block(tokens, i)

    def block(self, tokens, i: int) -> int:
        tok = tokens[i]
        kind = tok.type
        if kind == "heading_open":
            level = int(tok.tag[1])
            p = self.doc.add_paragraph(style=f"Heading {min(max(level - 1, 1), 3)}")
            # Said on the paragraph as well as in the style: LibreOffice does not always
            # honour a style's keep-with-next, and a heading must never end a page.
            p.paragraph_format.keep_with_next = True
            if self.headings in self.breaks:
                p.paragraph_format.page_break_before = True
            self.headings += 1
            self.inline(p, tokens[i + 1])
            return i + 3
        if kind in ("bullet_list_open", "ordered_list_open"):
            self.lists.append("bullet" if kind.startswith("bullet") else "ordered")
            return i + 1
        if kind in ("bullet_list_close", "ordered_list_close"):
            self.lists.pop()
            return i + 1
        if kind == "paragraph_open":
            style = None
            if self.lists:
                base = "List Bullet" if self.lists[-1] == "bullet" else "List Number"
                style = base if len(self.lists) == 1 else f"{base} 2"
            p = self.doc.add_paragraph(style=style)
            self.inline(p, tokens[i + 1])
            return i + 3
        if kind == "table_open":
            return self.table(tokens, i)
        if kind == "hr":
            self.doc.add_paragraph("")
        return i + 1

    def table(self, tokens, i: int) -> int:
        rows: list[list] = []
        header_rows = 0
        in_head = False
        j = i + 1
        while tokens[j].type != "table_close":
            t = tokens[j]
            if t.type == "thead_open":
                in_head = True
            elif t.type == "thead_close":
                in_head = False
            elif t.type == "tr_open":
                rows.append([])
                header_rows += in_head
            elif t.type == "inline":
                rows[-1].append(t)
            j += 1
        ncols = max(len(r) for r in rows)
        table = self.doc.add_table(rows=len(rows), cols=ncols)
        table.style = "Table Grid"
        table.autofit = False
        for c, w in enumerate(self.column_widths(rows, ncols)):
            table.columns[c].width = w
            for cell in table.columns[c].cells:
                cell.width = w
        for r, row in enumerate(rows):
            for c, cell_tok in enumerate(row):
                cell = table.cell(r, c)
                p = cell.paragraphs[0]
                self.inline(p, cell_tok, bold=r < header_rows)
                p.paragraph_format.space_after = Pt(2)
                p.paragraph_format.line_spacing = 1.0
                for run in p.runs:
                    run.font.size = Pt(9.5)
                fill = CELL_FILLS.get(cell_tok.content) if r >= header_rows else None
                if fill:
                    _shade(cell._tc, fill)
            # A row is never split across two pages.
            split = OxmlElement("w:cantSplit")
            split.set(qn("w:val"), "true")
            table.rows[r]._tr.get_or_add_trPr().append(split)
            if r < header_rows:
                # The header row repeats at the top of each page the table runs onto.
                tr_pr = table.rows[r]._tr.get_or_add_trPr()
                el = OxmlElement("w:tblHeader")
                el.set(qn("w:val"), "true")
                tr_pr.append(el)
        # A small gap after the table (and a paragraph between two tables, which Word
        # needs), too small to spill onto a page of its own.
        gap = self.doc.add_paragraph()
        gap.paragraph_format.space_after = Pt(0)
        gap.paragraph_format.line_spacing = Pt(6)
        return j + 1

    def column_widths(self, rows, ncols: int) -> list[int]:
        """Widths set by content: no word is ever broken, the rest shared by how much is said.

        Each column is at least as wide as its longest word (the header's words in bold
        included, so "Rec." never wraps to "Rec / ."), plus the cell's padding. Short
        code columns stay that narrow; the others share what is left by the square root
        of their average text, so a long column gains room without starving the rest.
        """
        char, bold_char, padding = Mm(2.0), Mm(2.2), Mm(4)
        floors, weights = [], []
        for c in range(ncols):
            head = rows[0][c].content if rows and c < len(rows[0]) else ""
            texts = [r[c].content for r in rows[1:] if c < len(r)]
            longest = max((len(w) for t in texts for w in t.split()), default=1)
            head_longest = max((len(w) for w in head.split()), default=1)
            floors.append(int(max(min(longest, 18) * char, head_longest * bold_char) + padding))
            mean = sum(len(t) for t in texts) / max(len(texts), 1)
            weights.append(0 if head in _CODE_HEADERS else mean**0.5)
        spare = max(self.width - sum(floors), 0)
        total = sum(weights) or 1
        return [int(f + spare * w / total) for f, w in zip(floors, weights, strict=True)]

    def inline(self, paragraph, token, bold: bool = False) -> None:
        state = {"strong": bold, "em": False}
        for child in token.children or []:
            t = child.type
            if t in ("strong_open", "strong_close"):
                state["strong"] = t == "strong_open" or bold
            elif t in ("em_open", "em_close"):
                state["em"] = t == "em_open"
            elif t in ("text", "code_inline"):
                run = paragraph.add_run(child.content)
                run.bold = state["strong"] or None
                run.italic = state["em"] or None
            elif t == "softbreak":
                paragraph.add_run(" ")
            elif t == "hardbreak":
                paragraph.add_run().add_break()
