"""The identify package's shortcuts find what the plain computation finds.

Each shortcut here (a gate on a word, a search only where a match can be) is compared
with the computation it replaces, on the labelled evaluation texts that are not blind,
the bundled samples and generated text built from the words and characters the
shortcut turns on.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sardoc.identify import person

ROOT = Path(__file__).resolve().parents[2]
#: Not the blind folders (heldout9, heldout10): they are never read outside a scoring run.
_EVAL = ["tuned", "dev4", *(f"heldout{i}" for i in range(1, 9))]


def _texts() -> list[str]:
    paths = [p for d in _EVAL for p in sorted((ROOT / "tests/data/pii_eval" / d).rglob("*.md"))]
    paths += sorted((ROOT / "samples").rglob("*.md"))
    return [p.read_text(encoding="utf-8") for p in paths]


TEXTS = _texts()
ONE_LINE = " ".join(" ".join(t.split()) for t in TEXTS)

#: Pieces for generated text: cue words in several cases, sentence ends, characters that
#: fold oddly with re.IGNORECASE, and a name.
_PIECES = [
    "pseudonym",
    "Name",
    "NAME",
    "real",
    "is called",
    "referred to as",
    "preferred",
    "CHOSEN",
    "known as",
    "changed to",
    "we refer to her as",
    "Mary",
    " ",
    " ",
    ".",
    "!",
    "?",
    "\n",
    "\u017f",
    "\u0130",
    "\u0131",
    "\u212a",
    "nown",
    '"',
    "Ro\u017fe",
]
generated = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def _cue_sentences_plainly(text: str) -> list[tuple[int, str]]:
    return [
        (s.start(), s.group(0))
        for s in person._SENTENCE.finditer(text)
        if person._DECLARE_CUE.search(s.group(0))
    ]


def test_every_declaring_cue_holds_one_of_the_gate_words():
    # The gate words must be letters only (so one lies inside a sentence) and lower case
    # (so the lower-cased text holds them).
    for word in person._DECLARE_CUE_WORDS.pattern.split("|"):
        assert word.isalpha() and word.islower()


@pytest.mark.parametrize("text", [*TEXTS, ONE_LINE], ids=lambda t: str(len(t)))
def test_cue_sentences_are_the_plain_ones_on_the_evaluation_texts(text):
    assert list(person.cue_sentences(text)) == _cue_sentences_plainly(text)


@settings(max_examples=800, deadline=None)
@given(generated)
def test_cue_sentences_are_the_plain_ones_on_generated_text(text):
    assert list(person.cue_sentences(text)) == _cue_sentences_plainly(text)


def test_the_oddly_folding_characters_are_all_listed():
    # Every character that re.IGNORECASE matches with an ASCII letter lower-cases to that
    # letter, one character for one, unless it is listed in person._FOLD_ODD.
    letter = re.compile("[a-z]", re.I)
    odd = {
        chr(c)
        for c in range(sys.maxunicode + 1)
        if letter.fullmatch(chr(c)) and not re.fullmatch("[a-z]", chr(c).lower())
    }
    assert odd == set(person._FOLD_ODD)
    # And no other character changes length when lower-cased.
    assert {chr(c) for c in range(sys.maxunicode + 1) if len(chr(c).lower()) != 1} <= odd
