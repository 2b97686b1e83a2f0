from pathlib import Path

import pytest

from sardoc.config import Config, load_config, rules_in_force, with_overrides
from sardoc.errors import ConfigError
from sardoc.findings import Severity
from tests.test_rule_files import GOOD


@pytest.fixture
def ruledir(tmp_path):
    d = tmp_path / "rules"
    d.mkdir()
    (d / "TST-001.yaml").write_text(GOOD)
    (d / "TST-002.yaml").write_text(
        GOOD.replace("TST-001", "TST-002")
        .replace("test.rule", "test.other")
        .replace("severity: warning", "severity: warning\nprofiles: {publication: error}")
    )
    (d / "OTH-001.yaml").write_text(
        GOOD.replace("TST-001", "OTH-001").replace("test.rule", "other.rule")
    )
    return d


def cfg(tmp_path, text):
    p = tmp_path / "sardoc.yaml"
    p.write_text(text)
    return load_config(p)


def ids(rules):
    return [r.id for r in rules]


def test_defaults_without_a_file(tmp_path):
    c = load_config(cwd=tmp_path)
    assert (c.profile, c.fail_on, c.extends) == ("draft", "error", "default")


def test_found_in_working_directory(tmp_path):
    (tmp_path / "sardoc.yaml").write_text("profile: publication\n")
    assert load_config(cwd=tmp_path).profile == "publication"


def test_nearest_above_the_checked_file_wins_then_working_directory(tmp_path):
    here, review = tmp_path / "here", tmp_path / "reviews" / "adult-a"
    here.mkdir()
    review.mkdir(parents=True)
    (tmp_path / "reviews" / "sardoc.yaml").write_text("profile: publication\n")
    draft = review / "draft.md"
    draft.write_text("# Draft\n")
    assert load_config(cwd=here, near=draft).profile == "publication"
    assert load_config(cwd=here, near=review).profile == "publication"
    (review / "sardoc.yaml").write_text("fail_on: never\n")
    assert load_config(cwd=here, near=draft).fail_on == "never"
    (here / "sardoc.yaml").write_text("fail_on: warning\n")
    # The review folder's own settings win over the working directory's...
    assert load_config(cwd=here, near=draft).fail_on == "never"
    # ...which apply to a file with none above it.
    elsewhere = tmp_path.parent / f"{tmp_path.name}-elsewhere"
    elsewhere.mkdir()
    assert load_config(cwd=here, near=elsewhere / "x.md").fail_on == "warning"
    assert load_config(cwd=tmp_path / "reviews" / "adult-a", near=None).fail_on == "never"


def test_select_ignore_by_id_category_and_name(tmp_path, ruledir):
    c = cfg(tmp_path, "extends: none\nrule_paths: [rules]\nselect: [TST]\nignore: [test.other]\n")
    assert ids(rules_in_force(c)) == ["TST-001"]
    c = with_overrides(c, select="OTH-001,test", ignore=None)
    assert ids(rules_in_force(c)) == ["OTH-001", "TST-001"]


def test_settings_most_specific_wins_and_profiles(tmp_path, ruledir):
    c = cfg(
        tmp_path,
        "extends: none\nrule_paths: [rules]\nrules:\n  TST: info\n  TST-002: off\n"
        "  test.rule: {severity: error, params: {words: [y]}}\n",
    )
    got = {r.id: r for r in rules_in_force(c)}
    assert set(got) == {"OTH-001", "TST-001"}
    assert got["TST-001"].severity == Severity.ERROR and got["TST-001"].params.words == ("y",)
    c2 = cfg(tmp_path, "extends: none\nrule_paths: [rules]\nprofile: publication\n")
    assert {r.id: r.severity for r in rules_in_force(c2)}["TST-002"] == Severity.ERROR
    c3 = with_overrides(c2, profile="draft")
    assert {r.id: r.severity for r in rules_in_force(c3)}["TST-002"] == Severity.WARNING


@pytest.mark.parametrize(
    "text, expected",
    [
        ("profile: final\n", ":1:1: profile: must be one of: draft, publication"),
        ("rules:\n  NOPE-001: off\n", ":2:3: no rule matches 'NOPE-001'"),
        (
            "extends: none\nrule_paths: [rules]\nrules:\n  TST-001: {params: {words: 3}}\n",
            ":4:22: rules.TST-001.params.words: must be a list",
        ),
        (
            "extends: none\nrule_paths: [rules]\nrules:\n  TST-001: {colour: red}\n",
            ":4:13: rules.TST-001.colour: unknown field (check the spelling)",
        ),
        (
            "identifiable:\n  alow: [x]\n",
            ":2:3: identifiable.alow: unknown field (check the spelling)",
        ),
    ],
)
def test_config_errors_point_at_the_line(tmp_path, ruledir, text, expected):
    with pytest.raises(ConfigError) as e:
        rules_in_force(cfg(tmp_path, text))
    assert any(
        line.startswith(str(tmp_path / "sardoc.yaml") + expected) for line in e.value.lines()
    ), e.value.lines()


def test_command_line_override_is_validated():
    with pytest.raises(ConfigError) as e:
        with_overrides(Config(), fail_on="sometimes")
    assert e.value.lines()[0].startswith("command line: fail_on: must be one of")


def test_missing_rule_path(tmp_path):
    with pytest.raises(Exception) as e:
        rules_in_force(cfg(tmp_path, "rule_paths: [nowhere]\n"))
    assert "rule folder not found" in str(e.value)
    assert Path(str(e.value).split(":")[0]).name == "nowhere"
