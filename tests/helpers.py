"""Helpers for tests: documents made from Markdown text, rules made from dicts."""

from __future__ import annotations

from pathlib import Path

from sardoc.document import Document
from sardoc.rules.schema import Rule
from sardoc.sources import markdown

ROOT = Path(__file__).resolve().parent.parent


def make_document(text: str, kind: str = "sar-report", path: str = "draft.md") -> Document:
    doc = markdown.read(Path(path), text.encode("utf-8"))
    doc.kind = kind
    return doc


def make_rule(kind: str, params: dict, **over) -> Rule:
    """A rule of the given kind, validated like a rule file."""
    from sardoc.rules.loader import validate_rule

    data = {
        "id": "TST-001",
        "name": "test.rule",
        "kind": kind,
        "severity": "warning",
        "applies_to": ["sar-report"],
        "source": "test",
        "message": "found {match}",
        "params": params,
        **over,
    }
    return validate_rule(data, "", "TST-001.yaml")
