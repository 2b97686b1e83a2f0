"""One thing written one way throughout: spelling variants, house terms.

Each group lists alternative ways of writing the same thing (regexes). When a
document uses more than one, the most frequent is taken as its style (the first
listed on a tie) and every use of the others is reported.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...document import Document
from ...findings import Finding
from ...model import BaseModel, ConfigDict
from ..context import RunContext
from ..textutil import in_scope
from ._literal import guarded

#: What the kind reads (see sardoc.rules.registry.READS).
READS = "text"
#: The shared ``scope:`` keys the kind honours (see sardoc.rules.schema.Scope).
SCOPE = ("parts", "headings", "sections", "skip_sections", "case")


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    groups: tuple[tuple[str, ...], ...]


def check(document: Document, rule, ctx: RunContext) -> Iterator[Finding]:
    p: Params = rule.params
    paras = list(in_scope(document, rule.scope))
    for group in p.groups:
        variants = [guarded(v, rule.scope.ignore_case) for v in group]
        hits = [[(para, m) for para in paras for m in rx.finditer(para.text)] for rx in variants]
        used = [i for i, h in enumerate(hits) if h]
        if len(used) < 2:
            continue
        style = max(used, key=lambda i: (len(hits[i]), -i))
        example = hits[style][0][1].group(0)
        for i in used:
            if i == style:
                continue
            for para, m in hits[i]:
                yield rule.finding(
                    document.locate(para, m.start(), m.end()),
                    text=m.group(0),
                    match=m.group(0),
                    preferred=example,
                    count=len(hits[style]),
                )
