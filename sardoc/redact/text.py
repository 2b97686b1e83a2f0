"""Redacting Markdown and plain text: replace by character offsets in the source.

The readers keep, for every character a rule sees, its offset in the source file
(``Paragraph.anchors``), so each identifier is replaced where it is written and every
other byte of the file stays as it was: mark-up, line endings, spacing, a BOM.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from ..document import Document, Paragraph
from ..identify import Hit
from ..sources import decode_text, reader_for
from .plan import Placeholders

_BOM = b"\xef\xbb\xbf"


def redact(
    path: Path,
    data: bytes,
    choose: Callable[[Document], list[Hit]],
    names: Placeholders,
    stats: Counter,
) -> bytes:
    """The file's bytes with every chosen identifier replaced.

    Args:
        path: the input's path (its suffix picks the reader).
        data: the bytes to redact (the input, or the output of an earlier pass).
        choose: the identifiers to replace in a document read from ``data``.
        names: placeholders, shared by every pass.
        stats: counts to add to: ``elsewhere``, copies replaced outside the text
            rules see (and identifiers the reader could not place exactly).
    """
    document = reader_for(path)(path, data)
    source = decode_text(path, data)
    markdown = document.format == "markdown"
    hits = choose(document)
    names.prepare(h.span for h in hits)
    edits: list[tuple[int, int, str]] = []
    for hit in hits:
        placed = _source_edits(hit.paragraph, hit.span.start, hit.span.end, source)
        if placed is None:
            # Not where the reader says (a front-matter value YAML had to unquote):
            # its placeholder is still chosen, and the leftover pass below finds it.
            names.distinctive.setdefault(hit.span.text, names.text_for(hit.span, count=False))
            continue
        text = names.text_for(hit.span)
        for s, e, main in placed:
            edits.append((s, e, _fit(source, s, e, text, hit.paragraph, markdown) if main else ""))
    out = _apply(source, edits)
    out, n = _leftovers(out, names)
    stats["elsewhere"] += n
    prefix = _BOM if data.startswith(_BOM) else b""
    return prefix + out.encode("utf-8")


def _source_edits(
    para: Paragraph | None, start: int, end: int, source: str
) -> list[tuple[int, int, bool]] | None:
    """Source ranges holding ``para.text[start:end]``; the longest is marked main.

    An identifier whose characters are not together in the source (split by inline
    mark-up: ``Jane **Hughes**``) gets its placeholder in the longest piece, and the
    mark-up between the pieces stays, so bold stays bold. Returns None when the
    source does not hold exactly those characters with only mark-up between them.
    """
    if para is None or not para.anchors or end <= start:
        return None
    pieces: list[list[int]] = []  # [source start, source end]
    for i in range(start, end):
        off = para.source_offset(i)
        if off is None or off >= len(source):
            return None
        ch = para.text[i]
        if source[off] != ch and not (ch == " " and source[off].isspace()):
            return None  # a heading's tab reads as a space
        if pieces and (pieces[-1][1] == off or source[pieces[-1][1] : off].isspace()):
            pieces[-1][1] = off + 1  # spaces inside the identifier go with it
        else:
            if pieces and any(c.isalnum() for c in source[pieces[-1][1] : off]):
                return None  # letters between the pieces: an entity like &amp;
            pieces.append([off, off + 1])
    longest = max(range(len(pieces)), key=lambda k: pieces[k][1] - pieces[k][0])
    return [(s, e, k == longest) for k, (s, e) in enumerate(pieces)]


def _fit(source: str, s: int, e: int, text: str, para: Paragraph, markdown: bool) -> str:
    """The replacement as it must be written where it goes, meaning what it says.

    In front matter a value starting with "[" would read as a YAML list, so it is
    quoted (or, followed by more of the value, written without brackets). In
    Markdown "[Person 1]" just before "(", "[" or ":" would start a link or a link
    definition, so its bracket is escaped.
    """
    if not text.startswith("["):
        return text
    line_start = source.rfind("\n", 0, s) + 1
    before = source[line_start:s]
    if para.part == "front-matter":
        if before.rstrip().endswith((":", "-")) and not before.endswith(("'", '"')):
            line_end = source.find("\n", e)
            rest = source[e : line_end if line_end >= 0 else len(source)]
            if not rest.strip():
                return json.dumps(text, ensure_ascii=False)
            return text[1:-1]  # "Person 1, lead reviewer": a quote would end the value early
        return text
    if markdown and source[e : e + 1] in ("(", "[", ":"):
        return "\\" + text
    return text


def _apply(source: str, edits: list[tuple[int, int, str]]) -> str:
    """Replace non-overlapping ranges, last first so earlier offsets stay true."""
    out = source
    last = len(source) + 1
    for s, e, text in sorted(edits, key=lambda x: x[0], reverse=True):
        if e > last:  # overlaps an edit already made (cannot happen for resolved spans)
            continue
        out = out[:s] + text + out[e:]
        last = s
    return out


def _leftovers(text: str, names: Placeholders) -> tuple[str, int]:
    """Replace further copies of distinctive identifiers (link targets, HTML comments)."""
    pattern = names.leftovers()
    if pattern is None:
        return text, 0
    count = 0

    def sub(m) -> str:
        nonlocal count
        count += 1
        name = names.replacement(m.group(0))
        # In a link target ("mailto:...") a space or bracket would break the link.
        before = text[max(0, m.start() - 7) : m.start()]
        return quote(name) if before.endswith(("mailto:", "tel:", "/")) else name

    return pattern.sub(sub, text), count
