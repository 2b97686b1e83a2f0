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
