"""Markdown and plain text: identifiers replaced in the source text, nothing else changed."""

from __future__ import annotations

from ..document import Document


def redact(data: bytes, document: Document, plan) -> bytes:
    # The reader's decoded source (UTF-8, UTF-16 or Windows-1252); written back as UTF-8.
    return plan.apply(document.source or "").encode("utf-8")
