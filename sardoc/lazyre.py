"""Regular expressions compiled on first use, not at import.

A module-level ``X = lazy_compile(r"...")`` behaves like ``re.compile`` for the methods
sardoc calls (search, match, finditer, ...), but pays the compile cost only when a
check first uses it: a short run that never needs a recognizer's big patterns never
builds them. After the first use the compiled pattern's methods are stored on the
object, so later calls cost what a compiled pattern's do.
"""

from __future__ import annotations

import re

_DELEGATED = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "pattern",
    "flags",
    "groups",
    "groupindex",
)


class LazyPattern:
    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)

    def compiled(self) -> re.Pattern[str]:
        return re.compile(*self._args)

    def __getattr__(self, name: str):
        # Reached only before the first use: afterwards the names are instance attributes.
        if name.startswith("__") or name == "_args":
            raise AttributeError(name)
        compiled = self.compiled()
        for attr in _DELEGATED:
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self._args[0]!r}, {self._args[1]!r})"


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)
