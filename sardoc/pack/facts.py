"""What each document of a pack says about the review, found in its text, with where.

A pack's documents are compared fact by fact: the adult's pseudonym, the board, the
review reference and type, the adult's age, when the adult died or was harmed, the
period under review, the review's own dates, the recommendations and findings, and
where the report can be read. Each fact keeps the place it was read from, so a pack
finding can point at both documents. Facts are read from the Document (any format),
never from the file; structured content (an Excel tracker, review.yaml) is read as such.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from ..document import Document, Paragraph, Section
from ..findings import Location
from ..lazyre import lazy_compile

MONTHS = (
    "january february march april may june july august september october november december"
).split()
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_DATE = rf"(?:(\d{{1,2}}) )?({_MONTH}) (\d{{4}})"
_NUMBERS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
}


@dataclass(frozen=True)
class Fact:
    """A value one document states, the words that state it and where."""

    value: object
    shown: str
    location: Location


@dataclass(frozen=True)
class Item:
    """A numbered thing (a recommendation, a finding): its number, its text, where."""

    number: str
    text: str
    location: Location


@dataclass
class Facts:
    """Everything the pack rules read from one document; ``None`` where it does not say."""

    pseudonym: Fact | None = None
    board: Fact | None = None
    reference: Fact | None = None
    review_type: Fact | None = None
    age: Fact | None = None
    death: Fact | None = None
    period: Fact | None = None
    began: Fact | None = None
    completed: Fact | None = None
    recommendation_count: Fact | None = None
    report_location: Fact | None = None
    timescale: Fact | None = None
    mentions_delay: bool = False
    mentions_family: Fact | None = None
    recommendations: list[Item] = field(default_factory=list)
    #: For an action plan: the recommendation numbers that have at least one action.
    with_actions: set[str] = field(default_factory=set)
    findings: list[Item] = field(default_factory=list)
    #: Findings or themes a briefing names (each bullet or paragraph of its learning).
    themes: list[Item] = field(default_factory=list)
    #: Pseudonyms and roles the document uses in place of names, each with its first use.
    stand_ins: dict[str, Location] = field(default_factory=dict)
    status: str = ""


def _paras(doc: Document) -> list[Paragraph]:
    return [p for p in doc.paragraphs if p.part in ("body", "front-matter") and p.text.strip()]


def _first(doc: Document, rx: re.Pattern[str], paras=None) -> tuple[re.Match, Paragraph] | None:
    for p in paras if paras is not None else _paras(doc):
        m = rx.search(p.text)
        if m:
            return m, p
    return None


def _fact(doc: Document, value, m: re.Match, p: Paragraph, group: int = 0) -> Fact:
    return Fact(value, m.group(group), doc.locate(p, m.start(group), m.end(group)))


def month_key(day: str | None, month: str, year: str) -> tuple[int, int]:
    return int(year), MONTHS.index(month.lower()) + 1


def number(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBERS.get(word)


def norm_number(label: str) -> str:
    """ "R3", "Recommendation 3", "3." and "F3" all come to "3"."""
    m = re.search(r"\d+(?:\.\d+)*", label)
    return m.group() if m else label.strip().lower()


# -- the adult's pseudonym ---------------------------------------------------------------

_ADULT = lazy_compile(r"\bAdult [A-Z]\b")
_DISCLAIMER = lazy_compile(
    r"[\"“']?(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]*)?)[\"”']? is (?:a pseudonym|not (?:the adult's"
    r"|her|his|their) real name)"
)


def _pseudonym(doc: Document) -> Fact | None:
    paras = _paras(doc)
    counts = Counter(m.group() for p in paras for m in _ADULT.finditer(p.text))
    if counts:
        name = counts.most_common(1)[0][0]
        # Compiled here, not lazily: the name is the document's, and lazy patterns are
        # kept between runs (sardoc.recache).
        found = _first(doc, re.compile(rf"\b{re.escape(name)}\b"), paras)
        return _fact(doc, name, *found)
    found = _first(doc, _DISCLAIMER, paras)
    if found:
        return _fact(doc, found[0].group("name"), found[0], found[1], "name")
    return None


# -- board, reference, type -----------------------------------------------------------------

_BOARD = lazy_compile(
    r"\b(?:[A-Z][\w'’&-]+ (?:and )?)+Safeguarding Adults? (?:Board|Partnership)\b"
)
_REFERENCE = lazy_compile(r"\b[A-Z]{2,8} SAR \d{4}[/-]\d+\b|\bSAR[ -]?\d{4}[/-]\d+\b")
_TYPE = lazy_compile(
    r"\b(mandatory|discretionary) (?:safeguarding adults )?review\b"
    r"|\breview (?:is |was )?(?:held |arranged )?under section 44\((\d)\)",
    re.I,
)


def _review_type(doc: Document) -> Fact | None:
    found = _first(doc, _TYPE)
    if not found:
        return None
    m, p = found
    value = (
        m.group(1).lower() if m.group(1) else "discretionary" if m.group(2) == "4" else "mandatory"
    )
    return _fact(doc, value, m, p)


# -- age, death or harm, period, review dates ------------------------------------------

_AGE = lazy_compile(r"\b(?:aged|age of) (\d{2,3})\b|\b(\d{2,3})[- ]year[- ]old\b")
_DEATH = lazy_compile(
    rf"\b(?:died|death|was (?:seriously )?(?:harmed|injured)|serious harm)\b[^.]{{0,60}}?"
    rf"\b(?:in|on) {_DATE}"
)
_PERIOD = lazy_compile(
    rf"\bperiod\b[^.]{{0,40}}?\bfrom {_DATE}\b[^.]{{0,60}}?\b(?:to|until|and) "
    rf"(?:[^.]{{0,40}}?\b)?{_DATE}"
)
_BEGAN = lazy_compile(rf"\breview (?:began|started|was commissioned|commenced) (?:on |in ){_DATE}")
_COMPLETED = lazy_compile(
    rf"\b(?:was |were )?(?:completed|finished|concluded|signed off) (?:on |in ){_DATE}"
)
_REC_COUNT = lazy_compile(
    r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r" recommendations\b",
    re.I,
)


def _dated(doc: Document, rx, pick) -> Fact | None:
    found = _first(doc, rx)
    if not found:
        return None
    m, p = found
    return _fact(doc, pick(m), m, p)


def _age(doc: Document) -> Fact | None:
    found = _first(doc, _AGE)
    return _fact(doc, int(found[0].group(1) or found[0].group(2)), *found) if found else None


def _rec_count(doc: Document) -> Fact | None:
    found = _first(doc, _REC_COUNT)
    return _fact(doc, number(found[0].group(1)), *found) if found else None


def to_date(day: str | None, month: str, year: str) -> date:
    return date(int(year), MONTHS.index(month.lower()) + 1, int(day or 1))


# -- where the report is, the leaflet's timescale -------------------------------------------

_WHERE = lazy_compile(
    r"https?://\S+|\bwww\.\S+|\b(?:on|from) (?:the |our |its )?(?:Board's |Partnership's )?"
    r"(?:website|web ?site|web page|webpage)\b",
    re.I,
)
_TIMESCALE = lazy_compile(
    r"\b(?:takes?|lasts?|within|last) (?:about |around |roughly |up to |usually )?"
    r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) months\b",
    re.I,
)
_DELAY = lazy_compile(r"\b(?:longer|delay(?:ed|s)?|extended|more time)\b", re.I)
_FAMILY = lazy_compile(
    r"\b(?:family|families|daughter|son|sister|brother|wife|husband|partner|mother|father"
    r"|next of kin|relatives?)\b",
    re.I,
)


# -- recommendations, findings, themes ---------------------------------------------------------

_REC_ID = lazy_compile(r"^\s*(R\s?\d+|Rec(?:ommendation)?\.?\s*\d+)\s*[.:)]?\s*$", re.I)
_FINDING_HEAD = lazy_compile(
    r"^\s*(?:key |systemic )?(?:finding|theme)\s*(?P<num>[A-Z]?\d+)?\s*[:.)–-]?\s*(?P<title>.*)$",
    re.I,
)
_LEARNING_HEAD = lazy_compile(
    r"\b(?:what we learn(?:ed|t)|learning|findings?|themes?|key messages)\b", re.I
)
_FINDINGS_AREA = lazy_compile(r"\b(?:findings?|analysis|themes?|learning)\b", re.I)


#: What a tracker writes in the action column of a recommendation that has no action yet.
_NO_ACTION = lazy_compile(r"^\s*(?:no action|none\b|n/?a\b|tbc\b|to be (?:agreed|confirmed))", re.I)


def _recommendations(doc: Document) -> tuple[list[Item], set[str]]:
    content = doc.content
    recs = getattr(content, "recommendations", None)
    if recs:
        items, acted = [], set()
        for i, r in enumerate(recs):
            rid = r.get("id", "") if isinstance(r, dict) else r.id
            text = r.get("text", "") if isinstance(r, dict) else r.text
            items.append(Item(norm_number(str(rid)), str(text), _content_loc(doc, i, str(rid))))
        for a in getattr(content, "actions", None) or []:
            rid = a.get("recommendation") if isinstance(a, dict) else a.recommendation
            what = a.get("action", "") if isinstance(a, dict) else a.action
            if rid and not _NO_ACTION.match(str(what or "")):
                acted.add(norm_number(str(rid)))
        return items, acted
    if doc.kind == "action-plan":
        return _plan_rows(doc)
    return _report_recommendations(doc), set()


def _report_recommendations(doc: Document) -> list[Item]:
    """Every numbered item of a report's Recommendations section, as the reader wrote it.

    Each starts at a number ("R3", "Recommendation 3", "3.") and runs to the next, in
    paragraphs, a list or a table row. Unlike the recommendation rules, the pack takes
    every numbered item: the action plan must answer each, however it is worded.
    """
    from ..rules.kinds.recommendations import _START, Params, _sections

    items: list[Item] = []
    seen: set[int] = set()
    for s in _sections(doc, Params(check="linked")):
        start = len(items)  # an item runs on only within its own section
        for para in s.body:
            if para.index in seen:
                continue
            seen.add(para.index)
            m = _START.match(para.text)
            if m and (para.role != "table" or len(para.text.split()) <= 2):
                items.append(Item(norm_number(m.group(1)), para.text, doc.locate(para)))
            elif len(items) > start and para.role in ("table", "list", "body"):
                last = items[-1]
                items[-1] = Item(last.number, f"{last.text} {para.text}", last.location)
    return items


def _content_loc(doc: Document, i: int, rid: str) -> Location:
    # An Excel tracker points at the first row of the recommendation; review.yaml at
    # the recommendation's field.
    if doc.source is None:
        for p in doc.paragraphs:
            if p.role == "table" and p.text.split(" | ")[0].strip() == rid:
                return doc.locate(p)
        return Location(file=doc.path)
    return doc.locate_field(("recommendations", i))


def _plan_rows(doc: Document) -> tuple[list[Item], set[str]]:
    """An action plan written as a table: each row starts at a cell holding its number.

    The cell after the number is the recommendation's text when it reads as one (a
    sentence); a row with any further cell counts as an action for it.
    """
    items: dict[str, Item] = {}
    acted: set[str] = set()
    cells = [p for p in doc.paragraphs if p.role == "table"]
    for i, p in enumerate(cells):
        m = _REC_ID.match(p.text)
        if not m:
            continue
        rid = norm_number(m.group(1))
        nxt = cells[i + 1].text if i + 1 < len(cells) else ""
        if rid not in items:
            text = nxt if len(nxt.split()) > 3 else ""
            items[rid] = Item(rid, text, doc.locate(p))
        # The row's other cells, after the recommendation's own text, up to the next row.
        rest = []
        for c in cells[i + 2 : i + 14]:
            if _REC_ID.match(c.text):
                break
            rest.append(c.text)
        if any(len(t.split()) > 2 and not _NO_ACTION.match(t) for t in rest):
            acted.add(rid)
    return list(items.values()), acted


def _report_findings(doc: Document) -> list[Item]:
    out: list[Item] = []
    seen: set[str] = set()
    title = doc.title_heading()
    sections = [s for s in doc.sections() if s.heading is not None and s.heading is not title]
    for s in sections:
        m = _FINDING_HEAD.match(s.title)
        inside = len(s.path) > 1 and _FINDINGS_AREA.search(s.path[-2])
        if m and (m.group("num") or m.group("title")) or inside:
            body = " ".join(p.text for p in s.body)
            key = s.title
            if key not in seen:
                seen.add(key)
                num = m.group("num") if m and m.group("num") else ""
                out.append(Item(num, f"{s.title} {body}", doc.locate_section(s)))
    for p in _paras(doc):
        if p.role != "heading":
            m = _FINDING_HEAD.match(p.text)
            if m and m.group("num") and p.text.lower().startswith(("finding", "key finding")):
                out.append(Item(m.group("num"), p.text, doc.locate(p)))
    return out


def _themes(doc: Document) -> list[Item]:
    out: list[Item] = []
    for s in doc.sections():
        if s.heading is None or s.heading is doc.title_heading() or s.level < 2:
            continue
        if not _LEARNING_HEAD.search(s.title) or re.search(
            r"further|reflect|question", s.title, re.I
        ):
            continue
        for p in s.body:
            if p.role in ("list", "body", "table") and len(p.text.split()) >= 4:
                out.append(Item("", p.text, doc.locate(p)))
    return out


# -- stand-ins --------------------------------------------------------------------------------

_ROLE = lazy_compile(
    r"\b(?:Adult [A-Z]|(?:Mr|Mrs|Ms|Miss) [A-Z]\b|(?:Social Worker|Nurse|GP|Carer|Worker|"
    r"Practitioner|Officer|Manager) \d+)\b"
)


def _stand_ins(doc: Document) -> dict[str, Location]:
    out: dict[str, Location] = {}
    declared = doc.metadata.get("identifiable", {}).get("pseudonyms", [])
    wanted = [re.escape(d) for d in declared if isinstance(d, str) and d.strip()]
    rx = re.compile(r"\b(?:" + "|".join(wanted) + r")\b") if wanted else None
    for p in _paras(doc):
        for pat in (_ROLE, rx):
            if pat is None:
                continue
            for m in pat.finditer(p.text):
                out.setdefault(m.group(), doc.locate(p, m.start(), m.end()))
    return out


def read_facts(doc: Document) -> Facts:
    """Every fact the pack rules compare, read once from one document."""
    f = Facts()
    f.pseudonym = _pseudonym(doc)
    meta_board = doc.metadata.get("board")
    found = _first(doc, _BOARD)
    if found:
        f.board = _fact(doc, " ".join(found[0].group().split()), *found)
    elif isinstance(meta_board, str) and meta_board.strip():
        f.board = Fact(meta_board.strip(), meta_board.strip(), Location(file=doc.path))
    found = _first(doc, _REFERENCE)
    if found:
        f.reference = _fact(doc, " ".join(found[0].group().split()).upper(), *found)
    f.review_type = _review_type(doc)
    f.age = _age(doc)
    f.death = _dated(doc, _DEATH, lambda m: month_key(m.group(1), m.group(2), m.group(3)))
    f.period = _dated(
        doc,
        _PERIOD,
        lambda m: (month_key(*m.group(1, 2, 3)), month_key(*m.group(4, 5, 6))),
    )
    f.began = _dated(doc, _BEGAN, lambda m: to_date(*m.group(1, 2, 3)))
    f.completed = _dated(doc, _COMPLETED, lambda m: to_date(*m.group(1, 2, 3)))
    f.recommendation_count = _rec_count(doc)
    found = _first(doc, _WHERE)
    if found:
        f.report_location = _fact(doc, found[0].group().rstrip(".,;)"), *found)
    found = _first(doc, _TIMESCALE)
    if found:
        f.timescale = _fact(doc, number(found[0].group(1)), *found)
    f.mentions_delay = _first(doc, _DELAY) is not None
    found = _first(doc, _FAMILY)
    if found:
        f.mentions_family = _fact(doc, True, *found)
    f.recommendations, f.with_actions = _recommendations(doc)
    if doc.kind == "sar-report":
        f.findings = _report_findings(doc)
    if doc.kind == "seven-minute-briefing":
        f.themes = _themes(doc)
    f.stand_ins = _stand_ins(doc)
    status = doc.metadata.get("status")
    f.status = str(status).lower() if status else ""
    return f


__all__ = ["Fact", "Facts", "Item", "Section", "read_facts"]
