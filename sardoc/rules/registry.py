"""The registry of rule kinds: the name a rule file gives in ``kind:`` -> its module.

A kind module defines a frozen pydantic ``Params`` model and a pure function
``check(document, rule) -> Iterator[Finding]``. Modules are imported on first use,
as the readers are (sardoc/sources), so a run pays only for the kinds its rules name.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from importlib import import_module
from types import ModuleType

#: Kind name -> module path (relative to this package).
KIND_MODULES: dict[str, str] = {
    "abbreviations": ".kinds.abbreviations",
    "action_plan": ".kinds.action_plan",
    "consistency": ".kinds.consistency",
    "element": ".kinds.element",
    "grammar": ".kinds.grammar",
    "identifiable": ".kinds.identifiable",
    "metric": ".kinds.metric",
    "pack": ".kinds.pack",
    "package": ".kinds.package",
    "process": ".kinds.process",
    "pattern": ".kinds.pattern",
    "recommendations": ".kinds.recommendations",
    "required_field": ".kinds.required_field",
    "substitution": ".kinds.substitution",
}


class _Kinds(Mapping[str, ModuleType]):
    """A read-only mapping that imports a kind's module the first time it is asked for."""

    def __getitem__(self, name: str) -> ModuleType:
        return import_module(KIND_MODULES[name], __package__)

    def __iter__(self) -> Iterator[str]:
        return iter(KIND_MODULES)

    def __len__(self) -> int:
        return len(KIND_MODULES)

    def __contains__(self, name: object) -> bool:
        return name in KIND_MODULES


KINDS: Mapping[str, ModuleType] = _Kinds()
