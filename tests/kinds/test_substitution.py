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


def _swap(text: str, kind: str = "family-guidance", **params):
    rule = make_rule(
        "substitution", {"swap": {"multi-agency": "services working together"}, **params}
    )
    return list(substitution.check(make_document(text, kind), rule, RunContext()))


def test_a_term_inside_a_proper_name_is_left_alone():
    text = "# L\n\nCall the Multi-Agency Safeguarding Hub. Multi-agency working helps.\n"
    found = _swap(text)
    assert [(f.location.line, f.location.column) for f in found] == [(3, 41)]


def test_a_kind_may_keep_its_own_field_terms():
    text = "# B\n\nA multi-agency meeting was held.\n"
    allow = {"allow_in": {"seven-minute-briefing": ["multi-agency"]}}
    assert _swap(text, "seven-minute-briefing", **allow) == []
    assert len(_swap(text, "family-guidance", **allow)) == 1


def test_a_repeated_term_is_one_finding_with_every_place():
    text = "# L\n\nA multi-agency plan.\n\nA multi-agency meeting.\n\nMore multi-agency work.\n"
    (found,) = _swap(text)
    assert [loc.line for loc in found.locations] == [3, 5, 7]
    assert len(_swap(text, group=False)) == 3
