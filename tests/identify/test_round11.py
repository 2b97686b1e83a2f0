"""Eleventh round, tuned on heldout14: care settings named without a generic word where
the text says people lived, were tenants or were abused there, or where a section of
records carries the home's name; a home's name before its street address; a hospital
called by its town and "General"; record numbers after a file, alert, note or summary
label, after "LAS:" and in brackets a few words after their label; staff initials
quoted after a full name and in a note's last line; a lower-case given name with the
initial of the family name; a Title-Case heading whose modal verb is also a name; and
names agreed in minutes ('will be "Name"'). Each case has one it must leave alone
beside the one it must catch; the examples are invented."""

from __future__ import annotations

from helpers import entities, found, read

from sardoc.identify import find_identifiers
from sardoc.identify.person import declared_names, quoted_lower
from sardoc.identify.structure import KnownInitials

# -- care settings ---------------------------------------------------------------------


def test_tenants_of_a_named_building_are_its_residents():
    assert found("Three tenants of Pellow Court spoke to the inspector.", "care-setting") == [
        "Pellow Court"
    ]
    # A town's residents are not a home's: a bare name without a building word.
    assert found("Tenants of Quenford were asked for views.", "care-setting") == []


def test_abuse_at_a_named_place():
    assert found("There was earlier psychological abuse at Tarnbeck Lodge.", "care-setting") == [
        "Tarnbeck Lodge"
    ]
    assert found("She reported abuse at Christmas.", "care-setting") == []


def test_regulator_inspected_with_an_adverb():
    assert found("CQC last inspected Dunmere Court in 2021.", "care-setting") == ["Dunmere Court"]


def test_a_section_of_a_homes_records_names_the_home():
    assert found("Care home notes, Ashgrove Manor", "care-setting") == ["Ashgrove Manor"]
    assert found("Provider daily notes: Kelsall Court", "care-setting") == ["Kelsall Court"]
    # Records of an agency, not a home.
    assert found("Police records, Wexcombe", "care-setting") == []


def test_plural_homes_then_the_name():
    text = "One of the three pilot homes, Ferrisfield House, has signed up."
    assert found(text, "care-setting") == ["Ferrisfield House"]


def test_a_home_before_its_street_address():
    text = "Last known address: Brackenhurst Grange, 42 Colley Road, Northby."
    assert "Brackenhurst Grange" in found(text, "care-setting")
    # An office is a House; it is left to the address.
    assert found("Write to Civic House, 12 Market Street.", "care-setting") == []


def test_a_hospital_called_by_its_town_and_general():
    assert found("She was taken to Wexcombe General by ambulance.", "care-setting") == [
        "Wexcombe General"
    ]
    assert found("The letter went to the Attorney General.", "care-setting") == []


def test_known_setting_without_its_campus_and_in_lower_case():
    text = (
        "# Notes\n\nStaff at the Pellowmead Court campus kept a log.\n\n"
        "Two more tenants of Pellowmead Court were seen.\n\n"
        "> 12/03/24 new resident from pellowmead, settled well.\n\n"
        "E-mail pellowmead.office@example.org for copies.\n"
    )
    found_here = entities(text)
    assert found_here.get("Pellowmead Court") == {"care-setting"}
    assert found_here.get("pellowmead") == {"care-setting"}
    assert "pellowmead.office@example.org" not in {
        h.span.text for h in find_identifiers(read(text)) if h.span.entity == "care-setting"
    }


# -- record numbers ----------------------------------------------------------------------


def test_record_numbers_after_file_alert_note_and_summary():
    assert found("Provider file HX-QT-00912", "other-id") == ["HX-QT-00912"]
    assert found("Mosaic case note KN-550213", "other-id") == ["KN-550213"]
    assert found("Safeguarding alert AL-24-01177", "other-id") == ["AL-24-01177"]
    assert found("send the occurrence summary for WP-22-0019982.", "other-id") == ["WP-22-0019982"]
    assert found("The file note was short.", "other-id") == []


def test_las_label_alone_and_bracketed_values():
    assert found("Mosaic: 5512093 · LAS: 7718204", "other-id") == ["5512093", "7718204"]
    assert found("the old Mosaic number for her (66120934) was used", "other-id") == ["66120934"]
    assert found("Las Vegas: 2019 holiday photos", "other-id") == []


def test_referral_with_a_coded_value():
    assert found("asked why referral Q55120 was closed", "other-id") == ["Q55120"]
    assert found("the referral 12 June was late", "other-id") == []


# -- people ----------------------------------------------------------------------------


def test_initials_quoted_after_the_full_name():
    k = KnownInitials({"delphine okafor-reyes", "tobias quint"})
    text = 'Senior carer Tobias Quint ("TQ", "toby") signed most notes.'
    assert [s.text for s in k.mentions(text)] == ["TQ"]


def test_known_initials_in_a_notes_last_line():
    k = KnownInitials({"tobias quint"})
    assert [s.text for s in k.mentions("Found on floor. 999 called. TQ / sam informed.")] == ["TQ"]
    # The same letters in running prose are left alone.
    assert k.mentions("The TQ scheme ended.") == []


def test_lower_case_given_name_with_an_initial():
    got = [s.text for s in quoted_lower("handed over to rose k at 8. frank t aware.", whole=True)]
    assert "rose k" in got and "frank t" in got
    # "v" is "very" and "b" is "be" in notes.
    assert all(" " not in s.text for s in quoted_lower("tom v loud. will b back.", whole=True))


def test_title_case_modal_is_not_a_name():
    assert found("How the Learning Will Be Shared", "person") == []
    assert found("What May Change Next", "person") == []
    # A name with a surname still is.
    assert found("I spoke to Will Hartigan.", "person") == ["Will Hartigan"]


def test_names_agreed_in_minutes_are_declared():
    text = 'Mr Prowse will be "Declan" and Mr Ahn "Felix".'
    assert {"Declan", "Felix"} <= declared_names(text)
    assert declared_names('The theme will be "Think Family" this year.') == set()


def test_signed_with_a_post_at_the_board_is_an_official():
    text = (
        "# E-mails\n\n"
        "> Dear colleagues, please send records.\n>\n"
        "> Helen Dunmore | Business Manager | Wexcombe Safeguarding Adults Board\n\n"
        "> Thanks for this.\n>\n"
        "> Helen Dunmore | Business Manager | Oakhill Care Ltd\n"
    )
    got = [(h.span.text, h.span.entity) for h in find_identifiers(read(text))]
    assert ("Helen Dunmore", "official") in got


def test_a_practitioner_signing_for_an_agency_stays_a_person():
    text = "# E-mails\n\n> Thanks.\n>\n> Helen Dunmore | Team Manager | Oakhill Care Ltd\n"
    assert entities(text).get("Helen Dunmore") == {"person"}


def test_sign_off_then_signature_is_not_one_name():
    assert "Tom Tom Baskerville" not in found("Thanks, Tom Tom Baskerville, Registered Manager")
    assert "Tom Baskerville" in found("Thanks, Tom Tom Baskerville, Registered Manager")
    assert found("Jane Mary Hughes came.", "person") == ["Jane Mary Hughes"]


def test_a_family_name_with_an_arabic_prefix():
    assert found("| Yasmeen El-Sabbagh | 31/12/2025 |", "person") == ["Yasmeen El-Sabbagh"]
    assert found("The El-Nour Centre opened.", "person") == []


def test_every_attendee_of_a_long_present_list_is_an_official():
    text = (
        "# Minutes\n\n"
        "**Date:** Monday 2 March 2026, 10:00, online\n"
        "**Chair:** Olwen Braithwaite (OB), Principal Social Worker\n"
        "**Present:** Tamsin Hartley (TH), Board Business Manager; Dominic Farrant (DF),\n"
        "acute trust; DS Carys Pembridge (CP), police, for DI Mountford; Leopold Ashcombe\n"
        "(LA), provider; Nadia Kerrigan (NK), sensory impairment team; Rupert Ellingham (RE),\n"
        "housing association\n\n"
        "### 1. Referral\n\nOB opened the meeting.\n"
    )
    found_here = entities(text)
    for name in ("Leopold Ashcombe", "Nadia Kerrigan", "Rupert Ellingham"):
        assert found_here.get(name) == {"official"}, name


def test_owners_named_in_an_action_plans_lead_column():
    text = (
        "# Action plan\n\n"
        "| No. | Action | Lead | Due |\n|---|---|---|---|\n"
        "| 1 | Audit records | Parveen Oduya / Tariq Hallorann | 31/03/2027 |\n"
        "| 2 | New protocol | Heath Moorcroft (ICB) | 30/04/2027 |\n"
        "| 3 | Training | Dr Ewan Prothero, Clinical Lead, NHS Harlow and Stourmouth ICB |"
        " 30/06/2027 |\n"
        "| 4 | Leaflet | Commissioning team | 31/07/2027 |\n"
    )
    got = entities(text)
    for name in ("Parveen Oduya", "Tariq Hallorann", "Heath Moorcroft"):
        assert got.get(name) == {"official"}, name
    assert "Stourmouth" not in " ".join(got)
    assert "Commissioning team" not in got


def test_a_home_before_an_address_with_a_range_of_numbers():
    text = "Admission form, Peverell Lodge, 4-8 Harrow Rise, Westby"
    assert found(text, "care-setting") == ["Peverell Lodge"]


def test_a_home_with_its_building_word_joined_to_a_known_one():
    text = (
        "# Tracker\n\nShe moved to Quarrendon House, a care home, in May.\n\n"
        "The pilot ran at Tallisford Grange and Quarrendon House.\n"
    )
    assert entities(text).get("Tallisford Grange") == {"care-setting"}
