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
