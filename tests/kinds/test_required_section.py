from sardoc.rules import RunContext
from tests.helpers import make_document, make_rule

RULE = make_rule(
    "required_section",
    {
        "element": "examples of good practice",
        "headings": ["good practice", "what went well"],
        "evidence": ["examples of good practice"],
        "min_words": 3,
    },
    message="No {element}.",
)


def check(text):
    from sardoc.rules.kinds import required_section

    return list(required_section.check(make_document(text), RULE, RunContext()))


def test_missing_section_is_named():
    found = check("# R\n## Findings\nAgencies did not share information.\n")
    assert [f.message for f in found] == ["No examples of good practice."]
    assert found[0].location.line is None


def test_numbered_and_decorated_headings_match():
    for heading in [
        "4.2 Good Practice",
        "Section 5: What went well?",
        "GOOD PRACTICE",
        "b) Good practice",
    ]:
        assert check(f"# R\n## {heading}\nThe nurse visited the same day.\n") == [], heading


def test_empty_section_is_reported_at_its_heading():
    found = check("# R\n## Good practice\nNone.\n## Findings\nSome text here today.\n")
    assert len(found) == 1
    assert "is too short to show" in found[0].message
    assert (found[0].location.line, found[0].location.column) == (2, 4)


def test_subsection_text_counts_for_the_section():
    assert check("# R\n## Good practice\n### Nursing\nThe nurse visited the same day.\n") == []


def test_evidence_in_body_text_is_enough():
    assert check("# R\n## Findings\nThere were examples of good practice in nursing.\n") == []


def test_document_title_does_not_count_as_a_section():
    text = "# Good practice in safeguarding: a review\n## Findings\nAgencies did not share it.\n"
    assert len(check(text)) == 1
    assert check("# R\n## Good practice\nThe nurse visited the same day.\n") == []
