"""Statement cues find an element from what a sentence says about the review, not from
words the story happens to share with it (mutation misses on the element corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sardoc.elements import find_all
from sardoc.sources import read_document


def _found(tmp_path: Path, kind: str, body: str, element: str) -> bool:
    draft = tmp_path / "d.md"
    draft.write_text(f"---\nkind: {kind}\n---\n# Document\n\n## Notes\n\n{body}\n", "utf-8")
    return find_all(read_document(draft))[element].found


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("His wife declined a home care package because she wanted to care for him.", False),
        ("Her mother telephoned adult social care twice and was told nothing.", False),
        ("Mr K met the reviewer twice with his independent advocate.", True),
        ("The reviewer met Mr A's son, who had been his main carer.", True),
        ("His daughter read the draft report and commented on it.", True),
        ("He had no close family who wished to take part in the review.", True),
    ],
)
def test_family_involvement_is_about_the_review(tmp_path, body, found):
    assert _found(tmp_path, "sar-report", body, "family-involvement") is found


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("To prevent this, practitioners need to see the person alone at every visit.", False),
        ("The report will be discussed with managers at a learning event next year.", False),
        ("Eleven practitioners took part in a learning event in May.", True),
        ("The review was overseen by a panel of senior managers from each agency.", False),
        ("The reviewer spoke with twelve practitioners in small groups.", True),
        ("Practitioners saw the draft findings at a feedback session in March.", True),
    ],
)
def test_practitioners_took_part_in_the_review(tmp_path, body, found):
    assert _found(tmp_path, "sar-report", body, "practitioners") is found


@pytest.mark.parametrize(
    ("body", "found"),
    [
        (
            "A review looks at how the council, the National Health Service and the police worked.",
            False,
        ),
        ("Each Service involved will write an action plan.", False),
        ("If you have questions, please contact the Safeguarding Business Unit.", True),
        ("Ring us on 01632 960123 on weekdays.", True),
    ],
)
def test_a_contact_is_something_to_contact(tmp_path, body, found):
    assert _found(tmp_path, "family-guidance", body, "contacts") is found


def test_a_cue_that_rules_words_out_looks_only_at_its_sentence(tmp_path):
    # "workers" in the next sentence of the paragraph does not stop the first sentence
    # from counting as the adult's part in the review.
    body = (
        "Mr K met the reviewer twice with his advocate. He said that when workers asked "
        "him questions at home, there was only one answer he could give."
    )
    assert _found(tmp_path, "sar-report", body, "family-involvement")


@pytest.mark.parametrize(
    ("element", "body"),
    [
        ("limitations", "The reviewer could not see some police records from that year."),
        ("limitations", "The analysis is therefore limited to what the hospital recorded."),
        ("limitations", "One provider declined to take part in the review."),
        ("limitations", "The panel is nevertheless confident that the main findings stand."),
        ("decisions", "The decision in June to close the case was based on one visit."),
        ("working-together", "Each agency held a piece of the picture, never put together."),
        ("working-together", "Each assumed that another service was leading."),
        ("working-together", "A joint plan was never made."),
        ("methodology", "The reviewers used a systems model to look at practice."),
    ],
)
def test_what_the_report_says_about_itself_is_read(tmp_path, element, body):
    assert _found(tmp_path, "sar-report", body, element)


@pytest.mark.parametrize(
    ("element", "body"),
    [
        ("limitations", "She could not see the point of another assessment."),
        ("working-together", "Each visit was short and the notes were brief."),
        ("decisions", "Her decision to move to the flat was her own."),
        (
            "terms-of-reference",
            "She had moved to the flat two years before the period under review.",
        ),
        (
            "limitations",
            "The Board could not establish that neglect caused his death, so section 44(2) did "
            "not apply.",
        ),
    ],
)
def test_the_story_does_not_stand_in_for_the_element(tmp_path, element, body):
    assert not _found(tmp_path, "sar-report", body, element)


def _found_under(tmp_path: Path, kind: str, heading: str, body: str, element: str) -> bool:
    draft = tmp_path / "h.md"
    draft.write_text(f"---\nkind: {kind}\n---\n# Document\n\n## {heading}\n\n{body}\n", "utf-8")
    return find_all(read_document(draft))[element].found


def test_a_choice_not_to_take_part_is_not_how_to_take_part(tmp_path):
    body = "No. It is your choice, and nobody will think less of your family."
    heading = "Do I have to take part?"
    assert not _found_under(tmp_path, "family-guidance", heading, body, "taking-part")
    body = "You can meet the reviewer at home or talk on the phone."
    heading = "How you can help the review"
    assert _found_under(tmp_path, "family-guidance", heading, body, "taking-part")


@pytest.mark.parametrize(
    ("element", "body"),
    [
        ("limitations", "There were limits to what the panel could see."),
        ("limitations", "One ward did not return its report, so we relied on written records."),
        (
            "purpose",
            "The review is here to help agencies learn. "
            "It does not look for someone to hold responsible.",
        ),
        (
            "practitioners",
            "Practitioners from four agencies came together for a reflective session.",
        ),
        ("working-together", "Each service was working to its own plan."),
        ("working-together", "The two concerns were raised but not joined up."),
        ("good-practice", "The district nurse did what good practice looks like."),
        (
            "legal-mandate",
            "Under section 44 of the Care Act 2014 the Board must arrange a review in such cases.",
        ),
        ("parallel-processes", "Inquests into both deaths returned conclusions of misadventure."),
        ("parallel-processes", "No criminal investigation took place."),
        ("systemic", "These are not features of one case; they are features of the local system."),
    ],
)
def test_more_boards_wordings_are_read(tmp_path, element, body):
    assert _found(tmp_path, "sar-report", body, element)


def test_a_numbered_findings_heading_in_bold_is_a_heading(tmp_path):
    draft = tmp_path / "f.md"
    title = (
        "Finding 2: Help that is declined is taken at face value when another person "
        "may shape the answer"
    )
    draft.write_text(f"# Report\n\n**{title}**\n\nStaff accepted the answer.\n", "utf-8")
    assert title in [s.title for s in read_document(draft).sections()]


@pytest.mark.parametrize(
    ("element", "body"),
    [
        ("prevention", "An earlier joint meeting would probably have helped."),
        ("working-together", "There was no multi-agency risk meeting until after the fire."),
        (
            "family-involvement",
            "His son and her daughter were each invited to meet the reviewers.",
        ),
        ("purpose", "This review is about learning. It is not a disciplinary process."),
        ("systemic", "The Board regards these findings as features of local practice."),
    ],
)
def test_the_last_splits_wordings_are_read(tmp_path, element, body):
    assert _found(tmp_path, "sar-report", body, element)


def test_what_has_changed_is_not_an_action_taken(tmp_path):
    body = "The trust will report to the subgroup so that partners can see what has changed."
    assert not _found(tmp_path, "rapid-review", body, "immediate-actions")
    body = "The trust has changed its discharge checklist."
    assert _found(tmp_path, "rapid-review", body, "immediate-actions")


def test_a_board_writing_as_we_lists_its_recommendations_under_what_we_will_do(tmp_path):
    body = "1. We will revise the procedure so that any agency can call a meeting."
    assert _found_under(tmp_path, "sar-report", "What we will do", body, "recommendations")


@pytest.mark.parametrize(
    ("element", "body"),
    [
        ("can-decline", "Taking part is voluntary, and nobody will mind if you say no."),
        ("not-blame", "The review does not look for someone to blame."),
    ],
)
def test_a_leaflets_plain_statements_are_read(tmp_path, element, body):
    assert _found(tmp_path, "family-guidance", body, element)


def test_a_numbered_paragraphs_run_in_title_counts_as_its_heading(tmp_path):
    # Many reports set the analysis out as "7.3 Working together. ..." under one heading.
    body = (
        "7.3 Working together. The ward knew he was alone at home and no process made "
        "sure adult social care was told.\n\n"
        "7.4 Good practice. The personal assistant raised the alarm the day she returned."
    )
    draft = tmp_path / "r.md"
    draft.write_text(f"---\nkind: sar-report\n---\n# R\n\n## 7. Analysis\n\n{body}\n", "utf-8")
    found = find_all(read_document(draft))
    assert found["good-practice"].found
    assert found["good-practice"].evidence.strength == "section"
    # A numbered paragraph whose first sentence is ordinary prose gives no title.
    plain = tmp_path / "p.md"
    plain.write_text(
        "---\nkind: sar-report\n---\n# R\n\n## 7. Analysis\n\n"
        "7.1 Staff visited often. The ward knew he was alone at home.\n",
        "utf-8",
    )
    assert not find_all(read_document(plain))["good-practice"].found


def test_a_title_that_only_names_its_element_counts_even_under_the_analysis(tmp_path):
    # Gaps in the records under "Analysis" are the story, but "7.6 Limitations." is not.
    draft = tmp_path / "r.md"
    draft.write_text(
        "---\nkind: sar-report\n---\n# R\n\n## 7. Analysis\n\n"
        "7.6 Limitations. The reviewer could not speak to the ward nurse, who has moved away.\n",
        "utf-8",
    )
    assert find_all(read_document(draft))["limitations"].found
    titled = tmp_path / "t.md"
    titled.write_text(
        "---\nkind: sar-report\n---\n# R\n\n## 7. Analysis\n\n"
        "7.6 Limitations of the housing offer. The flat could not be adapted.\n",
        "utf-8",
    )
    assert not find_all(read_document(titled))["limitations"].found


@pytest.mark.parametrize(
    "body",
    [
        "Some limits should be noted: one council could not release staff for the event.",
        "Records of the first hostel were partly lost when its provider changed systems.",
    ],
)
def test_limits_of_the_review_in_other_words(tmp_path, body):
    assert _found(tmp_path, "sar-report", body, "limitations")


def test_questions_after_the_first_sentence_of_a_paragraph_are_read(tmp_path):
    # Anchored cues ("^How ...?$") match sentences; a paragraph of several questions
    # must be searched sentence by sentence, not whole.
    body = (
        "Talk it through. Who in your team would notice a change like this? "
        "When did you last ask for a multi-agency meeting, and what stopped you?"
    )
    assert _found(tmp_path, "seven-minute-briefing", body, "reflection-questions")


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("The panel agreed that the review will not interview witnesses in the trial.", False),
        ("The panel agreed that a discretionary review should be commissioned.", True),
        ("The chair decided not to commission a Safeguarding Adults Review.", True),
        ("The chair agreed in February 2024 that a review should be held.", True),
    ],
)
def test_a_decision_is_about_holding_a_review(tmp_path, body, found):
    assert _found(tmp_path, "rapid-review", body, "decision") is found


def test_a_heading_asking_whether_the_case_meets_the_criteria_is_not_the_referral(tmp_path):
    body = "Members found that the adult had died and that abuse was suspected."
    assert not _found_under(
        tmp_path, "rapid-review", "Does the case meet the criteria?", body, "referral"
    )
    assert _found_under(tmp_path, "rapid-review", "The case", body, "referral")


def test_the_period_under_review_set_out_is_the_terms_of_reference(tmp_path):
    body = "The period under review ran from March 2023 to the day she died."
    assert _found(tmp_path, "sar-report", body, "terms-of-reference")


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("He told his support worker more than once that he did not like being touched.", True),
        ("She loved her garden and disliked noisy places.", True),
        ("The support worker told the manager that the visit had been cancelled.", False),
    ],
)
def test_the_persons_voice_from_what_they_told_and_liked(tmp_path, body, found):
    assert _found(tmp_path, "sar-report", body, "persons-voice") is found


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("These problems are not unique to Desmond; an audit found the same in other cases.", True),
        ("The review considers this a feature of practice across the partnership.", True),
        ("The knife was not unique to the kitchen drawer.", False),
    ],
)
def test_a_systemic_finding_said_of_the_named_adult(tmp_path, body, found):
    assert _found(tmp_path, "sar-report", body, "systemic-analysis") is found


@pytest.mark.parametrize(
    "heading", ["Confidence in the findings", "Why did the Board hold this review?"]
)
def test_headings_about_the_review_itself_are_not_the_analysis_of_decisions(tmp_path, heading):
    body = "The reasons were discussed with practitioners at length, because records were thin."
    assert not _found_under(tmp_path, "sar-report", heading, body, "decisions")
    assert _found_under(tmp_path, "sar-report", "Findings", body, "decisions")


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("You can ask for this leaflet in easy read, large print or Braille.", False),
        ("You can ask for an independent advocate to help you.", False),
        ("You can tell the reviewer what your mother was like.", True),
        ("You can meet the reviewer at home or by video call.", True),
    ],
)
def test_taking_part_is_about_the_review_not_any_request(tmp_path, body, found):
    assert _found(tmp_path, "family-guidance", body, "taking-part") is found


def test_a_family_heading_named_for_the_adult_is_not_the_overview(tmp_path):
    body = "The reviewer met his brother, who lives nearby, at the family home."
    assert not _found_under(tmp_path, "sar-report", "Mr K and his family", body, "overview")
    assert _found_under(tmp_path, "sar-report", "Mr K", body, "overview")


def test_an_age_in_words_introduces_the_adult(tmp_path):
    body = "Ms R is a woman of forty-four who has lived with epilepsy since childhood."
    assert _found(tmp_path, "sar-report", body, "overview")


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("The Board should seek assurance that discharge letters name the referrer.", False),
        ("The Board will share this report with the Coroner.", False),
        ("The Board will seek assurance on the implementation of the action plan.", True),
        ("The Board will share the learning through a seven-minute briefing.", True),
    ],
)
def test_sharing_the_learning_is_not_any_assurance_or_sharing(tmp_path, body, found):
    assert _found(tmp_path, "sar-report", body, "learning") is found


@pytest.mark.parametrize(
    ("element", "body", "found"),
    [
        # The reviewer met someone who is not staff: the adult or a relative.
        (
            "family-involvement",
            "The reviewer spoke to her by telephone and she read the draft.",
            True,
        ),
        ("family-involvement", "The reviewer spoke to him and to the ward manager in May.", False),
        # An agency called a partner is not a relative sharing their views.
        (
            "family-involvement",
            "The report asks each partner to show how it has shared the learning.",
            False,
        ),
        ("working-together", "No multi-agency meeting was ever called about him.", True),
        ("working-together", "Staff said they had assumed another agency was leading.", True),
        ("working-together", "The notes about his pressure sore did not travel with him.", True),
        (
            "working-together",
            "The two services visited her each week but never spoke to each other.",
            True,
        ),
        ("working-together", "The care office did not pass the notes on.", True),
        ("working-together", "She did not travel with her sister to the appointment.", False),
        ("good-practice", "Not everything went wrong. The nurse visited on the same day.", True),
        (
            "good-practice",
            "A ward assessment before discharge is the approach this review would like to see "
            "as standard.",
            True,
        ),
        ("good-practice", "Everything went wrong on the day of discharge.", False),
    ],
)
def test_this_rounds_statements(tmp_path, element, body, found):
    assert _found(tmp_path, "sar-report", body, element) is found


@pytest.mark.parametrize(
    ("body", "found"),
    [
        # The criteria of section 44(1) and (2) spelt out are the mandatory limb.
        (
            "The Board held this review under section 44 of the Care Act 2014 because she had "
            "needs for care and support, she died, and neglect was suspected.",
            True,
        ),
        ("The Board held this review under section 44 of the Care Act 2014.", False),
    ],
)
def test_a_mandate_that_spells_out_the_criteria(tmp_path, body, found):
    assert _found(tmp_path, "sar-report", body, "legal-mandate") is found


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("This review is not about deciding who was responsible for his death.", True),
        ("The review is about what happened in the last year of his life.", False),
    ],
)
def test_not_about_deciding_who_was_responsible_is_the_purpose(tmp_path, body, found):
    assert _found(tmp_path, "sar-report", body, "purpose") is found


@pytest.mark.parametrize(
    "heading", ["Appendix 3: Good Practice Awards 2023", "Good Practice Guidance Referred To"]
)
def test_awards_and_reading_lists_are_not_good_practice(tmp_path, heading):
    draft = tmp_path / "d.md"
    body = "The Board gave awards to teams for good work with carers across the borough."
    draft.write_text(f"---\nkind: sar-report\n---\n# Report\n\n## {heading}\n\n{body}\n", "utf-8")
    assert not find_all(read_document(draft))["good-practice"].found


@pytest.mark.parametrize(
    ("element", "body", "found"),
    [
        ("what-is-a-review", "A review is not a court or a complaint.", False),
        ("what-is-a-review", "A review is a careful look at how services worked together.", True),
    ],
)
def test_what_a_review_is_not_is_not_what_it_is(tmp_path, element, body, found):
    assert _found(tmp_path, "family-guidance", body, element) is found


def test_would_have_changed_is_not_an_action_taken(tmp_path):
    body = "Members did not think another way of working would have changed what happened."
    assert not _found(tmp_path, "rapid-review", body, "immediate-actions")


@pytest.mark.parametrize(
    ("element", "body", "found"),
    [
        (
            "systemic",
            "Partners agree that each finding is likely to apply to other adults in the area.",
            True,
        ),
        (
            "systemic",
            "The reviewer considers it a system pattern rather than one team's habit.",
            True,
        ),
        ("systemic", "The same thing happened in several services independently.", True),
        ("systemic", "The care plan applied to her evening visits only.", False),
        (
            "parallel-processes",
            "The council carried out a section 42 enquiry after the admission.",
            True,
        ),
        ("parallel-processes", "There has been no inquest because she survived.", True),
        (
            "parallel-processes",
            "The trust reviewed the discharge under its own complaints procedure.",
            True,
        ),
        ("parallel-processes", "She asked about a complaint in the waiting room.", False),
    ],
)
def test_systemic_and_parallel_statements(tmp_path, element, body, found):
    assert _found(tmp_path, "sar-report", body, element) is found


def test_a_question_in_the_terms_of_reference_is_not_a_systemic_finding(tmp_path):
    body = "Is the learning likely to apply to other people who receive home care?"
    assert not _found(tmp_path, "sar-report", body, "systemic")


@pytest.mark.parametrize(
    ("body", "found"),
    [
        (
            "Her mother met the reviewer twice and described telling professionals about the "
            "falls.",
            False,
        ),
        ("Six practitioners met the reviewer individually in June.", True),
    ],
)
def test_meeting_the_reviewer_counts_for_practitioners_only_when_they_met(tmp_path, body, found):
    assert _found(tmp_path, "sar-report", body, "practitioners") is found


@pytest.mark.parametrize(
    ("element", "body", "found"),
    [
        ("decisions", "Closing the referral made sense to the duty team at the time.", True),
        (
            "decisions",
            "The review looked at why decisions made sense to practitioners at the time.",
            False,
        ),
        ("decisions", "The rationale for the discharge was that she wanted to go home.", True),
        ("systemic", "This reflects the findings of other reviews across the region.", True),
        ("systemic", "The same issues have arisen in two earlier reviews.", True),
        ("systemic", "Without a shared plan this is likely to happen again.", True),
        ("systemic", "For this to be less likely to happen again, staff need training.", False),
        ("systemic", "The national analysis of Safeguarding Adults Reviews, 2019 to 2023", False),
    ],
)
def test_decisions_and_systemic_in_the_systems_approachs_words(tmp_path, element, body, found):
    assert _found(tmp_path, "sar-report", body, element) is found


@pytest.mark.parametrize(
    ("element", "body"),
    [
        ("systemic", "Similar findings appear in the national analysis of reviews about hoarding."),
        ("systemic", "These are system conditions rather than features of this case alone."),
        ("decisions", "The decisions made about Mr P were rooted in respect for his choices."),
        ("decisions", "The social worker accepted Leon's wish to end support as clearly made."),
    ],
)
def test_systemic_and_decisions_in_plain_words(tmp_path, element, body):
    assert _found(tmp_path, "sar-report", body, element)


@pytest.mark.parametrize("heading", ["Is this what usually happens?", "Is this unusual?"])
def test_asking_whether_it_usually_happens_is_a_systemic_heading(tmp_path, heading):
    body = "The Board's audit of cases last year found the same gaps in most of them."
    draft = tmp_path / "d.md"
    draft.write_text(f"---\nkind: sar-report\n---\n# Report\n\n## {heading}\n\n{body}\n", "utf-8")
    ev = find_all(read_document(draft))["systemic"].evidence
    assert ev is not None and ev.strength == "section"


@pytest.mark.parametrize(
    "heading", ["Notes", "Jargon Buster", "Glossary of terms", "Further reading"]
)
def test_a_glossary_entry_states_no_element(tmp_path, heading):
    """ "SILP: a review model built around practitioners' learning events" defines a term;
    it does not say that practitioners took part in this review."""
    line = "Eleven practitioners took part in a learning event in May."
    draft = tmp_path / "d.md"
    draft.write_text(f"---\nkind: sar-report\n---\n# Report\n\n## {heading}\n\n{line}\n", "utf-8")
    found = find_all(read_document(draft))["practitioners"].found
    assert found is (heading == "Notes")


_SPLIT = (
    "{title}\n\nThe Board held this review after Mr D died at home in the winter.\n\n"
    "{analysis}\n\n"
    "{first}\n\nThe ward discharged him because he said he could manage, and staff believed "
    "him; the reason for the decision was the pressure on beds that week.\n\n"
    "{second}\n\nNobody asked whether he could manage the stairs to the flat.\n"
)


def _typed(tmp_path: Path, name: str, **parts: str) -> dict:
    path = tmp_path / name
    path.write_text(_SPLIT.format(**parts), encoding="utf-8")
    return find_all(read_document(path))


def test_a_heading_without_text_in_plain_text_holds_the_sections_after_it(tmp_path):
    """Plain text cannot say that "ANALYSIS" is over the two sections after it."""
    found = _typed(
        tmp_path,
        "r.txt",
        title="SAFEGUARDING ADULTS REVIEW: MR D",
        analysis="ANALYSIS",
        first="LEAVING HOSPITAL",
        second="THE STAIRS",
    )
    assert found["decisions"].found
    assert found["decisions"].evidence.section[-1] == "ANALYSIS"


def test_a_heading_without_text_in_markdown_holds_only_its_own(tmp_path):
    # Markdown says the levels: "## Analysis" over nothing, then two sections beside it.
    found = _typed(
        tmp_path,
        "r.md",
        title="# Safeguarding Adults Review: Mr D",
        analysis="## Analysis",
        first="## Leaving hospital",
        second="## The stairs",
    )
    assert not found["decisions"].found or found["decisions"].evidence.section[-1] != "Analysis"


def _under_heading(tmp_path: Path, kind: str, heading: str, body: str):
    draft = tmp_path / "d.md"
    draft.write_text(f"---\nkind: {kind}\n---\n# Document\n\n## {heading}\n\n{body}\n", "utf-8")
    return find_all(read_document(draft))


@pytest.mark.parametrize(
    ("heading", "found"),
    [("Winston's last year", True), ("Her final weeks", True), ("Final thoughts", False)],
)
def test_the_last_year_of_a_life_is_what_happened(tmp_path, heading, found):
    body = "She was admitted to hospital twice and was discharged home each time in March."
    got = _under_heading(tmp_path, "seven-minute-briefing", heading, body)["what-happened"]
    assert got.found is found


@pytest.mark.parametrize(
    ("body", "found"),
    [
        # Which limb applies is not said (tests/rules/test_publication_pack.py).
        (
            "Members agreed the criteria were met, so a review was arranged under section 44 "
            "of the Care Act 2014.",
            False,
        ),
        ("The Board therefore had to arrange a review under section 44 of the Care Act.", True),
        (
            "Under section 44 of the Care Act, Mr A had care and support needs, he died, and "
            "neglect was thought to have played a part.",
            True,
        ),
        ("The Board considered whether the criteria in section 44 of the Care Act applied.", False),
        ("The criteria for a carer's assessment were met in May.", False),
    ],
)
def test_the_mandate_in_plain_words(tmp_path, body, found):
    assert _found(tmp_path, "sar-report", body, "legal-mandate") is found


@pytest.mark.parametrize(
    ("element", "body", "found"),
    [
        (
            "systemic",
            "Some of what happened was shaped by how services are arranged rather than by "
            "individual choices.",
            True,
        ),
        ("systemic", "His week was shaped by how his carers arranged their visits.", False),
        ("systemic", "He preferred group activities rather than individual sessions.", False),
        ("working-together", "Almost every agency knew something about the risk to her.", True),
        ("working-together", "Every agency knows how to make a referral to the team.", False),
    ],
)
def test_systemic_and_working_together_in_ordinary_words(tmp_path, element, body, found):
    assert _found(tmp_path, "sar-report", body, element) is found


@pytest.mark.parametrize(("heading", "found"), [("Agencies working apart", True), ("Apart", False)])
def test_agencies_working_apart_is_working_together(tmp_path, heading, found):
    body = "Housing knew about the visitors and the police knew of her fear; none of it was shared."
    ev = _under_heading(tmp_path, "sar-report", heading, body)["working-together"].evidence
    assert (ev is not None and ev.strength == "section") is found


@pytest.mark.parametrize(
    ("heading", "found"),
    [("2. What organisations told us", True), ("What the family told us", False)],
)
def test_what_organisations_told_us_is_the_agency_summaries(tmp_path, heading, found):
    body = "The general practice saw him four times; the fire service had no contact."
    ev = _under_heading(tmp_path, "rapid-review", heading, body)["agency-summaries"].evidence
    assert (ev is not None and ev.strength == "section") is found


@pytest.mark.parametrize(
    ("heading", "found"), [("Outcome", True), ("Review of this decision", False)]
)
def test_how_to_ask_again_is_not_the_decision(tmp_path, heading, found):
    body = (
        "If new information comes to light, partners may ask again. Record approved by the chair."
    )
    assert _under_heading(tmp_path, "rapid-review", heading, body)["decision"].found is found


@pytest.mark.parametrize(
    ("heading", "body", "found"),
    [
        ("When the review has finished", "Each agency tells the Board what it has changed.", True),
        ("Notes", "The Board turns the recommendations into an action plan each year.", True),
        ("Notes", "We check the progress of every action at our meetings.", True),
        ("When the review has finished", "It will have taken about nine months.", False),
    ],
)
def test_what_happens_after_the_review_in_a_leaflet(tmp_path, heading, body, found):
    draft = tmp_path / "d.md"
    draft.write_text(
        f"---\nkind: family-guidance\n---\n# Leaflet\n\n## {heading}\n\n{body}\n", "utf-8"
    )
    assert find_all(read_document(draft))["afterwards"].found is found


@pytest.mark.parametrize(
    ("body", "found"),
    [
        (
            "A Board must arrange a review when an adult with care and support needs dies "
            "and there is reasonable cause for concern about how agencies worked together.",
            False,
        ),
        (
            "The panel found reasonable cause for concern: the GP and the housing team never "
            "shared what each knew.",
            True,
        ),
    ],
)
def test_the_law_restated_is_not_the_reasonable_concern_weighed(tmp_path, body, found):
    assert _found(tmp_path, "rapid-review", body, "reasonable-concern") is found


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("The reviewer read the chronologies and met the review panel three times.", False),
        ("Mr K met the reviewer twice with his advocate.", True),
    ],
)
def test_the_reviewer_meeting_the_panel_is_not_family_involvement(tmp_path, body, found):
    assert _found(tmp_path, "sar-report", body, "family-involvement") is found


@pytest.mark.parametrize(
    ("heading", "found"),
    [
        ("10. Learning for the Partnership", True),
        ("9. LEARNING AND PREVENTION", True),
        ("Learning", True),
        ("Learning from other reviews", False),
        ("Learning disability and communication", False),
    ],
)
def test_the_lessons_set_out_for_the_partnership_are_its_learning(tmp_path, heading, found):
    body = (
        "Concerns raised by family members are important information and should be "
        "recorded, shared and responded to."
    )
    assert _found_under(tmp_path, "sar-report", heading, body, "learning") is found


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("The main lessons for the partnership are these.", True),
        ("The main lessons for Mr K were about money.", False),
    ],
)
def test_the_main_lessons_for_the_partnership_are_learning(tmp_path, body, found):
    assert _found(tmp_path, "sar-report", body, "learning") is found


@pytest.mark.parametrize(
    ("body", "found"),
    [
        (
            "If these lessons are acted on, harm of this kind is prevented or stopped earlier.",
            True,
        ),
        ("If these changes are made, similar deaths are less likely.", True),
        ("Acting on this learning will help prevent similar harm to other adults.", True),
        ("The review makes five recommendations to the partnership.", True),
        ("Harm of this kind is often hidden from visiting staff.", False),
        ("The coroner made no recommendations.", False),
    ],
)
def test_what_the_changes_would_prevent_is_prevention(tmp_path, body, found):
    assert _found(tmp_path, "sar-report", body, "prevention") is found


def test_a_heading_on_the_adults_consent_is_not_the_overview(tmp_path):
    body = "Adult D agreed to take part and asked for his sister to be involved."
    assert not _found_under(
        tmp_path, "sar-report", "2. ADULT D'S CONSENT AND INVOLVEMENT", body, "overview"
    )


def test_a_contents_list_states_no_element(tmp_path):
    body = "1. Introduction\n2. Limitations of the Review\n3. Recommendations"
    assert not _found_under(tmp_path, "sar-report", "Contents", body, "limitations")
    assert _found_under(tmp_path, "sar-report", "Notes", body, "limitations")


@pytest.mark.parametrize(
    ("element", "body", "found"),
    [
        ("contacts", "If you are worried about an adult now, call 999 in an emergency.", False),
        ("contacts", "Please call us on 01632 960215 with any questions.", True),
        (
            "report-publication",
            "You will be offered the chance to read the report before it is finished.",
            False,
        ),
        ("report-publication", "You will see the report before it is published.", True),
        ("taking-part", "You are welcome to bring a friend or relative to any meeting.", False),
        ("taking-part", "You are welcome to bring photographs to the meeting.", True),
    ],
)
def test_family_cues_say_what_the_family_is_told_about_the_review(tmp_path, element, body, found):
    assert _found(tmp_path, "family-guidance", body, element) is found


@pytest.mark.parametrize(
    ("body", "found"),
    [
        (
            "The home made these decisions without any assessment of the residents' capacity "
            "and without best-interests decisions.",
            True,
        ),
        ("Nobody completed an assessment of Mr T's capacity to refuse the move.", True),
        ("The review looked at the assessment of the team's workload.", False),
    ],
)
def test_an_assessment_of_the_persons_capacity_is_mental_capacity(tmp_path, body, found):
    assert _found(tmp_path, "sar-report", body, "mental-capacity") is found
