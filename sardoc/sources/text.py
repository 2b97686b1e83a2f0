"""Plain-text drafts: paragraphs are separated by blank lines.

Plain text has no heading mark-up, so a heading is recognised the way a reader
would: a short single line with no closing punctuation that is numbered, in
capitals, underlined, or starts with a capital letter.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..document import Document, DocumentBuilder
from . import decode_text

_BULLET = re.compile(r"^\s*(?:[-*•‣◦–]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")
_NUMBERED = re.compile(r"^\s*((?:\d+\.)*\d+)\.?\s+\S")
_UNDERLINE = re.compile(r"^\s*(=+|-+)\s*$")
_MAX_HEADING_WORDS = 15


def read(path: Path, data: bytes) -> Document:
    text = decode_text(path, data)
    builder = DocumentBuilder(str(path), "text", text)
    for block in _blocks(text):
        _add_block(builder, block)
    return builder.build("")


def _blocks(text: str):
    """Runs of non-blank lines, each line as (offset, text without line end)."""
    block: list[tuple[int, str]] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        line = raw.rstrip("\r\n")
        if line.strip():
            block.append((pos, line))
        elif block:
            yield block
            block = []
        pos += len(raw)
    if block:
        yield block


def _heading_level(block) -> int:
    """The heading level of a block, or 0 if it reads as a paragraph."""
    lines = [line for _, line in block]
    if len(lines) == 2 and _UNDERLINE.match(lines[1]) and len(lines[0].strip()) >= 2:
        return 1 if lines[1].strip()[0] == "=" else 2
    if len(lines) != 1:
        return 0
    line = lines[0].strip()
    if len(line.split()) > _MAX_HEADING_WORDS or line[-1] in ".,;!?" or _BULLET.match(line):
        # A numbered line ending without a full stop can still be a heading ("4. Findings").
        if not (_NUMBERED.match(line) and line[-1] not in ".,;!?"):
            return 0
    m = _NUMBERED.match(line)
    if m:
        return m.group(1).count(".") + 1
    letters = [c for c in line if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return 1
    return 2 if line[0].isupper() else 0


def _add_block(builder: DocumentBuilder, block) -> None:
    level = _heading_level(block)
    if level:
        off, line = block[0]
        lead = len(line) - len(line.lstrip())
        builder.heading(line.strip(), level, ((0, off + lead),))
        return
    if all(_BULLET.match(line) for _, line in block):
        for off, line in block:
            start = _BULLET.match(line).end()
            builder.paragraph(line[start:].rstrip(), role="list", anchors=((0, off + start),))
        return
    parts, anchors, length = [], [], 0
    for off, line in block:
        lead = len(line) - len(line.lstrip())
        piece = line.strip()
        if parts:
            length += 1  # the joining space
        anchors.append((length, off + lead))
        parts.append(piece)
        length += len(piece)
    builder.paragraph(" ".join(parts), anchors=anchors)
