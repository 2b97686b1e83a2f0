"""The guarded alternations find exactly what the plain ones do."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sardoc.rules.kinds._literal import any_word, named_alternation
from sardoc.rules.textutil import word_pattern

TERMS = (
    "in order to",
    "utilise",
    "utilised",
    "multi-agency",
    "Lorem ipsum",
    "TBC",
    "(sic",
    "s42",
    "a",
    "ſtate",
)
PIECES = [*TERMS, " ", "\n", "x", "-", "IN  ORDER\tTO", "utilisedly", "_tbc", "ÉTAT", "sTATE", "A"]


def plain(terms, ignore_case):
    flags = re.IGNORECASE if ignore_case else 0
    body = "|".join(f"(?P<s{i}>{word_pattern(t)})" for i, t in enumerate(terms))
    return re.compile(body, flags)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=12),
    st.lists(st.sampled_from(TERMS), min_size=1, max_size=5, unique=True),
    st.booleans(),
)
def test_same_matches(pieces, terms, ignore_case):
    text = "".join(pieces)
    terms = tuple(terms)
    want = [(m.span(), m.lastgroup) for m in plain(terms, ignore_case).finditer(text)]
    got = [(m.span(), m.lastgroup) for m in named_alternation(terms, ignore_case).finditer(text)]
    assert got == want
    spans = [m.span() for m in any_word(terms, ignore_case).finditer(text)]
    assert spans == [s for s, _ in want]


def test_a_blank_term_gets_no_guard():
    assert named_alternation(("", "x"), True).pattern.startswith("(?:(?P<s0>")
