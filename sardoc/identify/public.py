"""A service's own contact details, told from the paragraphs around them.

``contact.py`` reads one string: it knows "Safeguarding team: 01632 960205" is a
service's line, but not a leaflet's contact box, where the board's name is one
paragraph and "Phone: 01632 960 418" the next, nor that "sapb@..." is the mailbox of
the "Safeguarding Adults Partnership Board" named just above it. A service's line,
mailbox and postal address identify nobody (QM14 is about people), so a leaflet that
gives them must not be warned about them; a person's own line stays reported.
"""

from __future__ import annotations

import re

from ..document import Paragraph
from ..lazyre import lazy_scan
from . import lexicon as L
from .contact import _PERSONAL_AFTER, _PERSONAL_CUE, SIGN_OFF
from .spans import Span

# A short labelled line that gives only a number or an address.
_CONTACT_LINE = lazy_scan(
    r"^[ \t*_]*(?:tel(?:ephone)?|phone|call|ring|text|e-?mail|email|write[ \t]+to(?:[ \t]+us)?"
    r"|post|address)\b[ \t*_]*:?",
    re.I,
)
# The paragraph before names an organisation or a service, not a person.
_SERVICE_NAME = lazy_scan(
    r"\b(?:Board|Partnership|Council|Service|Services|Team|Unit|Hub|Trust|Office|Centre"
    r"|team|unit|service|helpline|business[ \t]+(?:unit|support)|coordinator|co-ordinator)\b"
)
_CAPITAL = lazy_scan(r"\b[A-Z][\w'’-]*")


def _previous(paragraphs: list[Paragraph], i: int) -> int | None:
    """Position of the paragraph before ``i`` in the same section, if any."""
    for j in range(i - 1, max(-1, i - 3), -1):
        p = paragraphs[j]
        if p.is_heading:
            return None
        if p.text.strip():
            return j
    return None


def service_contacts(
    paragraphs: list[Paragraph], first: list[list[Span]], todo: list[int]
) -> set[tuple[int, int]]:
    """(paragraph index, span start) of phone numbers and e-mail addresses that are a
    service's, from the paragraph before them."""
    out: set[tuple[int, int]] = set()
    for i in todo:
        p, spans = paragraphs[i], first[i]
        contact = [s for s in spans if s.entity in ("phone", "email")]
        if not contact:
            continue
        # A contact box the reader joined into one paragraph: "Safeguarding Adults Board
        # Business Unit ... Telephone 01632 960 587 E-mail: ...".
        # A signature after a sign-off ("Best wishes, Segun / Social Worker, Duty Team /
        # Tel ...") is the writer's, whatever team it names.
        if len(p.text) <= 400 and _SERVICE_NAME.search(p.text[:120]) and not SIGN_OFF.match(p.text):
            out |= _boxed(i, p.text, spans)
        if len(p.text) > 120 or not (
            _CONTACT_LINE.match(p.text) or _after_bare_label(paragraphs, i)
        ):
            continue
        j = _previous(paragraphs, i)
        # Under "Contact us", past the box's name and postal lines: the publisher's line
        # when nothing from the heading down names a person.
        if _publisher_box(paragraphs, first, i):
            out |= {(i, s.start) for s in contact if _service_span(p.text, s)}
            continue
        # Past the box's other labelled lines ("Telephone: ..." before "E-mail: ...").
        steps = 0
        while (
            j is not None
            and steps < 3
            and len(paragraphs[j].text) <= 120
            and _CONTACT_LINE.match(paragraphs[j].text)
            and not any(s.entity in ("person", "official") for s in first[j])
        ):
            j, steps = _previous(paragraphs, j), steps + 1
        if j is None:
            # Straight under a heading such as "Contact us": the publisher's own line.
            if p.section and _CONTACT_HEADING.search(p.section[-1]):
                out |= {(i, s.start) for s in contact if _service_span(p.text, s)}
            continue
        if not _SERVICE_NAME.search(paragraphs[j].text):
            continue
        # A person named just before ("Contact Jane Hughes, our coordinator") owns it.
        if any(s.entity in ("person", "official") for s in first[j]):
            continue
        for s in contact:
            if s.entity == "phone" and (s.key.startswith("07") or _PERSONAL_CUE.search(p.text)):
                continue
            out.add((i, s.start))
    return out


# A label alone on its paragraph ("Telephone:"), the number in the next one.
_BARE_LABEL = lazy_scan(
    r"^[ \t*_]*(?:tel(?:ephone)?|phone|call(?:[ \t]+us)?|e-?mail|email|text)[ \t*_]*:?[ \t*_]*$",
    re.I,
)


def _after_bare_label(paragraphs: list[Paragraph], i: int) -> bool:
    j = _previous(paragraphs, i)
    return (
        j is not None
        and len(paragraphs[i].text) <= 60
        and bool(_BARE_LABEL.match(paragraphs[j].text))
    )


def _publisher_box(paragraphs: list[Paragraph], first: list[list[Span]], i: int) -> bool:
    """Whether paragraph ``i`` sits in a section headed "Contact us" (or the like) and
    no paragraph from the heading down to it names a person: the organisation's name,
    its postal lines and its labelled numbers ("Business Unit / Civic Centre / Market
    Street / Telephone: ...")."""
    p = paragraphs[i]
    if not p.section or not _CONTACT_HEADING.search(p.section[-1]):
        return False
    for j in range(i - 1, max(-1, i - 9), -1):
        q = paragraphs[j]
        if q.is_heading:
            return True
        if any(s.entity in ("person", "official") for s in first[j]):
            return False
    return False


_CONTACT_HEADING = lazy_scan(
    r"\bcontact(?:[ \t]+(?:us|details|the[ \t]+board))?\b|who[ \t]+(?:to|can[ \t]+I)[ \t]+contact"
    r"|get[ \t]+in[ \t]+touch|useful[ \t]+contacts",
    re.I,
)
# The label right before a number or an address in a box: "Telephone ", "E-mail: ".
_LABEL_BEFORE = lazy_scan(
    r"\b(?:telephone|tel\.?|phone|call(?:[ \t]+us)?|e-?mail|email|text)"
    r"[ \t]*(?:on|at)?[ \t]*:?[ \t]*$",
    re.I,
)


def _service_span(text: str, s: Span) -> bool:
    """A number or mailbox that may be a service's: no mobile, no personal cue
    ("her own mobile", "her e-mail")."""
    if _PERSONAL_CUE.search(text[: s.start][-30:]):
        return False
    return s.entity != "phone" or not s.key.startswith("07")


def _boxed(i: int, text: str, spans: list[Span]) -> set[tuple[int, int]]:
    """Labelled numbers and mailboxes of a box that opens with a service's name, before
    any person it names."""
    out: set[tuple[int, int]] = set()
    first_person = min(
        (s.start for s in spans if s.entity in ("person", "official")), default=len(text)
    )
    for s in spans:
        if s.entity not in ("phone", "email") or s.start > first_person:
            continue
        if _LABEL_BEFORE.search(text, max(0, s.start - 20), s.start) and _service_span(text, s):
            out.add((i, s.start))
    return out


_ORG_RUN = lazy_scan(
    r"(?:[A-Z][\w'’-]*[ \t]+(?:(?:and|of|for|&)[ \t]+)?){1,7}"
    r"(?:Board|Partnership|Council|Service|Services|Team|Unit|Hub|Trust)\b"
)


def acronym_mailbox(address: str, context: str) -> bool:
    """A mailbox whose name is the initials of an organisation named nearby:
    "sapb@..." under "Linwood Park Safeguarding Adults Partnership Board"."""
    local = re.sub(r"[^a-z]", "", address.split("@", 1)[0].lower())
    if len(local) < 3:
        return False
    for m in _ORG_RUN.finditer(context):
        letters = "".join(w[0].lower() for w in _CAPITAL.findall(m.group(0)))
        if local in letters:
            return True
    return False


# "Ashdown Vale Safeguarding Adults Board", "Harrowfield City Council": the words before
# an organisation's kind are its town or district.
_ORG_PLACE = lazy_scan(
    r"(?<![\w'’-])(?P<place>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})[ \t]+"
    r"(?:Safeguarding|City[ \t]+Council|County[ \t]+Council|Borough|Metropolitan|District"
    r"|Council|Police|Constabulary|Clinical[ \t]+Commissioning|Integrated[ \t]+Care)\b"
)


def organisation_places(paragraphs: list[Paragraph]) -> set[str]:
    """Lower-case names of the towns and districts the document's organisations bear."""
    out: set[str] = set()
    for p in paragraphs:
        text = p.text
        if "Safeguarding" not in text and "Council" not in text and "Police" not in text:
            continue
        for m in _ORG_PLACE.finditer(text):
            out.add(" ".join(m.group("place").lower().split()))
    return out


# Header cells of a table of ways to get in touch ("| Who | How |", "| If you need | Call |
# Or |"): its rows that name no person are services' lines and mailboxes.
# Only headers that ask how to reach a service: a plain "Telephone" column also lists
# people's and relatives' numbers.
_CONTACT_HEADER = lazy_scan(
    r"^[ \t*_]*(?:how|call|ring|or|contact[ \t]+(?:on|us)"
    r"|how[ \t]+to[ \t]+(?:contact|reach)(?:[ \t]+(?:it|us))?"
    r"|get[ \t]+in[ \t]+touch)[ \t*_]*:?[ \t]*$",
    re.I,
)
# A relative or someone the story knows, in the first cell: their line is their own.
_KIN_CELL = lazy_scan(
    r"\b(?:son|daughter|wife|husband|mother|father|sister|brother|niece|nephew|neighbour"
    r"|friend|partner|grand\w+|aunt|uncle|cousin|mum|dad|next[ \t]+of[ \t]+kin|home|own)\b",
    re.I,
)
# The row's first cell names a service outright ("Carers' Line", "Out of hours").
_SERVICE_CELL = lazy_scan(
    r"\b(?:line|helpline|out[ \t]+of[ \t]+hours|emergency|police|front[ \t]+door|bookings?"
    r"|duty|switchboard|support|advice)\b",
    re.I,
)
_TEXT_BEFORE = lazy_scan(r"\b(?:text|sms)[ \t]*:?[ \t]*$", re.I)
_MAIL_PARTS = lazy_scan(r"[a-z]+")


def _personal_mailbox(address: str) -> bool:
    """ "kerry-ann.bliss@", "j.smith@": a given name or initial and a family name."""
    parts = _MAIL_PARTS.findall(address.split("@", 1)[0].lower())
    return len(parts) >= 2 and (parts[0] in L.FIRST or len(parts[0]) == 1 or parts[-1] in L.SURNAME)


def service_rows(
    rows: list[list[Paragraph]], first: list[list[Span]], position: dict[int, int]
) -> set[tuple[int, int]]:
    """(paragraph position, span start) of numbers in a table row that names a service
    in its first cell and no person anywhere ("| Advocacy Hub | 0114 496 0910 |"), and
    of the numbers and mailboxes in a contacts table's rows that name no person
    ("| Out of hours | 01632 960 999 |" under "| Who | How |").

    ``position`` maps a paragraph's index to its place in ``first``: the two differ in a
    document some of whose paragraphs were left out (a section cut, say)."""
    out: set[tuple[int, int]] = set()
    contacts = False
    prev_end = None
    for row in rows:
        if prev_end is None or row[0].index != prev_end + 1:
            # A new table: its first row is the header.
            # A narrow table: a tracker's "Contact" column gives each owner's own line.
            contacts = len(row) <= 3 and any(_CONTACT_HEADER.match(p.text) for p in row[1:])
            prev_end = row[-1].index
            continue
        prev_end = row[-1].index
        named = _SERVICE_NAME.search(row[0].text) is not None
        listed = contacts and not _KIN_CELL.search(row[0].text)
        # "| Switchboard | ... |" in a form: a first cell that names a service's line
        # outright, and not someone's ("Direct line").
        outright = _SERVICE_CELL.search(row[0].text) is not None
        if outright and not named and _PERSONAL_CUE.search(row[0].text):
            outright = False
        if not named and not listed and not outright:
            continue
        cells = [(p, first[position[p.index]]) for p in row]
        if any(s.entity in ("person", "official") for _, spans in cells for s in spans):
            continue
        outright = named or outright
        for p, spans in cells[1:]:
            for s in spans:
                if s.entity == "email":
                    if listed and not _personal_mailbox(s.text):
                        out.add((position[p.index], s.start))
                    continue
                if s.entity != "phone":
                    continue
                # "| Phone (direct) | ... |": the row's label gives it to someone.
                if (
                    _PERSONAL_CUE.search(p.text[: s.start][-30:])
                    or _PERSONAL_AFTER.match(p.text, s.end)
                    or _PERSONAL_CUE.search(row[0].text)
                ):
                    continue
                # A mobile is someone's, unless a service's row gives it as a text line.
                if s.key.startswith("07") and not (
                    outright and _TEXT_BEFORE.search(p.text[: s.start])
                ):
                    continue
                out.add((position[p.index], s.start))
    return out
