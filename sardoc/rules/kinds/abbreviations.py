"""Abbreviations as a careful editor checks them: spelt out at first use, once, and before use.

A reader outside the field (a family member, a councillor, a journalist) meets "MCA",
"DoLS" and "s42" in every review. Each abbreviation should be written out in full the
first time it is used ("Mental Capacity Act 2005 (MCA)"), or explained in the
glossary, and not spelt out again and again. A few are so common they need no
explanation for a given kind of document (``allow``). Known meanings come from
sardoc/language/abbreviations.yaml and the rule's ``extra`` table, so a finding can say
what to write.

:func:`inventory` lists every abbreviation a document uses, for ``sardoc abbreviations``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from ...document import Document, Paragraph
from ...findings import Finding
from ...lazyre import lazy_compile
from ..context import RunContext

#: What the kind reads (see sardoc.rules.registry.READS).
READS = "text"

# Two or more capitals (with digits, & or a lower-case inner letter as in DoLS, LeDeR),
# optionally a plural s. Single letters are pseudonyms ("Adult A", "Mr B"), not
# abbreviations; Roman numerals and letter-number ids (R1, F2) are left alone.
_ABBR = lazy_compile(r"(?<![\w&-])([A-Z][a-z]?[A-Z][A-Za-z&]*[A-Z]?|[A-Z]&[A-Z])(s?)(?![\w&-])")
# Part of a reference code ("NSAB SAR 2024/01", "SAR 3/2023"): an identifier, not prose.
_REFERENCE = lazy_compile(r"(\s+[A-Z][A-Za-z]*)*\s+\d+[/.-]\d+")
_ROMAN = lazy_compile(r"^[IVXLC]+$")
_NOT = frozenset({"OK", "TV", "PDF", "NB", "PS", "AM", "PM", "II", "III"})


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    check: Literal["defined", "once"]
    #: Abbreviations this kind of document may use without spelling out.
    allow: tuple[str, ...] = ("GP", "NHS", "UK")
    #: More abbreviations and their meanings, added to the built-in list.
    extra: dict[str, str] = {}


@cache
def known() -> dict[str, str]:
    import yaml

    path = Path(__file__).resolve().parent.parent.parent / "language" / "abbreviations.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@dataclass
class Use:
    abbr: str
    first: Paragraph
    start: int
    definitions: list[tuple[Paragraph, int]] = field(default_factory=list)
    count: int = 0


_CLOSE = lazy_compile(r"\s*\)")
_SPELT_AFTER = lazy_compile(r"\s*\((?:[A-Za-z][^)]{3,})\)")
_GLOSS_AFTER = lazy_compile(r"\s*(:|–|—| - |\|)\s*\S")
_WORD = lazy_compile(r"[A-Za-z][\w'-]*")
_SPACES = lazy_compile(r"\s*")


def _defined_here(text: str, start: int, end: int, abbr: str) -> bool:
    """ "Mental Capacity Act (MCA)", "MCA (Mental Capacity Act)", "MCA: the ..." or "MCA – ...".

    Looks only near the abbreviation (matching at offsets, never copying the rest of
    the paragraph), so a paragraph with many abbreviations costs time in proportion to
    its length, not its square.
    """
    j = start
    while j > 0 and text[j - 1].isspace():  # what `\(\s*$` asks of the text before
        j -= 1
    if j > 0 and text[j - 1] == "(" and _CLOSE.match(text, end):
        words = _WORD.findall(text[max(0, start - 120) : start])
        initials = "".join(w[0].upper() for w in words[-(len(abbr) + 4) :])
        return any(c in initials for c in abbr[:1])
    if _SPELT_AFTER.match(text, end):
        return True
    if not _GLOSS_AFTER.match(text, end):
        return False
    # At most two characters before it, spaces aside: the abbreviation opens its paragraph.
    i = _SPACES.match(text, 0, start).end()
    return i + 2 >= start or _SPACES.fullmatch(text, i + 2, start) is not None


def inventory(document: Document) -> dict[str, Use]:
    """Every abbreviation in the document: where it is first used and where defined."""
    uses: dict[str, Use] = {}
    for para in document.paragraphs:
        if para.part not in ("body", "footnote", "endnote"):
            continue
        for m in _ABBR.finditer(para.text):
            abbr = m.group(1)
            if abbr in _NOT or _ROMAN.match(abbr) or len(abbr) > 8 or abbr.isdigit():
                continue
            if _REFERENCE.match(para.text, m.end()):
                continue
            if para.is_heading and para.text.isupper():
                continue  # a heading in capitals is not a list of abbreviations
            use = uses.get(abbr)
            if use is None:
                use = uses[abbr] = Use(abbr, para, m.start(1))
            use.count += 1
            if _defined_here(para.text, m.start(), m.end(), abbr):
                use.definitions.append((para, m.start(1)))
    return uses


def check(document: Document, rule, ctx: RunContext) -> Iterator[Finding]:
    p: Params = rule.params
    meanings = {**known(), **p.extra}
    for abbr, use in inventory(document).items():
        if p.check == "defined":
            if abbr in p.allow or use.definitions and use.definitions[0][0] is use.first:
                continue
            meaning = meanings.get(abbr)
            if use.definitions:
                para, start = use.definitions[0]
                how = "is spelt out only later"
            else:
                how = "is not spelt out"
            yield rule.finding(
                document.locate(use.first, use.start, use.start + len(abbr)),
                text=abbr,
                abbr=abbr,
                how=how,
                write=f"{meaning} ({abbr})" if meaning else f"the words in full, then ({abbr})",
            )
        elif len(use.definitions) > 1:
            para, start = use.definitions[1]
            yield rule.finding(
                document.locate(para, start, start + len(abbr)), text=abbr, abbr=abbr
            )
