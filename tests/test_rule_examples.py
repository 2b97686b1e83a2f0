"""Every rule file's own examples: fail examples are reported, pass examples are not."""

import pytest

from sardoc.rules import load_rules
from sardoc.rules.examples import example_failures

RULES = load_rules()


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_examples(rule):
    assert example_failures(rule) == []
