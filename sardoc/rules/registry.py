"""The registry of rule kinds: the name a rule file gives in ``kind:`` -> its module.

A kind module defines a frozen pydantic ``Params`` model, a pure function
``check(document, rule, ctx) -> Iterator[Finding]`` and ``READS``, what it reads
(one of :data:`READS`), so nothing else keeps lists of kinds. Modules are imported on first use,
as the readers are (sardoc/sources), so a run pays only for the kinds its rules name.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import ModuleType

#: Kind name -> module path (relative to this package).
KIND_MODULES: dict[str, str] = {
    "abbreviations": ".kinds.abbreviations",
    "action_plan": ".kinds.action_plan",
    "consistency": ".kinds.consistency",
    "element": ".kinds.element",
    "grammar": ".kinds.grammar",
    "identifiable": ".kinds.identifiable",
    "long_sentence": ".kinds.long_sentence",
    "metric": ".kinds.metric",
    "pack": ".kinds.pack",
    "package": ".kinds.package",
    "process": ".kinds.process",
    "pattern": ".kinds.pattern",
    "recommendations": ".kinds.recommendations",
    "required_field": ".kinds.required_field",
    "substitution": ".kinds.substitution",
}

#: What a kind may read: ``text``, a document's paragraphs (prose, and structured content
#: as the Document made from it); ``content``, the structured review content itself, so
#: the kind has nothing to say about prose; ``package``, what a Word file carries
#: besides its text; ``pack``, several documents of one review compared (run by
#: ``sardoc.pack``, never on one document alone).
READS = ("text", "content", "package", "pack")


def reads(name: str) -> str:
    """What the kind called ``name`` reads (its module's ``READS``; ``text`` if it says not)."""
    return getattr(KINDS[name], "READS", "text")


class _Kinds(Mapping[str, ModuleType]):
    """A read-only mapping that imports a kind's module the first time it is asked for."""

    def __getitem__(self, name: str) -> ModuleType:
        from ..recache import import_module

        return import_module(KIND_MODULES[name], __package__)

    def __iter__(self) -> Iterator[str]:
        return iter(KIND_MODULES)

    def __len__(self) -> int:
        return len(KIND_MODULES)

    def __contains__(self, name: object) -> bool:
        return name in KIND_MODULES


KINDS: Mapping[str, ModuleType] = _Kinds()
