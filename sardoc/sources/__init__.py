"""Readers: one per file format, each turning a file into a :class:`Document`.

Nothing outside this package knows about file formats. A reader is a function
``read(path: Path, data: bytes) -> Document``; it may leave ``kind`` empty when the
file does not say, and :func:`read_document` then decides.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..document import Document, canonical_kind, unknown_kind
from ..errors import InputError

#: File suffix -> module in this package. Modules are imported on first use, so
#: checking a Markdown file never loads the Word reader.
READERS: dict[str, str] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
    ".docx": "docx",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".xlsx": "xlsx",
    ".yaml": "content",
    ".yml": "content",
}

#: Largest input read, in bytes (a 30,000-word report is well under 2 MB as text).
MAX_BYTES = 50 * 1024 * 1024


def reader_for(path: Path) -> Callable[[Path, bytes], Document]:
    suffix = path.suffix.lower()
    if suffix not in READERS:
        known = ", ".join(sorted(READERS))
        raise InputError(
            f"unknown file type '{suffix or path.name}' (sardoc reads {known})", str(path)
        )
    from ..recache import import_module

    return import_module(f"{__name__}.{READERS[suffix]}").read


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"file too large ({size} bytes; the limit is {max_bytes})", str(path))
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", str(path)) from None
    except IsADirectoryError:
        raise InputError("is a folder", str(path)) from None
    except PermissionError:
        raise InputError("permission denied", str(path)) from None
    if not data.strip():
        raise InputError("empty file", str(path))
    return data


def read_document(path: Path, kind: str | None = None, max_bytes: int = MAX_BYTES) -> Document:
    """Read any supported file; ``kind`` overrides what the file says or suggests."""
    read = reader_for(path)
    return settle_kind(read(path, read_bytes(path, max_bytes)), path, kind)


def settle_kind(
    doc: Document, path: Path, kind: str | None = None, source: str = "option"
) -> Document:
    """Give ``doc`` its kind: ``kind`` if given, else what the file says, else a guess.

    ``doc.kind_source`` says how it was decided, so the report can say which kind was
    assumed and why ("checked as a 7-minute briefing: title").
    """
    if kind:
        named = canonical_kind(kind)
        if named is None:
            raise InputError(unknown_kind(kind))
        if hasattr(doc.content, "adult") and named != doc.kind:
            # Structured content has an outline per kind: build the one asked for.
            from ..content import to_document

            doc = to_document(doc.content, doc.path, doc.source, named)
        doc.kind, doc.kind_source, doc.kind_weak = named, source, False
    elif not doc.kind:
        from ..elements.kind import guess

        g = guess(doc, path.name)
        doc.kind, doc.kind_source, doc.kind_weak = g.kind, g.reason, g.weak
    elif not doc.kind_source:
        doc.kind_source = "declared in the file"
    return doc


def decode_text(path: Path, data: bytes) -> str:
    """The text of a text file: UTF-8, UTF-16 with a byte-order mark, or Windows-1252.

    Drafts come from many agencies' machines: Notepad and older Word "save as text"
    write UTF-16 or Windows-1252, so both are read rather than refused. Anything
    else (binary data, a renamed file) is refused with the line where it goes wrong.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                raise InputError(f"not valid {codec.upper()} text", str(path)) from None
    if b"\x00" in data[:4096]:
        raise InputError("binary data, not text (is it a renamed file?)", str(path))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        first_bad = e.start
    try:
        # Windows-1252 leaves five bytes undefined, so binary data rarely passes.
        return data.decode("cp1252")
    except UnicodeDecodeError:
        line = data[:first_bad].count(b"\n") + 1
        raise InputError(
            "not text in a known encoding (save it as UTF-8)", str(path), line
        ) from None


_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
