"""A section a document must have, recognised by its heading or by what its text says.

Real reports title the same element in many ways ("Good practice", "What went
well", "Strengths in practice"), so headings are matched as regexes against a
normalised heading (see :func:`normalise_heading`), and an element can also be
shown by phrases in the body text when a report has no heading for it.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from ...document import Document
from ...findings import Finding
from ..textutil import compile_any, normalise_heading, paragraphs
from ._literal import guarded_any


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    #: What the element is called in messages ("examples of good practice").
    element: str
    #: Regexes, any of which a normalised heading may match.
    headings: tuple[str, ...]
    #: Regexes which, found anywhere in the body text, also show the element.
    evidence: tuple[str, ...] = ()
    #: A matching section needs at least this many words under it.
    min_words: int = 1


def _matched(document: Document, p: Params):
    heading_re = compile_any(p.headings)
    title = document.title_heading()
    return [
        s
        for s in document.sections()
        if s.heading is not title and heading_re.search(normalise_heading(s.title))
    ]


def evidence(document: Document, rule) -> tuple[tuple[str, ...], str] | None:
    """Where the document shows the element: (section path, quoted text), or None.

    The quality-assurance sheet quotes it, so that a person can see what satisfied
    the rule rather than take it on trust.
    """
    p: Params = rule.params
    for s in _matched(document, p):
        if s.word_count() >= p.min_words:
            first = next((q.text for q in s.body), s.title)
            return s.path, first
    evidence_re = guarded_any(p.evidence)
    if evidence_re is not None:
        for para in paragraphs(document):
            if evidence_re.search(para.text):
                return para.section, para.text
    return None


def check(document: Document, rule) -> Iterator[Finding]:
    p: Params = rule.params
    if evidence(document, rule) is not None:
        return
    matched = _matched(document, p)
    if matched:
        s = matched[0]
        yield rule.finding(
            document.locate_section(s),
            message=(
                f"The section '{s.title}' is too short to show {p.element} "
                f"(fewer than {p.min_words} words)."
            ),
            element=p.element,
            text=s.title,
        )
    else:
        yield rule.finding(document.locate(None), element=p.element)
