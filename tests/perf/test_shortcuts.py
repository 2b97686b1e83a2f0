"""Faster ways of computing a value give the value the plain way gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sardoc.elements import quote
from sardoc.rules.kinds.abbreviations import _shouting


def _shouting_plainly(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) >= 3 and sum(c.isupper() for c in letters) >= 0.7 * len(letters)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(list("aAbBzZQ 1.,:\n\t_Éé\u2167ß")), max_size=20).map("".join))
def test_shouting_counts_as_before(text):
    assert _shouting(text) == _shouting_plainly(text)


def _quote_plainly(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "\u2026"


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(["word", " ", "  \n\t ", ",", "x", "longerword"]), max_size=60).map(
        "".join
    ),
    st.integers(min_value=2, max_value=30),
)
def test_quote_cuts_as_before(text, limit):
    assert quote(text, limit) == _quote_plainly(text, limit)
