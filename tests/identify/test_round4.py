"""Fourth round: names found from layout rather than lists, care settings named beside
their kind, declared names in lists, and a service's own contact details. Each case has
one it must catch and one it must leave alone. Names here are on no name list on
purpose: the finders must not depend on one."""

from __future__ import annotations

from pathlib import Path

import pytest

from sardoc.identify import find_identifiers
from sardoc.identify.person import declared_names
from sardoc.identify.structure import structural
from sardoc.sources import markdown
from tests.identify.helpers import found


def hits(text: str) -> list[tuple[str, str]]:
    doc = markdown.read(Path("draft.md"), text.encode("utf-8"))
    return [(h.span.entity, h.span.text) for h in find_identifiers(doc)]


def names(text: str) -> list[str]:
    return [s.text for s in structural(text)]


# -- names from layout ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Quillon Brackwater, Business Manager, attended.", "Quillon Brackwater"),
        ("Thanks to Ysolde Fenwright, our Partnership Business Manager.", "Ysolde Fenwright"),
        ("Ysolde Fenwright\nTissue Viability Nurse Specialist", "Ysolde Fenwright"),
        ("Hi Taddeo, thanks for this.", "Taddeo"),
        ("Kind regards, Orsolya Penhallow", "Orsolya Penhallow"),
        ("From: Taddeo Marchbank <t.m@example.com>", "Taddeo Marchbank"),
        ("Taddeo from our duty team will ring you.", "Taddeo"),
        ("Daughter (Pim) present on the ward.", "Pim"),
        ("REPORT BY: Orsolya Penhallow DESIGNATION: Independent Reviewer", "Orsolya Penhallow"),
        ("**Minutes:** Ysolde Fenwright", "Ysolde Fenwright"),
    ],
)
def test_layout_gives_the_name(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reply from the duty team",  # a heading, not someone from the team
        "Hamish Ouseley, Legal Adviser, Harrowfield City Council",  # not 'Legal Adviser'
        "**Present:** Northfield Police (DI); Northfield Homes.",  # organisations
        "Dear Sir,",
        "Hi all, thanks.",
    ],
)
def test_layout_names_nobody_here(text):
    assert not any(n in ("Reply", "Legal Adviser", "Northfield", "Sir", "All") for n in names(text))


def test_a_job_title_after_a_name_is_not_joined_as_a_second_name():
    assert "Legal Adviser" not in found("- Hamish Ouseley, Legal Adviser, Harrowfield Council")


def test_a_role_opening_a_table_cell_introduces_a_name():
    assert "Sunniva Marchetti" in found("Discharge co-ordinator (Sunniva Marchetti)", "person")


def test_a_full_stop_after_an_initial_ends_the_name():
    assert not found("She is known in this report as Mr T. Professionals are named by role.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('She said: "I will never get her back, but May this be the last time."', []),
        ("She told May that the GP would call.", ["May"]),
    ],
)
def test_a_modal_may_is_a_word(text, expected):
    assert found(text, "person") == expected


def test_a_word_name_ending_a_place_name_is_the_place():
    text = "The Board will share what was learned with staff across Wyvern Dale."
    assert found(text, "person") == []


# -- officials ------------------------------------------------------------------------------


def test_the_author_of_a_biography_section_is_an_official():
    text = (
        "# Review\n\n## About the author\n\n"
        "REPORT BY: Orsolya Penhallow\n\n"
        "Orsolya Penhallow is a registered social worker. Ms Penhallow has no link with "
        "any agency.\n"
    )
    entities = {e for e, t in hits(text) if "Penhallow" in t}
    assert entities == {"official"}


def test_a_practitioner_in_the_story_stays_a_person():
    text = "# Review\n\n## Story\n\nThe district nurse, Orsolya Penhallow, visited on Monday.\n"
    assert ("person", "Orsolya Penhallow") in hits(text)


# -- declared names --------------------------------------------------------------------------


def test_every_name_of_a_declared_list_is_cleared():
    assert declared_names("They are referred to as Robin, Tegan and Mr Ossory here.") >= {
        "Robin",
        "Tegan",
        "Ossory",
    }


def test_a_name_the_panel_gave_is_declared():
    assert declared_names("Mr Ossory is a name the panel gave, as he had no family.") == {"Ossory"}


# -- care settings ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "setting"),
    [
        (
            "She lived first in a residential home, Meadowsweet House, in the town.",
            "Meadowsweet House",
        ),
        ("He was at St Aldhelm's, a hospital-based assessment and treatment unit.", "St Aldhelm's"),
        (
            "Referral to Tamarisk Court extra-care scheme declined.",
            "Tamarisk Court extra-care scheme",
        ),
        ("I'm the manager at Foxglove Rise.", "Foxglove Rise"),
    ],
)
def test_a_care_setting_named_beside_its_kind(text, setting):
    assert setting in found(text, "care-setting")


def test_a_person_beside_a_care_home_is_not_a_home():
    assert found("Mrs Okafor, a care home manager, said so.", "care-setting") == []


def test_a_setting_is_found_again_without_its_kind():
    text = "She moved to Juniper Lodge Care Home.\n\nStaff at Juniper Lodge noticed bruising.\n"
    assert [t for e, t in hits(text) if e == "care-setting"] == [
        "Juniper Lodge Care Home",
        "Juniper Lodge",
    ]


def test_a_doctor_of_a_surgery_is_a_person_and_a_surgery():
    got = found("The GP, Dr Obafemi Larkin of Wharfedale Lane Surgery, was not told.")
    assert "Dr Obafemi Larkin" in got and "Wharfedale Lane Surgery" in got


def test_the_town_an_organisation_is_named_after_is_not_a_home():
    text = (
        "# Ashdown Vale Safeguarding Adults Board\n\n"
        "Rosie lives in supported accommodation in the Ashdown Vale area.\n"
    )
    assert [t for e, t in hits(text) if e == "care-setting"] == []


# -- a service's contact details ------------------------------------------------------------


def test_a_contact_box_under_an_organisation_is_not_personal():
    text = (
        "## Contact us\n\nLinwood Park Safeguarding Adults Partnership Board\n\n"
        "Phone: 01632 960 532\n\nEmail: sapb@linwoodpark.example.org\n"
    )
    assert [e for e, _ in hits(text) if e in ("phone", "email")] == []


def test_a_person_named_above_keeps_their_number_and_address():
    text = (
        "## Contact\n\nYour contact is Ysolde Fenwright, Business Manager.\n\n"
        "Phone: 01632 960 532\n\nEmail: ysolde.fenwright@example.org\n"
    )
    got = {e for e, _ in hits(text)}
    assert {"phone", "email"} <= got


def test_a_mobile_under_an_organisation_stays_reported():
    text = "Harrowfield Safeguarding Adults Board\n\nPhone: 07700 900417\n"
    assert ("phone", "07700 900417") in hits(text)


def test_an_organisations_postal_street_is_not_an_address():
    text = "Write to us at Dunmere Safeguarding Adults Board, Civic Offices, Market Street, Dunmere"
    assert found(text, "address") == []
    assert found("She lived on Market Street, Dunmere.", "address") == ["Market Street"]


def test_a_number_in_a_services_table_row_is_the_services():
    text = (
        "| Service | How to reach it |\n|---|---|\n"
        "| Advocacy Hub | 0114 496 0910 (the Hub's own line) |\n"
        "| Ysolde Fenwright, Business Manager | 0114 496 0582 |\n"
    )
    phones = [t for e, t in hits(text) if e == "phone"]
    assert phones == ["0114 496 0582"]


def test_initials_of_a_named_attendee_are_that_attendee():
    text = (
        "# Minutes\n\n**Present:** Bartholomew Quayle (Business Manager); "
        "Petronella Skye (ICB)\n\n"
        "Agreed. BQ to send the specification. PS reported on health contact.\n"
    )
    got = hits(text)
    assert ("official", "BQ") in got and ("official", "PS") in got


def test_capitals_that_are_nobodys_initials_are_left_alone():
    text = "# Minutes\n\n**Present:** Bartholomew Quayle (Business Manager)\n\nASC to reply.\n"
    assert not any(t == "ASC" for _, t in hits(text))


def test_a_known_setting_before_a_lower_case_service_word_is_still_the_setting():
    text = (
        "He moved to the Orchardleigh campus in 2019.\n\n"
        "An inspector rated the Orchardleigh service inadequate.\n"
    )
    assert [t for e, t in hits(text) if e == "care-setting"] == [
        "Orchardleigh campus",
        "Orchardleigh",
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Report author: Quillon Brackwater, independent consultant", "Quillon Brackwater"),
        ("Panel chair: Superintendent Ysolde Fenwright", "Ysolde Fenwright"),
        ("Chair: DCI Taddeo Marchbank (Police)", "DCI Taddeo Marchbank"),
    ],
)
def test_a_label_ending_in_a_post_gives_the_name(text, name):
    assert name in names(text)


def test_a_label_whose_value_is_an_organisation_names_nobody():
    assert names("Case manager: Adult Social Care") == []
    assert names("Lead agency: Harrowfield Police") == []


def test_a_report_author_label_makes_an_official():
    text = (
        "# Safeguarding Adults Review\n\nReport author: Quillon Brackwater\n\n## Story\n\nText.\n"
    )
    assert ("official", "Quillon Brackwater") in hits(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Text the duty team on 07700 900123 if you cannot call.", False),
        ("SMS service: 07700 900124", False),
        ("Her mobile is 07700 900125.", True),
        ("You can text her on 07700 900126.", True),
    ],
)
def test_a_teams_text_service_is_a_public_line_but_a_persons_mobile_is_not(text, kept):
    assert bool(found(text, "phone")) is kept
