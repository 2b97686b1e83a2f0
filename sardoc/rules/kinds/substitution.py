"""A term with a preferred alternative: report the term and suggest the other.

``swap`` maps a word or phrase (literal, whole words) to what to write instead;
the message and hint may use ``{match}`` and ``{replacement}``.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from ...document import Document
from ...findings import Finding
from ..context import RunContext
from ..textutil import in_scope
from ._literal import named_alternation

#: What the kind reads (see sardoc.rules.registry.READS).
READS = "text"
#: The shared ``scope:`` keys the kind honours (see sardoc.rules.schema.Scope).
SCOPE = ("parts", "headings", "sections", "skip_sections", "case")


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    swap: dict[str, str]


def check(document: Document, rule, ctx: RunContext) -> Iterator[Finding]:
    p: Params = rule.params
    names = {f"s{i}": repl for i, repl in enumerate(p.swap.values())}
    regex = named_alternation(tuple(p.swap), rule.scope.ignore_case)
    for para in in_scope(document, rule.scope):
        for m in regex.finditer(para.text):
            yield rule.finding(
                document.locate(para, m.start(), m.end()),
                text=m.group(0),
                match=m.group(0),
                replacement=names[m.lastgroup],
            )
