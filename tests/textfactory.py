"""Type a Markdown document out as plain text, the ways authors head sections in a .txt file.

The parity benchmark and tests use it to ask whether the plain-text reader finds the same
headings, and so the same findings, as the Markdown reader does:

    text = as_plain_text(markdown, "caps")

Shapes (how each Markdown heading is typed):

- ``caps``: the heading in capitals on a line of its own;
- ``underline``: the heading underlined with ``=`` (the title) or ``-`` (the rest);
- ``numbered``: the heading numbered by its place ("2.", "2.1") unless it already is;
- ``plain``: the heading as written, on a line of its own, nothing more.

The body is kept with its inline markup removed: bold, italics, code and links become
their text; a table's rows become lines with their cells two spaces apart, except a
panel (a short title cell beside a passage of prose), typed as the title on its own line
over its text; front matter is dropped (the kind is given to the checker instead).
"""

from __future__ import annotations

import re

SHAPES = ("caps", "underline", "numbered", "plain")

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_NUMBERED = re.compile(r"^\s*(\d+(\.\d+)*\.?|[A-Z]\.|[IVX]+\.|(Part|Section|Appendix|Annex)\b)")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def _inline(text: str) -> str:
    text = _LINK.sub(r"\1", text)
    for _ in range(2):  # bold around italics
        text = _EMPHASIS.sub(r"\2", text)
    return text


def _is_panel(title: str, text: str) -> bool:
    """A two-cell row that titles a passage of prose, not a row of data."""
    return len(title.split()) <= 8 and len(text.split()) >= 15


def _front_matter(lines: list[str]) -> list[str]:
    if lines and lines[0].strip() == "---":
        for i, line in enumerate(lines[1:], 1):
            if line.strip() == "---":
                return lines[i + 1 :]
    return lines


def as_plain_text(markdown: str, shape: str) -> str:
    """``markdown`` typed as plain text with its headings in ``shape``."""
    if shape not in SHAPES:
        raise ValueError(f"unknown shape {shape!r}; known: {', '.join(SHAPES)}")
    out: list[str] = []
    counters = [0] * 6
    for line in _front_matter(markdown.splitlines()):
        m = _HEADING.match(line)
        if not m:
            if _RULE.match(line):
                continue
            if line.lstrip().startswith("|"):
                cells = [_inline(c.strip()) for c in line.strip().strip("|").split("|")]
                cells = [c for c in cells if c]
                if len(cells) == 2 and _is_panel(*cells):
                    # A panel ("1. Background" | its text) is typed as a title over its text.
                    out.extend(["", cells[0], "", cells[1], ""])
                else:
                    out.append("  ".join(cells))
                continue
            out.append(_inline(line))
            continue
        level, text = len(m.group(1)), _inline(m.group(2))
        if shape == "caps":
            typed = [text.upper()]
        elif shape == "underline":
            typed = [text, ("=" if level == 1 else "-") * max(3, len(text))]
        elif shape == "numbered" and level > 1 and not _NUMBERED.match(text):
            # The title stays unnumbered; ## is "1.", ### "1.1", as authors number them.
            depth = level - 1
            counters[depth - 1] += 1
            counters[depth:] = [0] * (6 - depth)
            number = ".".join(str(max(c, 1)) for c in counters[:depth])
            typed = [f"{number}{'.' if depth == 1 else ''} {text}"]
        else:
            typed = [text]
        # A heading stands alone: a blank line above and below it.
        if out and out[-1].strip():
            out.append("")
        out.extend(typed)
        out.append("")
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).rstrip() + "\n"
