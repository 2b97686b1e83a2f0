"""Structured review content (review.yaml): validated, then read as its outline.

The review is checked with the very rules that check drafts (CONVENTIONS.md,
"the one picture"), plus the rules that look at fields (``required_field``).
"""

from __future__ import annotations

from pathlib import Path

from ..content import parse_review, to_document
from ..document import Document
from . import decode_text


def read(path: Path, data: bytes) -> Document:
    text = decode_text(path, data)
    review = parse_review(text, str(path))
    return to_document(review, str(path), text)
