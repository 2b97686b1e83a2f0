"""Words, phrases or regexes that should not appear, with exceptions.

``words`` are literal and whole-word; ``patterns`` are regexes. A match is let
through when the matched text matches an ``exceptions`` regex in full, or when
its paragraph matches an ``unless`` regex (context that makes it acceptable).
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, model_validator

from ...document import PARTS, Document
from ...findings import Finding
from ..context import RunContext
from ..textutil import compile_any, paragraphs, word_pattern
from ._literal import any_word, guarded_any

#: What the kind reads (see sardoc.rules.registry.READS).
READS = "text"


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    words: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    exceptions: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    ignore_case: bool = True
    parts: tuple[str, ...] = ("body",)
    headings: bool = True
    #: Report at most this many matches per document (0: all).
    limit: int = 0

    @model_validator(mode="after")
    def _some(self):
        if not self.words and not self.patterns:
            raise ValueError("give words or patterns")
        bad = [x for x in self.parts if x not in PARTS]
        if bad:
            raise ValueError(f"unknown part {bad[0]!r}; known: {', '.join(PARTS)}")
        return self


def check(document: Document, rule, ctx: RunContext) -> Iterator[Finding]:
    p: Params = rule.params
    if p.patterns:
        regex = guarded_any(tuple(word_pattern(w) for w in p.words) + p.patterns, p.ignore_case)
    else:
        regex = any_word(p.words, p.ignore_case)
    exceptions = compile_any(p.exceptions, p.ignore_case)
    unless = compile_any(p.unless, p.ignore_case)
    count = 0
    for para in paragraphs(document, p.parts, headings=p.headings):
        for m in regex.finditer(para.text):
            if exceptions is not None and exceptions.fullmatch(m.group(0)):
                continue
            if unless is not None and unless.search(para.text):
                break
            yield rule.finding(
                document.locate(para, m.start(), m.end()), text=m.group(0), match=m.group(0)
            )
            count += 1
            if p.limit and count >= p.limit:
                return
