"""Regex pieces shared by the recognizers, and a trie builder for long word lists."""

from __future__ import annotations

import re

from ..lazyre import lazy_scan

UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĪŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"
LOW = "a-zß-öø-ÿā-žſ"

#: A capitalised name word: "Hughes", "O'Brien", "McDonald", "Smith-Jones", "Łukasz".
NAME = rf"(?:O['’]|Mc|Mac|D['’]|Fitz)?[{UP}][{LOW}]+(?:[-'’][{UP}][{LOW}]+)*"
#: The same in capitals ("HUGHES"), as police and court papers write surnames.
CAPS = rf"(?:O['’])?[{UP}][{UP}'’-]{{2,}}"
#: A capitalised word of a place name, possessive allowed ("St", "Mary's", "Elm").
PLACE_WORD = rf"(?:[{UP}][{LOW}A-Z'’.-]*[{LOW}A-Z]|[{UP}][{LOW}]?\.?)(?:['’]s)?"

WORD_RE = lazy_scan(rf"[{UP}{LOW}0-9'’&.-]+")


def trie_pattern(words: list[str] | set[str] | frozenset[str]) -> str:
    """One regex alternation for many literal words, as a trie (fast in ``re``).

    Built as the recognizers are imported, from word lists of hundreds of names: some
    10 ms of a short check's start, the same on every run. The pattern is kept between
    runs (``sardoc.recache``, keyed by the words, which are sardoc's own lexicon, never
    a document's); the trie does not depend on the words' order or repeats.
    """
    from .. import recache

    key = ("trie", tuple(sorted(set(words))))
    found = recache.lookup(key)
    if found is None:
        found = recache.keep(key, build_trie_pattern(key[1]))
    return found


def build_trie_pattern(words) -> str:
    """:func:`trie_pattern` worked out afresh."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True
    return _emit(trie)


def _emit(node: dict) -> str:
    end = node.get("") is True
    branches = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch != ""]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        return "(?:" + body + ")?"
    return body
