"""Patterns compiled on first use behave as compiled ones and are not built before."""

from __future__ import annotations

import re

from sardoc.lazyre import lazy_compile


def test_not_compiled_until_used_then_the_same():
    lazy = lazy_compile(r"(?P<w>\b[A-Z]\w+)", re.M)
    assert "search" not in vars(lazy)
    text = "Adult A met Jane\nHughes"
    plain = re.compile(r"(?P<w>\b[A-Z]\w+)", re.M)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert "search" in vars(lazy)
    assert lazy.sub("X", text) == plain.sub("X", text)
    assert (lazy.pattern, lazy.flags, lazy.groupindex) == (
        plain.pattern,
        plain.flags,
        plain.groupindex,
    )


def test_a_bad_pattern_fails_when_first_used():
    lazy = lazy_compile(r"(")
    try:
        lazy.search("x")
    except re.error:
        return
    raise AssertionError("expected re.error")


def test_no_guard_where_re_skips_along_by_itself():
    # A guard in front of "Home|Hospi" or "[ \t]de[ \t]" would take away re's own skip to
    # the characters every match starts with; a look-behind or \b first has no such skip.
    from sardoc.lazyre import guarded_parts

    text = "At Home, the Hospice; la de da. Mr Jones met Ann at a home.\tde\t"
    for pattern, flags, guarded in [
        (r"Home|Hospi", 0, False),
        (r"[ \t]de[ \t]", 0, False),
        (r"Mr [A-Z]\w+", 0, False),
        (r"(?<=\s)[A-Z][a-z]+", 0, True),
        (r"\b(?:Ann|Jones)", 0, True),
        (r"home", re.IGNORECASE, True),
    ]:
        parts = guarded_parts(pattern, flags)
        assert (parts[0] is None) is guarded, pattern  # the source is kept when unguarded
        from sardoc.recache import build

        built, plain = build(parts), re.compile(pattern, flags)
        assert [m.span() for m in built.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_characters_that_match_an_ascii_character_ignoring_case_are_all_known():
    # The start set of a pattern ignoring case holds every character re.IGNORECASE takes
    # for each of its ASCII characters (lazyre._cases): checked against every code point.
    import sys

    from sardoc.lazyre import _cases

    ascii_any = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if ch.isascii() or not ascii_any.fullmatch(ch):
            continue
        for a in map(chr, range(128)):
            if re.fullmatch(re.escape(a), ch, re.IGNORECASE):
                assert ch in _cases(a, True), (a, ch)
    for a in map(chr, range(128)):
        both = {c for c in map(chr, range(128)) if re.fullmatch(re.escape(a), c, re.I)}
        assert both <= _cases(a, True), a


def _skips(pattern: str, flags: int = 0) -> bool:
    """Whether the guard put a start set in the code's info block."""
    from re import _constants as C  # noqa: N812

    from sardoc.lazyre import guarded_parts
    from sardoc.recache import build

    parts = guarded_parts(pattern, flags)
    code = build(parts)  # must be code _sre takes
    assert code.flags == re.compile(pattern, flags).flags
    from array import array

    words = parts[2]
    if type(words) is bytes:
        words = array("I", words).tolist()
    return parts[0] is None and words[0] == C.INFO and words[2] == C.SRE_INFO_CHARSET


def test_a_start_set_goes_where_re_would_put_a_leading_class():
    assert _skips(r"\b(?:Ann|Jones)")
    assert _skips(r"(?<![\w-])(?:case|crime)\s+number", re.IGNORECASE)
    # Local flags are followed: "(?-i:LAS)" starts with a capital only.
    assert _skips(r"\b(?:rio|(?-i:LAS))\b", re.IGNORECASE)
    # Not where re skips along itself, nor for a set that most of a text is in.
    # \d is kept as re's own digit category (every decimal digit, not only 0-9).
    assert _skips(r"(?<![\w/.-])(\d{3})([ -]?)(\d{3})\2(\d{4})")
    assert not _skips(r"Home|Hospi")
    assert not _skips(r"(?<![\w'-])[a-z][\w'-]*")
    # Nor where a character outside ASCII ignores case (its cases are not worked out).
    assert not _skips(r"(?<!\w)\u00e9t\u00e9", re.IGNORECASE)


_STARTS = [
    r"\b(?:case|crime)\s+(?:number|no\.?)\s*(?P<id>\d+)",
    r"(?<![\w/])(?:(?-i:LAS|LCS)|rio|kit)(?=\s*[:#])",
    r"(?i:k)elvin|(?-i:S)ame|\bIs\b",
    r"(?<=\s)(?:[A-Z][a-z]+|\d{2})-\d",
    r"(?:x?y)+z|\bq",
    r"\b(?:born|d\.?o\.?b)\b",
    r"(?:is|sam|ink|kit|-x)e?\b|(?=[a-z])(?:same|i)",
    r"(?<![\w/.-])(\d{2})[ -]?(\d{2})|\bq\d",
]
_PIECES = [
    "case",
    "CASE",
    "Crime",
    "number",
    "no.",
    " ",
    "\n",
    "12",
    "LAS",
    "las",
    ":",
    "#",
    "rio",
    "RIO",
    "kit",
    "Kit",
    "\u212ait",
    "\u017fame",
    "Same",
    "same",
    "kelvin",
    "\u212aelvin",
    "Is",
    "\u0130s",
    "\u0131s",
    "is",
    "Ann",
    "-",
    "7",
    "xy",
    "yz",
    "z",
    "q",
    "Q",
    "born",
    "Bor",
    "d.o.b",
    "DOB",
    "/",
    "w",
    "\u0130nk",
    "\u0131s",
    "e",
    "-x",
    "\u0661\u0662",
    "\u0663",
    "q1",
]


def test_start_set_guards_match_as_the_plain_patterns():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from sardoc.lazyre import guarded_parts
    from sardoc.recache import build

    compiled = [(build(guarded_parts(p, f)), re.compile(p, f)) for p in _STARTS for f in (0, re.I)]
    assert sum(_skips(p, f) for p in _STARTS for f in (0, re.I)) >= 8

    @settings(max_examples=1500, deadline=None)
    @given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
    def check(text):
        for ours, plain in compiled:
            assert [(m.span(), m.groups()) for m in ours.finditer(text)] == [
                (m.span(), m.groups()) for m in plain.finditer(text)
            ], (plain.pattern, text)
            for pos in range(0, len(text), 5):
                got, want = ours.search(text, pos), plain.search(text, pos)
                assert (got and got.span()) == (want and want.span())

    check()


def test_alternatives_ignoring_case_start_with_their_letters_cases():
    # _fast_branches: an alternative's first letter ignoring case becomes the class of
    # every character it matches, so that re passes over the alternative in C.
    from re import _parser

    from sardoc.lazyre import _fast_branches

    tree = _parser.parse(r"\b(?:is|kit|-x)", re.IGNORECASE)
    assert _fast_branches(tree, True)
    text = repr(tree.data)
    assert "304" in text and "305" in text and "8490" in text  # \u0130, \u0131, \u212a
    assert not _fast_branches(_parser.parse(r"\b(?:is|kit)", 0), False)
