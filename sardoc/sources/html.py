"""Web pages (.html): reviews and briefings published on a board's website.

Headings come from ``h1``-``h6``; paragraphs from ``p``, list items, table cells,
block quotes and definition lists. Scripts, styles, navigation, forms and other page
furniture are not text a reader of the review sees, so they are left out. A page
sardoc rendered declares its kind and cleared names in ``<meta name="keywords">``
(see :mod:`sardoc.declared`). lxml parses the page without fetching anything.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree
from lxml import html as lh

from ..declared import from_keywords
from ..document import Document, DocumentBuilder, canonical_kind, unknown_kind
from ..errors import InputError
from . import decode_text

_SKIP = frozenset(
    {"script", "style", "nav", "form", "noscript", "template", "button", "select", "svg", "head"}
)
_BLOCKS = {
    "p": "body",
    "li": "list",
    "td": "table",
    "th": "table",
    "blockquote": "quote",
    "dd": "body",
    "dt": "body",
    "figcaption": "body",
    "pre": "body",
}
_HEADINGS = {f"h{n}": n for n in range(1, 7)}


def read(path: Path, data: bytes) -> Document:
    text = decode_text(path, data)
    try:
        root = lh.document_fromstring(
            text, parser=lh.HTMLParser(no_network=True, remove_comments=True)
        )
    except (etree.ParserError, ValueError):
        raise InputError("not a readable web page", str(path)) from None
    builder = DocumentBuilder(str(path), "html")
    _walk(root.find("body") if root.find("body") is not None else root, builder)
    meta = {}
    for m in root.iter("meta"):
        if (m.get("name") or "").lower() == "keywords":
            meta = from_keywords(m.get("content") or "")
    title = (root.findtext(".//title") or "").strip()
    metadata = {k: v for k, v in meta.items() if k in ("allow", "pseudonyms")}
    if title:
        metadata["title"] = title
    declared = meta.get("kind")
    kind = canonical_kind(declared) if declared else ""
    if kind is None:
        raise InputError(f"keywords: {unknown_kind(declared)}", str(path))
    doc = builder.build(kind, metadata)
    if kind:
        doc.kind_source = "document properties"
    return doc


def _walk(el, builder: DocumentBuilder) -> None:
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in _SKIP or not tag:
            continue
        if tag in _HEADINGS:
            text = " ".join(child.text_content().split())
            if text:
                builder.heading(text, _HEADINGS[tag], line=child.sourceline)
        elif tag in _BLOCKS and not _has_blocks(child):
            text = " ".join(child.text_content().split())
            builder.paragraph(text, role=_BLOCKS[tag], line=child.sourceline)
        else:
            _walk(child, builder)


def _has_blocks(el) -> bool:
    """Whether ``el`` holds other blocks (a list item with paragraphs in it)."""
    return any(
        isinstance(d.tag, str) and (d.tag in _BLOCKS or d.tag in _HEADINGS)
        for d in el.iterdescendants()
    )
