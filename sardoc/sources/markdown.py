"""Markdown drafts, read with markdown-it-py (CommonMark plus tables).

YAML front matter between ``---`` lines gives the document's kind and metadata.
Rules see paragraph text with the inline mark-up removed (``**bold**`` reads as
``bold``, a link as its text), and every character keeps its position in the
source file, so a finding gives an exact line, column and offset.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from pathlib import Path

from markdown_it import MarkdownIt

from .. import yamlsafe
from ..document import Document, DocumentBuilder, canonical_kind, unknown_kind
from ..errors import InputError
from ..lazyre import lazy_compile
from . import decode_text
from .typed_headings import (
    MAX_BOLD_HEADING_WORDS,
    SENTENCE_END,
    LineLevels,
    lead_title,
    reads_as_panel_text,
)

_FRONT = lazy_compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*\r?$", re.S | re.M)
_PARSER = MarkdownIt("commonmark", {"html": True}).enable("table")
_ROLE = {"list_item_open": "list", "blockquote_open": "quote", "table_open": "table"}


def read(path: Path, data: bytes) -> Document:
    text = decode_text(path, data)
    meta, body = _front_matter(text, str(path))
    builder = DocumentBuilder(str(path), "markdown", text)
    lines = _Lines(text)
    _front_matter_paragraphs(builder, meta, lines)
    _body(builder, body, lines)
    declared = meta.get("kind")
    kind = canonical_kind(declared) if declared else ""
    if kind is None:
        raise InputError(
            f"front matter: {unknown_kind(declared)}", str(path), lines.line_of_key("kind")
        )
    doc = builder.build(kind, meta)
    if kind:
        doc.kind_source = "front matter"
    return doc


def _front_matter(text: str, path: str) -> tuple[dict, str]:
    """Split off front matter; the body keeps its line numbers (front matter blanked)."""
    m = _FRONT.match(text)
    if not m:
        return {}, text
    try:
        meta = yamlsafe.load(m.group(1), path)
    except InputError as e:
        p = e.problems[0]
        line = p.line + 1 if p.line is not None else None
        raise InputError(f"front matter: {p.message}", path, line, p.column) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise InputError("front matter must be a mapping of names to values", path, 2)
    blank = "\n" * text[: m.end()].count("\n")
    return meta, blank + text[m.end() :]


class _Lines:
    """Source lines and their offsets, to turn a token's line map into offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line(self, n: int) -> str:
        end = self.starts[n + 1] - 1 if n + 1 < len(self.starts) else len(self.text)
        return self.text[self.starts[n] : end].rstrip("\r")

    def line_of_key(self, key: str) -> int | None:
        for i in range(len(self.starts)):
            if self.line(i).startswith(f"{key}:"):
                return i + 1
        return None


def _front_matter_paragraphs(builder: DocumentBuilder, meta: dict, lines: _Lines) -> None:
    """Front-matter values are text a publisher can overlook (author names, say)."""
    for key, value in meta.items():
        if key == "kind" or not isinstance(value, str) or not value.strip():
            continue
        n = (lines.line_of_key(str(key)) or 0) - 1
        anchors = ()
        if n >= 0:
            col = lines.line(n).find(value)
            if col >= 0:
                anchors = ((0, lines.starts[n] + col),)
        builder.paragraph(value, part="front-matter", anchors=anchors, field=str(key))


def _body(builder: DocumentBuilder, body: str, lines: _Lines) -> None:
    tokens = _PARSER.parse(body)
    context: list[str] = []
    row_line, row_cursor = 0, 0
    heading_level = 0
    levels = LineLevels()  # levels of bold lines used as headings, as in Word
    panel_level = 0  # the level of the panel titles of the table being read
    row: list[str] = []
    cell_no = 0
    for i, tok in enumerate(tokens):
        t = tok.type
        if t in _ROLE:
            context.append(_ROLE[t])
        elif t in ("list_item_close", "blockquote_close", "table_close"):
            context.pop()
            panel_level = 0
        elif t == "heading_open":
            heading_level = int(tok.tag[1])
        elif t == "heading_close":
            heading_level = 0
        elif t == "tr_open":
            row_line, row_cursor = tok.map[0], 0
            row = _row_cells(tokens, i)
            cell_no = 0
        elif t == "inline":
            if tok.map is None:
                continue
            if heading_level:
                text, anchors = _inline(tok, lines)
                builder.heading(text, heading_level, anchors)
                levels.own(text, heading_level)
                continue
            if context and context[-1] == "table":
                text, anchors, row_cursor = _cell(tok, lines, row_line, row_cursor)
                cell_no += 1
                if (
                    cell_no == 1
                    and len(row) == 2
                    and _is_bold_heading(tok, text)
                    and reads_as_panel_text(row[1])
                ):
                    # A briefing laid out as a table of panels: "| **1. Background** | ... |",
                    # every panel of the table at one level, as the Word reader has them.
                    panel_level = panel_level or max(2, len(builder.section) + 1)
                    builder.heading(text, panel_level, anchors, bold_line=True)
                    continue
                builder.paragraph(text, role="table", anchors=anchors)
                continue
            text, anchors = _inline(tok, lines)
            if not context and _is_bold_heading(tok, text):
                builder.heading(text, levels.line(text), anchors, bold_line=True)
                continue
            lead = _bold_lead(tok)
            extra = {"lead": lead} if lead and not context else {}
            builder.paragraph(
                text, role=context[-1] if context else "body", anchors=anchors, **extra
            )


def _row_cells(tokens, start: int) -> list[str]:
    """The source text of each body cell of the table row that opens at ``tokens[start]``
    (a header row gives none: its cells are column titles)."""
    cells: list[str] = []
    for tok in tokens[start + 1 :]:
        if tok.type == "tr_close":
            break
        if tok.type == "th_open":
            return []
        if tok.type == "inline":
            cells.append(tok.content)
    return cells


def _is_bold_heading(tok, text: str) -> bool:
    """A short paragraph that is all bold and has no closing full stop reads as a heading.

    Many drafts mark headings that way ("**Good practice**") rather than with "#".
    """
    kids = [c for c in tok.children or [] if not (c.type == "text" and not c.content.strip())]
    return (
        len(kids) >= 3
        and kids[0].type == "strong_open"
        and kids[-1].type == "strong_close"
        and _all_bold(kids)
        and len(text.split()) <= MAX_BOLD_HEADING_WORDS
        # A question ends many a leaflet's headings ("**Why are we writing to you?**"),
        # as the Word and plain-text readers allow.
        and text.rstrip()[-1:] not in SENTENCE_END
    )


def _bold_lead(tok) -> str | None:
    """The title a paragraph opens with in bold, when text follows it: "**How agencies
    worked together.** The protocol was never started." gives "How agencies worked
    together" (see :func:`sardoc.sources.typed_headings.lead_title`)."""
    kids = [c for c in tok.children or [] if not (c.type == "text" and not c.content)]
    if len(kids) < 4 or kids[0].type != "strong_open":
        return None
    title: list[str] = []
    for n, c in enumerate(kids[1:], 1):
        if c.type == "strong_close":
            rest = " ".join(k.content for k in kids[n + 1 :] if k.type == "text")
            return lead_title("".join(title), rest)
        if c.type != "text":
            return None
        title.append(c.content)
    return None


def _all_bold(kids) -> bool:
    """Whether every piece of text is inside bold: "**Part one**" or "**Part one**" and a
    line break and "**continued**", as Word reads a paragraph whose runs are all bold."""
    depth = 0
    for c in kids:
        if c.type == "strong_open":
            depth += 1
        elif c.type == "strong_close":
            depth -= 1
        elif depth == 0 and c.type not in ("softbreak", "hardbreak"):
            return False
    return True


def _cell(tok, lines: _Lines, row_line: int, cursor: int):
    src_line = lines.line(row_line)
    col = src_line.find(tok.content, cursor) if tok.content else -1
    if col < 0:
        col = cursor
    base = lines.starts[row_line] + col
    text, anchors = _align(tok, tok.content, [(0, base)])
    return text, anchors, col + len(tok.content)


def _inline(tok, lines: _Lines):
    """Plain text of an inline token and its anchors into the source."""
    raw = tok.content
    # Where each raw line starts in the source: markdown-it strips indentation and
    # block markers (">", "-") from the start of every line of a paragraph.
    line_anchors = []
    pos = 0
    for i, piece in enumerate(raw.split("\n")):
        n = tok.map[0] + i
        src = lines.line(n) if n < len(lines.starts) else ""
        col = src.find(piece) if piece else len(src) - len(src.lstrip())
        line_anchors.append((pos, lines.starts[min(n, len(lines.starts) - 1)] + max(col, 0)))
        pos += len(piece) + 1
    return _align(tok, raw, line_anchors)


def _align(tok, raw: str, line_anchors):
    """Rebuild plain text from the inline children, finding each piece in ``raw``."""
    keys = [a[0] for a in line_anchors]

    def src(i: int) -> int:
        j = max(0, bisect_right(keys, i) - 1)
        return line_anchors[j][1] + (i - line_anchors[j][0])

    out: list[str] = []
    anchors: list[tuple[int, int]] = []
    length = 0
    cursor = 0

    def emit(piece: str, at: int) -> None:
        nonlocal length
        s = src(at)
        if not anchors or anchors[-1][1] + (length - anchors[-1][0]) != s:
            anchors.append((length, s))
        out.append(piece)
        length += len(piece)

    for child in _leaves(tok.children or []):
        if child.type in ("softbreak", "hardbreak"):
            nl = raw.find("\n", cursor)
            if nl >= 0:
                emit(" ", nl)
                cursor = nl + 1
            continue
        piece = child.content
        if not piece:
            continue
        at = raw.find(piece, cursor)
        if at >= 0:
            emit(piece, at)
            cursor = at + len(piece)
            continue
        # Escapes and entities change the text ("\*" reads "*", "&amp;" reads "&"):
        # align character by character.
        for ch in piece:
            at = raw.find(ch, cursor)
            if at < 0:
                at = min(cursor, max(len(raw) - 1, 0))
            else:
                cursor = at + 1
            emit(ch, at)
    text = "".join(out)
    if not anchors:
        anchors = [(0, line_anchors[0][1])]
    return text, tuple(anchors)


def _leaves(children):
    for c in children:
        if c.type in ("text", "code_inline", "softbreak", "hardbreak"):
            yield c
        elif c.type == "image":
            yield from _leaves(c.children or [])
        elif c.children:
            yield from _leaves(c.children)
