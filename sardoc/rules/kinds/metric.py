"""A measure of the text that must stay within limits: length, sentence length, reading age.

``scope`` picks what is measured: the whole ``document``, each ``section`` (its
own paragraphs, not its subsections'), or each ``paragraph``. The message may use
``{value}``, ``{limit}`` and ``{measure}``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from ...document import Document
from ...findings import Finding
from ...language.measures import TextStats, stats
from ...model import BaseModel, ConfigDict, model_validator
from ..context import RunContext
from ..textutil import compile_any, is_contact_block, normalise_heading

#: What the kind reads (see sardoc.rules.registry.READS).
READS = "text"

MEASURES = {
    "words": lambda s: s.words,
    "sentences": lambda s: s.sentences,
    "avg_sentence_length": lambda s: round(s.avg_sentence_length, 1),
    "longest_sentence": lambda s: s.longest_sentence,
    "fk_grade": lambda s: round(s.fk_grade, 1),
    # In whole years, as a reading age is given ("a reading age of 12").
    "reading_age": lambda s: round(s.reading_age),
    "reading_minutes": lambda s: round(s.words / 200, 1),
}


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    measure: Literal[tuple(MEASURES)]  # type: ignore[valid-type]
    scope: Literal["document", "section", "paragraph"] = "document"
    min: float | None = None
    max: float | None = None
    #: Measure only text that has at least this many words (short texts skew averages).
    min_words: int = 0
    #: Only sections whose normalised heading matches one of these regexes.
    sections: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _limit(self):
        if self.min is None and self.max is None:
            raise ValueError("give min or max")
        return self


def _num(x: float) -> float | int:
    """A measure as a message says it: 700.0 as 700, 29.6 as 30, 8.44 as 8.4.

    A reading age or an average of words is an estimate; a tenth is false precision
    once the number is in the tens.
    """
    if abs(x) >= 10:
        return round(x)
    return int(x) if float(x).is_integer() else round(x, 1)


#: Kinds read by families and busy practitioners, and short: their sentences are split
#: with pysbd (:mod:`sardoc.language.measures`), which costs too much for a long report.
CAREFUL_KINDS = frozenset({"family-guidance", "seven-minute-briefing"})
CAREFUL_MAX_WORDS = 10_000


def _careful(document: Document) -> bool:
    return document.kind in CAREFUL_KINDS and document.word_count() <= CAREFUL_MAX_WORDS


#: Measures read from sentences: a block of contact details has none, so it is left out.
SENTENCE_MEASURES = frozenset(
    {"avg_sentence_length", "longest_sentence", "fk_grade", "reading_age"}
)


def _texts(p: Params, paras) -> list[str]:
    """The paragraphs' texts a measure reads."""
    if p.measure in SENTENCE_MEASURES:
        return [x.text for x in paras if not is_contact_block(x.text)]
    return [x.text for x in paras]


def _judge(p: Params, st: TextStats):
    if st.words < max(p.min_words, 1):
        return None
    value = MEASURES[p.measure](st)
    if p.max is not None and value > p.max:
        return _num(value), _num(p.max)
    if p.min is not None and value < p.min:
        return _num(value), _num(p.min)
    return None


def _stats(document: Document, texts: list[str], careful: bool) -> TextStats:
    """``stats(texts, careful)``, each paragraph's counted once for every metric rule.

    The counts of several texts are the sums of each one's (the longest sentence, the
    longest of each one's), and several rules read the same paragraphs: the document's
    reading grade, its sentence length, each section's.
    """
    seen = document.cache.setdefault(("metric-stats", careful), {})
    n_words = n_sent = n_syll = longest = 0
    for text in texts:
        st = seen.get(text)
        if st is None:
            st = seen[text] = stats((text,), careful)
        n_words += st.words
        n_sent += st.sentences
        n_syll += st.syllables
        longest = max(longest, st.longest_sentence)
    return TextStats(n_words, n_sent, n_syll, longest)


def check(document: Document, rule, ctx: RunContext) -> Iterator[Finding]:
    p: Params = rule.params
    careful = _careful(document)
    if p.scope == "document":
        bad = _judge(p, _stats(document, _texts(p, document.body()), careful))
        if bad:
            yield rule.finding(document.locate(None), value=bad[0], limit=bad[1], measure=p.measure)
        return
    if p.scope == "paragraph":
        for para in document.body():
            bad = _judge(p, _stats(document, _texts(p, [para]), careful))
            if bad:
                yield rule.finding(
                    document.locate(para), value=bad[0], limit=bad[1], measure=p.measure
                )
        return
    only = compile_any(p.sections)
    for sec in document.sections():
        if only is not None and not only.search(normalise_heading(sec.title)):
            continue
        own = _texts(p, [x for x in sec.body if x.section == sec.path])
        bad = _judge(p, _stats(document, own, careful))
        if bad:
            yield rule.finding(
                document.locate_section(sec),
                value=bad[0],
                limit=bad[1],
                measure=p.measure,
                section=sec.title,
            )
