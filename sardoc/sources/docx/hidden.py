"""What a reader can overlook: headers, footers, footnotes, endnotes, comments, deletions.

Each is read as its own ``part``, placed in the section it relates to (issue 3,
"hidden places"), after the body. Authors of comments and tracked changes are
collected as the people the file names.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from ...document import Paragraph
from .names import (
    AUTHOR,
    CHANGE_TAGS,
    DATE,
    ID,
    INITIALS,
    TYPE,
)
from .package import W

#: Footnotes and endnotes Word keeps for its own separator lines.
_NOTE_SEPARATORS = frozenset({"separator", "continuationSeparator", "continuationNotice"})


class HiddenParts:
    """The part of the reader that places hidden parts; mixed into :class:`.body.Reader`.

    Expects ``builder``, ``keep_nodes``, ``people``, ``_refs``, ``_deleted``,
    ``_section``, ``_attrs`` and ``blocks()`` from the reader.
    """

    def hidden_paragraph(self, text: str, part: str, role: str, **attrs: Any):
        """A paragraph outside the body, with the section it relates to, if any."""
        if not text:
            return None
        paragraphs = self.builder.paragraphs
        para = Paragraph(
            text=text,
            index=len(paragraphs),
            section=self._section,
            role=role,
            part=part,
            attrs={**attrs, **self._attrs},
        )
        paragraphs.append(para)
        return para

    def hidden(self, root: etree._Element, part: str, section=(), **attrs: Any) -> None:
        """Every paragraph of a header, footer, note or comment."""
        self._section, self._attrs = tuple(section), attrs
        try:
            self.blocks(root, part)
        finally:
            self._section, self._attrs = (), {}

    def notes(self, root: etree._Element, part: str) -> None:
        """Footnotes or endnotes, each placed in the section that refers to it."""
        for note in root:
            if note.tag not in (W + "footnote", W + "endnote"):
                continue
            if note.get(TYPE) in _NOTE_SEPARATORS:
                continue
            nid = note.get(ID, "")
            section, of = self._refs.get((part, nid), ((), None))
            self.hidden(note, part, section, id=nid, of=of)

    def comments(self, root: etree._Element) -> None:
        """Comments, with author, initials and date, placed where they are anchored."""
        for comment in root.iterchildren(W + "comment"):
            author = comment.get(AUTHOR, "")
            if (author, comment.get(INITIALS, "")) == ("sardoc", "SD"):
                # sardoc's own notes from --annotate: checking an annotated copy again
                # must give the draft's findings, not findings about the notes.
                continue
            if author.strip():
                self.people[(author.strip(), "comment")] = None
            cid = comment.get(ID, "")
            section, of = self._refs.get(("comment", cid), ((), None))
            self.hidden(
                comment,
                "comment",
                section,
                author=author,
                initials=comment.get(INITIALS, ""),
                date=comment.get(DATE, ""),
                id=cid,
                of=of,
            )

    def deleted(self) -> None:
        """Text removed with tracked changes, after everything else it came from."""
        paragraphs = self.builder.paragraphs
        for text, section, attrs in self._deleted:
            text = text.strip()
            if text:
                paragraphs.append(
                    Paragraph(text, len(paragraphs), section, part="deleted", attrs=attrs)
                )

    def people_in(self, root: etree._Element) -> None:
        """Authors of tracked changes anywhere in a part."""
        for el in root.iter(*CHANGE_TAGS):
            author = (el.get(AUTHOR) or "").strip()
            if author:
                self.people[(author, "tracked change")] = None
