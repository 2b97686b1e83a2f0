"""Run rules over a document."""

from __future__ import annotations

from collections.abc import Iterable

from ..document import Document
from ..findings import Finding
from .registry import KINDS
from .schema import Rule


def run(document: Document, rules: Iterable[Rule]) -> list[Finding]:
    """Every finding of every rule that applies to the document's kind, sorted."""
    found: list[Finding] = []
    for rule in rules:
        if document.kind in rule.applies_to:
            found.extend(KINDS[rule.kind].check(document, rule))
    found.sort(key=Finding.sort_key)
    return found
