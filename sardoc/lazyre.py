"""Regular expressions compiled on first use, not at import.

A module-level ``X = lazy_compile(r"...")`` behaves like ``re.compile`` for the methods
sardoc calls (search, match, finditer, ...), but pays the compile cost only when a
check first uses it: a short run that never needs a recognizer's big patterns never
builds them. After the first use the compiled pattern's methods are stored on the
object, so later calls cost what a compiled pattern's do. The compiled code is kept
between runs (``sardoc.recache``), so these are for sardoc's own patterns only, never
for one built from a document's text.

A pattern scanned along whole paragraphs can also be given a *guard*: the characters a
match can start with, worked out from the parsed pattern. ``re`` otherwise tries the
whole pattern (lookbehinds, alternations) at every position. Where ``re`` would find
such a set itself (a pattern that starts with a character class), its search skips along
the text in C to the next character of the set before it tries the pattern; the guard
puts the set worked out here in the same place of the compiled code (its "info block"),
so the search skips the same way. Where the set cannot be told exactly enough for that
(a character outside ASCII ignoring case), the guard is a look-ahead for the characters
instead, which rejects a position with one test. Either way the matches are exactly the
pattern's own: the guard only passes over positions where no match can start.
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
        return compile_guarded_cached(pattern, flags)

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
    """The characters a match of the parsed sequence can start with, as written (no
    cases added, no ``\\d``, no local flags), and whether it can match the empty
    string. ``None`` when that cannot be told simply (then no guard)."""
    return _start_chars(items, False, plain=True)


#: The characters outside ASCII that ``re.IGNORECASE`` matches with an ASCII letter
#: (tests/perf/test_lazyre.py checks this against every code point).
_ODD_CASES = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}

#: A start set holding all these is no test (most characters of prose are in it); the
#: look-ahead guard does better then.
_ALL_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


#: Stands in a start set for ``\d``, every decimal digit (put into the code as the
#: category ``re`` itself compiles ``\d`` to).
_DIGIT = ("category", "digit")


def _cases(ch: str, ignorecase: bool) -> set[str] | None:
    """Every character that ``ch`` matches (``None`` when that is not known here)."""
    if not ignorecase:
        return {ch}
    if not ch.isascii():
        return None
    low = ch.lower()
    return {ch, low, ch.upper(), *_ODD_CASES.get(low, "")}


def _start_chars(items, ignorecase: bool, plain: bool = False) -> tuple[set[str] | None, bool]:
    """Every character a match of the parsed sequence can start with, each case it may
    take included (with the flags of any local ``(?i:...)`` or ``(?-i:...)``), and
    whether the sequence can match the empty string. ``None`` when not known exactly.

    ``plain`` gives up (``None``) on ``\\d`` and on any local flags, for a look-ahead
    guard built from literal characters alone (:func:`_first_chars`)."""
    from re import _constants as C  # noqa: N812 - the parser's own names

    chars: set[str] = set()
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width: the next item consumes the first character
        if op is C.LITERAL:
            cases = _cases(chr(av), ignorecase)
            return (None if cases is None else chars | cases), False
        if op is C.IN:
            for sub_op, sub_av in av:
                if sub_op is C.LITERAL:
                    codes: range | tuple = (sub_av,)
                elif sub_op is C.RANGE and sub_av[1] - sub_av[0] < 256:
                    codes = range(sub_av[0], sub_av[1] + 1)
                elif sub_op is C.CATEGORY and sub_av is C.CATEGORY_DIGIT and not plain:
                    # \d (no case): kept as the category itself (_code_skipping_to).
                    chars.add(_DIGIT)
                    continue
                else:
                    return None, False  # another category, a negation, a wide range
                for code in codes:
                    cases = _cases(chr(code), ignorecase)
                    if cases is None:
                        return None, False
                    chars |= cases
            return chars, False
        if op is C.BRANCH:
            empty = False
            for branch in av[1]:
                first, nullable = _start_chars(branch, ignorecase, plain)
                if first is None:
                    return None, False
                chars |= first
                empty = empty or nullable
            if not empty:
                return chars, False
            continue
        if op is C.SUBPATTERN:
            _group, add_flags, del_flags, body = av
            inner = (ignorecase or bool(add_flags & re.IGNORECASE)) and not (
                del_flags & re.IGNORECASE
            )
            if (add_flags | del_flags) & re.LOCALE or (plain and (add_flags or del_flags)):
                return None, False
            first, nullable = _start_chars(body, inner, plain)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, _high, body = av
            first, nullable = _start_chars(body, ignorecase, plain)
            nullable = nullable or low == 0
        else:
            return None, False
        if first is None:
            return None, False
        chars |= first
        if not nullable:
            return chars, False
    return chars, True


def _fast_branches(items, ignorecase: bool) -> bool:
    """Let ``re`` pass over each alternative that cannot start where it is, in C.

    ``re`` tries the alternatives of an alternation one by one, but skips one at once
    when its first character is a plain literal or class that the text does not have
    there. A letter ignoring case is neither (it is compared lower-cased), so every
    alternative of a long list of words ignoring case is entered at each position. Here
    such a first letter becomes the class of every character it matches (``_cases``),
    not ignoring case: the same characters, and ``re`` skips the alternative. Whether
    anything was changed.
    """
    from re import _constants as C  # noqa: N812
    from re import _parser

    changed = False
    for op, av in items:
        if op is C.BRANCH:
            for branch in av[1]:
                changed = _fast_branches(branch, ignorecase) or changed
                if not ignorecase or not branch.data or branch.data[0][0] is not C.LITERAL:
                    continue
                cases = _cases(chr(branch.data[0][1]), True)
                if cases is None or len(cases) < 2:
                    continue
                one = _parser.SubPattern(
                    branch.state, [(C.IN, [(C.LITERAL, ord(c)) for c in sorted(cases)])]
                )
                branch.data[0] = (C.SUBPATTERN, (None, 0, re.IGNORECASE, one))
                changed = True
        elif op is C.SUBPATTERN:
            _group, add_flags, del_flags, body = av
            inner = (ignorecase or bool(add_flags & re.IGNORECASE)) and not (
                del_flags & re.IGNORECASE
            )
            changed = _fast_branches(body, inner) or changed
        elif op is C.ATOMIC_GROUP:
            changed = _fast_branches(av, ignorecase) or changed
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            changed = _fast_branches(av[2], ignorecase) or changed
        elif op in (C.ASSERT, C.ASSERT_NOT):
            changed = _fast_branches(av[1], ignorecase) or changed
    return changed


def _code_skipping_to(tree, flags: int, chars: set[str]) -> list[int] | None:
    """The code ``re`` generates for the parsed pattern, with ``chars`` as the set every
    match starts with in its info block (as ``re`` puts a leading character class there):
    its search then skips to them in C. ``None`` if the info block is not as expected."""
    from re import _compiler
    from re import _constants as C  # noqa: N812

    flags = tree.state.flags | flags
    code: list[int] = []
    _compiler._compile_info(code, tree, flags)
    if len(code) != 5 or code[0] != C.INFO or code[2] != 0 or code[3] == 0:
        return None  # re found a prefix itself, or the pattern may match nothing
    lo, hi = code[3], code[4]
    info = [C.INFO, 0, C.SRE_INFO_CHARSET, lo, hi]
    items = [(C.LITERAL, ord(c)) for c in sorted(c for c in chars if c != _DIGIT)]
    if _DIGIT in chars:
        items.append((C.CATEGORY, C.CATEGORY_DIGIT))
    charset, _hascased = _compiler._optimize_charset(items)
    _compiler._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    _compiler._compile(info, tree.data, flags)
    info.append(C.SUCCESS)
    return info


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


def compile_guarded_cached(pattern: str, flags: int = 0, tree=None) -> re.Pattern[str]:
    """:func:`compile_guarded`, kept between runs (``sardoc.recache``): for sardoc's own
    patterns (its source, rule and element files) only."""
    from . import recache

    key = ("guarded", pattern, int(flags))
    found = recache.lookup(key)
    if found is None:
        found = recache.keep(key, guarded_parts(pattern, int(flags), tree))
    return recache.build(found)


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
        all_flags = tree.state.flags | flags
        if all_flags & re.LOCALE:
            return parts(tree, flags, pattern)
        ignorecase = bool(all_flags & re.IGNORECASE)
        # All worked out on the pattern as written, before _fast_branches changes it.
        skips = re_skips_along(tree)
        starts, nullable = _start_chars(tree, ignorecase)
        first, first_nullable = _first_chars(tree)
        # The compiled pattern keeps its source only when its code is what re makes of it.
        source = None if _fast_branches(tree, ignorecase) else pattern
        if skips:
            return parts(tree, flags, source)
        if starts and not nullable and not _ALL_LOWER <= starts:
            code = _code_skipping_to(tree, flags, starts)
            if code is not None:
                return parts(tree, flags, None, code)
        if first and not first_nullable and len(first) <= 200:
            look = _parser.SubPattern(
                tree.state, [(C.IN, [(C.LITERAL, ord(c)) for c in sorted(first)])]
            )
            tree.data.insert(0, (C.ASSERT, (1, look)))
            source = None
        return parts(tree, flags, source)
    except Exception:  # noqa: BLE001 - fall back to the plain pattern
        tree = None
    return parts(tree if tree is not None else _parser.parse(pattern, flags), flags, pattern)
