"""``measures.words`` reads an address or a number as one word, whichever of the contact
pattern's alternatives a text can hold (only those are tried)."""

from __future__ import annotations

import random
import re

from sardoc.language.measures import _CONTACT_PARTS, _WORD, words

WHOLE = re.compile("|".join(rx for _, rx in _CONTACT_PARTS))


def _as_one_pattern(text: str) -> list[str]:
    if "@" in text or "www." in text or "://" in text or "0" in text:
        text = WHOLE.sub("contact", text)
    return _WORD.findall(text)


def test_contacts_are_one_word_each():
    text = "Ring 01632 960123, write to a.b@example.org or see https://example.org/x now"
    assert words(text) == "Ring contact write to contact or see contact now".split()


def test_words_are_what_the_whole_pattern_gives():
    rng = random.Random(11)
    pieces = list("ab0 1@.w:/-+4x3Ahtps") + ["www.", "http://", "@ex.org", "01632 960", "+44 "]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        assert words(text) == _as_one_pattern(text)
