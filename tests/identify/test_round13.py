"""Thirteenth round: ordinary words told from names by their frequency in English, and
shapes the earlier rounds left.

A capitalised word that no name list holds but that English uses often, with its
inflections ("Leaflets", "Reminders"), is an ordinary word, not a name; a family name
that is as frequent but has no inflections ("Rutherford") stays a name. Each case has
one it must leave alone beside the one it must catch; the examples are invented."""

from __future__ import annotations

import subprocess
import sys

from helpers import entities, found

from sardoc.identify.lexicon import frequency, ordinary
from sardoc.identify.person import declared_names

# -- word frequencies --------------------------------------------------------------------


def test_frequent_words_with_inflections_are_ordinary_and_frequent_surnames_are_not():
    assert ordinary("leaflets") and ordinary("reminders") and ordinary("fundraising")
    assert not ordinary("rutherford")  # as frequent as "reminders", but no "rutherfords"
    assert not ordinary("tamsin")  # a listed given name
    assert not ordinary("quillfeather")  # on no list at all
    assert frequency.zipf("letters") > frequency.WORD_ZIPF > frequency.zipf("quillfeather")


def test_an_ordinary_word_from_a_team_is_no_one():
    assert found("Leaflets from the housing team were handed over in person.", "person") == []
    assert found("Notices from the tenancy team went unanswered.", "person") == []
    # Someone from a team is still someone.
    assert found("She met with Quillfeather from the housing team.", "person") == ["Quillfeather"]


def test_an_ordinary_word_after_a_given_name_that_is_a_word_is_no_surname():
    assert found("Bill Reminders were posted each month.", "person") == []
    assert found("Hope Fundraising opened in spring.", "person") == []
    # A family name as frequent as those words, but with no inflections, is the name.
    assert found("Bill Rutherford chaired the panel.", "person") == ["Bill Rutherford"]
    assert found("Grace Harrington rang the surgery.", "person") == ["Grace Harrington"]


def test_word_frequencies_are_loaded_only_when_a_word_needs_deciding():
    code = (
        "import sys\n"
        "from sardoc.identify import detect\n"
        "detect('Mrs Quillfeather rang the surgery on Monday.')\n"
        "print('wordfreq' in sys.modules)\n"
        "detect('Leaflets from the housing team were posted.')\n"
        "print('wordfreq' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout.split()
    assert out == ["False", "True"]


# -- declared pseudonyms in more wordings ------------------------------------------------


def test_names_listed_after_the_names_used_in_the_report_are_declared():
    text = "Relatives go by the names used in the review (Marnie, Gideon and Pip)."
    assert {"Marnie", "Gideon", "Pip"} <= declared_names(text)
    assert found(text + " Gideon moved into the flat in spring.", "person") == []
    # The statement alone clears no one named in another sentence.
    text = "Relatives go by the names used in the review. Mr Gideon Quenby chaired the panel."
    assert found(text, "person") == ["Mr Gideon Quenby"]


def test_a_name_a_person_is_to_be_given_is_declared():
    text = 'Her cousin, Ruth Tallis, is to be "Wren Ashdown" in the published version.'
    assert "Wren Ashdown" in declared_names(text)
    assert declared_names('The campaign is to be "Safer Streets" next year.') <= {"Safer Streets"}


def test_the_next_relatives_named_the_same_way_are_declared():
    text = (
        "Your father will be called Ambrose, and you will be Pip. Your sister will be "
        "Gideon. Nobody will see your real names."
    )
    assert {"Ambrose", "Pip", "Gideon"} <= declared_names(text)
    # After a plain sentence, a staff member named the same way is not cleared.
    text = "Ambrose is a pseudonym. Her social worker was Gideon Hartley."
    assert "Gideon Hartley" not in declared_names(text)


# -- services' lines -----------------------------------------------------------------------


def test_a_form_row_labelled_as_a_service_line_is_no_ones_number():
    form = (
        "| field | answer |\n|---|---|\n| Switchboard | 01632 960 444 |\n"
        "| Direct line | 01632 960 445 |\n"
    )
    assert entities(form) == {"01632 960 445": {"phone"}}


def test_a_row_under_how_to_reach_it_is_a_service_line_unless_its_label_is_personal():
    table = (
        "| service | how to reach it |\n|---|---|\n"
        "| Evenings (after 6pm, weekends) | 01632 960 446 |\n"
        "| Phone (direct) | 01632 960 447 |\n"
    )
    assert entities(table) == {"01632 960 447": {"phone"}}


def test_home_care_in_an_agencys_name_does_not_make_its_office_line_personal():
    text = "> Kai Merriden | Manager | Larkfold Home Care Ltd\n> Office: 01632 960 448\n"
    assert "01632 960 448" not in entities(text)
    # Someone's home number stays theirs.
    assert "01632 960 449" in entities("Her daughter's home number: 01632 960 449.\n")


# -- action trackers -----------------------------------------------------------------------


TRACKER = (
    "# Action tracker\n\n"
    "| no | action | lead(s) | RAG |\n|---|---|---|---|\n"
    "| 1 | Audit the front door. | Rhiannon ap Gethin, Principal Social Worker | A |\n"
    "| 2 | Brief the banks. | Piers Quenby | G |\n\n"
    "RAG: R = late; A = at risk; G = done. RaG to report back.\n"
)


def test_names_under_a_leads_column_are_officials():
    found = entities(TRACKER)
    assert found["Rhiannon ap Gethin"] == {"official"}
    assert found["Piers Quenby"] == {"official"}


def test_capital_initials_that_spell_an_ordinary_word_are_the_word():
    found = entities(TRACKER)
    # "RAG" could be her initials written in capitals, but it is the status column.
    assert "RAG" not in found
    assert found["RaG"] == {"official"}


def test_a_name_whose_name_has_been_changed_is_declared():
    text = "Ellen is a pseudonym chosen with her daughter; Roy's name has also been changed."
    assert {"Ellen", "Roy"} <= declared_names(text)
    assert entities(text + " Roy cared for Ellen at home.") == {}
    # Without the statement, Roy is a person's name.
    assert "Roy" in entities("Ellen is a pseudonym. Roy cared for Ellen at home.")
    # Someone else's name in the sentence is not cleared by it.
    text = "Roy's name has been changed. His neighbour, Mr Gideon Quenby, called the ambulance."
    assert "Gideon Quenby" not in declared_names(text)
