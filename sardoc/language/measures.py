"""Plain-English measures: words, sentences, syllables and reading level.

Sentences are split two ways. ``careful`` uses pysbd (Sadvilkar and Neumann's rule-based
sentence boundary detection, the Golden Rules set), which gets list numbers ("1. Agree
a pathway"), one-word answers ("No.") and lower-case abbreviations ("3 p.m.") right;
it costs about 40 times as much as the fast splitter, so it is used for the short
documents whose readability is judged for families and practitioners (leaflets and
briefings), not for a 30,000-word report, where the fast splitter below, linear in the
text, keeps a check quick. Syllables stay a vowel-group estimate: textstat, the usual
library, needs the CMU dictionary fetched over the network at run time.

Flesch-Kincaid grade level is used because the guidance boards follow states
targets as a reading age (about 9 to 12); a reading age is taken as the grade plus
five, the usual conversion in UK plain-English guidance, and stated in whole years, as
reading ages are: the formula is not precise to a tenth of a year.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from ..lazyre import lazy_compile

_WORD = lazy_compile(r"[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*")
# A sentence ends at . ! or ? followed by space and a capital, digit or quote, or at
# the end of the text. Common abbreviations and initials do not end a sentence.
_ABBREV = lazy_compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|St|No|para|paras|e\.g|i\.e|etc|cf|vs|approx|[A-Z])\.$"
)
_END = lazy_compile(r"[.!?]+[\"'”’)]*(?=\s+[\"'“‘(]?[A-Z0-9]|\s*$)")


# An e-mail or web address, or a telephone number, is read as one word, not as the
# five or six pieces its dots and digit groups would make.
_CONTACT_PARTS = (
    ("@", r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    ("www.", r"\bwww\.\S+"),
    ("://", r"\bhttps?://\S+"),
    ("", r"(?:\+44\s?|\b0)\d{2,4}[\s-]?\d{3}[\s-]?\d{3,4}\b"),
)


@cache
def _contact(has: tuple[bool, ...]):
    """The contact pattern without the alternatives whose literal the text lacks.

    An alternative that cannot match anywhere in a text changes nothing ``sub`` does to
    it; left in, the e-mail one is tried at every position of every sentence with a
    digit 0 in it (most sentences of a report with reference numbers).
    """
    from .. import recache

    kept = [rx for (lit, rx), on in zip(_CONTACT_PARTS, has, strict=True) if on or not lit]
    return recache.compile("|".join(kept)).sub


def words(text: str) -> list[str]:
    has = ("@" in text, "www." in text, "://" in text)
    if has[0] or has[1] or has[2] or "0" in text:
        text = _contact((*has, True))("contact", text)
    return _WORD.findall(text)


@lru_cache(maxsize=1)
def _segmenter():
    pysbd = _import_pysbd()
    return pysbd.Segmenter(language="en", clean=False)


class _EnglishOnly:
    """What pysbd's segmenter needs of ``pysbd.languages``, for English alone."""

    def __init__(self, code):
        self.code = code

    @classmethod
    def get_language_code(cls, code):
        if code == "en":
            from pysbd.lang.english import English

            return English
        from importlib import import_module

        return import_module("pysbd.languages").Language.get_language_code(code)


def _import_pysbd():
    """pysbd, without importing the 21 languages sardoc does not use.

    pysbd's segmenter imports ``pysbd.languages``, which imports all 22 of its languages
    (about 6 ms of a leaflet's check). While pysbd is first imported, a stand-in that
    knows English (and hands any other language to the real module) takes its place;
    afterwards the name is free again, so an ``import pysbd.languages`` gets pysbd's own.
    """
    import sys

    if "pysbd" in sys.modules:
        return sys.modules["pysbd"]
    from types import ModuleType

    stand_in = ModuleType("pysbd.languages")
    stand_in.Language = _EnglishOnly
    had = sys.modules.setdefault("pysbd.languages", stand_in)
    try:
        import pysbd
    finally:
        if had is stand_in:
            sys.modules.pop("pysbd.languages", None)
            if getattr(sys.modules.get("pysbd"), "languages", None) is stand_in:
                del sys.modules["pysbd"].languages
    return pysbd


@lru_cache(maxsize=1)
def _pysbd_patterns() -> frozenset:
    """The patterns pysbd compiles, fixed from its own data and kept between runs.

    pysbd compiles some 200 patterns as it splits a leaflet (about 12 ms of a short
    check): its rules, and two or three for each of its abbreviations the text holds.
    Which abbreviations a document holds is not for the cache, so the patterns kept are
    those pysbd compiles on a text made of *every* abbreviation in its own list (in
    lower case and capitalised, before a small and a capital letter and a number), once
    per pysbd version; a document's own patterns outside that set go to ``re``.
    """
    from .. import recache

    seg = _segmenter()
    pysbd = _import_pysbd()

    marker = (
        "pysbd-patterns",
        getattr(pysbd, "__version__", "?"),
        recache.sha256(
            "\n".join(seg.language_module.Abbreviation.ABBREVIATIONS).encode()
        ).hexdigest(),
    )
    found = recache.lookup(marker)
    if found is None:
        sample = " ".join(
            f"See {a}. x and {a.capitalize()}. Y in {a}. 5 ({a}. z)."
            for a in seg.language_module.Abbreviation.ABBREVIATIONS
        )
        with recache.recorded() as seen:
            seg.segment(sample + "\n1. Agree a plan. No. It is 3 p.m. on Jan. 5. \u201cYes.\u201d")
        for pattern, flags in sorted(seen):
            try:
                recache.compile(pattern, flags)
            except Exception:  # noqa: BLE001, S112 - left to re
                continue
        found = recache.keep(marker, tuple(sorted(seen)))
    return frozenset(found)


def _careful_split(text: str) -> list[str]:
    from ..recache import served

    with served(_pysbd_patterns()):
        return _segmenter().segment(text)


def sentences(text: str, careful: bool = False) -> list[str]:
    """Split text into sentences, keeping abbreviations such as "Dr." inside.

    ``careful`` splits with pysbd (slower, better on lists and lower-case abbreviations).
    """
    if careful:
        return [s.strip() for s in _careful_split(text) if s.strip()]
    out: list[str] = []
    start = 0
    for m in _END.finditer(text):
        chunk = text[start : m.end()]
        # Only the last few characters can hold the abbreviation: looking there (from an
        # offset, so that \b still sees the character before) keeps a long run of
        # abbreviations linear.
        head = chunk.rstrip("\"'”’)")
        if _ABBREV.search(head, max(0, len(head) - 16)):
            continue
        if chunk.strip():
            out.append(chunk.strip())
        start = m.end()
    rest = text[start:].strip()
    if rest:
        out.append(rest)
    return out


@lru_cache(maxsize=20000)
def syllables(word: str) -> int:
    """Estimated syllables in an English word (vowel groups, less a silent final e)."""
    w = word.lower().strip("'’")
    if not w:
        return 0
    if w.isdigit():
        return max(1, len(w) // 2)
    groups = re.findall(r"[aeiouy]+", w)
    n = len(groups)
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and n > 1:
        n -= 1
    if w.endswith(("ed",)) and not w.endswith(("ted", "ded")) and n > 1:
        n -= 1
    return max(1, n)


@lru_cache(maxsize=20000)
def _inner_syllables(word: str) -> int:
    """What a word after a sentence's first counts (a name counts as one): cached, so
    that a sentence's sum is mapped in C without a Python call for a word seen before."""
    return 1 if word[:1].isupper() and not word.isupper() else syllables(word)


@dataclass(frozen=True, slots=True)
class TextStats:
    words: int
    sentences: int
    syllables: int
    longest_sentence: int

    @property
    def avg_sentence_length(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0

    @property
    def fk_grade(self) -> float:
        """Flesch-Kincaid grade level."""
        if not self.words or not self.sentences:
            return 0.0
        return 0.39 * self.avg_sentence_length + 11.8 * (self.syllables / self.words) - 15.59

    @property
    def reading_age(self) -> float:
        return self.fk_grade + 5 if self.words else 0.0


def stats(texts: Iterable[str], careful: bool = False) -> TextStats:
    n_words = n_sent = n_syll = longest = 0
    for text in texts:
        for s in sentences(text, careful):
            ws = words(s)
            if not ws:
                continue
            n_sent += 1
            n_words += len(ws)
            # A name inside a sentence (a capitalised word after the first: "Safeguarding
            # Adults Board", a town) counts as one syllable: the reader is told it and the
            # author cannot shorten it, so it should not raise the reading age.
            n_syll += syllables(ws[0]) + sum(map(_inner_syllables, ws[1:]))
            longest = max(longest, len(ws))
    return TextStats(n_words, n_sent, n_syll, longest)
