from sardoc.rules import RunContext
from sardoc.rules.kinds import required_content
from tests.helpers import make_document, make_rule

RULE = make_rule(
    "required_content",
    {
        "element": "the legal mandate",
        "all_of": [["section 44", r"s\.?\s?44"], ["mandatory", "discretionary"]],
    },
    message="No {element}.",
)


def check(text, rule=RULE):
    return list(required_content.check(make_document(text), rule, RunContext()))


def test_both_groups_needed():
    assert check("# R\nThis review was held under section 44 of the Care Act 2014.\n")
    assert check("# R\nThis was a mandatory review.\n")
    assert check("# R\nA mandatory review under s44(1) of the Act.\n") == []


def test_groups_may_be_in_different_paragraphs_unless_same_paragraph():
    text = "# R\nWe held it under section 44.\n\nIt was mandatory.\n"
    assert check(text) == []
    strict = make_rule("required_content", {**RULE.params.model_dump(), "same_paragraph": True})
    assert len(check(text, strict)) == 1


def test_headings_count_unless_turned_off():
    text = "# Mandatory review under section 44\nText.\n"
    assert check(text) == []
    no_head = make_rule("required_content", {**RULE.params.model_dump(), "headings": False})
    assert len(check(text, no_head)) == 1


def test_same_section_joins_heading_and_its_paragraphs_only():
    rule = make_rule("required_content", {**RULE.params.model_dump(), "same_section": True})
    assert check("# R\n## Mandatory review\nHeld under section 44.\n", rule) == []
    split = "# R\n## Mandate\nHeld under section 44.\n## Training\nMandatory training.\n"
    assert len(check(split, rule)) == 1
    assert check(split) == []
