"""Recommendations: each says who must act and which finding it answers, and can be measured.

SCIE quality markers 13 and 15 and the national analyses of reviews: recommendations
are SMART, addressed to someone who can act, and tied to the findings; "consider",
"raise awareness" and "remind staff" on their own change nothing that can be checked.

From structured content the recommendations are the ``recommendations`` list. In a
draft they are read from the section headed "Recommendations" (however numbered):
each starts at a number ("R3", "Recommendation 3", "3.", "15.2") and runs to the
next, whether written as paragraphs, a list or a table row. A numbered paragraph is
a recommendation only if one of its sentences recommends ("The Board should…",
"Revise the procedure…", "The review recommends that…"); "15.1 The review makes four
recommendations" is not one. When no recommendation in the report names the finding
it answers, that is one problem, reported once with every recommendation's place.

Many published reports tie each recommendation to a finding by its subject rather than
by number: a recommendation about contingency plans follows a finding about the carer
nobody planned for. So a recommendation most of whose content words the report's
findings (the sections before the recommendations, less any summary) already use counts
as linked; only one that answers nothing the report found is reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Literal

from ...document import Document, Paragraph
from ...findings import Finding
from ...lazyre import lazy_compile
from ...model import BaseModel, ConfigDict
from ..context import RunContext
from ..textutil import compile_any, content_words, normalise_heading

#: What the kind reads (see sardoc.rules.registry.READS): the text, or the
#: ``recommendations`` list where the document is structured content.
READS = "text"


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    #: ``linked``: an addressee and a linked finding; ``measurable``: not vague alone.
    check: Literal["linked", "measurable"]
    section: tuple[str, ...] = (r"\brecommendations?\b",)
    addressee: tuple[str, ...] = (
        r"\b(the |both |all |each )?(boards?|sabs?|partnerships?|icbs?|integrated care boards?"
        r"|councils?|local authorit(y|ies)|trusts?|police|constabulary|adult social care"
        r"|social care|gp practices?|practice"
        r"|services?|agenc(y|ies)|providers?|commissioners?|subgroup|directors?|nhs"
        r"|housing( provider)?|ambulance|hospital|partners?|partner agencies"
        r"|panels?|teams?|forums?|hubs?|(sub)?groups?)\b[^.]{0,60}"
        r"\b(should|must|will|to)\b",
        r"\b(addressed to|addressee|for the attention of|lead agency|owner)\b",
        r"^(the )?[A-Z][\w' ]+(Board|Partnership|Council|Trust|Police|ICB|Service|Services"
        r"|care|Practice)\b",
        # A body known by its initials: "The BCSSP should ...".
        r"^(the )?(?-i:[A-Z][A-Z&]{1,7})s?\b[^.]{0,60}\b(should|must|will)\b",
    )
    finding: tuple[str, ...] = (
        r"\bfindings?\s*(\d|[A-Z]\d|one|two|three|four|five)",
        r"\bF\d+\b",
        r"\b(linked|relates?|responds?) to\b",
        r"\b(see|in) (section|paragraph|para\.?)\s*\d",
        r"\b(systemic|learning) (finding|theme)s?\b",
    )
    #: A sentence that recommends: a modal aimed at someone, "recommends that", or an
    #: instruction that opens with a verb.
    recommends: tuple[str, ...] = (
        r"\b(should|must|ought to|needs? to|shall|will|is asked to|are asked to)\b",
        r"\brecommend(s|ed|ation is)?\b[^.]{0,20}\bthat\b|\bis recommended\b",
        r"^(agree|adopt|appoint|assure|audit|clarify|commission|consider|create|deliver|design|develop"
        r"|embed|ensure|establish|evaluate|extend|implement|improve|introduce|issue|make"
        r"|monitor|produce|provide|publish|put|raise|require|review|revise|seek|set|share"
        r"|strengthen|train|undertake|update|write)\b",
    )
    #: A sentence about the recommendations themselves ("The following recommendations
    #: are made"), which recommends nothing.
    about: tuple[str, ...] = (r"^(\W*\w+){0,4}\W*recommendations?\b",)
    vague: tuple[str, ...] = (
        # Asked to consider, not a step inside a firm action ("make sure that meetings
        # routinely consider inviting the landlord").
        # (The verb is named "v" so that the message quotes it without the modal.)
        r"(\b(should|must|will|to|and|or|shall)\s+(\w+ly\s+|also\s+)?|^)(?P<v>consider(ing)?)\b",
        r"\braise (the )?awareness\b",
        r"\bremind(s|ing)? (all )?(staff|practitioners|workers|teams)\b",
        r"\breflect on\b",
        r"\bbe mindful\b",
        r"\bencourage\b",
        r"\bexplore\b",
    )
    measurable: tuple[str, ...] = (
        r"\b(by|within|before|no later than)\b[^.]{0,30}\b(\d{4}|months?|weeks?|days?|"
        r"january|february|march|april|may|june|july|august|september|october|november"
        r"|december)\b",
        r"\baudit(s|ed)?\b",
        r"\breport(s|ing)? (back |the |on |to )",
        r"\bmeasur(e|ed|able)\b",
        r"\bevidence\b",
        r"\b\d+ ?%",
        r"\bevery (quarter|month|year|six months)\b|\bquarterly\b|\bannually\b",
        r"\btargets?\b",
        r"\bpublish(ed)?\b",
    )


_START = lazy_compile(
    r"^\s*(R\s?\d+|Rec(ommendation)?\.?\s*\d+|\d+(\.\d+)*[.:)]?)(\s|$|[.:])", re.I
)


@dataclass
class _Item:
    label: str
    text: str
    where: Paragraph | None
    loc: tuple | None = None


def check(document: Document, rule, ctx: RunContext) -> Iterator[Finding]:
    p: Params = rule.params
    items = _from_content(document) if document.content is not None else _from_text(document, p)
    if p.check == "linked":
        addressee, finding = compile_any(p.addressee), compile_any(p.finding)
        has_columns = document.content is None and _table_columns(document, p)
        to_col, finding_col = has_columns if has_columns else (False, False)
        unnamed = [] if finding_col else [i for i in items if not finding.search(i.text)]
        # The findings' words are gathered only when a recommendation names no finding.
        found = _found_words(document, p) if unnamed else set()
        unlinked = [i for i in unnamed if not _answers(i, found)]
        # No recommendation names its finding: one problem, not one per recommendation.
        grouped = len(unlinked) > 1 and len(unlinked) == len(items)
        for item in items:
            missing = []
            # Without its number, so that patterns anchored at the start see the subject.
            if not to_col and not addressee.search(_NUMBER.sub("", item.text, count=1)):
                missing.append("addressee")
            if item in unlinked and not grouped:
                missing.append("linked finding")
            if missing:
                yield _finding(document, rule, item, missing=" or ".join(missing))
        if grouped:
            first = _finding(
                document,
                rule,
                replace(unlinked[0], label=f"{unlinked[0].label} to {unlinked[-1].label}"),
                missing="linked finding",
                plural=True,
            )
            also = tuple(_finding(document, rule, i, missing="").location for i in unlinked[1:])
            yield replace(first, also=also)
    else:
        vague, measurable = compile_any(p.vague), compile_any(p.measurable)
        for item in items:
            m = vague.search(_NUMBER.sub("", item.text, count=1))
            if m and not measurable.search(item.text):
                yield _finding(document, rule, item, vague=m.groupdict().get("v") or m.group())


#: Sections that restate the report rather than find anything.
_RESTATES = lazy_compile(
    r"\b(summary|foreword|contents|glossary|abstract|overview of the report)\b"
)
#: Of a recommendation's content words, the share the findings must already use, and
#: the fewest shared words that can tie the two.
_SHARE, _FEWEST = 0.5, 2


def _found_words(document: Document, p: Params) -> set[str]:
    """The content words of what the report found: its body before the recommendations."""
    if document.content is not None:
        return set()  # structured content links by field, not by wording
    heading = compile_any(p.section)
    title = document.title_heading()
    skip = {title.text} if title is not None else set()
    words: set[str] = set()
    where: dict[tuple[str, ...], str] = {}  # a section's verdict, asked once per section
    for para in document.body():
        verdict = where.get(para.section)
        if verdict is None:
            path = [normalise_heading(t) for t in para.section if t not in skip]
            if any(heading.search(t) for t in path):
                verdict = "stop"
            # Only the nearest heading: a typed document's levels may put all under a summary.
            elif path and _RESTATES.search(path[-1]):
                verdict = "skip"
            else:
                verdict = "read"
            where[para.section] = verdict
        if verdict == "stop":
            break
        if verdict == "read":
            words |= content_words(para.text)
    return words


#: A recommendation about carrying out the others ("audit progress on these
#: recommendations") answers the review as a whole, not one finding.
_ABOUT_THE_OTHERS = lazy_compile(
    r"\b(these|the above|this review'?s|the review'?s|this report'?s|all (the )?)"
    r" ?(recommendations|action plan)\b|\b(progress|implementation) (on|of) (the |this )?"
    r"(recommendations|action plan|review)\b",
    re.I,
)


def _answers(item: _Item, found: set[str]) -> bool:
    """Whether the recommendation is about something the report's findings discuss."""
    if _ABOUT_THE_OTHERS.search(item.text):
        return True
    mine = content_words(_NUMBER.sub("", item.text, count=1))
    shared = len(mine & found)
    return bool(mine) and shared >= _FEWEST and shared / len(mine) >= _SHARE


def _finding(document: Document, rule, item: _Item, plural: bool = False, **fmt) -> Finding:
    if item.loc is not None:
        loc = document.locate_field(item.loc)
    else:
        loc = document.locate(item.where)
    label = ("Recommendations " if plural else "Recommendation ") + item.label
    return rule.finding(loc, text=item.label, label=label, **fmt)


def _from_content(document: Document) -> list[_Item]:
    review = document.content
    out = []
    for i, rec in enumerate(getattr(review, "recommendations", None) or []):
        if isinstance(rec, dict):  # rule examples give plain data
            rid, text, to, links = (
                rec.get("id", ""),
                rec.get("text", ""),
                rec.get("addressee"),
                rec.get("findings") or [],
            )
        else:
            rid, text, to, links = rec.id, rec.text, rec.addressee, rec.findings
        # In content each part has its own field: say so explicitly for the patterns.
        parts = [text]
        if to:
            parts.append(f"Addressed to: {to}.")
        if links:
            parts.append("Linked to findings " + ", ".join(links) + ".")
        out.append(_Item(str(rid), " ".join(parts), None, ("recommendations", i)))
    return out


def _sections(document: Document, p: Params):
    heading = compile_any(p.section)
    title = document.title_heading()
    return [
        s
        for s in document.sections()
        if s.heading is not None
        and s.heading is not title
        and heading.search(normalise_heading(s.title))
    ]


_LABEL_WORD = lazy_compile(r"^(rec(ommendation)?\.?\s*)", re.I)


def _from_text(document: Document, p: Params) -> list[_Item]:
    items: list[_Item] = []
    seen: set[int] = set()  # a "Recommendations" section inside another is read once
    for s in _sections(document, p):
        current: _Item | None = None
        for para in s.body:
            if id(para) in seen:
                current = None
                continue
            seen.add(id(para))
            m = _START.match(para.text)
            # In a table, a row starts at a cell holding only its number ("R1", "3").
            if m and (para.role != "table" or len(para.text.split()) <= 2):
                label = _LABEL_WORD.sub("", m.group(1).strip(" .:)"))
                current = _Item(label, para.text, para)
                items.append(current)
            elif current is not None and para.role in ("table", "list", "body"):
                current.text += " " + para.text
    recommends, about = compile_any(p.recommends), compile_any(p.about)
    return [i for i in items if _recommends(i.text, recommends, about)]


_NUMBER = lazy_compile(r"^\s*(R\s?\d+|Rec(ommendation)?\.?\s*\d+|\d+(\.\d+)*)[.:)]?\s*", re.I)


def _recommends(text: str, recommends, about) -> bool:
    """Whether any sentence of the item recommends something (not only talks about them)."""
    from ...elements import run_in_title
    from ...language.measures import sentences

    # A run-in title ("6.1 What must change. Had one professional ...") names the
    # paragraph; it does not recommend anything.
    title = run_in_title(text)
    if title:
        text = text[text.index(title) + len(title) + 1 :]
    for sentence in sentences(_NUMBER.sub("", text, count=1)):
        s = sentence.strip().lower()
        if about.search(s) and not re.search(r"\brecommend(s|ed)?\s+that\b", s):
            continue
        if recommends.search(s):
            return True
    return False


#: A table's header cell for who acts: "Lead", "Owner", "Responsible body", "By whom".
_OWNER_COLUMN = lazy_compile(
    r"^(lead|owner|action owner|responsible|by whom|who|lead (body|organisation|partner|group)"
    r"|responsible (agency|body|organisation|lead))$"
)


def _table_columns(document: Document, p: Params) -> tuple[bool, bool]:
    """Whether the recommendations have an addressee column and a linked-finding column.

    Column headings ("Addressed to", "Linked finding") in a table, or in the line a PDF
    makes of a table's header row, cover every row of it.
    """
    addressee = finding = False
    for s in _sections(document, p):
        for para in s.body:
            t = para.text.lower()
            if para.role == "table" and len(t.split()) > 4:
                continue
            addressee |= bool(re.search(r"\b(addressed to|addressee|lead agency)\b", t))
            # A column headed only "Lead" or "Owner" names who acts on each row.
            addressee |= para.role == "table" and bool(_OWNER_COLUMN.match(t.strip()))
            finding |= bool(re.search(r"\blinked (findings?|to)\b|^findings?$", t))
    return addressee, finding
