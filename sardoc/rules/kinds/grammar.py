"""Grammar and spelling from the configured backend (harper, languagetool or none).

The backend and its settings come from ``grammar:`` in sardoc.yaml or ``--grammar``
(see :mod:`sardoc.language.grammar`); they reach this rule as its params. Each
paragraph of running text is checked and every problem becomes a finding at its
place, with the backend's rule id in the message so it can be turned off.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...document import Document
from ...findings import Finding
from ...language.grammar import Settings, backend, notices_to
from ..context import RunContext

#: What the kind reads (see sardoc.rules.registry.READS).
READS = "text"

#: The rule's params are the grammar settings themselves (config fills them in).
Params = Settings


def check(document: Document, rule, ctx: RunContext) -> Iterator[Finding]:
    p: Settings = rule.params
    checker = backend(p, ctx.notice)
    if checker is None:
        return
    paras = [q for q in document.body() if q.role in ("body", "list", "quote")]
    # A backend's notices while checking (a server that stopped answering) are this
    # file's, so they travel with its findings from whichever process checked it.
    with notices_to(ctx.notice):
        answers = checker.check([q.text for q in paras])
    for para, problems in zip(paras, answers, strict=False):
        for prob in problems:
            yield rule.finding(
                document.locate(para, prob.start, prob.end),
                text=para.text[prob.start : prob.end],
                backend_rule=prob.rule,
                problem=prob.message,
                suggestion=", ".join(x for x in prob.replacements if x) or "none offered",
            )
