"""The one model every check runs on, whatever the file format.

Readers (``sardoc.sources``) turn a file into a :class:`Document`: a list of
paragraphs, each knowing its heading path and, for text formats, where its text
sits in the source file so that a finding can give a line, column and offset.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from .findings import Location

_FIRST = itemgetter(0)

#: The document kinds sardoc knows (see DOMAIN.md, "Template outlines").
DOCUMENT_KINDS: tuple[str, ...] = (
    "sar-report",
    "rapid-review",
    "seven-minute-briefing",
    "family-guidance",
    "action-plan",
)

#: Other names people give the kinds, in front matter, ``--kind`` and ``sardoc.yaml``.
KIND_ALIASES: dict[str, str] = {
    "report": "sar-report",
    "sar": "sar-report",
    "review": "sar-report",
    "scoping": "rapid-review",
    "scoping-report": "rapid-review",
    "decision": "rapid-review",
    "briefing": "seven-minute-briefing",
    "7mb": "seven-minute-briefing",
    "7-minute-briefing": "seven-minute-briefing",
    "leaflet": "family-guidance",
    "family-leaflet": "family-guidance",
    "family-information": "family-guidance",
    "tracker": "action-plan",
}


def canonical_kind(value: object) -> str | None:
    """The kind a name stands for ("leaflet" → family-guidance), or None if unknown."""
    key = "-".join(str(value).strip().lower().replace("_", " ").split())
    if key in DOCUMENT_KINDS:
        return key
    return KIND_ALIASES.get(key)


def unknown_kind(value: object) -> str:
    """The one-line message for a kind nobody knows."""
    return f"unknown document kind '{value}'; known: {', '.join(DOCUMENT_KINDS)}"


#: Where a paragraph lives in its file. Only ``body`` is the visible running text;
#: the others are places a publisher can overlook (issue 3, "hidden places").
PARTS: tuple[str, ...] = (
    "body",
    "header",
    "footer",
    "footnote",
    "endnote",
    "comment",
    "deleted",
    "property",
    "front-matter",
)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of text and where it came from.

    Attributes:
        text: the text rules see (inline mark-up removed).
        index: 0-based position among the document's paragraphs.
        section: the heading path above it; for a heading, including itself.
        role: ``heading``, ``body``, ``list``, ``table`` or ``quote``.
        part: see :data:`PARTS`.
        level: heading level (1 = top), 0 for other paragraphs.
        anchors: ``(text_offset, source_offset)`` pairs, sorted, the first at text
            offset 0; between anchors text and source advance together. Empty when
            the format has no source text (Word).
        attrs: format-specific facts, such as a comment's author or a Word style.
    """

    text: str
    index: int
    section: tuple[str, ...] = ()
    role: str = "body"
    part: str = "body"
    level: int = 0
    anchors: tuple[tuple[int, int], ...] = ()
    attrs: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @property
    def is_heading(self) -> bool:
        return self.role == "heading"

    def source_offset(self, text_offset: int) -> int | None:
        """Map a character offset in :attr:`text` to one in the source file."""
        anchors = self.anchors
        if not anchors:
            return None
        # Asked for every finding's start and end (tens of thousands in a long file):
        # looked up without a list of the anchors' offsets made each time.
        i = bisect.bisect_right(anchors, text_offset, key=_FIRST) - 1 if len(anchors) > 1 else 0
        t0, s0 = anchors[max(i, 0)]
        return s0 + (text_offset - t0)


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and everything under it, down to the next heading of its level or above."""

    title: str
    level: int
    path: tuple[str, ...]
    heading: Paragraph | None
    paragraphs: tuple[Paragraph, ...]

    @property
    def body(self) -> tuple[Paragraph, ...]:
        return tuple(p for p in self.paragraphs if not p.is_heading)

    def word_count(self) -> int:
        return sum(len(p.text.split()) for p in self.body)


@dataclass
class Document:
    """A readable document: the only thing rules look at."""

    path: str
    kind: str
    format: str
    paragraphs: list[Paragraph]
    metadata: dict[str, Any] = field(default_factory=dict)
    source: str | None = None
    content: Any = None
    positions: Any = None  # YAML positions of structured content, if any
    _line_starts: list[int] | None = field(default=None, repr=False)
    _sections: list[Section] | None = field(default=None, repr=False)
    #: How the kind was decided ("option", "front matter", "config", "title", "file name",
    #: "headings", "default") and, for a guess, whether the evidence was weak.
    kind_source: str = ""
    kind_weak: bool = False
    #: Results worked out once per document (the element layer's findings).
    cache: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)

    # -- views ---------------------------------------------------------------

    def body(self) -> Iterator[Paragraph]:
        """Paragraphs of running text (not headings, not hidden parts)."""
        return (p for p in self.paragraphs if p.part == "body" and not p.is_heading)

    def headings(self) -> Iterator[Paragraph]:
        return (p for p in self.paragraphs if p.is_heading and p.part == "body")

    def sections(self) -> list[Section]:
        """Every heading's section, in document order."""
        if self._sections is None:
            body = [p for p in self.paragraphs if p.part == "body"]
            out: list[Section] = []
            for i, p in enumerate(body):
                if not p.is_heading:
                    continue
                j = i + 1
                while j < len(body) and not (body[j].is_heading and body[j].level <= p.level):
                    j += 1
                out.append(Section(p.text, p.level, p.section, p, tuple(body[i:j])))
            self._sections = out
        return self._sections

    def word_count(self) -> int:
        return sum(len(p.text.split()) for p in self.body())

    def title_heading(self) -> Paragraph | None:
        """The heading that titles the whole document, if there is one.

        That is the first heading when no later heading is at its level or above:
        "# The story of Adult A" over "## Introduction", "## Findings"... Its
        section holds everything, so section rules must not count it.
        """
        heads = list(self.headings())
        if heads and all(h.level > heads[0].level for h in heads[1:]):
            return heads[0]
        return None

    @property
    def title(self) -> str:
        t = self.metadata.get("title")
        if t:
            return str(t)
        first = next(self.headings(), None)
        return first.text if first else ""

    # -- positions -----------------------------------------------------------

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a source offset."""
        if self._line_starts is None:
            src = self.source or ""
            self._line_starts = [0] + [m.end() for m in re.finditer("\n", src)]
        i = bisect.bisect_right(self._line_starts, offset) - 1
        return i + 1, offset - self._line_starts[i] + 1

    def locate(
        self, para: Paragraph | None = None, start: int = 0, end: int | None = None
    ) -> Location:
        """A :class:`Location` for ``para.text[start:end]`` (or the whole document)."""
        if para is None:
            return Location(file=self.path)
        if end is None:
            end = len(para.text)
        s_off = para.source_offset(start)
        if s_off is None and self.source is not None and "field" in para.attrs:
            # Structured content: point at the YAML field the paragraph came from.
            at = self.locate_field(para.attrs["field"])
            return Location(
                file=self.path,
                line=at.line,
                column=at.column,
                section=para.section,
                paragraph=para.index,
                part=para.part,
            )
        if s_off is None or self.source is None:
            # Formats without offsets may still know the line (a web page's element).
            line = para.attrs.get("line")
            return Location(
                file=self.path,
                line=line if isinstance(line, int) else None,
                section=para.section,
                paragraph=para.index,
                part=para.part,
            )
        # The end is mapped from the last character so that an anchor jump just
        # after the match does not stretch it.
        e_off = para.source_offset(max(end - 1, start)) + (1 if end > start else 0)
        line, col = self.line_col(s_off)
        end_line, end_col = self.line_col(e_off)
        return Location(
            file=self.path,
            line=line,
            column=col,
            end_line=end_line,
            end_column=end_col,
            offset=s_off,
            length=e_off - s_off,
            section=para.section,
            paragraph=para.index,
            part=para.part,
        )

    def locate_field(self, loc: tuple) -> Location:
        """Where a field of structured content is written in its YAML source."""
        from .yamlsafe import position

        pos = position(self.source, loc) if self.source else None
        section = tuple(str(x) for x in loc)
        if pos is None:
            return Location(file=self.path, section=section)
        return Location(file=self.path, line=pos[0], column=pos[1], section=section)

    def locate_section(self, section: Section | None) -> Location:
        """Where to point a finding about a section: its heading, else the document."""
        if section is None or section.heading is None:
            return self.locate(None)
        return self.locate(section.heading)


class DocumentBuilder:
    """Collects paragraphs in reading order and keeps the heading path.

    Every reader uses this, so heading paths and indexes mean the same in all formats.
    """

    def __init__(self, path: str, fmt: str, source: str | None = None) -> None:
        self.path = path
        self.format = fmt
        self.source = source
        self.paragraphs: list[Paragraph] = []
        self._stack: list[tuple[int, str]] = []

    @property
    def section(self) -> tuple[str, ...]:
        return tuple(t for _, t in self._stack)

    def heading(self, text: str, level: int, anchors=(), **attrs: Any) -> Paragraph:
        text, anchors = _collapse_spaces(text, tuple(anchors))
        while self._stack and self._stack[-1][0] >= level:
            self._stack.pop()
        self._stack.append((level, text))
        return self._add(text, "heading", "body", level, anchors, attrs)

    def paragraph(
        self, text: str, role: str = "body", part: str = "body", anchors=(), **attrs: Any
    ) -> Paragraph | None:
        if not text.strip():
            return None
        return self._add(text, role, part, 0, anchors, attrs)

    def _add(self, text, role, part, level, anchors, attrs) -> Paragraph:
        p = Paragraph(
            text=text,
            index=len(self.paragraphs),
            section=self.section,
            role=role,
            part=part,
            level=level,
            anchors=tuple(anchors),
            attrs=dict(attrs),
        )
        self.paragraphs.append(p)
        return p

    def build(self, kind: str, metadata: dict | None = None, **kw: Any) -> Document:
        return Document(
            path=self.path,
            kind=kind,
            format=self.format,
            paragraphs=_nest_series(self.paragraphs),
            metadata=dict(metadata or {}),
            source=self.source,
            **kw,
        )


_WORD_NUMBER = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
)
#: A heading that is one of a numbered series: "Theme one: ...", "Finding 2 - ...",
#: "Learning point 3", "Key practice episode 4". Group 1 names the series.
_SERIES = re.compile(
    r"^\s*((?:key |main |emerging )?(?:theme|finding|learning (?:point|theme)|lesson|"
    r"practice episode|episode|area (?:of|for) (?:learning|practice|focus)|issue|"
    r"question|priority)s?)\s+(?:\d{1,2}|" + _WORD_NUMBER + r"|[ivx]{1,4}|[a-h])\b",
    re.I,
)


def _series(p: Paragraph) -> str | None:
    m = _SERIES.match(p.text) if p.is_heading else None
    return m.group(1).lower() if m else None


def _nest_series(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Put a numbered series of headings under the empty heading just before it.

    Authors who type headings by hand, or give every heading one style, write
    "Findings" and then "Theme one: ...", "Theme two: ..." all at one level, so the
    findings section looks empty and its themes look like separate sections. When a
    heading has no text of its own and the headings after it at its level form a series
    (two or more sharing "Theme", "Finding", "Learning point" and the like), the series
    and everything under it move one level down, until the series ends.
    """
    out = list(paragraphs)
    i = 0
    while i < len(out) - 2:
        parent = out[i]
        first = out[i + 1]
        name = _series(first)
        if not (
            parent.is_heading and first.level == parent.level and name and _series(parent) != name
        ):
            i += 1
            continue
        # The run: from ``first`` to the next heading at this level (or above) that is
        # not one of the series.
        end, members = i + 1, 0
        while end < len(out):
            p = out[end]
            if p.is_heading and p.level <= parent.level:
                if _series(p) != name:
                    break
                members += 1
            end += 1
        if members < 2:
            i += 1
            continue
        for j in range(i + 1, end):
            p = out[j]
            # Everything in the run sits below the parent's own parent, so its path is
            # the parent's path followed by the rest of its own.
            path = parent.section + p.section[len(parent.section) - 1 :]
            out[j] = dataclasses.replace(p, level=p.level + 1 if p.is_heading else 0, section=path)
        i = end
    return out


def _collapse_spaces(
    text: str, anchors: tuple[tuple[int, int], ...]
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``" ".join(text.split())``, with anchors that still point at each character's source.

    A heading's spaces are collapsed ("Meeting with  Mrs  B"); without new anchors
    every position after the first double space would point a few characters early.
    """
    collapsed = " ".join(text.split())
    if collapsed == text or not anchors:
        return collapsed, anchors
    keys = [a[0] for a in anchors]
    out: list[tuple[int, int]] = []
    k = 0
    prev_space = True  # drops leading whitespace
    for j, ch in enumerate(text):
        space = ch.isspace()
        if space and prev_space:
            continue
        prev_space = space
        if k >= len(collapsed):
            break  # trailing whitespace
        i = bisect.bisect_right(keys, j) - 1
        t0, s0 = anchors[max(i, 0)]
        src = s0 + (j - t0)
        if not out or out[-1][1] + (k - out[-1][0]) != src:
            out.append((k, src))
        k += 1
    return collapsed, tuple(out)
