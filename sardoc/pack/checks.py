"""The comparisons pack rules make, by the name a rule's ``params.check`` gives.

Each takes the pack and the rule and yields findings that point at the place in one
document (``location``) and the place in the other that it disagrees with (``also``,
and named in the message, for formats that show one place only).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator

from ..findings import Finding, Location
from ..lazyre import lazy_compile
from ..rules.textutil import content_words
from .facts import Fact, Item, norm_number

#: What each compared fact is called in a message.
_IDENTITY = {
    "pseudonym": "the adult's pseudonym",
    "board": "the board",
    "reference": "the review reference",
    "review_type": "the review type",
}


def _pair(rule, at: Location, where: Location | None, **fmt) -> Finding:
    other = where.short() if where is not None else "the pack"
    f = rule.finding(at, other=other, **fmt)
    return dataclasses.replace(f, also=(where,) if where is not None else ())


def _doc_loc(member) -> Location:
    """Where to point at a whole document: its title, else the file."""
    doc = member.document
    title = doc.title_heading()
    return doc.locate(title) if title is not None else Location(file=member.path)


def _reference(pack, name: str):
    """The member whose fact the others must agree with: the report's, else the first."""
    ordered = ([pack.report] if pack.report else []) + pack.members
    for m in ordered:
        if getattr(m.facts, name) is not None:
            return m
    return None


def _show(fact: Fact) -> str:
    return fact.shown.strip()


def identity(pack, rule) -> Iterator[Finding]:
    for name, what in _IDENTITY.items():
        ref = _reference(pack, name)
        if ref is None:
            continue
        want: Fact = getattr(ref.facts, name)
        for m in pack.members:
            got: Fact | None = getattr(m.facts, name)
            if m is ref or got is None or got.value == want.value:
                continue
            yield _pair(
                rule, got.location, want.location, what=what, here=_show(got), there=_show(want)
            )


_STAND_IN_FREE = ("person", "date-of-birth", "address", "postcode", "nhs-number", "ni-number")


def _text(member) -> str:
    return "\n".join(p.text for p in member.document.paragraphs).lower()


def replaced(pack, rule) -> Iterator[Finding]:
    from ..identify import find_identifiers

    anonymised = [m for m in pack.members if m.facts.stand_ins]
    if not anonymised:
        return
    texts = {m.path: _text(m) for m in anonymised}
    for m in pack.members:
        seen: set[str] = set()
        for hit in find_identifiers(m.document):
            span = hit.span
            if hit.paragraph is None or span.entity not in _STAND_IN_FREE or span.key in seen:
                continue
            # The document that replaced it: an anonymised one that never gives it.
            other = next(
                (o for o in anonymised if o is not m and span.text.lower() not in texts[o.path]),
                None,
            )
            if other is None:
                continue
            seen.add(span.key)
            facts = other.facts
            role = _role_for(hit.paragraph.text, facts.stand_ins) or _role_in(
                hit.paragraph.text, other
            )
            if role is not None:
                stand_in, there = role
            elif span.entity == "person" and facts.pseudonym is not None:
                there, stand_in = facts.pseudonym.location, facts.pseudonym.value
            else:
                stand_in, there = next(iter(facts.stand_ins.items()))
            yield _pair(
                rule,
                m.document.locate(hit.paragraph, span.start, span.end),
                there,
                name=span.text,
                sort=span.entity.replace("-", " "),
                stand_in=stand_in,
            )


def _role_for(text: str, stand_ins: dict[str, Location]):
    """The stand-in of the role the sentence gives ("her social worker" -> Social Worker 1)."""
    low = text.lower()
    for name, where in stand_ins.items():
        base = re.sub(r"\s*\d+$", "", name).lower()
        if base != name.lower() and re.search(rf"\b{re.escape(base)}\b", low):
            return name, where
    return None


#: Roles a report names staff by instead of their names.
_ROLES = lazy_compile(
    r"\b(social worker|district nurse|community nurse|nurse|gp|housing officer|care worker"
    r"|carer|support worker|police officer|paramedic|team manager|consultant|occupational "
    r"therapist)\b",
    re.I,
)


def _role_in(text: str, other):
    """A role the sentence gives that the other document uses instead of a name."""
    for m in _ROLES.finditer(text):
        rx = re.compile(rf"\b{re.escape(m.group())}\b", re.I)
        for p in other.document.paragraphs:
            if p.part == "body" and (found := rx.search(p.text)):
                where = other.document.locate(p, found.start(), found.end())
                return f"the {m.group().lower()}", where
    return None


def _same_text(a: str, b: str) -> bool:
    a = re.sub(r"^\s*(R\s?\d+|Rec\w*\.?\s*\d+|\d+(\.\d+)*[.:)]?)\s+", "", a)
    b = re.sub(r"^\s*(R\s?\d+|Rec\w*\.?\s*\d+|\d+(\.\d+)*[.:)]?)\s+", "", b)
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return True
    return len(wa & wb) / min(len(wa), len(wb)) >= 0.6


def recommendations(pack, rule) -> Iterator[Finding]:
    report = pack.report
    if report is None or not report.facts.recommendations:
        return
    made = {r.number: r for r in report.facts.recommendations}
    for plan in pack.of("action-plan"):
        planned = {r.number: r for r in plan.facts.recommendations}
        acted = plan.facts.with_actions
        for n, rec in made.items():
            if n not in acted:
                yield _pair(
                    rule,
                    rec.location,
                    _doc_loc(plan),
                    message="Recommendation {number} of the report has no action in the "
                    "action plan ({other}).",
                    number=n,
                )
        for n, rec in planned.items():
            if n not in made:
                yield _pair(
                    rule,
                    rec.location,
                    report.facts.recommendations[0].location,
                    message="The action plan has actions for recommendation {number}, "
                    "which the report does not make ({other}).",
                    number=n,
                )
            elif rec.text and not _same_text(rec.text, made[n].text):
                yield _pair(
                    rule,
                    rec.location,
                    made[n].location,
                    message="Recommendation {number} in the action plan does not say "
                    "what the report's recommendation {number} says ({other}).",
                    number=n,
                )


_FACTS = {
    "age": "the adult's age",
    "death": "when the adult died or was harmed",
    "period": "the period under review",
}


def _show_value(fact: Fact) -> str:
    return _show(fact)


def facts(pack, rule) -> Iterator[Finding]:
    report = pack.report
    for name, what in _FACTS.items():
        ref = _reference(pack, name)
        if ref is None:
            continue
        want = getattr(ref.facts, name)
        for m in pack.members:
            got = getattr(m.facts, name)
            if m is ref or got is None or got.value == want.value:
                continue
            yield _pair(
                rule, got.location, want.location, what=what, here=_show(got), there=_show(want)
            )
    if report is None:
        return
    recs = report.facts.recommendations
    for m in pack.members:
        claim = m.facts.recommendation_count
        if m is report or claim is None or not recs or claim.value == len(recs):
            continue
        yield _pair(
            rule,
            claim.location,
            recs[0].location,
            what="the number of recommendations",
            here=_show(claim),
            there=f"{len(recs)} recommendations",
        )
    findings = report.facts.findings
    there = findings[0].location if findings else _doc_loc(report)
    numbers = {norm_number(f.number) for f in findings if f.number}
    report_words = content_words(_text(report))
    for briefing in pack.of("seven-minute-briefing"):
        for theme in briefing.facts.themes:
            if not _theme_in_report(theme, numbers, report_words, rule.params.theme_share):
                yield _pair(
                    rule,
                    theme.location,
                    there,
                    message="The briefing gives a finding or theme the report does not make: "
                    "'{theme}' (the report's findings: {other}).",
                    theme=theme.text[:80],
                )


def _theme_in_report(theme: Item, numbers, report_words, share: float) -> bool:
    named = re.findall(r"\b(?:finding|theme)\s+([A-Z]?\d+)\b", theme.text, re.I)
    if named:
        return all(norm_number(n) in numbers for n in named)
    # A briefing puts a finding in its own plain words: most of them must be the report's.
    mine = content_words(theme.text)
    return not mine or len(mine & report_words) / len(mine) >= share


#: The average length of a month in days.
MONTH_DAYS = 30.44


def publication(pack, rule) -> Iterator[Finding]:
    report = pack.report
    where = (
        report.facts.report_location.location if report and report.facts.report_location else None
    )
    for m in pack.of("seven-minute-briefing", "family-guidance"):
        if m.facts.report_location is None:
            yield _pair(
                rule,
                _doc_loc(m),
                where or (_doc_loc(report) if report else None),
                message="The {doc} does not say where the report can be read once it "
                "is published ({other}).",
                doc="briefing" if m.kind == "seven-minute-briefing" else "leaflet",
            )
    dated = next((x for x in pack.members if x.facts.began and x.facts.completed), None)
    if dated is None:
        return
    began, done = dated.facts.began.value, dated.facts.completed.value
    days = (done - began).days
    months = round(days / MONTH_DAYS)
    for leaflet in pack.of("family-guidance"):
        said = leaflet.facts.timescale
        if said is None or days <= said.value * MONTH_DAYS or leaflet.facts.mentions_delay:
            continue
        yield _pair(
            rule,
            said.location,
            dated.facts.completed.location,
            message="The leaflet says a review takes {said} months; this one took about {months} "
            "months ({other}), and the leaflet does not say it can take longer.",
            said=said.value,
            months=months,
        )


def missing(pack, rule) -> Iterator[Finding]:
    report = pack.report
    if report is None:
        return
    published = pack.profile == "publication" or report.facts.status in ("final", "published")
    kinds = pack.kinds()
    if published and "seven-minute-briefing" not in kinds:
        yield _pair(
            rule,
            _doc_loc(report),
            None,
            what="7-minute briefing",
            why="a review ready to publish",
        )
    family = report.facts.mentions_family
    if family is not None and "family-guidance" not in kinds:
        yield _pair(
            rule, family.location, None, what="family leaflet", why="a review with a family"
        )


CHECKS: dict[str, Callable[..., Iterator[Finding]]] = {
    "identity": identity,
    "replaced": replaced,
    "recommendations": recommendations,
    "facts": facts,
    "publication": publication,
    "missing": missing,
}
