"""The shared ``scope:`` block: declared once, honoured by the kinds that say so."""

from __future__ import annotations

import pytest

from sardoc.config import config_from_text, rules_in_force
from sardoc.document import PARTS
from sardoc.errors import ConfigError, RuleFileError
from sardoc.rules import RunContext
from sardoc.rules.engine import run
from tests.helpers import make_document, make_rule

TEXT = "# Background\n\nTBC here.\n\n# Findings\n\nTBC there, tbc again.\n"


def found(rule):
    return [f.location.section for f in run(make_document(TEXT), [rule], RunContext())]


def test_defaults_reproduce_each_kinds_old_behaviour():
    assert make_rule("pattern", {"words": ["x"]}).scope.parts == ("body",)
    assert make_rule("identifiable", {"entities": ["phone"]}).scope.parts == PARTS


def test_scope_block_and_old_params_mean_the_same():
    old = make_rule("pattern", {"words": ["TBC"], "ignore_case": False, "limit": 1})
    new = make_rule("pattern", {"words": ["TBC"]}, scope={"case": "sensitive", "limit": 1})
    assert old.scope == new.scope and old.params == new.params
    assert len(found(new)) == 1


def test_sections_and_skip_sections():
    only = make_rule("pattern", {"words": ["TBC"]}, scope={"sections": ["findings"]})
    skip = make_rule("pattern", {"words": ["TBC"]}, scope={"skip_sections": ["findings"]})
    assert found(only) == [("Findings",), ("Findings",)]
    assert found(skip) == [("Background",)]


@pytest.mark.parametrize(
    "kind, params, scope",
    [
        ("abbreviations", {"check": "defined"}, {"parts": ["body"]}),
        ("identifiable", {"entities": ["phone"]}, {"limit": 2}),
        ("pattern", {"words": ["x"]}, {"parts": ["nowhere"]}),
        ("pattern", {"words": ["x"]}, {"casing": "sensitive"}),
    ],
)
def test_a_scope_a_kind_cannot_honour_is_refused(kind, params, scope):
    with pytest.raises(RuleFileError) as e:
        make_rule(kind, params, scope=scope)
    assert "scope." in str(e.value)


def test_sardoc_yaml_can_set_a_rules_scope():
    config = config_from_text("rules:\n  LANG-001:\n    scope: {limit: 1}\n", "sardoc.yaml")
    (rule,) = [r for r in rules_in_force(config) if r.id == "LANG-001"]
    assert rule.scope.limit == 1
    bad = config_from_text("rules:\n  LANG-001:\n    scope: {limit: -1}\n", "sardoc.yaml")
    with pytest.raises(ConfigError):
        rules_in_force(bad)
