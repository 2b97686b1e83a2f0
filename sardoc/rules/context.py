"""What one file's check shares between its rules: settings, notices and caches.

A rule kind gets this as its third argument instead of keeping module-level state,
as yamllint and sqlfluff hand each rule a context. Module-level state does not cross
process boundaries: a notice a worker process appended to its own copy of a list
never reached the report. A context is made for each file checked and travels back
with that file's findings, so results and notices are the same with any number of
worker processes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..config import Config


@dataclass
class RunContext:
    #: The configuration in force for this file (None when a caller runs rules alone).
    config: Config | None = None
    #: One-line notices for the report, in the order they were given, each once.
    notices: list[str] = field(default_factory=list)
    #: Work shared by the rules of one check (the identifier scan, say). Keys must be
    #: stable values, never ``id()`` of an object, which is reused once it is freed.
    cache: dict[Any, Any] = field(default_factory=dict)

    def notice(self, text: str) -> None:
        """Record a notice for the report; a repeated one is kept once."""
        if text not in self.notices:
            self.notices.append(text)


__all__ = ["RunContext"]
