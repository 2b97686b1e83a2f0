"""Headings from layout: bold or larger short paragraphs (issue 13, item 1)."""

from __future__ import annotations

import re

from lxml import etree

from ..typed_headings import (
    MAX_BOLD_HEADING_WORDS,
    SENTENCE_END,
    LineLevels,
    is_contents_line,
    lead_title,
    numbering_depth,
)
from .names import (
    BLOCK_CONTAINERS,
    FLDCHAR,
    HYPERLINK,
    INLINE_CONTAINERS,
    INSTR,
    PPR,
    PSTYLE,
    RPR,
    RSTYLE,
    SDT,
    SDTCONTENT,
    VAL,
    P,
    R,
    T,
)
from .package import W
from .styles import Style, Styles, run_format

#: Longest paragraph read as a heading from its layout. Longer than plain text's 15
#: words: a wholly bold line is a strong sign (the same limit as Markdown's bold lines).
_MAX_LAYOUT_WORDS = MAX_BOLD_HEADING_WORDS
#: How much larger than the body's usual size a paragraph must be to read as a heading.
_LARGER = 1.15
_HAND_BULLET = re.compile(r"^\s*[-*•‣◦–▪●]\s")
_TOC_STYLE = re.compile(r"^(toc\b|table of contents|contents\b)", re.I)


def _runs(parent: etree._Element):
    """The runs of a paragraph's running text (not deleted, not in text boxes)."""
    for child in parent:
        tag = child.tag
        if tag == R:
            yield child
        elif tag in INLINE_CONTAINERS:
            yield from _runs(child)
        elif tag == SDT:
            content = child.find(SDTCONTENT)
            if content is not None:
                yield from _runs(content)


def _body_paragraphs(parent: etree._Element):
    """Body paragraphs outside tables, in reading order (text boxes are inside runs)."""
    for child in parent:
        if child.tag == P:
            yield child
        elif child.tag in BLOCK_CONTAINERS:
            yield from _body_paragraphs(child)


class Layout:
    """Headings typed as bold or larger Normal paragraphs (issue 13, item 1).

    Many council authors never use Word's Heading styles: a heading is a short
    paragraph in bold or in a larger type, often with hand-typed numbering. The
    document's usual body size is measured first (by characters), so that "larger"
    means larger than this document's text.

    Levels: the rank of the type size among the larger sizes used, as a style would;
    otherwise as :class:`LineLevels` gives a bold line's. A larger, unnumbered line
    straight after a heading of its level is a subtitle, not a heading, unless that
    heading is in the same type (two title lines).
    """

    def __init__(self, styles: Styles, body: etree._Element) -> None:
        self.styles = styles
        self._toc_fields = 0  # depth of open TOC fields, which span paragraphs
        self._fields: list[str | None] = []
        self.lines = LineLevels()  # levels of bold headings
        #: Level of the paragraph just before, if it was a heading (0 if it was text);
        #: the reader sets it after each body paragraph.
        self.previous = 0
        #: Type size of the paragraph just before, if it was a heading by its size.
        self._previous_size: int | None = None
        counts: dict[int, int] = {}
        sizes: set[int] = set()
        self.body_size = styles.default_size
        formats = []
        for p in _body_paragraphs(body):
            style_id = self._style_id(p)
            if styles.get(style_id).level:
                continue  # styled headings say nothing about the body's size
            fmt = self.format(p, style_id)
            formats.append(fmt)
            for size, length in fmt[2]:
                counts[size] = counts.get(size, 0) + length
        if counts:
            self.body_size = max(counts, key=lambda k: (counts[k], -k))
        for size, _bold, _ in formats:
            if size and size >= self.body_size * _LARGER:
                sizes.add(size)
        #: Larger sizes, largest first: their rank is the level of an unnumbered heading.
        self.ranks = {size: i for i, size in enumerate(sorted(sizes, reverse=True), 1)}

    @staticmethod
    def _style_id(p: etree._Element) -> str | None:
        el = p.find(f"{PPR}/{PSTYLE}")
        return el.get(VAL) if el is not None else None

    def _run_formats(self, p: etree._Element, style_id: str | None):
        """(text, size, bold) of each run of the paragraph's text that is not blank."""
        styles = self.styles
        p_size, p_bold = styles.style_format("p", style_id or styles.default)
        p_size = p_size or styles.default_size
        p_bold = styles.default_bold if p_bold is None else p_bold
        for r in _runs(p):
            text = "".join(t.text or "" for t in r.iterchildren(T))
            if not text.strip():
                continue
            rpr = r.find(RPR)
            size, bold = run_format(rpr)
            if size is None or bold is None:
                el = rpr.find(RSTYLE) if rpr is not None else None
                c_size, c_bold = styles.style_format("c", el.get(VAL) if el is not None else None)
                size = size or c_size or p_size
                bold = bold if bold is not None else c_bold if c_bold is not None else p_bold
            yield text, size, bold

    def format(self, p: etree._Element, style_id: str | None):
        """(smallest size, all bold, [(size, characters)]) over the paragraph's text."""
        smallest, all_bold, pieces = None, True, []
        for text, size, bold in self._run_formats(p, style_id):
            smallest = size if smallest is None else min(smallest, size)
            all_bold = all_bold and bold
            pieces.append((size, len(text.strip())))
        return smallest, all_bold and smallest is not None, pieces

    def lead(self, p: etree._Element, style_id: str | None) -> str | None:
        """The run-in title the paragraph opens with in bold, if any (as Markdown's
        "**Working together.** ..."; see :func:`lead_title`)."""
        bold_text: list[str] = []
        runs = self._run_formats(p, style_id)
        for text, _size, bold in runs:
            if not bold:
                rest = text + " ".join(t for t, _, _ in runs)
                return lead_title("".join(bold_text), rest) if bold_text else None
            bold_text.append(text)
        return None

    # -- contents ----------------------------------------------------------------------

    def in_contents(self, p: etree._Element) -> bool:
        """Whether ``p`` is inside (or starts) a TOC field, or links to a TOC bookmark.

        Called for every body paragraph in order: a TOC field opens in one paragraph
        and closes in a later one.
        """
        inside = self._toc_fields > 0
        for el in p.iter(FLDCHAR, INSTR, HYPERLINK):
            if el.tag == HYPERLINK:
                inside = inside or (el.get(W + "anchor") or "").startswith("_Toc")
            elif el.tag == INSTR:
                if self._fields and self._fields[-1] is None:
                    words = (el.text or "").split()  # a field code may be split over runs
                    self._fields[-1] = words[0].upper() if words else None
                    if self._fields[-1] == "TOC":
                        self._toc_fields += 1
                        inside = True
            elif el.get(W + "fldCharType") == "begin":
                self._fields.append(None)
            elif el.get(W + "fldCharType") == "end" and self._fields:
                if self._fields.pop() == "TOC":
                    self._toc_fields -= 1
        return inside

    # -- levels ----------------------------------------------------------------------

    def styled(self, text: str, level: int) -> None:
        """A heading with a style or outline level: it anchors later bold headings."""
        self.lines.own(text, level)
        self._previous_size = None

    def level(self, p: etree._Element, text: str, style: Style, style_id: str | None) -> int:
        """The heading level ``p`` has from its layout, or 0 if it is not a heading."""
        if (
            not text
            or len(text.split()) > _MAX_LAYOUT_WORDS
            or text[-1] in SENTENCE_END
            or _HAND_BULLET.match(text)
            or _TOC_STYLE.match(style.name)
            or is_contents_line(text)
        ):
            return 0
        size, bold, _ = self.format(p, style_id)
        rank = self.ranks.get(size or 0, 0)
        if not (bold or rank):
            return 0
        previous_size, self._previous_size = self._previous_size, None
        if not rank:
            return self.lines.line(text)
        if (
            not numbering_depth(text)
            and self.previous
            and rank <= self.previous
            and size != previous_size
        ):
            # A larger line straight after a heading at its level or deeper, with no text
            # between, is that heading's subtitle (a cover page's board name), not a
            # section. A line in the same type as a sized heading just before is its
            # sibling (a board's name, then the title).
            return 0
        # The type size says the level, as a style would, even where hand-typed numbering
        # says another ("Part A" set as a third-level heading).
        self._previous_size = size
        self.lines.own(text, rank)
        return rank
