"""Sixteenth round: shapes that generalise beyond the set they were found in.

Each case has one it must leave alone beside the one it must catch; the examples are
invented."""

from __future__ import annotations

from helpers import entities

# -- pseudonyms the paper itself declares ------------------------------------------------


def test_a_name_someone_would_like_to_be_called_is_a_pseudonym():
    text = (
        "Mrs Quarrie wants to take part. She would like to be called Thelma. "
        "Thelma met the reviewer twice.\n"
    )
    found = entities(text)
    assert "Thelma" not in found
    assert found["Mrs Quarrie"] == {"person"}
    # Called something by someone in the story: no pseudonym.
    story = "Thelma met the reviewer twice. The staff would like to thank Thelma.\n"
    assert entities(story)["Thelma"] == {"person"}


def test_a_real_name_paired_with_its_pseudonym_keeps_the_real_one():
    text = (
        "Mr Renshaw is to be Lenny in the report. Sheila Hughes will be Sandra, "
        "if she agrees; she is to be Sandra throughout.\n"
    )
    found = entities(text)
    assert "Sandra" not in found
    assert found["Sheila Hughes"] == {"person"}
    assert found["Mr Renshaw"] == {"person"}
    # "will be" before a possessive is no pairing: Ruth is the carer's client.
    plain = "From Monday she will be Ruth's main carer.\n"
    assert entities(plain)["Ruth"] == {"person"}


def test_the_report_that_will_call_someone_by_a_name():
    text = "As we agreed, the report will call your brother Dafydd and you Thelma.\n"
    assert "Thelma" not in entities(text)
    plain = "As we agreed, the social worker will call Thelma on Monday.\n"
    assert entities(plain)["Thelma"] == {"person"}


def test_a_pseudonym_in_brackets_after_a_role():
    text = "Her son (Lewis in the report) was seen as part of the risk. Lewis moved in.\n"
    assert "Lewis" not in entities(text)
    plain = "Her son (Lewis Hartley) was seen as part of the risk. Lewis moved in.\n"
    assert entities(plain)["Lewis"] == {"person"}


def test_a_review_named_in_quotes_and_brackets():
    text = 'It was written with Mabel, whose father\'s review ("Walter") was published.\n' + (
        "Walter had played in the band for forty years.\n"
    )
    assert "Walter" not in entities(text)
    after_of = 'For the review of "Walter" this was the reviewer. Walter played the cornet.\n'
    assert "Walter" not in entities(after_of)
    unquoted = "For the review of Walter Pryor the panel met twice. Walter Pryor rang.\n"
    assert "Walter Pryor" in entities(unquoted)


def test_a_paper_headed_sar_and_a_single_name():
    text = "# SAR Edith: learning event\n\nEdith had a note from the GP.\n"
    assert "Edith" not in entities(text)
    label = "**Review:** SAR Edith\n**Date:** 18 June 2026\n\nEdith had a note from the GP.\n"
    assert "Edith" not in entities(label)
    # Two names after SAR are a sentence, not a heading.
    plain = "# Panel notes\n\nThe SAR Edith Jones chaired was closed. Edith Jones left.\n"
    assert "Edith Jones" in entities(plain)


def test_a_title_naming_the_subject_by_a_listed_surname_alone():
    text = "# Ellis, in his sister's words\n\nEllis was the loudest person in any room.\n"
    assert "Ellis" not in entities(text)
    # Not the title: a surname in the body stays a name.
    plain = "# In his sister's words\n\nDr Ellis saw him in March.\n"
    assert "Dr Ellis" in entities(plain)


def test_a_form_label_known_as_gives_the_name_a_person_goes_by():
    text = "> Name: Stephen Hollis Known as: Stevie DOB: 02.06.72\n"
    assert entities(text)["Stevie"] == {"person"}
    # "known in this review as" declares one.
    declared = "His friend, known in this review as Stevie, rang the police.\n"
    assert "Stevie" not in entities(declared)


def test_a_name_replaced_with_a_pseudonym_is_declared():
    text = "Bernard's real name has been replaced with his pseudonym. Bernard rang twice.\n"
    assert "Bernard" not in entities(text)
    plain = "Bernard's phone has been replaced twice. Bernard rang twice.\n"
    assert entities(plain)["Bernard"] == {"person"}


# -- a pseudonym another paper of the pack declares ----------------------------------------


_STORY = (
    "Ruth rang the council in May. Ruth said her brother was frightened. The social "
    "worker, Dana Ellery, visited. Ruth kept the texts.\n"
)


def test_a_given_name_used_again_and_again_in_a_paper_that_uses_pseudonyms():
    note = "The names of the tenants have been replaced with their pseudonyms.\n\n"
    found = entities(note + _STORY)
    assert "Ruth" not in found
    assert found["Dana Ellery"] == {"person"}
    # No note on names: the paper may be an unredacted draft, so the name is reported.
    assert entities(_STORY)["Ruth"] == {"person"}
    # Named in full once, or after a title, or as the name a full name goes by: real.
    for extra in ("Ruth Pallister came too.\n", "Mrs Ruth came too.\n", 'Edna ("Ruth") came.\n'):
        assert "person" in entities(note + _STORY + "\n" + extra)["Ruth"]
    # Met only twice: too little to go on.
    twice = note + "Ruth rang the council in May. Ruth kept the texts.\n"
    assert entities(twice)["Ruth"] == {"person"}


def test_pet_names_people_go_by_are_names():
    text = "> 05/11/24 stevie v restless pm. Trish spoke w/ social worker re DoLS.\n"
    found = entities(text)
    assert found["Trish"] == {"person"}
    # A pet form that is an everyday word is not taken alone.
    assert "Teddy" not in entities("He took his Teddy bear to the ward.\n")


# -- care settings ----------------------------------------------------------------------


def _settings(text: str) -> set[str]:
    return {t for t, kinds in entities(text).items() if "care-setting" in kinds}


def test_a_home_someone_left_or_walked_out_of():
    assert "Fellbeck Grange" in _settings("He left Fellbeck Grange after three weeks.\n")
    assert "Fellbeck Grange" in _settings("He walked out of Fellbeck Grange in May.\n")
    # Not a building word: a town someone left is no setting.
    assert not _settings("He left Fellbeck after three weeks.\n")


def test_a_settings_column_names_its_short_settings_too():
    table = (
        "| From | To | Setting | How it ended |\n|---|---|---|---|\n"
        "| 04/2023 | 07/2023 | Gannet House | Evicted |\n"
        "| 03/2024 | 05/2024 | Linthwaite | Asked to leave |\n"
        "| 12/2023 | 02/2024 | St Brannock's | Shelter closed |\n"
        "| 07/2023 | 10/2023 | rough sleeping | Offered a flat |\n"
    )
    found = _settings(table)
    assert {"Gannet House", "Linthwaite", "St Brannock's"} <= found
    assert "rough sleeping" not in found
    # A column with no setting named by its kind may hold towns.
    towns = table.replace("Gannet House", "Harrowgate")
    assert "Linthwaite" not in _settings(towns)


def test_a_hospital_by_its_town_after_its_ward():
    assert "Hatherley General" in _settings("Admitted to Ward 14, Hatherley General.\n")
    assert "Hatherley General" not in _settings("Sent to Ward 14. Hatherley General Stores.\n")


def test_a_hostels_notes_headed_with_its_name():
    assert "Gannet House" in _settings("## 4.2 Hostel key-work notes, Gannet House\n")


# -- words that are names ------------------------------------------------------------------


def test_name_words_in_a_title_case_heading_are_words():
    heading = "## 3. Hope, Will and Grace: What the Review Found\n\nText.\n"
    assert not {"Hope", "Will", "Grace"} & set(entities(heading))
    title = "4. Grace and Frank Talk: Hearing the Person Behind the Drink was its title.\n"
    assert "Frank" not in entities(title)
    # A sentence with an organisation's capitals still names Grace.
    plain = "The nurse told Grace and the Adult Social Care Team Manager.\n"
    assert entities(plain)["Grace"] == {"person"}


# -- officials ---------------------------------------------------------------------------


def test_minutes_were_taken_by_the_boards_note_taker():
    text = "Minutes were taken by Helen Abara, business support officer.\n"
    assert entities(text)["Helen Abara"] == {"official"}
    plain = "The keys were taken by Helen Abara, his niece.\n"
    assert entities(plain)["Helen Abara"] == {"person"}


def test_someone_at_the_boards_business_unit_is_an_official():
    text = "If I am not available, Helen Kilbride at the board's business unit can help.\n"
    assert entities(text)["Helen Kilbride"] == {"official"}
    plain = "If I am not available, ring Helen Kilbride at the hostel.\n"
    assert entities(plain)["Helen Kilbride"] == {"person"}


def test_initials_spelt_out_beside_a_name_stand_alone_in_brackets():
    text = (
        "**Chair:** Zofia Wiśniewska (ZW), Principal Social Worker\n"
        "**Present:** Marcus Oyelaran-Price (MOP), police\n\n"
        "**Police (MOP).** A front-counter visit was logged.\n\n"
        "The criteria are met (ZW, unanimous).\n\n"
        "MOP joined at 14:20.\n"
    )
    found = [h for h in find(text) if h.span.text in ("MOP", "ZW")]
    assert len(found) == 5
    # Initials no name spells out are left alone in brackets.
    plain = "**Police (MOP).** A front-counter visit was logged.\n"
    assert "MOP" not in entities(plain)


def find(text):
    from helpers import read

    from sardoc.identify import find_identifiers

    return find_identifiers(read(text))


def test_an_unlisted_given_name_counted_wherever_it_is_written():
    note = "Names of family members have been replaced with the names used in this report.\n\n"
    mail = (
        "> **To:** Tesni\n> **Cc:** duty@example.org\n>\n> Dear Tesni,\n>\n"
        "> Thank you for ringing back.\n\nTesni rang again in May.\n"
    )
    assert "Tesni" not in entities(note + mail)
    assert "person" in entities(mail)["Tesni"]


# -- record numbers ----------------------------------------------------------------------


def test_record_numbers_after_a_job_contact_client_or_application():
    from helpers import found

    for text, ident in (
        ("Repair request to Calder Homes, job no. R-558120.", "R-558120"),
        ("Repair R-558120 still open.", "R-558120"),
        ("Front Door logs it as contact CON-2409-55817.", "CON-2409-55817"),
        ("Subject: concern – Brightwell client BHC-2291", "BHC-2291"),
        ("Relief duty accepted; housing application HA/2023/09174.", "HA/2023/09174"),
        ("Subject: Adult at risk – occ 25NM/07730", "25NM/07730"),
        ("Police occurrence log, PV-24-118302, 02/09/2024 14:12", "PV-24-118302"),
        ("Two incidents: 240504-0771 (4 May 2024)", "240504-0771"),
        ("suspect (PNC 79/448120F; NI held)", "79/448120F"),
    ):
        assert ident in found(text, "other-id"), text
    for text in (
        "She made contact on 12 May 2024.",
        "A repair costing 2000 pounds was agreed.",
        "The application 2024 round closed.",
        "Client 4 was seen twice.",
    ):
        assert not found(text, "other-id"), text


def test_a_row_of_the_names_a_person_goes_by_lists_names():
    table = (
        "| Field | Detail |\n|---|---|\n| Name | Stephen Hollis |\n"
        '| Known as | Stevie, "Holly" on the street |\n'
        "| Other names used | Stevie; Holly; Steve Hollis |\n"
    )
    found = entities(table)
    assert found["Stevie"] == {"person"}
    assert found["Holly"] == {"person"}
    # A row of anything else leaves a name-word alone.
    plain = "| Field | Detail |\n|---|---|\n| Garden | Holly, roses |\n"
    assert "Holly" not in entities(plain)


def test_a_leaflets_police_family_liaison_contact_is_an_official():
    box = "> **Police family liaison:** DC Summer Nakashima-Reid, Northvale Police\n"
    assert entities(box)["DC Summer Nakashima-Reid"] == {"official"}
    story = "Her family liaison, DC Summer Nakashima-Reid, visited the flat.\n"
    assert entities(story)["DC Summer Nakashima-Reid"] == {"person"}


def test_residents_of_a_town_are_not_a_homes():
    town = "Residents of Hatherley and the surrounding villages can get free advice.\n"
    assert "Hatherley" not in _settings(town)
    home = "Residents of Thistlebrook said the night staff rarely came.\n"
    assert "Thistlebrook" in _settings(home)


def test_a_title_about_someones_story_or_family_declares_the_name():
    text = (
        "# Marnie's story, as her family told it\n\nMarnie grew up by the canal. "
        "Lewis moved back in. Lewis told the panel he was sorry. Lewis rang twice.\n"
    )
    found = entities(text)
    assert "Marnie" not in found
    # The paper uses pseudonyms, and names the son again and again by a given name alone.
    assert "Lewis" not in found
    plain = "# Her story\n\nLewis moved back in. Lewis told the panel. Lewis rang twice.\n"
    assert entities(plain)["Lewis"] == {"person"}


def test_a_given_name_signed_above_the_full_name_is_a_real_one():
    text = (
        "The names of relatives have been changed.\n\n"
        "> Thanks\n> Harry\n> (Harjinder Dhillon, son)\n\n"
        "> From: harry.dhillon66@example.net\n\nHarry rang again on Friday.\n"
    )
    assert "person" in entities(text)["Harry"]


def test_staying_at_a_saints_named_place():
    assert "St Brannock's" in _settings("Night shelter. Staying at St Brannock's for a week.\n")
    # A town called after a saint has no possessive.
    assert not _settings("He was staying at St Helens for a week.\n")


def test_who_will_hold_a_post_is_no_pseudonym():
    text = "The next Chair will be Sheila Hughes. Sheila Hughes rang.\n"
    assert "Sheila Hughes" in entities(text)


def test_a_letter_pseudonym_says_nothing_of_the_familys_names():
    text = (
        "Adult A (pseudonym) lived alone. Her daughter Ruth rang the council in May. "
        "Ruth said her mother was frightened. Ruth kept the texts.\n"
    )
    assert entities(text)["Ruth"] == {"person"}
