"""Headings an author typed by hand: numbering, "Section 5", "Part Two", contents lines.

Shared by the Word and plain-text readers, so that a report reads the same whether
its headings are styled, bold, larger or plain lines (issue 13, item 1).
"""

from __future__ import annotations

import re

from ..lazyre import lazy_compile

#: "5.", "5.2", "5.2.1." or "5)" before the words of a heading (at most three digits,
#: so that a year such as "2022 was hard" is not read as numbering).
_NUMBERED = lazy_compile(r"^\s*(\d{1,3}(?:\.\d{1,3})*)(?:\.|\))?\s+\S")
_WORD_NUMBERS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
)
#: "Section 5", "Part Two", "Chapter 3", "Appendix B", "Annex iv".
_KEYWORD = lazy_compile(
    rf"^\s*(?:section|part|chapter|appendix|annex)\s+"
    rf"(\d{{1,3}}(?:\.\d{{1,3}})*|{_WORD_NUMBERS}|[ivxlc]{{1,6}}|[a-z])\b[.:]?(\s|$)",
    re.I,
)
#: A contents line ends in a page number after a tab or dotted leader...
_LEADER_PAGE = lazy_compile(r"\S(?:\t+|\s*(?:\.{2,}|…+|·{2,})\s*)\d{1,3}\s*$")
#: ...or, when it starts with numbering, after a space ("8 Good practice 14").
_NUMBERED_PAGE = lazy_compile(r"^\s*\d{1,3}(?:\.\d{1,3})*\.?\s+\D.*\s\d{1,3}\s*$")
#: The most words a wholly bold line may have and still be a heading, in Word and in
#: Markdown alike: findings headings run to 18 or 20 words ("Finding 1: ...").
MAX_BOLD_HEADING_WORDS = 20


def reads_as_panel_text(text: str) -> bool:
    """Whether a table cell's text is prose, as a panel's text is (a sentence or more),
    not a column heading or a datum ("Role", "The Board", "May 2026")."""
    t = text.strip().rstrip("*_ ")
    return len(t.split()) >= 3 and t[-1:] in ".?!"


#: The most words a bold run-in title may have ("How agencies worked together.").
MAX_LEAD_WORDS = 8


def lead_title(bold: str, rest: str) -> str | None:
    """The run-in title of a paragraph that opens with ``bold`` text followed by ``rest``.

    Reports often title a paragraph in bold at its start, in Word and in Markdown alike:
    "**Working together.** The protocol was never started." The bold words are a title
    when they are few, are closed by a full stop, colon or dash (inside the bold or just
    after it), and a sentence follows; otherwise they are emphasis.
    """
    title, after = bold.strip(), rest.lstrip()
    if not title or not after:
        return None
    if title[-1] in ".:–—-":
        title, stop = title[:-1].rstrip(), title[-1]
    elif after[0] in ".:–—-":
        after, stop = after[1:].lstrip(), after[0]
    else:
        return None
    if not title[:1].isupper() or len(title.split()) > MAX_LEAD_WORDS or not after:
        return None
    # After a full stop a new sentence starts; after a colon or a dash it may run on.
    return title if stop != "." or after[:1].isupper() or after[:1] in "\"'‘“" else None


#: Closing punctuation that makes a line a sentence or a lead-in, not a heading.
SENTENCE_END = ".,;:!"


def numbering_depth(text: str) -> int:
    """The depth of hand-typed heading numbering ("5." is 1, "5.2" is 2), or 0 if none.

    "Section 5", "Part Two" and the like are depth 1 ("Section 5.2" is 2).
    """
    m = _KEYWORD.match(text)
    if m:
        number = m.group(1)
        return number.count(".") + 1 if number[0].isdigit() else 1
    m = _NUMBERED.match(text)
    return m.group(1).count(".") + 1 if m else 0


def is_contents_line(text: str) -> bool:
    """A line of a table of contents: a title followed by its page number."""
    if _KEYWORD.match(text) and not _LEADER_PAGE.search(text):
        return False  # "Section 5" ends in a number but is a heading
    return bool(_LEADER_PAGE.search(text) or _NUMBERED_PAGE.match(text))


def in_capitals(text: str) -> bool:
    """Every letter is a capital (and there are at least two letters)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


class LineLevels:
    """Levels of headings that carry none of their own: bold lines, in Word and Markdown.

    Hand-typed numbering gives its depth ("5." is 1, "5.2" is 2, "Part Two" is 1);
    an unnumbered line sits one level below the last heading that had a level of its own
    (a style, a ``#``, a type size, the title, or numbering at the top level: "2.", not
    "2.1"). An unnumbered first heading is the title (level 1), and numbered headings
    then sit one level below it, as ``# Title`` / ``## 1. Introduction`` do. One rule for
    both readers, so that a report of bold lines has the same sections in either format.
    """

    __slots__ = ("offset", "anchor")

    def __init__(self) -> None:
        self.offset: int | None = None  # set by the first heading of any kind
        self.anchor = 0  # level of the last heading with a level of its own

    def own(self, text: str, level: int) -> None:
        """A heading with a level of its own: it anchors the lines after it."""
        if self.offset is None:
            self.offset = 0 if numbering_depth(text) else 1
        self.anchor = level

    def line(self, text: str) -> int:
        """The level of a heading typed as a bold line."""
        depth = numbering_depth(text)
        if self.offset is None:
            self.offset = 0 if depth else 1
            if not depth:
                self.anchor = 1  # the title
                return 1
        if depth:
            level = min(9, depth + self.offset)
            if depth == 1:
                # Only a top-level number anchors a line: one after "2.1" is read as its
                # sibling, one after "2." as the first heading inside it.
                self.anchor = level
            return level
        return min(9, self.anchor + 1)
