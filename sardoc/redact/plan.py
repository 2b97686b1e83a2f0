"""What to replace and with what: the hits the PII rules report, and consistent placeholders.

QM14 (publication): a published review is anonymised so that no individual can be
identified. Redaction replaces exactly what ``sardoc check`` reports as identifiable
data under the same configuration (the ``identifiable`` rules in force, with their
entities and parts), so a redacted copy checks clean with that configuration.

One identifier gets one placeholder everywhere: the recognizers give every mention of
the same identifier the same ``Span.key`` ("Hughes" has the key of "Jane Hughes"
when only one person found is called Hughes). A name the configuration maps to a
pseudonym (``identifiable.replace``) becomes that pseudonym instead.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ..document import Document
from ..identify import Hit, Span, detect, find_identifiers
from ..identify import lexicon as L
from ..rules.schema import Rule

#: How each entity reads in the copy. People and care settings are numbered always
#: (a reader follows "Person 2" through the story); the others only when the
#: document has more than one of them ("[Postcode 1]" and "[Postcode 2]").
LABELS: dict[str, str] = {
    "person": "Person",
    "date-of-birth": "Date of birth",
    "nhs-number": "NHS number",
    "ni-number": "NI number",
    "postcode": "Postcode",
    "address": "Address",
    "phone": "Phone number",
    "email": "E-mail address",
    "care-setting": "Care setting",
    "other-id": "Reference",
}
ALWAYS_NUMBERED = frozenset({"person", "care-setting"})

#: The neutral name given to comment and tracked-change authors.
REVIEWER = "Reviewer"


def person_key(name: str) -> str:
    """The key the recognizers give a person's name: lower case, titles dropped."""
    return " ".join(t for t in (L.norm(w) for w in name.split()) if t not in L.TITLE)


def selected_hits(document: Document, rules: Iterable[Rule]) -> list[Hit]:
    """The identifiers the ``identifiable`` rules in force report for this document.

    Mirrors :func:`sardoc.rules.kinds.identifiable.check`: a hit counts when a rule
    that applies to the document's kind names its entity and its part.
    """
    active = [r for r in rules if r.kind == "identifiable" and document.kind in r.applies_to]
    out = []
    for hit in find_identifiers(document):
        for rule in active:
            p = rule.params
            if hit.span.entity not in p.entities:
                continue
            para = hit.paragraph
            if para is None:
                ok = p.people
            else:
                s = rule.scope
                ok = para.part in s.parts and (s.headings or not para.is_heading)
            if ok:
                out.append(hit)
                break
    return out


class Placeholders:
    """Placeholders for identifiers and neutral names for authors, kept for the key.

    One object serves every pass over a document, so a second pass (which finds what
    the first pass's edits uncovered) goes on numbering where the first stopped.
    """

    def __init__(self, replace: dict[str, str] | None = None) -> None:
        self._names: dict[tuple[str, str], str] = {}
        self._numbers: Counter[str] = Counter()
        self._pseudonyms: dict[tuple[str, str], str] = {}
        for original, pseudonym in (replace or {}).items():
            spans = [s for s in detect(original) if s.entity != "person"]
            whole = [s for s in spans if s.start == 0 and s.end == len(original.strip())]
            if len(whole) == 1:
                self._pseudonyms[(whole[0].entity, whole[0].key)] = pseudonym
            else:
                self._pseudonyms[("person", person_key(original))] = pseudonym
        self._reviewers: dict[str, str] = {}
        #: What each placeholder or pseudonym stands for, in order of first sight.
        self.key: dict[str, dict[str, None]] = {}
        self.replaced: Counter[str] = Counter()
        #: Identifiers distinctive enough to replace wherever else they turn up.
        self.distinctive: dict[str, str] = {}

    def prepare(self, spans: Iterable[Span]) -> None:
        """Name every identifier in ``spans`` (in document order) before any is used.

        Knowing them all first decides whether an entity needs numbers.
        """
        spans = list(spans)
        distinct: dict[str, set[str]] = {}
        for s in spans:
            if (s.entity, s.key) not in self._names and (s.entity, s.key) not in self._pseudonyms:
                distinct.setdefault(s.entity, set()).add(s.key)
        for s in spans:
            ident = (s.entity, s.key)
            if ident in self._names or ident in self._pseudonyms:
                continue
            self._numbers[s.entity] += 1
            n = self._numbers[s.entity]
            numbered = s.entity in ALWAYS_NUMBERED or n > 1 or len(distinct.get(s.entity, ())) > 1
            label = LABELS[s.entity]
            self._names[ident] = f"[{label} {n}]" if numbered else f"[{label}]"

    def text_for(self, span: Span, count: bool = True) -> str:
        """The placeholder or pseudonym for ``span``, noted in the key (and the counts)."""
        ident = (span.entity, span.key)
        name = self._pseudonyms.get(ident)
        if name is None:
            if ident not in self._names:
                self.prepare([span])
            name = self._names[ident]
        self.key.setdefault(name, {})[span.text] = None
        if count:
            self.replaced[span.entity] += 1
        if _distinctive(span):
            self.distinctive.setdefault(span.text, name)
        return name

    def reviewer(self, author: str) -> str:
        """A neutral name for a comment or tracked-change author: "Reviewer 1"...

        The same author gets the same name; a name this object gave is kept, so a
        second pass does not renumber.
        """
        author = author.strip()
        if not author or author in self._reviewers.values():
            return author
        key = " ".join(author.lower().split())
        if key not in self._reviewers:
            self._reviewers[key] = f"{REVIEWER} {len(self._reviewers) + 1}"
            self.key.setdefault(self._reviewers[key], {})
        name = self._reviewers[key]
        self.key[name][author] = None
        return name

    def initials(self, author: str) -> str:
        """Initials to go with :meth:`reviewer`: "R1" for "Reviewer 1"."""
        name = self.reviewer(author)
        return "R" + name.rsplit(" ", 1)[-1] if name.startswith(REVIEWER + " ") else ""

    @property
    def authors(self) -> int:
        return len(self._reviewers)

    def leftovers(self) -> re.Pattern[str] | None:
        """A pattern for the distinctive identifiers replaced so far, longest first.

        Used on text the readers do not show to rules, where a copy of an identifier
        can hide: a ``mailto:`` link target, an HTML comment in Markdown, a Word field
        code or a picture's alternative text.
        """
        if not self.distinctive:
            return None
        alts = sorted(self.distinctive, key=len, reverse=True)
        body = "|".join(re.escape(a) for a in alts)
        return re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.I)

    def replacement(self, found: str) -> str:
        """The placeholder for a leftover copy found by :meth:`leftovers`."""
        for original, name in self.distinctive.items():
            if original.lower() == found.lower():
                return name
        return found


def _distinctive(span: Span) -> bool:
    """Long enough, and specific enough, to replace wherever it occurs.

    A lone surname is not ("Green" is also a colour); a full name, an e-mail address
    or a postcode is.
    """
    if span.entity == "person":
        return len(span.text.split()) >= 2
    return len(span.text) >= 6
