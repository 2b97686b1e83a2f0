"""Published reports as PDF: the text layer, with headings recovered from the type.

Boards publish reviews as PDFs, so checking what is already published means reading
them. A PDF has no headings or paragraphs, only characters on pages; this reader
rebuilds them as a reader's eye does:

- the body size is the font size most of the text is set in; a short line set
  larger, or bold and numbered ("3.2 Findings"), is a heading, its level taken from
  its size (larger is higher) and its numbering;
- lines are joined into paragraphs until a gap, a heading or a bullet, and a word
  broken by a hyphen at the end of a line is joined again;
- running headers and footers (the same line at the top or bottom of most pages,
  numbers aside) and page numbers are dropped.

pypdfium2 (PDFium, the engine of Chromium's viewer) reads the file: fast, and it
never runs the PDF's scripts or fetches anything. Each paragraph records its page
(``attrs["page"]``); a PDF has no source text, so positions are paragraph numbers.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..declared import from_keywords
from ..document import Document, DocumentBuilder, canonical_kind, unknown_kind
from ..errors import InputError

MAX_PAGES = 2000
_NUMBERED = re.compile(r"^\s*((?:\d{1,2}\.)*\d{1,2})\.?\s+\S")
_BULLET = re.compile(r"^\s*([•‣◦▪●○■–\uf0b7\uf0a7\uf076\uf0d8-]|\(?[a-z0-9]{1,2}[.)])\s+")
#: Bullet glyphs from symbol fonts (Word's bullets come out of PDFs as private-use
#: characters); they are list marks, not text.
_GLYPH_BULLET = re.compile(r"^\s*[\uf0b7\uf0a7\uf076\uf0d8•▪●◦]\s*")
_PAGE_NUMBER = re.compile(r"^\s*(page\s*)?\d{1,4}(\s*(of|/)\s*\d{1,4})?\s*$", re.I)
_SENTENCE_END = re.compile(r"[.;]\s*$")


@dataclass
class _Line:
    text: str
    size: float
    bold: bool
    top: float  # distance from the top of the page, in points
    height: float
    page: int
    page_height: float


def read(path: Path, data: bytes) -> Document:
    lines, info = _lines(path, data)
    builder = DocumentBuilder(str(path), "pdf")
    if not lines:
        raise InputError(
            "the PDF has no text layer (is it a scanned image?); sardoc needs a PDF with text",
            str(path),
        )
    lines = _drop_running_lines(lines)
    body_size = _body_size(lines)
    pitch = _line_pitch(lines)
    heading_sizes = sorted(
        {round(ln.size) for ln in lines if _is_heading(ln, body_size)}, reverse=True
    )
    para: list[_Line] = []
    heading: list[_Line] = []

    def flush() -> None:
        if heading:
            text = " ".join(h.text for h in heading)
            builder.heading(text, _level(heading[0], heading_sizes), page=heading[0].page + 1)
            heading.clear()
        if para:
            builder.paragraph(_join(para), role=_role(para[0]), page=para[0].page + 1)
            para.clear()

    previous: _Line | None = None
    for ln in lines:
        if _is_heading(ln, body_size):
            # A heading set over two lines ("6. Involvement of the adult, the family and"
            # / "practitioners") is one heading: same size, no gap, no new number.
            if not (heading and _continues_heading(heading[-1], ln, pitch)):
                flush()
            flush_para_only = bool(para)
            if flush_para_only:
                builder.paragraph(_join(para), role=_role(para[0]), page=para[0].page + 1)
                para.clear()
            heading.append(ln)
            previous = None
            continue
        if heading:
            flush()
        if previous is not None and _breaks(previous, ln, pitch):
            flush()
        para.append(ln)
        previous = ln
    flush()
    meta = from_keywords(info.get("Keywords", ""))
    metadata = {k: v for k, v in meta.items() if k in ("allow", "pseudonyms")}
    title = info.get("Title") or next((p.text for p in builder.paragraphs if p.is_heading), "")
    if title:
        metadata["title"] = title
    if info.get("Author"):
        metadata["author"] = info["Author"]
    declared = meta.get("kind")
    kind = canonical_kind(declared) if declared else ""
    if kind is None:
        raise InputError(f"keywords: {unknown_kind(declared)}", str(path))
    doc = builder.build(kind, metadata)
    if kind:
        doc.kind_source = "document properties"
    return doc


def _continues_heading(prev: _Line, ln: _Line, pitch: float) -> bool:
    return (
        ln.page == prev.page
        and abs(ln.size - prev.size) < 0.6
        and ln.top - prev.top <= prev.size * 1.6
        and not _NUMBERED.match(ln.text)
    )


def _line_pitch(lines: list[_Line]) -> float:
    """The usual distance from one line to the next within a paragraph, in points."""
    gaps = Counter(
        round(b.top - a.top)
        for a, b in zip(lines, lines[1:], strict=False)
        if a.page == b.page and abs(a.size - b.size) < 0.6 and b.top > a.top
    )
    return float(gaps.most_common(1)[0][0]) if gaps else 14.0


def _lines(path: Path, data: bytes) -> tuple[list[_Line], dict[str, str]]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        if "password" in str(e).lower():
            raise InputError("the PDF is encrypted; save an unprotected copy", str(path)) from None
        raise InputError("not a readable PDF (damaged or not a PDF)", str(path)) from None
    try:
        if len(pdf) > MAX_PAGES:
            raise InputError(f"too many pages ({len(pdf)}; the limit is {MAX_PAGES})", str(path))
        out: list[_Line] = []
        try:
            info = {k: str(v) for k, v in pdf.get_metadata_dict(skip_empty=True).items()}
        except Exception:  # noqa: BLE001 - metadata is a nicety; the text is what matters
            info = {}
        for number in range(len(pdf)):
            page = pdf[number]
            height = page.get_height()
            textpage = page.get_textpage()
            try:
                out.extend(_page_lines(textpage, raw, number, height))
            finally:
                textpage.close()
                page.close()
        return out, info
    finally:
        pdf.close()


def _page_lines(textpage, raw, number: int, height: float) -> list[_Line]:
    count = textpage.count_chars()
    if count <= 0:
        return []
    text = textpage.get_text_range(0, count)
    lines = []
    start = 0
    # PDFium's text has one character per glyph, with \r\n generated between lines.
    for m in re.finditer(r"\r\n|\n|\r|$", text):
        end = m.start()
        chunk = text[start:end]
        if chunk.strip():
            idx = [i for i in range(start, min(end, count)) if not text[i].isspace()]
            sizes = [raw.FPDFText_GetFontSize(textpage, i) for i in idx]
            weights = [raw.FPDFText_GetFontWeight(textpage, i) for i in idx]
            boxes = [textpage.get_charbox(i) for i in idx[:1] + idx[-1:]]
            top = height - max(b[3] for b in boxes)
            line_height = max(b[3] - b[1] for b in boxes) or 1.0
            # U+FFFE is PDFium's mark for a hyphen at the end of a line.
            chunk = chunk.replace("\ufffe", "-")
            lines.append(
                _Line(
                    text=" ".join(chunk.split()),
                    size=statistics.median(sizes) if sizes else 0.0,
                    bold=bool(weights) and sum(w >= 600 for w in weights) > len(weights) / 2,
                    top=top,
                    height=line_height,
                    page=number,
                    page_height=height,
                )
            )
        start = m.end()
        if m.end() == len(text):
            break
    return lines


def _running_key(ln: _Line) -> str:
    return re.sub(r"\d+", "#", ln.text.lower())


def _drop_running_lines(lines: list[_Line]) -> list[_Line]:
    """Page numbers, and lines at the top or bottom of most pages (running heads)."""
    pages = len({ln.page for ln in lines})
    margin = [ln for ln in lines if ln.top < ln.page_height * 0.1 or ln.top > ln.page_height * 0.88]
    seen = Counter(_running_key(ln) for ln in margin)
    running = {k for k, n in seen.items() if pages >= 3 and n >= max(2, pages * 0.5)}
    return [
        ln
        for ln in lines
        if not (_PAGE_NUMBER.match(ln.text) and ln in margin)
        and not (ln in margin and _running_key(ln) in running)
    ]


def _body_size(lines: list[_Line]) -> float:
    weights: Counter[float] = Counter()
    for ln in lines:
        weights[round(ln.size, 1)] += len(ln.text)
    return weights.most_common(1)[0][0]


def _is_heading(ln: _Line, body: float) -> bool:
    words = len(ln.text.split())
    if words == 0 or words > 15 or _SENTENCE_END.search(ln.text) and not _NUMBERED.match(ln.text):
        return False
    if ln.size >= body * 1.15:
        return True
    return ln.bold and bool(_NUMBERED.match(ln.text)) and words <= 12


def _level(ln: _Line, heading_sizes: list[float]) -> int:
    m = _NUMBERED.match(ln.text)
    by_size = heading_sizes.index(round(ln.size)) + 1 if round(ln.size) in heading_sizes else 2
    if m:
        # "3" and "3." are chapters, "3.2" a section: numbering says more than size.
        return min(max(by_size, m.group(1).count(".") + 1), 6)
    return min(by_size, 6)


def _breaks(prev: _Line, ln: _Line, pitch: float) -> bool:
    """Whether ``ln`` starts a new paragraph after ``prev``."""
    if ln.page != prev.page:
        # A paragraph running over a page break goes on unless the last line ended it.
        return bool(re.search(r"[.!?:]\s*$", prev.text)) and ln.text[:1].isupper()
    if ln.top - prev.top > pitch * 1.3:
        return True
    if abs(ln.size - prev.size) > 0.6:
        return True
    return bool(_BULLET.match(ln.text))


def _join(lines: list[_Line]) -> str:
    text = _GLYPH_BULLET.sub("", lines[0].text)
    for ln in lines[1:]:
        # A line ending in a hyphen goes on without a space: "self-" + "neglect". Word
        # and LibreOffice do not hyphenate on their own, so the hyphen is the author's.
        text += ln.text if text.endswith("-") else " " + ln.text
    return text


def _role(first: _Line) -> str:
    return "list" if _BULLET.match(first.text) else "body"
