"""NHS numbers, National Insurance numbers and record numbers after a cue.

DOMAIN.md section 3 lists "NHS, NI, case and police numbers" among the identifiers
a published review must not carry (QM14). A ten-digit number is an NHS number only
when its mod-11 check digit is right; a number that fails the check is left alone.
"""

from __future__ import annotations

import re

from ..lazyre import lazy_scan
from .spans import Span, make

# -- NHS numbers -----------------------------------------------------------------

_NHS = lazy_scan(r"(?<![\w/.-])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![\w/-]|\.\d)")


def nhs_check_digit_ok(digits: str) -> bool:
    """The NHS number check: weights 10..2 on the first nine digits, modulus 11.

    ``11 - (sum % 11)`` is the check digit, 11 reads as 0 and 10 means the number
    is not valid. ``943 476 5919`` is the usual test number.
    """
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


#: The digits of _NHS in their groups (either separator): a text without them holds no
#: NHS number, and most texts with a year or a short number in them are told so here.
_NHS_DIGITS = lazy_scan(r"\d{3}[ -]?\d{3}[ -]?\d{4}")
_HAS_DIGITS2 = lazy_scan(r"\d\d")


_INTL_PREFIX = lazy_scan(r"(?:\+|00)\s?44\s?(?:\(0\)\s?)?$|\(0\)\s?$")


def nhs_numbers(text: str) -> list[Span]:
    out: list[Span] = []
    if not _NHS_DIGITS.search(text):
        return out
    for m in _NHS.finditer(text):
        # "+44 113 496 0999" is a telephone number, whatever its digits add up to.
        if _INTL_PREFIX.search(text, max(0, m.start() - 12), m.start()):
            continue
        digits = m.group(1) + m.group(3) + m.group(4)
        # All-same digits ("000 000 0000") pass the check but are placeholders.
        if len(set(digits)) > 1 and nhs_check_digit_ok(digits):
            out.append(make(text, m.start(), m.end(), "nhs-number", digits, "mod11"))
    return out


# -- National Insurance numbers ---------------------------------------------------

# HMRC's rules: the first letter is not D, F, I, Q, U or V; the second is not D, F, I,
# O, Q, U or V; BG, GB, KN, NK, NT, TN and ZZ are never issued. The suffix is A-D.
_NI = lazy_scan(
    r"(?<![\w-])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])[ ]?(\d{2})[ ]?(\d{2})[ ]?(\d{2})"
    r"(?:[ ]?([A-D]))?(?![\w-])",
    re.I,
)
#: The six digits of a number in pairs, as _NI has them: a text without them holds no NI
#: number, and most texts are told so by one search that skips along to digits.
_NI_DIGITS = lazy_scan(r"\d{2}[ ]?\d{2}[ ]?\d{2}")
_NI_BAD_PREFIX = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
_NI_CUE = lazy_scan(r"\b(?:NI|NINO|N\.I\.|national\s+insurance)\b", re.I)


def ni_numbers(text: str) -> list[Span]:
    out: list[Span] = []
    if not _NI_DIGITS.search(text):
        return out
    for m in _NI.finditer(text):
        prefix = m.group(1).upper()
        if prefix in _NI_BAD_PREFIX:
            continue
        # Without the suffix letter the shape is common (a reference, a product code):
        # take it only after an NI cue.
        if m.group(5) is None and not _NI_CUE.search(text, max(0, m.start() - 40), m.start()):
            continue
        raw = m.group(0)
        # Mixed case ("Ab123456c") is not how anyone writes one.
        if not (raw.isupper() or raw.islower()) and not raw.replace(" ", "")[2:].isdigit():
            continue
        key = re.sub(r"\s", "", raw).upper()
        out.append(make(text, m.start(), m.end(), "ni-number", key, "hmrc"))
    return out


# -- record numbers after a cue -----------------------------------------------------

_ID_CUES = r"""
hospital\s+(?:number|no\.?|num|id|ref(?:erence)?)|hosp\.?\s+no\.?|unit\s+(?:number|no\.?)
|case\s+(?:reference|ref\.?|number|no\.?|id)|crime\s+(?:reference|ref\.?|number|no\.?)
|crime\s+ref(?:erence)?\s+(?:number|no\.?)|incident\s+(?:number|no\.?|reference|ref\.?|log)
|police\s+(?:reference|ref\.?|log|incident)(?:\s+(?:number|no\.?))?|log\s+(?:number|no\.?)
|CAD(?:\s+(?:number|no\.?|ref(?:erence)?))?|storm\s+(?:log|ref(?:erence)?)
|NHS\s+(?:no\.?|number|num)|MRN|medical\s+record\s+(?:number|no\.?)|record\s+(?:number|no\.?)
|patient\s+(?:number|no\.?|id|identifier)|client\s+(?:number|no\.?|id|reference|ref\.?)
|person\s+(?:id|number)|service\s+user\s+(?:id|number|no\.?)|(?:mosaic|LAS|LCS|rio|emis|
systmone|liquidlogic|carefirst|eclipse)\s+(?:id|number|no\.?|ref(?:erence)?)
|reference\s+(?:number|no\.?)|ref\.?\s+no\.?|our\s+ref(?:erence)?|your\s+ref(?:erence)?
|CHI\s+(?:number|no\.?)|PNC\s+(?:id|number|no\.?)|CRO\s+(?:number|no\.?)|URN
|tenancy\s+(?:reference|ref\.?|number|no\.?)|council\s+tax\s+(?:reference|ref\.?|account)
|account\s+(?:number|no\.?)|claim\s+(?:reference|number|no\.?)|HMRC\s+ref(?:erence)?
|DWP\s+ref(?:erence)?|safeguarding\s+(?:reference|ref\.?|id)|referral\s+(?:number|no\.?|id)
|complaint\s+(?:reference|ref\.?|number|no\.?)|court\s+(?:reference|ref\.?|case\s+number)
|case\s+file\s+(?:number|no\.?)|occurrence\s+(?:number|no\.?|ref(?:erence)?)?
|(?:mosaic|LAS|LCS|rio|emis|systmone|liquidlogic|carefirst|eclipse|paris|wcs|ics)
\s+(?:case|person|client|record|system|local)\s+(?:id|number|no\.?|ref(?:erence)?)
|(?:mosaic|rio|liquidlogic|carefirst|systmone|emis)\)?(?=\s*[:#(]|\s+(?:[A-Z]{1,4}[-/])?\d)
|(?-i:LAS|LCS)(?=\s*[:#])|referral(?=\s+[A-Z]{1,4}-?\d{4,})
|datix(?:\s+(?:id|number|no\.?|ref(?:erence)?))?|PPN(?:\s+(?:number|no\.?|ref(?:erence)?))?
|incident(?=\s+[A-Z]{1,4}[-/]\d)|warrant\s+(?:number|no\.?|ref(?:erence)?)
|resident\s+(?:number|no\.?|id)|(?:section|s\.?)\s*42\s+enquiry
(?:\s+(?:number|no\.?|ref(?:erence)?|id))?
|(?:case|local|system|hospital|patient|care)\s+record(?:\s+(?:number|no\.?|id|ref(?:erence)?))?
|system\s+(?:reference|ref\.?|id|number|no\.?)|hospital\s+no\b\.?|h\s*no\.?
|job\s+(?:no\.?|number|ref(?:erence)?)|repair(?:\s+(?:job|request))?(?=\s+[A-Z]{0,4}-?\d{4,})
|PNC(?=\s+\d)|occ\.?(?=\s+\d)|incidents?(?=\s*:?\s*\d{6,}|\s*:?\s*\d{6}-\d)
|(?:contact|client|application)(?=\s+[A-Z]{1,4}[-/]\d)|occurrence\s+log,?
"""
#: The first two characters every cue above can start with (ignoring case, as the cue
#: does): read at each word's start before the long list of cues is tried, it turns away
#: most words for the price of one short test (tests/perf/test_identify_shortcuts.py
#: checks it against every cue).
_ID_CUE_START = (
    r"(?=h[omn\s]|u[nr]|c[arlho]|i[nc]|p[oeanp]|l[oaci]|s[teya.4\s]|nh|m[reo]|r[ei]|e[mc]"
    r"|ou|yo|te|a[cp]|d[wa]|oc|w[ca]|jo)"
)
_ID_CUE = lazy_scan(
    r"\b" + _ID_CUE_START + r"(?:" + re.sub(r"\s+", "", _ID_CUES) + r")"
    # "case number at the coroner's court is"; "the old Mosaic number for him (40718852)".
    r"(?:[^.\n\d]{0,40}?\b(?:is|was|reads)\b"
    r"|[^.\n\d()]{0,30}?\((?=[A-Z0-9/\-]*\d[A-Z0-9/\-]*\)))?"
    r"(?:\s*(?:\b(?:is|was|of|as)\b|[=:#\-–]))*\s*"
    # The value: letters then digits ("PC 5581 2290"), groups with a digit in each.
    r"(?P<id>(?:(?-i:[A-Z]{1,4})[ ](?=\d))?[A-Z0-9][A-Z0-9/\-]*\d[A-Z0-9/\-]*"
    r"(?:[ ](?=[A-Z0-9/\-]*\d)[A-Z0-9/\-]+)*)",
    re.I,
)
_DIGITS = lazy_scan(r"\d")
_REFERRAL_ID = lazy_scan(r"\breferral[ \t]+[A-Z]{1,4}-?\d{4,}")
# Any other "reference"/"ref"/"ID" ("the repairs reference was HR-0091877", "its
# reference is OPG/7781/23"): only an identifier-shaped value, not "reference 12".
_REF_CUE = lazy_scan(
    r"\b(?:reference|ref\.?|ID|identifier)(?:\s+(?:number|no\.?))?"
    r"(?:\s*(?:\b(?:is|was|of|as)\b|[=:#\-–]))*\s*"
    # "HR-0091877", and with more than one group of letters first, "PLS-IR-2305-117".
    r"(?P<id>(?-i:[A-Z]{1,6})(?:[/-](?-i:[A-Z]{1,6}))*[/-]?\d+(?:[/-]\w+)*"
    r"|\d{2,}(?:[/-]\d+)+(?:[/-]?[A-Z]{1,3})?|\d{5,})\b",
    re.I,
)


_ANY_CUE = lazy_scan(
    r"(?i)\b(?:no|num|number|ref|reference|id|identifier|log|mrn|urn|cad|storm|pnc|cro|chi"
    r"|occurrence|record|mosaic|rio|liquidlogic|carefirst|systmone|emis|datix|ppn|incident"
    r"|enquiry|file|alert|incidents|job|repair|occ|contact|client|application)\b"
)


# A local record number whose shape says what it is, a few words after its label:
# "Incident report HDS-IR-23-1104", "provider incident numbers PX-IR-24-0818 and
# PX-IR-24-1001", "tenancy reference for the temporary flat KH-TA-0093318". Capitals in
# two groups or more, then digits: no word, date or postcode has that shape.
_SHAPED_ID = lazy_scan(
    r"(?<![\w/-])(?P<id>[A-Z]{2,6}(?:[-/][A-Z]{1,6})+[-/]\d{2,}(?:[-/]\d+)*)(?![\w/-])"
)
_SHAPED_CUE = lazy_scan(
    r"(?i:\b(?:ref(?:erence)?s?|numbers?|nos?\.?|report|ids?|log|file|alert|note))\b"
    r"[^.;:\n]{0,50}$"
)
# One group of capitals, then digits in groups: "EC-5530918", "NVP-0301-0442",
# "FI/26/0012", "OXF-220719-K", "IRS 2026-000193". Commoner in prose than the shape
# above ("COVID-19", "A-2024"), so it needs four digits and its label right before it:
# a record word, a system's name or an account, with nothing but a colon, "no." or a
# bracket between.
_LETTERS_ID = lazy_scan(
    r"(?<![\w/-])(?P<id>[A-Z]{2,5}(?:[-/][A-Z])?(?:[-/]|[ ](?=\d{2,}[-/]\d))\d{2,}"
    r"(?:[-/](?:\d+|[A-Z]))*)(?![\w/-])"
)
_LETTERS_CUE = lazy_scan(
    r"(?i:\b(?:ref(?:erence)?|number|no|report|id|log|case|account|tenancy|incident"
    r"|investigation|record|mosaic|eclipse|rio|emis|systmone|liquidlogic|carefirst|datix"
    r"|alert|note|summary"
    r"|occurrence|crime|claim|policy|file|(?-i:Order)|(?:equipment|delivery|purchase)[ \t]+order))"
    r"\b\.?[ \t*_]*(?:no\.?|number|ref\.?)?"
    # "the occurrence summary for NP-23-0031175".
    r"[ \t*_]*(?:(?:for|of)[ \t]+)?[:#(]?[ \t]*$"
)


def record_numbers(text: str) -> list[Span]:
    out: list[Span] = []
    if not _HAS_DIGITS2.search(text):
        return out
    dashed = "-" in text or "/" in text
    # The shape below carries its own label (_LETTERS_CUE); the others need a cue.
    # "referral W41187": a common word, so tested as a substring, not in the gate.
    if not _ANY_CUE.search(text) and not ("referral " in text and _REFERRAL_ID.search(text)):
        return _letters_ids(text, out) if dashed else out
    for m in _ID_CUE.finditer(text):
        ident = m.group("id").rstrip("/-")
        if len(_DIGITS.findall(ident)) < 3 or _DATE_LIKE.fullmatch(ident):
            continue
        # The review's own reference ("SAR 2026/04") names the review, not a person's
        # record; the pack checks that every document gives the same one.
        if _REVIEW_REF.match(ident) or _BOARD_REVIEW_REF.match(ident):
            continue
        digits = re.sub(r"[\s-]", "", ident)
        # A ten-digit number after an NHS cue that fails the check is not an NHS
        # number (a typing slip or a made-up example): the NHS recognizer decides.
        if digits.isdigit() and len(digits) == 10 and m.group(0)[:3].upper() == "NHS":
            continue
        start = m.start("id")
        out.append(
            make(
                text, start, start + len(ident), "other-id", re.sub(r"\s", "", ident).upper(), "cue"
            )
        )
    for m in _REF_CUE.finditer(text):
        ident = m.group("id")
        if len(_DIGITS.findall(ident)) < 4 or _DATE_LIKE.fullmatch(ident):
            continue
        if _REVIEW_REF.match(ident) or _BOARD_REVIEW_REF.match(ident):
            continue
        out.append(make(text, *m.span("id"), "other-id", ident.upper(), "reference", 64))
    if dashed:
        for m in _SHAPED_ID.finditer(text):
            ident = m.group("id")
            if len(_DIGITS.findall(ident)) < 4 or _REVIEW_REF.match(ident):
                continue
            if _BOARD_REVIEW_REF.match(ident):
                continue
            if _SHAPED_CUE.search(text, max(0, m.start() - 60), m.start()):
                out.append(make(text, *m.span("id"), "other-id", ident.upper(), "shaped", 63))
        _letters_ids(text, out)
    return out


def _letters_ids(text: str, out: list[Span]) -> list[Span]:
    """Add to ``out`` the record numbers of one group of capitals and digits after
    their label (_LETTERS_ID), and return it."""
    for m in _LETTERS_ID.finditer(text):
        ident = m.group("id")
        if len(_DIGITS.findall(ident)) < 4 or _REVIEW_REF.search(ident):
            continue
        if _BOARD_REVIEW_REF.match(ident):
            continue
        if _LETTERS_CUE.search(text, max(0, m.start() - 40), m.start()):
            out.append(make(text, *m.span("id"), "other-id", ident.upper(), "shaped", 62))
    return out


_REVIEW_REF = lazy_scan(r"(?:SAR|SCR|DHR|SAB|LeDeR)\b[ /-]?\d", re.I)
# The review's reference under the board's initials: "KWSAB/SAR/2026/03".
# And a rapid review's, "QSAB-R-2025-11", "OV-RR-2025-07", "SAR-R-25-07": R or RR, a
# year and a short running number.
_BOARD_REVIEW_REF = lazy_scan(
    r"[A-Z]{2,8}[/-](?:(?:SAR|SCR|DHR)[/-]\d|RR?[/-](?:20)?\d{2}[/-]\d{1,3}(?!\d))", re.I
)
_DATE_LIKE = lazy_scan(r"\d{1,2}[/-]\d{1,2}[/-]\d{2,4}|(?:19|20)\d{2}(?:[/-]\d{2})?")


def record_number_cell(label: str, value: str) -> Span | None:
    """A record number in a key-value table: "| Mosaic ID | 3301472 |" reads as the
    label followed by its value, so the same cues decide."""
    head = label.strip()
    if not head or len(head) > 60 or not _ANY_CUE.search(head):
        return None
    joined = head + " " + value
    for span in record_numbers(joined):
        if span.start > len(head):
            shift = len(head) + 1
            return Span(
                span.start - shift,
                span.end - shift,
                span.entity,
                span.text,
                span.key,
                span.how,
                span.rank,
            )
    return None
