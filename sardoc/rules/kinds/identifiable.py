"""Identifiable data: names, dates of birth, numbers, addresses, contacts, care settings.

QM14: a published review is anonymised so that no individual can be identified; QM13:
personal details only where needed for learning or wished by the person or family.
DOMAIN.md section 3 lists the identifiers. The recognizers live in
:mod:`sardoc.identify`; this kind reports their hits for the ``entities`` a rule names,
in the ``parts`` it names (every part by default: text in a comment, a footnote, a
document property or deleted tracked-change text is still in the published file).

Message placeholders: ``{match}`` (the identifier) and ``{where}`` (empty in the body,
otherwise " in a footnote", " in deleted tracked-change text, which is still inside
the file", " in the document property 'author'"...).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from ...document import PARTS, Document
from ...findings import Finding
from ...identify import ENTITIES, find_identifiers
from ...model import BaseModel, ConfigDict, model_validator
from ..context import RunContext

#: What the kind reads (see sardoc.rules.registry.READS): every part of the file, its
#: properties and the authors of its comments and changes included.
READS = "text"
#: The shared ``scope:`` keys the kind honours; it reads every part unless told otherwise
#: (text in a comment, a footnote or a property is still in the published file).
SCOPE = ("parts", "headings")
SCOPE_DEFAULTS = {"parts": PARTS}


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    entities: tuple[str, ...]
    #: Report people named only in the file's metadata (comment and change authors).
    people: bool = True

    @model_validator(mode="after")
    def _known(self):
        bad = [e for e in self.entities if e not in ENTITIES]
        if bad:
            raise ValueError(f"unknown entity {bad[0]!r}; known: {', '.join(ENTITIES)}")
        if not self.entities:
            raise ValueError("name at least one entity")
        return self


_WHERE = {
    "body": "",
    "header": " in a page header",
    "footer": " in a page footer",
    "footnote": " in a footnote",
    "endnote": " in an endnote",
    "comment": " in a comment",
    "deleted": " in deleted tracked-change text, which is still inside the file",
}
_PEOPLE = {
    "comment": " as the author of a comment",
    "tracked change": " as the author of a tracked change",
}


def where(paragraph, people_where: str = "") -> str:
    """Words that say where in the file an identifier is, for the message."""
    if paragraph is None:
        return _PEOPLE.get(people_where, " in the file's metadata")
    part = paragraph.part
    if part == "property":
        name = paragraph.attrs.get("property") or "?"
        if name == "custom":
            name = paragraph.attrs.get("name") or "custom"
        return f" in the document property '{name}'"
    if part == "front-matter":
        return f" in the front matter ('{paragraph.attrs.get('field', '?')}')"
    return _WHERE.get(part, f" in the {part}")


def check(document: Document, rule, ctx: RunContext) -> Iterator[Finding]:
    p: Params = rule.params
    wanted = frozenset(p.entities)
    parts, headings = frozenset(rule.scope.parts), rule.scope.headings
    # One finding per identifier: a name used forty times is one problem with forty
    # places (human output lists them once, Word comments and JSON keep each place).
    first: dict[tuple[str, str, str], Finding] = {}
    places: dict[tuple[str, str, str], list] = {}
    for hit in find_identifiers(document, ctx.cache):
        span = hit.span
        if span.entity not in wanted:
            continue
        para = hit.paragraph
        if para is None:
            if not p.people:
                continue
            location = document.locate(None)
        else:
            if para.part not in parts or (para.is_heading and not headings):
                continue
            location = document.locate(para, span.start, span.end)
        place = where(para, hit.where)
        key = (span.entity, " ".join(span.text.split()).casefold(), place)
        if key in first:
            places[key].append(location)
            continue
        first[key] = rule.finding(
            location,
            text=span.text,
            entity=span.entity,
            match=span.text,
            where=place,
        )
        places[key] = []
    for key, finding in first.items():
        yield replace(finding, also=tuple(places[key])) if places[key] else finding
