"""The publication-minimum and legal-mandate rules (PUB-001..008, LEGAL-001, LEGAL-002).

The seven publication minimums come from a board's SAR operating guidance (seed 003,
"Publication"), plus its requirement that the terms of reference be included (PUB-008).
The legal rules follow the Care Act 2014 s44 and the LGA briefing for SAR authors.

Real reports title the same element in many ways, so each rule is tested against many
headings: present (with a body) the rule is quiet; replaced by a neutral heading the
rule fires. A small "complete report" supplies every other element, so each test also
shows that no other section satisfies the rule by accident.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from sardoc.api import check
from sardoc.config import Config
from sardoc.rules import load_rules, run
from sardoc.sources import read_document
from tests.helpers import make_document

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
PACK = ("PUB", "LEGAL")
# The pack of a SAR report: LEGAL-003 (reasonable concern) is a scoping report's rule.
RULES = [r for r in load_rules() if r.category in PACK and "sar-report" in r.applies_to]

#: A body long enough for any rule's ``min_words`` that says nothing any rule looks for.
BODY = (
    "The reviewer read the records of each service and spoke with the practitioners who "
    "knew Adult A, and this part of the report sets out in plain words what she learned "
    "from them during the review."
)
NEUTRAL_HEADING = "Further information"

#: A body about none of the elements: under an element's heading it must not count.
OFF_TOPIC = (
    "This part of the report is still being drafted by the author, who will add it to "
    "the next version once the panel has read the earlier parts."
)

#: A short body that carries each element, so a heading over it shows the element.
ELEMENT_BODY = {
    "LEGAL-001": (
        "This was a mandatory review under section 44(1) of the Care Act 2014: condition 1 "
        "was met because Adult A died and the Board suspected neglect."
    ),
    "PUB-008": (
        "The review looked at the period from January 2022 to Adult A's death and asked how "
        "well agencies understood her capacity to make decisions."
    ),
    "PUB-001": (
        "Adult A was a retired teacher in her eighties who lived alone in a flat and was "
        "admitted to hospital after a fall."
    ),
    "PUB-002": (
        "Practitioners accepted her refusals because they believed she had capacity, and no "
        "one assessed it formally."
    ),
    "PUB-003": (
        "Information was not shared between the GP and the care agency, and no one called a "
        "multi-agency meeting when the risks grew."
    ),
    "PUB-004": (
        "Practitioners said this reliance on self-report is common across the partnership "
        "and has been seen in other local reviews."
    ),
    "PUB-006": (
        "The district nurse visited persistently and built a trusting relationship with "
        "Adult A over the winter months."
    ),
    "PUB-005": (
        "Agencies need a named lead professional for people who refuse care, in place within "
        "a month of the first concern."
    ),
    "PUB-007": (
        "The Board will share the learning through a briefing for teams and monitor the "
        "action plan every quarter."
    ),
}

#: The element each rule looks for, as the canonical section of a complete report.
CANONICAL = {
    rule_id: (heading, ELEMENT_BODY[rule_id])
    for rule_id, heading in {
        "LEGAL-001": "Legal mandate",
        "PUB-008": "Terms of reference",
        "PUB-001": "About Adult A",
        "PUB-002": "Analysis: why decisions were taken",
        "PUB-003": "How agencies worked together",
        "PUB-004": "Is this practice typical?",
        "PUB-006": "Good practice",
        "PUB-005": "What needs to change",
        "PUB-007": "Sharing and embedding the learning",
    }.items()
}


def report(without: str | None = None, extra: str = "") -> str:
    """A small complete report, optionally missing one element and with extra text."""
    parts = ["# Safeguarding Adults Review: Adult A", f"## Introduction\n\n{BODY}"]
    for rule_id, (heading, body) in CANONICAL.items():
        if rule_id != without:
            parts.append(f"## {heading}\n\n{body}")
    parts.append(f"## Methodology\n\n{BODY}")
    if extra:
        parts.append(extra)
    return "\n\n".join(parts) + "\n"


def fired(text: str) -> set[str]:
    """Ids of the pack's rules that report on a Markdown SAR report."""
    return {f.rule_id for f in run(make_document(text), RULES)}


def pack_findings(path: Path) -> list:
    return [f for f in check([path], Config()).findings if f.category in PACK]


# -- the base report ---------------------------------------------------------------------


def test_complete_report_is_clean():
    assert fired(report()) == set()


@pytest.mark.parametrize("rule_id", list(CANONICAL))
def test_each_element_missing_fires_only_its_rule(rule_id):
    assert fired(report(without=rule_id)) == {rule_id}


def test_every_pack_rule_is_covered_here():
    assert {r.id for r in RULES} == set(CANONICAL) | {"LEGAL-002", "LEGAL-004"}


# -- headings: many phrasings per element --------------------------------------------------

HEADINGS = {
    "PUB-001": [
        "About Adult A",
        "Adult D's story",
        "Adult D\u2019s story",
        "The story of Mr B",
        "Mr K's story",
        "Case summary",
        "4.2 Case summary",
        "Chronology of key events",
        "Pen picture and background",
        "Pen portrait",
        "Background",
        "Background and context",
        "CASE BACKGROUND",
        "Summary of what happened",
        "What happened to Adult A",
        "Summary of events",
        "Key events",
        "Timeline",
        "Section 3: Background to the case",
        "Part B \u2013 Case history",
        "Who was Adult A?",
        "The person at the centre of this review",
        "Circumstances leading to the review",
        "Personal and family history",
        "Sequence of events",
        "Agency involvement",
        "Remembering Adult A",
        "Her life and circumstances",
    ],
    "PUB-002": [
        "Analysis",
        "Analysis of practice",
        "Analysis: why decisions were taken",
        "Why did things happen as they did?",
        "Findings",
        "Key findings",
        "Findings and analysis",
        "What we found",
        "What the review found",
        "Professional decision-making",
        "Decision making",
        "Key practice episodes",
        "Practice analysis",
        "Thematic analysis",
        "Discussion",
        "Critical analysis",
        "Evaluation of practice",
        "Understanding practice",
        "Reasons for decisions",
        "What happened and why",
        "5.1 ANALYSIS OF SINGLE AGENCY PRACTICE",
        "Part C \u2013 Key themes",
        "Making sense of practice",
        "Reflections on practice",
    ],
    "PUB-003": [
        "How agencies worked together",
        "Multi-agency working",
        "Multi agency working",
        "Multiagency working",
        "Partnership working and information sharing",
        "Inter-agency communication",
        "Interagency working",
        "Working together",
        "Joint working",
        "Joined-up working",
        "Information sharing",
        "Sharing of information",
        "Communication between agencies",
        "Co-ordination of care",
        "Coordination",
        "Collaboration between services",
        "The team around the person",
        "Escalation and professional challenge",
        "Multi-disciplinary working",
        "Integrated working",
        "Partnership",
        "6.3 Multi-agency response",
        "Section 7: Working together",
        "INTERFACES BETWEEN SERVICES",
        "Hand-overs between services",
    ],
    "PUB-004": [
        "Is this practice typical?",
        "Is this typical? Wider learning",
        "Systemic findings",
        "Systemic issues",
        "Systems findings",
        "Wider learning",
        "Wider context",
        "Is this a one-off?",
        "How typical is this?",
        "Learning themes",
        "Key themes",
        "Cross-cutting themes",
        "Patterns across reviews",
        "Features of practice in general",
        "Generalisable learning",
        "Beyond this case",
        "Barriers and enablers",
        "National context and other reviews",
        "Learning from other SARs",
        "Recurring issues",
        "Organisational factors",
        "9.2 SYSTEMIC LEARNING",
        "Underlying causes",
        "Systemic barriers",
    ],
    "PUB-005": [
        "What needs to change",
        "What we need to do differently",
        "What could have been done differently?",
        "Recommendations",
        "Conclusions and recommendations",
        "Areas for improvement",
        "Areas for development",
        "Missed opportunities",
        "Lessons learned",
        "Lessons learnt",
        "Key lessons",
        "Improving practice",
        "Opportunities for improvement",
        "Preventing a recurrence",
        "Prevention of a repeat",
        "Changes needed",
        "What should have happened",
        "Doing better",
        "Actions required",
        "What agencies need to do",
        "Section 10: What we need to do differently",
        "RECOMMENDATIONS FOR THE BOARD",
    ],
    "PUB-006": [
        "Good practice",
        "Examples of good practice",
        "What went well",
        "What worked well",
        "Things that went well",
        "Strengths",
        "Strengths in practice",
        "Positive practice",
        "Notable practice",
        "Effective practice",
        "Good practice and strengths",
        "What helped",
        "Practice to celebrate",
        "Commendable practice",
        "Positives",
        "Where practice went well",
        "What was done well",
        "Appreciative findings",
        "Areas of good practice",
        "13. GOOD PRACTICE",
        "Section 9: What went well",
        "Part E \u2013 Effective work",
    ],
    "PUB-007": [
        "Sharing and embedding the learning",
        "Embedding the learning",
        "Next steps and dissemination",
        "Next steps",
        "Dissemination",
        "Disseminating the learning",
        "Sharing the learning",
        "From learning to action",
        "Learning into action",
        "Action plan",
        "Action planning",
        "Implementation",
        "Monitoring impact",
        "Measuring impact",
        "Evaluating impact",
        "What happens next",
        "How the learning will be shared",
        "Assurance and impact",
        "Seeking assurance",
        "Implementation of the recommendations",
        "Improvement action",
        "Seven-minute briefing",
        "Learning resources",
        "The Board's response",
        "After this review",
        "16.1 Cascading learning",
    ],
    "PUB-008": [
        "Terms of reference",
        "Terms of Reference (ToR)",
        "Appendix 1: Terms of reference",
        "Scope of the review",
        "Scope and key lines of enquiry",
        "Scope",
        "Key lines of enquiry (KLOE)",
        "Key lines of enquiry",
        "Lines of inquiry",
        "KLOEs",
        "Review questions",
        "Key questions",
        "Questions for the review",
        "Questions the review sought to answer",
        "Focus of the review",
        "Areas of focus",
        "Remit of the review",
        "Aims and objectives",
        "Review parameters",
        "Review specification",
        "4. TERMS OF REFERENCE AND KEY LINES OF ENQUIRY",
        "Section 3: Scope",
        "Part A \u2013 Terms of reference",
    ],
}

#: Headings that look close but do not show the element.
NOT_HEADINGS = {
    "PUB-001": [
        "Background to the Board",
        "About this review",
        "Legal background",
        "Timeline of the review",
        "Methodology",
    ],
    "PUB-002": [
        "Why this review was held",
        "Decision to hold a review",
        "Reasons for the review",
        "Recommendations",
    ],
    "PUB-003": ["Multi-agency panel", "Agencies involved", "Panel membership"],
    "PUB-004": [
        "Recommendations",
        "Analysis of practice",
        "The wider family",
        "Barriers to engagement",
        "Patterns of drinking",
    ],
    # "Prevention" alone heads one of the six safeguarding principles in an analysis.
    "PUB-005": ["Summary of what happened", "Conclusion", "Prevention"],
    "PUB-006": ["Strengths-based practice", "Positive risk-taking", "Findings"],
    "PUB-007": [
        "Information sharing",
        "Learning disability",
        "Recommendations",
        "Quality assurance of the review",
        "Implementation of the Mental Capacity Act",
        "Embedding Making Safeguarding Personal",
    ],
    "PUB-008": ["Purpose of the review", "Period under review", "Scope for improvement"],
}


def _cases(table):
    return [(rule_id, h) for rule_id, hs in table.items() for h in hs]


def test_at_least_twenty_phrasings_per_element():
    assert all(len(hs) >= 20 for hs in HEADINGS.values())


@pytest.mark.parametrize("rule_id, heading", _cases(HEADINGS))
def test_heading_phrasing_satisfies_its_rule(rule_id, heading):
    with_it = report(without=rule_id, extra=f"## {heading}\n\n{ELEMENT_BODY[rule_id]}")
    assert rule_id not in fired(with_it), heading
    without_it = report(without=rule_id, extra=f"## {NEUTRAL_HEADING}\n\n{BODY}")
    assert rule_id in fired(without_it)


@pytest.mark.parametrize("rule_id, heading", _cases(HEADINGS))
def test_heading_phrasing_works_as_a_subheading(rule_id, heading):
    text = report(
        without=rule_id,
        extra=f"## Findings and learning\n\n### {heading}\n\n{ELEMENT_BODY[rule_id]}",
    )
    assert rule_id not in fired(text), heading


@pytest.mark.parametrize("rule_id", [r for r in CANONICAL if r.startswith("PUB")])
def test_heading_over_a_body_about_something_else_does_not_count(rule_id):
    heading = CANONICAL[rule_id][0]
    text = report(without=rule_id, extra=f"## {heading}\n\n{OFF_TOPIC}")
    found = [f for f in run(make_document(text), RULES) if f.rule_id == rule_id]
    assert found and "does not say anything that shows" in found[0].message
    assert found[0].text == heading


@pytest.mark.parametrize("rule_id, heading", _cases(NOT_HEADINGS))
def test_look_alike_heading_does_not_satisfy(rule_id, heading):
    assert rule_id in fired(report(without=rule_id, extra=f"## {heading}\n\n{BODY}")), heading


@pytest.mark.parametrize("rule_id", [r for r in CANONICAL if r.startswith("PUB")])
def test_heading_with_nothing_under_it_is_reported(rule_id):
    heading = CANONICAL[rule_id][0]
    text = report(without=rule_id, extra=f"## {heading}\n\nTo follow.")
    found = [f for f in run(make_document(text), RULES) if f.rule_id == rule_id]
    assert found and "is too short to show" in found[0].message
    assert found[0].location.line is not None


# -- evidence in the body text when there is no heading for the element --------------------

EVIDENCE = [
    ("PUB-001", "A brief summary of what happened is at appendix 3."),
    ("PUB-002", "The decision was made because the team had no self-neglect guidance."),
    ("PUB-003", "In the final month the agencies did not work together at all."),
    ("PUB-004", "Reliance on self-report is not unique to this case."),
    ("PUB-004", "The same gap was found in other local reviews."),
    ("PUB-005", "The review recommends that the Board adopt a self-neglect protocol."),
    ("PUB-005", "The visit in June was a missed opportunity to test her account."),
    ("PUB-006", "The joint visit on the second day was an example of good practice."),
    ("PUB-006", "The crew stayed with her for two hours, which was good practice."),
    ("PUB-007", "The Board will produce a 7-minute briefing for frontline staff."),
    ("PUB-007", "The learning will be shared with every partner through team meetings."),
    ("PUB-008", "The terms of reference for this review are at appendix 2."),
    ("PUB-008", "Appendix 2 sets out the terms of reference agreed by the Board."),
]

NOT_EVIDENCE = [
    ("PUB-003", "The review will consider how well agencies worked together to keep her safe."),
    ("PUB-006", "The review looked for good practice and for practice that fell short."),
    ("PUB-008", "The panel agreed the terms of reference in March and met four times."),
]


@pytest.mark.parametrize("rule_id, sentence", EVIDENCE)
def test_body_text_evidence_satisfies(rule_id, sentence):
    assert rule_id not in fired(report(without=rule_id, extra=f"## Notes\n\n{sentence}"))


@pytest.mark.parametrize("rule_id, sentence", NOT_EVIDENCE)
def test_passing_mention_is_not_evidence(rule_id, sentence):
    assert rule_id in fired(report(without=rule_id, extra=f"## Notes\n\n{sentence}"))


# -- LEGAL-001: the mandate, mandatory or discretionary --------------------------------------

MANDATES = [
    "This is a mandatory review under section 44(1) of the Care Act 2014; condition 1 was met.",
    "Condition 1 in s44(2) was met because Adult A died and neglect was suspected.",
    "The Board used its discretion under s.44(4) of the Care Act 2014.",
    "This discretionary SAR was arranged under the Care Act 2014.",
    "Condition 2 in section 44(3) of the Care Act was met: Mr B survived serious neglect.",
    "The Board arranged the review under subsection (4) of section 44.",
    "The review was mandatory under the Care Act 2014 (s44).",
]
VAGUE_MANDATES = [
    "This review was held under the Care Act 2014.",
    "The Board arranged a Safeguarding Adults Review under section 44 of the Care Act 2014.",
    "The criteria for a review under s44 were met.",
    "The Board commissioned this review under the Care Act 2014; all panel members have "
    "completed mandatory training.",
]


@pytest.mark.parametrize("sentence", MANDATES)
def test_clear_mandate_satisfies_legal_001(sentence):
    text = report(without="LEGAL-001", extra=f"## Why this review was held\n\n{sentence}")
    assert "LEGAL-001" not in fired(text)


@pytest.mark.parametrize("sentence", VAGUE_MANDATES)
def test_vague_mandate_is_reported(sentence):
    text = report(without="LEGAL-001", extra=f"## Why this review was held\n\n{sentence}")
    assert "LEGAL-001" in fired(text)


def test_mandate_words_apart_do_not_count():
    """'Mandatory' in one paragraph and 'section 44' in another is not a stated mandate."""
    text = report(
        without="LEGAL-001",
        extra="## Legal mandate\n\nThe review was held under section 44 of the Care Act 2014."
        "\n\n## Recommendations\n\nThe Board should make its self-neglect guidance mandatory.",
    )
    assert "LEGAL-001" in fired(text)


# -- LEGAL-002: "statutory SAR" and "non-statutory review" -----------------------------------

WRONG_TERMS = [
    ("This statutory SAR was commissioned in May.", "statutory SAR"),
    ("The Board held a non-statutory SAR.", "non-statutory SAR"),
    ("A non-statutory review was held into Mr K's care.", "non-statutory review"),
    (
        "It was agreed to hold a non statutory safeguarding adults review.",
        "non statutory safeguarding adults review",
    ),
    (
        "The Board may commission statutory Safeguarding Adults Reviews.",
        "statutory Safeguarding Adults Reviews",
    ),
]
RIGHT_TERMS = [
    "The review follows the statutory guidance that supports the Care Act 2014.",
    "The statutory partners are the council, the police and the integrated care board.",
    "Each member has a statutory duty to co-operate with the review.",
    "The council carried out its statutory functions under section 42.",
    "The Board also publishes non-statutory guidance for practitioners.",
    "This is a discretionary SAR under section 44(4).",
]


@pytest.mark.parametrize("sentence, match", WRONG_TERMS)
def test_wrong_terms_are_flagged(sentence, match):
    found = [
        f for f in run(make_document(f"# R\n\n{sentence}\n"), RULES) if f.rule_id == "LEGAL-002"
    ]
    assert [f.text for f in found] == [match]
    assert found[0].location.line == 3


@pytest.mark.parametrize("sentence", RIGHT_TERMS)
def test_right_terms_are_not_flagged(sentence):
    assert "LEGAL-002" not in fired(f"# R\n\n{sentence}\n")


@pytest.mark.parametrize("kind", ["rapid-review", "seven-minute-briefing"])
def test_wrong_terms_flagged_in_briefings_and_rapid_reviews(kind):
    doc = make_document("# Briefing\n\nA non-statutory SAR was held.\n", kind=kind)
    assert [f.rule_id for f in run(doc, RULES)] == ["LEGAL-002"]


def test_publication_rules_apply_only_to_sar_reports():
    doc = make_document(
        "# Briefing\n\n## Background\n\nShort text.\n", kind="seven-minute-briefing"
    )
    assert run(doc, RULES) == []


# -- the samples -----------------------------------------------------------------------------


def test_sample_draft_has_no_pack_findings():
    assert pack_findings(SAMPLES / "adult-a" / "draft.md") == []


def test_sample_draft_with_gaps_reports_exactly_the_gaps():
    # draft-gaps.md is draft.md with the terms of reference (PUB-008), "How agencies
    # worked together" (PUB-003) and "Good practice" (PUB-006) removed, and the mandate
    # cut down to "under the Care Act 2014" (LEGAL-001). Nothing else may fire.
    found = pack_findings(SAMPLES / "adult-a" / "draft-gaps.md")
    assert sorted(f.rule_id for f in found) == ["LEGAL-001", "PUB-003", "PUB-006", "PUB-008"]
    assert all(f.severity.name.lower() == "error" for f in found)


def test_other_boards_report_with_different_headings_has_no_pack_findings():
    assert pack_findings(SAMPLES / "other-board" / "report.md") == []


def test_sample_docx_has_no_pack_findings():
    pytest.importorskip("sardoc.sources.docx")
    assert pack_findings(SAMPLES / "adult-a" / "draft.docx") == []


def _structure(path: Path):
    doc = read_document(path)
    return [(p.role, p.level, p.text) for p in doc.paragraphs if p.part == "body"]


def test_sample_docx_is_built_from_the_current_draft(tmp_path):
    """draft.docx says what draft.md says; rebuild it with scripts/build_sample_docx.py."""
    pytest.importorskip("sardoc.sources.docx")
    pytest.importorskip("docx")
    spec = importlib.util.spec_from_file_location(
        "build_sample_docx", ROOT / "scripts" / "build_sample_docx.py"
    )
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    fresh = tmp_path / "draft.docx"
    assert build.main([str(SAMPLES / "adult-a" / "draft.md"), str(fresh)]) == 0
    committed = SAMPLES / "adult-a" / "draft.docx"
    assert _structure(committed) == _structure(fresh), "run scripts/build_sample_docx.py"
    md = read_document(SAMPLES / "adult-a" / "draft.md")
    assert [p.text for p in read_document(committed).headings()] == [p.text for p in md.headings()]
    # Deterministic: building twice gives the same bytes.
    again = tmp_path / "again.docx"
    build.main([str(SAMPLES / "adult-a" / "draft.md"), str(again)])
    assert again.read_bytes() == fresh.read_bytes()
