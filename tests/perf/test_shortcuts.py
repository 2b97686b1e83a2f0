"""Faster ways of computing a value give the value the plain way gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sardoc.rules.kinds.abbreviations import _shouting


def _shouting_plainly(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) >= 3 and sum(c.isupper() for c in letters) >= 0.7 * len(letters)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(list("aAbBzZQ 1.,:\n\t_Éé\u2167ß")), max_size=20).map("".join))
def test_shouting_counts_as_before(text):
    assert _shouting(text) == _shouting_plainly(text)
