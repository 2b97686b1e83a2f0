"""Elements a document of its kind must contain, as the element layer finds them.

The rule names one element id (``element``) or several (``elements``) from
``elements/<kind>.yaml``; the element layer decides, from heading cues and what the
section's body says, whether the document carries each. A rule that lists several
parts (the seven parts of a briefing) reports each missing part as its own finding, so
the author sees every gap at once. A rule-level ``when:`` (sardoc/rules/conditions.py)
limits a rule to some documents (learning without a review is asked for only where no
review is held). So the publication minimums, the QA sheet's evidence and the
review-content checks share one outline per kind.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ...document import Document
from ...elements import STRENGTHS, Evidence, result_for
from ...findings import Finding
from ...model import BaseModel, ConfigDict, field_validator, model_validator
from ..context import RunContext

#: What the kind reads (see sardoc.rules.registry.READS): the element layer reads the
#: text, and structured content as the Document made from it.
READS = "text"


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    #: The element's id in the kind's element file.
    element: str | None = None
    #: Several elements, each missing one its own finding.
    elements: tuple[str, ...] = ()
    #: The weakest evidence that satisfies the rule: ``mention`` (one sentence),
    #: ``statements`` (several) or ``section`` (a section about it).
    min_strength: str = "mention"
    #: Also check structured content (review.yaml). Off where a ``process`` rule reads
    #: the same thing from its fields, so one gap is not reported twice.
    on_content: bool = True

    @model_validator(mode="after")
    def _one_or_more(self):
        if bool(self.element) == bool(self.elements):
            raise ValueError("give element or elements, not both")
        return self

    @field_validator("min_strength")
    @classmethod
    def _strength(cls, v: str) -> str:
        if v not in STRENGTHS:
            raise ValueError(f"must be one of {', '.join(STRENGTHS)}")
        return v

    @property
    def ids(self) -> tuple[str, ...]:
        return (self.element,) if self.element else self.elements


def evidence(document: Document, rule) -> Evidence | None:
    """The (first) element's evidence in ``document``, or None where it is missing."""
    try:
        res = result_for(document, rule.params.ids[0])
    except KeyError:
        return None
    return res.evidence


def element_dirs(ctx: RunContext | None) -> tuple[Path, ...]:
    """A board's own element folders (``element_paths`` in sardoc.yaml), resolved."""
    config = ctx.config if ctx is not None else None
    if config is None or not config.element_paths:
        return ()
    base = Path(config.path).parent if config.path else Path.cwd()
    return tuple((base / p).resolve() for p in config.element_paths)


def check(document: Document, rule, ctx: RunContext) -> Iterator[Finding]:
    p: Params = rule.params
    if document.content is not None and not p.on_content:
        return
    dirs = element_dirs(ctx)
    for element_id in p.ids:
        yield from _check_one(document, rule, p, element_id, dirs)


def _check_one(document, rule, p: Params, element_id: str, dirs) -> Iterator[Finding]:
    try:
        res = result_for(document, element_id, dirs)
    except KeyError:
        return  # the kind has no such element (checked by the rule-file tests)
    ev = res.evidence
    if ev is not None and STRENGTHS.index(ev.strength) >= STRENGTHS.index(p.min_strength):
        return
    name = res.element.name
    if res.near_miss is not None:
        s = res.near_miss
        why = (
            f"is too short to show {name}"
            if res.why_not == "too short"
            else f"does not say anything that shows {name}"
        )
        yield rule.finding(
            document.locate_section(s),
            message=f"The section '{s.title}' {why}.",
            element=name,
            text=s.title,
        )
        return
    yield rule.finding(document.locate(None), element=name, text=name)
