"""Identifiable data in review documents: recognizers, cleared names, document scan.

QM14 (publication): a report is anonymised as far as possible so that no individual
can be identified; DOMAIN.md section 3 lists what to look for. The rule kind
``identifiable`` (``sardoc/rules/kinds/identifiable.py``) reports what
:func:`find_identifiers` finds; ``sardoc redact`` can reuse the same hits, whose
``span.key`` is one key per identifier for consistent placeholders.

People named in an official capacity (the review's author or reviewer, the board's
chair, panel chairs and officers named with their role in the report's opening) are
entity ``official`` (rule PII-011, info); see :mod:`sardoc.identify.officials`.

Public API:
    detect(text) -> list[Span]             one string, first pass
    find_identifiers(document) -> list[Hit] a whole document, both passes, cleared names out
    ENTITIES, Span, Hit
"""

from .scan import Hit, detect, find_identifiers
from .spans import ENTITIES, Span

__all__ = ["ENTITIES", "Hit", "Span", "detect", "find_identifiers"]
