"""Where LibreOffice's page breaks fell, read back from the PDF it made.

LibreOffice (7.x) keeps a heading with the paragraph after it only while at least
the first line of that paragraph fits on the page. When the first line would fit
but the paragraph moves whole (orphan control, or lines kept together), the heading
is left alone at the foot of the page: the keep test passed before the paragraph
was moved, and is not asked again. Word does not do this, so the Word file is right
as it is; the PDF is corrected instead. Each page's body lines are read back, a
heading that ends its page is found, and the PDF is made again with that heading
starting the next page.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from markdown_it.token import Token

#: Points in an EMU (python-docx lengths are EMUs).
_EMU_PER_PT = 12700


@dataclass(frozen=True)
class Margins:
    """The body area of a page: the top and bottom margins, in points."""

    top: float
    bottom: float

    @classmethod
    def of_docx(cls, docx: bytes) -> Margins:
        """The margins of the Word file's last section (the body's, after any title page)."""
        from docx import Document

        section = Document(io.BytesIO(docx)).sections[-1]
        return cls(section.top_margin / _EMU_PER_PT, section.bottom_margin / _EMU_PER_PT)


def heading_texts(tokens: list[Token]) -> list[str]:
    """Every heading's text, all levels, in order, as it is printed (no Markdown marks)."""
    out = []
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open":
            kids = tokens[i + 1].children or []
            text = "".join(
                " " if c.type in ("softbreak", "hardbreak") else c.content
                for c in kids
                if c.type in ("text", "code_inline", "softbreak", "hardbreak")
            )
            out.append(" ".join(text.split()))
    return out


def body_lines(pdf: bytes, margins: Margins) -> list[list[str]]:
    """Each page's lines of text inside the body area (running header and footer left out)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    pages = []
    try:
        for page in doc:
            height = page.get_size()[1]
            tp = page.get_textpage()
            segments = []
            for i in range(tp.count_rects()):
                left, bottom, right, top = tp.get_rect(i)
                middle = (top + bottom) / 2
                if margins.bottom <= middle <= height - margins.top:
                    text = tp.get_text_bounded(left, bottom, right, top)
                    segments.append((top, bottom, left, text))
            tp.close()
            page.close()
            pages.append(_lines(segments))
    finally:
        doc.close()
    return pages


def _lines(segments) -> list[str]:
    """Text segments grouped into lines: a segment whose middle lies within a line joins it."""
    lines: list[list] = []  # [top, bottom, [(left, text)]]
    for top, bottom, left, text in sorted(segments, key=lambda s: -s[0]):
        middle = (top + bottom) / 2
        if lines and lines[-1][1] <= middle <= lines[-1][0]:
            lines[-1][2].append((left, text))
        else:
            lines.append([top, bottom, [(left, text)]])
    return [" ".join(" ".join(t for _, t in sorted(parts)).split()) for _, _, parts in lines]


def stranded_headings(pdf: bytes, headings: list[str], margins: Margins) -> set[int]:
    """The positions (in ``headings``) of headings printed as the last line of a page.

    Headings are looked for in order, each after the one before, one to three lines
    long (a long heading wraps); contents pages are passed over, since they list the
    headings too. A heading on the last page ends nothing, so it is never stranded.
    """
    pages = body_lines(pdf, margins)
    flat = [
        (n, i, line)
        for n, lines in enumerate(pages)
        if not (lines and lines[0] == "Contents")
        for i, line in enumerate(lines)
    ]
    stranded: set[int] = set()
    start = 0
    for index, heading in enumerate(headings):
        found = _find(flat, heading, start)
        if found is None:
            continue
        page, line = flat[found][0], flat[found][1]
        if line == len(pages[page]) - 1 and page < len(pages) - 1:
            stranded.add(index)
        start = found + 1
    return stranded


def _find(flat, heading: str, start: int) -> int | None:
    """Where the heading's last line is, searching from ``start``; None if it is not found."""
    for k in range(start, len(flat)):
        text = flat[k][2]
        for j in range(k, min(k + 3, len(flat))):
            if flat[j][0] != flat[k][0]:
                break
            if j > k:
                text = f"{text} {flat[j][2]}"
            if text == heading:
                return j
            if not heading.startswith(text):
                break
    return None
