from sardoc.rules import RunContext
from sardoc.rules.kinds import substitution
from tests.helpers import make_document, make_rule


def test_suggests_the_replacement_for_each_term():
    rule = make_rule(
        "substitution",
        {"swap": {"utilise": "use", "suffering from": "living with"}},
        message="Write '{replacement}' rather than '{match}'.",
    )
    doc = make_document("# R\n\nShe was suffering from dementia and would Utilise the aid.\n")
    found = list(substitution.check(doc, rule, RunContext()))
    assert [f.message for f in found] == [
        "Write 'living with' rather than 'suffering from'.",
        "Write 'use' rather than 'Utilise'.",
    ]
    assert [f.location.column for f in found] == [9, 43]
