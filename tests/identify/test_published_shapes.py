"""Shapes of published reports (issue 15): declared pseudonyms, officials, public lines
and mailboxes, life spans, bare care-setting names, lower-case names in notes, local
record numbers and names that are also words. Each shape has a case found and a case
left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from sardoc.identify import find_identifiers
from sardoc.identify.evaluate import parse, score
from sardoc.sources import markdown
from tests.identify.helpers import found

HERE = Path(__file__).resolve().parent


def hits(text: str) -> list[tuple[str, str]]:
    doc = markdown.read(Path("draft.md"), text.encode("utf-8"))
    return [(h.span.entity, h.span.text) for h in find_identifiers(doc)]


def names(text: str) -> set[str]:
    return {t for e, t in hits(text) if e in ("person", "official")}


# -- declared pseudonyms ------------------------------------------------------------


@pytest.mark.parametrize(
    "declaration",
    [
        "Bernadette Quill is a pseudonym.",
        "Bernadette Quill (pseudonym) lived alone.",
        "Bernadette Quill\n(pseudonym)",
        "In this report she is referred to as 'Bernadette Quill'.",
        "Her name has been changed to Bernadette Quill to protect her privacy.",
        "Bernadette Quill is not her real name.",
        "Her family chose the name Bernadette Quill for this review.",
        "We have used the name Bernadette Quill throughout.",
        "Bernadette Quill – not her real name – lived alone.",
        "Throughout this report the adult is called Bernadette Quill.",
    ],
)
def test_a_declared_pseudonym_is_cleared_with_its_first_part_and_possessive(declaration):
    text = (
        f"# Review\n\n{declaration}\n\nBernadette Quill moved in 2019. Bernadette's "
        'son visited. The nurse wrote: "bernadette was tearful".\n'
    )
    assert not names(text)


def test_an_undeclared_full_name_is_still_found():
    text = "# Review\n\nBernadette Quill moved in 2019. Bernadette's son visited.\n"
    assert "Bernadette Quill" in names(text)


def test_a_note_on_names_table_declares_across_its_cells():
    text = (
        "# Review\n\n## Names\n\n| Name used | Who |\n|---|---|\n"
        "| Mary | the adult (pseudonym) |\n| Tomasz Wilk | her son (not his real name) |\n"
        "| Jane Hughes | social worker |\n\n## Story\n\n"
        "Mary lived with Tomasz Wilk. Mary's son, Tomasz, visited. Jane Hughes rang.\n"
    )
    assert names(text) == {"Jane Hughes"}


def test_a_declared_first_name_does_not_clear_another_surname():
    text = "# Review\n\nRobert is a pseudonym.\n\nRobert Ashby, a neighbour, rang.\n"
    assert "Robert Ashby" in names(text)


# -- officials ----------------------------------------------------------------------

OPENING = (
    "# Safeguarding Adults Review: Adult D\n\n"
    "Independent reviewer: Dr Helena Marsh\n\n"
    "## Foreword\n\nPriya Lockhart, Independent Chair, Ashdown Safeguarding Adults Board\n\n"
    "## Methodology\n\nThe panel was chaired by Owen Pritchard, Head of Safeguarding.\n\n"
    "## What happened\n\nThe social worker, Jane Hughes, visited Adult D. Dr Marsh read the "
    "records.\n"
)


def test_officials_are_their_own_entity_everywhere_and_practitioners_stay_persons():
    got = hits(OPENING)
    assert ("official", "Dr Helena Marsh") in got
    assert ("official", "Priya Lockhart") in got
    assert ("official", "Owen Pritchard") in got
    assert ("official", "Dr Marsh") in got  # a later mention of an official
    assert ("person", "Jane Hughes") in got


def test_a_role_cue_for_one_name_does_not_make_the_next_name_official():
    text = (
        "# Review\n\n## What happened\n\nDr Ruth Ellison, the independent reviewer, met "
        "Mrs Okafor at home.\n"
    )
    got = hits(text)
    assert ("official", "Dr Ruth Ellison") in got and ("person", "Mrs Okafor") in got


def test_an_official_named_as_a_practitioner_in_the_story_stays_a_person():
    text = (
        "---\nauthor: Jane Hughes\n---\n# Review\n\n"
        "The social worker, Jane Hughes, visited Adult D at home.\n"
    )
    assert ("person", "Jane Hughes") in hits(text)


def test_officials_are_noted_at_info_and_never_warned(tmp_path):
    from sardoc.api import check
    from sardoc.config import Config
    from sardoc.findings import Severity

    path = tmp_path / "report.md"
    path.write_text(OPENING.replace("# Safeguarding", "---\nkind: sar-report\n---\n# Safeguarding"))
    findings = [f for f in check([path], Config(select=["PII"])).findings]
    officials = [f for f in findings if f.entity == "official"]
    assert officials and all(f.severity == Severity.INFO for f in officials)
    assert all(f.severity != Severity.INFO for f in findings if f.entity == "person")


def test_a_board_can_raise_the_severity_of_officials(tmp_path):
    from sardoc.api import check
    from sardoc.config import Config
    from sardoc.findings import Severity

    path = tmp_path / "report.md"
    path.write_text(OPENING.replace("# Safeguarding", "---\nkind: sar-report\n---\n# Safeguarding"))
    config = Config(select=["PII"], rules={"PII-011": "warning"})
    officials = [f for f in check([path], config).findings if f.entity == "official"]
    assert officials and all(f.severity == Severity.WARNING for f in officials)


def test_redact_keeps_officials_and_replaces_practitioners(tmp_path):
    from sardoc.config import Config
    from sardoc.redact import redact_file

    path = tmp_path / "report.md"
    path.write_text(OPENING.replace("# Safeguarding", "---\nkind: sar-report\n---\n# Safeguarding"))
    out = tmp_path / "redacted.md"
    redact_file(path, out, Config(select=["PII"]))
    text = out.read_text()
    assert "Dr Helena Marsh" in text and "Owen Pritchard" in text
    assert "Jane Hughes" not in text


# -- public lines and functional mailboxes ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Call Adult Social Care on 0300 555 0190.",
        "The free helpline is 0800 555 0134.",
        "The switchboard, 0845 555 0123, is open all day.",
        "Out of hours, ring the emergency duty team on 01632 960 000.",
        "In an emergency call 999; for health advice call 111.",
        "E-mail safeguarding@ashdown.example.gov.uk or sab.businessunit@example.org.",
    ],
)
def test_public_lines_and_mailboxes_are_not_personal(text):
    assert not found(text, "phone") and not found(text, "email")


@pytest.mark.parametrize(
    "text, entity",
    [
        ("Her mobile was 07700 900412.", "phone"),
        ("Sgt Donna Whitlock, Vulnerability Hub. Tel 0115 496 0912.", "phone"),
        ("Her direct line is 0300 555 0777.", "phone"),
        ("E-mail jo.harker@example.org for the notes.", "email"),
    ],
)
def test_personal_numbers_and_addresses_stay_flagged(text, entity):
    assert found(text, entity)


# -- dates of birth in a life span ------------------------------------------------------


@pytest.mark.parametrize(
    "text, dob",
    [
        ("# SAR: Elsie (2nd June 1950 – 11th October 2019)", "2nd June 1950"),
        ("Harold Benbow (14 th March 1921 – 3 rd May 2001) lived alone.", "14 th March 1921"),
        ("Mary Alder, 02/06/1950 – 11/10/2019, was a retired teacher.", "02/06/1950"),
        ("She was born 17.11.41 in Leeds.", "17.11.41"),
    ],
)
def test_dates_of_birth_in_life_spans(text, dob):
    assert found(text, "date-of-birth") == [dob]


def test_a_period_in_a_chronology_is_not_a_life_span():
    assert not found("Between 3 March 2023 - 5 April 2023 the team visited.", "date-of-birth")


# -- care settings named without a generic word -------------------------------------------


def test_a_home_named_bare_where_people_lived_is_a_care_setting():
    text = (
        "# Review\n\nIn 2018 she moved to Thistledown, where she was a resident. "
        "Residents at Harebell were abused. The Fernhill campus closed.\n\n"
        "Later, staffing at Thistledown fell.\n"
    )
    got = [t for e, t in hits(text) if e == "care-setting"]
    assert got == ["Thistledown", "Harebell", "Fernhill campus", "Thistledown"]


def test_a_town_or_agency_is_not_a_care_setting():
    text = "# Review\n\nShe lived in Eastmoor all her life. He moved to Leeds in 2010.\n"
    assert not [t for e, t in hits(text) if e == "care-setting"]


# -- lower-case names, record numbers ------------------------------------------------------


def test_lower_case_given_name_in_quoted_notes():
    assert found('The nurse wrote: "spoke to darren about the bruise".', "person") == ["darren"]
    assert not found('The nurse wrote: "spoke to him about the will".', "person")


@pytest.mark.parametrize(
    "text, ident",
    [
        ("Recorded under occurrence number EM/22817/24.", "EM/22817/24"),
        ("Mosaic: 4417720", "4417720"),
        ("LAS case number 77120 was given.", "77120"),
        ("Case record 88213-A was opened.", "88213-A"),
    ],
)
def test_local_record_numbers_after_their_label(text, ident):
    assert found(text, "other-id") == [ident]


def test_a_system_named_without_a_number_is_not_a_record_number():
    assert not found("The RiO notes say the LAS crew attended at 14:05.", "other-id")


# -- names that are also words -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("She told May that the GP would call.", "May"),
        ("May said she was frightened.", "May"),
        ("Her daughter Hope visited.", "Hope"),
        ("She spoke to Will on Monday.", "Will"),
    ],
)
def test_a_word_name_used_as_a_name(text, name):
    assert found(text, "person") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "In May 2023 she moved.",
        "Between April and May the visits stopped.",
        "Will you ring the GP?",
        "The staff will mark the chart.",
        "She had no hope left.",
        "The review met on 5 June.",
    ],
)
def test_a_word_name_used_as_a_word(text):
    assert not found(text, "person")


# -- spans and the labelled paragraphs --------------------------------------------------------


def test_no_span_crosses_a_line():
    for _, text in hits("# Review\n\nShe lived at Oakwood Care\nHome with Jane\nHughes.\n"):
        assert "\n" not in text


@pytest.mark.parametrize("name", ["round2.md", "report_shapes.md", "more_shapes.md"])
def test_the_published_shapes_paragraphs_score_fully(name):
    item = parse((HERE / "data" / name).read_text(encoding="utf-8"), name)
    s = score([item])
    assert s.overall.f1 >= 0.95, s.errors
    assert not any(v[1] for v in s.negatives.values()), s.errors
