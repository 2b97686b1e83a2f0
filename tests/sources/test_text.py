from pathlib import Path

import pytest

from sardoc.errors import InputError
from sardoc.sources import text

SRC = """SAFEGUARDING ADULTS REVIEW: ADULT A

1. Introduction

This review looks at how agencies
  worked with Adult A.

- the GP
- the district nurse

2.1 Good practice

Staff did well.

What went well
--------------

A short paragraph that ends with a full stop.
"""


def test_headings_paragraphs_and_lists():
    doc = text.read(Path("r.txt"), SRC.encode())
    got = [(p.role, p.level, p.text) for p in doc.paragraphs]
    assert got == [
        ("heading", 1, "SAFEGUARDING ADULTS REVIEW: ADULT A"),
        ("heading", 2, "1. Introduction"),
        ("body", 0, "This review looks at how agencies worked with Adult A."),
        ("list", 0, "the GP"),
        ("list", 0, "the district nurse"),
        ("heading", 3, "2.1 Good practice"),
        ("body", 0, "Staff did well."),
        ("heading", 2, "What went well"),
        ("body", 0, "A short paragraph that ends with a full stop."),
    ]
    # The unnumbered first heading is the title: numbered headings sit below it.
    assert doc.paragraphs[6].section == (
        "SAFEGUARDING ADULTS REVIEW: ADULT A",
        "1. Introduction",
        "2.1 Good practice",
    )


def headings(src: str) -> list[tuple[int, str]]:
    doc = text.read(Path("r.txt"), src.encode())
    return [(p.level, p.text) for p in doc.paragraphs if p.is_heading]


def test_a_line_without_a_full_stop_is_not_a_heading():
    src = (
        "1. Introduction\n\n"
        "The GP referred Adult A to the falls clinic in March\n\n"
        "Northshire Police\n\n"
        "What went well\n\n"
        "Staff did well.\n"
    )
    assert headings(src) == [(1, "1. Introduction")]


def test_short_lines_in_one_block_are_a_list_never_headings():
    src = "AGENCIES\n\nNorthshire Police\nAmbulance Service\nGP PRACTICE\n"
    doc = text.read(Path("r.txt"), src.encode())
    got = [(p.role, p.text) for p in doc.paragraphs]
    assert got == [
        ("heading", "AGENCIES"),
        ("list", "Northshire Police"),
        ("list", "Ambulance Service"),
        ("list", "GP PRACTICE"),
    ]


def test_a_wrapped_sentence_in_one_block_is_a_paragraph():
    lines = ["The review looked at how the agencies that knew Adult A", "worked together"]
    doc = text.read(Path("r.txt"), "\n".join(lines).encode())
    assert [(p.role, p.text) for p in doc.paragraphs] == [("body", " ".join(lines))]


@pytest.mark.parametrize(
    "line, level",
    [
        ("5. Findings", 1),
        ("5.2 Information sharing", 2),
        ("5.2.1 Between the GP and the council", 3),
        ("Section 5", 1),
        ("Part Two: What happened", 1),
        ("GOOD PRACTICE", 1),
    ],
)
def test_isolated_numbered_capitals_lines_are_headings(line, level):
    assert headings(f"{line}\n\nSome text.\n") == [(level, line)]


@pytest.mark.parametrize(
    "line",
    [
        "8 Good practice 14",
        "Good practice\t14",
        "Good practice .......... 14",
        "5. The panel met on four occasions.",
        "- a bullet point",
    ],
)
def test_contents_lines_sentences_and_bullets_are_not_headings(line):
    assert headings(f"{line}\n\nSome text.\n") == []


def test_positions_across_joined_lines():
    doc = text.read(Path("r.txt"), SRC.encode())
    p = doc.paragraphs[2]
    i = p.text.index("worked")
    loc = doc.locate(p, i, i + 6)
    assert (loc.line, loc.column) == (6, 3)
    assert doc.source[loc.offset : loc.offset + loc.length] == "worked"


@pytest.mark.parametrize(
    "data",
    [
        "Café staff – “the GP” £5\n".encode("utf-16"),  # with its byte-order mark
        "\ufeffCafé staff – “the GP” £5\n".encode("utf-16-be"),
        "Café staff – “the GP” £5\n".encode("cp1252"),
        "\ufeffCafé staff – “the GP” £5\n".encode("utf-8"),
    ],
)
def test_utf16_and_windows_1252_are_read(data):
    doc = text.read(Path("r.txt"), data)
    assert doc.paragraphs[0].text == "Café staff – “the GP” £5"


@pytest.mark.parametrize(
    "data, message",
    [
        (b"ok\n\x81\x8d\x8f\x90", "r.txt:2: not text in a known encoding (save it as UTF-8)"),
        (b"PK\x03\x04\x00\x00binary", "r.txt: binary data, not text (is it a renamed file?)"),
        (b"\xff\xfeA\x00\x00\xd8", "r.txt: not valid UTF-16-LE text"),
    ],
)
def test_undecodable_text_is_refused_clearly(data, message):
    with pytest.raises(InputError) as e:
        text.read(Path("r.txt"), data)
    assert e.value.lines() == [message]


def test_a_heading_typed_straight_above_its_text_is_a_heading(tmp_path):
    path = tmp_path / "b.txt"
    path.write_text(
        "SEVEN MINUTE BRIEFING: ADULT Q\nNorthfield board practice briefing\n\n"
        "1. WHO ADULT Q WAS\nAdult Q was 72 and lived with her son in a bungalow.\n\n"
        "3. Does the case meet the criteria?\nThe panel found that it did, for reasons "
        "set out below in full.\n\n"
        "4.2 The review found that the agencies\ndid not share what they knew about her "
        "falls with each other.\n",
        encoding="utf-8",
    )
    from sardoc.sources import read_document

    doc = read_document(path)
    heads = [h.text for h in doc.headings()]
    assert heads == [
        "SEVEN MINUTE BRIEFING: ADULT Q",
        "1. WHO ADULT Q WAS",
        "3. Does the case meet the criteria?",
    ]
    # The wrapped numbered paragraph stays one paragraph.
    assert any(p.text.startswith("4.2 The review found") for p in doc.body())


def test_a_short_title_typed_over_its_prose_is_a_heading():
    src = (
        "Your part in the review\n"
        "The reviewer would like to hear about your relative and the help they had.\n\n"
        "The review looked at how the agencies that knew Adult A and her\n"
        "family worked together over the last two years of her life.\n\n"
        "Contact\nSafeguarding Adults Board team\nTelephone 01632 960733\n"
    )
    doc = text.read(Path("leaflet.txt"), src.encode())
    assert [p.text for p in doc.paragraphs if p.is_heading] == ["Your part in the review"]


def test_questions_on_their_own_lines_over_answers_are_headings():
    # Leaflets head their parts with questions, each on a line of its own.
    src = (
        "Information for families\n\nWhat is a review?\n\n"
        "It is a way for services to look back at what happened and learn from it.\n\n"
        "Why have I been contacted?\n\n"
        "You knew your relative well, and what you saw of their care matters.\n"
    )
    doc = text.read(Path("l.txt"), src.encode())
    assert [h.text for h in doc.headings()] == [
        "Information for families",
        "What is a review?",
        "Why have I been contacted?",
    ]
    # Each question heads its own answer, not the rest of the leaflet.
    assert len({h.level for h in list(doc.headings())[1:]}) == 1


def test_one_question_alone_is_a_question_the_text_asks():
    src = (
        "1. Analysis\n\nWhy did nobody call a meeting?\n\n"
        "Staff did not know they could ask for one, and the procedure did not say.\n"
    )
    doc = text.read(Path("r.txt"), src.encode())
    assert [h.text for h in doc.headings()] == ["1. Analysis"]


def test_lettered_subheadings_sit_under_their_section():
    src = (
        "SECTION 2: SCOPE\n\n"
        "(a) Period under review\n\n"
        "The review looked at the eighteen months before the fire at the flat.\n\n"
        "(b) Questions the panel asked\n\n"
        "The panel asked how agencies shared what they knew about the risk.\n\n"
        "SECTION 3: METHOD\n\n"
        "Agencies wrote reports, as follows:\n\n"
        "(a) the council's housing team wrote about the tenancy;\n\n"
        "(b) the trust wrote about the ward stay.\n"
    )
    doc = text.read(Path("r.txt"), src.encode())
    heads = [(h.text, h.level) for h in doc.headings()]
    assert heads == [
        ("SECTION 2: SCOPE", 1),
        ("(a) Period under review", 2),
        ("(b) Questions the panel asked", 2),
        ("SECTION 3: METHOD", 1),
    ]
    # Lettered items that end a sentence or a clause are a list, not headings.
    assert any("the council's housing team" in p.text for p in doc.body())


def test_one_lettered_line_alone_is_not_a_heading():
    src = "(a) A note on sources\n\nThe review read every agency's records for the period.\n"
    doc = text.read(Path("r.txt"), src.encode())
    assert not any(h.text.startswith("(a)") for h in doc.headings())


def test_title_case_lines_over_their_paragraphs_are_headings():
    src = (
        "Safeguarding Adult Review: Nell\n\n"
        "Nell chose this name herself. Other people are named by their role.\n\n"
        "Terms of Reference\n\n"
        "1.1 The review looked at the year before Nell moved to her new flat.\n\n"
        "Contributions from Practitioners\n\n"
        "2.1 Nine practitioners and their managers met the reviewer at a learning event.\n\n"
        "What Went Well\n\n"
        "3.1 The support worker acted at once when she saw that Nell was hurt.\n"
    )
    assert headings(src) == [
        (1, "Safeguarding Adult Review: Nell"),
        (2, "Terms of Reference"),
        (2, "Contributions from Practitioners"),
        (2, "What Went Well"),
    ]


def test_two_title_case_lines_are_names_not_headings():
    # Names and agencies are in Title Case too: two lone lines are not enough.
    src = (
        "Northshire Police\n\n"
        "The force shared its records of the three calls made from the flat.\n\n"
        "Adult Social Care\n\n"
        "The duty team held the case from March until the review began.\n"
    )
    assert headings(src) == []


def test_sentence_case_lines_over_prose_are_headings():
    # Briefings typed in plain text head each part in ordinary case, no numbering.
    src = (
        "Seven-minute briefing: Mr D\n\n"
        "Who Mr D was\n\n"
        "Mr D was 70 and lived alone in a flat above a shop on the high street.\n\n"
        "What happened\n\n"
        "Over a year, three services saw that he was losing weight and did not meet.\n\n"
        "What we learned\n\n"
        "The review found that:\n\n"
        "- nobody held the whole picture\n"
        "- his refusals were not explored\n\n"
        "Finding 1: Asking why he said no is part of respecting him\n\n"
        "Staff accepted each refusal without asking what lay behind it, and the plan "
        "was closed twice while his weight kept falling.\n"
    )
    assert [t for _, t in headings(src)] == [
        "Seven-minute briefing: Mr D",
        "Who Mr D was",
        "What happened",
        "What we learned",
        "Finding 1: Asking why he said no is part of respecting him",
    ]


def test_a_heading_over_its_first_subheading_is_a_heading():
    src = (
        "What we found\n\n"
        "Theme one: recording\n\n"
        "Notes were kept in four systems and none was complete.\n\n"
        "Theme two: meetings\n\n"
        "No meeting brought the services together before the fire.\n"
    )
    assert [t for _, t in headings(src)] == [
        "What we found",
        "Theme one: recording",
        "Theme two: meetings",
    ]


@pytest.mark.parametrize(
    "src",
    [
        # Two lone lines are not enough: one may be a sentence without its full stop.
        "Contact the team on Monday\n\n"
        "The duty worker rang back the same day and left a message.\n\n"
        "Then nothing for a month\n\nNo one visited until the neighbour rang the police.\n",
        # Short lines over an address or a signature (no sentence) are not headings.
        "Yours sincerely\n\nAlex Morgan\nIndependent Reviewer\n\nWith thanks\n\nSam Lee\nChair\n\n"
        "Kind regards\n\nJo Patel\nBusiness Manager\n",
    ],
)
def test_lone_lines_that_are_not_headings(src):
    assert headings(src) == []


def test_a_panel_number_underlined_is_a_heading():
    src = "1\n---\n\nMr D was 70 and lived alone.\n\n2\n---\n\nThree services saw him.\n"
    assert [t for _, t in headings(src)] == ["1", "2"]


def test_paragraphs_typed_one_to_a_line_are_paragraphs():
    """A Word file saved as plain text: one line a paragraph, no blank line between."""
    long = "The review found that the agencies involved each held a part of the picture " * 3
    src = (
        "Swindon Safeguarding Partnership\nSafeguarding Adults Review: Adult D\n"
        "Published October 2025\n\n"
        f"Introduction\n{long.strip()}.\n{long.strip()}.\n"
        f"Scope of the review\n{long.strip()}.\n"
        f"Findings\n{long.strip()}.\nContact\nssp.reviews@example.org, 01632 960733.\n"
    )
    doc = text.read(Path("r.txt"), src.encode())
    heads = [(p.level, p.text) for p in doc.paragraphs if p.is_heading]
    assert heads == [
        (1, "Swindon Safeguarding Partnership"),
        (2, "Introduction"),
        (2, "Scope of the review"),
        (2, "Findings"),
        (2, "Contact"),
    ]
    assert (
        sum(1 for p in doc.paragraphs if p.role == "body" and p.text.startswith("The review")) == 4
    )


def test_wrapped_paragraphs_in_one_block_stay_one_paragraph():
    src = (
        "1. Introduction\n\nThe review found that the agencies involved with Mr A each held\n"
        "part of the picture, and that nobody brought the parts together until after\n"
        "the fire in May; the Board accepted this finding.\n"
    )
    doc = text.read(Path("r.txt"), src.encode())
    assert [p.is_heading for p in doc.paragraphs] == [True, False]


def test_panels_framed_by_rules_with_text_straight_below():
    src = (
        "LEWISHAM SAFEGUARDING ADULTS BOARD\n\n"
        "==========\n\n"
        "1 | Background\n----------\nWinston was 58 and lived alone.\n\n"
        "2 | Why this matters\n----------\nSelf-neglect is common.\n\n"
        "==========\n"
    )
    doc = text.read(Path("b.txt"), src.encode())
    assert [p.text for p in doc.paragraphs] == [
        "LEWISHAM SAFEGUARDING ADULTS BOARD",
        "1 | Background",
        "Winston was 58 and lived alone.",
        "2 | Why this matters",
        "Self-neglect is common.",
    ]
    assert [p.is_heading for p in doc.paragraphs] == [True, True, False, True, False]


def test_a_rule_between_two_paragraphs_is_no_heading():
    src = "1. Introduction\n\nThe review ended in May.\n----------\nIt was published in June.\n"
    assert headings(src) == [(1, "1. Introduction")]


def test_a_contact_line_is_not_a_heading():
    src = (
        "What is a review?\nA review looks at how services worked together, and why.\n"
        "Who can I contact?\nTelephone: 01632 960518\nEmail: sar@example.org\n"
        "Post: the business office, who will reply within a week of your letter to us.\n"
        "Can I bring someone?\nYes, you can bring a friend or relative to any meeting.\n"
    )
    assert not any("01632" in h or "@" in h for _, h in headings(src))


def test_a_typed_tables_long_rows_stay_a_table():
    row = (
        "1. Agree a multi-agency pathway for adults at risk of exploitation  Draft the pathway "
        "with the police and two banks  Head of Safeguarding  30 September  Amber"
    )
    src = "Theme 1\n\nRecommendation  Action  Lead  Target date  RAG status\n" + f"{row}\n{row}\n"
    doc = text.read(Path("t.txt"), src.encode())
    assert [p.text for p in doc.paragraphs if p.role == "table"][:5] == [
        "Recommendation",
        "Action",
        "Lead",
        "Target date",
        "RAG status",
    ]


def test_a_numbered_list_of_long_questions_stays_a_list():
    item = "How did housing, health, social care and the police share what they knew about him "
    src = (
        "1. Terms of reference\n\nThe review asked these questions:\n\n"
        f"1. {item * 2}?\n2. {item * 2}?\n3. Was his capacity considered?\n"
    )
    assert headings(src) == [(1, "1. Terms of reference")]


def test_a_title_block_in_capitals_typed_without_blank_lines_is_two_headings():
    """As it reads with a blank line between: not one long paragraph of board and title."""
    src = (
        "NORTHSHIRE SAFEGUARDING ADULTS BOARD\n"
        "SAR SUBGROUP: SCOPING AND DECISION RECORD\n\n"
        "1. THE REFERRAL\n\n"
        "The referral came from the outreach team in October.\n"
    )
    doc = text.read(Path("r.txt"), src.encode())
    assert [t for _, t in headings(src)] == [
        "NORTHSHIRE SAFEGUARDING ADULTS BOARD",
        "SAR SUBGROUP: SCOPING AND DECISION RECORD",
        "1. THE REFERRAL",
    ]
    assert not any(p.text.startswith("NORTHSHIRE") and not p.is_heading for p in doc.paragraphs)


def test_capital_lines_in_a_later_block_stay_a_list():
    src = "AGENCIES\n\nNORTHSHIRE POLICE\nAMBULANCE SERVICE\n"
    assert [t for _, t in headings(src)] == ["AGENCIES"]


def test_the_fields_of_a_record_are_a_paragraph_each():
    src = (
        "1. Decision record\n\n"
        "Subject: Ms L (initial changed), aged 34\n"
        "Referral received: 3 October 2023\n"
        "Outcome: criteria for a review not met\n\n"
        "The Subgroup met in November and\nweighed each agency's return.\n"
    )
    doc = text.read(Path("r.txt"), src.encode())
    body = [p.text for p in doc.paragraphs if not p.is_heading]
    assert body == [
        "Subject: Ms L (initial changed), aged 34",
        "Referral received: 3 October 2023",
        "Outcome: criteria for a review not met",
        "The Subgroup met in November and weighed each agency's return.",
    ]
