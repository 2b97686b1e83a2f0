"""Tenth round, tuned on heldout13: contacts tables and contact boxes of public bodies,
role mailboxes, a service's label before its number, keepers of a review's papers
("Briefing prepared by", "Last updated ... by"), names with particles after an initial
and with two family names, a column of staff initials, dates of birth in form
shorthand, system and order numbers, a rapid review's own reference, and a blanket
statement that every name is a pseudonym. Each case has one it must leave alone beside
the one it must catch; the examples are invented."""

from __future__ import annotations

from helpers import entities, read

from sardoc.identify import detect, find_identifiers
from sardoc.identify.contact import emails, phones
from sardoc.identify.dates import dates_of_birth
from sardoc.identify.numbers import record_numbers
from sardoc.identify.person import blanket_pseudonyms

# -- services' lines and mailboxes ----------------------------------------------------


def test_contacts_table_rows_without_a_person_are_services():
    text = (
        "# Leaflet\n\n## Help\n\n"
        "| Who | How |\n|---|---|\n"
        "| Out of hours | 01632 960 123 |\n"
        "| Booking an interpreter | 020 7946 0555 · bookings.team@example.org |\n"
        "| Carers' Line | text 07700 900 444 |\n"
        "| Ask about this leaflet | Odhran Fairweather-Lusk, 01632 960 789 (direct) |\n"
    )
    found = entities(text)
    assert "01632 960 123" not in found
    assert "020 7946 0555" not in found
    assert "bookings.team@example.org" not in found
    assert "07700 900 444" not in found
    # A person's own line in the same table stays reported.
    assert found.get("01632 960 789") == {"phone"}


def test_a_wide_trackers_contact_column_is_still_personal():
    text = (
        "# Tracker\n\n"
        "| No. | Action | Owner | Contact | Due |\n|---|---|---|---|---|\n"
        "| 1 | Audit | Designated Nurse | 01632 960 311 | June |\n"
    )
    assert entities(text).get("01632 960 311") == {"phone"}


def test_a_relatives_row_in_a_contacts_table_is_personal():
    text = "# Notes\n\n| Who | Phone |\n|---|---|\n| Her son | 01632 960 256 |\n"
    assert entities(text).get("01632 960 256") == {"phone"}


def test_a_service_label_before_the_number():
    assert phones("Chaplaincy office: 01632 960 642") == []
    assert phones("Duty desk: 01632 960 643") == []
    assert [s.text for s in phones("His own mobile: 07700 900 645")] == ["07700 900 645"]


def test_its_number_is_a_services():
    assert phones("The falls team visits within a week. Its contact number is 01632 960 520.") == []
    assert [s.text for s in phones("Her contact number is 01632 960 521.")] == ["01632 960 521"]


def test_role_mailboxes():
    assert emails("write to chair@example.org or carers@example.net") == []
    assert [s.text for s in emails("write to bryony.achterberg@example.org")] == [
        "bryony.achterberg@example.org"
    ]


def test_a_contact_box_joined_into_one_paragraph():
    text = (
        "# Leaflet\n\n## Who to contact\n\n"
        "Safeguarding Adults Board Business Unit, Civic Offices, Dunmere.\n"
        "Telephone 01632 960 330\n"
        "E-mail: sabunit.dunmere@example.org\n"
    )
    found = entities(text)
    assert "01632 960 330" not in found
    assert "sabunit.dunmere@example.org" not in found


def test_a_number_right_under_a_contact_heading():
    found = entities("# Easy read\n\n## Contact us\n\nPhone: 01632 960 331\n")
    assert "01632 960 331" not in found
    # Under any other heading the same line is someone's.
    found = entities("# Easy read\n\n## Her visit\n\nPhone: 01632 960 332\n")
    assert found.get("01632 960 332") == {"phone"}


def test_lines_of_one_box_after_the_services_name():
    text = (
        "# Leaflet\n\n## Who can I ask?\n\nSafeguarding Adults Board business unit\n\n"
        "- Telephone: 01632 960 333, mornings\n- Telephone: 01632 960 334, afternoons\n"
    )
    found = entities(text)
    assert "01632 960 333" not in found and "01632 960 334" not in found


# -- officials: the keepers of a review's papers ---------------------------------------


def test_keepers_of_a_papers_are_officials():
    text = (
        "# Briefing\n\nThe briefing was prepared by Harriet Brannagh and checked by "
        "Wren Pettifer (Carers' Lead).\n\nLast updated: 02/03/2027 by Harriet Brannagh\n"
    )
    found = entities(text)
    assert found["Harriet Brannagh"] == {"official"}
    assert found["Wren Pettifer"] == {"official"}


def test_a_board_post_after_the_name_in_a_box():
    text = "# Leaflet\n\n> **Your contact**\n> Marguerite Osei-Lamb, Board Business Manager\n"
    assert entities(text)["Marguerite Osei-Lamb"] == {"official"}


def test_particle_names_after_an_initial_and_with_two_family_names():
    assert [s.text for s in detect("Notes from R. de la Vega Moreno were filed.")] == [
        "R. de la Vega Moreno"
    ]
    # A place with a particle and no title, initial or given name is no one.
    assert detect("They moved to Rio de Janeiro in 1970.") == []


def test_chaplain_is_a_role_not_a_name():
    spans = detect("Lead Chaplain: Revd Ambrose Kilbride")
    assert [s.text for s in spans] == ["Revd Ambrose Kilbride"]


def test_given_names_that_are_words_beside_a_surname():
    assert [s.text for s in detect("The plan was checked by Wren Achterberg.")] == [
        "Wren Achterberg"
    ]
    assert detect("A wren sat on the fence; the gale took the roof.") == []


# -- initials --------------------------------------------------------------------------


def test_a_column_of_initials_and_the_initials_in_notes():
    text = (
        "# Chronology\n\n"
        '> "seen at home, skin intact. QMV"\n\n'
        "| Initials in records | Role |\n|---|---|\n| QMV, RT | District nurses |\n"
        "| Agency | Role |\n"
    )
    hits = [h.span for h in find_identifiers(read(text))]
    assert {s.text for s in hits if s.entity == "person"} >= {"QMV", "RT"}


def test_an_abbreviated_name_does_not_steal_the_full_names_initials():
    text = (
        "# Minutes\n\nPresent: Imelda Grace Tavistock (IGT), Named Nurse; Odile Franck\n\n"
        "Referrer: I. G. Tavistock, Named Nurse\n\n**IGT:** the ward has booked an interpreter.\n"
    )
    found = entities(text)
    assert "IGT" in found


# -- dates of birth ----------------------------------------------------------------------


def test_dates_of_birth_in_form_shorthand():
    assert [s.text for s in dates_of_birth("Date of Birth – 9 Jun '38.")] == ["9 Jun '38"]
    assert [s.text for s in dates_of_birth("her brother, b. April 1959, rang")] == ["April 1959"]
    # A year alone says no more than an age; a capital B. is an initial.
    assert dates_of_birth("her brother (b. 1959) rang") == []
    assert dates_of_birth("Dr B. April 1959 report") == []


# -- record numbers ------------------------------------------------------------------------


def test_system_and_order_numbers():
    assert [s.text for s in record_numbers("EMIS 700412233 shows the visit")] == ["700412233"]
    assert [s.text for s in record_numbers("Order HMS-2026-55120, delivered")] == ["HMS-2026-55120"]
    assert record_numbers("in order COVID-2020 measures were eased") == []


def test_a_rapid_reviews_own_reference_is_not_a_record_number():
    assert record_numbers("Decision reference NVSAB-RR-26-03 and KLSAB-R-2025-09.") == []
    assert record_numbers("Our ref SAR-R-26-02") == []
    assert {s.text for s in record_numbers("Incident no. AMB-260114-0071")} == {"AMB-260114-0071"}


# -- declarations ---------------------------------------------------------------------------


def test_a_blanket_statement_clears_lone_given_names():
    assert blanket_pseudonyms("All other names in this report are also pseudonyms.")
    assert not blanket_pseudonyms("All agencies were asked for their records.")
    text = (
        '# Review\n\n"Edna" is a pseudonym. All other names in this report are '
        "first-name pseudonyms.\n\nThe reviewer met Edna's son, Gerald, twice.\n"
    )
    assert "Gerald" not in entities(text)
    # Without the statement the son's name is reported.
    text = "# Review\n\nThe reviewer met Edna's son, Gerald, twice.\n"
    assert entities(text).get("Gerald") == {"person"}


def test_called_here_declares_each_name():
    text = (
        "# Thematic review\n\nThis review concerns two people, called here Winifred and "
        "Cedric.\n\nWinifred fell twice at home.\n"
    )
    found = entities(text)
    assert "Winifred" not in found and "Cedric" not in found


# -- words that are not names --------------------------------------------------------------


def test_a_month_after_following_and_an_investigation():
    assert detect("Baseline in May, repeat the following June.") == []
    assert (
        detect(
            "The trust carried out a Patient Safety Incident Investigation, and the coroner met."
        )
        == []
    )


def test_a_relatives_own_email_in_a_box_naming_the_board_stays_flagged(tmp_path):
    # The relative's name is a declared pseudonym, so no person opens the box: the
    # personal cue before the address still marks it as hers.
    from sardoc.identify import find_identifiers
    from sardoc.sources import read_document

    path = tmp_path / "notes.md"
    path.write_text(
        "# Notes\n\nRuth is a pseudonym.\n\n"
        "Ruth can be reached through the Board. For the panel only: her e-mail is "
        "r.tanner.home@example.net.\n",
        encoding="utf-8",
    )
    found = [h.span for h in find_identifiers(read_document(path))]
    assert any(s.entity == "email" and s.text.startswith("r.tanner") for s in found)
