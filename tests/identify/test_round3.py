"""Third round of identifiable-data fixes: the name a review goes by, "the report calls",
agencies that run on from a name, and officials named in more ways. Each fix has a case
it catches and a case it must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from sardoc.identify import find_identifiers
from sardoc.identify.person import declared_names, review_names
from sardoc.sources import markdown
from tests.identify.helpers import found


def hits(text: str) -> list[tuple[str, str]]:
    doc = markdown.read(Path("draft.md"), text.encode("utf-8"))
    return [(h.span.entity, h.span.text) for h in find_identifiers(doc)]


def entity_of(text: str, name: str) -> set[str]:
    return {e for e, t in hits(text) if t == name}


# -- the name a review goes by ----------------------------------------------------------


def test_the_name_a_review_goes_by_is_declared():
    assert review_names("Action plan – Winifred SAR") == {"Winifred"}
    assert review_names("Safeguarding Adults Review: Winifred") == {"Winifred"}
    assert review_names("A thematic SAR on self-neglect") == set()
    assert review_names("The SAR panel met") == set()


def test_every_use_of_a_review_name_is_cleared_but_others_are_not():
    text = (
        "---\ntitle: Winifred SAR – chronology\n---\n# Chronology\n\n"
        "Winifred was seen by Dr Priya Latham on 3 May.\n\n> note: winifred settled.\n"
    )
    names = {t for e, t in hits(text) if e == "person"}
    assert "Winifred" not in names and "winifred" not in names
    assert "Dr Priya Latham" in names


def test_the_report_calls_declares_a_name():
    assert "Ottoline" in declared_names("She is the manager the report calls Ottoline.")
    assert declared_names("The manager rang Ottoline Brask.") == set()


# -- agencies are not people ---------------------------------------------------------------


def test_a_place_word_running_into_an_agency_is_not_joined_to_a_name():
    text = "Panel chair: Superintendent Gavin Lister, Greater Calderbrook Police.\n"
    assert not any("Calderbrook" in t for _, t in hits(text))
    text = "The visit was by Gavin Lister, Kelly Broadbent and others.\n"
    assert "Kelly Broadbent" in {t for _, t in hits(text)}


def test_two_names_declared_together_are_both_cleared():
    got = declared_names("They are called Tom Hadley and Aisha Karim in this write-up.")
    assert {"Tom Hadley", "Aisha Karim"} <= got


def test_sar_is_never_part_of_a_name():
    text = "# Action tracker – Winifred SAR\n\nWinifred moved in May.\n"
    assert not any("SAR" in t for _, t in hits(text))


# -- officials named in more ways -------------------------------------------------------


def test_a_name_with_a_capitalised_job_title_is_an_official():
    text = "# Contacts\n\nYour contact is Karen Stott, Family Liaison Officer.\n"
    assert entity_of(text, "Karen Stott") == {"official"}
    text = "# Tracker\n\nOwner: Sunil Rajapakse, Head of Safeguarding.\n"
    assert entity_of(text, "Sunil Rajapakse") == {"official"}


def test_a_practitioner_named_by_role_in_lower_case_stays_a_person():
    text = "# Chronology\n\nThe tenancy officer, Kelly Broadbent, wrote to him.\n"
    assert entity_of(text, "Kelly Broadbent") == {"person"}


def test_everyone_on_a_meetings_attendance_line_is_an_official():
    text = (
        "# Scoping minutes\n\n**Present:** Maxine Dolan (chair); Tariq Siddiqui (ICB)\n\n"
        "**Apologies:** Leon Bamford\n\nThe man's son, Kevin Brannigan, was told.\n"
    )
    got = hits(text)
    assert ("official", "Tariq Siddiqui") in got and ("official", "Leon Bamford") in got
    assert ("person", "Kevin Brannigan") in got


def test_chaired_by_and_appointed_as_author_name_officials():
    text = "# Notes\n\nThe meeting was chaired by Anjali Mistry.\n"
    assert entity_of(text, "Anjali Mistry") == {"official"}
    text = "# Notes\n\nJacqueline Obi-Whitfield was appointed as author in April.\n"
    assert entity_of(text, "Jacqueline Obi-Whitfield") == {"official"}


def test_a_post_the_board_holds_names_an_official():
    text = "# Method\n\nShe was helped by Fiona Mackellar, the Board's business manager.\n"
    assert entity_of(text, "Fiona Mackellar") == {"official"}
    text = "# Notes\n\nDr Emeka Nwosu, Named GP for Safeguarding, attended.\n"
    assert entity_of(text, "Dr Emeka Nwosu") == {"official"}


def test_an_action_plans_owner_column_names_officials():
    text = (
        "# Action plan\n\n| Ref | Action | Lead officer | Due |\n|---|---|---|---|\n"
        "| J1 | Audit closures | Maxine Dolan | 30/06/2024 |\n\n"
        "# Chronology\n\n| Date | Agency | Event |\n|---|---|---|\n"
        "| 3/2 | GP | Seen by Dr Priya Latham |\n"
    )
    got = hits(text)
    assert ("official", "Maxine Dolan") in got
    assert ("person", "Dr Priya Latham") in got


# -- record numbers after more labels -----------------------------------------------------


@pytest.mark.parametrize(
    "text, ident",
    [
        ("Trust incident logged; Datix 118-3372.", "118-3372"),
        ("Incident WM-220220-0877 was raised.", "WM-220220-0877"),
        ("He was known to services (RiO RIO-3390172).", "RIO-3390172"),
        ("A notice (PPN 554102) went to ASC.", "554102"),
        ("Bailiff's warrant no. W/2022/33871 was executed.", "W/2022/33871"),
        ("Care home: resident no. HB-0457.", "HB-0457"),
        ("ASC: section 42 enquiry S42-24-1188.", "S42-24-1188"),
    ],
)
def test_record_numbers_after_more_labels(text, ident):
    assert found(text, "other-id") == [ident]


def test_a_date_after_a_label_is_not_a_record_number():
    assert found("The section 42 enquiry 2019 was closed.", "other-id") == []
    assert found("Incident on 12/03/2022 was logged.", "other-id") == []


def test_a_record_number_in_a_key_value_table():
    text = "# Records\n\n| Mosaic ID | 3301472 |\n|---|---|\n| Age | 77 |\n"
    assert ("other-id", "3301472") in hits(text)
    assert not any(e == "other-id" for e, t in hits(text) if t == "77")


# -- care settings without a generic word --------------------------------------------------


@pytest.mark.parametrize(
    "text, setting",
    [
        (
            "She spent her last months at Larchfield Grange, where she moved in 2018.",
            "Larchfield Grange",
        ),
        ("He went to the hostel at Harbour Lights for four nights.", "Harbour Lights"),
        ("Ambergate Care Group, which runs Larchfield Grange, sent a report.", "Larchfield Grange"),
    ],
)
def test_a_setting_named_where_the_sentence_says_people_lived(text, setting):
    assert found(text, "care-setting") == [setting]


@pytest.mark.parametrize(
    "text",
    [
        "She went to London, where she lived with her son.",
        "The council, which runs Stourmouth Library, replied.",
        "She moved to a supported-living scheme in Wallsend after staff were suspended.",
    ],
)
def test_a_town_or_a_building_no_one_lives_in_is_not_a_setting(text):
    assert found(text, "care-setting") == []


# -- a word-name before a surname ----------------------------------------------------------


def test_bill_before_a_surname_is_a_given_name():
    assert found("He says a man called Bill Kershaw took his card.", "person") == ["Bill Kershaw"]


@pytest.mark.parametrize(
    "text", ["Bill Payments were late.", "The Mental Health Bill Committee met."]
)
def test_bill_before_an_ordinary_word_is_not_a_name(text):
    assert found(text, "person") == []


def test_a_family_liaison_officer_is_a_post_not_a_relative():
    text = "# Contact\n\nThe Board's family liaison officer, Karen Stott, will ring you.\n"
    assert entity_of(text, "Karen Stott") == {"official"}
    text = "# Story\n\nHer family friend, Karen Stott, visited.\n"
    assert entity_of(text, "Karen Stott") == {"person"}


def test_the_reviewer_is_and_an_appointment_after_a_describing_clause():
    text = "# Leaflet\n\nFor this review the reviewer is Dr Alison Carrow-Venn.\n"
    assert entity_of(text, "Dr Alison Carrow-Venn") == {"official"}
    text = (
        "# Method\n\nDr Alison Carrow-Venn, a social work academic, was appointed as "
        "independent reviewer in March.\n"
    )
    assert entity_of(text, "Dr Alison Carrow-Venn") == {"official"}
    text = "# Story\n\nThe reviewer and Mrs Ada Okafor spoke twice.\n"
    assert entity_of(text, "Mrs Ada Okafor") == {"person"}


# -- a known person's given name that is also a word -----------------------------------------


def test_a_known_given_name_that_is_a_word_is_found_alone_where_it_reads_as_a_name():
    text = (
        "# Event\n\nThe nurse, Will Ferreira, saw a mark. Will recorded this in RiO. "
        "Will you be named? She told May Robson about it, and later May had raised it.\n"
    )
    got = [t for e, t in hits(text) if e == "person"]
    assert got.count("Will") == 1 and got.count("May") == 1


def test_a_known_given_name_used_as_a_word_stays_a_word():
    text = (
        "# Story\n\nA volunteer, Hope Carmichael, runs a music night. "
        '"Hope was all we had," she said. '
        "May Robson met her in May.\n"
    )
    got = [t for e, t in hits(text) if e == "person"]
    assert "Hope" not in got and "May" not in got


def test_a_line_given_to_report_a_concern_is_a_service_line():
    assert found("To report a concern about an adult: 0191 498 0000.", "phone") == []
    assert found("To report a concern, ring my mobile 07700 900418.", "phone") == ["07700 900418"]


def test_a_rank_and_role_in_a_panel_table_is_not_a_name():
    text = (
        "# Safeguarding Adults Review\n\n## Panel membership\n\n| Name | Role |\n|---|---|\n"
        "| Helen Broadhurst | Detective Superintendent (chair) |\n"
    )
    got = hits(text)
    assert ("official", "Helen Broadhurst") in got
    assert not any("Superintendent" in t for _, t in got)


def test_a_setting_found_once_is_found_again_by_its_whole_name():
    text = (
        "# Story\n\nLater she moved to Larchfield Grange.\n\n"
        "At Larchfield Grange Maggie shared a lounge.\n\n"
        "Larchfield Grange Housing Ltd sent a report.\n"
    )
    got = [t for e, t in hits(text) if e == "care-setting"]
    assert got == ["Larchfield Grange", "Larchfield Grange"]


def test_a_sentence_declaring_one_name_by_its_cue_leaves_other_names():
    got = declared_names("Mrs Ellery (pseudonym) often saw Mark at the house late at night.")
    assert "Ellery" in " ".join(got) and "Mark" not in got
    got = declared_names("It was written with Peter and his aunt, whose name was changed to Ada.")
    assert {"Peter", "Ada"} <= got


def test_a_mc_or_o_surname_after_an_unlisted_given_name():
    assert found("Briefing prepared by Shona McAlister.", "person") == ["Shona McAlister"]
    assert found("Briefing prepared by Shona O'Rourke.", "person") == ["Shona O'Rourke"]
    assert found("The McDonald Centre opened.", "person") == []


@pytest.mark.parametrize(
    "text, setting",
    [
        ("He worked at Pentwyn Ridge, where a resident's family complained.", "Pentwyn Ridge"),
        ("Twelve extra beds opened at Harbour Lights last winter.", "Harbour Lights"),
        ("Until she went into Rowan Vale, where she lived for two years.", "Rowan Vale"),
    ],
)
def test_more_wordings_that_say_people_live_there(text, setting):
    assert found(text, "care-setting") == [setting]


def test_a_person_met_where_someone_lived_is_not_a_setting():
    assert found("She went to see Rowan Smith, where she lived.", "care-setting") == []


def test_a_month_after_a_scheduling_verb_is_the_month():
    assert found("Amber: training booked for May.", "person") == []
    assert found("She asked for May at the desk.", "person") == ["May"]


def test_a_yard_between_the_flat_and_the_street_is_part_of_the_address():
    text = "He lives at Flat 6, Tanner's Yard, 3 Mill Street."
    assert "Flat 6, Tanner's Yard, 3 Mill Street" in found(text, "address")


def test_a_known_given_name_in_lower_case_in_case_notes():
    text = (
        "# Record\n\nThe manager, Faith Adebayo-Rowe, was told.\n\n"
        "> 14/6 – liam suspended per mgr (faith). faith rang at 3pm.\n\n"
        "> 15/6 – keep the faith, the note said.\n"
    )
    got = [t for e, t in hits(text) if e == "person"]
    assert got.count("faith") == 2
