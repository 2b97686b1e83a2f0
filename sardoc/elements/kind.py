"""What kind of document a file is, from the document as a whole.

Nobody types the kind into a draft, and titles mislead: a briefing's first heading is
often the board's name, and "Safeguarding Adults Review" stands in the title of every
kind. So the kind is weighed from four things, as a reader would: the title block
(the first headings and short lines, not only the first), the headings present (how
many of each kind's elements they name), the length, and the file name split on its
separators ("7mb", "seven_minute_briefing", "scoping", "leaflet", "tracker").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..document import Document
from ..lazyre import lazy_compile
from . import _rx, catalogue, normalise_heading

#: The fallback when nothing points anywhere.
DEFAULT = "sar-report"

#: Labels for people, in messages.
LABELS = {
    "sar-report": "SAR report",
    "rapid-review": "rapid review (scoping and decision report)",
    "seven-minute-briefing": "7-minute briefing",
    "family-guidance": "family leaflet",
    "action-plan": "action plan",
}


def a_kind(kind: str) -> str:
    """The kind's label with its article: "a SAR report", "an action plan"."""
    label = LABELS.get(kind, kind)
    return ("an " if label[0] in "aeiou" else "a ") + label


# Weights: a title cue is the strongest sign, then the file name, then the outline.
W_TITLE, W_FIRST_TITLE, W_FILE, W_HEADINGS, W_LENGTH, W_TABLE = 3.0, 1.0, 2.0, 4.0, 1.0, 2.0
#: Below this lead over the runner-up the guess is reported as weak.
CONFIDENT = 2.5


@dataclass
class Guess:
    kind: str
    reason: str
    weak: bool
    scores: dict[str, float] = field(default_factory=dict)


#: An opening that names the document itself: "This leaflet is for ...".
_SELF = lazy_compile(r"^\W*(this|these)\b", flags=re.IGNORECASE)


def _title_block(doc: Document) -> list[str]:
    """The first three headings and any short line among the first six paragraphs.

    An opening paragraph that names the document ("This leaflet is for the family ...",
    "This briefing sets out ...") is as good as a title, so its first six words count too.
    """
    out = [str(doc.metadata["title"])] if doc.metadata.get("title") else []
    heads = 0
    for p in doc.paragraphs[:12]:
        if p.part != "body":
            continue
        if p.is_heading and heads < 3:
            out.append(p.text)
            heads += 1
        elif not p.is_heading and p.index < 6:
            # Split no further than needed: the first paragraph of a file on one line is
            # the whole file.
            words = p.text.split(None, 14)
            if len(words) <= 14:
                out.append(p.text)
            elif _SELF.match(p.text):
                out.append(" ".join(words[:6]))
    return out


_SPLIT = lazy_compile(r"[\W_]+|(?<=[a-z])(?=[A-Z])|(?<=\d)(?=[a-zA-Z]{3,})")


def file_words(name: str) -> set[str]:
    """Lower-case words of a file name: ``SAR_AdultK-7mb.docx`` → {sar, adult, k, 7mb}."""
    stem = name.rsplit(".", 1)[0]
    return {w.lower() for w in _SPLIT.split(stem) if w}


def guess(doc: Document, filename: str) -> Guess:
    cat = catalogue()
    scores = {k: 0.0 for k in cat}
    reasons: dict[str, list[tuple[float, str]]] = {k: [] for k in cat}

    def add(kind: str, points: float, why: str) -> None:
        scores[kind] += points
        reasons[kind].append((points, why))

    block = _title_block(doc)
    plain = [normalise_heading(line) for line in block]
    for kind, ke in cat.items():
        rx = _rx(ke.titles)
        if rx is None:
            continue
        # Read each line as typed and without its punctuation, so that
        # "Review (SAR) Referral" reads as "review sar referral".
        hits = [i for i, line in enumerate(block) if rx.search(line) or rx.search(plain[i])]
        if hits:
            # "Safeguarding Adults Review" is in the title of every kind: it counts
            # for the report only where no other kind's title cue is present.
            add(kind, W_TITLE + (W_FIRST_TITLE if hits[0] == 0 else 0), "title")
    others = [k for k in scores if k != "sar-report" and scores[k] > 0]
    if others and scores.get("sar-report"):
        scores["sar-report"] = 0.0
        reasons["sar-report"] = []

    words = file_words(filename)
    for kind, ke in cat.items():
        if words & set(ke.file_names):
            add(kind, W_FILE, "file name")

    headings = [normalise_heading(p.text) for p in doc.headings()]
    # Without headings no kind scores here: its cues are not compiled for nothing.
    for kind, ke in cat.items() if headings else ():
        named = sum(
            1
            for e in ke.elements
            if (rx := _rx(e.headings)) is not None and any(rx.search(h) for h in headings)
        )
        if ke.elements and named >= 2:
            add(kind, W_HEADINGS * named / len(ke.elements), "headings")

    # Length and layout only tip the balance between kinds something else points to.
    n = doc.word_count()
    if n > 3000 and scores["sar-report"] > 0:
        add("sar-report", W_LENGTH, "length")
    elif n < 900:
        for kind in ("seven-minute-briefing", "family-guidance"):
            if scores.get(kind, 0) > 0:
                add(kind, W_LENGTH / 2, "length")
    tables = [p for p in doc.paragraphs if p.role == "table"]
    if tables and len(tables) * 2 >= sum(1 for _ in doc.body()):
        add("action-plan", W_TABLE, "layout")

    ranked = sorted(scores, key=lambda k: (-scores[k], k != DEFAULT))
    best = ranked[0]
    if scores[best] <= 0:
        return Guess(DEFAULT, "no sign of another kind", True, scores)
    lead = scores[best] - (scores[ranked[1]] if len(ranked) > 1 else 0.0)
    why = max(reasons[best])[1]
    return Guess(best, why, lead < CONFIDENT, scores)
