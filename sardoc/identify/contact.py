"""Telephone numbers and e-mail addresses (DOMAIN.md section 3: "phone; email").

UK numbers are accepted in every common written form: ``01632 960123``,
``(0113) 496 0123``, ``020-7946-0123``, ``07700 900123``, ``+44 (0)20 7946 0123``,
``0044 7700 900123``. Ofcom's drama ranges (01632 960xxx, 0113 496 0xxx, 020 7946
0xxx, 07700 900xxx...) are still telephone numbers and are reported like any other.
"""

from __future__ import annotations

import re

from ..lazyre import lazy_scan
from . import lexicon as L
from .spans import Span, make

# A run that starts like a UK number and goes on with digits, spaces, hyphens and
# brackets; :func:`_valid_prefix` then keeps the longest prefix that is a real length.
_PHONE = lazy_scan(
    r"(?<![\w+/.-])(?:(?:\+|00)\s?44\s?(?:\(\s?0\s?\)\s?)?|\(\s?0|0)\d[\d \-()]{6,18}\d(?![\w/-])"
)
_GROUP = lazy_scan(r"[\d()+]+")

_EMAIL = lazy_scan(
    r"(?<![\w.+-])[A-Za-z0-9](?:[A-Za-z0-9._%+'-]{0,63})@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}\b"
)


def _national(digits: str) -> str:
    """``+44 (0)20...``, ``0044 20...`` and ``020...`` all become ``020...``."""
    if digits.startswith("0044"):
        digits = digits[4:]
    elif digits.startswith("44") and not digits.startswith("0"):
        digits = digits[2:]
    if digits.startswith("0"):
        return digits
    return "0" + digits


def _ok(national: str) -> bool:
    # 01/02 geographic, 03 non-geographic, 05 VoIP, 07 mobile, 08 free/special,
    # 09 premium: 11 digits, and 10 for a few 01 areas and 0800 numbers.
    if len(national) == 11:
        return national[1] in "1235789"
    return len(national) == 10 and (national.startswith("01") or national.startswith("08"))


_HAS_DIGITS = lazy_scan(r"\d\d\d")

# -- public lines and mailboxes: not personal ------------------------------------------
#
# A service's public number (a council's 03 line, a freephone 0800/0808 helpline, a
# 0845 switchboard, 999, 111, 101) identifies nobody; neither does a public body's
# functional mailbox ("safeguarding@...", a board's business-unit address). A personal
# mobile, a direct line and someone's own address stay flagged.

#: Non-geographic ranges that are services' lines: 03, 080x, 084x, 087x.
_SERVICE_RANGE = ("03", "080", "084", "087")
# Words right before a number that give it to a service; "direct line", "mobile" and a
# person's name or pronoun give it to a person.
_SERVICE_CUE = lazy_scan(
    r"\b(?:helpline|help[ \t]+line|advice[ \t]+line|switchboard|hub|team|desk|service|services"
    r"|unit|centre|council|board|department|duty|out[ \t]+of[ \t]+hours|emergency|reception"
    r"|contact[ \t]+centre|MASH|front[ \t]+door|social[ \t]+care|police|line|freephone"
    r"|samaritans|charity|office|practice|surgery|hospital|enquiries|coroner['’]?s?|officers"
    # "Its contact number is ...": a service's, as only a thing is "it".
    r"|its[ \t]+(?:[\w-]+[ \t]+){0,2}(?:number|line|telephone)"
    # "To report a concern about an adult: 0191 ...": the public's way in.
    r"|to[ \t]+report|report[ \t]+(?:a[ \t]+)?concerns?|raise[ \t]+(?:a[ \t]+)?concerns?)\b"
    r"[^\n]{0,55}$",
    re.I,
)
_TEXT_SERVICE = lazy_scan(
    r"\b(?:text(?:[ \t]+(?:service|line|relay|us|the[ \t]+(?:[\w-]+[ \t]+){0,2}"
    r"(?:team|service|line|hub|unit|office|board|partnership))|[ \t]+only)"
    r"|sms(?:[ \t]+(?:service|line))?|textphone|minicom)\b"
    r"[^\n]{0,30}$",
    re.I,
)
_PERSONAL_CUE = lazy_scan(
    # "Their duty line is ...": a team's line, whoever "their" is.
    # "Home" of "Brightwell Home Care Ltd" names a kind of service, not someone's home.
    r"\b(?:mobile|direct(?:ly)?|personal|home(?![ \t]+(?:care|office)\b)|extension|ext|mob"
    r"|tel[ \t]+no"
    r"|(?:my|his|her|their|own)(?![ \t]+(?:duty|main|general|office|team|switchboard|help"
    r"|advice|out[ \t]+of[ \t]+hours|reception|referral|enquiry)\b)"
    r"|work[ \t]+phone)\b[^\n]{0,25}$|\b(?:rang|called|phoned|texted)[ \t]+from[ \t]*$",
    re.I,
)


# Said after the number: "07700 900100 (the team's text service, not a person)".
_TEXT_AFTER = lazy_scan(
    r"[ \t]*\((?:the[ \t]+)?(?:[\w'’-]+[ \t]+){0,2}(?:text|sms)[ \t]+(?:service|line)\b", re.I
)
# "01632 960 100 (the business unit's general line)": a service's line by what follows.
_LINE_AFTER = lazy_scan(
    r"[ \t]*\((?:the[ \t]+)?(?:[\w'’-]+[ \t]+){0,3}(?:general|main|office|public|enquiry"
    r"|enquiries|switchboard)[ \t]+(?:line|number|telephone)\b",
    re.I,
)
# "Rhodri Bevan on 0115 ...": a person's name right before the number, or before a
# short apposition that gives their post ("Bryony Tallis, the board's manager, on ...").
_NAME_ON = lazy_scan(
    r"(?<![\w'’-])([A-Z][a-z]+)[ \t]+([A-Z][\w'’-]+)"
    r"(?:,[ \t]+(?:the|our|your|its)[ \t]+[^,\n]{1,40},)?[ \t]+(?:on|at)[ \t]*$"
)


# A letter's or an e-mail's closing words, then the writer's signature: a number in
# it is the writer's, whatever team the signature names.
# A lone "Thanks" or "Best" only with its comma: "Thanks for calling the team" is no
# sign-off.
SIGN_OFF = lazy_scan(
    r"^[ \t>*_]*(?:(?:thanks|thank[ \t]+you|cheers|best)[ \t]*(?:[,!]|\n)"
    r"|(?:many[ \t]+thanks|with[ \t]+thanks|regards|kind[ \t]+regards|best[ \t]+wishes"
    r"|warm[ \t]+regards|with[ \t]+best[ \t]+wishes|yours[ \t]+(?:sincerely|faithfully|truly))"
    r"\b)",
    re.I,
)


_SERVICE_LABEL = lazy_scan(
    r"\b(?:office|helpline|help[ \t]+line|switchboard|desk|reception|hub|team|unit|service"
    r"|centre|duty[ \t]+line|main[ \t]+line|general[ \t]+line)[ \t]*:[ \t]*$",
    re.I,
)
# Said after the number: "(01632 960615 direct, ...)", "01632 960615 (mobile)".
_PERSONAL_AFTER = lazy_scan(
    r"[ \t]*\(?[ \t]*(?:direct|mobile|mob|personal|work[ \t]+mobile)\b", re.I
)


def _names_someone(given: str, family: str) -> bool:
    """Two capitalised words that read as a person's name: a family name that is no
    common word, after a given name that is a listed one ("Grace", "Hope", however
    common the word) or no common word either ("Westmere Council" is not)."""
    g, f = L.norm(given), L.norm(family)
    if f in L.COMMON or f in L.NOT_NAME or g in L.NOT_NAME:
        return False
    return g in L.FIRST or g not in L.COMMON


def is_service_line(text: str, start: int, national: str, end: int | None = None) -> bool:
    """A number given as a service's public line, not a person's."""
    before = text[max(0, start - 60) : start]
    if end is not None and _PERSONAL_AFTER.match(text, end):
        return False
    if national.startswith("07"):
        # A mobile is someone's, even a work mobile; but a team's text service ("text
        # the duty team on 07700...", "SMS service:") is the service's public line.
        if end is not None and _TEXT_AFTER.match(text, end):
            return True
        return _TEXT_SERVICE.search(before) is not None and not _PERSONAL_CUE.search(before[-30:])
    if _PERSONAL_CUE.search(before[-30:]):
        return False
    if national.startswith(_SERVICE_RANGE):
        return True
    if end is not None and _LINE_AFTER.match(text, end):
        return True
    # "Chaplaincy office: 01632 ...", "Duty desk: ...": a service's label right before the
    # number gives it to the service, whoever a contact box named on the line before.
    if _SERVICE_LABEL.search(before[-30:]):
        return True
    named = _NAME_ON.search(text, max(0, start - 100), start)
    if named is not None and _names_someone(*named.groups()):
        return False
    # A geographic number beside a person's name ("Sgt Donna Whitlock ... Tel", a table
    # row that starts with the name) is that person's line.
    line = text[max(0, text.rfind("\n", 0, start) + 1, start - 100) : start]
    if start <= 150 and SIGN_OFF.match(text):
        return False
    if any(w.lower() in L.STRONG_FIRST for w in _CAP_WORD.findall(line)):
        return False
    return (
        _SERVICE_CUE.search(before) is not None
        or under_organisation(text, start)
        or _beside_mailbox(text, start, end)
    )


# A functional mailbox given right beside the number, as one more way to reach the same
# desk: "Business Manager, safeguarding.partnership@..., 01632 ...", "01632 ... or
# sab@...". A person's own line would come with their own address or their name.
_MAILBOX_BEFORE = lazy_scan(
    r"(?<![\w.+-])([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)[ \t]*(?:[,;/|]|\bor\b|\band\b)?[ \t]*"
    r"(?:(?:tel(?:ephone)?|phone|call|ring)\.?[ \t]*(?:on|us[ \t]+on)?[ \t]*:?[ \t]*)?$",
    re.I,
)
_MAILBOX_AFTER = lazy_scan(
    r"[ \t]*(?:[,;/|]|\bor\b|\band\b)[ \t]*(?:(?:e-?mail|email)[ \t]*(?:us[ \t]+)?(?:at|on)?"
    r"[ \t]*:?[ \t]*)?([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)",
    re.I,
)


# "ring me on ... or e-mail the unit": the writer's own line, whatever the mailbox.
_OBJECT_ON = lazy_scan(r"\b(?:me|him|her|them)[ \t]+(?:on|at)[ \t]*:?[ \t]*$", re.I)


def _beside_mailbox(text: str, start: int, end: int | None) -> bool:
    if _OBJECT_ON.search(text, max(0, start - 12), start):
        return False
    m = _MAILBOX_BEFORE.search(text, max(0, start - 80), start)
    if m is not None and is_functional_mailbox(m.group(1)):
        return True
    if end is None:
        return False
    m = _MAILBOX_AFTER.match(text, end)
    return m is not None and is_functional_mailbox(m.group(1))


# A contact box: an organisation's name on one line, then "Telephone ..." or "E-mail:"
# on the next ("Safeguarding Adults Board Business Unit / Telephone 01632 960 587").
_LABEL_ONLY = lazy_scan(
    r"(?:^|\n)[ \t]*(?:telephone|tel\.?|phone|call(?:[ \t]+us)?|ring(?:[ \t]+us)?|e-?mail|email"
    r"|textphone|minicom)[ \t]*(?:on|at)?[ \t]*:?[ \t]*$",
    re.I,
)
_ORG_LINE = lazy_scan(
    r"\b(?:unit|team|board|council|service|services|hub|office|partnership|department|trust"
    r"|safeguarding)\b[^\n]{0,80}\n"
    # other lines of the same box ("E-mail: ...", "Website: ...") may come between
    r"(?:[ \t]*(?:telephone|tel\.?|phone|e-?mail|email|web(?:site)?|online|address|text)\b"
    r"[^\n]{0,80}\n){0,3}[^\n]*$",
    re.I,
)


def under_organisation(text: str, start: int) -> bool:
    """A number or address labelled on its own line under an organisation's name."""
    before = text[max(0, start - 200) : start]
    return _LABEL_ONLY.search(before) is not None and _ORG_LINE.search(before) is not None


#: Local-part words of functional mailboxes ("safeguarding@", "sab.businessunit@").
_FUNCTIONAL = frozenset(
    """safeguarding safeguard sab sar adults adult asc mash hub duty team enquiries enquiry
    info information admin administration contact contactus hello office reception referrals
    referral businessunit business unit board partnership complaints feedback comms
    communications press media help helpdesk advice support services service care health
    council police trust nhs icb dpo foi dataprotection governance quality learning
    training secretariat panel reviews review noreply no-reply customer customers
    emergency edt ooh first front door frontdoor access gateway intake general pals
    experience patientexperience house chair chairs bookings booking carers
    interpreting interpreters chaplaincy""".split()
)
_FUNCTIONAL_LONG = tuple(w for w in _FUNCTIONAL if len(w) >= 8)
_PARTS = lazy_scan(r"[a-z]+")
_NO_VOWEL = lazy_scan(r"[^aeiouy]+$")
_CAP_WORD = lazy_scan(r"\b[A-Z][a-z]+\b")


def is_functional_mailbox(address: str) -> bool:
    """A mailbox named for a function, not a person ("safeguarding@", "sab.unit@")."""
    local = address.split("@", 1)[0].lower()
    parts = _PARTS.findall(local)
    if not parts:
        return False
    if any(p in _FUNCTIONAL for p in parts):
        return True
    # Run together: "regionalsafeguarding@", "adultsafeguardingteam@"; a board's
    # initials end in its kind: "sgsab@", "wvsapb@".
    return (
        any(w in p for p in parts for w in _FUNCTIONAL_LONG)
        or any(
            (p.endswith(("sab", "sapb")) and 4 <= len(p) <= 16)
            # "calderbrooksap@": a town run into a safeguarding adults partnership's initials.
            # "cvsap@": a district's initials and the partnership's (no vowel but the a).
            or (
                p.endswith("sap")
                and (8 <= len(p) <= 16 or (4 <= len(p) and _NO_VOWEL.match(p[:-3])))
            )
            for p in parts
        )
    )


def phones(text: str) -> list[Span]:
    out: list[Span] = []
    if not _HAS_DIGITS.search(text):
        return out
    for m in _PHONE.finditer(text):
        raw = m.group(0)
        intl = raw.lstrip("(").startswith(("+", "00"))
        # Try the whole run, then drop trailing groups ("01632 960123 12 March").
        groups = list(_GROUP.finditer(raw))
        for n in range(len(groups), 0, -1):
            end = groups[n - 1].end()
            digits = re.sub(r"\D", "", raw[:end])
            if intl and not (digits.startswith("44") or digits.startswith("0044")):
                break
            national = _national(digits) if intl else digits
            if _ok(national):
                if is_service_line(text, m.start(), national, m.start() + end):
                    break
                out.append(make(text, m.start(), m.start() + end, "phone", national, "uk"))
                break
    return out


def emails(text: str) -> list[Span]:
    if "@" not in text:
        return []
    return [
        make(text, m.start(), m.end(), "email", m.group(0).lower(), "address")
        for m in _EMAIL.finditer(text)
        if not is_functional_mailbox(m.group(0)) and not under_organisation(text, m.start())
    ]
