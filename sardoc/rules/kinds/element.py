"""An element a document of its kind must contain, as the element layer finds it.

The rule names an element id (``elements/<kind>.yaml``); the element layer decides,
from heading cues and what the section's body says, whether the document carries it.
So the publication minimums, the QA sheet's evidence and the review-content checks
share one outline per kind.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from ...document import Document
from ...elements import STRENGTHS, Evidence, result_for
from ...findings import Finding
from ..context import RunContext

#: What the kind reads (see sardoc.rules.registry.READS): the element layer reads the
#: text, and structured content as the Document made from it.
READS = "text"


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    #: The element's id in the kind's element file.
    element: str
    #: The weakest evidence that satisfies the rule: ``mention`` (one sentence),
    #: ``statements`` (several) or ``section`` (a section about it).
    min_strength: str = "mention"


def evidence(document: Document, rule) -> Evidence | None:
    """The element's evidence in ``document``, or None where it is missing."""
    try:
        res = result_for(document, rule.params.element)
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
    try:
        res = result_for(document, p.element, element_dirs(ctx))
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
    yield rule.finding(document.locate(None), element=name)
