"""A term with a preferred alternative: report the term and suggest the other.

``swap`` maps a word or phrase (literal, whole words) to what to write instead;
the message and hint may use ``{match}`` and ``{replacement}``.

A term is left alone inside a proper name ("Multi-Agency Safeguarding Hub" is the
hub's name, whatever one thinks of "multi-agency"), and ``allow_in`` lets a kind of
document keep its own field's terms (a briefing for practitioners may say
"multi-agency"; a leaflet for a family should not). A term set in quotation marks on
its own is mentioned, not used: 'people who self-neglect are not "non-compliant"'
rejects the label. A term used many times is one finding with every place
(``Finding.also``), not one per use.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from ...document import Document
from ...findings import Finding
from ...model import BaseModel, ConfigDict
from ..context import RunContext
from ..textutil import in_scope
from ._literal import named_alternation

#: What the kind reads (see sardoc.rules.registry.READS).
READS = "text"
#: The shared ``scope:`` keys the kind honours (see sardoc.rules.schema.Scope).
SCOPE = ("parts", "headings", "sections", "skip_sections", "case")


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    swap: dict[str, str]
    #: Document kind → terms of ``swap`` that kind may use (its own field's words).
    allow_in: dict[str, tuple[str, ...]] = {}
    #: One finding per term with every place, rather than one per use.
    group: bool = True


def in_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is part of a proper name: capitalised, beside another capital.

    "the Multi-Agency Safeguarding Hub" is a name; "Multi-agency working" opening a
    sentence is not (the next word is small), nor is "multi-agency" in running text.
    """
    if not text[start : start + 1].isupper():
        return False
    after = text[end:].lstrip(" ")
    if after[:1].isupper():
        return True
    before = text[:start].rstrip(" ")
    word = before.rsplit(None, 1)[-1] if before else ""
    return bool(word) and word[0].isupper() and not word.endswith((".", "!", "?", ":"))


_OPEN_QUOTES = frozenset("\"'“‘")
_CLOSE_QUOTES = frozenset("\"'”’")


def quoted(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is set in quotation marks by itself ("non-compliant")."""
    after = text[end : end + 3].lstrip(".,;:!?")
    return start > 0 and text[start - 1] in _OPEN_QUOTES and after[:1] in _CLOSE_QUOTES


def check(document: Document, rule, ctx: RunContext) -> Iterator[Finding]:
    p: Params = rule.params
    allowed = {t.lower() for t in p.allow_in.get(document.kind, ())}
    terms = tuple(t for t in p.swap if t.lower() not in allowed)
    if not terms:
        return
    names = {f"s{i}": p.swap[t] for i, t in enumerate(terms)}
    regex = named_alternation(terms, rule.scope.ignore_case)
    found: dict[str, Finding] = {}
    places: dict[str, list] = {}
    for para in in_scope(document, rule.scope):
        for m in regex.finditer(para.text):
            if in_name(para.text, m.start(), m.end()) or quoted(para.text, m.start(), m.end()):
                continue
            where = document.locate(para, m.start(), m.end())
            key = m.lastgroup if p.group else f"{m.lastgroup}@{len(found)}"
            if key in found:
                places[key].append(where)
                continue
            found[key] = rule.finding(
                where, text=m.group(0), match=m.group(0), replacement=names[m.lastgroup]
            )
            places[key] = []
    for key, finding in found.items():
        yield replace(finding, also=tuple(places[key])) if places[key] else finding
