"""The identifiable rule kind: params, entity and part filters, profiles, rule files."""

import pytest

from sardoc.config import Config, rules_in_force
from sardoc.errors import RuleFileError
from sardoc.findings import Severity
from sardoc.identify import ENTITIES
from sardoc.rules import RunContext, run
from sardoc.rules.kinds import identifiable
from tests.helpers import make_document, make_rule

TEXT = (
    "---\nlast_modified_by: Jane Hughes\n---\n# R\n\nMrs Okafor rang from 07700 900123.\n\n"
    "## Jane Hughes notes\n\nText.\n"
)


def test_entities_and_parts_filter():
    doc = make_document(TEXT)
    rule = make_rule("identifiable", {"entities": ["person"], "parts": ["body"]})
    got = [(f.text, f.entity) for f in identifiable.check(doc, rule, RunContext())]
    assert got == [("Mrs Okafor", "person"), ("Jane Hughes", "person")]
    rule = make_rule("identifiable", {"entities": ["person"], "headings": False})
    assert [f.text for f in identifiable.check(doc, rule, RunContext())] == [
        "Jane Hughes",
        "Mrs Okafor",
    ]
    rule = make_rule("identifiable", {"entities": ["phone"]})
    assert [f.text for f in identifiable.check(doc, rule, RunContext())] == ["07700 900123"]


def test_location_points_at_the_identifier():
    doc = make_document(TEXT)
    rule = make_rule("identifiable", {"entities": ["phone"]})
    (f,) = identifiable.check(doc, rule, RunContext())
    assert doc.source[f.location.offset : f.location.offset + f.location.length] == "07700 900123"


@pytest.mark.parametrize(
    "params, message",
    [
        ({"entities": ["persn"]}, "unknown entity 'persn'"),
        ({"entities": []}, "name at least one entity"),
        ({"entities": ["person"], "parts": ["margin"]}, "unknown part 'margin'"),
        ({"entities": ["person"], "cues": []}, "unknown field"),
    ],
)
def test_params_are_checked(params, message):
    with pytest.raises(RuleFileError) as e:
        make_rule("identifiable", params)
    assert message in str(e.value)


def test_one_rule_per_entity_for_every_document_kind(rules):
    pii = [r for r in rules if r.category == "PII"]
    assert sorted(e for r in pii for e in r.params.entities) == sorted(ENTITIES)
    for r in pii:
        assert r.name == "identifiable." + r.params.entities[0]
        if r.params.entities == ("official",):
            # Officials are named in public on purpose: noted, never a warning, and no
            # failing of a quality marker.
            assert r.severity == Severity.INFO and not r.profiles and not r.markers
            continue
        assert len(r.applies_to) == 5 and set(r.markers) == {"QM13", "QM14"}
        assert r.severity == Severity.WARNING
        assert r.profiles == {"draft": Severity.WARNING, "publication": Severity.ERROR}


@pytest.mark.parametrize(
    "profile, severity", [("draft", Severity.WARNING), ("publication", Severity.ERROR)]
)
def test_profiles(profile, severity):
    rules = rules_in_force(Config(profile=profile, select=["PII"]))
    found = run(make_document("# R\n\nMrs Okafor rang.\n"), rules)
    assert [(f.rule_id, f.severity) for f in found] == [("PII-001", severity)]


def test_select_by_name():
    rules = rules_in_force(Config(select=["identifiable.nhs-number"]))
    assert [r.id for r in rules] == ["PII-003"]


def test_every_kind_of_document_is_checked():
    rules = rules_in_force(Config(select=["PII"]))
    for kind in (
        "sar-report",
        "rapid-review",
        "seven-minute-briefing",
        "family-guidance",
        "action-plan",
    ):
        doc = make_document("# R\n\nRing 07700 900123.\n", kind=kind)
        assert [f.rule_id for f in run(doc, rules)] == ["PII-007"]


def test_one_scan_per_document_shared_by_the_rules(monkeypatch):
    from sardoc.identify import scan

    calls = []
    real = scan._scan
    monkeypatch.setattr(scan, "_scan", lambda d: calls.append(1) or real(d))
    run(make_document("# R\n\nMrs Okafor rang.\n"), rules_in_force(Config(select=["PII"])))
    assert len(calls) == 1
