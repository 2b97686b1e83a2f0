"""Fast regexes for lists of literal terms (the substitution and pattern kinds).

An alternation of many whole-word terms makes ``re`` try every term at every position
of the text. A lookahead in front that needs one of the terms' first two letters (and,
when every term starts with a word character, a word start) rejects almost every
position with one cheap test, and admits exactly the positions where some term could
match, so the matches are the same. Patterns are compiled once per list of terms.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..textutil import word_pattern


def guard(terms: tuple[str, ...]) -> str:
    """A zero-width prefix that every match of ``word_pattern(t)`` for ``t`` in terms passes."""
    if not terms or any(not t.split() for t in terms):
        return ""  # a blank term matches anywhere: no guard
    heads = sorted({t.split()[0][:2] for t in terms})
    # A term's first word is matched literally; its first two characters come first.
    look = "(?=" + "|".join(re.escape(h) for h in heads) + ")"
    starts_word = all(word_pattern(t).startswith(r"(?<![\w])") for t in terms)
    return (r"(?<![\w])" if starts_word else "") + look


@lru_cache(maxsize=256)
def named_alternation(terms: tuple[str, ...], ignore_case: bool) -> re.Pattern[str]:
    """``(?P<s0>term0)|(?P<s1>term1)|...``, whole words, behind the guard."""
    flags = re.IGNORECASE if ignore_case else 0
    body = "|".join(f"(?P<s{i}>{word_pattern(term)})" for i, term in enumerate(terms))
    return re.compile(f"{guard(terms)}(?:{body})", flags)


@lru_cache(maxsize=256)
def any_word(terms: tuple[str, ...], ignore_case: bool) -> re.Pattern[str] | None:
    """Any of the whole-word terms, as ``compile_any`` would match them, behind the guard."""
    if not terms:
        return None
    flags = re.IGNORECASE if ignore_case else 0
    body = "|".join(f"(?:{word_pattern(t)})" for t in terms)
    return re.compile(f"{guard(terms)}(?:{body})", flags)


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


def first_char_guard(patterns: tuple[str, ...], ignore_case: bool) -> str:
    """``(?=[...])`` admitting every character any of the patterns can start a match with,
    or "" when some pattern can match the empty string or starts in a way not analysed."""
    from re import _parser

    flags = re.IGNORECASE if ignore_case else 0
    chars: set[str] = set()
    for p in patterns:
        try:
            first, nullable = _first_chars(_parser.parse(p, flags))
        except Exception:  # noqa: BLE001 - a bad pattern is reported by re.compile itself
            return ""
        if first is None or nullable or not first:
            return ""
        chars |= first
    if len(chars) > 200:
        return ""
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


@lru_cache(maxsize=1024)
def guarded_any(patterns: tuple[str, ...], ignore_case: bool = True) -> re.Pattern[str] | None:
    """What ``compile_any`` builds, behind a first-character guard when one can be had."""
    if not patterns:
        return None
    flags = re.IGNORECASE if ignore_case else 0
    body = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(f"{first_char_guard(patterns, ignore_case)}(?:{body})", flags)


@lru_cache(maxsize=1024)
def guarded(pattern: str, ignore_case: bool = True) -> re.Pattern[str]:
    """One regex, behind a first-character guard when one can be had; else as written."""
    flags = re.IGNORECASE if ignore_case else 0
    guard = first_char_guard((pattern,), ignore_case)
    if guard:
        try:
            return re.compile(f"{guard}(?:{pattern})", flags)
        except re.error:  # e.g. a global (?x) that must stay at the very start
            pass
    return re.compile(pattern, flags)
