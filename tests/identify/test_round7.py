"""Seventh round, tuned on heldout5-8 and dev4: pseudonyms declared in one paper of a
review's pack and used in another, GP practices listed among the agencies, and people
named beside the reviewer at a learning event. Each case has one it must leave alone
and one it must still catch."""

from __future__ import annotations

from helpers import read

from sardoc.identify import find_identifiers
from sardoc.identify.scan import declared_pseudonyms, share_declared, share_pack
from sardoc.pack import check_pack
from tests.identify.helpers import found

FOREWORD = (
    "---\nkind: sar-report\n---\n# Foreword\n\n"
    "I thank Nettie's niece, who asked to be called Maureen in this report. "
    "The review was chaired by Ms Philippa Drummond-Hale.\n"
)
LEAFLET = (
    "---\nkind: family-leaflet\n---\n# What the review found\n\n"
    "Maureen told us that nobody phoned her back. His neighbour, Bartholomew Quayle, "
    "also rang the duty team twice.\n"
)


def people(doc) -> list[str]:
    return [h.span.text for h in find_identifiers(doc) if h.span.entity == "person"]


def test_a_pseudonym_declared_in_one_paper_is_known_in_the_others():
    foreword, leaflet = read(FOREWORD, "a.md"), read(LEAFLET, "b.md")
    assert declared_pseudonyms(foreword) == {"Maureen"}
    # Read alone, the leaflet cannot know that Maureen is a pseudonym.
    assert "Maureen" in people(leaflet)
    share_declared([foreword, leaflet])
    found = people(leaflet)
    assert "Maureen" not in found
    # A real name in the same paper is still reported.
    assert "Bartholomew Quayle" in found
    # The paper that declares the name gains nothing it already had.
    assert "identifiable" not in foreword.metadata or not foreword.metadata["identifiable"].get(
        "pseudonyms"
    )


def test_a_declared_first_name_does_not_clear_a_real_full_name_elsewhere():
    foreword = read(FOREWORD, "a.md")
    other = read("# Minutes\n\nMaureen Penhallow, the tenancy officer, attended.\n", "c.md")
    share_declared([foreword, other])
    assert "Maureen Penhallow" in people(other)


def test_sardoc_pack_checks_each_paper_with_the_packs_pseudonyms(tmp_path):
    (tmp_path / "report.md").write_text(FOREWORD, encoding="utf-8")
    (tmp_path / "leaflet.md").write_text(LEAFLET, encoding="utf-8")
    result = check_pack([tmp_path / "report.md", tmp_path / "leaflet.md"])
    named = [
        f.message
        for f in result.check.findings
        if f.rule_id.startswith("PII") and f.location.file.endswith("leaflet.md")
    ]
    assert not any("Maureen" in m for m in named)
    assert any("Bartholomew Quayle" in m or "Quayle" in m for m in named)


def test_a_gp_practice_in_a_list_of_agencies_is_an_organisation():
    listed = (
        "Chronologies came from Dunmere Council; Dunmere Police; Kingfisher Lane Surgery; "
        "Harbour Care Ltd; and the ambulance service."
    )
    assert found(listed, "care-setting") == []
    # Nor is its street reported as an address.
    assert found(listed, "address") == []
    # Where the person was registered, it is a place that identifies them.
    registered = (
        "He was registered at Kingfisher Lane Surgery, where Dr Amin saw him; "
        "the Council and the Police were not told."
    )
    assert found(registered, "care-setting") == ["Kingfisher Lane Surgery"]


def test_a_gloss_on_quoted_notes_names_the_lower_case_given_name():
    text = (
        "# Records\n\n> 3/4 – mark (kitchen) checked the fridge. nothing found.\n\n"
        'In these notes "mark" is Mark Threlfall, the cook.\n'
    )
    found_here = people(read(text))
    assert found_here.count("mark") == 2
    # The word itself in a note is no one.
    plain = (
        '# Records\n\n> 3/4 – "mark" is the word the form uses for a bruise.\n\n'
        "Mark Threlfall saw it.\n"
    )
    assert "mark" not in people(read(plain))


def test_whoever_runs_the_reviews_event_beside_the_reviewer_is_an_official():
    def entities(text):
        return [(h.span.text, h.span.entity) for h in find_identifiers(read(text))]

    text = "# Method\n\nThe event was facilitated by the reviewer with Imogen Farrant.\n"
    assert entities(text) == [("Imogen Farrant", "official")]
    text = "# Method\n\nThe reviewer held the learning event on 3 May 2024 with Imogen Farrant.\n"
    assert entities(text) == [("Imogen Farrant", "official")]
    # A practitioner who spoke at the event is not.
    text = "# Method\n\nAt the learning event, Imogen Farrant said the duty team was short.\n"
    assert entities(text) == [("Imogen Farrant", "person")]


def test_a_shelter_named_beside_its_kind_and_a_home_listed_under_its_name():
    assert found("Beds opened at St Columba's, a night shelter run by the parish.") == [
        "St Columba's"
    ]
    assert found("In one chronology the previous home is listed as Thornacre.") == ["Thornacre"]
    # "known as" after a person is a nickname, not a home.
    assert found("He is known as Bobby to his friends.", "care-setting") == []
    # A shelter as a service, with no name, is nothing.
    assert found("She was offered a night shelter, which she refused.") == []


def test_a_pack_shares_its_care_settings_and_officials():
    report = read(
        "# Method\n\nThe chronology was merged by Duncan Ashgrove, Board Business Manager. "
        "From 2019 she lived at Thornacre, where six other residents lived.\n",
        "report.md",
    )
    minutes = read(
        "# Minutes\n\n> Please send me the log for the chronology.\n>\n> Thanks, Duncan\n\n"
        "Her years at Thornacre were happy ones.\n",
        "minutes.md",
    )

    def entities(doc):
        return sorted((h.span.text, h.span.entity) for h in find_identifiers(doc))

    # Alone, the minutes see a first name and an ordinary capitalised word.
    assert ("Thornacre", "care-setting") not in entities(minutes)
    assert ("Duncan", "person") in entities(minutes)
    share_pack([report, minutes])
    assert entities(minutes) == [("Duncan", "official"), ("Thornacre", "care-setting")]
    # The report itself is as it was.
    assert ("Duncan Ashgrove", "official") in entities(report)


def test_a_house_or_grange_whose_residents_the_sentence_speaks_of():
    text = "The trainer ran a session at Thornacre Grange on 12 May; residents' relatives came."
    assert found(text, "care-setting") == ["Thornacre Grange"]
    # An office is no home, even where residents are spoken of.
    text = "The meeting was at Council House; residents were angry about the cuts."
    assert found(text, "care-setting") == []
    # Nor is a grange where the sentence says nothing of anyone living there.
    assert found("The trainer ran a session at Thornacre Grange on 12 May.", "care-setting") == []


def test_lower_case_word_names_in_notes_signed_off_or_before_a_past_tense():
    text = (
        "# Notes\n\nThe senior carer is Faith Adebayo and the son is Will Orrell. "
        "Her daughter, Rose, visits weekly.\n\n"
        "> 3/6 – will came in at 2pm, upset. daughter rose rang later. – faith\n"
    )
    lower = [t for t in people(read(text)) if t.islower()]
    assert lower == ["will", "rose", "faith"]
    # The modal, the flower and a dash inside a note are words.
    text = (
        "# Notes\n\nThe senior carer is Faith Adebayo and the son is Will Orrell.\n\n"
        "> 3/6 – will ring back. her rose bush was cut – faith in the plan is low.\n"
    )
    assert [t for t in people(read(text)) if t.islower()] == []


def test_pseudonyms_declared_as_here_called_or_as_we_refer_to_them():
    from sardoc.identify.person import declared_names

    assert declared_names("Her son, here called Barry, was her main carer.") == {"Barry"}
    assert declared_names("A neighbour, who we refer to as Lottie, raised the alarm.") == {"Lottie"}
    # A real name beside the same words is not declared.
    assert declared_names("The GP, here called in by the nurse, saw Barry Holt.") == set()


def test_a_relative_sharing_a_given_name_with_another_papers_official_stays_a_person():
    plan = read(
        "# Plan\n\nMonitoring: the quality subgroup, chaired by Rhiannon Castellane, "
        "Assistant Director.\n",
        "plan.md",
    )
    minutes = read(
        "# Minutes\n\nMrs Okonedo's daughter, Rhiannon, rang the home twice.\n\n"
        "> Thanks, Rhiannon\n",
        "minutes.md",
    )
    share_pack([plan, minutes])
    got = {(h.span.text, h.span.entity) for h in find_identifiers(minutes)}
    assert ("Rhiannon", "person") in got
    assert ("Rhiannon", "official") not in got


def test_a_reference_with_two_groups_of_letters_before_its_digits():
    text = "Could you check whether the log (ref KTH-IN-2407-093) has a second page?"
    assert found(text, "other-id") == ["KTH-IN-2407-093"]
    # The review's own reference is not a record number.
    assert found("Minutes of the panel, referral ref SAR-25-07.", "other-id") == []


def test_a_service_that_holds_rooms_or_beds_is_a_place_people_stay():
    text = "Update: the service at Wrenhaven now holds two emergency beds."
    assert found(text, "care-setting") == ["Wrenhaven"]
    # A service at a place that holds no one is left alone.
    assert found("Update: the service at Wrenhaven now opens at nine.", "care-setting") == []


def test_ordinary_nouns_after_a_word_name_are_no_surname():
    for text in (
        "An Amber Alert was issued.",
        "Summer Holiday cover was thin.",
        "The Will Writing service was closed.",
    ):
        assert found(text, "person") == [], text
    # A word name before a real surname is still a name.
    assert found("Summer Okonjo covered the shift.", "person") == ["Summer Okonjo"]


def test_civic_offices_charities_and_docks_named_after_people_are_no_one():
    assert found("The Lord Mayor opened the new day centre.", "person") == []
    assert found("Marie Curie nurses visited twice that week.", "person") == []
    assert found("She was last seen near Albert Dock.", "person") == []
    # People with those names, or a peer, are still found.
    assert found("Her neighbour, Marie Curran, visited.", "person") == ["Marie Curran"]
    assert found("Lord Patel chaired the inquiry.", "person") == ["Lord Patel"]


def test_a_law_named_after_someone_is_the_law():
    assert found("Police made a Clare's Law disclosure to her.", "person") == []
    assert found("Clare's lawyer phoned the duty team.", "person") == ["Clare"]


def test_a_home_named_before_its_kind_in_lower_case_or_its_staff():
    assert found("Kestrel Lodge residential home closed in 2022.", "care-setting") == [
        "Kestrel Lodge residential home"
    ]
    assert found("He stayed in the Harbour Lights hostel.", "care-setting") == [
        "Harbour Lights hostel"
    ]
    assert found("the Pinewood Grange manager, Tony Ellis, said", "care-setting") == [
        "Pinewood Grange"
    ]
    assert found("At Cedar House (a care home) she fell twice.", "care-setting") == ["Cedar House"]
    assert found("The care home, Oakridge, was rated good.", "care-setting") == ["Oakridge"]
    # Any home of a town, a person and her job, an office's staff: no named home.
    assert found("She moved to a Calderbrook care home.", "care-setting") == []
    assert found("There was no Northern supported living scheme.", "care-setting") == []
    assert found("Ruth Kelly residential home manager said", "care-setting") == []
    assert found("Council House staff said it was closed.", "care-setting") == []


def test_each_item_of_a_list_the_text_says_holds_pseudonyms_is_declared():
    text = (
        "# Note on names\n\nThe names of the family used here are pseudonyms:\n\n"
        "- Dorothy – the adult\n- Barry (her son)\n\n"
        "# Story\n\nDorothy lived with Barry. Dr Amelia Fenwick saw her.\n"
    )
    assert people(read(text)) == ["Dr Amelia Fenwick"]
    # A list under any other heading declares nothing.
    text = (
        "# Panel\n\nThe panel members were:\n\n- Amelia Fenwick, Head of Safeguarding\n"
        "- Tom Reeve, Detective Inspector\n"
    )
    assert people(read(text)) == ["Tom Reeve"]


def test_officials_who_lead_the_review_sit_on_its_panel_or_own_an_action():
    def entities(text):
        return [(h.span.text, h.span.entity) for h in find_identifiers(read(text))]

    assert entities("# Report\n\nThis review was led by Dr Imogen Hale, a consultant.\n") == [
        ("Dr Imogen Hale", "official")
    ]
    text = "# Report\n\nPanel members were Nia Roberts and Tom Reeve.\n"
    assert entities(text) == [("Nia Roberts", "official"), ("Tom Reeve", "official")]
    text = "# Report\n\nThe panel was chaired by Superintendent Owen Price.\n"
    assert entities(text) == [("Owen Price", "official")]
    assert entities("# Minutes\n\nCirculate the draft. Owner: Priya Sandhu.\n") == [
        ("Priya Sandhu", "official")
    ]
    # A practitioner's own review, or a flat's owner, is no office of the board's.
    text = "# Story\n\nThe medication review was carried out by Dr Amir Singh in May.\n"
    assert entities(text) == [("Dr Amir Singh", "person")]
    assert entities("# Story\n\nThe owner: Tom Reeve, let the flat to her.\n") == [
        ("Tom Reeve", "person")
    ]


def test_lower_case_given_names_in_a_quoted_case_note():
    text = (
        "# Notes\n\n> 12/03 – son gareth present, v hostile. spoke to receptionist kim.\n"
        "> 13/03 – max 2 doses in 24h. rosemary oil applied.\n"
    )
    assert people(read(text)) == ["gareth", "kim"]
    # Outside a quoted note, a lower-case word is left alone.
    assert people(read("# Notes\n\nThe word gareth appears in lower case here.\n")) == []


def test_a_person_identified_or_giving_a_name_as():
    # A given name that is also a place, and a surname no list holds: only the cue tells.
    assert found("Officers attend; a man identified as Lincoln Thorne, of no fixed abode.") == [
        "Lincoln Thorne"
    ]
    assert found("The caller gave her name as Orlando Crisp.", "person") == ["Orlando Crisp"]
    # Themes and conditions are identified too, and are no one.
    assert found("The theme she identified as Learning Disability recurs.", "person") == []
    assert found("Themes identified as Professional Curiosity recur.", "person") == []


def test_a_document_with_a_section_cut_out_is_still_scanned(tmp_path):
    # Paragraph indices then skip numbers: a service's table row must be read by place.
    from dataclasses import replace

    from sardoc.identify import find_identifiers
    from sardoc.sources import read_document

    draft = tmp_path / "leaflet.md"
    draft.write_text(
        "# Leaflet\n\n## About us\n\nWe are a small team.\n\n## Contacts\n\n"
        "| Service | Telephone |\n|---|---|\n| Advocacy Hub | 01632 960 910 |\n"
        "| Carers Line | 01632 960 911 |\n\nOr ring Ms Quenby on 07700 900 123.\n",
        encoding="utf-8",
    )
    document = read_document(draft)
    kept = [p for p in document.paragraphs if "About us" not in p.section]
    cut = replace(document, paragraphs=kept, _sections=None, cache={})
    whole = {(h.span.entity, h.span.key) for h in find_identifiers(document)}
    assert whole and {(h.span.entity, h.span.key) for h in find_identifiers(cut)} == whole
