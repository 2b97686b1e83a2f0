"""The rule files themselves: well formed, and errors in them point at the line."""

from pathlib import Path

import pytest

from sardoc.errors import RuleFileError, SardocError
from sardoc.rules import load_rules
from sardoc.rules.loader import default_rules_dir, load_rule_file

GOOD = """\
id: TST-001
name: test.rule
kind: pattern
severity: warning
applies_to: [sar-report]
source: a test
message: found it
params:
  words: [x]
examples:
  fail: ["# T\\n\\nx"]
  pass: ["# T\\n\\ny"]
"""


def write(tmp_path, text, name="TST-001.yaml"):
    p = tmp_path / name
    p.write_text(text)
    return p


def test_built_in_rules_are_well_formed(rules):
    assert rules, "no built-in rules found"
    for rule in rules:
        assert Path(rule.file).stem == rule.id
        assert rule.source and rule.message
        # Grammar findings come from an outside checker (tests/language covers them).
        assert rule.examples.pass_ and (rule.examples.fail or rule.kind == "grammar"), rule.id
        assert Path(rule.file).is_relative_to(default_rules_dir())


def test_good_rule_loads(tmp_path):
    rule = load_rule_file(write(tmp_path, GOOD))
    assert (rule.id, rule.category, rule.params.words) == ("TST-001", "TST", ("x",))


@pytest.mark.parametrize(
    "change, expected",
    [
        (
            ("  words: [x]", "  wrods: [x]"),
            ":9:3: params.wrods: unknown field (check the spelling)",
        ),
        (("kind: pattern", "kind: patern"), ":3:1: kind: unknown rule kind 'patern'; known:"),
        (("severity: warning", "severity: fatal"), ":4:1: severity: unknown severity 'fatal'"),
        (("[sar-report]", "[sar]"), ":5:1: applies_to: unknown document kind 'sar'"),
        (("id: TST-001", "id: TST-002"), ":1:1: id: 'TST-002' must match the file name"),
        (("id: TST-001", "id: tst1"), ":1:1: id: must look like PUB-001"),
        (("message: found it\n", ""), ":1:1: message: required, but missing"),
    ],
)
def test_errors_name_file_line_and_field(tmp_path, change, expected):
    p = write(tmp_path, GOOD.replace(*change))
    with pytest.raises(RuleFileError) as e:
        load_rule_file(p)
    assert any(line.startswith(str(p) + expected) for line in e.value.lines()), e.value.lines()


def test_malformed_yaml_and_non_mapping(tmp_path):
    with pytest.raises(SardocError) as e:
        load_rule_file(write(tmp_path, "id: [unclosed\n"))
    assert "malformed YAML" in str(e.value) and ":2:1" in str(e.value)
    with pytest.raises(RuleFileError) as e:
        load_rule_file(write(tmp_path, "- a list\n"))
    assert str(e.value).endswith(":1: a rule file must be a mapping of names to values")


def test_duplicate_ids_across_folders(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    write(a, GOOD), write(b, GOOD)
    with pytest.raises(RuleFileError) as e:
        load_rules([a, b])
    assert "duplicate rule id TST-001" in str(e.value)


def test_all_errors_reported_at_once(tmp_path):
    write(tmp_path, GOOD.replace("kind: pattern", "kind: nope"))
    write(
        tmp_path,
        GOOD.replace("TST-001", "TST-002").replace("severity: warning", "severity: x"),
        "TST-002.yaml",
    )
    with pytest.raises(RuleFileError) as e:
        load_rules([tmp_path])
    assert len(e.value.lines()) == 2
