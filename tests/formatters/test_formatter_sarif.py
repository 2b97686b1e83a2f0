"""The sarif format: a faithful subset of the SARIF 2.1.0 schema, and GitHub's needs."""

from __future__ import annotations

import dataclasses
import json

import pytest
from sample_report import RULES, build_report, finding, make_rule

from sardoc.findings import Location, Severity
from sardoc.formatters import sarif

LEVELS = {"none", "note", "warning", "error"}


def _load(report) -> dict:
    return json.loads(sarif.render(report))


def _check_region(region: dict) -> None:
    fields = ("startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength")
    assert set(region) <= set(fields)
    assert isinstance(region["startLine"], int) and region["startLine"] >= 1
    for key in ("startColumn", "endLine", "endColumn"):
        if key in region:
            assert isinstance(region[key], int) and region[key] >= 1, key
    for key in ("charOffset", "charLength"):
        if key in region:
            assert isinstance(region[key], int) and region[key] >= 0, key
    assert region.get("endLine", region["startLine"]) >= region["startLine"]


def check_sarif(log: dict) -> None:
    """The parts of the SARIF 2.1.0 schema (and GitHub's upload checks) sardoc relies on."""
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    assert isinstance(log["runs"], list) and len(log["runs"]) == 1
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "sardoc" and isinstance(driver["version"], str)
    ids = [r["id"] for r in driver["rules"]]
    assert len(ids) == len(set(ids)), "rule ids must be unique"
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"]
        assert rule["defaultConfiguration"]["level"] in LEVELS
        if "help" in rule:
            assert isinstance(rule["help"]["text"], str)
    assert run["columnKind"] in {"utf16CodeUnits", "unicodeCodePoints"}
    for artifact in run["artifacts"]:
        assert artifact["location"]["uri"]
    for result in run["results"]:
        assert isinstance(result["message"]["text"], str) and result["message"]["text"]
        assert result["level"] in LEVELS
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        assert isinstance(result["partialFingerprints"]["sardoc/v1"], str)
        for location in result["locations"]:
            artifact = location["physicalLocation"]["artifactLocation"]
            assert artifact["uri"] and "\\" not in artifact["uri"]
            if "index" in artifact:
                assert run["artifacts"][artifact["index"]]["location"]["uri"] == artifact["uri"]
            if "region" in location["physicalLocation"]:
                _check_region(location["physicalLocation"]["region"])
            for logical in location.get("logicalLocations", []):
                assert isinstance(logical["name"], str)


def _result(log: dict, rule_id: str) -> dict:
    return next(r for r in log["runs"][0]["results"] if r["ruleId"] == rule_id)


@pytest.mark.parametrize("over", [{}, {"findings": [], "notices": ()}, {"rules": []}])
def test_valid_sarif(over):
    check_sarif(_load(build_report(**over)))


def test_driver_and_rules(report):
    run = _load(report)["runs"][0]
    driver = run["tool"]["driver"]
    assert (driver["version"], driver["semanticVersion"]) == ("0.1.0", "0.1.0")
    assert "informationUri" not in driver
    assert [r["id"] for r in driver["rules"]] == ["FAM-001", "IDN-001", "LANG-002", "PUB-003"]
    lang = driver["rules"][2]
    assert lang["name"] == "language.plain-english"
    assert lang["shortDescription"]["text"] == "Prefer plain English."
    assert lang["fullDescription"]["text"].endswith("Readers include the adult's family.")
    assert lang["help"]["text"] == "Say 'use' rather than 'utilise'."
    assert lang["properties"] == {
        "category": "LANG",
        "markers": ["QM14"],
        "source": "test source",
        "tags": ["LANG", "QM14"],
    }
    # The default level follows the profile; info becomes note.
    assert driver["rules"][0]["defaultConfiguration"]["level"] == "warning"
    assert driver["rules"][3]["defaultConfiguration"]["level"] == "note"
    publication = _load(build_report(profile="publication"))["runs"][0]["tool"]["driver"]
    assert publication["rules"][0]["defaultConfiguration"]["level"] == "error"
    assert run["properties"] == {"profile": "draft", "ruleset_version": "3f9c2a1b"}
    assert run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"].startswith(
        "grammar checks skipped"
    )


def test_placeholders_in_rule_text_are_shown_as_ellipses():
    rule = make_rule(
        "TST-001",
        "test.rule",
        "warning",
        message="Found {match} in {where}.",
        hint="Replace {match}.",
    )
    descriptor = _load(build_report(rules=[rule], findings=[]))["runs"][0]["tool"]["driver"]
    assert descriptor["rules"][0]["shortDescription"]["text"] == "Found … in …."
    assert descriptor["rules"][0]["help"]["text"] == "Replace …."


def test_no_semantic_version_for_a_non_semver_version():
    driver = _load(build_report(version="0.1.dev3"))["runs"][0]["tool"]["driver"]
    assert driver["version"] == "0.1.dev3" and "semanticVersion" not in driver


def test_levels_and_message(report):
    log = _load(report)
    assert _result(log, "IDN-001")["level"] == "error"
    assert _result(log, "LANG-002")["level"] == "warning"
    assert _result(log, "PUB-003")["level"] == "note"
    assert _result(log, "LANG-002")["message"]["text"] == (
        "Prefer plain English. Readers include the adult's family.\n"
        "Say 'use' rather than 'utilise'."
    )


def test_text_region(report):
    location = _result(_load(report), "LANG-002")["locations"][0]
    physical = location["physicalLocation"]
    assert physical["artifactLocation"] == {
        "uri": "drafts/adult%20a.md",
        "uriBaseId": "%SRCROOT%",
        "index": 0,
    }
    assert physical["region"] == {
        "startLine": 3,
        "startColumn": 5,
        "endLine": 3,
        "endColumn": 12,
        "charOffset": 40,
        "charLength": 7,
    }
    assert "logicalLocations" not in location


def test_docx_location_has_no_region_but_a_section(report):
    result = _result(_load(report), "PUB-003")
    location = result["locations"][0]
    assert "region" not in location["physicalLocation"]
    assert location["physicalLocation"]["artifactLocation"]["index"] == 1
    assert location["logicalLocations"] == [
        {
            "name": "Agency: police, health",
            "fullyQualifiedName": "Findings > Agency: police, health",
            "kind": "section",
        }
    ]
    assert location["properties"] == {
        "paragraph": 4,
        "section": ["Findings", "Agency: police, health"],
        "part": "footnote",
    }


def test_result_properties(report):
    log = _load(report)
    assert _result(log, "IDN-001")["properties"] == {"entity": "nhs-number", "category": "IDN"}
    assert _result(log, "FAM-001")["properties"] == {"markers": ["QM11"], "category": "FAM"}


def test_matched_text_is_never_written(report):
    text = sarif.render(report)
    assert "943 476 5919" not in text
    assert 'utilise"' not in text and "The panel considered" not in text


def _fingerprints(report) -> list[str]:
    return [r["partialFingerprints"]["sardoc/v1"] for r in _load(report)["runs"][0]["results"]]


def test_fingerprints_are_stable_when_lines_move(report):
    def move(f):
        if f.location.line is None:
            return f
        return dataclasses.replace(
            f, location=dataclasses.replace(f.location, line=f.location.line + 7)
        )

    moved = [move(f) for f in report.findings]
    assert _fingerprints(build_report(findings=moved)) == _fingerprints(report)
    assert len(set(_fingerprints(report))) == len(report.findings)


def test_fingerprint_depends_on_text_but_not_on_identifiable_text(report):
    def with_text(rule_id: str, text: str) -> list[str]:
        findings = [
            dataclasses.replace(f, text=text) if f.rule_id == rule_id else f
            for f in report.findings
        ]
        return _fingerprints(build_report(findings=findings))

    assert with_text("LANG-002", "utilize") != _fingerprints(report)
    assert with_text("IDN-001", "401 023 2137") == _fingerprints(report)


def test_identical_findings_get_distinct_fingerprints():
    loc = Location("a.md", line=1, column=1, section=("Intro",))
    twice = [finding("LANG-002", Severity.WARNING, loc, text="utilise")] * 2
    prints = _fingerprints(build_report(findings=twice, files=["a.md"]))
    assert len(set(prints)) == 2


def test_unlisted_rule_still_gets_a_descriptor():
    f = finding("LANG-002", Severity.WARNING, Location("a.md", line=2, column=3))
    log = _load(build_report(findings=[f], files=["a.md"], rules=[RULES[1]]))
    check_sarif(log)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["FAM-001", "LANG-002"]
    assert log["runs"][0]["results"][0]["ruleIndex"] == 1


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("drafts/a.md", {"uri": "drafts/a.md", "uriBaseId": "%SRCROOT%"}),
        ("./drafts/a.md", {"uri": "drafts/a.md", "uriBaseId": "%SRCROOT%"}),
        ("drafts\\sub\\a b.md", {"uri": "drafts/sub/a%20b.md", "uriBaseId": "%SRCROOT%"}),
        ("drafts/Adult Á.md", {"uri": "drafts/Adult%20%C3%81.md", "uriBaseId": "%SRCROOT%"}),
        ("/srv/reviews/a.md", {"uri": "file:///srv/reviews/a.md"}),
        ("C:\\reviews\\a.md", {"uri": "file:///C:/reviews/a.md"}),
    ],
)
def test_artifact_location(path, expected):
    assert sarif.artifact_location(path) == expected


def test_short_description_is_cut_at_a_word():
    long = "word " * 40
    short = sarif._short(long)
    assert len(short) <= sarif.SHORT_MAX and short.endswith("word…")


def test_deterministic_bytes(report):
    shuffled = build_report(rules=list(reversed(RULES)))
    assert sarif.render(report) == sarif.render(shuffled)
