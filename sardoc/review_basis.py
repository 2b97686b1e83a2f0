"""What a review was held under, and whether its adult is alive, from settings or its words.

Section 44 of the Care Act 2014 came into force in April 2015. A serious case review of
an adult held before then (under the "No Secrets" guidance of 2000), or a learning review
a board holds outside section 44 (a Domestic Homicide Review that is not also a SAR, a
thematic learning review), has no section 44 mandate to state, so the legal rules must
not ask it for one. The basis comes, first to last, from:

1. ``review_basis`` in ``sardoc.yaml`` (``care-act``, ``pre-care-act`` or ``other``);
2. the document's front matter (``review_basis:``);
3. structured content (a review.yaml always has a section 44 ``review_type``);
4. the document's own words: it names itself a serious case review, or a review held
   outside section 44, and nowhere states a section 44 mandate;
5. otherwise ``care-act``, the only kind of SAR there has been since April 2015.

Whether the adult is alive comes from review.yaml's ``adult.alive``, front matter
``adult_alive``, or the document's words (condition 2 or section 44(3) means alive;
condition 1, section 44(2) or the adult's death means not); otherwise it is unknown.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from .document import Document
    from .rules.context import RunContext

Basis = Literal["care-act", "pre-care-act", "other"]
BASES: tuple[str, ...] = ("care-act", "pre-care-act", "other")

# The review names itself a serious case review, or says it followed "No Secrets".
_PRE_CARE_ACT = (
    r"\b(this|the present|our|an adult|the adult) serious case reviews?\b",
    r"\bserious case review (was|is|has been|had been) (commissioned|undertaken|conducted|"
    r"carried out|arranged|held|agreed|initiated)\b",
    r"\b(commissioned|undertaken|conducted|carried out|arranged|held) (as )?an? "
    r"serious case review\b",
    r"\b(under|in line with|following|in accordance with) (the )?(\w+ )?no secrets\b",
    r"\bno secrets\b[^.]{0,30}\b(guidance|framework|2000)\b",
)
# The review says it is not a section 44 review, or names itself another kind of review.
_OTHER = (
    r"\bnot (\w+ ){0,2}(under|within|in accordance with) (s\.?|section) ?44\b",
    r"\boutside (of )?(the (scope|terms) of )?(s\.?|section) ?44\b",
    r"\b(this|the present|our) (domestic homicide|multi-agency learning|learning) review\b",
    r"\b(this|the present|our) (review|dhr) (is|was) a domestic homicide review\b",
    r"\bdomestic homicide review (was|is|has been) (commissioned|undertaken|conducted|"
    r"carried out|arranged|held)\b",
)
# A title (the first heading or front matter) that names the review's kind.
_PRE_TITLE = (r"\bserious case review\b",)
_OTHER_TITLE = (r"\bdomestic homicide review\b|\bdhr\b|\blearning review\b",)
_SAR_TITLE = (r"\bsafeguarding adults? review\b|\bsars?\b",)
# The review states a section 44 mandate (a sentence with "not" or "outside" is no claim).
_CARE_ACT = (
    r"\b(under|in line with|in accordance with|arranged under|held under) (s\.?|section) ?44\b",
    r"\b(s\.?|section) ?44 ?\(\s*[1-4]\s*\)",
    r"\b(mandatory|discretionary) (safeguarding adults review|sar|review) under\b",
)
_NEGATED = r"\bnot\b|\boutside\b|\bnever\b"

_ALIVE = (
    r"\bcondition (2|two)\b",
    r"\b(s\.?|section) ?44 ?\(\s*3\s*\)",
    r"\b(is|was) (still )?alive\b",
    r"\b(survived|continues to live|still lives|now lives)\b",
)
_DIED = (
    r"\bcondition (1|one)\b",
    r"\b(s\.?|section) ?44 ?\(\s*2\s*\)",
    r"\b(she|he|they|who) died\b|\b(his|her|their) death\b|\bafter the death of\b",
)


def _sentences(document: Document, *groups: tuple[str, ...]):
    """The body's sentences, leaving out the paragraphs no pattern of ``groups`` matches.

    A sentence a pattern matches is matched in its paragraph too (the patterns have no
    anchors or look-arounds, and a sentence is bounded by spaces in its paragraph), so
    a paragraph none matches need not be split and searched a sentence at a time.
    """
    from .elements import sentences

    rxs = [_compiled(g) for g in groups]
    for p in document.paragraphs:
        if p.part == "body" and any(rx.search(p.text) for rx in rxs):
            for _, s in sentences(p.text):
                yield s


@cache
def _compiled(patterns: tuple[str, ...]) -> re.Pattern[str]:
    # Compiled here, not through sardoc.rules (which imports this module), on first use;
    # sardoc's own patterns, so kept between runs (sardoc.recache).
    from .recache import compile as cached

    return cached("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def _any(patterns: tuple[str, ...], text: str) -> bool:
    return _compiled(patterns).search(text) is not None


def from_words(document: Document) -> Basis:
    """The basis the document's own words give (``care-act`` when they say nothing else)."""
    key = ("review-basis", "words")
    if key in document.cache:
        return document.cache[key]
    title = document.title
    claims_s44 = pre = other = False
    for s in _sentences(document, _CARE_ACT, _PRE_CARE_ACT, _OTHER):
        if _any(_CARE_ACT, s) and not re.search(_NEGATED, s, re.I):
            claims_s44 = True
            break  # a stated mandate settles it, whatever else the words say
        pre = pre or _any(_PRE_CARE_ACT, s)
        other = other or _any(_OTHER, s)
    is_sar = _any(_SAR_TITLE, title)
    pre = pre or (_any(_PRE_TITLE, title) and not is_sar)
    other = other or (_any(_OTHER_TITLE, title) and not is_sar)
    basis: Basis = (
        "care-act" if claims_s44 else "pre-care-act" if pre else "other" if other else "care-act"
    )
    document.cache[key] = basis
    return basis


def review_basis(document: Document, ctx: RunContext | None = None) -> Basis:
    """What the review was held under: the setting, front matter, content, then its words."""
    config = ctx.config if ctx is not None else None
    setting = getattr(config, "review_basis", "auto") if config is not None else "auto"
    if setting in BASES:
        return setting
    declared = str(document.metadata.get("review_basis", "")).strip().lower()
    if declared in BASES:
        return declared  # type: ignore[return-value]
    if document.content is not None and hasattr(document.content, "review_type"):
        return "care-act"
    return from_words(document)


def adult_alive(document: Document) -> bool | None:
    """Whether the adult at the centre of the review is alive; None when nothing says."""
    adult = getattr(document.content, "adult", None)
    if adult is not None and hasattr(adult, "alive"):
        return bool(adult.alive)
    declared = document.metadata.get("adult_alive")
    if isinstance(declared, bool):
        return declared
    key = ("review-basis", "alive")
    if key not in document.cache:
        alive = died = False
        for s in _sentences(document, _ALIVE, _DIED):
            alive = alive or _any(_ALIVE, s)
            died = died or _any(_DIED, s)
            if died:
                break  # a death settles it
        # A death outweighs a word that sounds like life ("was alive when the crew arrived").
        document.cache[key] = False if died else True if alive else None
    return document.cache[key]


__all__ = ["BASES", "Basis", "adult_alive", "from_words", "review_basis"]
