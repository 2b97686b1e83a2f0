"""LANG-006's kind: abbreviations an editor would ask to have spelt out, and no others."""

import pytest

from sardoc.language.abbrev import best_long_form
from sardoc.rules import RunContext
from sardoc.rules.kinds import abbreviations
from tests.helpers import make_document, make_rule


def undefined(text: str, kind: str = "family-guidance", **params) -> list[str]:
    rule = make_rule("abbreviations", {"check": "defined", **params}, message="{abbr}")
    doc = make_document(text, kind)
    return [f.text for f in abbreviations.check(doc, rule, RunContext())]


@pytest.mark.parametrize(
    "short, before, expected",
    [
        ("MCA", "the Mental Capacity Act", "Mental Capacity Act"),
        ("DoLS", "the Deprivation of Liberty Safeguards", "Deprivation of Liberty Safeguards"),
        ("SAR", "a safeguarding adults review", "safeguarding adults review"),
        ("SUDEP", "sudden unexpected death in epilepsy", "sudden unexpected death in epilepsy"),
        ("MCA", "she moved into the care home", None),
    ],
)
def test_long_form_must_match_the_letters(short, before, expected):
    assert best_long_form(short, before) == expected


def test_plural_and_possessive_of_a_defined_abbreviation_are_defined():
    text = (
        "# R\n\nThe Safeguarding Adults Review (SAR) began. SARs are published. "
        "The SAR's findings follow.\n"
    )
    assert undefined(text) == []


def test_brackets_whose_words_do_not_match_are_not_a_definition():
    assert undefined("# R\n\nShe moved to the care home (MCA) last year.\n") == ["MCA"]


def test_plain_english_definitions_count():
    text = "# R\n\nA Safeguarding Adults Review is often called a SAR. A SAR is not blame.\n"
    assert undefined(text) == []
    assert undefined("# R\n\nThis is called a safeguarding adult review, or SAR.\n") == []


def test_long_form_in_the_title_counts():
    assert undefined("# Safeguarding Adults Review: Adult D\n\nThe SAR began in May.\n") == []


def test_post_nominals_company_names_surnames_and_capitals_are_left_alone():
    text = (
        "# R\n\nThe review was written by Jane Ward RMN CQSW, with Dr McDonald. "
        "KDL Care Homes Ltd ran the home.\n\nLEARNING BRIEF FOR STAFF\n\n"
        "Learning matters; the brief is short. The NHS, the BBC and HM Coroner helped.\n"
    )
    assert undefined(text) == []


def test_a_post_nominal_as_a_noun_still_needs_spelling_out():
    assert undefined("# R\n\nShe was seen by a qualified RMN on Monday.\n") == ["RMN"]


def test_allowed_per_kind_only():
    text = "# Briefing\n\nThe SAR found three things.\n"
    params = {"allow_for": {"seven-minute-briefing": ["SAR"]}}
    assert undefined(text, "seven-minute-briefing", **params) == []
    assert undefined(text, "family-guidance", **params) == ["SAR"]


def test_heading_use_before_the_text_defines_it_is_not_first_use():
    text = "# Q\n\n## The purpose of a SAR\n\nA Safeguarding Adults Review (SAR) looks at care.\n"
    assert undefined(text) == []


def _undefined_in_text(src: str) -> list[str]:
    from dataclasses import replace
    from pathlib import Path

    from sardoc.sources import text

    rule = make_rule("abbreviations", {"check": "defined"}, message="{abbr}")
    doc = replace(text.read(Path("r.txt"), src.encode()), kind="sar-report")
    return [f.text for f in abbreviations.check(doc, rule, RunContext())]


def test_a_name_in_a_plain_text_title_block_of_capitals_is_not_an_abbreviation():
    title = "SAFEGUARDING ADULTS REVIEW\nGORDON\nOVERVIEW REPORT\n\n"
    assert _undefined_in_text(title + "Gordon lived alone in a flat.\n") == []
    # A column of lone capitals is a list of abbreviations, and they still count.
    assert _undefined_in_text("Agencies:\n\nCQC\nICB\n\nThe CQC and the ICB took part.\n") == [
        "CQC",
        "ICB",
    ]


def test_a_glossary_at_the_end_serves_the_whole_report():
    text = (
        "# R\n\n## Findings\n\nThe IMR from the trust was late.\n\n"
        "## Glossary\n\nIMR: individual management review\n"
    )
    assert undefined(text, "sar-report") == []
    # Spelt out later in the text, not in a glossary, is still too late.
    later = "# R\n\nThe IMR was late.\n\nAn individual management review (IMR) is a report.\n"
    assert undefined(later, "sar-report") == ["IMR"]


def test_a_glossary_typed_in_columns_in_plain_text():
    src = (
        "1. Findings\n\nThe IMR from the trust was late.\n\n"
        "Terms and Abbreviations\n=======================\n\n"
        "COPD    chronic obstructive pulmonary disease\n"
        "IMR     individual management review\n"
    )
    assert _undefined_in_text(src) == []


def test_a_title_in_capitals_may_define_an_abbreviation():
    src = (
        "ROYAL BOROUGH OF WINDSOR & MAIDENHEAD (RBWM) PARTNERSHIP\n\n"
        "RAPID REVIEW RECORD\n\nThe RBWM group met in May.\n"
    )
    assert _undefined_in_text(src) == []


def test_several_abbreviations_in_one_pair_of_brackets():
    text = (
        "# R\n\nRoyal Borough of Windsor & Maidenhead All-age Safeguarding Partnership "
        "(RBWM AASP)\n\nThe AASP met. The RBWM team attended.\n"
    )
    assert undefined(text, "sar-report") == []
    assert best_long_form("AASP", "the All-age Safeguarding Partnership") == (
        "All age Safeguarding Partnership"
    )


def test_a_glossary_entry_is_not_a_second_spelling_out():
    rule = make_rule("abbreviations", {"check": "once"}, message="{abbr}")
    text = (
        "# R\n\nShe had chronic obstructive pulmonary disease (COPD).\n\n"
        "## Glossary\n\nCOPD: chronic obstructive pulmonary disease\n"
    )
    assert [
        f.text for f in abbreviations.check(make_document(text, "sar-report"), rule, RunContext())
    ] == []
    again = text + "\n## Later\n\nHer chronic obstructive pulmonary disease (COPD) worsened.\n"
    assert [
        f.text for f in abbreviations.check(make_document(again, "sar-report"), rule, RunContext())
    ] == ["COPD"]


def test_a_glossary_laid_out_as_a_table():
    text = (
        "# R\n\n## Findings\n\nThe IMR was late and the DASH form was not used.\n\n"
        "## Glossary\n\n| Term | Meaning |\n|---|---|\n"
        "| IMR | individual management review |\n| DASH | a risk checklist used by police |\n"
    )
    assert undefined(text, "sar-report") == []
    # A cell that only holds the letters, with no meaning beside it, explains nothing.
    bare = "# R\n\n## Findings\n\nThe IMR was late.\n\n| Code | Count |\n|---|---|\n| IMR | 3 |\n"
    assert undefined(bare, "sar-report") == ["IMR"]


def test_a_word_glossary_table(tmp_path):
    pytest.importorskip("docx")
    from sardoc.sources import read_document
    from tests.docxfactory import HEADING_STYLES, make_docx, p, table

    body = (
        p("Safeguarding Adults Review: Adult Q", "Heading1")
        + p("Findings", "Heading2")
        + p("The IMR from the trust was late.")
        + p("Glossary", "Heading2")
        + table([["IMR", "individual management review"]])
    )
    doc = read_document(make_docx(tmp_path, body, styles=HEADING_STYLES))
    rule = make_rule("abbreviations", {"check": "defined"}, message="{abbr}")
    assert [f.text for f in abbreviations.check(doc, rule, RunContext())] == []
