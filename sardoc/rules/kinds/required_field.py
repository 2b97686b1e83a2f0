"""Fields structured review content must fill in (publication minimums, QM1, QM2, QM7).

``fields`` are dotted paths into the review; ``*`` steps into every item of a
list (``recommendations.*.addressee``). ``when`` limits the rule to reviews whose
fields have the given values (``review_type.kind: mandatory``). The rule runs only
on structured content (``review.yaml``), never on prose.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ...document import Document
from ...findings import Finding
from ...model import BaseModel, ConfigDict
from ..context import RunContext

#: What the kind reads (see sardoc.rules.registry.READS).
READS = "content"


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    fields: tuple[str, ...]
    when: dict[str, Any] = {}


_MISSING = object()


def get(obj: Any, key: str) -> Any:
    """A field of a model or a key of a mapping; ``_MISSING`` if absent."""
    if isinstance(obj, dict):
        return obj.get(key, _MISSING)
    return getattr(obj, key, _MISSING)


def is_empty(value: Any) -> bool:
    return value is _MISSING or value is None or (hasattr(value, "__len__") and len(value) == 0)


def resolve(obj: Any, path: str, loc: tuple = ()) -> Iterator[tuple[tuple, Any]]:
    """Every (location, value) that ``path`` reaches from ``obj``."""
    head, _, rest = path.partition(".")
    if head == "*":
        items = obj if isinstance(obj, (list, tuple)) else []
        for i, item in enumerate(items):
            yield from (resolve(item, rest, (*loc, i)) if rest else [((*loc, i), item)])
        return
    value = get(obj, head)
    if not rest or is_empty(value):
        yield (*loc, head), value
        return
    yield from resolve(value, rest, (*loc, head))


def _value_of(content: Any, path: str) -> Any:
    found = list(resolve(content, path))
    return found[0][1] if len(found) == 1 else _MISSING


def check(document: Document, rule, ctx: RunContext) -> Iterator[Finding]:
    p: Params = rule.params
    content = document.content
    if content is None:
        return
    for path, expected in p.when.items():
        value = _value_of(content, path)
        value = getattr(value, "value", value)  # enums compare by value
        if value != expected:
            return
    for spec in p.fields:
        for loc, value in resolve(content, spec):
            if is_empty(value):
                yield rule.finding(document.locate_field(loc), field=".".join(str(x) for x in loc))
