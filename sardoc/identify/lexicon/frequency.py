"""How common a word is in English, to tell an ordinary word from a name.

A capitalised word that no name list holds may still be an ordinary word ("Letters
from the team", "Bill Payments", "Grace Period"). Rather than grow the hand list of
common words for every such case, its frequency decides: wordfreq's 'small' English
list (Apache-2.0; the data ship with the package, nothing is fetched), which holds the
words used at least once in a million (about 29,000). Importing wordfreq costs about
0.2 s and reading the list 0.02 s, so both wait until a word first needs deciding: a
one-paragraph check that meets no such word never loads it.
"""

from __future__ import annotations

import math

#: Zipf frequency (log10 of uses per billion words) from which a word that no name
#: list holds may be an ordinary word: about twice in a million words ("letters" 4.7,
#: "reminders" 3.4, "commissioning" 3.3); most family names the name lists do not hold
#: are rarer ("Kershaw" 3.2, "Whitlock" under 3), and :func:`frequent` asks more.
WORD_ZIPF = 3.3

_freq: dict[str, float] | None = None


def _load() -> dict[str, float]:
    global _freq
    try:
        from wordfreq import get_frequency_dict
    except ImportError:  # not installed: the hand lists alone decide
        _freq = {}
    else:
        _freq = get_frequency_dict("en", wordlist="small")
    return _freq


def zipf(word: str) -> float:
    """Zipf frequency of a lower-case word (0 if it is not on the list)."""
    freq = (_freq if _freq is not None else _load()).get(word)
    return math.log10(freq) + 9 if freq else 0.0


def _relatives(w: str) -> set[str]:
    """Inflections and near derivations of ``w``: "letters" -> "letter", "remind" ->
    "reminds", "commissioning" -> "commission"."""
    out = {w + "s", w + "es", w + "ed", w + "ing", w + "er", w + "ly"}
    if w.endswith("s"):
        out |= {w[:-1], w[:-2]}
    if w.endswith("ies"):
        out.add(w[:-3] + "y")
    if w.endswith("y"):
        out.add(w[:-1] + "ies")
    if w.endswith("e"):
        out |= {w + "d", w[:-1] + "ing"}
    if w.endswith("ing"):
        out |= {w[:-3], w[:-3] + "e", w[:-3] + "ed", w[:-3] + "er", w[:-4]}
    if w.endswith("ed"):
        out |= {w[:-2], w[:-1], w[:-2] + "ing"}
    if w.endswith(("tion", "ment")):
        out |= {w[:-3] + "e", w[:-4], w[:-3]}
    out.discard(w)
    # "hm" is no stem of "HMS": a stem of one or two letters is a stray word.
    return {r for r in out if len(r) > 2}


def frequent(word: str, names: frozenset[str] = frozenset()) -> bool:
    """Whether a lower-case word is an ordinary English word: frequent, and with an
    inflection or derivation that is frequent too and no name in ``names``.

    Frequency alone cannot decide, for the list counts proper nouns: "Harrington" and
    "Rutherford" are as frequent as "reminders". A word has relatives ("reminder",
    "reminding"); a family name seldom does, and when it does they are given names
    ("Williams", "William"), which ``names`` holds."""
    if zipf(word) < WORD_ZIPF:
        return False
    freq = _freq or {}
    return any(r in freq and r not in names for r in _relatives(word))
