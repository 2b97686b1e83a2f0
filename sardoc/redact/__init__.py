"""Redacted copies: every identifier replaced, the same one by the same placeholder.

The identifiers are the ones ``sardoc check`` reports (:func:`sardoc.identify.find_identifiers`
on the document as read), so what the check finds is what redaction removes. Each
is given a placeholder: a declared replacement (``identifiable.replace`` in
sardoc.yaml, such as "Jane Hughes" → "Social Worker 1") if there is one, else a
numbered one by kind ("[Person 1]", "[Care setting 2]"), the same everywhere it
occurs. A person named in full and later by surname alone ("Mrs Okafor", "Okafor")
gets the same placeholder. Cleared names and pseudonyms are never touched.

One writer per format: :mod:`.text` for Markdown and plain text (by offsets in the
source, so every other byte is unchanged) and :mod:`.docx` for Word (in the XML
runs, keeping formatting, and scrubbing metadata and authors).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..document import Document
from ..identify import find_identifiers
from ..identify.scan import Hit

_LABELS = {
    "person": "Person",
    "date-of-birth": "Birth date",
    "nhs-number": "NHS number",
    "ni-number": "National Insurance number",
    "postcode": "Postcode",
    "address": "Address",
    "phone": "Phone number",
    "email": "Email address",
    "care-setting": "Care setting",
    "other-id": "Reference number",
}
#: Kinds whose placeholders are numbered, because a reader needs to tell them apart.
_NUMBERED = frozenset({"person", "care-setting", "address"})


@dataclass
class Plan:
    """Which text becomes which placeholder, and what each placeholder stood for."""

    replacements: dict[str, str] = field(default_factory=dict)  # original text -> placeholder
    key: dict[str, list[str]] = field(default_factory=dict)  # placeholder -> originals
    counts: dict[str, int] = field(default_factory=dict)  # entity -> identifiers replaced

    def pattern(self) -> re.Pattern[str] | None:
        """Every original, longest first, as whole words."""
        if not self.replacements:
            return None
        alternatives = sorted(self.replacements, key=len, reverse=True)
        body = "|".join(re.escape(a) for a in alternatives)
        return re.compile(rf"(?<![\w@])(?:{body})(?![\w@])")

    def apply(self, text: str) -> str:
        pattern = self.pattern()
        return pattern.sub(lambda m: self.replacements[m.group()], text) if pattern else text

    def summary(self) -> str:
        if not self.counts:
            return "no identifiable data found; the copy is the same as the original"
        parts = [f"{n} {entity}" for entity, n in sorted(self.counts.items())]
        return "replaced " + ", ".join(parts)


def plan(document: Document, replace: dict[str, str] | None = None) -> Plan:
    """Placeholders for every identifier in ``document``."""
    replace = {_norm(k): v for k, v in (replace or {}).items()}
    result = Plan()
    by_key: dict[tuple[str, str], str] = {}
    surnames: dict[str, str] = {}
    numbers: dict[str, int] = {}
    hits: list[Hit] = find_identifiers(document)
    for hit in hits:
        span = hit.span
        text = span.text.strip()
        if not text or text in result.replacements:
            continue
        ident = (span.entity, span.key)
        placeholder = by_key.get(ident)
        if placeholder is None and span.entity == "person":
            placeholder = replace.get(_norm(text)) or surnames.get(_surname(span.key))
        if placeholder is None:
            placeholder = _new_placeholder(span.entity, numbers)
        by_key[ident] = placeholder
        if span.entity == "person" and len(span.key.split()) > 1:
            surnames.setdefault(_surname(span.key), placeholder)
        result.replacements[text] = placeholder
        result.key.setdefault(placeholder, []).append(text)
        result.counts[span.entity] = result.counts.get(span.entity, 0) + 1
    return result


def _new_placeholder(entity: str, numbers: dict[str, int]) -> str:
    label = _LABELS.get(entity, "Redacted")
    if entity not in _NUMBERED:
        return f"[{label}]"
    numbers[entity] = numbers.get(entity, 0) + 1
    return f"[{label} {numbers[entity]}]"


def _norm(name: str) -> str:
    return " ".join(name.lower().split())


def _surname(key: str) -> str:
    return key.split()[-1] if key.split() else key


#: Suffix -> writer module; each has ``redact(path, data, document, plan) -> bytes``.
WRITERS = {".md": "text", ".markdown": "text", ".txt": "text", ".text": "text", ".docx": "docx"}


def redact_file(path: Path, document: Document, the_plan: Plan) -> bytes:
    from importlib import import_module

    from ..errors import InputError

    module = WRITERS.get(path.suffix.lower())
    if module is None:
        raise InputError(
            f"cannot write a redacted copy of a '{path.suffix}' file (sardoc redacts "
            + ", ".join(sorted(WRITERS))
            + ")",
            str(path),
        )
    return import_module(f"{__name__}.{module}").redact(path.read_bytes(), document, the_plan)
