"""The guarded alternations find exactly what the plain ones do."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from sardoc.rules.kinds._literal import any_word, guarded, guarded_any, named_alternation
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


PARTS = [
    "a",
    "[bc]",
    "[x-z]",
    r"\b",
    r"(?<!\w)",
    "(?:ab)?",
    "d*",
    "e+",
    "(?:f|gh)",
    "(?:|i)",
    "^",
    r"\d",
    r"\s*",
    "(?=k)",
    "[^a]",
    "(?i:L)",
    "(m)",
    "-",
    r"(?:\b|x)",
]
TEXT = st.lists(st.sampled_from(list("abcdefghiklmxyzABKL 1\n_-")), max_size=30).map("".join)


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(PARTS), min_size=1, max_size=4), min_size=1, max_size=3),
    TEXT,
    st.booleans(),
)
def test_first_character_guard_keeps_every_match(pieces, text, ignore_case):
    patterns = tuple("".join(p) for p in pieces)
    flags = re.IGNORECASE if ignore_case else 0
    plain_any = re.compile("|".join(f"(?:{p})" for p in patterns), flags)
    assert [m.span() for m in guarded_any(patterns, ignore_case).finditer(text)] == [
        m.span() for m in plain_any.finditer(text)
    ]
    for p in patterns:
        want = [m.span() for m in re.compile(p, flags).finditer(text)]
        assert [m.span() for m in guarded(p, ignore_case).finditer(text)] == want


def test_rule_file_patterns_find_the_same_on_the_samples():
    import yaml

    root = Path(__file__).resolve().parents[2]
    text = "\n".join(p.read_text(encoding="utf-8") for p in (root / "samples").rglob("*.md"))
    checked = 0
    for path in (root / "rules").rglob("*.yaml"):
        params = yaml.safe_load(path.read_text(encoding="utf-8")).get("params") or {}
        for p in [*params.get("patterns", []), *(v for g in params.get("groups", []) for v in g)]:
            want = [m.span() for m in re.compile(p, re.I).finditer(text)]
            assert [m.span() for m in guarded(p, True).finditer(text)] == want, path.name
            checked += 1
    assert checked > 5


def test_a_local_case_flag_gets_no_guard():
    assert [m.span() for m in guarded("(?i:l)x", False).finditer("Lx lx")] == [(0, 2), (3, 5)]
    assert guarded(r"\s*x", True).pattern == r"\s*x"  # can start with nothing: no guard


def test_a_global_case_flag_is_kept():
    assert [m.span() for m in guarded("(?i)l", False).finditer("L l")] == [(0, 1), (2, 3)]


def test_the_word_start_guard_only_where_a_word_must_start():
    # \b before a non-word character, and \B, need a word character before the match.
    assert [m.span() for m in guarded(r"\b-", False).finditer("a- -")] == [(1, 2)]
    assert [m.span() for m in guarded(r"\Ba", False).finditer("ba a")] == [(1, 2)]
    assert [m.span() for m in guarded(r"\b(?:ab|c)", True).finditer("xab ab C")] == [
        (4, 6),
        (7, 8),
    ]
