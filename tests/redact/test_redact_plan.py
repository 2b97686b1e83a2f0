"""Placeholders: numbering, pseudonyms from the configuration, neutral reviewer names."""

from __future__ import annotations

from sardoc.identify import detect
from sardoc.redact.plan import Placeholders, person_key


def spans(text: str):
    return detect(text)


def test_an_entity_is_numbered_only_when_there_is_more_than_one():
    names = Placeholders()
    one = spans("She lived at NR1 2AB. Ring 07700 900123 or 07700 900456.")
    names.prepare(one)
    got = [names.text_for(s) for s in one]
    assert got == ["[Postcode]", "[Phone number 1]", "[Phone number 2]"]


def test_people_and_care_settings_are_always_numbered():
    names = Placeholders()
    found = spans("Mrs Okafor moved to Oakwood Care Home.")
    names.prepare(found)
    assert [names.text_for(s) for s in found] == ["[Person 1]", "[Care setting 1]"]


def test_a_later_pass_goes_on_numbering():
    names = Placeholders()
    first = spans("Ring 07700 900123.")
    names.prepare(first)
    assert names.text_for(first[0]) == "[Phone number]"
    (later,) = spans("Or 07700 900456.")
    assert names.text_for(later) == "[Phone number 2]"
    assert names.text_for(first[0]) == "[Phone number]"


def test_the_same_identifier_written_differently_is_one_placeholder():
    names = Placeholders()
    a, b = spans("Ring 07700 900123 or 07700900123.")
    names.prepare([a, b])
    assert names.text_for(a) == names.text_for(b) == "[Phone number]"
    assert names.key["[Phone number]"] == {"07700 900123": None, "07700900123": None}


def test_pseudonyms_for_people_and_other_identifiers():
    names = Placeholders({"Mrs Jane Hughes": "Social Worker 1", "Oakwood Care Home": "Home A"})
    found = spans("The social worker, Jane Hughes, visited Oakwood Care Home.")
    names.prepare(found)
    assert [names.text_for(s) for s in found] == ["Social Worker 1", "Home A"]
    assert person_key("Mrs Jane Hughes") == "jane hughes"


def test_reviewers_are_numbered_once_and_keep_their_names():
    names = Placeholders()
    assert names.reviewer("Jane Hughes") == "Reviewer 1"
    assert names.reviewer(" jane  hughes ") == "Reviewer 1"
    assert names.reviewer("Tom Ellery") == "Reviewer 2"
    assert names.reviewer("Reviewer 2") == "Reviewer 2"  # a second pass renames nothing
    assert names.initials("Tom Ellery") == "R2"
    assert names.reviewer("") == ""
    assert names.authors == 2


def test_distinctive_identifiers_are_found_again_and_lone_surnames_are_not():
    names = Placeholders()
    found = spans("Mrs Okafor rang. Ring 07700 900123.")
    names.prepare(found)
    for s in found:
        names.text_for(s)
    pattern = names.leftovers()
    assert pattern.findall("mailto:x MRS OKAFOR and 07700 900123") == ["MRS OKAFOR", "07700 900123"]
    assert names.replacement("MRS OKAFOR") == "[Person 1]"
