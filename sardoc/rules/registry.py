"""The registry of rule kinds: the name a rule file gives in ``kind:`` -> its module.

A kind module defines a frozen pydantic ``Params`` model and a pure function
``check(document, rule) -> Iterator[Finding]``.
"""

from __future__ import annotations

from types import ModuleType

from .kinds import (
    abbreviations,
    action_plan,
    consistency,
    element,
    grammar,
    identifiable,
    metric,
    package,
    pattern,
    process,
    recommendations,
    required_field,
    substitution,
)

KINDS: dict[str, ModuleType] = {
    "abbreviations": abbreviations,
    "action_plan": action_plan,
    "consistency": consistency,
    "element": element,
    "grammar": grammar,
    "identifiable": identifiable,
    "metric": metric,
    "package": package,
    "process": process,
    "pattern": pattern,
    "recommendations": recommendations,
    "required_field": required_field,
    "substitution": substitution,
}
