"""Content a document must state somewhere, such as the legal mandate (Care Act 2014 s44).

Each group in ``all_of`` is a list of alternative regexes; every group must be
matched somewhere in the body text (or within one paragraph, with ``same_paragraph``).
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from ...document import Document
from ...findings import Finding
from ..textutil import compile_any, paragraphs


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    element: str
    all_of: tuple[tuple[str, ...], ...]
    #: All groups must be met inside a single paragraph.
    same_paragraph: bool = False
    #: Also read headings (a heading such as "Discretionary review under s44(4)").
    headings: bool = True


def check(document: Document, rule) -> Iterator[Finding]:
    p: Params = rule.params
    groups = [compile_any(g) for g in p.all_of]
    texts = [para.text for para in paragraphs(document, headings=p.headings)]
    if p.same_paragraph:
        ok = any(all(g.search(t) for g in groups) for t in texts)
    else:
        ok = all(any(g.search(t) for t in texts) for g in groups)
    if not ok:
        yield rule.finding(document.locate(None), element=p.element)
