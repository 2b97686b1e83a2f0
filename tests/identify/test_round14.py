"""Fourteenth round: shapes that generalise beyond the set they were found in.

Each case has one it must leave alone beside the one it must catch; the examples are
invented, with numbers in Ofcom's drama ranges."""

from __future__ import annotations

from helpers import entities, found

# -- structured identifiers --------------------------------------------------------------


def test_a_number_after_a_name_and_their_post_is_theirs():
    text = (
        "You may also ring Hope Carrow-Lind, the board's coordinator, on "
        "01632 960118 if anything is unclear."
    )
    assert found(text, "phone") == ["01632 960118"]
    # A council named before the number is a service, not a person.
    assert found("Please ring Brackenford Council on 01632 960119.", "phone") == []


def test_a_signature_after_a_sign_off_keeps_its_desk_line():
    text = (
        "> Kind regards,\n> Tobi\n> Support Worker, Hospital Discharge Team · Tel 0113 496 0245\n"
    )
    assert "0113 496 0245" in entities(text)
    # A box that opens with the team's own name is the team's line.
    box = "Hospital Discharge Team, Marlow House · Tel 0113 496 0246\n"
    assert "0113 496 0246" not in entities(box)


def test_a_second_date_of_birth_given_under_the_same_cue():
    text = "The form listed her date of birth as 14/02/1941 and her nephew's as 07.09.72."
    assert found(text, "date-of-birth") == ["14/02/1941", "07.09.72"]
    # A later date in the sentence is an event, not a birth.
    later = "The form listed her date of birth as 14/02/1941 and on 07.09.22 was reviewed."
    assert found(later, "date-of-birth") == ["14/02/1941"]


# -- a pack's officials ------------------------------------------------------------------


def _pack(*texts: str):
    from helpers import read

    from sardoc.identify import find_identifiers
    from sardoc.identify.scan import share_pack

    docs = [read(t, f"p{i}.md") for i, t in enumerate(texts)]
    share_pack(docs)
    return [
        {h.span.text: h.span.entity for h in find_identifiers(d) if h.paragraph is not None}
        for d in docs
    ]


def test_an_owner_named_only_in_a_plan_column_is_not_an_official_in_the_other_papers():
    plan = (
        "# Action plan\n\n| No. | Action | Lead(s) |\n|---|---|---|\n"
        "| 1 | Audit the screening of concerns. | Marisol Quennell-Dobbs (front door) |\n"
    )
    story = "The concern was screened by Marisol Quennell-Dobbs and closed the same day.\n"
    plan_found, story_found = _pack(plan, story)
    assert plan_found["Marisol Quennell-Dobbs"] == "official"
    assert story_found["Marisol Quennell-Dobbs"] == "person"


def test_a_reviewer_named_with_her_post_is_still_an_official_across_the_pack():
    report = "Marisol Quennell-Dobbs, the independent reviewer, wrote this report.\n"
    story = "The family met Marisol Quennell-Dobbs twice in March.\n"
    assert _pack(report, story)[1]["Marisol Quennell-Dobbs"] == "official"


# -- plain-text trackers -----------------------------------------------------------------


def _plain(text: str) -> dict[str, str]:
    from pathlib import Path

    from sardoc.identify import find_identifiers
    from sardoc.sources import text as plain

    doc = plain.read(Path("tracker.txt"), text.encode("utf-8"))
    return {h.span.text: h.span.entity for h in find_identifiers(doc)}


def test_a_tracker_typed_in_spaced_columns_reads_as_a_table():
    tracker = (
        "Ref  Action  Owner  Due  Status\n"
        "A1  Write a one-page guide for hospital discharge staff  Ottilie Brannagh  "
        "30 June  Amber\n"
        "A2  Audit six care plans for money and contact  Head of Commissioning  "
        "31 July  Green\n"
    )
    got = _plain(tracker)
    # A status word and a month beside it are no one; the owner is named as an official.
    assert "Amber" not in got and "June Amber" not in got and "July Green" not in got
    assert got.get("Ottilie Brannagh") == "official"


def test_prose_typed_with_two_spaces_after_each_full_stop_stays_prose():
    from pathlib import Path

    from sardoc.sources import text as plain

    prose = (
        "She was seen at home.  The carer was present.  Nothing was recorded.\n"
        "He rang the office.  No one answered.  A letter followed.\n"
    )
    doc = plain.read(Path("note.txt"), prose.encode("utf-8"))
    assert [p.role for p in doc.paragraphs] == ["body"]


# -- staff initials ----------------------------------------------------------------------


def test_a_case_note_signed_with_initials_alone_names_its_writer():
    notes = (
        "> 04/03/24 09:15 - kitchen bare, no heating on. rang the office. PQ\n\n"
        "> 05/03/24 10:40 - heating back on, son present. wz\n\n"
        "> 06/03/24 Reviewed by the practice nurse. Plan: NFA\n"
    )
    got = entities(notes)
    assert got.get("PQ") == {"person"} and got.get("wz") == {"person"}
    # A note's own abbreviation at its end is no one.
    assert "NFA" not in got


def test_initials_that_spell_a_word_count_once_defined_beside_the_name():
    minutes = (
        "Present: Orla Ishikawa-Moss (OIM), Housing; Wenna Esterby (WE), Police.\n\n"
        "WE confirmed that the tenancy was ended in May.\n\n"
        "It is not yet known whether the bank will attend.\n"
    )
    got = entities(minutes)
    assert got.get("WE") == got.get("Wenna Esterby") == {"official"}  # "Present:" a panel
    # Defined nowhere, the same capitals in a heading stay a word.
    heading = "# WHAT WE DID\n\nWenna Esterby confirmed the date.\n\nWE confirmed it.\n"
    assert "WE" not in entities(heading)


def test_initials_with_the_full_name_in_brackets_after_them():
    note = "> 12 May 2023 review. Plan: repeat bloods. ME (Dr M. Esterhuizen)\n"
    assert entities(note).get("ME") == {"person"}


# -- settings named in a column ----------------------------------------------------------


def test_a_home_in_a_setting_column_or_an_agency_column_is_a_care_setting():
    table = (
        "| Name | Setting |\n|---|---|\n| Wilf | Pennycress Lodge (respite) |\n\n"
        "Who came to the event:\n\n| name | role | agency |\n|---|---|---|\n"
        "| Ines Farrow | Deputy Manager | Brackwater Manor |\n"
        "| Ola Dunmore | Care Worker | Lanyard Home Care Ltd |\n"
    )
    got = entities(table)
    assert got.get("Pennycress Lodge") == {"care-setting"}
    assert got.get("Brackwater Manor") == {"care-setting"}
    # An agency that is no home stays an agency.
    assert not any(k.startswith("Lanyard") for k in got)


def test_a_town_in_a_where_column_is_no_setting():
    table = "| Event | Where |\n|---|---|\n| Visit | Harrogate |\n"
    assert "Harrogate" not in entities(table)


def test_the_home_someone_died_at_after_the_date():
    text = "Mr Quayle died on 04/05/2025 at Brimble House after a short illness."
    assert entities(text).get("Brimble House") == {"care-setting"}


def test_initials_on_an_action_in_a_tracker_note():
    tracker = (
        "| No. | Action | Lead | Update |\n|---|---|---|---|\n"
        "| 1 | Revise the form. | Petra Vantongeren | PV chasing. |\n"
        "| 2 | Close the loop. | Board | Awaiting reply. |\n"
    )
    got = entities(tracker)
    assert got.get("PV") == {"official"}
    assert "Awaiting" not in got


# -- posts that read like names ----------------------------------------------------------


def test_a_post_whose_last_word_is_an_ordinary_plural_is_no_one():
    panel = "| Name | Post |\n|---|---|\n| Odile Marchetti | Anxious Borrowers Lead |\n"
    got = entities(panel)
    assert "Anxious Borrowers" not in got
    assert got.get("Odile Marchetti")
