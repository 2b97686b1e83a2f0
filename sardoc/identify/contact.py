"""Telephone numbers and e-mail addresses (DOMAIN.md section 3: "phone; email").

UK numbers are accepted in every common written form: ``01632 960123``,
``(0113) 496 0123``, ``020-7946-0123``, ``07700 900123``, ``+44 (0)20 7946 0123``,
``0044 7700 900123``. Ofcom's drama ranges (01632 960xxx, 0113 496 0xxx, 020 7946
0xxx, 07700 900xxx...) are still telephone numbers and are reported like any other.
"""

from __future__ import annotations

import re

from ..lazyre import lazy_scan
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
                out.append(make(text, m.start(), m.start() + end, "phone", national, "uk"))
                break
    return out


def emails(text: str) -> list[Span]:
    if "@" not in text:
        return []
    return [
        make(text, m.start(), m.end(), "email", m.group(0).lower(), "address")
        for m in _EMAIL.finditer(text)
    ]
