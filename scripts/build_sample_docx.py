"""Build ``samples/adult-a/draft.docx`` (and ``draft-bold.docx``) from ``samples/adult-a/draft.md``.

The Word sample is generated, never edited by hand, so that a reviewer can see what
changed by reading the Markdown. The output is deterministic: fixed document
properties (author "Safeguarding Adults Board", fixed created and modified dates) and
fixed timestamps inside the zip package, so rebuilding an unchanged draft gives the
same bytes.

Headings come in three shapes (``--headings``), the ways authors type them in Word:

- ``styles`` (the default, ``draft.docx``): Word's built-in Heading 1/2/3 styles;
- ``bold`` (``draft-bold.docx``): Normal paragraphs in bold, keeping the hand-typed
  numbering of the Markdown ("1. Introduction"), as many council authors type them;
- ``size``: Normal paragraphs, not bold, in a larger type for each level.

Readers must find the same headings, levels and findings in all three (issue 13).

Mapping: ``#``/``##``/``###`` headings as above;
paragraphs use Normal; bullet lists use "List Bullet" and numbered lists "List Number";
block quotes use "Quote"; a hard line break is a line break in the paragraph;
tables get a bold header row that repeats across pages. ``**bold**`` and ``*italic*``
become bold and italic runs. HTML comments and front matter are left out (the front
matter's ``title`` becomes the Title property; its ``kind``, ``allow`` and ``pseudonyms``
go in Keywords, as ``sardoc-kind: ...; sardoc-allow: ...``).

Usage::

    python scripts/build_sample_docx.py [draft.md] [draft.docx] [--headings bold|size]
    python scripts/build_sample_docx.py --all     # draft.docx and draft-bold.docx

Needs python-docx (``pip install -e '.[test]'``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path

import yaml
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from markdown_it import MarkdownIt

from sardoc.declared import to_keywords

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_IN = ROOT / "samples" / "adult-a" / "draft.md"
DEFAULT_OUT = ROOT / "samples" / "adult-a" / "draft.docx"
#: The committed samples: output file and heading shape.
SAMPLES = ((DEFAULT_OUT, "styles"), (ROOT / "samples" / "adult-a" / "draft-bold.docx", "bold"))
#: Type size (points) of each heading level in the ``size`` shape; body text is 11 pt.
HEADING_POINTS = {1: 20, 2: 16, 3: 13, 4: 12.5}

AUTHOR = "Safeguarding Adults Board"
FIXED_DATE = dt.datetime(2025, 3, 1, 9, 0, 0)
#: Zip entry timestamp (the zip format cannot store dates before 1980).
ZIP_DATE = (2025, 3, 1, 9, 0, 0)

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*\r?\n", re.S | re.M)


def split_front_matter(text: str) -> tuple[dict, str]:
    """Front matter (YAML between ``---`` lines) and the Markdown body."""
    m = _FRONT.match(text)
    if not m:
        return {}, text
    return yaml.safe_load(m.group(1)) or {}, text[m.end() :]


def add_runs(paragraph, inline) -> None:
    """Add an inline token's text to a Word paragraph, keeping bold and italic."""
    bold = italic = False
    for child in inline.children or []:
        t = child.type
        if t == "strong_open":
            bold = True
        elif t == "strong_close":
            bold = False
        elif t == "em_open":
            italic = True
        elif t == "em_close":
            italic = False
        elif t == "softbreak":
            paragraph.add_run(" ")
        elif t == "hardbreak":
            paragraph.add_run().add_break()  # a line break inside the paragraph, as Shift+Enter
        elif t in ("text", "code_inline"):
            run = paragraph.add_run(child.content)
            run.bold = bold or None
            run.italic = italic or None


def plain(inline) -> str:
    """An inline token's text without mark-up."""
    out = []
    for child in inline.children or []:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append(" ")
    return "".join(out)


def _repeat_header(row) -> None:
    """Mark a table row as a header row (Word repeats it on each page)."""
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def add_table(doc, rows: list[list]) -> None:
    """A table from rows of inline tokens; the first row is the header."""
    width = max(len(r) for r in rows)
    table = doc.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    for i, cells in enumerate(rows):
        for j, inline in enumerate(cells):
            para = table.rows[i].cells[j].paragraphs[0]
            add_runs(para, inline)
            if i == 0:
                for run in para.runs:
                    run.bold = True
    _repeat_header(table.rows[0])


def add_heading(doc, text: str, level: int, shape: str) -> None:
    """A heading in one of the three shapes (see the module's docstring)."""
    if shape == "styles":
        doc.add_heading(text, level=min(level, 9))
        return
    run = doc.add_paragraph().add_run(text)
    if shape == "bold":
        run.bold = True
    elif shape == "size":
        run.font.size = Pt(HEADING_POINTS.get(level, 12.5))
    else:
        raise ValueError(f"unknown heading shape {shape!r}: styles, bold or size")


def build(markdown_text: str, headings: str = "styles"):
    """A python-docx Document for a Markdown draft, with headings in the given shape."""
    meta, body = split_front_matter(markdown_text)
    tokens = MarkdownIt("commonmark").enable("table").parse(body)
    doc = Document()
    lists: list[str] = []  # "bullet" or "ordered", innermost last
    quotes = 0  # depth of block quotes
    rows: list[list] | None = None
    heading = 0
    for tok in tokens:
        t = tok.type
        if t == "heading_open":
            heading = int(tok.tag[1])
        elif t == "heading_close":
            heading = 0
        elif t == "bullet_list_open":
            lists.append("bullet")
        elif t == "ordered_list_open":
            lists.append("ordered")
        elif t in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif t in ("blockquote_open", "blockquote_close"):
            quotes += 1 if t == "blockquote_open" else -1
        elif t == "table_open":
            rows = []
        elif t == "tr_open" and rows is not None:
            rows.append([])
        elif t == "table_close" and rows is not None:
            add_table(doc, rows)
            rows = None
        elif t == "inline":
            if heading:
                add_heading(doc, plain(tok), heading, headings)
            elif rows is not None:
                rows[-1].append(tok)
            elif lists:
                base = "List Bullet" if lists[-1] == "bullet" else "List Number"
                style = base if len(lists) == 1 else f"{base} {min(len(lists), 3)}"
                add_runs(doc.add_paragraph(style=style), tok)
            elif quotes:
                add_runs(doc.add_paragraph(style="Quote"), tok)
            else:
                add_runs(doc.add_paragraph(), tok)
    props = doc.core_properties
    props.author = AUTHOR
    props.last_modified_by = AUTHOR
    props.title = str(meta.get("title", ""))
    props.subject = str(meta.get("board", ""))
    # What the front matter declares goes where Word files declare it (sardoc.declared),
    # as sardoc's own Word output does, so that the Word copy checks as the Markdown does.
    props.keywords = to_keywords(
        str(meta["kind"]) if meta.get("kind") else None,
        _names(meta.get("allow")),
        _names(meta.get("pseudonyms")),
    )
    props.comments = ""
    props.category = ""
    props.created = FIXED_DATE
    props.modified = FIXED_DATE
    props.last_printed = FIXED_DATE
    props.revision = 1
    return doc


def _names(value) -> list[str]:
    """A front-matter list of names (or one name) as strings."""
    if not value:
        return []
    return [str(v) for v in (value if isinstance(value, list) else [value])]


def deterministic_bytes(doc) -> bytes:
    """The saved package with fixed zip timestamps and a fixed entry order."""
    raw = io.BytesIO()
    doc.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = src.namelist()
        # [Content_Types].xml first, as Word writes it; the rest in saved order.
        names.sort(key=lambda n: n != "[Content_Types].xml")
        for name in names:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_IN)
    parser.add_argument("output", nargs="?", type=Path, default=None)
    parser.add_argument("--headings", choices=("styles", "bold", "size"), default="styles")
    parser.add_argument("--all", action="store_true", help="build every committed sample")
    args = parser.parse_args(argv)
    text = args.source.read_text(encoding="utf-8")
    if args.all:
        jobs = list(SAMPLES)
    else:
        default = dict((shape, out) for out, shape in SAMPLES).get(args.headings)
        output = args.output or default
        if output is None:
            parser.error(f"give an output file for --headings {args.headings}")
        jobs = [(output, args.headings)]
    for output, shape in jobs:
        write(output, deterministic_bytes(build(text, shape)))
    return 0


def write(output: Path, data: bytes) -> None:
    tmp = output.with_name(output.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(output)  # atomic: a half-written sample is never left behind
    print(f"wrote {output} ({len(data):,} bytes)")


if __name__ == "__main__":
    sys.exit(main())
