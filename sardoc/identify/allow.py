"""Names and identifiers cleared for publication: pseudonyms and ``identifiable.allow``.

DOMAIN.md section 3: a pseudonym ("Adult A", "Robert"), or a real name the person or
family agreed to, is used on purpose and must never be reported. Letter pseudonyms
need no declaring (the recognizers never match them); other names come from
``sardoc.yaml`` (``identifiable.allow``, ``identifiable.pseudonyms``), the document's
front matter, and the document's own statements ('"Robert" is a pseudonym').
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from . import lexicon as L
from .spans import Span


def _tokens(text: str) -> tuple[str, ...]:
    words = re.findall(r"[\w'’-]+", text)
    return tuple(t for t in (L.norm(w) for w in words) if t and t not in L.TITLE)


class Allowance:
    """Decides whether a span was cleared.

    A person span is cleared when its words (titles aside) are all words of one
    cleared name: "Ellison" and "Dr Ellison" are cleared by "Dr Ruth Ellison", but
    "Robert Smith" is not cleared by "Robert". Any other span is cleared when an
    allowed entry is the same identifier (same entity and key), so a board's own
    helpline can be allowed in a leaflet.
    """

    def __init__(self, names: Iterable[str], detect: Callable[[str], list[Span]]) -> None:
        self.names: list[frozenset[str]] = []
        self.keys: set[tuple[str, str]] = set()
        for name in names:
            if not isinstance(name, str) or not name.strip():
                continue
            toks = _tokens(name)
            if toks:
                self.names.append(frozenset(toks))
            for s in detect(name):
                if s.entity != "person":
                    self.keys.add((s.entity, s.key))

    def __bool__(self) -> bool:
        return bool(self.names or self.keys)

    def allows(self, span: Span) -> bool:
        if span.entity == "person":
            toks = set(_tokens(span.text))
            if not toks:
                return False
            # "N. Ashby" is "Nell Ashby": an initial stands for a word of the cleared name.
            initials = {t for t in toks if len(t) == 1}
            rest = toks - initials
            return any(
                rest <= n and all(any(w[0] == i for w in n - rest) for i in initials)
                for n in self.names
            )
        return (span.entity, span.key) in self.keys


def cleared_names(metadata: dict) -> list[str]:
    """Allowed names and pseudonyms from ``metadata["identifiable"]`` and front matter."""
    out: list[str] = []
    ident = metadata.get("identifiable") or {}
    sources = [
        ident.get("allow"),
        ident.get("pseudonyms"),
        metadata.get("allow"),
        metadata.get("pseudonyms"),
        metadata.get("pseudonym"),
    ]
    for value in sources:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, list | tuple):
            out.extend(str(v) for v in value if isinstance(v, str | int))
    return out
