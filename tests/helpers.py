"""Helpers for tests: documents made from Markdown text, rules made from dicts."""

from __future__ import annotations

import re
import zipfile
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


def undeclared_copy(src: Path, dst: Path) -> Path:
    """A Word file without the names its Keywords declare cleared or pseudonymous (the
    sample draft.docx carries draft.md's ``allow:`` there), for tests of other ways of
    clearing them (a board's sardoc.yaml, the web form)."""
    with zipfile.ZipFile(src) as z_in, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z_out:
        for item in z_in.infolist():
            data = z_in.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"; sardoc-allow:[^<]*", b"", data)
            z_out.writestr(item, data)
    return dst
