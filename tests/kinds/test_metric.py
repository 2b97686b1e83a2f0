from sardoc.rules import RunContext
from sardoc.rules.kinds import metric
from tests.helpers import make_document, make_rule

LONG = " ".join(["word"] * 30) + "."


def check(text, **params):
    rule = make_rule("metric", params, message="{measure} is {value}, limit {limit}")
    return list(metric.check(make_document(text), rule, RunContext()))


def test_document_word_limit():
    text = "# B\n\n" + " ".join(["word"] * 710) + ".\n"
    found = check(text, measure="words", max=700)
    assert [f.message for f in found] == ["words is 710, limit 700"]
    assert check(text, measure="words", max=800) == []


def test_sentence_length_per_section_only_counts_own_text():
    text = f"# B\n\n## Short\n\nA short one. Another short one.\n\n## Long\n\n{LONG}\n"
    found = check(text, measure="avg_sentence_length", max=20, scope="section")
    assert [f.location.section[-1] for f in found] == ["Long"]


def test_min_words_skips_short_texts():
    assert check("# B\n\nTiny.\n", measure="words", min=50, min_words=10) == []
    assert len(check("# B\n\nTiny.\n", measure="words", min=50)) == 1


def test_paragraph_scope_reading_age():
    hard = (
        "Notwithstanding multidisciplinary considerations, organisational accountability "
        "necessitates comprehensive documentation of interdisciplinary deliberations."
    )
    found = check(
        f"# B\n\nThe cat sat on the mat.\n\n{hard}\n",
        measure="reading_age",
        max=12,
        scope="paragraph",
    )
    assert len(found) == 1 and found[0].location.line == 5


CONTACT = (
    "Dunmere Safeguarding Adults Board business support team\n"
    "Telephone 01632 960 205\n"
    "Email sab@dunmere.example.gov.uk\n"
    "Write to us at Dunmere Safeguarding Adults Board, Civic Offices, Market Street\n"
)


def test_a_block_of_contact_details_is_not_a_long_sentence():
    text = f"# B\n\n## Contact details\n\n{CONTACT}"
    assert check(text, measure="avg_sentence_length", max=20, scope="section") == []
    # The same words as prose, ending a sentence, are measured.
    prose = "# B\n\n## Contact details\n\n" + CONTACT.replace("\n", " ").strip() + ".\n"
    assert len(check(prose, measure="avg_sentence_length", max=20, scope="section")) == 1


def test_contact_blocks_still_count_as_words():
    text = f"# B\n\n{CONTACT}"
    assert len(check(text, measure="words", max=10)) == 1
