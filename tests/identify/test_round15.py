"""Fifteenth round: shapes that generalise beyond the set they were found in.

Each case has one it must leave alone beside the one it must catch; the examples are
invented."""

from __future__ import annotations

from helpers import entities

# -- officials named after the role ------------------------------------------------------


def test_a_bracketed_chair_before_the_name_is_an_official():
    text = "The rapid review met on 4 March 2025 (chair P. Quennevais) and agreed to refer."
    assert entities(text)["P. Quennevais"] == {"official"}
    # A name in brackets with no post before it is the story's.
    plain = "The rapid review met on 4 March 2025 (with P. Quennevais) and agreed to refer."
    assert entities(plain)["P. Quennevais"] == {"person"}


def test_a_papers_keeper_opening_the_sentence_is_an_official():
    text = (
        "Decision: criteria met. Recorded by Morwenna Trethowan.\n\n"
        "Compiled by Isadora Penhaligon from the returns, June 2025; checked by "
        "Morwenna Trethowan.\n"
    )
    found = entities(text)
    assert found["Isadora Penhaligon"] == {"official"}
    assert found["Morwenna Trethowan"] == {"official"}
    # A quoted record's entry is signed by a practitioner.
    note = "> 12/03/24 Fluids encouraged. Recorded by Isadora Penhaligon, support worker.\n"
    assert entities(note)["Isadora Penhaligon"] == {"person"}
    # Lower case in the middle of a sentence: who did a task in the story.
    task = "The body map was checked by Grace Penhaligon before the visit ended.\n"
    assert entities(task)["Grace Penhaligon"] == {"person"}


def test_a_post_right_before_the_name_outweighs_a_relative_later_in_the_sentence():
    text = "Independent reviewer Ottoline Marchbank met the daughter in April."
    assert entities(text)["Ottoline Marchbank"] == {"official"}
    # "Written by" is not a post: a relative may write.
    letter = "A letter written by Ottoline Marchbank, his daughter, was read out."
    assert entities(letter)["Ottoline Marchbank"] == {"person"}


def test_a_seat_on_the_review_panel_after_the_name_is_an_official_one():
    text = "The nurse in that entry was Bronwen Achterley, who later sat on the review panel."
    assert entities(text)["Bronwen Achterley"] == {"official"}
    text = "The nurse in that entry was Bronwen Achterley, who later sat on the stairs."
    assert entities(text)["Bronwen Achterley"] == {"person"}


# -- care settings and practices -----------------------------------------------------------


def _settings(text: str) -> set[str]:
    return {t for t, kinds in entities(text).items() if "care-setting" in kinds}


def test_a_homes_first_word_alone_where_someone_moves_from_it():
    text = (
        "She was discharged to Penrose Grange for respite in March.\n\n"
        "In May she moves from Penrose to Quillinan nursing home.\n\n"
        "Penrose wrote to the family about the fees.\n"
    )
    found = _settings(text)
    assert "Penrose" in found  # moved from it
    # The same word where nobody lives or moves there is a family name, not the home.
    assert entities(text).get("Penrose", set()) <= {"care-setting"}
    assert [t for t in text.split("\n\n")[2:] if "Penrose" in _settings(t)] == []


def test_a_named_practice_is_an_agency_unless_someone_is_registered_there():
    table = "| Field | Detail |\n|---|---|\n| GP | Cressbrook Medical Practice |\n"
    assert "Cressbrook Medical Practice" not in _settings(table)
    registered = "Adult K was registered at Cressbrook Medical Practice from 2019.\n"
    assert "Cressbrook Medical Practice" in _settings(registered)
    # A surgery names the building: still a place.
    assert "Cressbrook Surgery" in _settings("| GP | Cressbrook Surgery |\n|---|---|\n")


def test_a_scheme_named_after_its_kind_keeps_its_building_word():
    text = "He had a flat in a supported-living scheme, Larchbank Court, with some support."
    assert "Larchbank Court" in _settings(text)
    # A person named after a kind is not a home.
    other = "She spoke to the manager of a care home, Mrs Larchbank, about the fees."
    assert _settings(other) == set()


# -- lower-case names in quoted notes ----------------------------------------------------


def _people(text: str) -> set[str]:
    return {t for t, kinds in entities(text).items() if "person" in kinds}


def test_a_carers_note_signed_with_a_lower_case_given_name():
    signed = "> 03/04/24 09:10 — breakfast taken. n cheerful. meds given. ivy t\n"
    assert "ivy t" in _people(signed)
    # A word that is also a name signs a note only where the carer writes as "I".
    first = "> 03/04/24 18:00 — n upset. I told her I would ring the office. hope\n"
    assert "hope" in _people(first)
    plain = "> 03/04/24 18:00 — n upset, no change to the plan. hope\n"
    assert "hope" not in _people(plain)
    # With the initial, a name that is also a month or a word is still the writer's.
    assert "june K" in _people("> 03/04/24 — told the office about the key. june K\n")
    assert "june" not in _people("> 03/04/24 — next review due in. june\n")
    # A status or a modal at the end of a note is no signature.
    assert _people("> 03/04/24 — plan reviewed, risk agreed. amber\n") == set()


def test_an_official_named_in_lower_case_in_an_old_record_was_a_practitioner_then():
    text = (
        "Independent reviewer Ottoline Marchbank met the panel in May.\n\n"
        "> 15/11/24 concern raised. discussed with named nurse ottoline by phone. FH\n\n"
        "Ottoline Marchbank then wrote to the family.\n"
    )
    found = entities(text)
    assert found["ottoline"] == {"person"}
    assert found["Ottoline Marchbank"] == {"official"}


def test_a_doctors_specialty_after_consultant_is_a_post_not_a_name():
    text = "The referral came from Consultant Orthogeriatrician Dr Anwen Pryce-Haddow."
    assert _people(text) == {"Dr Anwen Pryce-Haddow"}


def test_a_listed_note_taker_whose_given_name_is_also_a_word():
    assert entities("**Minutes:** Cherry Penwarden\n")["Cherry Penwarden"] == {"official"}
    # After the same label, a service's name is no one's.
    assert entities("**Present:** Housing Options; Adult Social Care\n") == {}


def test_a_name_word_in_an_organisations_name_given_elsewhere_in_the_paper():
    text = (
        "The referral came from Cooper Will Home Support Ltd in May.\n\n"
        "The Cooper Will team had not been told of the plan.\n"
    )
    assert _people(text) == set()
    # Without the organisation's full name the word stands as a name.
    assert "Will" in _people("The Cooper Will team had not been told of the plan.\n")


# -- streets that are not addresses --------------------------------------------------------


def test_a_street_like_name_before_an_organisation_word_is_the_organisation():
    text = "He was referred to Long Lane Recovery, and later to the Mill Road Project."
    found = entities(text)
    assert "Long Lane" not in found and "Mill Road" not in found
    # The same street where someone lived is an address.
    assert entities("She lived on Long Lane until the spring.")["Long Lane"] == {"address"}


def test_the_year_of_a_dotted_date_is_no_house_number():
    text = "15.08.23 Rang Dr Osei about the dressing; no answer."
    assert not any("address" in kinds for kinds in entities(text).values())
    assert entities("Her flat at 23 Rang Drive was cold.")["23 Rang Drive"] == {"address"}
