"""A long text's matches found from where a pattern's leads are (``sardoc.prefilter``)
are exactly the matches ``re`` finds by trying every position."""

from __future__ import annotations

import random
import re

import pytest

from sardoc.prefilter import (
    LONG_TEXT,
    SPACES,
    LeadScan,
    Prefiltered,
    compile_prefiltered,
    fold,
    match_leads,
)
from sardoc.rules.textutil import word_pattern


def test_leads_pass_over_zero_width_assertions():
    leads = match_leads(r"\b(?:organi|recogni)s(?:e|es)\b", re.IGNORECASE)
    assert leads == (("organi", ()), ("recogni", ()))


def test_a_short_word_before_white_space_is_reached_back_from_the_next():
    assert match_leads(word_pattern("at fault"), re.IGNORECASE) == (("fault", (SPACES, 2)),)
    assert match_leads(r"\[\s*(?:insert|tbc)\b", 0) == (
        ("insert", (SPACES, 1)),
        ("tbc", (SPACES, 1)),
    )


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+ing",  # no literal to start from
        r"ab|c",  # one way in is a single letter
        r"(?:abc)?def",  # a match may start with either
        r"ab\s+\s+cde",  # where the white space starts is unsure
        r"ab\s+cd",  # the anchor after the white space is too short
    ],
)
def test_no_leads_when_where_a_match_starts_is_not_certain(pattern):
    assert match_leads(pattern, re.IGNORECASE) is None


PATTERNS = [
    r"\b(?:organi|recogni)s(?:e|es|ation)\b",
    "|".join(word_pattern(t) for t in ("in order to", "at fault", "prior to", "utilise")),
    r"(?P<s0>(?<![\w])in\s+order\s+to(?![\w]))|(?P<s1>(?<![\w])commence(?![\w]))",
    r"(?<=x)abc\w*",
    r"\babcab\b|\bcab\b",
    r"in +order[ \t]+to",
    r"a\s{1,2}bcd",
    r"\[\s*(?:insert|to be|tbc)\b[^\]]{0,40}\]|\?\?\?+order",
]
PIECES = [
    "organise", "Organisation", "recognises", "in", "order", "to", "In", "ORDER", " ", "  ",
    "\t", "\n", "\u00a0", "at", "fault", "prior", "utilise", "commence", "[", "]", " [ ",
    "insert", "tbc", "?", "??", "x", "abc", "cab", "ab", "bcd", "a", "\u017f", "\u0130", ".",
]  # fmt: skip


@pytest.mark.parametrize("pattern", PATTERNS)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_long_texts_give_the_matches_re_gives(pattern, flags):
    rng = random.Random(pattern)
    rx, plain = compile_prefiltered(pattern, flags), re.compile(pattern, flags)
    assert isinstance(rx, Prefiltered)
    for _ in range(150):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1500, 2500)))
        assert len(text) >= LONG_TEXT
        got = [(m.span(), m.lastgroup, m.group(0)) for m in rx.finditer(text)]
        want = [(m.span(), m.lastgroup, m.group(0)) for m in plain.finditer(text)]
        assert got == want
    assert isinstance(rx._scan, LeadScan)  # the scan was used, not the plain search


def test_every_start_a_lead_gives_is_tried():
    rx = re.compile(word_pattern("in order to"), re.IGNORECASE)
    scan = LeadScan(rx, match_leads(rx.pattern, rx.flags))
    text = "x in \t order to, In  order  to and order to"
    # Two characters back from the white space before each "order": "nd" is tried too.
    assert scan.starts(text, fold(text)) == [2, 17, 32]
    assert [m.start() for m in scan.finditer(text, fold(text))] == [2, 17]


def test_a_pattern_without_a_filter_is_scanned_from_its_leads_too():
    from sardoc.rules.kinds._literal import guarded_any

    rx = guarded_any((r"\{\{[^}]{0,60}\}\}", r"\?\?\?+", word_pattern("insert name")), True)
    assert not isinstance(rx, Prefiltered)  # "{{" is too short a literal to filter on
    plain = re.compile(rx.pattern, re.IGNORECASE)
    text = "Call {{name}} now??? " * 300 + "Insert  name here. ?? {x}}"
    assert len(text) >= LONG_TEXT
    got = [m.span() for m in rx.finditer(text)]
    assert got == [m.span() for m in plain.finditer(text)]
    assert len(got) == 601
    assert isinstance(rx._scan, LeadScan)
