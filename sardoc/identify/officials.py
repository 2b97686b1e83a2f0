"""People named in an official capacity: a report's author or reviewer, the board's chair.

A published review names its independent reviewer, the board's chair and often the
panel's chair and lead officers: they act in public roles and their names are meant to
be read. They are reported as entity ``official`` (rule PII-011, info by default) and
never as a warning; a practitioner named in the story stays a ``person``.

Two strengths of evidence:

* a cue that only an official role has ("independent reviewer", "report author",
  "chair of the board", "written by"), anywhere in the document;
* a role cue that practitioners share ("head of safeguarding", "lead officer",
  "designated nurse", a named agency), only in the parts of a report where the review
  introduces itself: title page, foreword, methodology, panel, acknowledgements.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..document import Paragraph
from ..lazyre import lazy_compile, lazy_scan

# Roles that only someone acting for the review or the board holds: official anywhere.
_STRONG = lazy_scan(
    r"\b(?:independent[ \t]+(?:reviewer|author|chair(?:person)?|lead[ \t]+reviewer|consultant)"
    r"|lead[ \t]+reviewers?|(?:report|review|overview)[ \t]+(?:author|writer)s?"
    r"|(?:written|authored)[ \t]+by|chair[ \t]+of[ \t]+(?:the[ \t]+)?(?:\w+[ \t]+){0,2}"
    r"(?:safeguarding[ \t]+adults?[ \t]+)?(?:board|partnership|SAB|SAR|review|panel|sub-?group)"
    r"|(?:board|business|partnership)[ \t]+(?:unit[ \t]+)?manager"
    r"|(?:SAB|SAR|board|panel)[ \t]+chair|chaired[ \t]+by"
    r"|(?:the|our|this)[ \t]+(?:review['’]s[ \t]+)?(?:reviewer|author)"
    r"(?:[ \t]+(?:herself|himself|themselves|themself))?"
    r"(?=[ \t]*,|[ \t]+(?:is|was|will[ \t]+be)\b)"
    # A post the board itself holds: "the Board's business manager", "the SAB's officer".
    r"|(?:board|SAB|partnership)['’]s[ \t]+(?:[a-z-]+[ \t]+){0,3}"
    r"(?:officer|manager|chair|lead|co-?ordinator|administrator|adviser|advisor)"
    # "Dawn Kilbride at the board's business unit": who works in the board's own office.
    r"|(?:at|in|from)[ \t]+the[ \t]+(?:board|SAB|partnership)['’]s[ \t]+business[ \t]+"
    r"(?:unit|support|team|office)"
    r"|appointed[ \t]+as[ \t]+(?:the[ \t]+)?(?:independent[ \t]+)?(?:author|reviewer|chair)"
    # "Full report by Dr Hale" (never "reported by"); "under its chair Carys Wynne".
    r"|report[ \t]+by|(?:its|their)[ \t]+chair(?:person|man|woman)?"
    # A write-up's own lines: "Notes by Emma Grant", "Minutes taken by"; an event's
    # "Led by Dr Hale" opening a sentence of its own (capital L).
    r"|(?:notes|minutes)[ \t]+(?:(?:were|was)[ \t]+)?(?:taken[ \t]+|written[ \t]+|approved[ \t]+"
    r"|agreed[ \t]+|checked[ \t]+)?by|(?-i:Led)[ \t]+by"
    # A paper's own keepers: "Briefing prepared by", "and checked by", "Last updated
    # 24/11/2026 by".
    r"|(?:briefing|report|paper|plan|leaflet|summary|chronology|tracker)[ \t]+(?:was[ \t]+)?"
    r"(?:prepared|compiled|checked|approved|drafted)[ \t]+by"
    r"|(?:and|then)[ \t]+(?:checked|approved|signed[ \t]+off|quality[ \t]+assured)[ \t]+by"
    r"|last[ \t]+(?:updated|revised|edited)[ \t]*:?[ \t]*(?:(?:on[ \t]+)?[\w/.-]+[ \t]+){0,3}by"
    # The keeper of the review's own papers: "Tracker kept by", "with Lorna taking notes".
    r"|(?:tracker|action[ \t]+plan|log|minutes|notes)[ \t]+(?:kept|maintained|taken|compiled)"
    r"[ \t]+by|taking[ \t]+(?:the[ \t]+)?(?:notes|minutes)"
    # A board's own panel or the review's event: "a panel led by", "facilitated by".
    r"|(?:panel|sub-?group|partnership|board)[ \t]+(?:led|run)[ \t]+by|facilitated[ \t]+by"
    # "This review was led by", "Panel members were", "Owner: Priya Sandhu".
    r"|(?:this|the|our)[ \t]+(?:SAR|review)[ \t]+(?:was[ \t]+)?(?:led|conducted|undertaken"
    r"|carried[ \t]+out)[ \t]+by|panel[ \t]+members?[ \t]+(?:were|was|are|included)"
    r"|(?-i:Owner|Action[ \t]+[Oo]wner)[ \t]*:)",
    re.I,
)
# A review paper's own keeper, named after the role that opens the clause: "Recorded by
# Ruth Amos." and "Compiled by Ruth Amos from agency returns; checked by Sam Pike." (a
# capital opening the sentence, or a sign-off after a semicolon), "(chair Ruth Amos)".
# Never in a quoted record, where a practitioner signs an entry "Recorded by".
_KEEPER = lazy_scan(
    r"(?-i:\b(?:Compiled|Recorded|Collated|Minuted|Checked|Countersigned)[ \t]+by)"
    r"|^[ \t]*(?:checked|approved|countersigned|signed[ \t]+off)[ \t]+by"
    r"|\((?:panel[ \t]+|meeting[ \t]+|review[ \t]+)?(?:chair(?:ed[ \t]+by|person)?)[ \t]+"
    r"(?=(?:Dr|Mr|Mrs|Ms|Prof)?\.?[ \t]*$)",
    re.I,
)
# Whoever runs the review's event beside the reviewer: "facilitated by the reviewer
# with Ann Ray", "held the learning event on 6 July 2023 with Ann Ray". Right before the
# name, as " with " ends the clause _beside looks in.
_RUN_WITH = lazy_scan(
    r"\b(?:(?:facilitated|run|led)[ \t]+by[ \t]+the[ \t]+(?:independent[ \t]+|lead[ \t]+)?"
    r"(?:reviewer|author)|(?:held|ran|led|facilitated|co-?facilitated)[ \t]+the[ \t]+"
    r"(?:learning[ \t]+|practitioners['’]?[ \t]+)?(?:event|session|workshop)"
    r"(?:[ \t]+on[ \t]+\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+[ \t]+\d{4})?)"
    r"[ \t]+(?:with|alongside|and)[ \t]+$",
    re.I,
)
# Role words an official has, that a practitioner in a meeting may also have.
_ROLE = lazy_scan(
    r"\b(?:chair|chairs|chaired|chairing|chairperson|chairman|chairwoman|vice[- ]chair"
    # Not another review's reviewer: "the LeDeR reviewer, Tomasz Nowak" is a person.
    r"|(?<!LeDeR[ \t])(?<!DHR[ \t])(?<!CSPR[ \t])(?<!SCR[ \t])(?<!internal[ \t])reviewers?"
    r"|authors?|prepared[ \t]+by|commissioned[ \t]+by|on[ \t]+behalf[ \t]+of"
    r"|co-?facilitators?"
    r"|board|coordinator|co-ordinator)\b",
    re.I,
)
# A relative beside the name: "the reviewer met Jane Hughes, Adult A's daughter".
_FAMILY = lazy_scan(
    r"\b(?:daughter|son|sister|brother|wife|husband|mother|father|niece|nephew|partner"
    r"|friend|neighbour|grand(?:son|daughter|mother|father)|aunt|uncle|cousin|carer"
    # "family liaison officer" is a post, not a relative.
    r"|family(?![ \t]+(?:liaison|support|group|hub|services?|court)))s?\b",
    re.I,
)
# Roles practitioners have too: official only where the review introduces itself.
_WEAK = lazy_scan(
    r"\b(?:head[ \t]+of|director|lead[ \t]+officer|panel[ \t]+members?"
    r"|member[ \t]+of[ \t]+the[ \t]+panel"
    r"|designated[ \t]+(?:nurse|doctor|professional|safeguarding)|principal[ \t]+social[ \t]+worker"
    r"|superintendent|chief[ \t]+(?:officer|executive|nurse|inspector)|commissioner"
    r"|(?:sub-?group|panel|board|partnership)[ \t]+(?:member|lead|representative)"
    r"|safeguarding[ \t]+(?:adults?[ \t]+)?(?:lead|manager))\b",
    re.I,
)
# A job title in capitals right after the name, as a signature or a panel list gives it:
# "Karen Stott, Family Liaison Officer", "Sunil Rajapakse, Head of Safeguarding". The
# story names practitioners by role in lower case ("the social worker, Jane Hughes").
_TITLED_ROLE = lazy_scan(
    r"(?:['’]s)?[ \t]*(?:,|\(|–|—)[ \t]*(?:(?:our|the|its|their)[ \t]+)?"
    r"(?:(?:[A-Z][\w'’-]*|of|and|for|&)[ \t]+){0,5}"
    r"(?:Manager|Lead|Director|Officer|Chair|Chairperson|Solicitor|Superintendent"
    r"|Co-?ordinator|Adviser|Advisor|Administrator)\b"
    r"|[ \t]*(?:,|\()[ \t]*(?:Named|Designated)[ \t]+(?:GP|Doctor|Nurse|Professional)\b"
    r"|[ \t]*(?:,|\()[ \t]*(?:[A-Z][\w'’-]*[ \t]+){0,2}Head[ \t]+of[ \t]+[A-Z]"
)
# "Dr Ellison, a social work academic, was appointed as independent reviewer": the
# appointment follows the name, past a clause that describes her.
_APPOINTED_AFTER = lazy_scan(
    r"(?:[ \t]*,[^,.;\n]{1,120},)?[ \t]+(?:was|were|has[ \t]+been|is)[ \t]+"
    r"(?:appointed|commissioned|engaged)[ \t]+(?:as|to[ \t]+(?:write|lead|chair|author))\b"
    # "The Board appointed Dr Hale as reviewer": the post right after the name.
    r"|[ \t]+as[ \t]+(?:the[ \t]+)?(?:(?:independent|lead|overview)[ \t]+)?"
    r"(?:reviewer|report[ \t]+author|author|chair(?:person)?|co-?facilitator)\b"
    # "Iris Macready (Consultant SLT) as co-facilitator": past the post in brackets.
    r"|[ \t]*\([^()]{1,60}\)[ \t]+as[ \t]+(?:the[ \t]+)?(?:co-?facilitator|chair|reviewer)\b"
    # "Ruth Amos, who later sat on the review panel": a seat on the review's own panel.
    r"|[ \t]*,[ \t]+who[ \t]+(?:(?:later|also|then|went[ \t]+on[ \t]+to)[ \t]+)?"
    r"(?:sat|sit|sits|served|serve|serves)[ \t]+on[ \t]+(?:the|this)[ \t]+"
    r"(?:(?:review|SAR|rapid[ \t]+review)[ \t]+)?(?:panel|sub-?group)\b"
)
# A meeting's list of who came: everyone on it is there for their agency or the board.
_ATTENDANCE = lazy_scan(
    r"^[ \t*_]*(?:present|attendees|attending|in[ \t]+attendance|apologies(?:[ \t]+received)?"
    r"|members(?:[ \t]+present)?|panel[ \t]+members|chair|chairperson|vice[- ]chair|minutes"
    r"|minute[- ]taker|note[- ]taker|report(?:ed)?[ \t]+by|prepared[ \t]+by|written[ \t]+by"
    r"|author|lead[ \t]+reviewer|independent[ \t]+reviewer|designation"
    r"|(?:report|review|overview|lead|independent)[ \t]+author"
    r"|(?:panel|review|board|SAB|independent|vice)[ \t-]+chair|(?:business|board)[ \t]+manager)"
    r"[ \t*_]*:",
    re.I,
)

# A labelled line anywhere in a paragraph: the reader joins a block of "Label: value"
# lines into one paragraph ("Date: 11 April 2024 Chair: X Present: A (ICB); B (Police)
# Apologies: C"), so a label need not open it. Capitalised, or in brackets ("(chair:
# Rhian Moss)"); never a time ("14:00") or a date.
_ANY_LABEL = lazy_scan(
    r"(?:^|(?<=[\s*_>|])|(?<=\())(?P<label>[A-Za-z][\w'’-]*(?:[ \t]+[\w'’-]+){0,4})"
    r"[ \t*_]*:(?![\d/])"
)
# The labels whose list names people there for the review or the board: a meeting's
# members, its chair and note-taker, a paper's author and whoever signs it off.
_OFFICIAL_LABEL = lazy_scan(
    r"(?<![\w'’-])(?:also[ \t]+)?(?:present|attendees|attending|in[ \t]+attendance"
    r"|apologies(?:[ \t]+received)?"
    r"|(?:panel[ \t]+|group[ \t]+|core[ \t]+)?members(?:[ \t]+present)?|(?:co-?)?facilitators?"
    r"|(?:(?:panel|review|board|SAB|SAR|independent|vice|meeting|group|sub-?group)[ \t-]+)?"
    r"chair(?:person|ed[ \t]+by)?|(?:review[ \t]+)?panel[ \t]+chaired[ \t]+by"
    r"|minutes(?:[ \t]+(?:by|taken[ \t]+by|approved|agreed|signed[ \t]+off))?|minute[- ]taker"
    r"|note[- ]taker|notes(?:[ \t]+(?:by|taken[ \t]+by))?|report(?:ed)?[ \t]+by|prepared[ \t]+by"
    r"|written[ \t]+by|authors?|(?:report|review|overview|lead|independent)[ \t]+authors?"
    r"|(?:lead|independent)[ \t]+reviewers?(?:[ \t]+and[ \t]+author)?|reviewers?"
    r"|(?:business|board|partnership)[ \t]+manager|(?:tracker|plan|action)[ \t]+owner"
    r"|sign[- ]?off(?:[ \t]+for[ \t]+(?:the[ \t]+)?[\w-]+)?|signed(?:[ \t]+off)?(?:[ \t]+by)?"
    r"|approved[ \t]+by"
    # A leaflet's contact for the family: "Police family liaison: DC Summer Reid".
    r"|(?:police[ \t]+)?family[ \t]+liaison(?:[ \t]+officer)?)$",
    re.I,
)
_SENTENCE_GAP = lazy_compile(r"[.!?][ \t*_]+[A-Z]")
_LOWER_WORD = lazy_scan(r"(?<![\w'’-])[a-z][\w'’-]*")
_BRACKETED = lazy_compile(r"\([^()]*\)")


def _labelled_official(text: str, start: int) -> bool:
    """The nearest label before the name is one whose list names officials, and the
    name is an item of that list: no sentence ends between them and the few words
    outside brackets are not a clause of their own ("Notes: seen at home by ...")."""
    floor = max(0, start - 700)
    last = None
    for m in _ANY_LABEL.finditer(text, floor, start):
        last = m
    if last is None:
        return False
    # The label runs back over the value before it ("... Borough Council Present:"):
    # its last words are the label.
    label = _OFFICIAL_LABEL.search(last.group("label"))
    if label is None:
        return False
    # A label in a sentence is capitalised or opens a bracket: "(chair: Rhian Moss)".
    at = last.start("label") + label.start()
    if not (text[at].isupper() or text[at - 1 : at] == "("):
        return False
    gap = text[last.end() : start]
    if _SENTENCE_GAP.search(gap):
        return False
    # A list of attendees, each with a post, runs long: "Present: A (AB), Principal Social
    # Worker; B (BC), acute trust; ...". Only the words of the name's own item count.
    return len(_LOWER_WORD.findall(_BRACKETED.sub(" ", gap.rsplit(";", 1)[-1]))) <= 4


# Section headings where the review introduces itself and its people.
_FRONT = lazy_scan(
    r"foreword|preface|introduc|method|panel|acknowledg"
    r"|about[ \t]+(?:the|this)[ \t]+(?:review|report|author)|review[ \t]+team|reviewers?\b"
    r"|terms[ \t]+of[ \t]+reference|governance|membership|contributors|author|sign[- ]?off"
    r"|approval|independen|commission",
    re.I,
)
# A title that makes the opening a review's title page, not a memo's heading.
_REPORT_TITLE = lazy_scan(r"\b(?:review|SAR|report|briefing|inquiry)\b", re.I)


# A section about the review's author: everyone it names is the author.
_ABOUT_AUTHOR = lazy_scan(
    r"about[ \t]+the[ \t]+(?:independent[ \t]+)?(?:author|reviewer|lead[ \t]+reviewer)s?"
    r"|(?:author|reviewer)['’]?s?[ \t]+(?:biography|profile|background)|^biography$",
    re.I,
)


def about_author(paragraph: Paragraph) -> bool:
    """Under a heading such as "About the author" or "Reviewer's biography"."""
    return _about_author(paragraph.section)


# A document has few sections and asks about each many times: remember the answers.
@lru_cache(maxsize=4096)
def _about_author(section: tuple[str, ...]) -> bool:
    return any(_ABOUT_AUTHOR.search(h) for h in section[1:])


@lru_cache(maxsize=4096)
def _front(section: tuple[str, ...]) -> bool:
    return any(_FRONT.search(h) for h in section[1:])


def front_section(paragraph: Paragraph, title_page: bool = False) -> bool:
    """On the title page, or under a heading where the review introduces itself."""
    return title_page or _front(paragraph.section)


def title_page(paragraphs: list[Paragraph]) -> set[int]:
    """Indexes of the body paragraphs before the first section heading, when the
    document has sections and the opening is short, as a title page is."""
    first = next((p.index for p in paragraphs if p.is_heading and p.level >= 2), None)
    title = next((p.text for p in paragraphs if p.is_heading), "")
    if first is None or not _REPORT_TITLE.search(title):
        return set()
    opening = [
        p.index for p in paragraphs if p.index < first and p.part == "body" and not p.is_heading
    ]
    return set(opening) if len(opening) <= 8 else set()


# Where the clause that names someone ends: a full stop, a semicolon, a table cell,
# or "with" bringing in another person ("the reviewer, X, with Y taking notes").
_STOP = lazy_scan(r"[.;|]\s|\|| with ")


def _window(text: str, start: int, end: int, reach: int) -> str:
    """The clause holding the name, at most ``reach`` characters each side."""
    # The line break is looked for within reach only: a single-line file is one
    # paragraph of megabytes, and a search to its ends for every name made the scan
    # quadratic. A break beyond reach would be cut off by ``reach`` all the same.
    ls = text.rfind("\n", max(0, start - reach), start) + 1
    le = text.find("\n", end, end + reach)
    le = len(text) if le < 0 else le
    before = text[max(ls, start - reach) : start]
    stops = list(_STOP.finditer(before))
    if stops:
        before = before[stops[-1].end() :]
    after = text[end : min(le, end + reach)]
    stop = _STOP.search(after)
    if stop:
        after = after[: stop.start()]
    return before + " " + after


_GAP_WORD = lazy_scan(r"[^\W\d_][\w'’-]*")
_LINKS = frozenset(
    "is was were by the our an a as acted acting served serves and for of this review".split()
    # "Kerry-Ann Bliss, Board Business Manager": the board's own post after the name.
    + "board sab partnership".split()
    # A rank or title before the name: "chaired by Superintendent Owen Price".
    + "dr prof professor detective superintendent inspector sergeant chief".split()
)


def _beside(rx, text: str, start: int, end: int, reach: int, loose: bool) -> bool:
    """A cue in the name's clause with nothing but link words between the two: "the
    independent reviewer, Dr Ellison" but not "Dr Ellison, the reviewer, met Mrs Okafor"
    for Mrs Okafor. ``loose`` allows a few lower-case words ("the lead officer for the
    review was Sunita Ray")."""
    before, after = _split(text, start, end, reach)
    for m in rx.finditer(before):
        gap = before[m.end() :]
        # "facilitated by Siobhan Achebe and Ade Olatunji": the second of two names.
        if _gap_ok(gap, loose) or _ONE_NAME_AND.match(gap):
            return True
    for m in rx.finditer(after):
        gap = after[: m.start()]
        # "Martin Hale, and to the reviewer, ...": a cue past "and" is another person's.
        if _gap_ok(gap, loose) and not _NEXT_CLAUSE.search(gap):
            return True
    return False


def _right_after(rx, text: str, start: int, end: int, posts_only: bool = False) -> bool:
    """The cue ends right before the name, with at most a title or "the" between:
    "(chair D. Amos)", "Recorded by Ruth Amos", "Independent reviewer Dr Ray".
    ``posts_only`` leaves out cues ending in "by": "a letter written by Jane Hughes, his
    daughter" names a relative."""
    before, _ = _split(text, start, end, 60)
    for m in rx.finditer(before):
        if posts_only and m.group(0).lower().endswith("by"):
            continue
        words = _GAP_WORD.findall(before[m.end() :])
        if all(w.lower() in _RIGHT_BEFORE for w in words):
            return True
    return False


_RIGHT_BEFORE = frozenset("the dr prof professor mr mrs ms miss is was".split())
_NEXT_CLAUSE = lazy_scan(r"\b(?:and|or|to|with)\b")


def _split(text: str, start: int, end: int, reach: int) -> tuple[str, str]:
    w = _window(text, start, end, reach)
    before_len = len(w) - len(_window_after(text, start, end, reach)) - 1
    return w[:before_len], w[before_len + 1 :]


def _window_after(text: str, start: int, end: int, reach: int) -> str:
    le = text.find("\n", end, end + reach)  # within reach only, as in _window
    le = len(text) if le < 0 else le
    after = text[end : min(le, end + reach)]
    stop = _STOP.search(after)
    return after[: stop.start()] if stop else after


_ONE_NAME_AND = lazy_scan(
    r"[ \t]*(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}"
    r"[ \t]*(?:and|&)[ \t]*$"
)


def _gap_ok(gap: str, loose: bool) -> bool:
    words = _GAP_WORD.findall(gap)
    if loose:
        return len(words) <= 5 and all(w[:1].islower() for w in words)
    return all(w.lower() in _LINKS for w in words)


_ITEM_OPENS = lazy_scan(r"[ \t*_]*")
_POST_AFTER = lazy_scan(r"[ \t*_]*(?:,|\(|–|—|-[ \t])")


_SIGNED_FOR_BOARD = lazy_scan(
    r"[ \t]*[|,–—][ \t]*(?:[A-Z][\w'’-]*[ \t]+){0,3}[A-Z][\w'’-]*[ \t]*[|,–—][ \t]*"
    r"(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){0,3}Safeguarding[ \t]+Adults?[ \t]+"
    r"(?:Board|Partnership)\b"
)


def in_official_capacity(
    paragraph: Paragraph, start: int, end: int, on_title_page: bool = False
) -> bool:
    """Whether the name at ``start:end`` of the paragraph is named for an official role."""
    text = paragraph.text
    # A capitalised job title first: "Family Liaison Officer" is not a relative. Not in
    # a quoted e-mail or note, which practitioners sign with their posts ("Many thanks,
    # Gareth Lloyd, Registered Manager").
    if (paragraph.role != "quote" and _TITLED_ROLE.match(text, end)) or _APPOINTED_AFTER.match(
        text, end
    ):
        return True
    # Signed with a post at the board itself: "Grace Whitlow | Business Manager | Wexcombe
    # Safeguarding Adults Board". The board's own staff act for the review, even in a
    # quoted e-mail; a practitioner signs with an agency's name.
    if _SIGNED_FOR_BOARD.match(text, end):
        return True
    # Cheap test first: the name must follow "with", "alongside" or "and".
    if text[max(0, start - 12) : start].rstrip().endswith(("with", "alongside", "and")) and (
        _RUN_WITH.search(text, max(0, start - 90), start)
    ):
        return True
    # A post of the review's own right before the name outweighs a relative met later in
    # the sentence: "Independent reviewer Ann Ray met the daughter".
    near = text[max(0, start - 60) : start]
    if (
        paragraph.role != "quote"
        and ("by" in near or "(" in near)
        and _right_after(_KEEPER, text, start, end)
    ):
        return True
    if _FAMILY.search(_window(text, start, end, 30)) and not _right_after(
        _STRONG, text, start, end, posts_only=True
    ):
        return False
    if _beside(_STRONG, text, start, end, 60, loose=False):
        return True
    if _ATTENDANCE.match(text) or (":" in text[:start] and _labelled_official(text, start)):
        return True
    if not front_section(paragraph, on_title_page):
        return False
    # A list of the panel or the review team: "- Iris Macready, Consultant Therapist,
    # Pennine NHS Trust". An item that opens with a name and its post.
    if (
        paragraph.role == "list"
        and _ITEM_OPENS.fullmatch(text, 0, start)
        and (_POST_AFTER.match(text, end))
    ):
        return True
    return _beside(_ROLE, text, start, end, 100, loose=True) or _beside(
        _WEAK, text, start, end, 100, loose=True
    )
