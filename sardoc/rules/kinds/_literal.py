"""Fast regexes for lists of literal terms (the substitution and pattern kinds).

An alternation of many whole-word terms makes ``re`` try every term at every position
of the text. A lookahead in front that needs one of the terms' first two letters (and,
when every term starts with a word character, a word start) rejects almost every
position with one cheap test, and admits exactly the positions where some term could
match, so the matches are the same. Patterns are compiled once per list of terms, and
a paragraph that holds none of a pattern's literal words is not scanned at all
(``sardoc.prefilter``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...prefilter import Prefiltered, Scanned, compile_guarded_prefiltered, compile_prefiltered
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
    return _scanned(compile_prefiltered, f"{guard(terms)}(?:{body})", flags)


def _scanned(compile_, pattern: str, flags: int):
    """``compile_(pattern, flags)``; a pattern without a literal filter is still scanned
    from its leads in a long text (``sardoc.prefilter.Scanned``), as a filtered one is."""
    rx = compile_(pattern, flags)
    return rx if isinstance(rx, Prefiltered) else Scanned(rx, pattern)


@lru_cache(maxsize=256)
def any_word(terms: tuple[str, ...], ignore_case: bool) -> re.Pattern[str] | None:
    """Any of the whole-word terms, as ``compile_any`` would match them, behind the guard."""
    if not terms:
        return None
    flags = re.IGNORECASE if ignore_case else 0
    body = "|".join(f"(?:{word_pattern(t)})" for t in terms)
    return _scanned(compile_prefiltered, f"{guard(terms)}(?:{body})", flags)


@lru_cache(maxsize=1024)
def guarded_any(patterns: tuple[str, ...], ignore_case: bool = True) -> re.Pattern[str] | None:
    """What ``compile_any`` builds, behind a first-character guard when one can be had."""
    if not patterns:
        return None
    flags = re.IGNORECASE if ignore_case else 0
    return _scanned(compile_guarded_prefiltered, "|".join(f"(?:{p})" for p in patterns), flags)


@lru_cache(maxsize=1024)
def guarded(pattern: str, ignore_case: bool = True) -> re.Pattern[str]:
    """One regex, behind a first-character guard when one can be had; else as written."""
    return _scanned(compile_guarded_prefiltered, pattern, re.IGNORECASE if ignore_case else 0)
