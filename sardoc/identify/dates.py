"""Dates of birth: a date in any common form after a birth cue.

DOMAIN.md section 3 names "DOB and exact dates" among identifiers (QM14). A date with
no birth cue is an event date ("on 3 March 2023 the GP visited") and is not reported;
a year alone ("born in 1938") says no more than an age and is not reported either.
"""

from __future__ import annotations

import re

from ..lazyre import lazy_scan
from .spans import Span, make

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_D = r"(?:0?[1-9]|[12]\d|3[01])"
_M = r"(?:0?[1-9]|1[0-2])"
_Y = r"(?:(?:18|19|20)\d{2}|\d{2})"
_Y4 = r"(?:18|19|20)\d{2}"
# A month in Roman numerals, as some European forms write it: "22.VIII.1983".
_ROMAN = r"(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
_ORD = r"(?:[ \t]?(?:st|nd|rd|th)\b)?"  # "2nd", and "2 nd" as some reports space it
DATE = (
    rf"(?:{_D}[/.\-]{_M}[/.\-]{_Y}"  # 03/03/1945, 3.3.45, 03-03-1945
    rf"|{_Y4}-{_M}-{_D}"  # 1945-03-03
    # 3rd March 1945, 3-Mar-45, and a wristband's 03/MAR/1945
    rf"|{_D}{_ORD}(?:[ \t]+of)?[ \t-]+{_MONTH},?[ \t-]+{_Y}|{_D}/{_MONTH}/{_Y}"
    rf"|{_D}{_ORD}[ \t]+{_MONTH}[ \t]+['’]\d{{2}}"  # 4 Mar '41, as a form abbreviates it
    rf"|{_MONTH}[ \t]+{_D}{_ORD},?[ \t]+{_Y}"  # March 3rd, 1945
    rf"|{_MONTH},?[ \t]+{_Y4}"  # March 1945 (a month and year of birth)
    rf"|{_M}/{_Y4}"  # 03/1945
    rf"|{_D}[./ \-]{_ROMAN}[./ \-]{_Y})"  # 22.VIII.1983
)
# "born", "DOB", "D.O.B.", "date of birth", "birth date", "b." right before a date.
_CUE = (
    r"(?:\bborn\b|\bD\.?O\.?B\b\.?|\bDoB\b|\bdate\s+of\s+birth\b|\bbirth\s*date\b"
    r"|\bbirthday\b(?=[^.\n]{0,12}\d)|(?<![\w.])(?-i:b)\.(?=\s*(?:\d|[A-Z][a-z]{2,8}\.?[ \t]+\d)))"
)
# A verb cue ("born") reaches a date a few words on ("born in Leeds on 3 May 1950"); a
# noun cue ("date of birth") may be further ("date of birth, given on the form as ...").
_NOUN_CUE = r"(?:\bD\.?O\.?B\b\.?|\bDoB\b|\bdate\s+of\s+birth\b|\bbirth\s*date\b)"
# Every cue starts with "b" or "d" (ignoring case, as the cue does). lazy_scan cannot
# work that out past the cue's "(?-i:b)", so the guard is written out: without it a long
# line is tried at every character (tests/perf/test_identify_shortcuts.py compares).
_DOB_GUARD = r"(?=[bd])"
_DOB = lazy_scan(
    rf"{_DOB_GUARD}(?:{_NOUN_CUE}(?P<far>[^\d.;\n]{{0,60}}?)|{_CUE}(?P<fill>[^\d.;\n]{{0,30}}?|[\s:(]*))"
    rf"(?<![\w])(?P<date>{DATE})(?![\w/])",
    re.I,
)
# A second date in the same breath as the first: "and", "or" or a comma, then whose
# date it is ("her son's", "his") or "as"; "and on 3 May" or a bare ", 14/03/2024" after
# a form's DOB is an event.
_AND_DATE = lazy_scan(
    r"[ \t]*(?:,|and|or|,[ \t]*and)[ \t]+(?:(?:his|her|their|the)[ \t]+)?"
    r"(?:[\w-]+['’]s[ \t]+(?:(?:as|is|was)[ \t]+)?|(?:his|hers|theirs)[ \t]+"
    r"(?:(?:as|is|was)[ \t]+)?|(?:as|is|was)[ \t]+)"
    rf"(?<![\w])(?P<date>{DATE})(?![\w/])",
    re.I,
)
_DATE_ONLY = lazy_scan(rf"^\s*(?P<date>{DATE})(?![\w/])", re.I)
#: A cell or field that is only a birth cue ("DOB", "Date of birth:").
CUE_ONLY = lazy_scan(rf"^\s*{_CUE}\s*[:\-–]?\s*$", re.I)


# A life span: two full dates joined by a dash or "to", in brackets after a name or in a
# title ("Elsie (2nd June 1950 – 11th October 2019)"). The first is the date of birth;
# the second, the date of death, is an event date.
_SPAN_DATE = (
    rf"(?:{_D}[/.\-]{_M}[/.\-]{_Y}"
    rf"|{_D}{_ORD}(?:[ \t]+of)?[ \t-]+{_MONTH},?[ \t-]+{_Y4}"
    rf"|{_MONTH}[ \t]+{_D}{_ORD},?[ \t]+{_Y4})"
)
_LIFE_SPAN = lazy_scan(
    rf"(?P<open>\([ \t]*)?(?<![\w/.])(?P<date>{_SPAN_DATE})[ \t]*(?:[–—-]+|to)[ \t]*"
    rf"(?P<end>{_SPAN_DATE})(?![\w/])",
    re.I,
)
# Cheap test first: a year or two digits, a dash or "to", then a digit or a month.
_LIFE_HINT = lazy_scan(r"\d\d[ \t]*(?:[–—-]+|to)[ \t]*[\dA-Z]")
# Then where the two dates meet, as every life span has it: the first date's end (a
# two-digit year after a separator, or a year of four digits), the dash or "to", and the
# second date's start (a day and what follows a day, or a month). "Ref 12-3:" and "pages
# 20-31" pass the hint but not this, and it is a fifth of the cost of the full pattern
# (tests/perf/test_identify_shortcuts.py compares the two on every life span).
_LIFE_JOIN = lazy_scan(
    r"(?:[/.\-](?:\d\d|(?:18|19|20)\d\d)|[ \t\-](?:18|19|20)\d\d)[ \t]*(?:[–—-]+|to)[ \t]*"
    r"(?:\d{1,2}(?:[/.\- \t]|st|nd|rd|th)|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.I,
)
_YEAR = lazy_scan(r"(?:18|19|20)\d{2}|\d{2}$")


def _year(date: str) -> int | None:
    found = _YEAR.findall(date)
    if not found:
        return None
    y = int(found[-1])
    return y if y > 100 else (1900 + y if y > 25 else 2000 + y)


def life_spans(text: str) -> list[Span]:
    """The birth date of a life span: in brackets, or years apart as a life is."""
    out: list[Span] = []
    if not _LIFE_HINT.search(text) or not _LIFE_JOIN.search(text):
        return out
    for m in _LIFE_SPAN.finditer(text):
        born, died = _year(m.group("date")), _year(m.group("end"))
        if born is None or died is None or died < born:
            continue
        # A chronology's "3 March 2023 – 5 April 2023" is a period, not a life.
        if not m.group("open") and died - born < 16:
            continue
        s, e = m.span("date")
        out.append(make(text, s, e, "date-of-birth", _key(m.group("date")), "life-span"))
    return out


def _key(date: str) -> str:
    return " ".join(date.lower().replace(",", " ").split())


def dates_of_birth(text: str) -> list[Span]:
    out: list[Span] = []
    # Cheap test first: most paragraphs have no birth cue at all.
    lowered = text.lower()
    out.extend(life_spans(text))
    # Plain tests, not any() over a generator: this runs for every paragraph.
    if not (
        "born" in lowered
        or "dob" in lowered
        or "d.o.b" in lowered
        or "birth" in lowered
        or "b." in lowered
    ):
        return out
    for m in _DOB.finditer(text):
        fill = m.group("fill") or m.group("far") or ""
        # "born in Leeds on 3 May 1950" is fine; "born. On 3 May" is another sentence.
        if any(ch in fill for ch in "!?"):
            continue
        s, e = m.span("date")
        out.append(make(text, s, e, "date-of-birth", _key(m.group("date")), "cue"))
        # One cue, two people's dates: "her date of birth as 02/06/1937 and her son's
        # as 30.11.66".
        more = _AND_DATE.match(text, e)
        if more is not None:
            s, e = more.span("date")
            out.append(make(text, s, e, "date-of-birth", _key(more.group("date")), "cue"))
    return out


def date_at_start(text: str) -> Span | None:
    """The date a table cell or field value starts with, for a cue found elsewhere."""
    m = _DATE_ONLY.match(text)
    if not m:
        return None
    s, e = m.span("date")
    return make(text, s, e, "date-of-birth", _key(m.group("date")), "column")
