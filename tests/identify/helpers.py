"""Helpers for the identifiable-data tests."""

from __future__ import annotations

from sardoc.identify import detect


def found(text: str, entity: str | None = None) -> list[str]:
    """The texts of spans found in ``text`` (of one entity, if given)."""
    return [s.text for s in detect(text) if entity is None or s.entity == entity]
