"""Structured review content as a Document, so that the same rules check it.

Each document kind has an outline: the headings its report would have, filled
with the content's text. A heading appears only when its content is there, so a
review.yaml with no good practice gets the same PUB-006 finding a draft would.
Every paragraph keeps the field it came from (``attrs["field"]``) and, for text
written in the YAML, anchors into the YAML source, so a finding points at the
line of review.yaml to change.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..document import Document, DocumentBuilder
from ..yamlsafe import node_at
from .models import Review


class Outline:
    """A DocumentBuilder that knows where in the YAML each text came from."""

    def __init__(self, path: str, source: str | None) -> None:
        self.builder = DocumentBuilder(path, "content", source)
        self.source = source

    def heading(self, title: str, level: int, loc: tuple = ()) -> None:
        self.builder.heading(title, level, field=loc)

    def text(self, value: str | None, loc: tuple, role: str = "body") -> None:
        """One paragraph per blank-line-separated block of ``value``."""
        if not value or not value.strip():
            return
        anchors = self._align(value, loc)
        for m in re.finditer(r"\S.*?(?=\n[ \t]*\n|\s*\Z)", value, re.S):
            start, end = m.start(), m.end()
            own = [(t - start, s) for t, s in anchors if start <= t < end]
            if own and own[0][0] != 0:
                own.insert(0, (0, own[0][1] - own[0][0]))
            self.builder.paragraph(m.group(), role=role, anchors=own, field=loc)

    def items(self, values: Iterable[str], loc: tuple) -> None:
        for i, value in enumerate(values):
            self.text(value, (*loc, i), role="list")

    def _align(self, value: str, loc: tuple) -> list[tuple[int, int]]:
        """(offset in value, offset in the YAML) at each word where the two drift apart."""
        node = node_at(self.source, loc) if self.source else None
        if node is None or not hasattr(node, "start_mark"):
            return []
        src = self.source
        pos, end = node.start_mark.index, node.end_mark.index
        anchors: list[tuple[int, int]] = []
        delta = None
        for m in re.finditer(r"\S+", value):
            at = src.find(m.group(), pos, end)
            if at < 0:
                break  # an escape in a quoted string: keep the anchors so far
            if at - m.start() != delta:
                delta = at - m.start()
                anchors.append((m.start(), at))
            pos = at + len(m.group())
        return anchors


def _sar_report(r: Review, o: Outline) -> None:
    o.heading(r.display_title, 1, ("title",))
    o.heading("Introduction", 2, ("referral",))
    o.text(r.referral.summary, ("referral", "summary"))
    o.heading("Legal mandate", 2, ("review_type",))
    o.builder.paragraph(r.mandate, field=("review_type",))
    o.text(r.review_type.reasonable_concern, ("review_type", "reasonable_concern"))
    o.heading("Purpose of the review", 2, ("adult",))
    o.builder.paragraph(r.purpose, field=("adult",))
    if r.terms_of_reference or r.key_lines_of_enquiry:
        o.heading("Terms of reference and key lines of enquiry", 2, ("terms_of_reference",))
        o.items(r.terms_of_reference, ("terms_of_reference",))
        o.items(r.key_lines_of_enquiry, ("key_lines_of_enquiry",))
    o.heading("Methodology", 2, ("methodology",))
    o.text(r.methodology.approach, ("methodology", "approach"))
    for i, rev in enumerate(r.reviewers):
        o.text(rev.independence, ("reviewers", i, "independence"))
    o.text(r.methodology.limitations, ("methodology", "limitations"))
    if any(vars(r.involvement).values()):
        o.heading("Involvement of the adult, family and practitioners", 2, ("involvement",))
        for key in ("adult", "family", "advocacy", "practitioners", "family_not_involved_reason"):
            o.text(getattr(r.involvement, key), ("involvement", key))
    _parallel_processes(r, o)
    if r.adult.pen_picture:
        o.heading(f"About {r.adult.pseudonym}", 2, ("adult",))
        o.text(r.adult.pen_picture, ("adult", "pen_picture"))
    if r.what_happened or r.key_episodes:
        o.heading("Summary of what happened", 2, ("what_happened",))
        o.text(r.what_happened, ("what_happened",))
        for i, ep in enumerate(r.key_episodes):
            o.heading(ep.title, 3, ("key_episodes", i, "title"))
            o.text(ep.summary, ("key_episodes", i, "summary"))
    _analysis(r, o)
    if r.good_practice:
        o.heading("Good practice", 2, ("good_practice",))
        for i, g in enumerate(r.good_practice):
            o.text(g.title, ("good_practice", i, "title"), role="list")
            o.text(g.text, ("good_practice", i, "text"))
    if r.conclusions:
        o.heading("Conclusions", 2, ("conclusions",))
        o.text(r.conclusions, ("conclusions",))
    if r.recommendations:
        o.heading("Recommendations", 2, ("recommendations",))
        for i, rec in enumerate(r.recommendations):
            o.text(f"{rec.id}. {rec.text}", ("recommendations", i, "text"), role="list")
    if r.dissemination:
        o.heading("Sharing the learning", 2, ("dissemination",))
        for i, d in enumerate(r.dissemination):
            o.text(f"{d.audience}: {d.method}", ("dissemination", i), role="list")
    if r.glossary:
        o.heading("Glossary", 2, ("glossary",))
        for i, t in enumerate(r.glossary):
            o.text(f"{t.term}: {t.meaning}", ("glossary", i), role="list")


def _parallel_processes(r: Review, o: Outline) -> None:
    # The rapid review and the report both say which other processes run alongside.
    if r.parallel_processes:
        o.heading("Parallel processes", 2, ("parallel_processes",))
        for i, p in enumerate(r.parallel_processes):
            o.text(p.process, ("parallel_processes", i, "process"), role="list")
            o.text(p.note, ("parallel_processes", i, "note"))


def _analysis(r: Review, o: Outline) -> None:
    a = r.analysis
    parts = (
        ("decisions", "Why professional decisions were taken"),
        ("working_together", "How agencies worked together"),
        ("in_general", "Features of practice in general"),
        ("differently", "What needs to be done differently"),
    )
    if r.findings or any(getattr(a, k) for k, _ in parts):
        o.heading("Analysis and findings", 2, ("findings",))
        for key, title in parts:
            if getattr(a, key):
                o.heading(title, 3, ("analysis", key))
                o.text(getattr(a, key), ("analysis", key))
        for i, f in enumerate(r.findings):
            o.heading(f"Finding {f.id}: {f.title}", 3, ("findings", i, "title"))
            o.text(f.text, ("findings", i, "text"))


def _rapid_review(r: Review, o: Outline) -> None:
    rr = r.rapid_review
    o.heading(f"Rapid review: {r.adult.pseudonym}", 1, ("title",))
    o.heading("Criteria for a Safeguarding Adults Review", 2, ("review_type",))
    o.builder.paragraph(r.mandate, field=("review_type",))
    o.text(r.review_type.reasonable_concern, ("review_type", "reasonable_concern"))
    o.heading("Summary of the facts", 2, ("rapid_review", "summary"))
    o.text(rr.summary or r.what_happened, ("rapid_review", "summary"))
    if r.agencies:
        o.heading("Agency involvement", 2, ("agencies",))
        for i, ag in enumerate(r.agencies):
            o.text(f"{ag.name}: {ag.involvement or ''}".rstrip(": "), ("agencies", i), "table")
    if rr.emerging_learning:
        o.heading("Emerging learning", 2, ("rapid_review", "emerging_learning"))
        o.items(rr.emerging_learning, ("rapid_review", "emerging_learning"))
    if rr.immediate_actions:
        o.heading("Immediate actions", 2, ("rapid_review", "immediate_actions"))
        o.items(rr.immediate_actions, ("rapid_review", "immediate_actions"))
    _parallel_processes(r, o)
    o.heading("Decision", 2, ("decision",))
    o.text(r.decision.grounds, ("decision", "grounds"))
    o.text(r.decision.rationale, ("decision", "rationale"))
    o.text(r.decision.learning, ("decision", "learning"))
    o.text(r.decision.no_further_learning, ("decision", "no_further_learning"))


def _briefing(r: Review, o: Outline) -> None:
    b = r.briefing
    o.heading(f"Seven-minute briefing: {r.adult.pseudonym}", 1, ("title",))
    parts = (
        ("Background", ("what_happened",), r.what_happened, None),
        ("Why it matters", ("briefing", "why_it_matters"), b.why_it_matters, None),
        ("What happened", ("briefing", "what_happened"), b.what_happened, None),
        ("What we learned", ("briefing", "learning"), None, b.learning),
        ("What to do", ("briefing", "what_to_do"), None, b.what_to_do),
        ("Questions for reflection", ("briefing", "questions"), None, b.questions),
        ("Further information", ("briefing", "further_information"), None, b.further_information),
    )
    for n, (title, loc, text, items) in enumerate(parts, 1):
        o.heading(f"{n}. {title}", 2, loc)
        o.text(text, loc)
        o.items(items or [], loc)


def _family_guidance(r: Review, o: Outline) -> None:
    o.heading(f"Information for families: {r.board.name}", 1, ("board",))
    if r.family_contacts:
        o.heading("Contacts", 2, ("family_contacts",))
        for i, c in enumerate(r.family_contacts):
            o.text(c.name, ("family_contacts", i, "name"), role="list")
            o.text(c.description, ("family_contacts", i, "description"))


def _action_plan(r: Review, o: Outline) -> None:
    o.heading(f"Action plan: {r.adult.pseudonym}", 1, ("title",))
    for i, rec in enumerate(r.recommendations):
        o.heading(f"Recommendation {rec.id}", 2, ("recommendations", i))
        o.text(rec.text, ("recommendations", i, "text"))
        for a in r.actions_for(rec.id):
            j = r.actions.index(a)
            o.text(a.action, ("actions", j, "action"), role="table")


OUTLINES: dict[str, Callable[[Review, Outline], None]] = {
    "sar-report": _sar_report,
    "rapid-review": _rapid_review,
    "seven-minute-briefing": _briefing,
    "family-guidance": _family_guidance,
    "action-plan": _action_plan,
}


def to_document(review: Review, path: str, source: str | None, kind: str | None = None) -> Document:
    """The review as a document of ``kind`` (its own ``kind:``, else the SAR report)."""
    kind = kind or review.kind or "sar-report"
    outline = Outline(path, source)
    OUTLINES[kind](review, outline)
    return outline.builder.build(
        kind,
        metadata={
            "title": review.display_title,
            "pseudonyms": review.names_in_use,
            "allow": review.cleared,
        },
        content=review,
    )
