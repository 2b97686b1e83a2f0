"""Word-list tries kept between runs (sardoc.identify.tokens.trie_pattern) are the tries
worked out afresh, whatever the words' order, and match exactly the words."""

from __future__ import annotations

import random
import re

import pytest

from sardoc import recache
from sardoc.identify import lexicon as L
from sardoc.identify.tokens import build_trie_pattern, trie_pattern


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    monkeypatch.setenv("SARDOC_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(recache, "_entries", None)
    monkeypatch.setattr(recache, "_new", {})


def _words(rng: random.Random) -> list[str]:
    return [
        "".join(rng.choice("abé.-'’ ") for _ in range(rng.randint(1, 6)))
        for _ in range(rng.randint(1, 40))
    ]


def test_kept_tries_are_the_tries_worked_out_afresh(fresh):
    rng = random.Random(5)
    for _ in range(300):
        words = _words(rng)
        shuffled = words[::-1] + words[:3]  # another order, with repeats
        first = trie_pattern(words)
        recache._save()
        recache._entries, recache._new = None, {}
        assert trie_pattern(set(shuffled)) == first == build_trie_pattern(words)
        assert recache._new == {}  # the second came from the file
        rx = re.compile(f"(?:{first})")
        for w in words:
            assert rx.fullmatch(w)
        for other in _words(rng):
            assert bool(rx.fullmatch(other)) == (other in words)


def test_the_lexicon_tries(fresh):
    for words in (L.STRONG_FIRST, L.STRONG_SURNAME):
        assert trie_pattern(sorted(words)) == build_trie_pattern(words)
