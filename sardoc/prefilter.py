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
from functools import lru_cache, reduce
from operator import itemgetter, or_

#: Characters outside ASCII that ``re.IGNORECASE`` matches to an ASCII letter.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})

#: A filter whose shortest literal is shorter than this is not worth its cost.
MIN_LITERAL = 3


#: A text at least this long is folded once however many patterns ask (a single-line
#: file is one paragraph of megabytes, which each filtered pattern would fold again).
LONG_TEXT = 4000


def fold(text: str) -> str:
    """``text`` as the literals are compared with it."""
    if text.isascii():
        return text.lower() if len(text) < LONG_TEXT else _fold_long(text)
    if len(text) >= LONG_TEXT:
        return _fold_long(text)
    return _fold_other(text)


def _fold_other(text: str) -> str:
    # ``translate`` with a mapping looks up every character in Python's dictionary: only
    # a text that holds one of the four characters needs it.
    if "\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text:
        return text.translate(_FOLD).lower()
    return text.lower()


@lru_cache(maxsize=16)
def _fold_long(text: str) -> str:
    return text.lower() if text.isascii() else _fold_other(text)


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Lower-case strings one of which is in ``fold(text)`` wherever ``pattern`` matches.

    ``None`` when no such set is known (or it holds a literal too short to help).
    """
    from re import _parser

    return _literals_of(_parser.parse(pattern, flags))


def _literals_of(tree) -> tuple[str, ...] | None:
    return _filter_of(tree)[0]


def _filter_of(tree) -> tuple[tuple[str, ...] | None, tuple[tuple[str, ...], ...]]:
    """The best literal set of the parsed pattern (``None`` if none helps), and the other
    sets every match also meets (``_all_required``), in one walk of the tree."""
    try:
        sets = _all_required(tree)
    except Exception:  # noqa: BLE001 - anything unexpected: no filter, never a wrong one
        return None, ()
    best: list[str] | None = None
    for found in sets:
        if tuple(found) != DIGIT:
            best = _better(best, found)
    if not best or min(len(s) for s in best) < MIN_LITERAL:
        return None, ()
    literals = tuple(dict.fromkeys(best))
    return literals, _also_of(sets, literals)


def _better(a: list[str] | None, b: list[str] | None) -> list[str] | None:
    """The more selective of two literal sets (longest shortest literal, then fewest)."""
    if not a:
        return b
    if not b:
        return a
    ka, kb = (min(map(len, a)), -len(a)), (min(map(len, b)), -len(b))
    return b if kb > ka else a


#: Stands, among the literal sets, for "a digit": a cue such as "aged \\d{2}" cannot
#: match a text without one, whatever its words.
DIGIT = ("\\d",)
_ANY_DIGIT = re.compile(r"\d")

#: A literal set built from the alternatives after a literal run is not grown beyond this.
_MAX_LEADS = 64


def _leads(items) -> list[str] | None:
    """The literal strings one of which every match of the sequence starts with.

    "c(?:rown|ps)" gives ["crown", "cps"]; "" in the list stands for a match that
    starts with no literal. ``None`` when there are too many to be of use.
    """
    from re import _constants as C  # noqa: N812

    head: list[str] = []
    for op, av in items:
        if op is C.LITERAL and chr(av).isascii():
            head.append(chr(av).lower())
            continue
        prefix = "".join(head)
        if op is C.SUBPATTERN and not (av[1] or av[2]):
            inner = _leads(av[3])
        elif op is C.BRANCH:
            if len(av[1]) > _MAX_LEADS:
                return [prefix]
            inner = []
            for branch in av[1]:
                more = _leads(branch)
                if more is None:
                    return None
                inner.extend(more)
        else:
            return [prefix]
        if inner is None or len(inner) > _MAX_LEADS:
            return None if inner is None else [prefix]
        return [prefix + x for x in dict.fromkeys(inner)]
    return ["".join(head)]


def _joined(run: list[str], op, av) -> list[str] | None:
    """A literal run followed by a group or alternation: the run and each way it goes on."""
    from re import _constants as C  # noqa: N812

    if not run or op not in (C.BRANCH, C.SUBPATTERN):
        return None
    leads = _leads([(op, av)])
    if not leads or leads == [""]:
        return None
    prefix = "".join(run)
    return [prefix + x for x in leads]


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
        # a conservative choice, since a shorter literal is still a true one), but the
        # run may go on into each alternative of what follows ("c(?:rown|ps)").
        if run:
            best = _better(best, _joined(run, op, av))
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


def _all_required(items) -> list[list[str]]:
    """Every literal set ``_required`` weighs in the parsed sequence, not only the best.

    Each must be met by any match (one of its literals in the text): a cue like
    "trial ... [^.]{0,60} ... report" needs a word of each list, and a text with the
    first but not the second is not searched.
    """
    from re import _constants as C  # noqa: N812 - the parser's own names

    sets: list[list[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is C.LITERAL and chr(av).isascii():
            run.append(chr(av).lower())
            continue
        if run:
            joined = _joined(run, op, av)
            if joined:
                sets.append(joined)
            sets.append(["".join(run)])
            run = []
        if op is C.IN and av in _DIGIT_SETS:
            sets.append(list(DIGIT))
        elif op is C.SUBPATTERN:
            sets.extend(_all_required(av[3]))
        elif op is C.ATOMIC_GROUP:
            sets.extend(_all_required(av))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            sets.extend(_all_required(av[2]))
        elif op is C.ASSERT:
            sets.extend(_all_required(av[1]))
        elif op is C.BRANCH:
            alternatives = [_required(b) for b in av[1]]
            if all(alternatives):
                sets.append([s for alt in alternatives for s in alt])  # type: ignore[union-attr]
    if run:
        sets.append(["".join(run)])
    return sets


def _digit_sets() -> list:
    from re import _constants as C  # noqa: N812

    return [[(C.CATEGORY, C.CATEGORY_DIGIT)], [(C.RANGE, (48, 57))]]


_DIGIT_SETS = _digit_sets()


def _also_of(sets: list[list[str]], literals: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The literal sets beyond ``literals`` (the best) that a match must also meet."""
    out: list[tuple[str, ...]] = []
    for found in sets:
        if tuple(found) == DIGIT:
            if DIGIT not in out:
                out.append(DIGIT)
            continue
        if not found or min(len(x) for x in found) < MIN_LITERAL:
            continue
        # A set with a part of each of the best set's literals is met whenever the
        # best is: it rules nothing further out.
        if all(any(x in lit for x in found) for lit in literals):
            continue
        t = tuple(dict.fromkeys(found))
        if t not in out:
            out.append(t)
    return tuple(out)


def _kept(filters):
    """Filters as kept between runs (``sardoc.recache``), with ``DIGIT`` itself again:
    it is told from a literal set by identity, and a file gives back an equal copy."""
    literals, also = filters
    return literals, tuple(DIGIT if tuple(a) == DIGIT else tuple(a) for a in also)


def _meets(low: str, also: tuple[tuple[str, ...], ...]) -> bool:
    """Whether ``low`` holds a literal of every set in ``also``."""
    for literals in also:
        if literals is DIGIT:
            if _ANY_DIGIT.search(low) is None:
                return False
            continue
        for lit in literals:
            if lit in low:
                break
        else:
            return False
    return True


#: A match must start with a literal at least this long for ``LeadScan`` to be worth it.
MIN_LEAD = 3
#: ``LeadScan`` gives up on a pattern with more ways to start than this.
MAX_LEADS = 5000


#: A step back from a lead's anchor over a run of white space (``\\s+`` between words).
SPACES = 0

#: Where a match can start: a literal ``anchor`` every such match holds, and the steps
#: back from where the anchor starts to where the match does, nearest first: a number of
#: characters (a literal run), or ``SPACES``.
Lead = tuple[str, tuple[int, ...]]


def match_leads(pattern: str, flags: int = 0) -> tuple[Lead, ...] | None:
    """The leads (``Lead``) of ``pattern``: every match starts where one of them says,
    or ``None`` when that cannot be told (or an anchor would be shorter than
    ``MIN_LEAD``).

    Zero-width assertions (``\\b``, look-arounds, anchors) consume nothing, so they are
    passed over: ``\\b(?:organi|recogni)s`` gives the anchors "organi" and "recogni".
    A short word before white space is reached back from the next one: ``at\\s+fault``
    starts two characters before the white space before "fault" (only a character that
    is not white space may stand on either side of the white space, so where it starts
    is certain).
    """
    from re import _parser

    try:
        leads = _leads_of(list(_parser.parse(pattern, flags)))
    except Exception:  # noqa: BLE001 - anything unexpected: no scan, never a wrong one
        return None
    if not leads or len(leads) > MAX_LEADS or not all(_rare(a) for a, _ in leads):
        return None
    return tuple(dict.fromkeys(leads))


def _rare(anchor: str) -> bool:
    """Whether an anchor is rare enough in prose for ``LeadScan``: ``MIN_LEAD`` characters,
    or two of punctuation ("{{", "??")."""
    if len(anchor) >= MIN_LEAD:
        return True
    return len(anchor) == 2 and not any(c.isalnum() or c.isspace() for c in anchor)


def _is_spaces(op, av) -> bool:
    """Whether the parsed item is a repeat of characters that are all white space."""
    from re import _constants as C  # noqa: N812

    if op not in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) or len(av[2]) != 1:
        return False
    ((iop, iav),) = av[2]
    if iop is C.LITERAL:
        return chr(iav).isspace()
    if iop is not C.IN:
        return False
    return all(
        (k is C.CATEGORY and v in (C.CATEGORY_SPACE, C.CATEGORY_UNI_SPACE))
        or (k is C.LITERAL and chr(v).isspace())
        for k, v in iav
    )


def _leads_of(items) -> list[Lead] | None:
    """The leads of a parsed sequence; ``None`` when not known. An anchor may come out
    shorter than ``MIN_LEAD`` (the caller then gives up)."""
    from re import _constants as C  # noqa: N812

    # What comes before the current literal run: runs (their lengths) and SPACES, in
    # order; each SPACES has a character that is not white space on either side.
    path: list[int] = []
    run: list[str] = []

    def lead(anchor: str, back: tuple[int, ...] = ()) -> Lead:
        return anchor, back + tuple(reversed(path))

    for op, av in items:
        if op is C.LITERAL and chr(av).isascii():
            if not run and path and chr(av).isspace():
                return None  # white space on both sides of SPACES: where it starts is unsure
            run.append(chr(av).lower())
            continue
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width: the text matched goes on with what follows
        text = "".join(run)
        if _is_spaces(op, av):
            if not run or run[-1].isspace():
                return [lead(text)]  # no literal before the white space: stop here
            if len(run) >= MIN_LEAD:
                return [lead(text)]
            path.extend((len(run), SPACES))
            run = []
            continue
        if (
            op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
            and av[0] >= 1
            and len(av[2]) == 1
            and av[2][0][0] is C.LITERAL
            and chr(av[2][0][1]).isascii()
            and not (not run and path and chr(av[2][0][1]).isspace())
        ):
            # "\\?\\?\\?+": the repeated character is there at least once.
            return [lead(text + chr(av[2][0][1]).lower())]
        if len(run) >= MIN_LEAD or op not in (C.SUBPATTERN, C.ATOMIC_GROUP, C.BRANCH):
            return [lead(text)]
        if op is C.BRANCH:
            inner: list[Lead] | None = []
            for branch in av[1]:
                more = _leads_of(branch)
                if more is None:
                    return None
                inner.extend(more)
        else:
            inner = _leads_of(av[3] if op is C.SUBPATTERN else av)
        if inner is None or len(inner) > MAX_LEADS:
            return None
        out = []
        for anchor, back in inner:
            if not back:
                # The group's own anchor goes on from the run ("c(?:rown|ps)").
                if not run and path and anchor[:1].isspace():
                    return None
                out.append(lead(text + anchor))
            elif not run and path:
                return None  # what starts the group beside SPACES is unsure
            else:
                out.append(lead(anchor, back + ((len(run),) if run else ())))
        # What follows the group is not added to its anchors.
        return out
    return [lead("".join(run))]


class LeadScan:
    """``rx.finditer(text)``, with the places a match can start found by an Aho-Corasick
    automaton of the pattern's leads' anchors (``match_leads``) in one pass in C.

    ``re`` tries an alternation of words at every position of the text, behind at best a
    first-character test that half the letters pass; a single-line file is megabytes.
    Every match starts where a lead says, so trying ``rx.match`` at each such place (from
    the end of the last match on) finds the same matches, in order, as the scan:
    ``match(text, pos)`` sees the text before ``pos`` (for ``\\b`` and look-behinds) as
    a scan does. Every match holds an anchor, so none is empty.
    """

    __slots__ = ("_automaton", "_match", "_stepped")

    def __init__(self, rx: re.Pattern[str], leads: tuple[Lead, ...]) -> None:
        import ahocorasick

        # Each anchor's value: its length, and the steps back of every lead it anchors.
        backs: dict[str, list[tuple[int, ...]]] = {}
        for anchor, back in leads:
            backs.setdefault(anchor, []).append(back)
        automaton = ahocorasick.Automaton()
        for anchor, steps in backs.items():
            plain = steps == [()]
            automaton.add_word(anchor, len(anchor) if plain else (len(anchor), tuple(steps)))
        automaton.make_automaton()
        self._automaton = automaton
        self._stepped = any(back for _, back in leads)
        self._match = rx.match

    def starts(self, text: str, low: str) -> list[int]:
        """Every place in ``text`` a match may start, in order."""
        hits = self._automaton.iter(low)
        if not self._stepped:
            return sorted({end - n + 1 for end, n in hits})
        out = set()
        for end, value in hits:
            if type(value) is int:
                out.add(end - value + 1)
                continue
            n, steps = value
            for back in steps:
                at = end - n + 1
                for step in back:
                    if step == SPACES:
                        while at > 0 and text[at - 1].isspace():
                            at -= 1
                    else:
                        at -= step
                if at >= 0:
                    out.add(at)
        return sorted(out)

    def finditer(self, text: str, low: str) -> Iterator[re.Match[str]]:
        """The matches in ``text``, where ``low`` is ``fold(text)``."""
        match, pos = self._match, 0
        for start in self.starts(text, low):
            if start >= pos:
                m = match(text, start)
                if m is not None:
                    yield m
                    pos = m.end()


def _lead_scan(rx: re.Pattern[str], source: str) -> LeadScan | bool:
    """``rx``'s ``LeadScan`` (``source`` is the pattern as written), or ``False``."""
    leads = match_leads(source, rx.flags)
    return LeadScan(rx, leads) if leads else False


class Scanned:
    """A compiled pattern without a literal filter whose ``finditer`` finds a long text's
    matches from where its leads are (``LeadScan``), as ``Prefiltered`` does; everything
    else is the pattern's own."""

    __slots__ = ("_rx", "_scan", "pattern")

    def __init__(self, rx: re.Pattern[str], source: str) -> None:
        self._rx = rx
        self.pattern = source
        self._scan: LeadScan | bool | None = None

    def finditer(self, text: str, *args) -> Iterator[re.Match[str]]:
        if args or len(text) < LONG_TEXT:
            return self._rx.finditer(text, *args)
        if self._scan is None:
            self._scan = _lead_scan(self._rx, self.pattern)
        if self._scan:
            return self._scan.finditer(text, fold(text))
        return self._rx.finditer(text)

    def __getattr__(self, name: str):
        return getattr(self._rx, name)

    def __repr__(self) -> str:
        return f"Scanned({self._rx!r})"


class Prefiltered:
    """A compiled pattern whose ``search`` and ``finditer`` first ask whether a match is
    possible.

    Only a whole string is filtered; everything else is the pattern's own. A long text
    is scanned for the places a match can start (``LeadScan``), where the pattern has
    literal leads.
    """

    __slots__ = ("_rx", "_scan", "also", "literals", "pattern")

    def __init__(
        self,
        rx: re.Pattern[str],
        literals: tuple[str, ...],
        source: str = "",
        also: tuple[tuple[str, ...], ...] = (),
    ) -> None:
        self._rx = rx
        self.literals = literals
        #: Further literal sets every match meets, tried once ``literals`` is met.
        self.also = also
        #: The source as written (a pattern compiled from its parsed form has none).
        self.pattern = source or rx.pattern
        #: The ``LeadScan`` for long texts: ``None`` until one is first asked for, then
        #: ``False`` if the pattern has no leads.
        self._scan: LeadScan | bool | None = None

    def search(self, text: str, *args) -> re.Match[str] | None:
        if args:
            return self._rx.search(text, *args)
        return self.search_folded(text, fold(text))

    def search_folded(self, text: str, low: str) -> re.Match[str] | None:
        """``search(text)`` where ``low`` is ``fold(text)``, worked out by the caller."""
        for lit in self.literals:  # a plain loop: a generator costs as much as the tests
            if lit in low:
                if self.also and not _meets(low, self.also):
                    return None
                return self._rx.search(text)
        return None

    def finditer(self, text: str, *args) -> Iterator[re.Match[str]]:
        if args:
            return self._rx.finditer(text, *args)
        low = fold(text)
        for lit in self.literals:
            if lit in low:
                if self.also and not _meets(low, self.also):
                    break
                if len(text) >= LONG_TEXT:
                    if self._scan is None:
                        self._scan = _lead_scan(self._rx, self.pattern)
                    if self._scan:
                        return self._scan.finditer(text, low)
                return self._rx.finditer(text)
        return iter(())

    def __getattr__(self, name: str):
        return getattr(self._rx, name)

    def __repr__(self) -> str:
        return f"Prefiltered({self._rx!r}, {self.literals!r})"


def compile_prefiltered(pattern: str, flags: int = 0) -> re.Pattern[str] | Prefiltered:
    """``re.compile(pattern, flags)``, behind a literal prefilter when one is known.

    Patterns come from sardoc's source, rule and element files, so the compiled code and
    the literals are kept between runs (``sardoc.recache``).
    """
    from . import recache

    flags = int(flags)
    key = ("prefiltered", pattern, flags)
    found = recache.lookup(key)
    if found is None:
        from re import _parser

        # Parsed once, for the literals and for the compiled pattern (parsing is about
        # half of compiling, and a short document's check is mostly compiling cues).
        tree = _parser.parse(pattern, flags)
        literals, also = _filter_of(tree)
        found = recache.keep(
            key, (recache.parts(tree, flags, None if literals else pattern), literals, also)
        )
    parts, *filters = found
    literals, also = _kept(filters)
    rx = recache.build(parts)
    return Prefiltered(rx, literals, pattern, also) if literals else rx


def compile_guarded_prefiltered(pattern: str, flags: int = 0) -> re.Pattern[str] | Prefiltered:
    """``sardoc.lazyre.compile_guarded``, behind a literal prefilter when one is known.

    The pattern is parsed once, for its literals and for the guarded pattern; both are
    kept between runs, as ``compile_prefiltered``'s are.
    """
    from . import recache
    from .lazyre import guarded_parts

    flags = int(flags)
    key = ("guarded-prefiltered", pattern, flags)
    found = recache.lookup(key)
    if found is None:
        from re import _parser

        tree = _parser.parse(pattern, flags)
        literals, also = _filter_of(tree)  # before the guard goes into the tree
        found = recache.keep(key, (guarded_parts(pattern, flags, tree), literals, also))
    parts, *filters = found
    literals, also = _kept(filters)
    rx = recache.build(parts)
    return Prefiltered(rx, literals, pattern, also) if literals else rx


class _Deferred:
    """A pattern compiled on its first search (through ``sardoc.recache``, with its parsed
    ``tree`` if there is one); then its ``search`` is the compiled pattern's own.

    Compiled behind ``sardoc.lazyre``'s guard: a text that passes the literal filter is
    still searched at every position, and most cues can start at few of them."""

    def __init__(self, pattern: str, flags: int, tree=None) -> None:
        self._pattern = pattern
        self._flags = flags
        self._tree = tree

    def search(self, text: str) -> re.Match[str] | None:
        from .lazyre import compile_guarded_cached

        rx = compile_guarded_cached(self._pattern, self._flags, self._tree)
        self.search = rx.search  # type: ignore[method-assign]
        self._tree = None
        return rx.search(text)


class LiteralIndex:
    """Which of many literals a text holds, found in one pass over the text.

    A long document's element cues are tried on every paragraph and sentence, each
    behind its own literal filter, and testing the filters one literal at a time costs
    more than the searches they save. Here every literal registered gets a bit, and an
    Aho-Corasick automaton of them all (pyahocorasick, in C) reports each one the text
    holds, wherever it starts and however literals overlap, in one pass. The bits of a
    text are then tested against each cue's with one ``&``.
    """

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}
        #: Changes whenever a literal is added (bits worked out before are then stale).
        self.version = 0
        self._automaton = None

    def mask(self, literals: tuple[str, ...]) -> int:
        out = 0
        for lit in literals:
            bit = self._ids.get(lit)
            if bit is None:
                bit = self._ids[lit] = len(self._ids)
                self.version = len(self._ids)
                self._automaton = None
            out |= 1 << bit
        return out

    def present(self, low: str) -> int:
        """The bits of the registered literals that ``low`` (a folded text) holds."""
        automaton = self._automaton
        if automaton is None:
            if not self._ids:
                return 0
            automaton = self._build()
        # Or-ed in C (no Python step per literal found: a paragraph holds hundreds).
        return reduce(or_, map(_second, automaton.iter(low)), 0)

    def _build(self):
        # Built when a text is first asked about, never at start-up: a short document's
        # check does not use the index (a few milliseconds for the cues' 1,600 literals).
        import ahocorasick

        automaton = ahocorasick.Automaton()
        for lit, bit in self._ids.items():
            automaton.add_word(lit, 1 << bit)
        automaton.make_automaton()
        self._automaton = automaton
        return automaton


_second = itemgetter(1)


def _all_present(present: int, masks: tuple[int, ...]) -> bool:
    for mask in masks:
        if not present & mask:
            return False
    return True


#: The one index every ``AnyOf`` registers its literals with (see ``AnyOf.search_present``).
INDEX = LiteralIndex()


class AnyOf:
    """The match an alternation of several patterns would give, each behind its own filter.

    ``re`` reports an alternation's match at the first position where any alternative
    matches, by the first alternative (in order) that matches there. That is the
    leftmost of the alternatives' own first matches, the earliest alternative winning a
    tie; so searching for each alternative alone gives the same match. Alone, each has
    its own few literal words, and most are not searched for at all.
    """

    __slots__ = (
        "_any",
        "_masked",
        "_parts",
        "_plans",
        "_relevant",
        "_whole",
        "flags",
        "long_from",
        "pattern",
    )

    #: Beyond this many characters the alternation is searched as one: alone, each
    #: alternative might scan the whole of a long text (a single-line file is one
    #: paragraph), where the alternation stops at its first match.
    LONG = 4000

    def __init__(
        self,
        parts: tuple[
            tuple[tuple[str, ...] | None, tuple[tuple[str, ...], ...], re.Pattern[str]], ...
        ],
        source: str,
        flags: int = 0,
    ):
        self._parts = parts
        self._masked: tuple | None = None
        self._any = 0
        #: Every bit any part's literal sets test (``register``), and for each set of
        #: them a text may hold, the parts it lets through (``search_present``).
        self._relevant = 0
        self._plans: dict[int, tuple] = {}
        self._whole = None
        self.long_from = self.LONG
        self.pattern = source
        self.flags = flags

    def search(self, text: str) -> re.Match[str] | None:
        return self.search_folded(text, fold(text))

    def search_folded(self, text: str, low: str) -> re.Match[str] | None:
        if len(text) > self.long_from:
            if self._whole is None:
                self._whole = compile_guarded_prefiltered(self.pattern, self.flags)
            if isinstance(self._whole, Prefiltered):
                return self._whole.search_folded(text, low)
            return self._whole.search(text)
        best: re.Match[str] | None = None
        for literals, also, rx in self._parts:
            if literals is not None:
                for lit in literals:
                    if lit in low:
                        break
                else:
                    continue
                if also and not _meets(low, also):
                    continue
            m = rx.search(text)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
                if not m.start():
                    break  # nothing can start earlier; a later alternative loses the tie
        return best

    def register(self) -> None:
        """Give each part's literal sets their bits in ``INDEX`` (once)."""
        if self._masked is not None:
            return
        masked = []
        self._any = 0  # every part's literals, or -1 (all bits) when a part has none
        for literals, also, rx in self._parts:
            if literals is None:
                masked.append((0, (), False, rx))
                self._any = -1
                continue
            more = tuple(INDEX.mask(a) for a in also if a is not DIGIT)
            masked.append((INDEX.mask(literals), more, DIGIT in also, rx))
            if self._any != -1:
                self._any |= masked[-1][0]
            for m in (masked[-1][0], *more):
                self._relevant |= m
        self._masked = tuple(masked)

    def _plan(self, present: int) -> tuple:
        """(needs a digit, pattern) of each part, in order, that a text whose literal
        bits are ``present`` may match."""
        out = []
        for mask, more, digit, rx in self._masked:
            if mask:
                if not present & mask:
                    continue
                if more and not _all_present(present, more):
                    continue
            out.append((digit and bool(mask), rx))
        return tuple(out)

    def wanted(self) -> int:
        """The bits of every part's literals (all bits when a part has none), after
        ``register``: a text whose bits meet none of them holds no match."""
        return self._any

    def search_present(self, text: str, low: str, present: int) -> re.Match[str] | None:
        """``search_folded(text, low)``, where ``present`` is ``INDEX.present(low)`` worked
        out after ``register``."""
        if self._masked is None or len(text) > self.long_from:
            return self.search_folded(text, low)
        return self.search_bits(text, present)

    def search_bits(self, text: str, present: int) -> re.Match[str] | None:
        """``search_present`` for a text no longer than ``long_from``, after ``register``:
        its folded form is not needed."""
        if self._any != -1 and not present & self._any:
            return None  # no part's literals are there
        # Which parts a text's literals let through depends only on those of its bits
        # that some part asks for: worked out once for each such set of bits, not a
        # test of every part for every text (a single-line file is tens of thousands of
        # sentences, each tried against every element's dozens of cues).
        key = present & self._relevant
        parts = self._plans.get(key)
        if parts is None:
            parts = self._plans[key] = self._plan(key)
        best: re.Match[str] | None = None
        for digit, rx in parts:
            if digit and _ANY_DIGIT.search(text) is None:
                continue
            m = rx.search(text)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
                if not m.start():
                    break  # nothing can start earlier; a later alternative loses the tie
        return best


Filters = tuple[tuple[str, ...] | None, tuple[tuple[str, ...], ...]]


def filter_of(pattern: str, flags: int = 0) -> Filters:
    """The literal sets of ``pattern`` as ``compile_any_of`` filters it: the best set (or
    ``None``) and the others every match also meets (``DIGIT`` for a digit)."""
    from re import _parser

    return _filter_of(_parser.parse(pattern, flags))


def compile_any_of(
    patterns: tuple[str, ...], flags: int = 0, known: dict[str, Filters] | None = None
):
    """What ``re.compile("|".join(f"(?:{p})" for p in patterns), flags).search`` finds.

    Each pattern is compiled alone behind its own literal filter when one has any
    (``AnyOf``); otherwise the alternation is compiled as one (``compile_prefiltered``).
    ``known`` gives the filters of some patterns already worked out (``filter_of`` with
    these ``flags``), so that a pattern no text passes is never even parsed.
    """
    from . import recache

    source = "|".join(f"(?:{p})" for p in patterns)
    if len(patterns) < 2:
        return compile_prefiltered(source, flags)
    flags = int(flags)
    parts = []
    for p in patterns:
        filters = known.get(p) if known is not None else None
        tree = None
        if filters is None:
            # Kept between runs, as the compiled cues are: the cues are element files'.
            key = ("filter", p, flags)
            filters = recache.lookup(key)
            if filters is None:
                from re import _parser

                tree = _parser.parse(p, flags)
                filters = recache.keep(key, _filter_of(tree))
        literals, also = _kept(filters)
        # A cue behind a filter is compiled when a text first passes it: most cues of a
        # short document never do, and compiling is about half of what parsing costs.
        rx = _Deferred(p, flags, tree) if literals else recache.compile(p, flags, tree)
        parts.append((literals, also, rx))
    if all(literals is None for literals, _, _ in parts):
        return compile_prefiltered(source, flags)
    return AnyOf(tuple(parts), source, flags)
