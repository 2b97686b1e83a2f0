"""Run rules over a document."""

from __future__ import annotations

from collections.abc import Iterable

from ..document import Document
from ..findings import Finding
from .conditions import holds
from .context import RunContext
from .registry import KINDS
from .schema import Rule


def run(document: Document, rules: Iterable[Rule], ctx: RunContext | None = None) -> list[Finding]:
    """Every finding of every rule that applies to the document's kind, sorted.

    ``ctx`` collects the check's notices and shared work; give one to read them
    afterwards, or to share a cache between two runs over the same document.
    """
    ctx = ctx if ctx is not None else RunContext()
    found: list[Finding] = []
    for rule in rules:
        if document.kind in rule.applies_to and holds(rule.when, document, ctx):
            found.extend(KINDS[rule.kind].check(document, rule, ctx))
    found.sort(key=Finding.sort_key)
    return found
