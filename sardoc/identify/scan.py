"""Find identifiers in a whole document: every part, two passes, cleared names removed.

This is the function the ``identifiable`` rule kind calls and that ``sardoc redact``
is meant to reuse: :func:`find_identifiers` returns every hit with its paragraph and a
:class:`~sardoc.identify.spans.Span` whose ``key`` is the same for every mention of
the same identifier (so one person gets one placeholder).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from ..document import Document, Paragraph
from ..lazyre import lazy_compile, lazy_scan
from . import lexicon as L
from .allow import Allowance, cleared_names
from .contact import emails, phones
from .dates import CUE_ONLY, date_at_start, dates_of_birth
from .numbers import nhs_numbers, ni_numbers, record_number_cell, record_numbers
from .officials import about_author, front_section, in_official_capacity, title_page
from .person import (
    KnownNames,
    appositions,
    blanket_pseudonyms,
    declared_names,
    declares,
    is_first,
    leading_name,
    persons,
    quoted_lower,
    title_names,
)
from .places import (
    KnownSettings,
    addresses,
    bare_setting_cell,
    care_settings,
    coordinated,
    placements_column,
    postcodes,
    setting_cell,
    setting_column,
)
from .public import acronym_mailbox, organisation_places, service_contacts, service_rows
from .spans import Span, make, resolve
from .structure import KnownInitials, signed_note
from .tokens import NAME

_RECOGNIZERS = (
    emails,
    nhs_numbers,
    ni_numbers,
    phones,
    postcodes,
    dates_of_birth,
    record_numbers,
    addresses,
    care_settings,
    persons,
)

#: Recognisers that need a digit in every match (a number, a date, a postcode): each
#: returns nothing for a text without one, so such a text is not handed to them. Over
#: half the paragraphs of a report (headings, cells, most prose) have no digit, and one
#: search for a digit costs less than the six gates it replaces.
#: tests/perf/test_identify_dispatch.py checks the claim against the recognisers.
NEED_DIGIT = (nhs_numbers, ni_numbers, phones, postcodes, dates_of_birth, record_numbers)
_WITHOUT_DIGIT = tuple(r for r in _RECOGNIZERS if r not in NEED_DIGIT)
# ``\d`` as the recognisers' patterns read it: any Unicode decimal digit.
_ANY_DIGIT = re.compile(r"\d")

#: Front-matter fields and Word properties whose whole value names a person.
PERSON_FIELDS = frozenset(
    {
        "author",
        "authors",
        "reviewer",
        "lead_reviewer",
        "last_modified_by",
        "manager",
        "owner",
        "prepared_by",
        "written_by",
        "contact",
        "chair",
        "editor",
        "creator",
        "lastmodifiedby",
    }
)
#: Front-matter fields that name someone acting for the review or the board.
OFFICIAL_FIELDS = frozenset(
    {
        "author",
        "authors",
        "reviewer",
        "lead_reviewer",
        "chair",
        "prepared_by",
        "written_by",
        "editor",
    }
)
#: Values of those fields that are not people ("Microsoft Office User").
_NOT_PEOPLE = frozenset(
    {
        "user",
        "author",
        "admin",
        "administrator",
        "owner",
        "unknown",
        "microsoft",
        "office",
        "windows",
        "word",
        "reviewer",
        "guest",
        "staff",
        "sar",
        "team",
        "the",
        "of",
        "and",
    }
)
_DECLARED_CELL = lazy_scan(r"^[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}$")
_NAME_SHAPE = lazy_scan(r"^[A-Za-zÀ-ž][\w'’.-]*(?:[ \t]+[A-Za-zÀ-ž][\w'’.-]*){0,3}$")


def detect(text: str) -> list[Span]:
    """Every identifier in one string (first pass only), overlaps resolved.

    For a whole document use :func:`find_identifiers`, which also finds names seen
    elsewhere in the document and leaves out cleared names.
    """
    memo = _remembered
    if memo is None:
        return _detect(text)
    found = memo.get(text)
    if found is None:
        found = memo[text] = tuple(_detect(text))
    return list(found)


#: ``detect``'s results by text while a pack is checked (:func:`remembering`), else None.
_remembered: dict[str, tuple[Span, ...]] | None = None


@contextmanager
def remembering() -> Iterator[None]:
    """Inside the block, ``detect`` works out each distinct text once.

    ``sardoc pack`` scans each paper up to three times (its check, ``share_pack``, its
    identifiable-data rules again with what the others say), and the first pass depends
    on the text alone. Only for such a block: elsewhere (the evaluation, whose documents
    repeat) a memo would make detection look faster than it is.
    """
    global _remembered
    if _remembered is not None:
        yield  # already inside one
        return
    _remembered = {}
    try:
        yield
    finally:
        _remembered = None


def _detect(text: str) -> list[Span]:
    found: list[Span] = []
    # The same order either way: a skipped recogniser would have added nothing.
    recognisers = _RECOGNIZERS if _ANY_DIGIT.search(text) else _WITHOUT_DIGIT
    for recognise in recognisers:
        found.extend(recognise(text))
    # A span cut at a line break (spans.make) may be left empty.
    return resolve([s for s in found if s.end > s.start])


@dataclass(frozen=True, slots=True)
class Hit:
    """One identifier in a document.

    ``paragraph`` is ``None`` for a person named only in the file's metadata (a
    comment or tracked-change author); ``where`` then says which.
    """

    paragraph: Paragraph | None
    span: Span
    where: str = ""


def is_person_value(value: str) -> bool:
    """A field value that reads as a person's name, not an organisation or a default.

    "Jane Hughes" and "Dr R Ellison" are; "Safeguarding Adults Board", "Microsoft
    Office User", "Principal Social Worker" and pseudonyms ("Ms H", "Adult A") are not.
    """
    if not _NAME_SHAPE.match(value.strip()):
        return False
    words = [L.norm(w.strip(".")) for w in value.split()]
    if any(w in L.ORG or w in _NOT_PEOPLE for w in words):
        return False
    named = [w for w in words if w not in L.TITLE]
    if not named or all(len(w) == 1 or w.isdigit() for w in named[-1:]):
        return False
    return not all(w in L.COMMON or w in L.NOT_NAME for w in words)


#: Table header cells under which every cell is a name or a date of birth.
_NAME_HEADER = lazy_scan(
    r"^\s*(?:(?:full|staff|person'?s?|worker'?s?|officer'?s?|practitioner'?s?|carer'?s?)\s+)?"
    r"names?\s*:?\s*$|^\s*(?:owner|lead officer|officer|attendees?|present|staff member"
    r"|practitioner|person|author|next of kin|contact|named worker|allocated worker)\s*:?\s*$",
    re.I,
)


#: Header cells of an action plan's column of owners: whoever is named there answers for
#: the action on the board's behalf, so is named in an official capacity.
_OWNER_HEADER = lazy_scan(
    r"^\s*(?:action[ \t]+)?(?:(?:owner|lead)(?:s|\(s\))?|lead[ \t]+(?:officer|person|manager)s?"
    r"|responsible(?:[ \t]+(?:officer|person|lead))?|accountable[ \t]+(?:officer|lead)"
    r"|action[ \t]+by|by[ \t]+whom)\s*:?\s*$",
    re.I,
)


# A column of staff initials ("| Initials in records | Role |"): every cell holds a
# person's initials, whether or not the document spells the name out.
_INITIALS_HEADER = lazy_scan(r"^\s*(?:staff[ \t]+)?initials\b[^|]{0,30}$", re.I)
_INITIALS = lazy_scan(r"(?<![\w'’-])[A-Z][A-Za-z]?[A-Z]{1,2}(?![\w'’-])")


def _initials_cell(cell: str) -> list[Span]:
    if len(cell) > 40:
        return []
    return [
        make(cell, m.start(), m.end(), "person", m.group(0).lower(), "column")
        for m in _INITIALS.finditer(cell)
        if m.group(0).lower() not in L.NOT_NAME
    ]


# Owners in one cell: "Priti Shah / Omar Ward", "Ann Lee and Bo Chen", "Ann Lee; Bo Chen";
# "and" only before any comma ("Dr Fenwick, Clinical Lead, Harlow and Stourmouth ICB").
_OWNER_SPLIT = lazy_scan(r"[ \t]*(?:/|&|;)[ \t]*")
_OWNER_AND = lazy_scan(r"[ \t]+and[ \t]+")


# A form's row or a column of the names a person goes by: "| Known as | Stevie, "Holly"
# on the street |", "| Other names used | Stevie; Holly; Steve Hollis |".
_ALIAS_HEADER = lazy_scan(
    r"^[ \t*_]*(?:(?:also[ \t]+)?known[ \t]+as|a\.?k\.?a\.?|other[ \t]+names?(?:[ \t]+used)?"
    r"|alias(?:es)?|nicknames?|preferred[ \t]+names?)[ \t*_]*:?[ \t]*$",
    re.I,
)
_ALIAS = lazy_scan(rf"(?<![\w'’-])(?:{NAME})(?:[ \t]+(?:{NAME})){{0,2}}")


def _alias_names(cell: str) -> list[Span]:
    """Each name a cell of names a person goes by lists: the row says they are names,
    so a name that is also a word ("Holly") counts."""
    out: list[Span] = []
    if len(cell) > 120:
        return out
    for m in _ALIAS.finditer(cell):
        words = m.group(0).split()
        if any(L.norm(w) in L.NOT_NAME for w in words):
            continue
        key = " ".join(L.norm(w) for w in words)
        out.append(make(cell, m.start(), m.end(), "person", key, "column"))
    return out


def _owner_names(cell: str) -> list[Span]:
    """The names an action plan's owner cell opens each of its items with: "Heath
    Abernethy (ICB)", "Autumn Delacroix-Hale, Head of Commissioning". Whoever a plan names
    as owner is a person, even one whose given name is no listed name."""
    out: list[Span] = []
    if len(cell) > 200:
        return out
    parts = []
    for part in _OWNER_SPLIT.split(cell):
        parts.extend(_OWNER_AND.split(part) if "," not in part else [part])
    pos = 0
    for part in parts:
        at = cell.find(part, pos)
        pos = at + len(part)
        span = leading_name(part)
        # Two words at least, or a double-barrelled family name ("Delacroix-Hale").
        if span is None or not (" " in span.text.strip() or "-" in span.text):
            continue
        if not is_person_value(span.text):
            continue
        out.append(make(cell, at + span.start, at + span.end, "person", span.key, "column"))
    return out


def _cell_span(cue: str, cell: str) -> Span | None:
    if CUE_ONLY.match(cue):
        return date_at_start(cell)
    # "| Setting |", "| Current location | Thornbury Grange (respite) |".
    if (column := setting_column(cue)) is not None:
        return setting_cell(cell, column)
    if _NAME_HEADER.match(cue):
        span = leading_name(cell)
        if span is not None and is_person_value(span.text):
            return span
        return None
    return record_number_cell(cue, cell)


def _table_cells(
    paragraphs: list[Paragraph], document: Document, owners: set[int] | None = None
) -> dict[int, list[Span]]:
    """Names and dates in table cells under a "Name" or "DOB" header cell, or right
    after such a cell in a key-value table ("Date of birth | 3 March 1945"). Cells under
    an owner's header ("Owner", "Lead officer") are added to ``owners``."""
    out: dict[int, Span] = {}
    rows: list[list[Paragraph]] = []
    tables: list[list[list[Paragraph]]] = [rows]
    last_line = None
    prev: Paragraph | None = None
    prev_col: int | None = None
    for p in paragraphs:
        if p.role != "table":
            prev, prev_col = p, None
            continue
        if prev is None or prev.role != "table" or p.index != prev.index + 1:
            rows, last_line, prev_col = [], None, None
            tables.append(rows)
        # Cells on one source line are one row (text formats); Word gives no lines.
        off = p.source_offset(0)
        line = document.line_col(off)[0] if off is not None and document.source else None
        col = None
        if line is not None:
            if line != last_line:
                rows.append([])
                last_line = line
            rows[-1].append(p)
            col = len(rows[-1]) - 1
            if len(rows) > 1 and col < len(rows[0]):
                head = rows[0][col].text
                owner = _OWNER_HEADER.match(head) is not None
                if owners is not None and owner:
                    owners.add(p.index)
                if owner and (names := _owner_names(p.text)):
                    out[p.index] = names
                elif _INITIALS_HEADER.match(head):
                    out[p.index] = _initials_cell(p.text)
                elif _ALIAS_HEADER.match(head):
                    out[p.index] = _alias_names(p.text)
                elif (span := _cell_span(head, p.text)) is not None:
                    out[p.index] = [span]
        # Key-value tables: the label in the first column, the value next to it.
        kv = (
            prev is not None
            and prev.role == "table"
            and (col is None or (col == 1 and prev_col == 0))
        )
        if kv and p.index not in out and _ALIAS_HEADER.match(prev.text):
            out[p.index] = _alias_names(p.text)
        elif kv and p.index not in out and (span := _cell_span(prev.text, p.text)) is not None:
            out[p.index] = [span]
        prev, prev_col = p, col
    for table in tables:
        _settings_by_column(table, out)
    return out


def _settings_by_column(rows: list[list[Paragraph]], out: dict[int, list[Span]]) -> None:
    """A column of placements ("Setting", "Placement") that names one setting by its
    kind's word ("Gannet House") names settings in its other cells too, however short
    ("Linhope", "St Brannock's"): the column says what they are."""
    if len(rows) < 3:
        return
    for col, head in enumerate(rows[0]):
        if not placements_column(head.text):
            continue
        cells = [r[col] for r in rows[1:] if col < len(r)]
        if not any(s.entity == "care-setting" for c in cells for s in out.get(c.index, ()) or ()):
            continue
        for c in cells:
            if c.index not in out and (span := bare_setting_cell(c.text)) is not None:
                out[c.index] = [span]


def _table_rows(paragraphs: list[Paragraph], document: Document) -> list[list[Paragraph]]:
    """Table cells grouped by row (cells on one source line), for text formats."""
    rows: list[list[Paragraph]] = []
    last = None
    for p in paragraphs:
        if p.role != "table" or not document.source:
            last = None
            continue
        off = p.source_offset(0)
        line = document.line_col(off)[0] if off is not None else None
        if line is None or line != last:
            rows.append([])
            last = line
        rows[-1].append(p)
    return [r for r in rows if len(r) > 1]


def _field_spans(p: Paragraph) -> list[Span]:
    """A front-matter field or Word property that is a name or a date of birth."""
    field = str(p.attrs.get("field") or p.attrs.get("property") or "")
    name = field.lower().replace("-", "_").replace(" ", "_")
    if name in PERSON_FIELDS and is_person_value(p.text):
        text = p.text
        s = len(text) - len(text.lstrip())
        e = len(text.rstrip())
        words = text[s:e].split()
        key = " ".join(L.norm(w) for w in words if L.norm(w) not in L.TITLE)
        return [make(text, s, e, "person", key, "field")]
    if CUE_ONLY.match(name.replace("_", " ")):
        span = date_at_start(p.text)
        if span is not None:
            return [span]
    return []


def _declared(paragraphs: list[Paragraph], rows: list[list[Paragraph]]) -> set[str]:
    """Names the document itself declares: pseudonyms, names used with consent and the
    name in quotation marks in its title."""
    declared: set[str] = set()
    title_seen = False
    first_cells = {row[0].index for row in rows}
    # A heading or a line ending in a colon that says the names below are pseudonyms
    # ("The names used here are pseudonyms:", "## Pseudonyms used in this report"):
    # each item of the list or table under it declares the name it opens with.
    intro = False
    for p in paragraphs:
        text = p.text
        if intro:
            role = p.role
            if role == "list" or role == "table":
                if role == "list" or p.index in first_cells:
                    name = _leading_declared(text)
                    if name:
                        declared.add(name)
            else:
                intro = False
        if not intro and (text.endswith(":") or p.is_heading):
            intro = _NAMES_BELOW.search(text) is not None
        declared |= declared_names(text)
        # The document's title: its front-matter field, or failing that its first heading.
        if (p.part == "front-matter" and str(p.attrs.get("field") or "").lower() == "title") or (
            p.is_heading and not title_seen
        ):
            declared |= title_names(p.text)
        title_seen = title_seen or p.is_heading
    # A "note on names" table: "| Mary | the adult (pseudonym) |" declares across cells.
    for row in rows:
        # "| Known as | Stevie |" gives the names a person goes by: no declaration.
        if _ALIAS_HEADER.match(row[0].text):
            continue
        joined = ", ".join(p.text for p in row)
        declared |= declared_names(joined)
        # The row declares the name in its first cell, whatever it says after it.
        first_cell = row[0].text.strip()
        if _DECLARED_CELL.match(first_cell) and declares(joined):
            declared.add(first_cell)
    return declared


_NAMES_BELOW = lazy_scan(
    r"pseudonym|not[ \t]+(?:their|the)[ \t]+real[ \t]+names|names[ \t]+(?:have[ \t]+been|were"
    r"|are)[ \t]+changed",
    re.I,
)
_LEADING = lazy_scan(r"^[ \t]*[\"“]?([^\"”–—:(,;\n-]+?)[\"”]?[ \t]*(?:[–—:(,;-]|$)")


def _leading_declared(text: str) -> str | None:
    """The name an item of a list of pseudonyms opens with: "Dorothy – the adult",
    "Mrs K (her neighbour)", "| Barry | her son |" (a cell)."""
    m = _LEADING.match(text)
    if m is None:
        return None
    name = m.group(1).strip()
    if not _DECLARED_CELL.match(name):
        return None
    words = [L.norm(w) for w in name.split()]
    # A header cell or a role ("Name", "The adult"), not a name.
    if all(w in L.COMMON or w in L.NOT_NAME for w in words if w not in L.TITLE):
        return None
    return name


def declared_pseudonyms(document: Document) -> set[str]:
    """The names ``document`` declares as pseudonyms or cleared (see :func:`share_declared`)."""
    return _declared(document.paragraphs, _table_rows(document.paragraphs, document))


def share_declared(documents: list[Document]) -> None:
    """Make the pseudonyms each document declares known to the others.

    The papers of one review (report, briefing, leaflet, minutes) declare a pseudonym
    once, in the note on names, and use it everywhere: "Carol" declared in the report's
    foreword is as much a pseudonym in the leaflet. Each document gets the names the
    others declare in ``metadata["identifiable"]["pseudonyms"]``, where the scan reads
    the names ``sardoc.yaml`` declares; its own declarations it finds again itself.
    """
    own = [declared_pseudonyms(d) for d in documents]
    for i, doc in enumerate(documents):
        others = sorted(set().union(*(o for j, o in enumerate(own) if j != i)) - own[i])
        if not others:
            continue
        names = doc.metadata.setdefault("identifiable", {})
        names["pseudonyms"] = list(dict.fromkeys([*(names.get("pseudonyms") or []), *others]))


def share_pack(documents: list[Document]) -> None:
    """Make what each paper of a review's pack says known to the others: the pseudonyms
    it declares (:func:`share_declared`), the care settings it names and the people it
    names in an official capacity. "Quarrybank" is a home in the minutes when the report
    says people lived there; "Callum" signing an e-mail is the board's officer named with
    his post in the report. Each document gets them in ``metadata["identifiable"]["pack"]``.
    """
    share_declared(documents)
    found = []
    for doc in documents:
        officials: set[str] = set()
        settings: set[tuple[str, str, str]] = set()
        shareable: set[str] = set()
        for hit in _scan(doc, shareable):
            s = hit.span
            # Full names only: a lone "Marsh" says too little to carry across papers.
            if s.entity == "official" and " " in s.key and s.key in shareable:
                officials.add(s.key)
            elif s.entity == "care-setting" and s.how != "known":
                settings.add((" ".join(s.text.split()), s.key, s.how))
        found.append((officials, settings))
    for i, doc in enumerate(documents):
        officials = set().union(*(o for j, (o, _) in enumerate(found) if j != i))
        settings = set().union(*(t for j, (_, t) in enumerate(found) if j != i))
        if not officials and not settings:
            continue
        names = doc.metadata.setdefault("identifiable", {})
        names["pack"] = {
            "officials": sorted(officials),
            "settings": [list(t) for t in sorted(settings)],
        }


def _nothing_allowed(s: Span) -> bool:
    return False


def _remembered_allows(allowance: Allowance) -> Callable[[Span], bool]:
    """``allowance.allows``, worked out once per identifier for one scan.

    A person is mentioned many times and each mention is asked about up to three times
    (first pass, second pass, joined names); the answer depends on what the span is,
    never on where it is, so the key is every field but the offsets.
    """
    if not allowance:
        return _nothing_allowed  # no cleared name or identifier: nothing to look up
    seen: dict[tuple, bool] = {}

    def allows(s: Span) -> bool:
        key = (s.entity, s.text, s.key, s.how, s.rank)
        found = seen.get(key)
        if found is None:
            found = seen[key] = allowance.allows(s)
        return found

    return allows


def _scan(document: Document, shareable: set[str] | None = None) -> list[Hit]:
    """The document's hits; ``shareable``, if given, gets the keys of the officials it
    names that the other papers of a pack may be told of (share_pack)."""
    paragraphs = document.paragraphs
    meta = document.metadata or {}
    rows = _table_rows(paragraphs, document)
    declared = _declared(paragraphs, rows)
    allowance = Allowance([*cleared_names(meta), *sorted(declared)], detect)
    allows = _remembered_allows(allowance)
    # "All other names in this report are pseudonyms": a given name alone is one.
    blanket = any(blanket_pseudonyms(p.text) for p in paragraphs)

    people = []
    for entry in meta.get("people") or []:
        name = str(entry.get("name", "")).strip() if isinstance(entry, dict) else ""
        if name and is_person_value(name):
            people.append((name, str(entry.get("where", ""))))

    # First pass: each paragraph on its own.
    first: list[list[Span]] = []
    owner_cells: set[int] = set()
    table = _table_cells(paragraphs, document, owner_cells)
    for p in paragraphs:
        spans = [s for s in detect(p.text) if not allows(s)]
        extra = _field_spans(p) if p.part in ("front-matter", "property") else []
        # A quoted case note is written fast and in lower case: "son gareth present".
        if p.role == "quote":
            extra.extend(quoted_lower(p.text, whole=True))
            # Signed with initials alone: "... cream applied. FM".
            if (signed := signed_note(p.text)) is not None:
                extra.append(signed)
        if p.index in table:
            extra.extend(table[p.index])
        if extra:
            spans = resolve([*spans, *(s for s in extra if not allows(s))])
        first.append(spans)

    # A service's number or mailbox in a contact box, told from the paragraph before.
    first = _drop_service_contacts(paragraphs, first, rows)
    first = _drop_organisation_words(paragraphs, first)

    # Second pass: names seen anywhere, found again everywhere.
    keys = [s.key for spans in first for s in spans if s.entity == "person"]
    for name, _ in people:
        probe = make(name, 0, len(name), "person", name.lower(), "people")
        if not allows(probe):
            keys.append(" ".join(L.norm(w) for w in name.split() if L.norm(w) not in L.TITLE))
    known = KnownNames(keys)
    initials = KnownInitials({k for k in keys if " " in k}, [p.text for p in paragraphs])
    # What the other papers of the pack found (share_pack): their care settings and the
    # people they name in an official capacity.
    pack = (meta.get("identifiable") or {}).get("pack") or {}
    shared = [
        make(text, 0, len(text), "care-setting", key, how)
        for text, key, how in pack.get("settings") or ()
    ]
    settings = KnownSettings(
        [s for spans in first for s in spans if s.entity == "care-setting"] + shared
    )
    # People named in an official capacity anywhere are officials everywhere.
    front = title_page(paragraphs)
    officials: set[str] = set()
    # Officials this paper names only in an action plan's owner column: the other papers
    # of a pack are not told of them (share_pack), as an owner may be a practitioner
    # whom the story names in that role.
    owners_only: set[str] = set()
    for p, spans in zip(paragraphs, first, strict=True):
        field = str(p.attrs.get("field") or "").lower().replace("-", "_").replace(" ", "_")
        for s in spans:
            if s.entity != "person":
                continue
            key = known.key_for(s.text)
            # An official already: the tests below could only add the key again.
            if key in officials and key not in owners_only:
                continue
            if (
                (p.part == "front-matter" and field in OFFICIAL_FIELDS)
                # A table in the review's opening lists its panel.
                or (p.role == "table" and front_section(p, p.index in front))
                or (p.part == "body" and about_author(p))
                or (
                    p.part in ("body", "header", "footer")
                    and in_official_capacity(p, s.start, s.end, p.index in front)
                )
            ):
                officials.add(key)
                owners_only.discard(key)
            elif p.index in owner_cells and key not in officials:
                officials.add(key)
                owners_only.add(key)
    if shareable is not None:
        shareable |= officials - owners_only
    officials |= set(pack.get("officials") or ())
    if officials:
        officials -= _practitioners(paragraphs, first, known, officials, front | owner_cells)

    # Words of other people's full names: "Marsh" is an official's only if no one else has it.
    others = {w for k in set(keys) if " " in k and k not in officials for w in k.split()}
    implied = _implied_pseudonyms(keys, declared, officials, others, paragraphs)
    # Officials only another paper names: a lone given name this paper introduces by a
    # role ("her daughter, Rose") is that person here, whichever official shares it.
    from_pack = officials & (set(pack.get("officials") or ()) - set(keys))
    own = officials - from_pack
    by_role = (
        others
        | {
            s.key
            for spans in first
            for s in spans
            if s.entity == "person" and s.how == "role" and " " not in s.key
        }
        if from_pack
        else others
    )
    hits: list[Hit] = []
    people_as: dict[tuple[str, bool], tuple[str, str]] = {}
    for p, spans in zip(paragraphs, first, strict=True):
        # Case notes: a quoted paragraph, or a note quoted inside one ('reads: "seen
        # with carer dawn"').
        notes = known.in_notes(p.text) if p.role == "quote" or '"' in p.text else []
        again = [
            s
            for s in (
                *known.mentions(p.text),
                *settings.mentions(p.text),
                *notes,
                *initials.mentions(p.text),
            )
            if not allows(s)
        ]
        if again:
            spans = resolve([*spans, *again])
        if any(s.entity == "care-setting" for s in spans):
            joined = [s for s in coordinated(p.text, spans) if not allows(s)]
            if joined:
                spans = resolve([*spans, *joined])
        for s in spans:
            if s.entity == "person":
                # What a mention becomes depends on its text (or a known name's key)
                # alone: worked out once per name, not at every mention.
                asked = (s.key, True) if s.how == "known" else (s.text, False)
                person = people_as.get(asked)
                if person is None:
                    person = people_as[asked] = _person_as(
                        asked, known, initials, blanket or implied, own, others, from_pack, by_role
                    )
                if person is _LEFT_OUT:
                    continue
                key, entity = person
                # A name in lower case in a quoted record is a note written at the time:
                # whoever later sat on the review was there a practitioner ("discussed
                # with named nurse helen").
                if entity == "official" and p.role == "quote" and s.text.islower():
                    entity = "person"
                s = Span(s.start, s.end, entity, s.text, key, s.how, s.rank)
            hits.append(Hit(p, s))

    # People named only in the file: comment and tracked-change authors. A property
    # value is a paragraph of its own and was scanned above.
    for name, where in people:
        if where == "property":
            continue
        span = make(name, 0, len(name), "person", known.key_for(name), "people")
        if not allows(span):
            hits.append(Hit(None, span, where))
    return hits


#: How often a given name alone must come in a paper to be taken as a pseudonym.
_IMPLIED_MENTIONS = 3


def _implied_pseudonyms(keys, declared, officials, others, paragraphs) -> set[str]:
    """Given names a paper that declares pseudonyms uses as pseudonyms without saying so.

    A review's papers declare each pseudonym once, in one paper, and use it in all of
    them; the paper read alone does not know the names another declares. But a paper
    that says it uses pseudonyms names the people it pseudonymised (the adult, the
    family) by a given name alone, again and again, while the real people in it (staff,
    panel members) are named in full at least once. So in such a paper a given name
    (listed, or found as a person by its context) written at least _IMPLIED_MENTIONS
    times, never in a fuller name, after a title or beside a surname, and not an
    official's, is taken as one. A name that is also a word ("Carol") is counted only
    where it was found as a name.
    """
    # The paper must use given-name pseudonyms: a letter pseudonym ("Adult A") says
    # nothing about the family's names, and a real name left in beside it is the very
    # slip the check is for.
    named = any(
        any(
            len(w) > 2
            and w.isalpha()
            and not w.isupper()
            and L.norm(w) not in L.NOT_NAME
            and not L.ordinary(L.norm(w))
            for w in d.split()
        )
        for d in declared
    )
    if not named and not any(_PSEUDONYM_NOTE.search(p.text) for p in paragraphs):
        return set()
    found: dict[str, int] = {}
    for k in keys:
        if " " not in k:
            found[k] = found.get(k, 0) + 1
    out = {
        k
        for k, n in found.items()
        if len(k) > 2
        and k.isalpha()
        and (
            is_first(k)
            # A name that is also a word ("Carol") counts where it was found as a name.
            and (k not in L.WORD_NAMES or n >= _IMPLIED_MENTIONS)
            or not (is_first(k) or k in L.SURNAME or L.ordinary(k))
        )
        and k not in others
        and k not in officials
        and not any(k in o.split() for o in officials)
    }
    if not out:
        return out
    # Never after a title ("Mrs Ruth") or as the name a full name goes by ('Eleanor
    # Whitcombe ("Ellie")', 'Francis "Frank" Doherty'), nor before a word that could be
    # a surname ("Ruth Ellery"; not "Ruth Said" in a heading).
    text = "\n".join(p.text for p in paragraphs)
    for k in list(out):
        cap = re.escape(k[:1].upper() + k[1:])
        n = 0
        for m in re.finditer(
            rf"(?P<before>(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+|[A-Z][\w'’-]+[ \t]*\(?[\"“‘'])?"
            # (A next word with a colon is a header's label: "To: Tess Cc: ...".)
            # (Not inside an e-mail address: "harry.dhillon@example.net".)
            rf"(?<![\w'’.@-])(?:{cap}|{re.escape(k)})(?![\w-]|[.@_]\w)"
            rf"(?:[ \t]+(?P<next>[A-Z][\w'’-]*)(?![\w'’-]|:))?",
            text,
        ):
            n += 1
            nxt = m.group("next")
            if (
                m.group("before")
                or (nxt and not L.ordinary(L.norm(nxt)) and L.norm(nxt) not in L.NOT_NAME)
                # The full name in brackets after it: "Harry (Harjinder Dhillon, son)".
                or _FULL_NAME_AFTER.match(text, m.end())
            ):
                out.discard(k)
                break
        else:
            if n < _IMPLIED_MENTIONS:
                out.discard(k)
    return out


_FULL_NAME_AFTER = lazy_compile(r"[ \t]*\n?[ \t>]*\([ \t]*[A-Z][\w'’-]+[ \t]+[A-Z]")


# A paper's note that it has changed names, with or without saying which: "names of
# family members have been replaced with the names used in this report". ("These
# minutes use real names" is the opposite and does not match.)
_PSEUDONYM_NOTE = lazy_scan(
    r"\b[Nn]ames\b[^.\n]{0,60}\b(?:been|are|were)[ \t]+(?:changed|replaced)\b"
)


#: ``_person_as`` for a mention left out (a given name under a blanket statement).
_LEFT_OUT = ("", "")


def _person_as(asked, known, initials, blanket, own, others, from_pack, by_role):
    """The key and entity ("person" or "official") of a person's mention, or
    ``_LEFT_OUT``; ``asked`` is (the key, True) for a known name, else (the text, False)."""
    text, is_key = asked
    key = text if is_key else known.key_for(text)
    # Initials from a column of initials: the full name's key if the document spells it
    # out ("TAB is Tunde Ashworth-Bello"), one placeholder for both.
    if len(key) <= 4 and " " not in key:
        key = initials.map.get(key.upper(), key)
    # ``blanket`` is True for a blanket statement, else the given names the paper
    # implies are pseudonyms (_implied_pseudonyms).
    if blanket and " " not in key and (key in blanket if blanket is not True else is_first(key)):
        return _LEFT_OUT
    official = _is_official(key, own, others) or (
        bool(from_pack) and _is_official(key, from_pack, by_role)
    )
    return key, "official" if official else "person"


_RUN_BEFORE = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]*[ \t]+){1,3})$")
_ORG_AFTER = r"[ \t]+(?:[A-Z][\w'’&-]*[ \t]+){0,2}([A-Z][\w'’-]*)"


def _drop_organisation_words(paragraphs: list[Paragraph], first: list[list[Span]]):
    """A name that is also a word, inside a run of capitals that the document elsewhere
    names as an organisation's: "the Harper Dean team" after "Harper Dean Support
    Services Ltd". The first pass sees one paragraph at a time."""
    todo = [i for i, spans in enumerate(first) if any(s.how == "word-name" for s in spans)]
    if not todo:
        return first
    whole = "\n".join(p.text for p in paragraphs)
    out = list(first)
    for i in todo:
        text = paragraphs[i].text
        keep = []
        for s in out[i]:
            run = (
                _RUN_BEFORE.search(text, max(0, s.start - 60), s.start)
                if s.how == "word-name"
                else None
            )
            # "The Harper Dean team" opens a sentence: the run without its first words too.
            words = run.group(1).split() if run is not None else []
            if any(
                L.norm(m.group(1)) in L.ORG
                for k in range(len(words))
                for m in re.finditer(
                    r"[ \t]+".join(map(re.escape, [*words[k:], s.text])) + _ORG_AFTER, whole
                )
            ):
                continue
            keep.append(s)
        out[i] = keep
    return out


def _drop_service_contacts(
    paragraphs: list[Paragraph], first: list[list[Span]], rows: list[list[Paragraph]]
):
    """Leave out a service's contact details and "homes" that are the town an
    organisation of the document is named after ("the Ashdown Vale area")."""
    # Most paragraphs hold none of these: look only at those that do.
    todo = [
        i
        for i, spans in enumerate(first)
        if spans and any(s.entity in ("phone", "email") or s.how == "bare" for s in spans)
    ]
    if not todo:
        return first
    position = {p.index: i for i, p in enumerate(paragraphs)}
    drop = service_contacts(paragraphs, first, todo) | service_rows(rows, first, position)
    towns = (
        organisation_places(paragraphs)
        if any(s.how == "bare" for i in todo for s in first[i])
        else set()
    )
    out = list(first)
    for i in todo:
        spans = first[i]
        if towns:
            spans = [s for s in spans if not (s.how == "bare" and s.key in towns)]
        if any(s.entity == "email" for s in spans):
            context = "\n".join(q.text for q in paragraphs[max(0, i - 2) : i + 1])
            spans = [
                s for s in spans if s.entity != "email" or not acronym_mailbox(s.text, context)
            ]
        out[i] = [s for s in spans if (i, s.start) not in drop]
    return out


def _is_official(key: str, officials: set[str], others: set[str]) -> bool:
    """An official's key, or one word of an official's name that no other person found
    has ("Dr Marsh" after "Dr Helena Marsh, independent reviewer")."""
    if key in officials:
        return True
    if " " in key or key in others:
        return False
    return any(key in o.split() for o in officials)


def _practitioners(paragraphs, first, known, officials, front) -> set[str]:
    """Officials' keys that the story also names in a practitioner's role ("the social
    worker, Jane Hughes, visited"): a practitioner in the narrative stays a person.
    ``front`` holds the paragraphs that are no story: the title page and an action
    plan's owners ("Imran Sheikh-Mahmood, PSW" owns an action)."""
    out: set[str] = set()
    for p, spans in zip(paragraphs, first, strict=True):
        if p.part != "body" or p.index in front:
            continue
        mine = [s for s in spans if s.entity == "person" and known.key_for(s.text) in officials]
        if not mine:
            continue
        for r in appositions(p.text):
            for s in mine:
                if (
                    r.start < s.end
                    and s.start < r.end
                    and not in_official_capacity(p, s.start, s.end)
                ):
                    out.add(known.key_for(s.text))
    return out


def _signature(document: Document) -> tuple:
    meta = document.metadata or {}
    return (
        "identifiers",
        document.path,
        len(document.paragraphs),
        repr(meta.get("identifiable")),
        repr(meta.get("allow")),
        repr(meta.get("pseudonyms")),
        repr(meta.get("people")),
    )


def find_identifiers(document: Document, cache: dict | None = None) -> list[Hit]:
    """Every identifier in every part of ``document``, in paragraph order.

    ``cache`` is the check's shared store (``RunContext.cache``): the ten rules that
    read the scan share one. It is keyed by what the scan depends on (the file, its
    paragraphs and the names it declares), never by ``id()``, which Python reuses for
    a new object once the old one is freed, and it lives only as long as one check.
    """
    if cache is None:
        return _scan(document)
    key = _signature(document)
    if key not in cache:
        cache[key] = _scan(document)
    return cache[key]
