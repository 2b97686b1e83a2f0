"""Words, phrases or regexes that should not appear, with exceptions.

``words`` are literal and whole-word; ``patterns`` are regexes. A match is let
through when the matched text matches an ``exceptions`` regex in full, or when
its sentence matches an ``unless`` regex (context that makes it acceptable). The
sentence, not the paragraph: "the panel asked whether agencies failed to share" must
not excuse "the nurse failed to refer" two sentences on.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, model_validator

from ...document import Document
from ...findings import Finding
from ...lazyre import lazy_compile
from ..context import RunContext
from ..textutil import compile_any, in_scope, word_pattern
from ._literal import any_word, guarded_any

#: What the kind reads (see sardoc.rules.registry.READS).
READS = "text"
#: The shared ``scope:`` keys the kind honours (see sardoc.rules.schema.Scope).
SCOPE = ("parts", "headings", "sections", "skip_sections", "case", "limit")


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    words: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    exceptions: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _some(self):
        if not self.words and not self.patterns:
            raise ValueError("give words or patterns")
        return self


_REACH = 600
_SENTENCE_END = lazy_compile(r"[.!?][\"'”’)]*\s")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that holds ``text[start:end]``: from the last full stop,
    question or exclamation mark followed by a space before it to the next one after.

    Looked for within a few hundred characters either side: a sentence is shorter, and a
    single-line file of megabytes must not be scanned from its start for every match.
    """
    opening = max(0, start - _REACH)
    for m in _SENTENCE_END.finditer(text, opening, start):
        opening = m.end()
    closing = _SENTENCE_END.search(text, end, end + _REACH)
    return text[opening : closing.end() if closing else min(len(text), end + _REACH)]


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
        for m in regex.finditer(para.text):
            if exceptions is not None and exceptions.fullmatch(m.group(0)):
                continue
            if unless is not None and unless.search(sentence_around(para.text, m.start(), m.end())):
                continue
            yield rule.finding(
                document.locate(para, m.start(), m.end()), text=m.group(0), match=m.group(0)
            )
