"""Regular expressions compiled on first use, not at import.

A module-level ``X = lazy_compile(r"...")`` behaves like ``re.compile`` for the methods
sardoc calls (search, match, finditer, ...), but pays the compile cost only when a
check first uses it: a short run that never needs a recognizer's big patterns never
builds them. After the first use the compiled pattern's methods are stored on the
object, so later calls cost what a compiled pattern's do. The compiled code is kept
between runs (``sardoc.recache``), so these are for sardoc's own patterns only, never
for one built from a document's text.

A pattern scanned along whole paragraphs can also be given a *guard*: a lookahead
that admits only the characters a match can start with, worked out from the parsed
pattern. ``re`` otherwise tries the whole pattern (lookbehinds, alternations) at every
position; the guard rejects most positions with one character-class test and keeps
exactly the same matches.
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
    def __init__(self, pattern: str, flags: int = 0, guard: bool = False) -> None:
        self._args = (pattern, flags)
        self._guard = guard

    def compiled(self) -> re.Pattern[str]:
        # Module-level patterns are sardoc's own text, so they may be kept between runs
        # (sardoc.recache); a pattern made from a document's text must not use this class.
        from . import recache

        pattern, flags = self._args
        if not self._guard:
            return recache.compile(pattern, flags)
        key = ("guarded", pattern, int(flags))
        found = recache.lookup(key)
        if found is None:
            found = recache.keep(key, guarded_parts(pattern, int(flags)))
        return recache.build(found)

    def __getattr__(self, name: str):
        # Reached only before the first use: afterwards the names are instance attributes.
        if name.startswith("__") or name in ("_args", "_guard"):
            raise AttributeError(name)
        compiled = self.compiled()
        for attr in _DELEGATED:
            setattr(self, attr, getattr(compiled, attr))
        self.pattern = self._args[0]  # the source as written, guard or not
        return getattr(self, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self._args[0]!r}, {self._args[1]!r})"


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)


def lazy_scan(pattern: str, flags: int = 0) -> LazyPattern:
    """A lazy pattern for scanning whole paragraphs, behind a first-character guard."""
    return LazyPattern(pattern, flags, guard=True)


def _first_chars(items) -> tuple[set[str] | None, bool]:
    """The characters a match of the parsed sequence can start with, and whether it can
    match the empty string. ``None`` when that cannot be told simply (then no guard)."""
    from re import _constants as C  # noqa: N812 - the parser's own names

    chars: set[str] = set()
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width: the next item consumes the first character
        if op is C.LITERAL:
            return chars | {chr(av)}, False
        if op is C.IN:
            for sub_op, sub_av in av:
                if sub_op is C.LITERAL:
                    chars.add(chr(sub_av))
                elif sub_op is C.RANGE and sub_av[1] - sub_av[0] < 256:
                    chars.update(chr(c) for c in range(sub_av[0], sub_av[1] + 1))
                else:
                    return None, False  # a category, a negation, a wide range
            return chars, False
        if op is C.BRANCH:
            empty = False
            for branch in av[1]:
                first, nullable = _first_chars(branch)
                if first is None:
                    return None, False
                chars |= first
                empty = empty or nullable
            if not empty:
                return chars, False
            continue
        if op is C.SUBPATTERN:
            _group, add_flags, del_flags, body = av
            if add_flags or del_flags:
                return None, False  # a local (?i:...) would change what the guard must admit
            first, nullable = _first_chars(body)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, _high, body = av
            first, nullable = _first_chars(body)
            nullable = nullable or low == 0
        else:
            return None, False
        if first is None:
            return None, False
        chars |= first
        if not nullable:
            return chars, False
    return chars, True


def _at_boundary(items) -> bool:
    """Whether every match must pass ``\\b`` before its first character."""
    from re import _constants as C  # noqa: N812

    for op, av in items:
        if op is C.AT:
            return av is C.AT_BOUNDARY
        if op in (C.ASSERT, C.ASSERT_NOT):
            continue
        if op is C.BRANCH:
            return all(_at_boundary(branch) for branch in av[1])
        if op is C.SUBPATTERN:
            return not (av[1] or av[2]) and _at_boundary(av[3])
        return False
    return False


def compile_guarded(pattern: str, flags: int = 0, tree=None) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` behind a first-character guard when one can be had.

    A caller that has parsed the pattern already gives its ``tree`` (which is changed).
    """
    from .recache import build

    return build(guarded_parts(pattern, flags, tree))


def re_skips_along(tree) -> bool:
    """Whether ``re`` finds, for the parsed pattern, a literal or a set of characters
    every match starts with. It then skips along the text to them in C, which is faster
    than any guard: a pattern that starts with the guard's look-ahead loses that skip
    ("Home|Hospi...", "[ \\t]de[ \\t]" were two to five times slower guarded)."""
    from re import _compiler

    flags = tree.state.flags
    if flags & re.IGNORECASE and flags & re.LOCALE:
        return False  # re looks for neither then
    if _compiler._get_literal_prefix(tree, flags)[0]:
        return True
    return bool(_compiler._get_charset_prefix(tree, flags))


def guarded_parts(pattern: str, flags: int = 0, tree=None) -> tuple:
    """What :func:`compile_guarded` compiles, as ``sardoc.recache.parts`` gives it.

    The guard is put into the parsed pattern, so the pattern is parsed once (parsing is
    about half of compiling, and start-up pays for it). If anything about that fails, the
    pattern is compiled as written.
    """
    from re import _constants as C  # noqa: N812
    from re import _parser

    from .recache import parts

    try:
        tree = tree if tree is not None else _parser.parse(pattern, flags)
        first, nullable = _first_chars(tree)
        if first and not nullable and len(first) <= 200 and not re_skips_along(tree):
            look = _parser.SubPattern(
                tree.state, [(C.IN, [(C.LITERAL, ord(c)) for c in sorted(first)])]
            )
            tree.data.insert(0, (C.ASSERT, (1, look)))
            return parts(tree, flags, None)
    except Exception:  # noqa: BLE001 - fall back to the plain pattern
        tree = None
    return parts(tree if tree is not None else _parser.parse(pattern, flags), flags, pattern)
