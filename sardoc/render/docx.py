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
from docx.shared import Mm, Pt
from markdown_it import MarkdownIt

from ..declared import to_keywords
from .env import environment
from .html import body_markdown

_MD = MarkdownIt("commonmark", {"html": False}).enable("table")


def to_docx(job, markdown: str) -> bytes:
    from docxtpl import DocxTemplate

    tpl = DocxTemplate(str(job.templates / job.kind / f"{job.kind}.docx"))
    body = tpl.new_subdoc()
    _restore_core_namespace()
    width = Mm(267) if job.kind in ("seven-minute-briefing", "action-plan") else Mm(166)
    _Builder(body, width).build(_MD.parse(body_markdown(markdown)))
    context = {
        **job.context(),
        "board": job.review.board.name,
        "subtitle": job.subtitle,
        "short_title": _short_title(job),
        "body": body,
    }
    env = environment("docx", job.templates)
    tpl.render(context, jinja_env=env, autoescape=True)
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


class _Builder:
    """Markdown tokens to python-docx paragraphs and tables."""

    def __init__(self, doc, width) -> None:
        self.doc = doc
        self.width = width  # of the text area, for table columns
        self.lists: list[str] = []  # "bullet" or "ordered", innermost last

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
                p = table.cell(r, c).paragraphs[0]
                self.inline(p, cell_tok, bold=r < header_rows)
                p.paragraph_format.space_after = Pt(2)
                for run in p.runs:
                    run.font.size = Pt(9.5)
            if r < header_rows:
                # The header row repeats at the top of each page the table runs onto.
                tr_pr = table.rows[r]._tr.get_or_add_trPr()
                el = OxmlElement("w:tblHeader")
                el.set(qn("w:val"), "true")
                tr_pr.append(el)
        self.doc.add_paragraph("")
        return j + 1

    def column_widths(self, rows, ncols: int) -> list[int]:
        """Each column wide enough for its longest word; the rest shared by how much it holds."""
        char = Mm(1.9)  # an average character at the table's 9.5 pt
        floors, weights = [], []
        for c in range(ncols):
            texts = [r[c].content for r in rows if c < len(r)]
            longest_word = max((len(w) for t in texts for w in t.split()), default=4)
            floors.append(min(longest_word + 1, 16) * char)
            weights.append(sum(len(t) for t in texts) / max(len(texts), 1))
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
