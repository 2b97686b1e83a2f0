"""What a Word package carries besides its text: macros, embedded objects, external links.

The docx reader lists them in ``document.metadata["package"]`` without running or
fetching anything; this kind reports each one. A published review should be a plain
document: code or linked files in it can leak data or harm readers (issue 7).
"""

from __future__ import annotations

from collections.abc import Iterator

from ...document import Document
from ...findings import Finding
from ...model import BaseModel, ConfigDict
from ..context import RunContext

#: What the kind reads (see sardoc.rules.registry.READS): ``metadata["package"]``, what
#: the docx reader found in the Word package.
READS = "package"


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    #: Which things to report, by the start of their description ("macros", "an external").
    what: tuple[str, ...] = ("macros", "an embedded object", "an ActiveX control", "an external")


def check(document: Document, rule, ctx: RunContext) -> Iterator[Finding]:
    p: Params = rule.params
    for item in document.metadata.get("package", []):
        if item["what"].startswith(p.what):
            yield rule.finding(document.locate(None), what=item["what"], part=item["part"])
