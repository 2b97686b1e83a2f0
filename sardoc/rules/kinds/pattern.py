"""Words, phrases or regexes that should not appear, with exceptions.

``words`` are literal and whole-word; ``patterns`` are regexes. A match is let
through when the matched text matches an ``exceptions`` regex in full, or when
its sentence matches an ``unless`` regex (context that makes it acceptable). The
sentence, not the paragraph: "the panel asked whether agencies failed to share" must
not excuse "the nurse failed to refer" two sentences on.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from ...document import Document
from ...findings import Finding
from ...model import BaseModel, ConfigDict, model_validator
from ..context import RunContext
from ..textutil import compile_any, in_scope, word_pattern
from ._literal import any_word, guarded_any

#: What the kind reads (see sardoc.rules.registry.READS).
READS = "text"
#: The shared ``scope:`` keys the kind honours (see sardoc.rules.schema.Scope).
SCOPE = ("parts", "headings", "sections", "skip_sections", "case", "limit")


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    words: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    exceptions: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _some(self):
        if not self.words and not self.patterns:
            raise ValueError("give words or patterns")
        return self


def _sentence_at(spans: list[tuple[int, str]], start: int, offsets: list[int] | None = None) -> str:
    """The sentence of ``spans`` (``sentences(text)``) that holds offset ``start``.

    ``offsets`` are the spans' offsets, worked out once by a caller that asks many
    times: a single-line file is one paragraph of a hundred thousand sentences.
    """
    if offsets is None:
        offsets = [offset for offset, _ in spans]
    i = bisect_right(offsets, start) - 1
    return spans[max(i, 0)][1] if spans else ""


def check(document: Document, rule, ctx: RunContext) -> Iterator[Finding]:
    p: Params = rule.params
    ignore_case = rule.scope.ignore_case
    if p.patterns:
        regex = guarded_any(tuple(word_pattern(w) for w in p.words) + p.patterns, ignore_case)
    else:
        regex = any_word(p.words, ignore_case)
    exceptions = compile_any(p.exceptions, ignore_case)
    unless = compile_any(p.unless, ignore_case)
    for para in in_scope(document, rule.scope):
        spans = None  # the paragraph's sentences, split once when an ``unless`` needs them
        offsets: list[int] = []
        for m in regex.finditer(para.text):
            if exceptions is not None and exceptions.fullmatch(m.group(0)):
                continue
            if unless is not None:
                if spans is None:
                    from ...elements import sentences

                    spans = sentences(para.text)
                    offsets = [offset for offset, _ in spans]
                if unless.search(_sentence_at(spans, m.start(), offsets)):
                    continue
            yield rule.finding(
                document.locate(para, m.start(), m.end()), text=m.group(0), match=m.group(0)
            )
