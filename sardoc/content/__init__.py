"""Structured review content: the pydantic models, loading, and the Document view."""

from __future__ import annotations

from pydantic import ValidationError

from .. import yamlsafe
from ..errors import ContentError, Problem
from .document import OUTLINES, to_document
from .models import Review, cross_check


def parse_review(text: str, path: str) -> Review:
    """Validate review content; every problem is reported at once, each at its line."""
    data = yamlsafe.load(text, path)
    if not isinstance(data, dict):
        raise ContentError("review content must be a mapping of names to values", path, 1)
    try:
        review = Review.model_validate(data)
    except ValidationError as e:
        raise ContentError(problems=yamlsafe.validation_problems(e, text, path)) from None
    problems = []
    for loc, message in cross_check(review):
        pos = yamlsafe.position(text, loc)
        dotted = ".".join(str(x) for x in loc)
        problems.append(Problem(f"{dotted}: {message}", path, *(pos or (None, None))))
    if problems:
        raise ContentError(problems=problems)
    return review


def load_review(path) -> Review:
    from pathlib import Path

    return parse_review(yamlsafe.read_text(Path(path), "review file"), str(path))


__all__ = ["OUTLINES", "Review", "load_review", "parse_review", "to_document"]
