"""Run rules over a document."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice

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
            found_here = KINDS[rule.kind].check(document, rule, ctx)
            # The scope's limit is applied here, once, for every kind that honours it.
            found.extend(islice(found_here, rule.scope.limit or None))
    found.sort(key=Finding.sort_key)
    return found
