"""What a file says about itself in its keywords: its kind and the names it uses on purpose.

Markdown says it in front matter (``kind:``, ``allow:``, ``pseudonyms:``). Word and PDF
files have no front matter, but both keep a Keywords property, and LibreOffice carries
it from Word into PDF, so the documents sardoc renders write there, for example

    sardoc-kind: sar-report; sardoc-allow: Dr Ruth Ellison | 01632 960123;
    sardoc-pseudonyms: Adult A | Mr B

and the Word and PDF readers read it back (also from the list of words LibreOffice
makes of it in a PDF). A person can write it by hand too.
"""

from __future__ import annotations

import re

from .lazyre import lazy_compile

_ITEM = lazy_compile(
    r"sardoc-(kind|allow|pseudonyms)(?:\s*:\s*|\s+)(.*?)(?=\s*;|\s+sardoc-|\s*$)", re.I
)


def to_keywords(kind: str | None, allow: list[str], pseudonyms: list[str]) -> str:
    parts = [f"sardoc-kind: {kind}"] if kind else []
    if allow:
        parts.append("sardoc-allow: " + " | ".join(allow))
    if pseudonyms:
        parts.append("sardoc-pseudonyms: " + " | ".join(pseudonyms))
    return "; ".join(parts)


def from_keywords(text: str) -> dict[str, object]:
    """``{"kind": str, "allow": [...], "pseudonyms": [...]}`` for what the text declares."""
    out: dict[str, object] = {}
    # LibreOffice turns the Keywords of a Word file into a list of words when it makes
    # a PDF ("sardoc-kind, sar-report, sardoc-allow, Dr, Ruth, Ellison, |, ..."): undo it.
    text = text or ""
    if ";" not in text and ", " in text:
        text = text.replace(", ", " ")
    for key, value in _ITEM.findall(text):
        key = key.lower()
        if key == "kind":
            out["kind"] = value.strip().lower()
        else:
            out[key] = [v.strip() for v in value.split("|") if v.strip()]
    return out
