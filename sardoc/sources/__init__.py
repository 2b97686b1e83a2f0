"""Readers: one per file format, each turning a file into a :class:`Document`.

Nothing outside this package knows about file formats. A reader is a function
``read(path: Path, data: bytes) -> Document``; it may leave ``kind`` empty when the
file does not say, and :func:`read_document` then decides.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path

from ..document import DOCUMENT_KINDS, Document, infer_kind
from ..errors import InputError

#: File suffix -> module in this package. Modules are imported on first use, so
#: checking a Markdown file never loads the Word reader.
READERS: dict[str, str] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
    ".docx": "docx",
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
    return import_module(f"{__name__}.{READERS[suffix]}").read


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"file too large ({size} bytes; the limit is {MAX_BYTES})", str(path))
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


def read_document(path: Path, kind: str | None = None) -> Document:
    """Read any supported file; ``kind`` overrides what the file says or suggests."""
    read = reader_for(path)
    return settle_kind(read(path, read_bytes(path)), path, kind)


def settle_kind(doc: Document, path: Path, kind: str | None = None) -> Document:
    """Give ``doc`` its kind: ``kind`` if given, else what the file says, else a guess."""
    if kind:
        if kind not in DOCUMENT_KINDS:
            raise InputError(f"unknown document kind '{kind}'; known: {', '.join(DOCUMENT_KINDS)}")
        doc.kind = kind
    elif not doc.kind:
        doc.kind = infer_kind(doc.title, path.name)
    return doc


def decode_text(path: Path, data: bytes) -> str:
    """Text files are UTF-8 (a BOM is dropped); anything else is refused clearly."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:4096]:
        raise InputError("binary data, not text (is it UTF-16 or a renamed file?)", str(path))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise InputError("not UTF-8 text (save it as UTF-8)", str(path), line) from None
