"""Finding abbreviations and their definitions in running text.

Definitions are matched with the algorithm of Schwartz and Hearst (2003, "A simple
algorithm for identifying abbreviation definitions in biomedical text"): a short form
in brackets after its long form, or the other way round, is a definition only when
the letters of the short form can be found, in order and right to left, in the long
form, the first letter starting a word. "Mental Capacity Act (MCA)" defines MCA;
"the home (MCA)" does not. Two forms plain-English writers use are accepted on the
same terms: "a Safeguarding Adults Review, or SAR" and "is often called a SAR". Where
the greedy right-to-left match goes astray on a hyphenated word ("All-age Safeguarding
Partnership (AASP)"), the initials of the last words, hyphenated parts counted apart,
are tried as well.

What counts as an abbreviation is kept deliberately narrow: a capital-led token with
at least as many capitals as small letters (DoLS, LeDeR, PhD) but not a surname
(McDonald); a plural or possessive (SARs, SAB's) counts as its singular.
"""

from __future__ import annotations

from ..lazyre import lazy_compile

_WORD = lazy_compile(r"[A-Za-z0-9][\w'’-]*")
_PART = lazy_compile(r"[A-Za-z0-9]+")
# Words that may sit inside a long form without giving it a letter ("Deprivation *of*
# Liberty Safeguards"); Schwartz and Hearst allow any, and so does the matcher below,
# but a long form may not *start* with one.
_SKIP_START = frozenset({"the", "a", "an", "of", "and", "for", "in", "on", "to", "or", "its"})


def singular(token: str) -> str:
    """SARs → SAR, IMRs → IMR; DoLS and LeDeR are left alone (their s is a capital or inner)."""
    if len(token) > 2 and token.endswith("s") and token[:-1].isupper():
        return token[:-1]
    return token


def looks_like_abbreviation(token: str) -> bool:
    """At least two capitals and no fewer capitals than small letters (not "McDonald")."""
    upper = sum(c.isupper() for c in token)
    lower = sum(c.islower() for c in token)
    return upper >= 2 and upper >= lower


def best_long_form(short: str, before: str) -> str | None:
    """The long form of ``short`` at the end of ``before``, or None (Schwartz and Hearst).

    ``before`` is the text just before "(short)". The candidate is at most
    min(len + 5, 2 × len) words; the letters of ``short`` are matched right to left,
    each to the nearest earlier letter, the first to the start of a word.

    One check is added to the published algorithm: every word of the long form but the
    small joining words gives at least one letter, so "moved into the care home (MCA)"
    (where "into" and "home" give none) is no definition, while "sudden unexpected
    death in epilepsy (SUDEP)" is.
    """
    letters = [c.lower() for c in short if c.isalnum()]
    if len(letters) < 2:
        return None
    return _greedy(letters, before) or _initials(letters, before)


def _initials(letters: list[str], before: str) -> str | None:
    """The last words of ``before`` whose initials spell ``letters``: "All-age
    Safeguarding Partnership" for AASP. Small joining words inside give no letter."""
    parts = _PART.findall(before)
    got: list[str] = []
    for i in range(len(parts) - 1, max(-1, len(parts) - 2 * len(letters) - 1), -1):
        word = parts[i]
        if word.lower() in _SKIP_START and got:
            continue
        got.append(word[0].lower())
        if len(got) == len(letters):
            return " ".join(parts[i:]) if got[::-1] == letters else None
    return None


def _greedy(letters: list[str], before: str) -> str | None:
    """Schwartz and Hearst's match, with the content-word check described above."""
    words = _WORD.findall(before)
    n = min(len(letters) + 5, 2 * len(letters))
    candidate = " ".join(words[-n:])
    if not candidate:
        return None
    s = len(letters) - 1
    lf = len(candidate) - 1
    text = candidate.lower()
    used: list[int] = []
    while s >= 0:
        c = letters[s]
        while lf >= 0 and (text[lf] != c or (s == 0 and lf > 0 and text[lf - 1].isalnum())):
            lf -= 1
        if lf < 0:
            return None
        used.append(lf)
        s -= 1
        lf -= 1
    start = text.rfind(" ", 0, lf + 1) + 1
    long_form = candidate[start:]
    if long_form.split(" ", 1)[0].lower() in _SKIP_START:
        return None
    # Each content word must hold a matched letter.
    pos = start
    for word in long_form.split(" "):
        if word.lower() not in _SKIP_START and not any(pos <= u < pos + len(word) for u in used):
            return None
        pos += len(word) + 1
    return long_form


def initials_match(short: str, phrase: str) -> bool:
    """Whether ``phrase`` (its capitalised words) spells ``short``: "Safeguarding Adults Review"."""
    caps = "".join(w[0] for w in _WORD.findall(phrase) if w[0].isupper())
    return caps.upper() == "".join(c for c in short.upper() if c.isalpha())
