"""The body of a Word document in reading order: paragraphs, tables, lists, text boxes.

Headings come from paragraph styles and outline levels, else from layout
(:mod:`.headings`); tracked insertions and content controls are read as text, and
deletions, notes and comments are set aside for :mod:`.hidden` to place.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from ...document import DocumentBuilder
from ...errors import InputError
from ..typed_headings import MAX_BOLD_HEADING_WORDS, SENTENCE_END, reads_as_panel_text
from .headings import Layout
from .hidden import HiddenParts
from .names import (
    ALT,
    AUTHOR,
    BLOCK_CONTAINERS,
    BR,
    COMMENTREF,
    COMMENTSTART,
    CR,
    DATE,
    DEL,
    DELTEXT,
    DRAWING,
    ENDNOTEREF,
    FALLBACK,
    FOOTNOTEREF,
    ID,
    INLINE_CONTAINERS,
    NOBREAKHYPHEN,
    NUMID,
    NUMPR,
    OUTLINE,
    PICT,
    PPR,
    PSTYLE,
    PTAB,
    SDT,
    SDTCONTENT,
    TAB,
    TBL,
    TC,
    TR,
    TXBX,
    VAL,
    P,
    R,
    T,
)
from .package import NS_STRICT, W
from .styles import Styles, outline_level


class Para:
    """What one paragraph's inline content holds."""

    __slots__ = ("text", "deleted", "del_open", "boxes", "notes", "comments", "nodes")

    def __init__(self, keep_nodes: bool = False) -> None:
        self.text: list[str] = []
        #: The element behind each piece of ``text``, when editing (else None).
        self.nodes: list[etree._Element] | None = [] if keep_nodes else None
        self.deleted: list[list[Any]] = []  # [author, date, [pieces], [elements]]
        self.del_open = False
        self.boxes: list[etree._Element] = []
        self.notes: list[tuple[str, str]] = []  # (part, id)
        self.comments: list[str] = []

    def keep(self, piece: str, node: etree._Element) -> None:
        # Kept text between two deletions makes them two deletions.
        self.text.append(piece)
        self.del_open = False
        if self.nodes is not None:
            self.nodes.append(node)

    def delete(self, piece: str, change: tuple[str, str], node: etree._Element) -> None:
        # Word splits one deletion over many w:del elements (one per run); adjacent
        # pieces by the same author are joined so a deleted name reads whole.
        if self.del_open and self.deleted[-1][0] == change[0]:
            self.deleted[-1][2].append(piece)
            self.deleted[-1][3].append(node)
        else:
            self.deleted.append([change[0], change[1], [piece], [node]])
            self.del_open = True


class Reader(HiddenParts):
    """Walks WordprocessingML into a :class:`DocumentBuilder`."""

    def __init__(
        self, builder: DocumentBuilder, styles: Styles, layout: Layout, keep_nodes: bool = False
    ):
        self.builder = builder
        self.styles = styles
        self.layout = layout
        self.keep_nodes = keep_nodes
        self.people: dict[tuple[str, str], None] = {}  # ordered set of (name, where)
        self._deleted: list[tuple[str, tuple[str, ...], dict[str, Any]]] = []
        self._refs: dict[tuple[str, str], tuple[tuple[str, ...], int | None]] = {}
        self._last: int | None = None  # index of the last paragraph emitted
        # Where hidden-part paragraphs go: their section and extra attributes.
        self._section: tuple[str, ...] = ()
        self._attrs: dict[str, Any] = {}
        #: The level of a table's panel titles while that table is read (see _panel_title).
        self._panel_level: int | None = None

    # blocks ---------------------------------------------------------------------

    def blocks(self, parent: etree._Element, part: str, table: bool = False, box: bool = False):
        """Paragraphs and tables under ``parent``, in reading order."""
        for child in parent:
            tag = child.tag
            if tag == P:
                self.paragraph(child, part, table, box)
            elif tag == TBL:
                self.blocks(child, part, True, box)
            elif tag in BLOCK_CONTAINERS:
                self.blocks(child, part, table, box)
            elif tag == COMMENTSTART and part == "body":
                # A comment anchored between paragraphs belongs with the next one.
                self._refs.setdefault(("comment", child.get(ID, "")), self._where_next())

    def _where_next(self) -> tuple[tuple[str, ...], int | None]:
        return self.builder.section, len(self.builder.paragraphs)

    def paragraph(self, p: etree._Element, part: str, table: bool, box: bool) -> None:
        style_id = numbered = outline = None
        ppr = p.find(PPR)
        if ppr is not None:
            el = ppr.find(PSTYLE)
            style_id = el.get(VAL) if el is not None else None
            el = ppr.find(NUMPR)
            if el is not None:
                numid = el.find(NUMID)
                if numid is not None:
                    numbered = numid.get(VAL, "0") != "0"
            outline = outline_level(ppr.find(OUTLINE))
        style = self.styles.get(style_id)
        level = style.level if outline is None else outline
        is_list = style.is_list if numbered is None else numbered

        acc = Para(self.keep_nodes)
        self.inline(p, acc, None)
        text = "".join(acc.text).strip()

        if part != "body":
            role = "table" if table else "list" if is_list else "body"
            emitted = self.hidden_paragraph(text, part, role, style=style.name)
        else:
            # Where the paragraph is in word/document.xml, so that a finding can be put
            # back on it as a Word comment (``sardoc check --annotate``).
            attrs = {"style": style.name, "xpath": p.getroottree().getpath(p)}
            if not table and not box:
                self._panel_level = None
                level = self._heading_level(p, text, style, style_id, level, outline, is_list)
                if level:
                    attrs["heading_from"] = (
                        "outline" if outline else "style" if style.level else "layout"
                    )
            elif text:
                # Text in a table or a text box stands between two headings: a larger line
                # after it is a heading, not the subtitle of the heading before the table.
                self.layout.previous = 0
            if table and self._panel_title(p, text, style_id):
                # A briefing laid out as a table of panels: a bold title in the first of
                # two cells reads as a heading, as the Markdown reader reads one.
                attrs["heading_from"] = "table"
                if self._panel_level is None:  # every panel of the table at one level
                    self._panel_level = max(2, len(self.builder.section) + 1)
                emitted = self.builder.heading(text, self._panel_level, **attrs)
            elif table:
                emitted = self.builder.paragraph(text, role="table", **attrs)
            elif level and not box and text:
                emitted = self.builder.heading(text, level, **attrs)
            else:
                if box:
                    attrs["in"] = "text box"
                role = "list" if is_list else "quote" if style.is_quote else "body"
                if role == "body" and not box and (lead := self.layout.lead(p, style_id)):
                    attrs["lead"] = lead
                emitted = self.builder.paragraph(text, role=role, **attrs)
        if emitted is not None:
            self._last = emitted.index
            if acc.nodes is not None:
                emitted.attrs["nodes"] = acc.nodes
        section = emitted.section if emitted is not None else self._current_section(part)

        for author, date, pieces, nodes in acc.deleted:
            attrs = {"author": author, "date": date, "of": self._last, "in": part}
            if self.keep_nodes:
                attrs["nodes"] = nodes
            self._deleted.append(("".join(pieces), section, attrs))
        for ref in acc.notes:
            self._refs.setdefault(ref, (section, self._last))
        for cid in acc.comments:
            self._refs.setdefault(("comment", cid), (section, self._last))
        for content in acc.boxes:
            self.blocks(content, part, False, True)

    def _panel_title(self, p: etree._Element, text: str, style_id: str | None) -> bool:
        """Whether ``p`` is a panel's title: the only paragraph of the first cell of a
        two-cell row, short, bold and not a sentence, beside a cell of prose."""
        cell = p.getparent()
        row = cell.getparent() if cell is not None else None
        if cell is None or cell.tag != TC or row is None or row.tag != TR:
            return False
        cells = [c for c in row if c.tag == TC]
        if len(cells) != 2 or cells[0] is not cell or len(cell.findall(P)) != 1:
            return False
        if not text or len(text.split()) > MAX_BOLD_HEADING_WORDS or text[-1] in SENTENCE_END:
            return False
        if not reads_as_panel_text(" ".join(t.text or "" for t in cells[1].iter(T))):
            return False  # a column heading or a datum beside it, not a panel's text
        return bool(self.layout.format(p, style_id)[1])

    def _heading_level(self, p, text, style, style_id, level, outline, is_list) -> int:
        """A body paragraph's heading level: from its style or outline, else its layout."""
        contents = self.layout.in_contents(p)  # every paragraph, in order: fields span them
        if not text:
            return level  # an empty heading is skipped below
        if level:
            self.layout.styled(text, level)
        elif not (outline == 0 or is_list or style.is_quote or contents):
            # (not marked as body text, a list item, a quotation or a line of the contents)
            level = self.layout.level(p, text, style, style_id)
        self.layout.previous = level
        return level

    def _current_section(self, part: str) -> tuple[str, ...]:
        return self.builder.section if part == "body" else self._section

    # inline content ---------------------------------------------------------------

    def inline(self, parent: etree._Element, acc: Para, change: tuple[str, str] | None) -> None:
        """Collect the text under a paragraph; ``change`` is the deletion it is inside."""
        for child in parent:
            tag = child.tag
            if tag == R:
                self.run(child, acc, change)
            elif tag in INLINE_CONTAINERS:
                self.inline(child, acc, change)
            elif tag == DEL:
                self.inline(child, acc, (child.get(AUTHOR, ""), child.get(DATE, "")))
            elif tag == SDT:
                content = child.find(SDTCONTENT)
                if content is not None:
                    self.inline(content, acc, change)
            elif tag == COMMENTSTART:
                acc.comments.append(child.get(ID, ""))
            # Anything else (moved-away text, properties, bookmarks, ruby annotations,
            # field codes, maths) is not part of the text a reader sees.

    def run(self, r: etree._Element, acc: Para, change: tuple[str, str] | None) -> None:
        for child in r:
            tag = child.tag
            if tag == T or tag == DELTEXT:
                piece = child.text
                if not piece:
                    continue
                if change is None:
                    if tag == T:  # the hot path, so keep() is inlined
                        acc.text.append(piece)
                        acc.del_open = False
                        if acc.nodes is not None:
                            acc.nodes.append(child)
                else:
                    acc.delete(piece, change, child)
            elif tag == TAB or tag == PTAB:
                self._put(acc, "\t", change, child)
            elif tag == BR or tag == CR:
                self._put(acc, "\n", change, child)
            elif tag == NOBREAKHYPHEN:
                self._put(acc, "-", change, child)
            elif tag == DRAWING or tag == PICT or tag == ALT:
                if change is None:
                    acc.boxes.extend(_text_boxes(child))
            elif tag == FOOTNOTEREF:
                acc.notes.append(("footnote", child.get(ID, "")))
            elif tag == ENDNOTEREF:
                acc.notes.append(("endnote", child.get(ID, "")))
            elif tag == COMMENTREF:
                acc.comments.append(child.get(ID, ""))

    @staticmethod
    def _put(acc: Para, piece: str, change: tuple[str, str] | None, node) -> None:
        if change is None:
            acc.keep(piece, node)
        else:
            acc.delete(piece, change, node)


def _text_boxes(el: etree._Element):
    """Text-box contents in a drawing, skipping Word's fallback copy of the same box."""
    for child in el:
        tag = child.tag
        if tag == TXBX:
            yield child  # a box inside this one is found when its paragraphs are read
        elif tag != FALLBACK and isinstance(tag, str):
            yield from _text_boxes(child)


def document_body(root: etree._Element, path: str) -> etree._Element:
    if root.tag == f"{{{NS_STRICT}}}document":
        raise InputError(
            "the document is saved as Strict Open XML, which sardoc does not read; "
            "save it as a Word Document (.docx)",
            path,
        )
    body = root.find(W + "body") if root.tag == W + "document" else None
    if body is None:
        raise InputError("word/document.xml is not a Word document body", path)
    return body
