"""The action plan from structured content: complete, honest about status, and closed with evidence.

DOMAIN.md section 7 and SCIE quality marker 15: every action has a lead agency, an owner
(a role), a target date and a measure of success; a RAG status that is still green after
the target date has passed is not true; a closed (blue) action shows its evidence; and
every recommendation has an action, or a recorded reason why not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Literal

from ...document import Document
from ...findings import Finding
from ...model import BaseModel, ConfigDict
from ..context import RunContext

#: What the kind reads (see sardoc.rules.registry.READS).
READS = "content"


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    check: Literal["fields", "overdue", "evidence", "coverage"]
    #: The date to judge lateness on (tests fix it); today when not given.
    today: date | None = None


_FIELDS = ("lead_agency", "owner_role", "target_date", "success_measure")
_LABELS = {
    "lead_agency": "a lead agency",
    "owner_role": "an owner (a role)",
    "target_date": "a target date",
    "success_measure": "a measure of success",
}


def _fields(r, p):
    for i, a in enumerate(r.actions):
        missing = [_LABELS[f] for f in _FIELDS if not getattr(a, f)]
        if missing:
            said = (
                ", ".join(missing[:-1]) + " and " + missing[-1] if len(missing) > 1 else missing[0]
            )
            yield ("actions", i), {"action": a.id, "missing": said}


def _overdue(r, p):
    today = p.today or date.today()
    for i, a in enumerate(r.actions):
        if a.overdue(today) and a.status.value == "green":
            yield ("actions", i, "status"), {"action": a.id, "target": a.target_date.isoformat()}


def _evidence(r, p):
    for i, a in enumerate(r.actions):
        if a.closed and not a.evidence:
            yield ("actions", i), {"action": a.id}


def _coverage(r, p):
    for i, rec in enumerate(r.recommendations):
        if not r.actions_for(rec.id) and not rec.no_action_reason:
            yield ("recommendations", i), {"recommendation": rec.id}


CHECKS: dict[str, Callable] = {
    "fields": _fields,
    "overdue": _overdue,
    "evidence": _evidence,
    "coverage": _coverage,
}


def check(document: Document, rule, ctx: RunContext) -> Iterator[Finding]:
    review = document.content
    if review is None or not hasattr(review, "actions"):
        return
    p: Params = rule.params
    for loc, fmt in CHECKS[p.check](review, p):
        yield rule.finding(document.locate_field(loc), **fmt)
