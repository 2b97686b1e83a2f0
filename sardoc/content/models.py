"""The content of a Safeguarding Adults Review, as a review.yaml file holds it.

Validation here is about shape and type: a field that is there must make sense
(a date is a date, condition 1 means the adult died). Whether enough is there for
publication is a question for the rules (``required_field`` and friends), so that
a review in progress still loads and its gaps come back as findings, not errors.

Everything a template needs that is computed (the mandate sentence, durations,
the actions of a recommendation) lives here, so templates only loop and branch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    model_validator,
)

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_WORDS = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$")


def parse_date(value: object) -> object:
    """Dates as people in England write them: 2024-03-05, 5/3/2024, 5 March 2024.

    Numeric dates are day first (British usage), never month first.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date) or not isinstance(value, str):
        return value
    text = value.strip()
    try:
        if m := _ISO.match(text):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _NUMERIC.match(text):
            return date(int(m[3]), int(m[2]), int(m[1]))
        if (m := _WORDS.match(text)) and m[2].lower() in _MONTHS:
            return date(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
    except ValueError:
        pass
    raise ValueError("not a date (write it as 2024-03-05 or 5 March 2024)")


UKDate = Annotated[date, BeforeValidator(parse_date)]


def _not_blank(v: str) -> str:
    if not v.strip():
        raise ValueError("must not be empty")
    return v.strip()


Text = Annotated[str, AfterValidator(_not_blank)]
#: Free text where a bare year or number is natural ("when: 2022", "version: 1.0").
Label = Annotated[str, BeforeValidator(lambda v: str(v) if isinstance(v, int | float) else v)]


class Model(BaseModel):
    """Unknown keys are refused (a typo must not silently drop content)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


# -- who and what ----------------------------------------------------------------


class Adult(Model):
    pseudonym: Text
    alive: bool
    #: A first name used because the family asked for it (seed 003: the family's
    #: wishes about naming are recorded and followed).
    name_used_with_consent: bool = False
    age_band: str | None = None
    characteristics: list[Text] = []
    pen_picture: str | None = None


class Board(Model):
    name: Text
    short_name: str | None = None
    website: str | None = None


class ReviewKind(StrEnum):
    mandatory = "mandatory"
    discretionary = "discretionary"


class ReviewType(Model):
    """The legal mandate (Care Act 2014 s44; LEGAL-001)."""

    kind: ReviewKind
    #: s44(2) condition 1 (the adult died) or s44(3) condition 2 (alive, serious harm).
    condition: Literal[1, 2] | None = None
    reasonable_concern: str | None = None
    approach: str | None = None

    @model_validator(mode="after")
    def _condition_fits_kind(self) -> ReviewType:
        if self.kind is ReviewKind.mandatory and self.condition is None:
            raise ValueError("a mandatory review needs its condition: 1 (s44(2)) or 2 (s44(3))")
        if self.kind is ReviewKind.discretionary and self.condition is not None:
            raise ValueError("a discretionary review (s44(4)) has no condition; remove it")
        return self


class Referral(Model):
    source: str | None = None
    date: UKDate | None = None
    summary: str | None = None


class Decision(Model):
    date: UKDate | None = None
    criteria_met: bool | None = None
    #: Whether the Board holds a review (it may hold one when the criteria are not met).
    review: bool | None = None
    grounds: str | None = None
    rationale: str | None = None
    decided_by: str | None = None
    referrer_informed: UKDate | None = None
    #: When there is no review: how the learning will be shared, and why no more is expected.
    learning: str | None = None
    no_further_learning: str | None = None


class Dates(Model):
    started: UKDate | None = None
    completed: UKDate | None = None
    signed_off: UKDate | None = None
    #: Statutory guidance expects completion within six months unless there is good reason.
    delay_reason: str | None = None

    @model_validator(mode="after")
    def _order(self) -> Dates:
        if self.started and self.completed and self.completed < self.started:
            raise ValueError("the review cannot be completed before it started")
        return self


class Period(Model):
    start: UKDate | None = None
    end: UKDate | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _order(self) -> Period:
        if self.start and self.end and self.end < self.start:
            raise ValueError("the period under review ends before it starts")
        return self


class Reviewer(Model):
    name: Text
    role: str | None = None
    organisation: str | None = None
    #: QM5: the reviewer is independent of the case and the agencies.
    independence: str | None = None


class Methodology(Model):
    approach: str | None = None
    sources: list[Text] = []
    panel: list[Text] = []
    limitations: str | None = None


class Agency(Model):
    name: Text
    involvement: str | None = None
    period: str | None = None
    internal_review: str | None = None


class Involvement(Model):
    """QM11 and QM12: how the adult, the family and practitioners took part."""

    adult: str | None = None
    family: str | None = None
    practitioners: str | None = None
    advocacy: str | None = None
    family_informed: UKDate | None = None
    #: When the family was not involved: why not (they declined, could not be traced...).
    family_not_involved_reason: str | None = None


class ParallelProcess(Model):
    process: Text
    status: str | None = None
    note: str | None = None
    #: Where it stood when the Board decided (the rapid review speaks as of that day;
    #: ``status`` is where it stands when the report is finished).
    status_at_decision: str | None = None


class Episode(Model):
    title: Text
    when: Label | None = None
    summary: str | None = None

    @property
    def label(self) -> str:
        """When it happened, as the start of a sentence ("Early 2023"), else the title."""
        return self.when[:1].upper() + self.when[1:] if self.when else self.title

    @property
    def gist(self) -> str:
        """The episode in one sentence: its summary's first, or its title."""
        return first_sentence(self.summary) or self.title


class ReviewFinding(Model):
    """A finding of the review (its learning), not a finding of a check (sardoc.findings)."""

    id: Text
    title: Text
    text: str | None = None
    systemic: bool = True
    themes: list[Text] = []


class Analysis(Model):
    """The parts of the analysis each publication minimum asks for (seed 003)."""

    decisions: str | None = None  # PUB-002 why the professional decisions were taken
    working_together: str | None = None  # PUB-003 how agencies worked together
    in_general: str | None = None  # PUB-004 features of practice in general
    differently: str | None = None  # PUB-005 what would need to be done differently


class GoodPractice(Model):
    title: Text
    text: str | None = None


class Recommendation(Model):
    id: Text
    text: Text
    addressee: str | None = None
    findings: list[Text] = []
    #: A recommendation with no action carries the reason (AP-004).
    no_action_reason: str | None = None


class Status(StrEnum):
    """RAG as boards track it, with blue for complete and embedded."""

    not_started = "not started"
    red = "red"
    amber = "amber"
    green = "green"
    blue = "blue"

    @property
    def label(self) -> str:
        """The status in words, so colour is never the only signal (WCAG 1.4.1)."""
        return STATUS_LABELS[self]


#: Each status as a reader sees it in a table cell: colour name, then meaning.
STATUS_LABELS = {
    Status.not_started: "Not started",
    Status.red: "Red: off track",
    Status.amber: "Amber: at risk",
    Status.green: "Green: on track",
    Status.blue: "Blue: complete and embedded",
}


class Action(Model):
    id: Text
    recommendation: Text
    action: Text
    lead_agency: str | None = None
    owner_role: str | None = None
    start: UKDate | None = None
    target_date: UKDate | None = None
    success_measure: str | None = None
    status: Status = Status.not_started
    evidence: str | None = None
    impact_evidence: str | None = None
    last_update: UKDate | None = None

    @property
    def closed(self) -> bool:
        return self.status is Status.blue

    def overdue(self, today: date) -> bool:
        return not self.closed and self.target_date is not None and self.target_date < today


class Dissemination(Model):
    audience: Text
    method: Text
    owner: str | None = None
    by: UKDate | None = None


class Publication(Model):
    date: UKDate | None = None
    #: Publication waits for criminal proceedings to end (seed 003).
    criminal_proceedings_pending: bool = False
    url: str | None = None
    in_full: bool = True
    reason_not_in_full: str | None = None


class Contact(Model):
    """A service a family can contact (an organisation, never a private person)."""

    name: Text
    description: str | None = None
    #: When someone answers, in words ("Monday to Friday, 9am to 5pm").
    hours: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None


class SignOff(Model):
    quality_assured_by: str | None = None
    quality_assured_on: UKDate | None = None
    signed_off_by: str | None = None
    signed_off_on: UKDate | None = None
    ratified_by: str | None = None
    ratified_on: UKDate | None = None


class RapidReview(Model):
    summary: str | None = None
    emerging_learning: list[Text] = []
    strengths: list[Text] = []
    immediate_actions: list[Text] = []
    family_plan: str | None = None
    signoff: SignOff = SignOff()


class Briefing(Model):
    why_it_matters: str | None = None
    what_happened: str | None = None
    learning: list[Text] = []
    what_to_do: list[Text] = []
    questions: list[Text] = []
    further_information: list[Text] = []
    #: A seven-minute briefing is read aloud in about seven minutes (DOMAIN.md section 5).
    word_limit: int = Field(700, ge=100, le=2000)


class Term(Model):
    term: Text
    meaning: Text


# -- the review ------------------------------------------------------------------


class Review(Model):
    #: The document kind a file of this content is checked as (default: the SAR report).
    kind: (
        Literal[
            "sar-report", "rapid-review", "seven-minute-briefing", "family-guidance", "action-plan"
        ]
        | None
    ) = None
    title: str | None = None
    reference: str | None = None
    version: Label | None = None
    status: Literal["draft", "final"] = "draft"
    adult: Adult
    board: Board
    review_type: ReviewType
    pseudonyms: list[Text] = []
    referral: Referral = Referral()
    decision: Decision = Decision()
    dates: Dates = Dates()
    period_under_review: Period = Period()
    reviewers: list[Reviewer] = []
    terms_of_reference: list[Text] = []
    key_lines_of_enquiry: list[Text] = []
    methodology: Methodology = Methodology()
    agencies: list[Agency] = []
    involvement: Involvement = Involvement()
    parallel_processes: list[ParallelProcess] = []
    what_happened: str | None = None
    key_episodes: list[Episode] = []
    analysis: Analysis = Analysis()
    findings: list[ReviewFinding] = []
    good_practice: list[GoodPractice] = []
    conclusions: str | None = None
    recommendations: list[Recommendation] = []
    actions: list[Action] = []
    dissemination: list[Dissemination] = []
    publication: Publication = Publication()
    family_contacts: list[Contact] = []
    rapid_review: RapidReview = RapidReview()
    briefing: Briefing = Briefing()
    glossary: list[Term] = []

    # -- computed for templates and rules ------------------------------------

    @property
    def display_title(self) -> str:
        return self.title or f"Safeguarding Adults Review: {self.adult.pseudonym}"

    @property
    def mandate(self) -> str:
        """The legal mandate in one sentence (Care Act 2014 s44; LEGAL-001)."""
        if self.review_type.kind is ReviewKind.discretionary:
            return (
                f"{self.board.name} arranged this review as a discretionary review under "
                "section 44(4) of the Care Act 2014."
            )
        sub = "44(2)" if self.review_type.condition == 1 else "44(3)"
        what = (
            "the adult has died and abuse or neglect is known or suspected to have "
            "contributed to the death"
            if self.review_type.condition == 1
            else "the adult is alive and is known or suspected to have experienced serious "
            "abuse or neglect"
        )
        return (
            f"This is a mandatory review under section 44(1) of the Care Act 2014. "
            f"Condition {self.review_type.condition} (section {sub}) is met: {what}."
        )

    @property
    def purpose(self) -> str:
        """What the review is for (Care Act 2014 s44(5); SCIE quality marker 4)."""
        return (
            "The review is about learning, not blame. It asks what happened, why it "
            "happened as it did, and what the partnership can change so that someone in "
            f"{self.adult.pseudonym}'s position is safer in future. It does not decide "
            "whether anyone was at fault: other processes exist for that."
        )

    @property
    def decided_by_phrase(self) -> str:
        """Who decided, as the object of "made by": a role takes "the"."""
        return with_article(self.decision.decided_by) or "the Board"

    @property
    def briefing_further_information(self) -> list[str]:
        """The briefing's pointers, naming the full report once, with its address."""
        items = list(self.briefing.further_information)
        url = self.publication.url
        if url and not any(url in i for i in items):
            report = [i for i in items if "full report" in i.lower()]
            items = [i for i in items if i not in report]
            items.insert(0, f"The full report: {url}")
        return items

    @property
    def referral_to_decision_days(self) -> int | None:
        if self.referral.date and self.decision.date:
            return (self.decision.date - self.referral.date).days
        return None

    @property
    def duration_days(self) -> int | None:
        if self.dates.started and self.dates.completed:
            return (self.dates.completed - self.dates.started).days
        return None

    def finding(self, fid: str) -> ReviewFinding | None:
        return next((f for f in self.findings if f.id == fid), None)

    def actions_for(self, rid: str) -> list[Action]:
        return [a for a in self.actions if a.recommendation == rid]

    def recommendation(self, rid: str) -> Recommendation | None:
        return next((r for r in self.recommendations if r.id == rid), None)

    @property
    def action_rows(self) -> list[ActionRow]:
        """One row per action, and a row for each recommendation with none (AP-004)."""
        rows = []
        for rec in self.recommendations:
            acts = self.actions_for(rec.id)
            rows += [ActionRow(rec, a) for a in acts] or [ActionRow(rec, None)]
        return rows

    @property
    def cleared(self) -> list[str]:
        """What the documents name on purpose: the reviewers and the services' contacts."""
        out = [r.name for r in self.reviewers]
        for c in self.family_contacts:
            out += [x for x in (c.phone, c.email) if x]
        return list(dict.fromkeys(out))

    @property
    def names_in_use(self) -> list[str]:
        """Pseudonyms a check must never flag: the adult's and the others declared."""
        return list(dict.fromkeys([self.adult.pseudonym, *self.pseudonyms]))


_TITLES = ("dr", "mr", "mrs", "ms", "miss", "mx", "professor", "prof", "sir", "dame")
_ARTICLES = ("the", "a", "an")


def with_article(role: str | None) -> str | None:
    """A role with "the" before it ("the Independent Chair of the Board"); names as they are.

    A person's name (after a title such as Dr) or a phrase that already has an
    article is left alone, so "Dr Ruth Ellison" never becomes "the Dr Ruth Ellison".
    """
    if not role:
        return role
    first = role.split()[0].lower().rstrip(".")
    if first in _TITLES or first in _ARTICLES:
        return role
    return f"the {role}"


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def first_sentence(text: str | None) -> str:
    if not text:
        return ""
    return _SENTENCE_END.split(" ".join(text.split()), maxsplit=1)[0]


@dataclass(frozen=True)
class ActionRow:
    recommendation: Recommendation
    action: Action | None


def cross_check(review: Review) -> list[tuple[tuple, str]]:
    """Problems between fields, each with the field it is about.

    Kept out of pydantic's validators so that each problem points at its own
    line of the YAML rather than at the top of the file.
    """
    problems: list[tuple[tuple, str]] = []
    # s44(2) condition 1 is about an adult who has died; s44(3) condition 2 about
    # one who is alive. A mismatch is a wrong mandate, not a detail to let through.
    cond = review.review_type.condition
    if cond == 1 and review.adult.alive:
        problems.append(
            (
                ("review_type", "condition"),
                "condition 1 (s44(2)) is for an adult who has died, but adult.alive is true",
            )
        )
    if cond == 2 and not review.adult.alive:
        problems.append(
            (
                ("review_type", "condition"),
                "condition 2 (s44(3)) is for an adult who is alive, but adult.alive is false",
            )
        )
    for what, items in (
        ("findings", review.findings),
        ("recommendations", review.recommendations),
        ("actions", review.actions),
    ):
        seen: set[str] = set()
        for i, item in enumerate(items):
            if item.id in seen:
                problems.append(((what, i, "id"), f"'{item.id}' is used twice"))
            seen.add(item.id)
    finding_ids = {f.id for f in review.findings}
    for i, rec in enumerate(review.recommendations):
        for j, fid in enumerate(rec.findings):
            if fid not in finding_ids:
                problems.append(
                    (("recommendations", i, "findings", j), f"no finding has the id '{fid}'")
                )
    rec_ids = {r.id for r in review.recommendations}
    for i, act in enumerate(review.actions):
        if act.recommendation not in rec_ids:
            problems.append(
                (
                    ("actions", i, "recommendation"),
                    f"no recommendation has the id '{act.recommendation}'",
                )
            )
    return problems
