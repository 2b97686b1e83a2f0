"""Helpers for the identifiable-data tests."""

from __future__ import annotations

from pathlib import Path

from sardoc.identify import detect, find_identifiers
from sardoc.sources import markdown


def found(text: str, entity: str | None = None) -> list[str]:
    """The texts of spans found in ``text`` (of one entity, if given)."""
    return [s.text for s in detect(text) if entity is None or s.entity == entity]


def read(text: str, name: str = "d.md"):
    """``text`` read as a Markdown file called ``name``."""
    return markdown.read(Path(name), text.encode("utf-8"))


def entities(text: str) -> dict[str, set[str]]:
    """Each name found in ``text`` (read as Markdown) and the entities it was found as."""
    out: dict[str, set[str]] = {}
    for h in find_identifiers(read(text)):
        out.setdefault(h.span.text, set()).add(h.span.entity)
    return out
