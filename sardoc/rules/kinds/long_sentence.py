"""Each sentence longer than a limit, reported on its own with the sentence itself.

An average over a section tells the author that something is too long, not what: a
reader of a leaflet stumbles on one 50-word sentence, so each is a finding the author
can find and split. The message may use ``{words}`` and ``{limit}``.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...document import Document
from ...elements import quote, sentences
from ...findings import Finding
from ...language.measures import words
from ...model import BaseModel, ConfigDict, Field
from ..context import RunContext
from ..textutil import is_contact_block

#: What the kind reads (see sardoc.rules.registry.READS).
READS = "text"


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    #: Words a sentence may have.
    max_words: int = Field(gt=0)


def check(document: Document, rule, ctx: RunContext) -> Iterator[Finding]:
    p: Params = rule.params
    for para in document.body():
        if para.is_heading:
            continue
        text = para.text
        # Cheap test first: a paragraph with fewer words than the limit has no long sentence.
        if text.count(" ") < p.max_words or is_contact_block(text):
            continue
        for start, sentence in sentences(text):
            n = len(words(sentence))
            if n > p.max_words:
                at = text.find(sentence, start)
                at = start if at < 0 else at
                yield rule.finding(
                    document.locate(para, at, at + len(sentence)),
                    text=quote(sentence),
                    words=n,
                    limit=p.max_words,
                )
