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
from .contact import _PERSONAL_CUE
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
        if not contact or len(p.text) > 120 or not _CONTACT_LINE.match(p.text):
            continue
        j = _previous(paragraphs, i)
        if j is None or not _SERVICE_NAME.search(paragraphs[j].text):
            continue
        # A person named just before ("Contact Jane Hughes, our coordinator") owns it.
        if any(s.entity in ("person", "official") for s in first[j]):
            continue
        for s in contact:
            if s.entity == "phone" and (s.key.startswith("07") or _PERSONAL_CUE.search(p.text)):
                continue
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


def service_rows(
    rows: list[list[Paragraph]], first: list[list[Span]], position: dict[int, int]
) -> set[tuple[int, int]]:
    """(paragraph position, span start) of numbers in a table row that names a service
    in its first cell and no person anywhere ("| Advocacy Hub | 0114 496 0910 |").

    ``position`` maps a paragraph's index to its place in ``first``: the two differ in a
    document some of whose paragraphs were left out (a section cut, say)."""
    out: set[tuple[int, int]] = set()
    for row in rows:
        if not _SERVICE_NAME.search(row[0].text):
            continue
        cells = [(p, first[position[p.index]]) for p in row]
        if any(s.entity in ("person", "official") for _, spans in cells for s in spans):
            continue
        for p, spans in cells[1:]:
            for s in spans:
                if s.entity != "phone" or s.key.startswith("07"):
                    continue
                if _PERSONAL_CUE.search(p.text[: s.start][-30:]):
                    continue
                out.add((position[p.index], s.start))
    return out
