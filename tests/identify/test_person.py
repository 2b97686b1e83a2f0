"""Names of people; and the negatives that must never be flagged (QM14, DOMAIN.md §3)."""

import pytest

from sardoc.identify.person import KnownNames, declared_names
from tests.helpers import make_document
from tests.identify.helpers import found


@pytest.mark.parametrize(
    "text, name",
    [
        ("Mrs Okafor told the GP she was worried.", "Mrs Okafor"),
        ("Dr Lewis saw her twice.", "Dr Lewis"),
        ("Reviewed by Dr Ruth Ellison.", "Dr Ruth Ellison"),
        ("DC EVANS interviewed him.", "DC EVANS"),
        ("PCSO Hanley made a welfare visit.", "PCSO Hanley"),
        ("Her neighbour Mr Abernethy called.", "Mr Abernethy"),
        ("Mx Jordan Ellwood signed it.", "Mx Jordan Ellwood"),
        ("Out-of-hours officer J. Rafferty attended.", "J. Rafferty"),
        ("Station Manager Iqbal closed the action.", "Iqbal"),
    ],
)
def test_titles_initials_and_role_titles(text, name):
    assert found(text, "person") == [name]


@pytest.mark.parametrize(
    "text, names",
    [
        ("The social worker, Jane Hughes, visited.", ["Jane Hughes"]),
        ("Her daughter, Susan, was there.", ["Susan"]),
        ("Claire Dobbs (district nurse) rang.", ["Claire Dobbs"]),
        ("The discharge coordinator, Faith Mwangi, arranged it.", ["Faith Mwangi"]),
        ("Reviewed in May by Amira Haddad, senior practitioner, who noted it.", ["Amira Haddad"]),
        ("The registered manager at the time, Philippa Gaunt, has left.", ["Philippa Gaunt"]),
        (
            "The care workers, Joanna Nowak and Patience Adjei, noticed.",
            ["Joanna Nowak", "Patience Adjei"],
        ),
    ],
)
def test_names_by_role(text, names):
    assert found(text, "person") == names


@pytest.mark.parametrize(
    "text, names",
    [
        ("Jane Hughes attended.", ["Jane Hughes"]),  # at the start of a sentence
        ("It was Olamide Okafor who rang.", ["Olamide Okafor"]),
        ("Then Margaret said she was fine.", ["Margaret"]),
        ("Kerry-Ann Bristow called the police.", ["Kerry-Ann Bristow"]),
        ("Notes: JANE HUGHES attended.", ["JANE HUGHES"]),
        ("Police named HUGHES, Jane.", ["HUGHES, Jane"]),
        ("a text: its jane hughes from next door", ["jane hughes"]),
        ("Grace Hughes and Dean Hollis came.", ["Grace Hughes", "Dean Hollis"]),
    ],
)
def test_names_from_the_lists(text, names):
    assert found(text, "person") == names


def test_second_pass_finds_a_name_seen_elsewhere():
    doc = make_document(
        "# R\n\nHughes recorded the wound.\n\nThe case passed to Jane Hughes.\n\n"
        "Later HUGHES and jane hughes wrote. Ms Okafor-Lee rang; Okafor-Lee said no.\n"
    )
    from sardoc.identify import find_identifiers

    hits = [(h.span.text, h.span.key) for h in find_identifiers(doc)]
    assert ("Hughes", "jane hughes") in hits  # before the full name, same key
    assert ("HUGHES", "jane hughes") in hits and ("jane hughes", "jane hughes") in hits
    assert ("Okafor-Lee", "okafor-lee") in hits


def test_known_names_keys_and_ordinary_words():
    known = KnownNames(["jane hughes", "peter green"])
    assert known.key_for("Hughes") == "jane hughes"
    # "Green" is an ordinary word: found inside a sentence, not at its start.
    assert [s.text for s in known.mentions("Green said no. She asked Green.")] == ["Green"]


# -- never flagged --------------------------------------------------------------------

NEVER = {
    "pseudonyms": [
        "Adult C's daughter told Social Worker 2 and Ward Manager A.",
        "Mr B and Mrs A met Family W and Person L.",
        "Team Manager 1, Officer 3 and Carer C attended.",
        "Mr AB and Ms H were present.",
    ],
    "roles": [
        "The GP and the district nurse visited; the social worker called.",
        "Her son and the care coordinator spoke to the advocate.",
    ],
    "agencies": [
        "Northfield Safeguarding Adults Board and Adult Social Care agreed.",
        "The ambulance service, Northfield Police and the Care Quality Commission.",
        "Age UK Northfield and Healthwatch were invited.",
    ],
    "legislation": [
        "Under the Mental Capacity Act 2005 and the Care Act 2014, section 42.",
        "The Human Rights Act 1998 and Making Safeguarding Personal.",
    ],
    "calendar": [
        "On Monday in March, before Christmas, Easter and Diwali.",
        "She avoided Ramadan and Passover; May and June were busy.",
    ],
    "dates and ages": [
        "On 3 March 2023 the GP visited Adult A, aged 78.",
        "12/03/2023 – DN visit. Tuesday 16 May 2023 – strategy discussion.",
    ],
    "medical": [
        "She had Alzheimer's disease, Parkinson's and Korsakoff's syndrome.",
        "The Waterlow score and NEWS2 were recorded; COPD was noted.",
    ],
}


@pytest.mark.parametrize(
    "text", [t for texts in NEVER.values() for t in texts], ids=lambda t: t[:40]
)
def test_never_flagged(text):
    assert found(text) == []


def test_declared_pseudonyms_in_the_text():
    assert declared_names('"Robert" is a pseudonym chosen by his family.') == {"Robert"}
    assert "Margaret" in declared_names(
        "Margaret's first name is used with her family's agreement."
    )
    # A full name is never cleared this way, and consent to share is not a pseudonym.
    assert declared_names("Jane Hughes did not consent to the referral.") == set()


def test_a_full_name_in_a_declaring_sentence_is_not_cleared():
    assert declared_names("Jane Hughes asked that her name should not be used.") == set()
    assert declared_names('"Simon" is the name his family chose for this report.') == {"Simon"}
