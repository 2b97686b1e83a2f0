"""Content a document must state somewhere, such as the legal mandate (Care Act 2014 s44).

Each group in ``all_of`` is a list of alternative regexes; every group must be
matched somewhere in the body text, or within one paragraph (``same_paragraph``),
or within one section, its heading and its own paragraphs (``same_section``).
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from ...document import Document
from ...findings import Finding
from ..textutil import paragraphs
from ._literal import guarded_any


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    element: str
    all_of: tuple[tuple[str, ...], ...]
    #: All groups must be met inside a single paragraph.
    same_paragraph: bool = False
    #: All groups must be met inside a single section (heading and own paragraphs).
    same_section: bool = False
    #: Also read headings (a heading such as "Discretionary review under s44(4)").
    headings: bool = True


def evidence(document: Document, rule) -> tuple[tuple[str, ...], str] | None:
    """The paragraph (or first of the section) that states the content, or None."""
    p: Params = rule.params
    groups = [guarded_any(g) for g in p.all_of]
    paras = list(paragraphs(document, headings=p.headings))
    if p.same_paragraph:
        units = [[para] for para in paras]
    elif p.same_section:
        by_section: dict[tuple, list] = {}
        for para in paras:
            by_section.setdefault(para.section, []).append(para)
        units = list(by_section.values())
    else:
        units = [paras]
    for unit in units:
        if all(any(g.search(q.text) for q in unit) for g in groups):
            hit = next((q for q in unit if groups[0].search(q.text)), unit[0])
            return hit.section, hit.text
    return None


def check(document: Document, rule) -> Iterator[Finding]:
    if evidence(document, rule) is None:
        yield rule.finding(document.locate(None), element=rule.params.element)
