"""How the review was run, from its structured content: timeliness, the family, the decision.

These are the checks a business manager makes from the process record (SCIE quality
markers 1, 2, 3, 7 and 11; seed 003): was the decision prompt, did the review finish
within six months or say why not, was the family told, does a rapid review record a
plain decision and, where there is no review, how the learning will still be used.
Each check is a small function in ``CHECKS``; a rule names one and its thresholds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Literal

from ...document import Document
from ...findings import Finding
from ...model import BaseModel, ConfigDict
from ..context import RunContext

#: What the kind reads (see sardoc.rules.registry.READS).
READS = "content"


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    check: Literal[
        "referral_to_decision",
        "completion",
        "family_informed",
        "decision_recorded",
        "learning_without_review",
        "publication_held",
    ]
    #: Days allowed (referral to decision, or start to completion).
    max_days: int = 0


Check = Callable[[object, Params], Iterator[tuple[tuple, dict]]]


def _referral_to_decision(r, p: Params):
    days = r.referral_to_decision_days
    if days is not None and days > p.max_days:
        yield ("decision", "date"), {"days": days, "limit": p.max_days}


def _completion(r, p: Params):
    days = r.duration_days
    if days is not None and days > p.max_days and not r.dates.delay_reason:
        yield ("dates", "completed"), {"days": days, "limit": p.max_days}


def _family_informed(r, p: Params):
    inv = r.involvement
    if inv.family_informed is None and not inv.family_not_involved_reason:
        yield ("involvement",), {}


def _decision_recorded(r, p: Params):
    d = r.decision
    if d.criteria_met is None or not (d.grounds or d.rationale):
        yield ("decision",), {}


def _learning_without_review(r, p: Params):
    d = r.decision
    if d.review is False and not (d.learning and d.no_further_learning):
        yield ("decision",), {}


def _publication_held(r, p: Params):
    if r.publication.criminal_proceedings_pending and r.publication.date is not None:
        yield ("publication", "date"), {}


CHECKS: dict[str, Check] = {
    "referral_to_decision": _referral_to_decision,
    "completion": _completion,
    "family_informed": _family_informed,
    "decision_recorded": _decision_recorded,
    "learning_without_review": _learning_without_review,
    "publication_held": _publication_held,
}


def check(document: Document, rule, ctx: RunContext) -> Iterator[Finding]:
    review = document.content
    if review is None or not hasattr(review, "decision"):
        return  # prose, or content that is not a review
    p: Params = rule.params
    for loc, fmt in CHECKS[p.check](review, p):
        yield rule.finding(document.locate_field(loc), **fmt)
