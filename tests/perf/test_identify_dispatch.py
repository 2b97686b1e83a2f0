"""identify.scan's dispatch skips no finding: the recognisers it leaves out for a text
without a digit (scan.NEED_DIGIT) find nothing in such a text.

Checked on the labelled evaluation texts that are not blind and the bundled samples,
each paragraph with its digits taken out, and on generated text made of the words and
characters the recognisers' cues turn on, but no digit.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sardoc.identify import scan

ROOT = Path(__file__).resolve().parents[2]
#: Not the blind folder (heldout17): it is never read outside a scoring run.
_EVAL = ["tuned", "dev4", *(f"heldout{i}" for i in range(1, 17))]
_DIGIT = re.compile(r"\d")


def _paragraphs() -> list[str]:
    paths = [p for d in _EVAL for p in sorted((ROOT / "tests/data/pii_eval" / d).rglob("*.md"))]
    paths += sorted((ROOT / "samples").rglob("*.md"))
    out = []
    for p in paths:
        out += [q for q in re.split(r"\n\s*\n", p.read_text(encoding="utf-8")) if q.strip()]
    return out


PARAGRAPHS = _paragraphs()


def test_the_gate_is_a_digit_search() -> None:
    # A Unicode digit counts as the recognisers' \d does: Arabic-Indic, full-width.
    for text in ("NHS number ٩٤٣ ٤٧٦ ٥٩١٩", "born ３ March"):
        assert scan._ANY_DIGIT.search(text)
    assert scan._ANY_DIGIT.search("born in the spring, Leeds LS one") is None


@pytest.mark.parametrize("recognise", scan.NEED_DIGIT, ids=lambda r: r.__name__)
def test_needs_a_digit_on_the_evaluation_texts(recognise) -> None:
    with_digits = [p for p in PARAGRAPHS if _DIGIT.search(p)]
    # The texts do exercise the recogniser: it finds something with the digits in.
    assert any(recognise(p) for p in with_digits)
    for p in with_digits:
        assert recognise(_DIGIT.sub("", p)) == []
        assert recognise(_DIGIT.sub("x", p)) == []


_PIECES = [
    "born",
    "DOB",
    "D.O.B.",
    "date of birth",
    "b.",
    "NHS number",
    "NI",
    "national insurance",
    "tel",
    "phone",
    "mobile",
    "ref",
    "reference",
    "case number",
    "Mosaic ID",
    "CAD",
    "MRN",
    "URN",
    "incident",
    "March",
    "Sept",
    "VIII",
    "XII",
    "AB",
    "QQ",
    "SW",
    "GIR",
    "OAA",
    "0AA",
    "+",
    "(",
    ")",
    "-",
    "/",
    ".",
    ",",
    ":",
    "–",
    "to",
    " ",
    " ",
    "\t",
    "\n",
    "Jane Hughes",
    "Flat",
    "Road",
    "AA",
    "A",
    "B",
    "C",
    "D",
    "st",
    "nd",
    "rd",
    "th",
    "١",
    "٢",
    "３",  # digits of other scripts (taken out below with the ASCII ones)
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_needs_a_digit_on_generated_text(pieces) -> None:
    text = _DIGIT.sub("", "".join(pieces))
    for recognise in scan.NEED_DIGIT:
        assert recognise(text) == []


def test_dispatch_gives_every_recogniser_finding() -> None:
    """_detect, gated, against every recogniser run on every paragraph."""
    for p in PARAGRAPHS:
        found = [s for r in scan._RECOGNIZERS for s in r(p)]
        assert scan._detect(p) == scan.resolve([s for s in found if s.end > s.start])
