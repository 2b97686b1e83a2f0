"""Word drafts (.docx), read straight from the zip package with lxml.

The reader shows rules what a publisher would publish, including the places a
person can overlook (issue 3, "hidden places"): the body in reading order
(headings from paragraph styles or layout, tables, lists, text boxes, content controls and
tracked insertions), then headers, footers, footnotes, endnotes, comments, text
deleted with tracked changes, and document properties, each as its own ``part``.

python-docx is not used: it drops tracked insertions and content-control text,
which are exactly where names get typed, and it is slow to import. The package is
untrusted input, so XML is parsed without entities or network access, a DOCTYPE is
refused, and decompression is capped against zip bombs (:mod:`.package`, the one way
into a Word package, which annotate and redact use too).

The reader's jobs, one module each: :mod:`.package` (zip and XML limits, namespaces),
:mod:`.styles` and :mod:`.headings` (heading levels from styles, outline levels and
layout), :mod:`.body` (the body in reading order), :mod:`.hidden` (headers, footers,
notes, comments, deletions) and :mod:`.properties` (document properties, declared
kind, what the package carries).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ...declared import from_keywords
from ...document import Document, DocumentBuilder
from ...errors import InputError
from .body import Reader, document_body
from .headings import Layout
from .package import MAX_PART_BYTES, MAX_PARTS, MAX_TOTAL_BYTES, Package
from .properties import kind_of, package_contents, read_properties
from .styles import Styles

__all__ = ["MAX_PARTS", "MAX_PART_BYTES", "MAX_TOTAL_BYTES", "Package", "read", "read_for_editing"]


def read(path: Path, data: bytes) -> Document:
    """Read a .docx package into a :class:`Document`.

    Args:
        path: the file's path, used in messages and as the document's path.
        data: the file's bytes.

    Returns:
        Body paragraphs in reading order, then headers, footers, footnotes,
        endnotes, comments, deleted text and document properties, each with its
        ``part``. Body paragraphs carry ``attrs["style"]``; a footnote, endnote,
        comment or deleted piece carries ``attrs["of"]``, the index of the paragraph
        it belongs to (for a paragraph deleted whole, the one before it). Metadata has
        ``title``, ``author`` and ``last_modified_by`` from the core properties when
        set, and ``people``: ``{"name", "where"}`` for each distinct tracked-change
        author, comment author and person named in the properties, in that order.

    Raises:
        InputError: the file is not a readable .docx package.
    """
    return _read(path, data, keep_nodes=False)[0]


def read_for_editing(path: Path, data: bytes) -> tuple[Document, Package]:
    """Read a .docx package as :func:`read` does, keeping the XML behind the text.

    For ``sardoc redact``. Every paragraph carries ``attrs["nodes"]``: the elements
    its text was read from, in order (``w:t``, ``w:delText``, ``w:tab``... or a
    property's element), so that ``"".join`` of their text, stripped, is the
    paragraph's text. The package keeps every part it parsed (``parsed``, by
    lower-case part name); editing those trees and writing them back edits the file.
    """
    return _read(path, data, keep_nodes=True)


def _read(path: Path, data: bytes, keep_nodes: bool) -> tuple[Document, Package]:
    package = Package(data, str(path))
    document = package.xml("word/document.xml")
    if document is None:
        raise InputError("not a Word document: the package has no word/document.xml", str(path))
    body = document_body(document, str(path))
    styles = Styles(package.xml("word/styles.xml"))
    reader = Reader(DocumentBuilder(str(path), "docx"), styles, Layout(styles, body), keep_nodes)

    reader.blocks(body, "body")
    reader.people_in(document)
    for name, part in (("header", "header"), ("footer", "footer")):
        for root in package.numbered_xml(f"word/{name}", ".xml"):
            reader.people_in(root)
            reader.hidden(root, part)
    for name, part in (("word/footnotes.xml", "footnote"), ("word/endnotes.xml", "endnote")):
        root = package.xml(name)
        if root is not None:
            reader.people_in(root)
            reader.notes(root, part)
    comments = package.xml("word/comments.xml")
    if comments is not None:
        reader.people_in(comments)
        reader.comments(comments)
    reader.deleted()
    properties = read_properties(
        reader,
        package.xml("docProps/core.xml"),
        package.xml("docProps/app.xml"),
        package.xml("docProps/custom.xml"),
    )

    metadata: dict[str, Any] = {
        key: properties[key] for key in ("title", "author", "last_modified_by") if key in properties
    }
    metadata["people"] = [{"name": n, "where": w} for n, w in reader.people]
    # Names a document declares for itself (sardoc writes these into the Word files it
    # renders), as Markdown front matter does with ``allow:`` and ``pseudonyms:``.
    declared = from_keywords(properties.get("keywords", ""))
    for key in ("allow", "pseudonyms"):
        if value := properties.get(f"sardoc-{key}"):
            metadata[key] = [v.strip() for v in value.split(";") if v.strip()]
        elif key in declared:
            metadata[key] = declared[key]
    metadata["package"] = package_contents(package)
    return reader.builder.build(kind_of(properties, str(path)), metadata), package
