"""Any text: no exception, spans inside the text and not overlapping, no blow-up."""

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sardoc.identify import ENTITIES, detect

PIECES = st.sampled_from(
    [
        "Jane",
        "Hughes",
        "Mrs",
        "Dr",
        "A.",
        "Adult",
        "C's",
        "Ward",
        "7B",
        "Flat",
        "3,",
        "22",
        "Mill",
        "Lane",
        "NR1",
        "2AB",
        "born",
        "DOB",
        "12/03/1945",
        "943",
        "476",
        "5919",
        "07700",
        "900123",
        "+44",
        "(0)20",
        "AB",
        "12",
        "34",
        "56",
        "C",
        "@",
        "x@example.org",
        "Hospital",
        "Care",
        "Home",
        "the",
        "social",
        "worker,",
        "(",
        ")",
        "'",
        "’",
        "-",
        "\n",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=40).map(" ".join) | st.text(max_size=200))
def test_spans_are_well_formed(text):
    spans = detect(text)
    last_end = -1
    for s in spans:
        assert s.entity in ENTITIES
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert s.start >= last_end
        last_end = s.end


@pytest.mark.parametrize(
    "text",
    [
        "Jane Hughes " * 10000,
        "Ward Ward " * 10000,
        "1 " * 50000,
        "Aaa, " * 20000,
        "born " * 20000 + "1 March 1945",
        "Flat 1 " * 10000,
    ],
    ids=["names", "wards", "digits", "commas", "born", "flats"],
)
def test_no_blow_up_on_long_odd_paragraphs(text):
    t0 = time.perf_counter()
    detect(text)
    assert time.perf_counter() - t0 < 2.0
