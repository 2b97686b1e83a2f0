"""Names of people, without machine learning.

QM14 and DOMAIN.md section 3: a published review names nobody: the adult, the family
and staff appear by pseudonym ("Adult A", "Mr B") or by role ("the GP", "Social Worker
1"). This module finds names in one string by

* a title and a name: "Mrs Okafor", "Dr Ruth Ellison", "DC EVANS";
* a role in apposition: "the social worker, Jane Hughes," and "Jane Hughes (district
  nurse)";
* capitalised words checked against the given-name and family-name lists: "Jane
  Hughes", "Olamide Okafor", "Susan" (a listed given name on its own), "JANE HUGHES",
  "HUGHES, Jane" and, in lower case, "jane hughes";

and, in a second pass over the whole document (:func:`known_mentions`), finds the
names already seen again: once "Jane Hughes" is found, "Hughes" and "jane hughes" are
found everywhere. Letter and number pseudonyms never match: a name word needs a
capital followed by lower case, or three capitals with a vowel.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from ..lazyre import LazyPattern, lazy_compile, lazy_scan
from . import lexicon as L
from .spans import Span, make
from .structure import structural
from .tokens import CAPS, NAME, trie_pattern

_TITLES = (
    r"Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lady|Lord|Revd|Rev|Reverend|Father|Fr"
    r"|Sister|Cllr|Councillor|PCSO|PC|DC|DS|DI|DCI|DSI|Supt|Insp|Sgt|Sergeant|Inspector|Constable"
    r"|Det|Detective(?:[ \t]+(?:Constable|Sergeant|Inspector))?|Nurse"
)
#: Titles that are also ordinary words or roles: the name after them must look like one.
_LOOSE_TITLES = frozenset(
    {
        "sister",
        "father",
        "lady",
        "lord",
        "nurse",
        "inspector",
        "constable",
        "sergeant",
        "detective",
        "fr",
        "sir",
        "dame",
    }
)
_TITLE_NAME = lazy_scan(
    rf"(?<![\w])(?P<title>{_TITLES})\.?[ \t]+(?:[A-Z]\.[ \t]?){{0,2}}[ \t]*"
    rf"(?P<name>(?:{NAME}|{CAPS})(?:[ \t]+(?:{NAME}|{CAPS})){{0,2}})"
)

# One trie of every role phrase, spaces matching any run of blanks (fast in ``re``),
# in lower case, with a capital and, for short ones, in capitals ("GP", "IMCA").
_ROLE = trie_pattern(
    {r for p in L.ROLE_PHRASES for r in (p, p[:1].upper() + p[1:], p.upper() if len(p) <= 5 else p)}
).replace(r"\ ", r"[ \t]+")
_DETERMINER = (
    r"(?:[Tt]he|[Aa]n?|[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|[Oo]ur|[Yy]our"
    r"|(?:[A-Z][a-z]+[ \t]+)?[A-Z][a-z]*['’]s)"
)
_NAME_SEQ = rf"{NAME}(?:[ \t]+{NAME}){{0,2}}"
_MODIFIERS = r"(?:[a-z][a-z-]+[ \t]+){0,2}"  # "the discharge coordinator", "her new GP"
# Anchored on the role (a trie, fast to scan for); the determiner before it is checked
# after a match, on the few words before the role.
_ROLE_THEN_NAME = lazy_scan(rf"\b{_ROLE}s?(?:[ \t]*[,(][ \t]*|[ \t]+)(?P<name>{_NAME_SEQ})")
# "chaired by team manager Hunter Blackwood", "seen with nurse Ruby Castellano": a
# role after "by" or "with" is the person's, as after a determiner.
_BEFORE_ROLE = lazy_scan(rf"(?:^|(?<=[^\w'’]))(?:{_DETERMINER}|by|with)[ \t]+{_MODIFIERS}$")
# Anchored on the comma or bracket and the role; the name before it is found after.
_NAME_THEN_ROLE = lazy_compile(
    rf"(?:,[ \t]*(?:{_DETERMINER}[ \t]+)?|\([ \t]*(?:the[ \t]+|a[ \t]+|an[ \t]+)?)"
    rf"{_MODIFIERS}{_ROLE}\b"
)
# A role opening a cell or line may carry its own capital ("Discharge co-ordinator").
# Or a sentence in a chronology cell: "Closed. Duty worker Sky Nwachukwu phones".
_LINE_START = lazy_scan(r"(?:^|\n|[.!?;:][ \t]+)[ \t>*_-]*(?:[A-Za-z][a-z-]+[ \t]+){0,2}$")
_NAME_BEFORE = lazy_scan(rf"(?<![\w-])(?<!\w['’])(?P<name>{_NAME_SEQ})(?:['’]s)?[ \t]*$")
_RUN = lazy_scan(rf"(?<![\w-])(?<!\w['’])(?:{NAME})(?:[ \t]+(?:{NAME}))*")
_TOKEN = lazy_scan(NAME)
_START = r"(?<![\w-])(?<!\w['’])"  # not inside a word; an opening quote is fine
_CAPS_RUN = lazy_scan(rf"{_START}(?:{CAPS})(?:[ \t]+(?:{CAPS}|{NAME}))+|{_START}{NAME}[ \t]+{CAPS}")
_CAPS_COMMA_FIRST = lazy_scan(rf"(?<![\w-])(?<!\w['’])(?P<sur>{CAPS}),[ \t]*(?P<first>{NAME})")
_LOWER_FULL = lazy_scan(
    r"(?<![\w-])(?<!\w['’])(?:"
    + trie_pattern(sorted(L.STRONG_FIRST))
    + r")[ \t]+(?:"
    + trie_pattern(sorted(L.STRONG_SURNAME))
    + r")(?![\w-])"
)
_VOWEL = lazy_compile(r"[AEIOUY]")

#: Words after a name that make the phrase a place or an organisation.
_PLACE_AFTER = L.ORG | frozenset(
    {
        "house",
        "lodge",
        "manor",
        "court",
        "grange",
        "centre",
        "center",
        "road",
        "street",
        "lane",
        "avenue",
        "close",
        "drive",
        "way",
        "crescent",
        "place",
        "gardens",
        "terrace",
        "park",
        "square",
        "station",
        "line",
        "building",
        "hall",
        "home",
        "college",
        "bridge",
        "cottage",
        "farm",
        "award",
        "awards",
        "prize",
        "fund",
        "memorial",
        "syndrome",
        "disease",
        "scale",
        "score",
        "test",
        "protocol",
        "principle",
        "report",
        "review",
        "inquiry",
        "act",
        "ward",
        "wing",
        "suite",
        "block",
        # Waterside places named after people ("Albert Dock", "Victoria Quay").
        "dock",
        "docks",
        "quay",
        "wharf",
        "pier",
        "marina",
    }
)
#: National charities named after their founders ("Marie Curie nurses", "a Sue Ryder
#: hospice"): organisations, not people in the review.
_CHARITIES = frozenset({"marie curie", "sue ryder", "leonard cheshire"})


def is_first(w: str) -> bool:
    """A listed given name, or a hyphenated one with a listed part ("kerry-ann")."""
    return w in L.FIRST or ("-" in w and any(p in L.FIRST for p in w.split("-")))


def is_surname(w: str) -> bool:
    """A listed family name, or a double-barrelled one with a listed part."""
    return w in L.SURNAME or ("-" in w and any(p in L.SURNAME for p in w.split("-")))


def _strong_first(w: str) -> bool:
    return w in L.STRONG_FIRST or ("-" in w and is_first(w))


#: Given names that are also places ("Victoria", "Jordan"): a name only before a surname.
_PLACE_FIRST = L.FIRST & L.PLACE


def _name_like(word: str, strict: bool = False) -> bool:
    """A word that may be part of a name: listed, or not an ordinary/stop word."""
    w = L.norm(word)
    if w in L.NOT_NAME:
        return False
    if is_first(w) or is_surname(w):
        return True
    if word.isupper() and not _VOWEL.search(word):
        return False
    return not strict or w not in L.COMMON


def _key(words: Iterable[str]) -> str:
    return " ".join(L.norm(w) for w in words if L.norm(w) not in L.TITLE)


def _span(text: str, start: int, end: int, how: str) -> Span:
    words = text[start:end].split()
    return make(text, start, end, "person", _key(words), how)


def _trim_name(text: str, start: int, end: int, lead: bool = True) -> tuple[int, int] | None:
    """Drop leading ordinary words ("Yesterday Jane Hughes") and trailing stop words.

    With ``lead=False`` (a name right after a role and a comma) only stop words are
    dropped from the front, so "the coordinator, Faith Mwangi," keeps "Faith".
    """
    toks = list(_TOKEN.finditer(text, start, end))
    while toks and not (
        (
            _name_like(toks[0].group(0), strict=lead)
            # "Victoria Lumb", "Jordan Hart": a given name that is also a place, with a
            # surname after it.
            or (
                len(toks) > 1
                and L.norm(toks[0].group(0)) in _PLACE_FIRST
                and _name_like(toks[1].group(0), strict=True)
            )
        )
        and (lead or len(toks) == 1 or _name_like(toks[1].group(0), strict=True))
    ):
        toks.pop(0)
    while toks and not (
        _name_like(toks[-1].group(0), strict=True)
        or (len(toks) > 1 and is_surname(L.norm(toks[-1].group(0))))
    ):
        toks.pop()
    if not toks:
        return None
    return toks[0].start(), toks[-1].end()


def titled(text: str) -> list[Span]:
    out = []
    for m in _TITLE_NAME.finditer(text):
        title = m.group("title").lower()
        toks = [t for t in re.finditer(r"\S+", m.group("name"))]
        words = [t.group(0) for t in toks]
        first = L.norm(words[0])
        # After "Mrs" or "Dr" a place or a month is a surname ("Mrs May", "Dr Jordan").
        stop = L.NOT_NAME - L.PLACE - L.CALENDAR if title not in _LOOSE_TITLES else L.NOT_NAME
        if first in stop or (title in _LOOSE_TITLES and not _name_like(words[0], True)):
            continue
        if words[0].isupper() and not _VOWEL.search(words[0]):
            continue
        # "Mr T. Professionals are...": a full stop after an initial, then an ordinary
        # word, ends the sentence; "Mr T" is a letter pseudonym.
        if "." in text[m.end("title") : m.start("name")] and first in L.COMMON:
            continue
        keep = 1
        while keep < len(words) and _name_like(words[keep], strict=True):
            keep += 1
        end = m.start("name") + toks[keep - 1].end()
        out.append(_span(text, m.start(), end, "title"))
    return out


def appositions(text: str) -> list[Span] | tuple[Span, ...]:
    """Names beside a role: "her daughter, Susan,", "Susan (daughter)".

    The scan asks again for a paragraph that names an official (scan._practitioners); a
    long one (a single-line file is one paragraph of megabytes) is worked out once.
    """
    if len(text) >= _LONG_TEXT:
        return _long_appositions(text)
    return _appositions(text)


#: A paragraph at least this long has its appositions kept (sardoc.prefilter.LONG_TEXT).
_LONG_TEXT = 4000


@lru_cache(maxsize=4)
def _long_appositions(text: str) -> tuple[Span, ...]:
    return tuple(_appositions(text))


def _appositions(text: str) -> list[Span]:
    out = []
    for rx, how in ((_ROLE_THEN_NAME, "role"), (_NAME_THEN_ROLE, "role")):
        for m in rx.finditer(text):
            if rx is _ROLE_THEN_NAME:
                # A role opening a table cell or a line ("Care worker May Ferreira",
                # "Team manager Rafferty") needs no determiner before it.
                if not _BEFORE_ROLE.search(
                    text, max(0, m.start() - 60), m.start()
                ) and not _LINE_START.search(text, max(0, m.start() - 40), m.start()):
                    continue
                span = m.span("name")
            else:
                n = _NAME_BEFORE.search(text, max(0, m.start() - 80), m.start())
                if n is None:
                    continue
                span = n.span("name")
            se = _trim_name(text, *span, lead=rx is _NAME_THEN_ROLE)
            if se is None:
                continue
            words = text[se[0] : se[1]].split()
            # One word after a role must still look like a name ("her daughter, Susan,"),
            # not a word that starts the next clause; one word before a role must be a
            # listed name ("Susan (daughter)"), not a place ("Northfield, her home town").
            # A single word beside a role must be a listed name: "her daughter, Susan,"
            # but not "a carer, Carers Northfield" or "Northfield, her home town".
            if len(words) == 1:
                w = L.norm(words[0])
                if not (is_first(w) or is_surname(w)):
                    continue
            out.append(_span(text, se[0], se[1], how))
    return out


# A capitalised role used as a title: "Station Manager Iqbal", "Social Worker Hughes"
# (but "Social Worker 2" and "Ward Manager A" are pseudonyms and never match).
_ROLE_TITLE = lazy_scan(
    r"\b(?:Manager|Worker|Officer|Nurse|Matron|Practitioner|Therapist|Consultant|Lead"
    r"|Co-?ordinator|Director|Paramedic|Carer|Reviewer|Chair|Assistant|Visitor|Advocate)"
    rf"[ \t]+(?P<name>{NAME}(?:[ \t]+{NAME})?)(?![\w'’-]*[ \t]+[A-Z]\b)"
)
# Names joined to a name already found: "Joanna Nowak and Patience Adjei".
_AND_NAME = lazy_scan(rf"[ \t]*(?:,|and|&)[ \t]+(?P<name>{NAME}[ \t]+{NAME})(?![\w'’-])")
_NAME_AND = lazy_scan(rf"(?<![\w-])(?<!\w['’])(?P<name>{NAME}[ \t]+{NAME})[ \t]*(?:,|and|&)[ \t]*$")


# An initial and a surname: "J. Rafferty", "J.R. Hartley" (a full stop is required:
# "Adult A Smith" is not written, and "A Smith" may be a list item).
_INITIAL_NAME = lazy_scan(
    rf"(?<![\w.'’-])(?:[A-Z]\.[ \t]?){{1,2}}[ \t]*(?P<name>{NAME})(?![\w'’-])"
)
# Two unknown capitalised words set off by commas mid-sentence, as names in
# apposition are: "The registered manager at the time, Philippa Gaunt, has left".
_COMMA_PAIR = lazy_scan(rf"(?<=[a-z]),[ \t]+(?P<name>{NAME}[ \t]+{NAME}),(?=[ \t]+[a-z])")


_PSEUDONYM_BEFORE = lazy_scan(
    r"\b(?:Adult|Mr|Mrs|Ms|Miss|Mx|Person|Client|Resident|Patient)[ \t]+$"
)


def initials(text: str) -> list[Span]:
    out = []
    for m in _INITIAL_NAME.finditer(text):
        w = L.norm(m.group("name"))
        # "Adult F. Overview report": the letter ends a pseudonym and its sentence.
        if _PSEUDONYM_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if w not in L.NOT_NAME and (is_surname(w) or w not in L.COMMON):
            out.append(_span(text, m.start(), m.end(), "initial"))
    for m in _COMMA_PAIR.finditer(text):
        a, b = (L.norm(w) for w in m.group("name").split())
        if all(w not in L.NOT_NAME and w not in L.COMMON for w in (a, b)):
            out.append(_span(text, *m.span("name"), "comma"))
    return out


def role_titles(text: str) -> list[Span]:
    out = []
    for m in _ROLE_TITLE.finditer(text):
        # "Business Manager Kestermoor Safeguarding Adults Board": the words after the
        # post run on into the organisation it is at, not a name.
        run = _RUN.match(text, m.start("name"))
        if run is not None and any(L.norm(w) in L.ORG for w in run.group(0).split()):
            continue
        se = _trim_name(text, *m.span("name"))
        if se is not None and se[0] == m.start("name"):
            out.append(_span(text, se[0], se[1], "role-title"))
    return out


def _pair_ok(text: str) -> bool:
    a, b = (L.norm(w) for w in text.split())
    # "Legal Adviser", "Information Governance": a job title after a name, not a name.
    if a in L.COMMON and a not in L.FIRST:
        return False
    return a not in L.NOT_NAME and b not in L.NOT_NAME and _name_like(text.split()[1], True)


_NEXT_WORD = lazy_scan(r"[ \t]+([\w'’-]+)")


def _org_follows(text: str, end: int) -> bool:
    """The words run on into an organisation's name: "Greater Calderbrook Police"."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and L.norm(m.group(1)) in _PLACE_AFTER


def joined(text: str, found: list[Span]) -> list[Span]:
    """Two-word names joined by "and" or a comma to a name found by another rule."""
    out = []
    for s in found:
        if s.entity != "person" or " " not in s.text:
            continue
        m = _AND_NAME.match(text, s.end)
        if m and _pair_ok(m.group("name")) and not _org_follows(text, m.end("name")):
            out.append(_span(text, *m.span("name"), "joined"))
        m = _NAME_AND.search(text, max(0, s.start - 60), s.start)
        if m and _pair_ok(m.group("name")):
            out.append(_span(text, *m.span("name"), "joined"))
    return out


_CELTIC = lazy_compile(r"(?:Mc|O['’])[A-Z][a-z]{2,}")


def listed(text: str) -> list[Span]:
    """Capitalised words checked against the name lists."""
    out = []
    for m in _RUN.finditer(text):
        run = m.group(0)
        # Fast path for the commonest run, one capitalised word ("The", "She", "Board"):
        # alone it can only be a name that is also a word or an unambiguous given name.
        if " " not in run and "\t" not in run:
            w = L.norm(run)
            if w not in L.WORD_NAMES and not _strong_first(w):
                continue
        else:
            # "Safeguarding Adults Board", "Care Act": every word a stop word, none a name.
            normed = [L.norm(x) for x in run.split()]
            if L.WORD_NAMES.isdisjoint(normed) and all(x in L.NOT_NAME for x in normed):
                continue
        toks = list(_TOKEN.finditer(text, m.start(), m.end()))
        words = [L.norm(t.group(0)) for t in toks]
        n = len(toks)
        # A run that goes on to an organisation word is the organisation's name
        # ("Wyvern Dale Safeguarding Adults Board"): no single given name inside it.
        org_at = (
            n if L.ORG.isdisjoint(words) else next(j for j, x in enumerate(words) if x in L.ORG)
        )
        i = 0
        while i < n:
            w = words[i]
            prev = words[i - 1] if i else _word_before(text, toks[0].start())
            nxt = words[i + 1] if i + 1 < n else None
            after = words[i + 2] if i + 2 < n else None
            if (
                w in L.WORD_NAMES
                and (nxt is None or not _surname_ok(w, nxt))
                and (nxt is None or nxt not in _PLACE_AFTER)
            ):
                # A name that is also a word, standing alone: its context decides. After
                # a capitalised word that is no name or word, it ends a place's name
                # ("across Wyvern Dale").
                place = i > 0 and not (
                    prev in L.COMMON or prev in L.TITLE or is_first(prev) or is_surname(prev)
                )
                # "Harper Dean Support Services Ltd": a word-name in a run that goes on to
                # an organisation word is part of the organisation's name.
                if (
                    org_at == n
                    and not place
                    and prev not in L.SAINT
                    and word_name_here(text, toks[i].start(), toks[i].end())
                ):
                    out.append(_span(text, toks[i].start(), toks[i].end(), "word-name"))
                i += 1
                continue
            # "Bill" is also a parliamentary bill, so a stop word; before a surname that
            # is no ordinary word ("Bill Kershaw") it is a given name.
            word_first = (
                # "Victoria Hughes" only with a listed surname: "Chelsea Harbour" is a place.
                (w in L.WORD_NAMES or (w in _PLACE_FIRST and nxt in L.SURNAME))
                and nxt is not None
                and nxt[:-1] not in L.COMMON
                # "Bill Payments", "Bill Reminders": no ordinary word is a surname.
                and not L.ordinary(nxt)
                and _surname_ok(w, nxt)
                # "Sue Okafor-Bright": each part of a double-barrelled name capitalised.
                and all(x[1:].islower() for x in toks[i + 1].group(0).split("-"))
            )
            if prev in L.SAINT or (w in L.NOT_NAME and not word_first):
                i += 1
                continue
            # "Thanks, Tom / Tom Baskerville": a sign-off, then the signature on the
            # next line (a quote's lines are joined). No one is called "Tom Tom".
            if nxt == w and is_first(w):
                if _strong_first(w):
                    out.append(_span(text, toks[i].start(), toks[i].end(), "first-name"))
                i += 1
                continue
            if is_first(w) and nxt is not None and _surname_ok(w, nxt):
                j = i + 1
                if after is not None and is_first(nxt) and _surname_ok(nxt, after):
                    j = i + 2  # a middle name: "Jane Mary Hughes"
                if not any(x in _PLACE_AFTER for x in words[j + 1 : j + 2]):
                    out.append(_span(text, toks[i].start(), toks[j].end(), "list"))
                i = j + 1
                continue
            if (
                nxt is not None
                and (
                    nxt in L.STRONG_SURNAME
                    or ("-" in nxt and is_surname(nxt))
                    # "McAlister", "O'Rourke": only a family name has that shape.
                    or _CELTIC.match(toks[i + 1].group(0)) is not None
                )
                and w not in L.COMMON
                and toks[i].group(0)[1:].islower()
                and not any(x in _PLACE_AFTER for x in words[i + 2 : i + 3])
            ):
                out.append(_span(text, toks[i].start(), toks[i + 1].end(), "list"))
                i += 2
                continue
            if _strong_first(w) and (nxt is None or nxt not in _PLACE_AFTER) and i < org_at:
                out.append(_span(text, toks[i].start(), toks[i].end(), "first-name"))
            i += 1
    return out


_MODALS = frozenset({"may", "will", "can", "must"})
# Words after which a modal verb starts a clause: "but May this be the last time".
_CLAUSE_START = frozenset({"but", "and", "or", "so", "yet"})
# Words before a month name that make it the month ("in May", "from June").
_BEFORE_MONTH = frozenset(
    "in on during since until till by last next early late mid from to through throughout "
    "before after between of and or each every this that the their his her our its my your "
    "whose following previous coming same".split()
)
# Words before any other word-name that make it the word ("the hope", "no joy").
_BEFORE_WORD = frozenset(
    "the a an this that our their his her its no any some of much more little great".split()
)
# Verbs that say the word before them is someone: "May said", "Will rang".
_SAYS = lazy_scan(
    r"[ \t]+(?:said|says|told|tells|rang|phoned|called|asked|explained|described|recalled"
    r"|remembers|remembered|lived|lives|visited|wanted|wants|felt|feels|agreed|refused"
    r"|reported|disclosed|wrote|moved|died|went|came|and[ \t]+(?:her|his)|who|'s|’s)\b"
)
_DIGIT_AFTER = lazy_scan(r"[ \t,]*\d")
# The capitalised word right after a modal: "Will Be", "May Change".
_TITLE_WORD_AFTER = lazy_scan(r"[ \t]+([A-Z][a-z]+)\b(?![-'’])")
_DIGIT_BEFORE = lazy_scan(r"\d(?:st|nd|rd|th)?[ \t]*(?:of[ \t]+)?$")


# "training booked for May", "review due for June": a date is being set.
_SCHEDULED = lazy_scan(
    r"\b(?:booked|planned|scheduled|arranged|due|set|deferred|postponed|moved|pencilled)"
    r"[ \t]+(?:in[ \t]+)?for[ \t]+$"
)


def word_name_here(text: str, start: int, end: int) -> bool:
    """Whether a name that is also a word ("May", "Will", "Hope") names someone here.

    Only with a capital that is not the sentence's own: "told May that", "with Hope and
    her son", "May said"; never "in May 2023", "the hope", "Will you..." or lower case.
    """
    word = text[start:end]
    if not word[:1].isupper() or word.isupper():
        return False
    w = L.norm(word)
    # "May this be the last", "Will the new framework": a modal verb asking or wishing.
    prev = _word_before(text, start)
    if (
        w in _MODALS
        and _PRONOUN_AFTER.match(text, end)
        and (prev in _CLAUSE_START or _sentence_start(text, start))
    ):
        return False
    # "How the Learning Will Be Shared", "What May Change": in a Title-Case heading a
    # modal verb takes the capital of the ordinary word after it, which no name does.
    if w in _MODALS:
        nxt = _TITLE_WORD_AFTER.match(text, end)
        if nxt is not None:
            after = L.norm(nxt.group(1))
            if after not in L.SURNAME and L.ordinary(after):
                return False
    if w in L.CALENDAR:
        if (
            prev in _BEFORE_MONTH
            or prev in L.CALENDAR
            or _DIGIT_AFTER.match(text, end)
            or _DIGIT_BEFORE.search(text, max(0, start - 12), start)
            or _SCHEDULED.search(text, max(0, start - 40), start)
            or month_opens_range(text, end)
        ):
            return False
    elif prev in _BEFORE_WORD:
        return False
    if _sentence_start(text, start):
        return _SAYS.match(text, end) is not None and not _in_title_case(text, start, end)
    return not _in_title_case(text, start, end)


_TITLE_TOKEN = lazy_compile(r"[A-Za-z][\w'’-]*")
_TITLE_GAP = lazy_compile(r"[ \t]*[,:–—-]?[ \t]+|[ \t]*[,:–—][ \t]*")
_TITLE_SMALL = frozenset("the and of a an to in on for with at by or from is be".split())


def _in_title_case(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start`` is in a title written in Title Case: "Hope, Will and
    Grace: What the Review Found", "Grace and Frank Talk: Hearing the Person Behind the
    Drink". A stretch of capitalised words (and small words) holding three ordinary
    words or more ("What", "Found", "Talk") is a title; in a sentence only names and
    organisations carry capitals."""
    # The line, or at most 150 characters either side: a title is short.
    left = max(text.rfind("\n", max(0, start - 150), start) + 1, start - 150, 0)
    right = text.find("\n", end, end + 150)
    line = text[left : min(len(text), end + 150) if right < 0 else right]
    tokens = list(_TITLE_TOKEN.finditer(line))
    here = next((i for i, t in enumerate(tokens) if t.start() == start - left), None)
    if here is None:
        return False

    def joined(a, b) -> bool:
        gap = line[tokens[a].end() : tokens[b].start()]
        return _TITLE_GAP.fullmatch(gap) is not None

    def fits(i) -> bool:
        word = tokens[i].group(0)
        return word[:1].isupper() or word in _TITLE_SMALL

    lo = here
    while lo > 0 and fits(lo - 1) and joined(lo - 1, lo):
        lo -= 1
    hi = here
    while hi + 1 < len(tokens) and fits(hi + 1) and joined(hi, hi + 1):
        hi += 1
    ordinary = 0
    for t in tokens[lo : hi + 1]:
        word = t.group(0)
        w = L.norm(word)
        if (
            word[:1].isupper()
            and w not in L.FIRST
            and w not in L.NOT_NAME
            and w not in L.GENERIC
            and w not in _TITLE_SMALL
            and L.ordinary(w)
        ):
            ordinary += 1
            if ordinary >= 3:
                return True
    return False


def _surname_ok(first: str, word: str) -> bool:
    if word in L.NOT_NAME or word in _PLACE_AFTER:
        return False
    if first in L.WEAK_FIRST:
        # "Grace Hughes", "Dean Hollis", but not "Grace Period" or "Rose Green".
        return word not in L.WEAK_SURNAME and not L.ordinary(word)
    # After an unambiguous given name any capitalised word that is not a stop word is
    # taken as the surname ("Stacey Wren", "Susan Baker").
    return True


_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'’")


def _word_before(text: str, pos: int) -> str:
    """The word before ``pos`` (past spaces and tabs), within 20 characters, normalised.

    A loop over characters, not a regex search: it runs for every candidate name, and a
    ``search`` ending in ``$`` tries every start position of its window."""
    floor = max(0, pos - 20)
    i = pos
    while i > floor and text[i - 1] in " \t":
        i -= 1
    j = i
    while j > floor and text[j - 1] in _WORD_CHARS:
        j -= 1
    return L.norm(text[j:i]) if j < i else ""


_THREE_CAPITALS = lazy_compile(r"[A-Z]{3}")


def capitals(text: str) -> list[Span]:
    """Names in capitals: "JANE HUGHES", "Jane HUGHES", "HUGHES, Jane"."""
    out = []
    if not _THREE_CAPITALS.search(text):
        return out
    for m in _CAPS_RUN.finditer(text):
        toks = m.group(0).split()
        words = [L.norm(t) for t in toks]
        for i in range(len(words) - 1):
            a, b = words[i], words[i + 1]
            if (
                a in L.FIRST
                and b in L.SURNAME
                or (a in L.STRONG_FIRST and toks[i + 1].isupper() and _name_like(toks[i + 1], True))
            ):
                s = m.start() + m.group(0).find(toks[i])
                e = text.find(toks[i + 1], s + len(toks[i])) + len(toks[i + 1])
                out.append(_span(text, s, e, "capitals"))
                break
    for m in _CAPS_COMMA_FIRST.finditer(text):
        sur, first = L.norm(m.group("sur")), L.norm(m.group("first"))
        if first in L.FIRST and sur not in L.NOT_NAME and (sur in L.SURNAME or sur not in L.COMMON):
            out.append(make(text, m.start(), m.end(), "person", f"{first} {sur}", "capitals"))
    return out


_LEADING_NAME = lazy_scan(
    rf"^[ \t]*(?:(?:{_TITLES})\.?[ \t]+)?(?:{NAME}|{CAPS})(?:[ \t]+(?:{NAME}|{CAPS})){{0,3}}"
)


def leading_name(text: str) -> Span | None:
    """The name a table cell or field starts with ("Imogen Sterling (ASC)")."""
    m = _LEADING_NAME.match(text)
    if not m:
        return None
    se = _trim_name(text, m.start(), m.end())
    if se is None:
        return None
    words = text[se[0] : se[1]].split()
    if len(words) == 1 and not (is_first(L.norm(words[0])) or is_surname(L.norm(words[0]))):
        return None  # "Designated (Nurse)", "Principal": one unlisted word is not a name
    if se[0] > m.start() and L.norm(text[m.start() : se[0]].split()[-1].rstrip(".")) in L.TITLE:
        se = (m.start() + len(text[m.start() :]) - len(text[m.start() :].lstrip()), se[1])
    return _span(text, se[0], se[1], "column")


def lower_case(text: str) -> list[Span]:
    """ "jane hughes": a listed given name and family name, both unambiguous."""
    return [_span(text, m.start(), m.end(), "lower") for m in _LOWER_FULL.finditer(text)]


_QUOTE = lazy_compile(r"[\"“]([^\"”\n]{2,400})[\"”]")


def quoted_lower(text: str, whole: bool = False) -> list[Span]:
    """Given names in lower case in quoted notes: "spoke to gregor about the bruise".

    Only inside quotation marks (or a whole quoted paragraph, ``whole``), and only a
    name that is no ordinary word: "will", "mark" and "hope" in lower case are words.
    """
    out: list[Span] = []
    spans = [(0, len(text))] if whole else [m.span(1) for m in _QUOTE.finditer(text)]
    for s, e in spans:
        for m in _LOWER_GIVEN.finditer(text, s, e):
            out.append(_span(text, m.start(), m.end(), "lower"))
        # "handed to rose p", "frank m informed": a given name and the initial of the
        # family name, as staff sign or name each other in notes. With the initial even a
        # name that is a word ("rose", "frank") is the person.
        # Anchored on the lone letter (rare), the word before it checked after.
        for m in _LONE_LETTER.finditer(text, s, e):
            w = _LOWER_BEFORE.search(text, max(s, m.start() - 20), m.start())
            if w is None:
                continue
            name = w.group(1)
            if name in L.FIRST and name not in _MODALS and name not in _NOTE_WORDS:
                out.append(_span(text, w.start(1), m.end(), "lower"))
    return out


#: A lower-case word and one letter: the letters notes use as words ("b" be, "c" see,
#: "n" and, "r" are, "u" you, "v" very, "w" with, "x" a kiss, "y" why), "a" and "i" are not.
_LONE_LETTER = lazy_compile(r"(?<=[a-z] )[d-hj-mo-qstz](?![\w'’@-])")
_LOWER_BEFORE = lazy_scan(r"(?<![\w'’.-])([a-z]{3,})[ ]$")


#: Given names that notes use as words in lower case ("max 2 doses", "rosemary oil").
_NOTE_WORDS = frozenset({"max", "nick", "rosemary", "les", "lee"})
#: Lower-case given names that are no ordinary word, as one pattern (scanned in C).
_LOWER_GIVEN = lazy_scan(
    r"(?<![\w'’-])(?:"
    + trie_pattern(
        sorted(w for w in L.STRONG_FIRST - L.COMMON - _NOTE_WORDS if w.islower() and len(w) > 2)
    )
    + r")(?![\w-])"
)


# The particles of L.PARTICLES, as they are written.
_PARTICLE = (
    r"(?:d[aeiu]|dos|das|del|della|van|von|der|den|ter|ten|[Aa]p|ab|bin|binti|la|le|N[íi]|Nic)"
)
# Anchored on the particle (rare in English prose); the name before it is checked after.
_PARTICLE_NAME = lazy_compile(
    rf"[ \t](?P<particles>{_PARTICLE}(?:[ \t]+{_PARTICLE})?)[ \t]+(?P<sur>{NAME})(?![\w'’-])"
)
# A title or an initial before the particle: "Dr van Leeuwen", "J. de la Cruz".
_TITLE_BEFORE_PARTICLE = lazy_scan(
    rf"(?<![\w'’-])(?:(?:{_TITLES})\.?(?:[ \t]+{NAME})?|[A-Z]\.(?:[ \t]?[A-Z]\.)?)[ \t]+$"
)
_FIRST_BEFORE_PARTICLE = lazy_scan(rf"(?<![\w'’-]){NAME}(?:[ \t]+{NAME})?[ \t]+$")
_PARTICLE_GATE = lazy_compile(rf"[ \t]{_PARTICLE}[ \t]+[A-Z]")


def particle_names(text: str) -> list[Span]:
    """Names whose family name carries a particle: "Grace de Souza", "Dr van Leeuwen".

    A title before the particle, or a listed given name, makes it a name: "Rio de
    Janeiro" and "Museo del Prado" have neither."""
    out: list[Span] = []
    for m in _PARTICLE_NAME.finditer(text):
        sur = L.norm(m.group("sur"))
        if sur in L.NOT_NAME or sur in L.PLACE or _org_follows(text, m.end()):
            continue
        floor, at = max(0, m.start() - 60), m.start() + 1
        b = _TITLE_BEFORE_PARTICLE.search(text, floor, at)
        start = b.start() if b is not None else None
        if b is None and (b := _FIRST_BEFORE_PARTICLE.search(text, floor, at)) is not None:
            # "Yesterday Grace de Souza": from the first listed given name.
            toks = list(_TOKEN.finditer(text, b.start(), at))
            while toks and not is_first(L.norm(toks[0].group(0))):
                toks.pop(0)
            start = toks[0].start() if toks else None
        if start is None or any(
            L.norm(w) in L.NOT_NAME and L.norm(w) not in L.TITLE for w in text[start:at].split()
        ):
            continue
        end = m.end()
        # A second family name after the first: "de la Cruz Ferreira", "dos Santos Lima".
        nxt = _SECOND_SURNAME.match(text, end)
        if nxt is not None:
            w = L.norm(nxt.group(1))
            if w not in L.COMMON and w not in L.NOT_NAME and not _org_follows(text, nxt.end()):
                end = nxt.end()
        out.append(_span(text, start, end, "particle"))
    return out


_SECOND_SURNAME = lazy_scan(rf"[ \t]+({NAME})(?![\w'’-])")


# A family name with an Arabic prefix joined by a hyphen ("El-Haddad", "Al-Rashid",
# "Abu-Zeid") is a name's shape, not a word's: with a capitalised word before it that is
# no ordinary word, the two are a name, whether or not the given name is listed.
# A hyphen then a capital first, a literal first character quickly scanned for.
_HYPHEN_CAPITAL = lazy_compile(r"-[A-Z]")
_ARABIC_GATE = lazy_compile(r"\b(?:El|Al|Abu|Abd|Bin|Ibn|Ul)-[A-Z]")
_ARABIC_NAME = lazy_scan(
    r"(?<![\w'’-])(?P<first>[A-Z][a-z]{2,})[ \t]+(?:El|Al|Abu|Abd|Bin|Ibn|Ul)-[A-Z][a-z]{2,}"
    r"(?![\w'’-])"
)


def prefixed_surnames(text: str) -> list[Span]:
    out = []
    for m in _ARABIC_NAME.finditer(text):
        first = L.norm(m.group("first"))
        if first in L.COMMON or first in L.NOT_NAME or first in L.TITLE or first in L.PLACE:
            continue
        out.append(_span(text, m.start(), m.end(), "list"))
    return out


def persons(text: str) -> list[Span]:
    """Every name the first pass finds in ``text`` (overlaps not yet resolved)."""
    found = [
        *titled(text),
        *appositions(text),
        *role_titles(text),
        *initials(text),
        *listed(text),
        *capitals(text),
        *lower_case(text),
        *quoted_lower(text),
        *structural(text),
    ]
    if _PARTICLE_GATE.search(text) is not None:
        found.extend(particle_names(text))
    if _HYPHEN_CAPITAL.search(text) is not None and _ARABIC_GATE.search(text) is not None:
        found.extend(prefixed_surnames(text))
    found = [t for s in found if (t := _month_in_time(text, s)) is not None]
    found = [s for s in found if not _heading_word(text, s)]
    # One scan for the three rare cases below; most paragraphs have none of them.
    if _RARE_GATE.search(text) is None:
        return found + joined(text, found)
    if "Curie" in text or "Ryder" in text or "Cheshire" in text:
        found = [s for s in found if " ".join(s.text.lower().split()) not in _CHARITIES]
    if "Law" in text:
        found = [s for s in found if not _NAMED_LAW.match(text, s.end)]
    if "identified as" in text or "name as" in text:
        for m in _IDENTIFIED_AS.finditer(text):
            # After the cue a town may be a given name ("Lincoln Thorne"); an ordinary,
            # medical or organisation word still is not.
            words = [L.norm(w) for w in m.group("name").split()]
            if not any(w in L.COMMON or w in L.NOT_NAME - L.PLACE for w in words):
                found.append(_span(text, *m.span("name"), "role"))
    return found + joined(text, found)


# Recognisers that take a capitalised word for a name from the role or loose title before
# it ("Practitioner Hughes", "Nurse Okafor"): in a Title-Case heading every word has a
# capital, so there the capital says nothing.
_WEAK_CUES = frozenset({"role-title", "role", "title"})
# Words a Title-Case heading leaves in lower case.
_HEADING_SMALL = frozenset("a an and as at by for from in into of on or the to with vs".split())
_LINE_WORD = lazy_compile(r"[A-Za-z][\w'’-]*")


def _title_case_line(text: str, start: int, end: int) -> bool:
    """Whether the line holding ``start:end`` is a Title-Case heading of two words or more
    ("Practitioner Wellbeing Support"): every word capitalised but the small ones, and no
    full stop at its end."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    line = text[a : len(text) if b < 0 else b].strip(" \t*_#|:")
    if len(line) > 120 or line.endswith((".", "?", "!", ",", ";")):
        return False
    words = _LINE_WORD.findall(line)
    if len(words) < 2 or not all(w[0].isupper() or w.lower() in _HEADING_SMALL for w in words):
        return False
    # A table cell or a signature line of names ("Grant Halloran (ASC) and Station Manager
    # Oduya") is Title Case too: a listed name elsewhere on the line says so.
    for w in words:
        n = L.norm(w)
        if n not in L.COMMON and n not in L.NOT_NAME and (is_first(n) or is_surname(n)):
            return False
    return True


def _heading_word(text: str, span: Span) -> bool:
    """A name found only from a role or loose title before it, in a Title-Case heading,
    none of whose words is a listed given or family name: the heading's ordinary words
    ("Practitioner Wellbeing Support", "Carer Resilience Workshop", "Nurse Prescribing
    Update"). A listed name keeps it ("Meeting with Social Worker Hughes")."""
    if span.how not in _WEAK_CUES:
        return False
    words = [L.norm(w) for w in span.text.split()]
    if span.how == "title":
        if words[0] not in _LOOSE_TITLES:
            return False
        words = words[1:]
    if not words or any(is_first(w) or is_surname(w) for w in words):
        return False
    if not _title_case_line(text, span.start, span.end):
        return False
    # "Station Manager Oduya" alone on a line is a role and a name; the heading goes on
    # past the word ("Wellbeing Support") or the word is shaped like an English noun
    # ("Support for Practitioner Wellbeing").
    return _CAPITAL_NEXT.match(text, span.end) is not None or any(
        w.endswith(_HEADING_ENDINGS) for w in words
    )


_CAPITAL_NEXT = lazy_scan(r"[ \t]+[A-Z][a-z]")
_HEADING_ENDINGS = (
    "ing",
    "ness",
    "tion",
    "sion",
    "ment",
    "ence",
    "ance",
    "ity",
    "ship",
    "ism",
    "ure",
    "ary",
)


# Police and record wording that names someone: "a man identified as Jordan Pike", "gave
# her name as Kerry Ann Moss". Two words at least: "identified as Adult C" is no name.
_IDENTIFIED_AS = lazy_scan(
    # A person identified, not a theme or a diagnosis ("identified as Self-Neglect").
    r"\b(?:(?:man|woman|male|female|person|suspect|driver|caller|visitor)"
    r"[ \t]+(?:was[ \t]+|were[ \t]+|is[ \t]+|later[ \t]+)?identified"
    r"|(?:he|she|they)[ \t]+(?:was|were)[ \t]+(?:later[ \t]+)?identified"
    r"|gave[ \t]+(?:his|her|their|a)[ \t]+name)[ \t]+as[ \t]+"
    rf"(?P<name>{NAME}(?:[ \t]+{NAME}){{1,2}})"
)


_RARE_GATE = lazy_compile(r"Curie|Ryder|Cheshire|Law|identified as|name as")
# A law named after the person it is for ("Clare's Law", "Helen's Law"): the law, not
# someone in the review.
_NAMED_LAW = lazy_compile(r"['’]s[ \t]+Laws?\b")


_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
# "In June Colin went to hospital", "Audit due April": a month after a word of time is
# the month, however often it is also a given name.
_TIME_BEFORE = lazy_scan(
    # Not "to", "by" or "of": "spoke to May Ferreira", "seen by June Ellis".
    r"\b(?:in|from|until|till|since|during|early|late|mid|last|next|each|every|before"
    r"|due|throughout|around)[ \t]*[-–]?[ \t]*$",
    re.I,
)


# "April to November 2018", "May–July", "June and August": a month that opens a range or
# a pair of months is a date, never a given name.
_MONTH_RANGE_AFTER = lazy_scan(
    r"[ \t]*(?:to|until|till|through|and|or|[-–—/])[ \t]*(?:the[ \t]+end[ \t]+of[ \t]+)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b",
    re.I,
)


def month_opens_range(text: str, end: int) -> bool:
    """Whether the month name ending at ``end`` is followed by "to <month>" and the like."""
    return _MONTH_RANGE_AFTER.match(text, end) is not None


def _month_in_time(text: str, span: Span) -> Span | None:
    """``span`` without a leading month of time ("In June Colin Barrow" keeps "Colin
    Barrow"); None when the month was all of it."""
    words = span.text.split()
    if not words or words[0].lower() not in _MONTHS:
        return span
    if len(words) == 1 and month_opens_range(text, span.end):
        return None
    if _TIME_BEFORE.search(text, max(0, span.start - 15), span.start) is None:
        return span
    if len(words) == 1:
        return None
    rest = span.start + len(words[0])
    return _span(text, rest, span.end, span.how)


# -- second pass ---------------------------------------------------------------------


_ARTICLES = frozenset("the a an this these those his her their our my your very".split())


class KnownNames:
    """Names found in a document, to find again: surnames, given names, full names.

    ``keys`` maps a lower-case word or full name to the key of the one person it
    stands for, when only one person found has it; redaction uses that to give
    "Hughes" the same placeholder as "Jane Hughes".
    """

    def __init__(self, keys: Iterable[str]) -> None:
        full: set[str] = set()
        words: dict[str, set[str]] = {}
        for key in keys:
            parts = key.split()
            if not parts:
                continue
            if len(parts) > 1:
                full.add(key)
            for i, p in enumerate(parts):
                last = i == len(parts) - 1
                if (
                    len(p) < 2
                    or p in L.NOT_NAME
                    or p in L.PARTICLES
                    or (not last and p in L.WEAK_FIRST)
                ):
                    continue
                # A one-word key ("okafor" from "Mrs Okafor") may be a given name too.
                words.setdefault(p, set()).add(key)
        self.full = full
        self.words = words
        # A family name with its particle ("van leeuwen" of "anouk van leeuwen"), found
        # after a title ("Dr van Leeuwen"), stands for the one person who has it.
        tails: dict[str, set[str]] = {}
        for key in full:
            parts = key.split()
            for i in range(1, len(parts) - 1):
                if parts[i] in L.PARTICLES and parts[i - 1] not in L.PARTICLES:
                    tails.setdefault(" ".join(parts[i:]), set()).add(key)
        self.tails = {t: next(iter(k)) for t, k in tails.items() if len(k) == 1}
        # Given names that are also words ("Will" of "Will Ferreira"): found alone again
        # only where the sentence reads them as the name (_given_here).
        self.given = {
            k.split()[0] for k in full if k.split()[0] in L.WORD_NAMES and k.split()[0] not in words
        }
        # Names that are also words, looked for in lower case in case notes (in_notes):
        # those given names, and a name found alone ("her daughter, Rose,").
        self.notes = sorted(self.given | {w for w in words if w in L.WORD_NAMES and " " not in w})
        # One pattern for them all (one scan of a note, not one per name), compiled
        # when a note first needs it.
        self.notes_rx: re.Pattern[str] | None = None
        self.regex = self._compile()

    def _compile(self) -> re.Pattern[str] | None:
        if not self.full and not self.words and not self.given:
            return None
        alts = [
            r"[ \t]+".join(re.escape(p) for p in f.split())
            for f in sorted(self.full, key=len, reverse=True)
        ]
        full = "(?i:" + "|".join(alts) + ")" if alts else ""
        cased = []
        for w in sorted(self.words, key=len, reverse=True):
            title = w[:1].upper() + w[1:]
            title = re.sub(r"(?<=['’-])(\w)", lambda m: m.group(1).upper(), title)
            cased += [re.escape(title), re.escape(w.upper())]
            # "spoke to rafferty": lower case only for a word that is nothing else.
            if len(w) >= 4 and w not in L.COMMON and w not in L.WEAK_FIRST:
                cased.append(re.escape(w))
        cased += [re.escape(g[:1].upper() + g[1:]) for g in sorted(self.given)]
        body = "|".join(x for x in (full, "|".join(cased)) if x)
        return re.compile(rf"(?<![\w-])(?<!\w['’])(?:{body})(?![\w-])")

    def in_notes(self, text: str) -> list[Span]:
        """Known given names that are also words, in lower case in quoted case notes,
        where the note uses them as names: "per mgr (faith)", "daughter rose rang",
        "matt to arrange ABE". Never "the gas bill" or "tension rose"."""
        out = []
        if not self.notes:
            return out
        if self.notes_rx is None:
            alts = "|".join(map(re.escape, self.notes))
            self.notes_rx = re.compile(rf"(?<![\w-])(?:{alts})(?![\w'’-])")
        for m in self.notes_rx.finditer(text):
            w = m.group(0)
            before = text[max(0, m.start() - 20) : m.start()]
            # "the gas bill rang"? No: after an article or a possessive, the word.
            if _word_before(text, m.start()) in _ARTICLES:
                continue
            # A note signed off with the writer's given name: "... not ok. – faith".
            if _DASH_BEFORE.search(before) and _LINE_END.match(text, m.end()):
                out.append(make(text, m.start(), m.end(), "person", w, "known"))
                continue
            after = _NOTE_AFTER.match(text, m.end())
            # "bill (maintenance)" but not "the gas bill (overdue)".
            if (
                after
                and after.group("job")
                and not any(
                    j in _NOTE_JOBS or j in L.ROLE_WORDS for j in after.group("job").split()
                )
            ):
                after = None
            if _NOTE_BEFORE.search(before) or after:
                out.append(make(text, m.start(), m.end(), "person", w, "known"))
        return out

    def key_for(self, text: str) -> str:
        k = _key(text.split())
        if k in self.tails:
            return self.tails[k]
        if k in self.full:
            return k
        owners = self.words.get(k)
        if owners and len(owners) == 1:
            return next(iter(owners))
        return k

    def mentions(self, text: str) -> list[Span]:
        if self.regex is None:
            return []
        out = []
        for m in self.regex.finditer(text):
            word = m.group(0)
            w = L.norm(word)
            # A name that is also a word ("May", "Hope") only where its context says so;
            # another ordinary word ("Green", "Young") counts only inside a sentence.
            if " " not in word and w in L.WORD_NAMES:
                if not word_name_here(text, m.start(), m.end()) and not (
                    w in self.given and _given_here(text, m.start(), m.end())
                ):
                    continue
            elif " " not in word and w in L.COMMON and _sentence_start(text, m.start()):
                continue
            before = _word_before(text, m.start())
            if before in L.SAINT:
                continue
            # "The sterling work of the team": a lower-case word after an article or a
            # possessive is the word, whoever is called Sterling.
            if word.islower() and before in _ARTICLES:
                continue
            out.append(make(text, m.start(), m.end(), "person", self.key_for(word), "known"))
        return out


_NOTE_BEFORE = lazy_scan(
    r"(?:\(|\b(?:daughter|son|wife|husband|sister|brother|mate|friend|mgr|manager|per|told"
    r"|ask|asked|rang|w/|with|from|by|informed|carer|nurse|sw|tl|dr)[ \t]+\(?)$"
)
# "bill (maintenance) checked room": a name, then its job in brackets.
# A dash, or a text's closing kiss ("will ring u tmrw x rose"), before a sign-off.
_DASH_BEFORE = lazy_compile(r"(?:[–—-]|(?<![\w'’-])xx?)[ \t]*$")
_LINE_END = lazy_scan(r"[ \t]*\.?[ \t]*(?:\n|$)")
_NOTE_AFTER = lazy_scan(
    # A past tense, never after a modal ("will came in") nor after a noun's sense.
    r"\)|[ \t]+(?:rang|said|says|phoned|visited|called|came|arrived|attended|emailed|e-mailed"
    r"|texted|reported|confirmed|agreed|asked|to[ \t]+(?:arrange|call|ring|book|visit)"
    # Clipped note style: "frank aware.", "rose informed", "bill sat with him".
    r"|aware|informed|notified|updated|sat[ \t]+with|spoke[ \t]+(?:to|with))\b"
    r"|[ \t]+\((?P<job>[a-z][a-z -]{1,30})\)"
    # A gloss on the notes: '"bill" is Bill Stannard, the handyman'.
    r"|[\"”][ \t]+(?:is|was)[ \t]+(?=[A-Z])"
)
#: Jobs a note puts in brackets after a first name, besides the role words.
_NOTE_JOBS = frozenset(
    "maintenance handyman domestic housekeeping kitchen activities agency bank night nights "
    "day days admin reception cook chef driver senior team".split()
)
_PRONOUN_AFTER = lazy_scan(
    r"[ \t]+(?:I|you|we|they|he|she|it|there|this|that|be|not|the|a|an|of)\b"
)
_VERB_AFTER = lazy_scan(
    # Not "was", "is" or "and": "Hope was all we had", "Hope and good intentions".
    r"[ \t]+(?:[a-z]+ed|had|has|also|then|still|later|never|always|now|again|once|first"
    r"|says?|told|rang|found|gave"
    r"|wrote|went|came|took|made|saw|knew|kept|left|spoke|thought|felt)\b"
)
_NOT_BEFORE_GIVEN = _BEFORE_WORD | _BEFORE_MONTH | frozenset({"for", "with"})


def _given_here(text: str, start: int, end: int) -> bool:
    """A known person's given name that is also a word, capitalised and alone: the name
    when the sentence runs on as it would after a name ("Will recorded this", "told
    Grace and"), not a question ("Will you"), a month ("in May") or a noun ("the Hope")."""
    if _PRONOUN_AFTER.match(text, end) or _DIGIT_AFTER.match(text, end):
        return False
    if _DIGIT_BEFORE.search(text, max(0, start - 8), start):
        return False
    if _sentence_start(text, start):
        return _VERB_AFTER.match(text, end) is not None
    return _word_before(text, start) not in _NOT_BEFORE_GIVEN


def _sentence_start(text: str, pos: int) -> bool:
    # Walks back over spaces rather than copying text[:pos]: linear on a long paragraph.
    i = pos
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i == 0 or text[i - 1] in ".!?:;\"“‘'(-–•*#|"


# -- pseudonyms the text declares ----------------------------------------------------------

# Each wording that says a name is a pseudonym or used with consent, with the words (in
# lower case) every match of it holds, one of them at least: a paragraph without any of
# a wording's words is never searched for it (declares). One scan of the whole
# alternation costs about as much as one scan per wording, and most paragraphs hold the
# words of none or one.
_DECLARE_BRANCHES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("pseudonym",), r"pseudonym"),
    (
        ("name",),
        r"a\s+name\s+(?:the|that|which|we|his|her|their)\s+(?:\w+\s+){0,2}(?:gave|chose|"
        r"picked|chosen|suggested|given)",
    ),
    (("name",), r"not\s+(?:his|her|their)\s+real\s+name"),
    (("name",), r"real\s+(?:first\s+)?name"),
    (("name",), r"name[sd]?\s+(?:has|have)\s+(?:also\s+)?been\s+(?:changed|replaced)"),
    (
        ("asked", "chose", "agreed", "wished", "wanted", "preferred", "consented"),
        r"(?:asked|chose|agreed|wished|wanted|preferred|consented)"
        r"\b[^.]{0,60}\b(?:use|called|known|referred\s+to)",
    ),
    (
        ("name",),
        r"\bname\b[^.]{0,40}\b(?:chose|chosen|agreed|preferred|wanted|asked|picked|suggested)\b",
    ),
    (
        ("refer",),
        r"referred\s+to\s+(?:here\s+|in\s+this\s+(?:report|review|briefing|document)\s+)?as",
    ),
    (("name",), r"chosen\s+name"),
    (("name",), r"first\s+name\s+(?:is\s+)?used"),
    # "Relatives are given the names used in the report (Nell, Kevin)".
    (("name",), r"names\s+used\s+in\s+(?:this|the)\s+(?:report|review|briefing|document)"),
    (("changed",), r"changed\s+to"),
    (("name",), r"(?:chose|chosen|picked|selected)\b[^.]{0,30}\bname"),
    (
        ("call", "refer"),
        r"(?:report|review|briefing|document|we)\s+(?:(?:will|shall|would)\s+)?"
        r"(?:calls|call|refers\s+to)\b",
    ),
    (("name", "pseudonym"), r"(?:use|used|using|uses)\s+the\s+(?:name|pseudonym)"),
    # Not a form's label: "Known as: Stevie" gives the name a person goes by.
    (("known",), r"known\s+(?:here\s+|in\s+this\s+\w+\s+)?as\b(?![ \t]*[:,|])"),
    # "She would like to be called Ann", "asked that her brother be called Bryn".
    (("call",), r"(?:\bbe|is|are)\s+called"),
    # Minutes agreeing the names: 'Mr Stott will be "Jonah"'. Only a quoted capitalised
    # name right after "will be".
    (
        ("will", "be"),
        r"\b(?:will\s+be\s+[\"“‘'](?-i:[A-Z][a-z]+)"
        r"|(?:is|are)\s+to\s+be\s+[\"“‘'](?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))[\"”’']",
    ),
    (
        ("call",),
        r"called\s+\S+(?:\s+[A-Z]\S*)?\s+in\s+(?:this|the)\s+(?:report|review|briefing|leaflet"
        r"|document|minutes)\b",
    ),
    # "her son, here called Barry,", "a friend, who we refer to as Lottie,".
    (("call",), r"here\s+called|called\s+here"),
    (("refer",), r"(?:we|I)\s+refer\s+to\s+(?:(?:him|her|them)\s+)?as"),
    # "We call her Nell Ashby here", "the report uses Miss Ashby", "her mother is Mrs
    # Ashby in this report".
    (("call",), r"(?:we|I)\s+(?:will\s+|shall\s+|would\s+)?call\s+(?:him|her|them)\b"),
    (("uses", "will"), r"(?:report|review|briefing|leaflet)\s+(?:uses|will\s+use)\b"),
    (
        ("report", "review"),
        r"\b(?:is|are|was)\s+(?:(?:mr|mrs|ms|miss|mx)\s+)?[a-z][\w'’-]+\s+in\s+th(?:is|e)\s+"
        r"(?:report|review)\b",
    ),
)
_DECLARE_CUE = lazy_scan("|".join(b for _, b in _DECLARE_BRANCHES), re.I)


def _declare_groups() -> tuple[tuple[str, int, LazyPattern], ...]:
    """The wordings of _DECLARE_CUE in one pattern per set of words, as (word, number of
    the set, pattern) for each word of each set."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for words, branch in _DECLARE_BRANCHES:
        groups.setdefault(words, []).append(branch)
    return tuple(
        (w, i, rx)
        for i, (words, branches) in enumerate(groups.items())
        for rx in (lazy_scan("|".join(branches), re.I),)
        for w in words
    )


_DECLARE_GROUPS = _declare_groups()
_SENTENCE = lazy_scan(r"[^.!?\n]+[.!?]?")
#: Every branch of _DECLARE_CUE holds one of these words, matched with the same flag
#: (so the same case folding). They are letters only, so each lies inside one sentence;
#: none is the start of another, so each place holds at most one. "refer" covers
#: "referred" and "preferred", "call" "called" and "calls", "chose" "chosen".
_DECLARE_CUE_WORDS = lazy_scan(
    "pseudonym|name|real|asked|chose|agreed|wished|wanted|consented|refer|changed|picked"
    "|selected|call|known|use|report|review|will|be",
    re.I,
)
_SENTENCE_END = lazy_compile(r"[.!?\n]")
# Cheap test first: every cue holds one of these.
_DECLARE_WORDS = (
    "pseudonym",
    "real",
    "name",
    "changed",
    "referred",
    # "who we refer to as": not "refer" alone, the start of every "referral".
    "we refer",
    "I refer",
    "known",
    "called",
    "calls",
    "chose",
    "picked",
    "selected",
    "asked",
    "agreed",
    "wished",
    "wanted",
    "preferred",
    "consented",
    "call",
    "uses",
    "will use",
    "will be",
    "to be",
    "in this report",
    "in this review",
    "in the report",
    "in the review",
)
_DECLARE_GATE = lazy_compile(
    trie_pattern({v for w in _DECLARE_WORDS for v in (w, w.capitalize(), w.upper())})
)
_QUOTED = lazy_compile(r"[\"“‘']([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)[\"”’']")
_DECL_NAME = rf"(?P<name>{NAME}(?:[ \t]+{NAME}){{0,2}})"
# The wordings that put the declared name right next to the cue, so that a full name
# ("Bernadette Quill (pseudonym)") is cleared as well as a single given name.
_DECLARED = (
    # "Mary Alder is a pseudonym", "Mary's is not her real name", "Mary (pseudonym)",
    # "(pseudonym)" alone on the next line.
    lazy_scan(
        rf"(?<![\w-]){_DECL_NAME}(?:['’]s)?[ \t]*(?:\([^)\n]{{0,40}}|[,–—-][ \t]*"
        r"|[ \t]*\n[ \t]*\(|[ \t]+(?:is|are|was)[ \t]+(?:also[ \t]+)?(?:a[ \t]+|not[ \t]+)?)"
        r"[ \t]*(?:pseudonym|not[ \t]+(?:his|her|their)[ \t]+real"
        r"|(?:his|her|their)[ \t]+(?:real|actual)[ \t]+name[ \t]+is[ \t]+not"
        r"|the[ \t]+name[ \t]+(?:\w+[ \t]+){0,3}(?:chose|chosen|picked|asked)"
        r"|a[ \t]+name[ \t]+(?:the|that|which|we|his|her|their)[ \t]+(?:\w+[ \t]+){0,2}"
        r"(?:gave|chose|picked|chosen|suggested|given))"
    ),
    # "has been changed to Mary", "referred to here as 'Mary'", "known in this review as".
    lazy_scan(
        r"(?:changed[ \t]+to"
        r"|referred[ \t]+to(?:[ \t]+here|[ \t]+in[ \t]+this[ \t]+\w+)?[ \t]+as"
        r"|known(?:[ \t]+here|[ \t]+in[ \t]+this[ \t]+\w+)?[ \t]+as"
        r"|(?:(?<![\w-])be|is|are)[ \t]+called"
        r"|called(?=[ \t]+[\"“‘']?[A-Z][\w'’-]*[\"”’']?(?:[ \t]+[A-Z][\w'’-]*)?[ \t]+"
        r"in[ \t]+(?:this|the)[ \t]+(?:report|review|briefing|leaflet|document|minutes)\b)"
        r"|(?:report|review|briefing|document|we)[ \t]+(?:(?:will|shall|would)[ \t]+)?calls?"
        r"|here[ \t]+called|called[ \t]+here"
        r"|(?:we|I)[ \t]+refer[ \t]+to(?:[ \t]+(?:him|her|them))?[ \t]+as"
        r"|(?:[Ww]e|I)[ \t]+(?:will[ \t]+|shall[ \t]+|would[ \t]+)?call[ \t]+(?:him|her|them)"
        r"|(?:report|review|briefing|leaflet)[ \t]+(?:uses|will[ \t]+use)"
        r"|names[ \t]+used[ \t]+in[ \t]+(?:this|the)[ \t]+(?:report|review|briefing|document)"
        r"[ \t]*[(:]"
        # "the pseudonym Mary", "the name Mary"; never a form's label ("details: name
        # Winifred Catterall") or a real name ("her real name Ann Bell").
        r"|pseudonym[ \t]+(?:of[ \t]+)?"
        r"|(?<![\w:])(?<!:[ \t])(?<!real[ \t])(?<!full[ \t])(?<!true[ \t])(?<!actual[ \t])"
        r"(?<!details[ \t])(?<!patient[ \t])(?<!client[ \t])"
        r"name[ \t]+(?:of[ \t]+)?)[ \t]*[\"“‘']?" + _DECL_NAME
    ),
    # "Roy's name has also been changed": the name whose name was changed.
    lazy_scan(
        rf"(?<![\w-]){_DECL_NAME}['’]s[ \t]+(?:real[ \t]+)?(?:first[ \t]+|given[ \t]+)?name[ \t]+"
        r"(?:has|had)[ \t]+(?:also[ \t]+)?been[ \t]+(?:changed|replaced)\b"
    ),
    # "Her mother is Mrs Ashby in this report", "Her son is Barry in the review".
    lazy_scan(
        r"\b(?:is|are|was)[ \t]+[\"“‘']?" + _DECL_NAME + r"[\"”’']?[ \t]+in[ \t]+th(?:is|e)[ \t]+"
        r"(?:report|review|briefing|leaflet|document)\b"
    ),
)


# Wordings that pair a name with the pseudonym standing for it, or give the pseudonym
# in brackets after a role: "Mr Renshaw is to be Lenny", "Kayleigh will be Sandy",
# "she is to be Sandy", "Marnie's son (Lewis in the report)". Only the name after the
# cue is declared: the sentence holds the real name too, so it is not swept for given
# names as a declaring sentence is (cue_sentences).
_PAIR_END = r"(?![\w'’-])(?=[ \t]*(?:[,.;:)]|\n|$|[ \t]+(?:in|here|throughout|and|if|for)\b))"
_PAIRED = (
    lazy_scan(
        rf"(?:(?<![\w'’-])(?P<real>{NAME})|\b(?:[Ss]he|[Hh]e|[Tt]hey))[ \t]+"
        r"(?:will[ \t]+be|(?:is|are)[ \t]+to[ \t]+be)[ \t]+[\"“‘']?" + _DECL_NAME + _PAIR_END
    ),
    lazy_scan(
        r"\([ \t]*[\"“‘']?" + _DECL_NAME + r"[\"”’']?[ \t]+in[ \t]+th(?:e|is)[ \t]+"
        r"(?:(?:final|published|overview)[ \t]+)?(?:report|review|briefing)[ \t]*\)"
    ),
    # The review's name in quotation marks, in brackets or after "of": 'her
    # grandfather's review ("Walter") was published', 'for the review of "Nell"'.
    lazy_scan(r"\b[Rr]eview[ \t]+(?:\([ \t]*|of[ \t]+)[\"“‘']" + _DECL_NAME + r"[\"”’'][ \t]*\)?"),
)


def paired_names(text: str) -> set[str]:
    """Pseudonyms named beside the name or role they stand for (_PAIRED)."""
    out: set[str] = set()
    if " be " not in text and "(" not in text and "eview of" not in text:
        return out
    for rx in _PAIRED:
        for m in rx.finditer(text):
            # "The Chair will be Sarah Jones" names who holds a post, not a pseudonym.
            real = m.groupdict().get("real")
            if real and (L.norm(real) in L.NOT_NAME or L.ordinary(L.norm(real))):
                continue
            words = m.group("name").split()
            while words and L.norm(words[-1]) in L.NOT_NAME:
                words = words[:-1]
            if words and not all(L.norm(w) in L.TITLE for w in words):
                out.add(" ".join(words))
    return out


# A published review is known by its subject's pseudonym: "the Maggie SAR", "Action plan
# – Joseph SAR", "Safeguarding Adults Review: Leah". The name a review goes by is one
# the board chose to publish, so it is declared wherever the document uses it.
_REVIEW_NAME = (
    lazy_scan(
        rf"(?<![\w-])[\"“‘']?(?P<name>{NAME}(?:[ \t]+{NAME})?)[\"”’']?[ \t]+"
        r"(?:SAR|Safeguarding[ \t]+Adults?[ \t]+Review)\b"
    ),
    # "Safeguarding Adults Review: Leah", 'Safeguarding Adults Review (SAR) "George"',
    # and the briefing that carries the review's name: "7-minute briefing: Leah".
    lazy_scan(
        r"\b(?:SAR|Safeguarding[ \t]+Adults?[ \t]+Review|(?:Seven|seven|7)[ \t-]+[Mm]inute"
        r"[ \t]+[Bb]riefing|Learning[ \t]+[Bb]rief(?:ing)?)(?:[ \t]*\(SAR\))?"
        r"(?:[ \t]*[:–—-][ \t]*[\"“‘']?|[ \t]*[\"“‘'])" + _DECL_NAME
    ),
    # A paper's heading or label: "# SAR Bryn: action plan", "**Review:** SAR Ellis". One
    # name, then the end of the line, the heading's colon or dash, or the next label
    # ("SAR Ellis Date: 18 June", field lines run together).
    lazy_scan(
        rf"(?<![\w'’-])SAR[ \t]+(?P<name>{NAME})"
        rf"(?=[ \t]*(?:[:–—]|[ \t]-[ \t]|\n|$)|[ \t]+[*_]*{NAME}[*_]*:)"
    ),
)
# Words before "SAR" that name a board, a kind or a stage, not a person.
_NOT_REVIEW_NAME = frozenset(
    "a an the this that our its each every any new thematic discretionary draft final "
    "published previous earlier recent full local national".split()
)


def review_names(text: str) -> set[str]:
    """The names reviews go by in ``text`` ("Maggie" of "the Maggie SAR")."""
    out: set[str] = set()
    # A title set in capitals ("SEVEN MINUTE BRIEFING: LENA") is read as it would be
    # written in a sentence.
    caps = [ln.title() for ln in text.splitlines() if ln.isupper() and len(ln) < 120]
    text = "\n".join([text, *caps]) if caps else text
    if "SAR" not in text and "Review" not in text and "riefing" not in text:
        return out
    for rx in _REVIEW_NAME:
        for m in rx.finditer(text):
            words = [w for w in m.group("name").split() if L.norm(w) not in _NOT_REVIEW_NAME]
            words = [w for w in words if L.norm(w) not in L.NOT_NAME or L.norm(w) in L.TITLE]
            if words and any(L.norm(w) not in L.TITLE for w in words):
                out.add(" ".join(words))
    return out


# A paper of a review's pack titled by its subject's name in quotation marks:
# '"Edith" – terms of reference and chronology'. Quotation marks round a name in a title
# are how a board prints the name it chose to publish.
_TITLE_QUOTED = lazy_scan(
    r"(?:^|(?<=[\s(:–—-]))[\"“‘](?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)[\"”’]"
    r"(?![\w'’])"
)


# A given name standing alone in a title: "Walter - terms of reference", "Walter's
# story", "Review of Nell". A published paper is titled by the adult's pseudonym,
# never by a real name; a name with a surname after it is not taken.
_TITLE_GIVEN = lazy_scan(
    rf"(?<![\w'’.-])(?P<name>{NAME})(?:['’]s)?(?![\w'’-])(?![ \t]+(?:{NAME})(?![\w'’-]))"
)


_CAPITAL_BEFORE = lazy_scan(rf"(?<![\w'’-]){NAME}[ \t]+$")


_LIFE_AFTER = lazy_compile(
    r"['’]s[ \t]+(?:(?:own|life|early)[ \t]+)?(?:story|life|family|words|voice|account)\b"
)


def title_names(title: str) -> set[str]:
    """Names in quotation marks in a document's title, or a listed given name standing
    alone in it: the review's published name."""
    out: set[str] = set()
    for m in _TITLE_GIVEN.finditer(title):
        w = L.norm(m.group("name"))
        before = _word_before(title, m.start())
        # A listed surname standing alone is a name too ("Ellis, in his sister's words"):
        # no paper is titled by a real surname alone.
        # Any name, listed or not, whose story or family the paper is: "Pritam's family
        # in their own words", "Marnie's story".
        life = _LIFE_AFTER.match(title, m.end("name")) is not None
        if (
            (is_first(w) or ((w in L.SURNAME or life) and not L.ordinary(w) and w not in L.PLACE))
            and w not in L.WORD_NAMES
            and w not in L.COMMON
            and w not in L.NOT_NAME
            and before not in L.TITLE
            # "Review of Jane Hughes" is caught by the surname; "Ms Jane" by the title;
            # "Carlton Walter" is a surname after a word of the title.
            and not _CAPITAL_BEFORE.search(title, 0, m.start())
        ):
            out.add(m.group("name"))
    if '"' not in title and "“" not in title and "‘" not in title:
        return out
    for m in _TITLE_QUOTED.finditer(title):
        words = m.group("name").split()
        # "Oakwood Care Home" or "Tidewell Board" in quotes is not a person's name.
        if not any(L.norm(w) in L.NOT_NAME or L.norm(w) in L.GENERIC for w in words):
            out.add(m.group("name"))
    return out


_AND_DECLARED = lazy_scan(
    r"[\"”’']?[ \t]*(?:,|and|&|,[ \t]*and)[ \t]+[\"“‘']?(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+)?"
    + _DECL_NAME
)


# A further clause of a declaration, before the sentence ends: "; her son is Lewis",
# ", and his brother as Sol".
_THEN_DECLARED = lazy_scan(
    r"[^.!?\n;]*?(?:[;,][ \t]*(?:and[ \t]+)?(?:(?:his|her|their|the)[ \t]+)?"
    r"(?:[a-z-]+[ \t]+){1,3}(?:is|as|be)"
    # The next sentence, naming the next relative the same way: ". Your uncle will be Kevin."
    r"|[.][ \t]+(?:[Hh]is|[Hh]er|[Tt]heir|[Yy]our)[ \t]+(?:[a-z-]+[ \t]+){1,2}will[ \t]+be)"
    r"[ \t]+[\"“‘']?" + _DECL_NAME + r"(?![\w'’-])"
)


_ABOUT_PSEUDONYM = lazy_scan(
    r"\b(?:about|regarding|discuss(?:ed|es|ing)?|on)[ \t]+(?:(?:a|the|their|her|his)[ \t]+)?"
    r"(?:choice[ \t]+of[ \t]+(?:a[ \t]+)?)?pseudonyms?\b",
    re.I,
)


def declares(text: str) -> bool:
    """Whether the text says a name is a pseudonym or used with consent: whether
    _DECLARE_CUE matches anywhere in it."""
    if any(c in text for c in _FOLD_ODD):
        return _DECLARE_CUE.search(text) is not None
    # Without those characters a word the pattern matches ignoring case is in the
    # lower-cased text (see _cue_word_places), so only the wordings whose words are
    # there are searched for.
    lowered = text.lower()
    tried = set()
    for word, group, rx in _DECLARE_GROUPS:
        if group not in tried and word in lowered:
            if rx.search(text) is not None:
                return True
            tried.add(group)
    return False


def cue_sentences(text: str) -> Iterator[tuple[int, str]]:
    """Where each sentence of ``text`` (as _SENTENCE reads them) that holds a declaring
    cue (_DECLARE_CUE) starts, and the sentence.

    Only a sentence holding one of the cue's words can hold the cue, so those words are
    found once along the whole text and only their sentences are searched: a long
    single-line document has tens of thousands of sentences, few with any such word.
    """
    start = end = 0
    for p in _cue_word_places(text):
        if p < end:
            continue  # in the sentence already searched
        # A sentence is a run of characters other than . ! ? and line breaks, with the
        # full stop, ! or ? that ends it; a cue word holds none of them. Looking back no
        # further than the last sentence's end keeps the whole walk linear.
        start = max(text.rfind(c, end, p) for c in ".!?\n") + 1 or end
        stop = _SENTENCE_END.search(text, p)
        end = len(text) if stop is None else stop.end() - (stop.group(0) == "\n")
        sentence = text[start:end]
        if declares(sentence):
            yield start, sentence


#: Characters that re.IGNORECASE matches with an ASCII letter but whose lower case is not
#: that letter ("ſ", dotted and dotless I): in a text holding one, the cue's words are
#: found by the pattern, not in the lower-cased text.
_FOLD_ODD = ("\u0130", "\u0131", "\u017f")


def _cue_word_places(text: str) -> list[int]:
    """Where _DECLARE_CUE_WORDS match in ``text``, in order (a superset at worst)."""
    if any(c in text for c in _FOLD_ODD):
        return [m.start() for m in _DECLARE_CUE_WORDS.finditer(text)]
    # Without those characters, lower-casing keeps every offset, and a word the pattern
    # matches ignoring case is in the lower-cased text.
    lowered = text.lower()
    out = []
    for word in _DECLARE_CUE_WORDS.pattern.split("|"):
        i = lowered.find(word)
        while i >= 0:
            out.append(i)
            i = lowered.find(word, i + 1)
    return sorted(out)


# A blanket statement that every name is a pseudonym: "All other names in this report
# are also first-name pseudonyms", "Every name used here has been changed". Such a
# report names relatives and staff by a given name alone, each one a pseudonym.
_BLANKET = lazy_scan(
    r"\b(?:all|every)(?:[ \t]+(?:other|the|of[ \t]+the|family|people['’]s|person['’]s))*"
    r"[ \t]+names?\b[^.;]{0,50}?\b(?:are|is|were|was|have[ \t]+been|has[ \t]+been)"
    r"(?:[ \t]+(?:also|all|likewise))?[ \t]+(?:(?:first|given)[- ]name[ \t]+)?"
    r"(?:pseudonyms?|changed|invented|not[ \t]+(?:their|the)[ \t]+real)\b",
    re.I,
)


def blanket_pseudonyms(text: str) -> bool:
    """Whether ``text`` says every (other) name in the document is a pseudonym."""
    # Cheap test first: the statement always says what the names are.
    if (
        "seudonym" not in text
        and "changed" not in text
        and "real" not in text
        and ("invented" not in text)
    ):
        return False
    return _BLANKET.search(text) is not None


def declared_names(text: str) -> set[str]:
    """Names the text says are pseudonyms or used with consent.

    "Robert" in '"Robert" is a pseudonym chosen by his family', "Bernadette Quill
    (pseudonym)", "her name has been changed to Ottoline to protect her privacy" or
    "Margaret's first name is used with her family's agreement". Quoted names and
    names right beside a cue are taken whole; otherwise only single given names from
    the list are, so "Jane" of "Jane Hughes asked..." is not cleared.
    """
    out: set[str] = review_names(text) | paired_names(text)
    if _DECLARE_GATE.search(text) is None or not declares(text):
        return out
    beside: list[int] = []
    for rx in _DECLARED:
        for m in rx.finditer(text):
            beside.append(m.start("name"))
            words = m.group("name").split()
            # Trim words that are not names ("Mary Was", "The Family").
            while words and L.norm(words[0]) in L.NOT_NAME | {"the", "this", "her", "his"}:
                words = words[1:]
            while words and L.norm(words[-1]) in L.NOT_NAME:
                words = words[:-1]
            if words:
                out.add(" ".join(words))
            # "They are called Tom Hadley and Aisha Karim in this write-up", "referred to
            # as Robin, Tegan and Mr Ossory": every name of the list.
            pos = m.end("name")
            while (more := _AND_DECLARED.match(text, pos)) is not None:
                out.add(more.group("name"))
                pos = more.end("name")
            # "Marnie is a pseudonym throughout; her son is Lewis, the neighbour is
            # Neighbour K": the clauses after a declaration name the others the same way.
            pos = m.end()
            while (more := _THEN_DECLARED.match(text, pos, pos + 120)) is not None:
                beside.append(more.start("name"))
                out.add(more.group("name"))
                pos = more.end("name")
    for start, sentence in cue_sentences(text):
        # "Contact Tamsin and Dean about a pseudonym": a pseudonym as the topic, no
        # name declared.
        if "seudonym" in sentence and not declares(_ABOUT_PSEUDONYM.sub(" ", sentence)):
            continue
        for q in _QUOTED.finditer(sentence):
            out.add(q.group(1))
        # Only a name standing alone: "Jane" of "Jane Hughes asked..." is not cleared;
        # nor one after a name declared right by its cue: "Mrs Ellery (pseudonym) often
        # saw Mark" leaves Mark a person.
        for w in _RUN.finditer(sentence):
            if any(start <= b < start + w.start() for b in beside):
                continue
            if " " not in w.group(0).strip() and L.norm(w.group(0)) in L.FIRST:
                out.add(L.norm(w.group(0)).capitalize())
    return out
