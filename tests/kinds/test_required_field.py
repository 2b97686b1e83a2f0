from sardoc.document import Document
from sardoc.rules import RunContext
from sardoc.rules.kinds import required_field
from tests.helpers import make_rule

YAML = """\
referral:
  source: Adult social care
recommendations:
  - id: R1
    addressee: The board
  - id: R2
review_type:
  kind: mandatory
"""


def doc(data, text=YAML):
    return Document("review.yaml", "sar-report", "yaml", [], content=data, source=text)


def check(params, data):
    return list(
        required_field.check(
            doc(data), make_rule("required_field", params, message="{field} missing"), RunContext()
        )
    )


DATA = {
    "referral": {"source": "Adult social care"},
    "recommendations": [{"id": "R1", "addressee": "The board"}, {"id": "R2"}],
    "review_type": {"kind": "mandatory"},
}


def test_missing_field_points_at_nearest_yaml_line():
    found = check({"fields": ["referral.date"]}, DATA)
    assert [f.message for f in found] == ["referral.date missing"]
    assert (found[0].location.line, found[0].location.column) == (1, 1)


def test_star_checks_every_list_item():
    found = check({"fields": ["recommendations.*.addressee"]}, DATA)
    assert [f.message for f in found] == ["recommendations.1.addressee missing"]
    assert found[0].location.line == 6


def test_when_limits_the_rule():
    params = {"fields": ["review_type.condition"], "when": {"review_type.kind": "mandatory"}}
    assert len(check(params, DATA)) == 1
    other = {**DATA, "review_type": {"kind": "discretionary"}}
    assert check(params, other) == []


def test_prose_documents_are_not_checked():
    d = Document("x.md", "sar-report", "markdown", [])
    rule = make_rule("required_field", {"fields": ["referral.date"]})
    assert list(required_field.check(d, rule, RunContext())) == []
