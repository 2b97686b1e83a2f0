"""Twelfth round: false warnings on clean papers and shapes the earlier rounds left.

A month that opens a range of months is a date; an ordinary word after a role in a
Title-Case heading is no name; a public body's number given beside its functional
mailbox, or under "Contact us" with nobody named, is its published line; places of an
organisation's name joined by "and" are not people; named places listed beside "in
hospital" are care settings; a bare setting is not cut from a longer capitalised name;
and a known given name in a note signed after a kiss or followed by "aware" is the
person. Each case has one it must leave alone beside the one it must catch; the
examples are invented."""

from __future__ import annotations

from helpers import entities, found

from sardoc.identify.person import KnownNames

# -- months in a range -------------------------------------------------------------------


def test_a_month_opening_a_range_of_months_is_a_date():
    assert found("Agencies sent records for the period April to November 2019.", "person") == []
    assert found("The audit looked at visits from May to July.", "person") == []
    assert found("Referrals rose in the June–August quarter.", "person") == []
    # A month name alone before a verb of speech is still read as a name.
    assert found("April said she would ring the surgery.", "person") == ["April"]


# -- Title-Case headings -----------------------------------------------------------------


def test_ordinary_words_after_a_role_in_a_title_case_heading():
    assert entities("# Practitioner Wellbeing Support\n\nSessions run monthly.\n") == {}
    assert found("Carer Resilience Workshop", "person") == []
    assert found("Nurse Prescribing Update", "person") == []
    # A role and a family name alone on a line is still someone.
    assert found("Station Manager Oduya", "person") == ["Oduya"]
    # And in a heading a listed name keeps it.
    assert found("Meeting With Social Worker Hughes", "person") == ["Hughes"]


# -- a public body's published contact details -------------------------------------------


def test_a_number_beside_a_functional_mailbox_and_a_post():
    line = "Contact: Board Business Manager, adults.partnership@example.org, 01632 960571."
    assert found(line, "phone") == []
    assert (
        found("Call the review officer on 01632 960572 or e-mail sab.unit@example.org.", "phone")
        == []
    )
    # A named person's line, or the writer's own ("ring me on"), stays flagged.
    assert found(
        "Contact Nadia Hollis, adults.partnership@example.org, 01632 960573.", "phone"
    ) == ["01632 960573"]
    assert found("Please ring me on 01632 960574 or e-mail sab.unit@example.org.", "phone") == [
        "01632 960574"
    ]
    # A personal address beside it does not make it a service's.
    assert found("Contact: Review Officer, p.quayle@example.org, 01632 960575.", "phone") == [
        "01632 960575"
    ]


def test_contact_us_box_with_postal_lines_and_a_bare_label():
    doc = (
        "# About this review\n\nText.\n\n## Contact us\n\n"
        "Safeguarding Adults Board Business Unit\n\n"
        "Civic Offices\n\nMarket Street, Tolbury\n\nTelephone: 01632 960576\n\n"
        "## How to reach us\n\nBusiness Unit\n\nTelephone:\n\n01632 960577\n"
    )
    got = entities(doc)
    assert "01632 960576" not in got
    assert "01632 960577" not in got
    # Under the same heading, a number after a named person is that person's.
    doc = (
        "## Contact us\n\nBusiness Unit\n\nYour contact is Nadia Hollis, our coordinator.\n\n"
        "Telephone: 01632 960578\n"
    )
    assert entities(doc).get("01632 960578") == {"phone"}


# -- organisations, care settings --------------------------------------------------------


def test_places_joined_after_an_organisations_of_are_not_names():
    assert (
        found("Chair: Director of Adult Services, Royal Borough of Kelby and Wexham", "person")
        == []
    )
    assert found("Present: Head of Nursing and Nadia Hollis", "person") == ["Nadia Hollis"]


def test_named_places_listed_beside_in_hospital():
    got = found(
        "the support he received in his last two years, at Fellgate Court, at Ormsby Grange "
        "and in hospital.",
        "care-setting",
    )
    assert got == ["Fellgate Court", "Ormsby Grange"]
    assert found("She was treated at Calverton and in hospital.", "care-setting") == []
    assert found("She was at Fellgate Court in hospital terms.", "care-setting") == []


def test_a_bare_setting_is_not_cut_from_a_longer_name():
    assert (
        found("He told staff at the Quenby Deaf Centre that he had no money.", "care-setting") == []
    )
    assert found("He told staff at Quenby that he had no money.", "care-setting") == ["Quenby"]


# -- known given names in notes ----------------------------------------------------------


def test_known_word_name_in_notes_signed_after_a_kiss_or_aware():
    known = KnownNames({"rose t", "frank m"})
    got = [s.text for s in known.in_notes("all fine, home by 6. will ring u later x rose")]
    assert got == ["rose"]
    assert [s.text for s in known.in_notes("bruise checked. frank aware.")] == ["frank"]
    # The words stay words: "logs rose", "a frank talk".
    assert known.in_notes("incident logs rose over the summer") == []
    assert known.in_notes("had a frank talk with staff") == []
