"""Plain-text drafts: paragraphs are separated by blank lines.

Plain text has no heading mark-up, so a heading is recognised the way a reader
would: a short line standing on its own (its own block) that is numbered ("5.",
"5.2", "Section 5", "Part Two"), in capitals, or underlined with ``===`` or ``---``.
A heading may also be typed straight above its text with no blank line between, as
the first line of a block; there a short line in ordinary case counts too when the
text under it is prose (much longer lines ending in a full stop), as leaflets are often
typed ("Your part in the review" over its paragraph). A line that merely lacks a full
stop is not a heading (a list of agency names, or a sentence whose author forgot its full
stop) unless the document is headed that way throughout: three or more short lines, each
a block of its own over a longer block of prose, a list or another such line (briefings
and leaflets are often typed so). Consecutive short lines in one block are a list or a
paragraph, never headings. A document headed in any of these ways has its first line,
if short, as its title.
"""

from __future__ import annotations

from pathlib import Path

from ..document import Document, DocumentBuilder
from ..lazyre import lazy_compile
from . import decode_text
from .typed_headings import SENTENCE_END, in_capitals, is_contents_line, numbering_depth

_BULLET = lazy_compile(r"^\s*(?:[-*•‣◦–]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")
_UNDERLINE = lazy_compile(r"^\s*(=+|-+)\s*$")
_MAX_HEADING_WORDS = 15
#: A title in ordinary case over its paragraph ("Your part in the review") is shorter.
_MAX_TITLE_WORDS = 8
#: Lines this short, none ending a sentence, one per line: a list (names of agencies).
_MAX_LIST_LINE_WORDS = 6
# A column gap near the start of a line ("IMR     individual management review"): a tab
# or two spaces, not after a sentence's end (typists' two spaces after a full stop).
_COLUMN_GAP = lazy_compile(r"^[^\t]{0,39}?[^\s.!?,;:](?:\t+| {2,})\S")


def read(path: Path, data: bytes) -> Document:
    text = decode_text(path, data)
    builder = DocumentBuilder(str(path), "text", text)
    levels = _Levels()
    blocks = list(_laid_out(_blocks(text)))
    if blocks and _capitals_title_block(blocks[0]):
        # Each line a heading of its own, as with blank lines between them.
        blocks[0:1] = [[line] for line in blocks[0]]
    questions = _question_titles(blocks)
    lettered = _lettered_titles(blocks)
    title_case = _title_case_titles(blocks) | _plain_titles(blocks)
    # A first line is the title of a document headed in ordinary case; alone, it may be
    # an agency's name over its paragraph.
    if (questions or lettered or title_case) and _opening_title(blocks):
        title_case.add(0)
    parent = 1  # the level of the last heading that was not lettered
    for i, block in enumerate(blocks):
        if i in questions or i in lettered:
            off, line = block[0]
            lead = len(line) - len(line.lstrip())
            level = levels.fixed(2) if i in questions else min(9, parent + 1)
            builder.heading(line.strip(), level, ((0, off + lead),))
            continue
        before = len(builder.paragraphs)
        if i in title_case and not _heading_level(block, levels):
            off, line = block[0]
            lead = len(line) - len(line.lstrip())
            builder.heading(line.strip(), levels.level(0), ((0, off + lead),))
            parent = builder.paragraphs[-1].level
            if len(block) > 1:  # the rest of a title block: a subtitle, the author, a date
                _add_block(builder, block[1:], levels)
            continue
        _add_block(builder, block, levels)
        for p in builder.paragraphs[before:]:
            if p.is_heading:
                parent = p.level
    return builder.build("")


#: "(a) Period under review", "b) Questions asked", "(iv) Other processes".
_LETTERED = lazy_compile(r"^\s*\(?(?:[a-z]|[ivx]{1,4})\)\s+[A-Z]")


def _lettered_titles(blocks: list) -> set[int]:
    """The blocks that are lettered sub-headings over their text.

    Reports typed in plain text head subsections "(a) ...", "(b) ..." on a line of
    their own. A lettered line that ends no sentence is one; a lettered line in a list
    (several in one block, or each ending in a full stop or semicolon) is not.
    """
    return _lone_titles(
        blocks,
        lambda line: (
            bool(_LETTERED.match(line))
            and line[-1] not in SENTENCE_END
            and len(line.split()) <= _MAX_HEADING_WORDS
        ),
    )


#: A question typed as a heading is short.
_MAX_QUESTION_WORDS = 12


def _question_titles(blocks: list) -> set[int]:
    """The blocks that are questions standing as headings over their answers.

    Leaflets and briefings head their parts with questions ("Why have I been
    contacted?") on a line of their own.
    """
    return _lone_titles(
        blocks,
        lambda line: (
            line.endswith("?")
            and line[:1].isupper()
            and not _BULLET.match(line)
            and len(line.split()) <= _MAX_QUESTION_WORDS
        ),
    )


def _lone_titles(blocks: list, is_title, minimum: int = 2) -> set[int]:
    """The one-line blocks that ``is_title`` accepts and that stand over a paragraph at
    least twice as long as they are, when the document has at least ``minimum`` of them:
    one alone may be a question the text asks, or an item of a list."""
    found = set()
    for i, block in enumerate(blocks[:-1]):
        if len(block) != 1:
            continue
        line = block[0][1].strip()
        if not is_title(line):
            continue
        after = sum(len(text.strip()) + 1 for _, text in blocks[i + 1])
        if after > 2 * len(line):
            found.add(i)
    return found if len(found) >= minimum else set()


#: Short words a title leaves in lower case ("Summary of Events").
_MINOR_WORDS = frozenset(
    "a an and as at but by for from in into of on or per the to via with".split()
)
#: A title in Title Case is short; a line of ten capitalised words is a name or a list.
_MAX_TITLE_CASE_WORDS = 9


def _in_title_case(line: str) -> bool:
    """Whether every word of a line but the minor ones starts with a capital or a digit."""
    words = line.split()
    return (
        len(words) <= _MAX_TITLE_CASE_WORDS
        and line[:1].isupper()
        and line[-1] not in SENTENCE_END
        and not _BULLET.match(line)
        and not is_contents_line(line)
        and all(
            w[:1].isupper() or w[:1].isdigit() or not w[:1].isalpha() or w.lower() in _MINOR_WORDS
            for w in words
        )
    )


def _title_case_titles(blocks: list) -> set[int]:
    """The blocks that are Title Case headings standing alone over their text.

    Reports typed in plain text often head each section in Title Case ("Summary of
    Events", "What Went Well") on a line of its own, with no numbering. Names and
    agencies are in Title Case too, so it takes three such lines, each over a longer
    paragraph, for the document to be read as headed this way.
    """
    return _lone_titles(blocks, _in_title_case, minimum=3)


#: A heading in ordinary case is short.
_MAX_PLAIN_TITLE_WORDS = 12


def _plain_titles(blocks: list) -> set[int]:
    """The blocks that are headings in ordinary case standing alone over prose.

    Briefings and leaflets typed in plain text head each part with a short line in
    sentence case ("What happened", "7MB 2 – Why it matters") on a line of its own.
    One such line may be a sentence that lost its full stop, so it takes three, each
    over a longer block of prose (ending a sentence, or a colon before a list), a list,
    or another such heading, for the document to be read as headed this way.
    """
    found: set[int] = set()
    # From the end, so that a heading over a subheading ("What we found" over
    # "Finding 1: ...") is known to be one once its subheading is.
    for i in range(len(blocks) - 2, -1, -1):
        block = blocks[i]
        if len(block) != 1 or not _is_plain_title(line := block[0][1].strip()):
            continue
        after = blocks[i + 1]
        if i + 1 in found:
            found.add(i)
            continue
        size = sum(len(text.strip()) + 1 for _, text in after)
        ends = after[-1][1].rstrip()[-1:]
        prose = ends in ".?!:)\"'”’" or all(_BULLET.match(x) for _, x in after)
        # A lead-in to a list ("The review found that:") may be shorter than its title.
        if prose and (size > 2 * len(line) or ends == ":"):
            found.add(i)
    return found if len(found) >= 3 else set()


#: An e-mail address or a telephone number: a line holding one is a contact's details
#: ("Telephone: 01632 960518"), not a heading, however short.
_CONTACT_DETAIL = lazy_compile(r"\S@\S|\d{5}|\d{3,} \d{3,}")


def _is_plain_title(line: str) -> bool:
    return (
        len(line.split()) <= _MAX_PLAIN_TITLE_WORDS
        and not _CONTACT_DETAIL.search(line)
        and (line[:1].isupper() or line[:1].isdigit())
        and line[-1] not in SENTENCE_END
        and not _BULLET.match(line)
        and not is_contents_line(line)
        and not _COLUMN_GAP.search(line)
    )


#: The most lines a title block typed without blank lines holds (board, title, subtitle,
#: author, date).
_MAX_TITLE_BLOCK_LINES = 6


def _opening_title(blocks: list) -> bool:
    """Whether the document opens with a title: a short line of its own, ending no
    sentence, before anything else ("Safeguarding Adults Review: Mr K"), or the first
    line of a title block typed without blank lines (the board's name over the title,
    the author and the date), each line short and ending no sentence."""
    if len(blocks) < 2 or not 1 <= len(blocks[0]) <= _MAX_TITLE_BLOCK_LINES:
        return False
    if any(
        len(x.split()) > _MAX_HEADING_WORDS or x.rstrip()[-1] in SENTENCE_END or _BULLET.match(x)
        for _, x in blocks[0][1:]
    ):
        return False
    line = blocks[0][0][1].strip()
    # (A title in capitals or numbered is a heading already.)
    return (
        not in_capitals(line)
        and not numbering_depth(line)
        and len(line.split()) <= _MAX_HEADING_WORDS
        and line[-1] not in SENTENCE_END
        and not _BULLET.match(line)
        and not is_contents_line(line)
    )


def _capitals_title_block(block) -> bool:
    """Whether the document opens with a title block in capitals typed without blank
    lines ("BRIGHTON & HOVE SAFEGUARDING ADULTS BOARD" over "SAR SUBGROUP: SCOPING AND
    DECISION RECORD"): each line is a heading, as it is when blank lines part them, not
    one long paragraph of the two."""
    return 2 <= len(block) <= _MAX_TITLE_BLOCK_LINES and all(
        in_capitals(x)
        and len(x.split()) <= _MAX_HEADING_WORDS
        and x.rstrip()[-1] not in SENTENCE_END
        and not _BULLET.match(x)
        and not _CONTACT_DETAIL.search(x)
        and not is_contents_line(x)
        for _, x in block
    )


#: A field of a record typed one to a line ("Referral received: 3 October 2023",
#: "Outcome: criteria not met"): a short label, a colon, its value.
_FIELD = lazy_compile(r"^\s*[A-Z][\w'’()/&-]*(?: [\w'’()/&-]+){0,3}:\s+\S")


def _is_fields(block) -> bool:
    """Lines each a field of a record (a label and its value): one paragraph each, not
    one sentence of them all, so that the outcome is not read as part of the subject."""
    return len(block) > 1 and all(_FIELD.match(line) for _, line in block)


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


#: A line this long is a whole paragraph typed without wrapping (a Word file saved as
#: plain text); wrapped text keeps its lines to 80 characters or so.
_UNWRAPPED_LINE = 150


def _laid_out(blocks):
    """The blocks as a reader sees them, where the layout hides them.

    - A rule drawn above a panel or between parts ("=====" on a line of its own, or over
      a title) is decoration, not text.
    - A title underlined with a rule and its text typed straight below ("1 | Background"
      over "-----" over the panel's prose) are a heading and a block of their own.
    - Paragraphs typed one to a line with no blank line between (two lines or more too
      long to be wrapped text) are one block each; read as one block, a whole report
      would be a single paragraph under its first heading. A list's items and a typed
      table's rows stay together.
    """
    for block in blocks:
        while block and _UNDERLINE.match(block[0][1]):
            block = block[1:]
        if not block:
            continue
        long_lines = sum(len(line.strip()) > _UNWRAPPED_LINE for _, line in block)
        if long_lines >= 2 and not _kept_whole(block):
            lines = []
            for off, line in block:
                if lines and _UNDERLINE.match(line):
                    lines[-1].append((off, line))
                else:
                    lines.append([(off, line)])
            yield from lines
            continue
        yield from _underlined_over_text(block)


def _kept_whole(block) -> bool:
    """A list or a typed table, whose long lines are items or rows, not paragraphs: every
    line a numbered or bulleted item, columns spaced out, or cells between pipes."""
    return (
        all(_BULLET.match(line) for _, line in block)
        or _table_cells(block) is not None
        or _is_columns(block)
        or all(line.lstrip().startswith("|") for _, line in block)
    )


def _underlined_over_text(block):
    """A title underlined over text typed straight below it, as two blocks."""
    if len(block) > 2 and _UNDERLINE.match(block[1][1]):
        title = block[0][1].strip()
        if len(title.split()) <= _MAX_HEADING_WORDS and title[-1] not in SENTENCE_END:
            yield block[:2]
        else:  # a rule between two paragraphs, not under a title
            yield block[:1]
        yield from _laid_out([block[2:]])
        return
    yield block


class _Levels:
    """Heading levels for typed headings, as the Word reader gives them.

    A report's first heading, when it is not numbered, is its title (level 1), and
    numbered headings then sit one level below it, as ``# Title`` / ``## 1. Introduction``
    do in Markdown; a later heading in capitals sits beside the top numbered ones.
    """

    def __init__(self) -> None:
        self.offset: int | None = None  # set by the first heading

    def level(self, depth: int) -> int:
        """The level of a numbered (depth > 0) or capitals (depth 0) heading."""
        if self.offset is None:
            self.offset = 0 if depth else 1
            return depth or 1
        return min(9, (depth or 1) + self.offset)

    def fixed(self, level: int) -> int:
        """An underlined heading's level is its own; it still counts as the first."""
        if self.offset is None:
            self.offset = 1
        return level


def _heading_level(block, levels: _Levels) -> int:
    """The heading level of a block, or 0 if it reads as a paragraph."""
    lines = [line for _, line in block]
    # (A panel's bare number, underlined, is a heading too: "1" over "---".)
    title = lines[0].strip() if lines else ""
    if len(lines) == 2 and _UNDERLINE.match(lines[1]) and (len(title) >= 2 or title.isdigit()):
        return levels.fixed(1 if lines[1].strip()[0] == "=" else 2)
    if len(lines) != 1:
        return 0
    line = lines[0].strip()
    # (Split no further than the limit: a file on one line is one block of megabytes.)
    too_long = len(line.split(None, _MAX_HEADING_WORDS)) > _MAX_HEADING_WORDS
    if too_long or line[-1] in SENTENCE_END or is_contents_line(line):
        return 0
    depth = numbering_depth(line)
    if depth:
        return levels.level(depth)
    if _BULLET.match(line) or not in_capitals(line):
        return 0
    return levels.level(0)


def _leads_block(block) -> bool:
    """Whether the first line of a longer block is a heading typed straight above its text.

    "2. WHAT HAPPENED" on the line above the paragraph, with no blank line between, is
    common in plain text. A line in capitals counts; a numbered line counts when it is
    clearly shorter than the lines after it, so the first line of a wrapped numbered
    paragraph ("4.2 The review found that the agencies") is not taken for one.
    """
    if len(block) < 2 or _UNDERLINE.match(block[1][1]):
        return False
    first = block[0][1].strip()
    if (
        len(first.split()) > _MAX_HEADING_WORDS
        or first[-1] in SENTENCE_END
        or is_contents_line(first)
        or _BULLET.match(first)
        and not numbering_depth(first)
    ):
        return False
    rest = [line.strip() for _, line in block[1:]]
    if in_capitals(first) and not all(in_capitals(r) for r in rest):
        return True
    longest = max(len(r) for r in rest)
    return bool(numbering_depth(first)) and len(first.split()) <= 10 and len(first) < 0.6 * longest


def _titles_prose(block) -> bool:
    """Whether the first line of a block is a short title in ordinary case over prose.

    The line is short, starts with a capital and ends no sentence; the text under it is
    at least twice as long as it on its first line and ends a sentence, so the first
    line of a wrapped paragraph (as long as the lines after it) or of a contact block
    (no sentence) is not taken for one.
    """
    if len(block) < 2 or _UNDERLINE.match(block[1][1]):
        return False
    first = block[0][1].strip()
    rest = [line.strip() for _, line in block[1:]]
    return (
        len(first.split()) <= _MAX_TITLE_WORDS
        and first[:1].isupper()
        and first[-1] not in SENTENCE_END
        and not _BULLET.match(first)
        and not is_contents_line(first)
        and len(rest[0]) >= 2 * len(first)
        and rest[-1][-1] in SENTENCE_END
    )


def _is_columns(block) -> bool:
    """Lines typed as a table, their columns spaced out ("IMR     individual management
    review"): a glossary or contacts list, one row per line, not a paragraph."""
    return len(block) > 1 and all(_COLUMN_GAP.search(line.strip()) for _, line in block)


# The gap between two columns of a typed table: a tab, or two spaces or more.
_CELL_GAP = lazy_compile(r"\t+| {2,}")
_CELL = lazy_compile(r"\S+(?: \S+)*")


def _table_cells(block) -> list[list[tuple[int, str]]] | None:
    """The cells of lines typed as a table (a header line and rows, their columns
    spaced out), each as (source offset, text), when every line has the same number of
    columns, three or more; else None. Two columns are a glossary or a contacts list,
    read as lines (:func:`_is_columns`). A typist's two spaces after a full stop part
    no columns: each line needs a gap after something other than a sentence's end."""
    if len(block) < 2:
        return None
    rows = []
    for off, line in block:
        row = [(off + m.start(), m.group(0)) for m in _CELL.finditer(line)]
        if len(row) < 3 or (rows and len(row) != len(rows[0])):
            return None
        if all(cell[-1] in SENTENCE_END for _, cell in row[:-1]):
            return None
        rows.append(row)
    return rows


def _is_list(block) -> bool:
    """Short lines, none ending a sentence: one item per line (agencies, people)."""
    return len(block) > 1 and all(
        len(line.split()) <= _MAX_LIST_LINE_WORDS and line.rstrip()[-1] not in SENTENCE_END
        for _, line in block
    )


def _add_block(builder: DocumentBuilder, block, levels: _Levels) -> None:
    if not _leads_block(block) and _titles_prose(block):
        off, line = block[0]
        lead = len(line) - len(line.lstrip())
        builder.heading(line.strip(), levels.level(0), ((0, off + lead),))
        _add_block(builder, block[1:], levels)
        return
    if _leads_block(block):
        _add_block(builder, block[:1], levels)
        _add_block(builder, block[1:], levels)
        return
    level = _heading_level(block, levels)
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
    cells = _table_cells(block)
    if cells is not None:
        # Each cell a paragraph of its own, as a Markdown or Word table gives them: a
        # column's header then says what its cells are ("Lead", "Target date").
        for row in cells:
            for start, cell in row:
                builder.paragraph(cell, role="table", anchors=((0, start),))
        return
    if _is_fields(block):
        for off, line in block:
            lead = len(line) - len(line.lstrip())
            builder.paragraph(line.strip(), anchors=((0, off + lead),))
        return
    if _is_list(block) or _is_columns(block):
        for off, line in block:
            lead = len(line) - len(line.lstrip())
            builder.paragraph(line.strip(), role="list", anchors=((0, off + lead),))
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
