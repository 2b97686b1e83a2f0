"""Abbreviations as a careful editor checks them: spelt out at first use, once, and before use.

A reader outside the field (a family member, a councillor, a journalist) meets "MCA",
"DoLS" and "s42" in every review. Each abbreviation should be written out in full the
first time it is used ("Mental Capacity Act 2005 (MCA)"), or explained in the
glossary, and not spelt out again and again.

A definition counts only when its words match the abbreviation's letters (Schwartz and
Hearst's algorithm, :mod:`sardoc.language.abbrev`); long words spelt out earlier without
brackets ("A Safeguarding Adults Review is often called a SAR", or in the title) count
too. Plurals and possessives of an abbreviation are the abbreviation. Left alone, as an
editor would: forms every reader knows (``well_known``, and per kind ``allow_for``),
letters after a person's name ("Jane Ward RMN CQSW"), capitals that are part of a
company's name ("KDL Care Homes Ltd"), and ordinary words in capitals ("LEARNING BRIEF",
a word the document also uses in small letters).

:func:`inventory` lists every abbreviation a document uses, for ``sardoc abbreviations``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path
from typing import Literal

from ...document import Document, Paragraph
from ...findings import Finding
from ...language.abbrev import best_long_form, initials_match, looks_like_abbreviation, singular
from ...lazyre import lazy_compile, lazy_scan
from ...model import BaseModel, ConfigDict
from ..context import RunContext

#: What the kind reads (see sardoc.rules.registry.READS).
READS = "text"

# A capital-led token with a second capital (DoLS, LeDeR, SARs, A&E). Single letters
# are pseudonyms ("Adult A", "Mr B"); letter-number ids (R1, F2) are left alone.
# Scanned along every paragraph behind a guard (sardoc.lazyre): re skips in C to the
# capitals a match starts with, where the look-behind would be tried at every position.
_ABBR = lazy_scan(r"(?<![\w&-])([A-Z][a-z]?[A-Z][A-Za-z&]*|[A-Z]&[A-Z])(?![\w&-])")
# Part of a reference code ("NSAB SAR 2024/01", "SAR 3/2023"): an identifier, not prose.
_REFERENCE = lazy_compile(r"(\s+[A-Z][A-Za-z]*)*\s+\d+[/.-]\d+")
_ROMAN = lazy_compile(r"^[IVXLC]+$")
_LOWER_WORD = lazy_compile(r"\b[a-z][a-z'-]+\b")
_CAP_RUN = lazy_compile(r"[A-Z][\w'’-]*(?:\s+(?:of|and|for|the|in|on|to|&)?\s*[A-Z][\w'’-]*)*")
_ALIAS = lazy_compile(
    r"(?:,\s*or|\bor\s+the|\b(?:is|are)\s+(?:often\s+|also\s+|usually\s+|sometimes\s+)?"
    r"(?:called|known\s+as|referred\s+to\s+as)|\bknown\s+as|\bcalled)\s+(?:a|an|the)?\s*$",
    0,
)


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    check: Literal["defined", "once"]
    #: Abbreviations this rule lets any document use without spelling out.
    allow: tuple[str, ...] = ()
    #: More, by document kind: a briefing for practitioners may say "SAR" unexplained.
    allow_for: dict[str, tuple[str, ...]] = {}
    #: More abbreviations and their meanings, added to the built-in list.
    extra: dict[str, str] = {}


def _language_file(name: str):
    # sardoc's own lists: loaded with libyaml, and kept between runs (sardoc.recache).
    from ... import yamlsafe

    path = Path(__file__).resolve().parent.parent.parent / "language" / name
    return yamlsafe.load_kept(yamlsafe.read_text(path, "abbreviation list"), str(path))


@cache
def known() -> dict[str, str]:
    return _language_file("abbreviations.yaml")


@cache
def forms() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in _language_file("abbreviation_forms.yaml").items()}


@dataclass
class Use:
    abbr: str
    first: Paragraph
    start: int
    definitions: list[tuple[Paragraph, int]] = field(default_factory=list)
    count: int = 0
    #: The long form the first definition gives, when one was found.
    long_form: str | None = None


_CLOSE = lazy_compile(r"\s*\)")
_SPELT_AFTER = lazy_compile(r"\s*\(([A-Za-z][^)]{3,})\)")
# A glossary line: "MCA: the ...", "MCA – ...", or columns typed with a tab or spaces.
_GLOSS_AFTER = lazy_compile(r"(\s*(:|–|—| - |\|)|\t| {2,})\s*\S")
# Several abbreviations defined in one pair of brackets: "... Partnership (RBWM AASP)".
_GROUP = lazy_compile(r"\(\s*([A-Z][A-Za-z&]*(?:\s+[A-Z][A-Za-z&]*){1,3})\s*\)")
# A glossary's heading: its definitions serve the whole report, wherever it stands.
_GLOSSARY = lazy_compile(
    r"\b(glossary|abbreviations|acronyms|terms used|terms and abbreviations|terminology|"
    r"key terms|definitions)\b",
    re.IGNORECASE,
)
_SPACES = lazy_compile(r"\s*")


def _definition(
    text: str, start: int, end: int, abbr: str, meaning: str | None = None
) -> tuple[bool, str | None]:
    """Whether the abbreviation at ``text[start:end]`` is defined there, and its long form.

    "Mental Capacity Act (MCA)", "MCA (Mental Capacity Act)", "a Safeguarding Adults
    Review, or SAR", "is often called a SAR", or a glossary line "MCA: the ...". Looks
    only near the abbreviation, so a paragraph with many costs time in proportion to its
    length, not its square.
    """
    j = start
    while j > 0 and text[j - 1].isspace():
        j -= 1
    window = text[max(0, start - 160) : j]
    if j > 0 and text[j - 1] == "(" and _CLOSE.match(text, end):
        long_form = best_long_form(abbr, window[:-1])
        if long_form is None and meaning and meaning.lower() in window.lower():
            # A name whose letters have drifted from its words ("Learning from Lives and
            # Deaths (LeDeR)"): the known meaning, written out, is a definition too.
            return True, meaning
        return long_form is not None, long_form
    m = _SPELT_AFTER.match(text, end)
    if m:
        long_form = best_long_form(abbr, m.group(1))
        if long_form is not None:
            return True, long_form
    opening = text.rfind("(", max(0, start - 40), start)
    if opening >= 0:
        group = _GROUP.match(text, opening)
        if group and group.start(1) <= start and end <= group.end(1):
            letters = "".join(group.group(1).split())
            long_form = best_long_form(letters, text[max(0, opening - 200) : opening])
            if long_form is not None:
                return True, long_form
    alias = _ALIAS.search(window + " ")
    if alias:
        long_form = best_long_form(abbr, window[: alias.start()])
        if long_form is not None:
            return True, long_form
    if not _GLOSS_AFTER.match(text, end):
        return False, None
    # At most two characters before it, spaces aside: the abbreviation opens its paragraph.
    i = _SPACES.match(text, 0, start).end()
    return i + 2 >= start or _SPACES.fullmatch(text, i + 2, start) is not None, None


_ASCII = bytes(range(128))
_NOT_LETTER = bytes(c for c in _ASCII if not chr(c).isalpha())
_NOT_UPPER = bytes(c for c in _ASCII if not chr(c).isupper())
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")


def _shouting(text: str) -> bool:
    """A line written in capitals ("LEARNING BRIEF: ADULT W"): its words are not abbreviations."""
    if len(text.split(None, 2)) < 3:  # fewer than three words; a long text is not split
        return False
    if text.isascii():
        # Counted in C (bytes.translate drops the others): a loop over every character
        # of every paragraph was a tenth of a long report's check.
        raw = text.encode("ascii")
        n_letters, n_upper = (
            len(raw.translate(None, _NOT_LETTER)),
            len(raw.translate(None, _NOT_UPPER)),
        )
    else:
        # The ASCII characters are counted in C as above, the others one by one: a
        # single-line file of megabytes with one accent in it is mostly ASCII.
        raw = text.encode("ascii", "ignore")
        others = [c for c in _ASCII_RUNS.sub("", text) if c.isalpha()]
        n_letters = len(raw.translate(None, _NOT_LETTER)) + len(others)
        n_upper = len(raw.translate(None, _NOT_UPPER)) + sum(c.isupper() for c in others)
    return n_upper >= 0.7 * n_letters


def _capital_lines(paras: list[Paragraph]) -> set[int]:
    """Short lines typed in capitals one under another (a plain-text title block:
    "SAFEGUARDING ADULTS REVIEW" / "GORDON" / "OVERVIEW REPORT"): each is a line of a
    title, so a one-word line among them is no more an abbreviation than the others."""
    out: set[int] = set()
    run: list[Paragraph] = []

    def close() -> None:
        # A column of lone capitals ("NHS" / "CQC") is a list of abbreviations, not a title.
        if len(run) > 1 and any(len(p.text.split()) > 1 for p in run):
            out.update(p.index for p in run)
        run.clear()

    for para in paras:
        if para.role == "list" and para.text.isupper():
            if run and para.index != run[-1].index + 1:
                close()
            run.append(para)
        else:
            close()
    close()
    return out


def _after_name(text: str, start: int) -> bool:
    """Whether a token follows a person's name or other letters after it ("Jo Ward, RMN")."""
    before = text[:start].rstrip(" ,")
    word = before.rsplit(None, 1)[-1] if before.strip() else ""
    return bool(word) and word[0].isupper() and not before.endswith((".", ":", ";"))


def _company(text: str, end: int, endings: frozenset[str]) -> bool:
    """Whether the capitals open or sit in a company's name ("KDL Care Homes Ltd")."""
    rest = text[end : end + 80].split()
    for word in rest[:4]:
        w = word.strip(".,;:()")
        if w in endings:
            return True
        if not w[:1].isupper():
            return False
    return False


def inventory(document: Document) -> dict[str, Use]:
    """Every abbreviation in the document: where it is first used and where defined.

    Worked out once a document: both abbreviation rules read it, and neither changes it.
    """
    key = ("abbreviations", "inventory")
    if key not in document.cache:
        document.cache[key] = _inventory(document)
    return document.cache[key]


def _inventory(document: Document) -> dict[str, Use]:
    lists = forms()
    meanings = known()
    paras = [p for p in document.paragraphs if p.part in ("body", "footnote", "endnote")]
    ordinary = cache(partial(_words, paras))  # the document's lower-case words, when asked
    uses: dict[str, Use] = {}
    title_lines = _capital_lines(paras)
    for i, para in enumerate(paras):
        text = para.text
        shouting = para.index in title_lines or _shouting(text)
        # A heading in capitals is not a list of abbreviations, but it may define one
        # ("ROYAL BOROUGH OF WINDSOR & MAIDENHEAD (RBWM) ...").
        capitals = shouting or (para.is_heading and text.isupper())
        for m in _ABBR.finditer(text):
            token = m.group(1)
            abbr = singular(token)
            if abbr in lists["well_known"] or abbr in lists["markings"]:
                continue
            if abbr in meanings:
                pass  # a known abbreviation is one whatever surrounds it
            elif (
                not looks_like_abbreviation(abbr)
                or _ROMAN.match(abbr)
                or len(abbr) > 8
                or (abbr.isupper() and abbr.lower() in ordinary())
                or (abbr in lists["post_nominals"] and _after_name(text, m.start()))
                or _company(text, m.end(), lists["company_endings"])
            ):
                continue
            if _REFERENCE.match(text, m.end()):
                continue
            near = text[max(0, m.start() - 2) : m.start()] + text[m.end() : m.end() + 1]
            if capitals and abbr not in meanings and "(" not in near and ")" not in near:
                continue  # not in brackets, so not defined here: no need to look
            defined, long_form = _definition(text, m.start(), m.end(), abbr, meanings.get(abbr))
            if not defined and para.role == "table" and text.strip() == token:
                defined, long_form = _cell_definition(abbr, para, paras[i + 1 : i + 2])
            if capitals and not defined and (abbr not in meanings or para.is_heading):
                continue
            use = uses.get(abbr)
            if use is None:
                if para.is_heading and not defined:
                    # Editors spell an abbreviation out in the text, not in a heading
                    # ("The purpose of a SAR" over "A Safeguarding Adults Review (SAR)...").
                    continue
                use = uses[abbr] = Use(abbr, para, m.start(1))
            use.count += 1
            if defined:
                use.definitions.append((para, m.start(1)))
                use.long_form = use.long_form or long_form
    return uses


def _words(paras: list[Paragraph]) -> set[str]:
    """The lower-case words of ``paras``: a word in capitals that is also one of them
    ("CARE" beside "care") is emphasis, not an abbreviation. Gathered only when a word in
    capitals needs it (the words of a long report are many)."""
    out: set[str] = set()
    for para in paras:
        out.update(_LOWER_WORD.findall(para.text))
    return out


def _cell_definition(
    abbr: str, cell: Paragraph, following: list[Paragraph]
) -> tuple[bool, str | None]:
    """A table cell holding only the abbreviation, its meaning in the next cell: a
    glossary laid out as a table ("IMR" | "individual management review")."""
    if not following or following[0].role != "table":
        return False, None
    meaning = following[0].text
    long_form = best_long_form(abbr, meaning)
    if long_form is not None:
        return True, long_form
    # In a glossary, a meaning whose words drift from the letters still explains it.
    return _in_glossary(cell) and len(meaning.split()) >= 2, None


def _spelt_out_before(document: Document, use: Use, meaning: str | None = None) -> bool:
    """The words the abbreviation stands for appear, capitalised, at or before its first use.

    "A Safeguarding Adults Review is often called a SAR", or a report titled
    "Safeguarding Adults Review: Adult D" that then says "SAR": the reader has met the
    long form. A known meaning counts in any case ("she had multiple sclerosis" before
    "her MS medication"): initials of any lower-case words would match too much.
    """
    if not use.abbr.isupper():
        return False
    said = re.compile(rf"\b{re.escape(meaning)}\b", re.IGNORECASE) if meaning else None
    for para in document.paragraphs:
        if para.part != "body":
            continue  # front matter and page headers are not what a reader reads first
        text = para.text if para is not use.first else para.text[: use.start]
        if said is not None and said.search(text):
            return True
        for run in _CAP_RUN.finditer(text):
            words = run.group().split()
            for i in range(len(words)):
                for k in range(i + len(use.abbr), min(len(words), i + 2 * len(use.abbr)) + 1):
                    if initials_match(use.abbr, " ".join(words[i:k])):
                        return True
        if para is use.first:
            return False
    return False


def _in_glossary(para: Paragraph) -> bool:
    """Whether a definition stands in the report's glossary, which serves the whole report
    wherever it is placed (many put it in an appendix)."""
    return any(_GLOSSARY.search(heading) for heading in para.section)


def check(document: Document, rule, ctx: RunContext) -> Iterator[Finding]:
    p: Params = rule.params
    meanings = {**known(), **p.extra}
    allowed = set(p.allow) | set(p.allow_for.get(document.kind, ()))
    for abbr, use in inventory(document).items():
        if p.check == "defined":
            if abbr in allowed or use.definitions and use.definitions[0][0] is use.first:
                continue
            if any(_in_glossary(para) for para, _ in use.definitions):
                continue
            if not use.definitions and _spelt_out_before(document, use, meanings.get(abbr)):
                continue
            meaning = meanings.get(abbr)
            how = "is spelt out only later" if use.definitions else "is not spelt out"
            yield rule.finding(
                document.locate(use.first, use.start, use.start + len(abbr)),
                text=abbr,
                abbr=abbr,
                how=how,
                write=f"{meaning} ({abbr})" if meaning else f"the words in full, then ({abbr})",
            )
        else:
            # A glossary repeats what the text spells out, by design: it is not a second
            # spelling-out for the reader of the text.
            in_text = [d for d in use.definitions if not _in_glossary(d[0])]
            if len(in_text) < 2:
                continue
            para, start = in_text[1]
            yield rule.finding(
                document.locate(para, start, start + len(abbr)), text=abbr, abbr=abbr
            )
