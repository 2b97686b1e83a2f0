"""Pack rules: the documents of one review compared with each other (issue 16).

A pack rule's ``check`` takes the whole pack, so the per-file engine finds nothing
here (:func:`check` yields nothing); ``sardoc pack`` runs :func:`check_pack` through
its own runner (``sardoc.pack.run_pack``). ``params.check`` names one comparison in
``sardoc.pack.checks.CHECKS``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from ...document import Document
from ...findings import Finding
from ...model import BaseModel, ConfigDict, Field
from ..context import RunContext

#: What the kind reads (see sardoc.rules.registry.READS): several documents at once.
READS = "pack"


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    check: Literal["identity", "replaced", "recommendations", "facts", "publication", "missing"]
    #: For ``facts``: the share of a briefing theme's content words the report must use.
    theme_share: float = Field(0.6, gt=0, le=1)


def check(document: Document, rule, ctx: RunContext) -> Iterator[Finding]:
    """One document alone has nothing to compare with."""
    return iter(())


def check_pack(pack, rule) -> Iterator[Finding]:
    from ...pack.checks import CHECKS

    yield from CHECKS[rule.params.check](pack, rule)
