from sardoc.rules import RunContext
from sardoc.rules.kinds import consistency
from tests.helpers import make_document, make_rule

RULE = make_rule(
    "consistency",
    {"groups": [[r"\borganis(e|ed|ation)\b", r"\borganiz(e|ed|ation)\b"]]},
    message="'{match}' here, but '{preferred}' elsewhere.",
)


def test_minority_spelling_is_reported():
    doc = make_document("# R\n\nThe organisation and the organisation.\n\nOne organization.\n")
    found = list(consistency.check(doc, RULE, RunContext()))
    assert [(f.text, f.location.line) for f in found] == [("organization", 5)]
    assert found[0].message == "'organization' here, but 'organisation' elsewhere."


def test_one_style_throughout_is_fine():
    doc = make_document("# R\n\nThe organization was organized.\n")
    assert list(consistency.check(doc, RULE, RunContext())) == []
