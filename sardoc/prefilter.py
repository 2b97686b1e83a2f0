"""A cheap test that rules a text out before a large pattern is searched in it.

Most of the element layer's cues are alternations of phrases: "terms of reference",
"(?:the|this) review (?:will|would) consider". ``re`` tries every alternative at every
position of a paragraph, which is most of what checking a long report costs. Any match
of such a pattern must contain some plain words: one of the phrases' literal runs.
Those are worked out once from the parsed pattern, and a text that contains none of
them (lower-cased) cannot match, so the pattern is never run on it. A text that does
contain one is searched as before, so every match is exactly what the pattern alone
gives; when nothing certain can be said, there is no filter at all.

Case: the literals are lower-cased ASCII, and so is the text (``fold``). Under
``re.IGNORECASE`` four characters outside ASCII also match ASCII letters (dotted and
dotless i, long s, the Kelvin sign); ``fold`` maps them first (a test checks this
against every code point). A literal character outside ASCII ends a run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: Characters outside ASCII that ``re.IGNORECASE`` matches to an ASCII letter.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})

#: A filter whose shortest literal is shorter than this is not worth its cost.
MIN_LITERAL = 3


def fold(text: str) -> str:
    """``text`` as the literals are compared with it."""
    return text.lower() if text.isascii() else text.translate(_FOLD).lower()


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Lower-case strings one of which is in ``fold(text)`` wherever ``pattern`` matches.

    ``None`` when no such set is known (or it holds a literal too short to help).
    """
    from re import _parser

    return _literals_of(_parser.parse(pattern, flags))


def _literals_of(tree) -> tuple[str, ...] | None:
    try:
        found = _required(tree)
    except Exception:  # noqa: BLE001 - anything unexpected: no filter, never a wrong one
        return None
    if not found or min(len(s) for s in found) < MIN_LITERAL:
        return None
    return tuple(dict.fromkeys(found))


def _better(a: list[str] | None, b: list[str] | None) -> list[str] | None:
    """The more selective of two literal sets (longest shortest literal, then fewest)."""
    if not a:
        return b
    if not b:
        return a
    ka, kb = (min(map(len, a)), -len(a)), (min(map(len, b)), -len(b))
    return b if kb > ka else a


def _required(items) -> list[str] | None:
    """A set of literals one of which every match of the parsed sequence contains."""
    from re import _constants as C  # noqa: N812 - the parser's own names

    best: list[str] | None = None
    run: list[str] = []
    for op, av in items:
        if op is C.LITERAL and chr(av).isascii():
            run.append(chr(av).lower())
            continue
        # Anything else ends a run of plain characters (even a zero-width assertion:
        # a conservative choice, since a shorter literal is still a true one).
        if run:
            best = _better(best, ["".join(run)])
            run = []
        cand: list[str] | None = None
        if op is C.SUBPATTERN:
            cand = _required(av[3])
        elif op is C.ATOMIC_GROUP:
            cand = _required(av)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            cand = _required(av[2]) if av[0] >= 1 else None
        elif op is C.ASSERT:
            # A look-ahead or look-behind that must hold matches text that is there too.
            cand = _required(av[1])
        elif op is C.BRANCH:
            alternatives = [_required(b) for b in av[1]]
            if all(alternatives):
                cand = [s for alt in alternatives for s in alt]  # type: ignore[union-attr]
        best = _better(best, cand)
    if run:
        best = _better(best, ["".join(run)])
    return best


class Prefiltered:
    """A compiled pattern whose ``search`` and ``finditer`` first ask whether a match is
    possible.

    Only a whole string is filtered; everything else is the pattern's own.
    """

    __slots__ = ("_rx", "literals", "pattern")

    def __init__(self, rx: re.Pattern[str], literals: tuple[str, ...], source: str = "") -> None:
        self._rx = rx
        self.literals = literals
        #: The source as written (a pattern compiled from its parsed form has none).
        self.pattern = source or rx.pattern

    def search(self, text: str, *args) -> re.Match[str] | None:
        if args:
            return self._rx.search(text, *args)
        return self.search_folded(text, fold(text))

    def search_folded(self, text: str, low: str) -> re.Match[str] | None:
        """``search(text)`` where ``low`` is ``fold(text)``, worked out by the caller."""
        for lit in self.literals:  # a plain loop: a generator costs as much as the tests
            if lit in low:
                return self._rx.search(text)
        return None

    def finditer(self, text: str, *args) -> Iterator[re.Match[str]]:
        if args:
            return self._rx.finditer(text, *args)
        low = fold(text)
        for lit in self.literals:
            if lit in low:
                return self._rx.finditer(text)
        return iter(())

    def __getattr__(self, name: str):
        return getattr(self._rx, name)

    def __repr__(self) -> str:
        return f"Prefiltered({self._rx!r}, {self.literals!r})"


def compile_prefiltered(pattern: str, flags: int = 0) -> re.Pattern[str] | Prefiltered:
    """``re.compile(pattern, flags)``, behind a literal prefilter when one is known."""
    from re import _compiler, _parser

    try:
        # Parsed once, for the literals and for the compiled pattern (parsing is about
        # half of compiling, and a short document's check is mostly compiling cues).
        tree = _parser.parse(pattern, flags)
        literals = _literals_of(tree)
        if literals:
            return Prefiltered(_compiler.compile(tree, flags), literals, pattern)
    except re.error:
        raise
    except Exception:  # noqa: BLE001, S110 - fall back to the plain pattern
        pass
    return re.compile(pattern, flags)


def compile_guarded_prefiltered(pattern: str, flags: int = 0) -> re.Pattern[str] | Prefiltered:
    """``sardoc.lazyre.compile_guarded``, behind a literal prefilter when one is known.

    The pattern is parsed once, for its literals and for the guarded pattern.
    """
    from re import _parser

    from .lazyre import compile_guarded

    try:
        tree = _parser.parse(pattern, flags)
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - compiled as written, without a filter
        return compile_guarded(pattern, flags)
    literals = _literals_of(tree)  # before the guard goes into the tree
    rx = compile_guarded(pattern, flags, tree)
    return Prefiltered(rx, literals, pattern) if literals else rx


class AnyOf:
    """The match an alternation of several patterns would give, each behind its own filter.

    ``re`` reports an alternation's match at the first position where any alternative
    matches, by the first alternative (in order) that matches there. That is the
    leftmost of the alternatives' own first matches, the earliest alternative winning a
    tie; so searching for each alternative alone gives the same match. Alone, each has
    its own few literal words, and most are not searched for at all.
    """

    __slots__ = ("_parts", "_whole", "flags", "long_from", "pattern")

    #: Beyond this many characters the alternation is searched as one: alone, each
    #: alternative might scan the whole of a long text (a single-line file is one
    #: paragraph), where the alternation stops at its first match.
    LONG = 4000

    def __init__(
        self,
        parts: tuple[tuple[tuple[str, ...] | None, re.Pattern[str]], ...],
        source: str,
        flags: int = 0,
    ):
        self._parts = parts
        self._whole = None
        self.long_from = self.LONG
        self.pattern = source
        self.flags = flags

    def search(self, text: str) -> re.Match[str] | None:
        return self.search_folded(text, fold(text))

    def search_folded(self, text: str, low: str) -> re.Match[str] | None:
        if len(text) > self.long_from:
            if self._whole is None:
                self._whole = compile_prefiltered(self.pattern, self.flags)
            if isinstance(self._whole, Prefiltered):
                return self._whole.search_folded(text, low)
            return self._whole.search(text)
        best: re.Match[str] | None = None
        for literals, rx in self._parts:
            if literals is not None:
                for lit in literals:
                    if lit in low:
                        break
                else:
                    continue
            m = rx.search(text)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
                if not m.start():
                    break  # nothing can start earlier; a later alternative loses the tie
        return best


def compile_any_of(patterns: tuple[str, ...], flags: int = 0):
    """What ``re.compile("|".join(f"(?:{p})" for p in patterns), flags).search`` finds.

    Each pattern is compiled alone behind its own literal filter when one has any
    (``AnyOf``); otherwise the alternation is compiled as one (``compile_prefiltered``).
    """
    from re import _compiler, _parser

    source = "|".join(f"(?:{p})" for p in patterns)
    if len(patterns) < 2:
        return compile_prefiltered(source, flags)
    parts = []
    for p in patterns:
        tree = _parser.parse(p, flags)
        parts.append((_literals_of(tree), _compiler.compile(tree, flags)))
    if all(literals is None for literals, _ in parts):
        return compile_prefiltered(source, flags)
    return AnyOf(tuple(parts), source, flags)
