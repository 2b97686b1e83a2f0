"""A finding with several places (``Finding.also``): one finding, every place shown."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import jsonschema
from sample_report import build_report
from test_formatter_sarif import check_sarif

from sardoc.findings import Location
from sardoc.formatters import github, human, jsonfmt, sarif

DOCS = Path(__file__).resolve().parents[2] / "docs"


def grouped_report():
    report = build_report()
    first = next(f for f in report.findings if f.rule_id == "LANG-002")
    others = (
        Location("drafts/adult a.md", line=7, column=2, end_line=7, end_column=9, paragraph=3),
        Location("drafts/adult a.md", line=12, column=4, end_line=12, end_column=11, paragraph=6),
    )
    findings = [replace(f, also=others) if f is first else f for f in report.findings]
    return replace(report, findings=findings)


def test_human_groups_the_places_under_one_finding():
    text = human.render(grouped_report())
    assert text.count("[LANG-002]") == 1
    assert "also at 7:2, 12:4" in text


def test_json_lists_every_place_and_counts_the_finding_once():
    data = json.loads(jsonfmt.render(grouped_report()))
    schema = json.loads((DOCS / "json-output.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    lang = [f for f in data["findings"] if f["rule"] == "LANG-002"]
    assert len(lang) == 1 and data["summary"]["by_rule"]["LANG-002"] == 1
    assert [(x["line"], x["column"]) for x in lang[0]["also"]] == [(7, 2), (12, 4)]
    assert all(f["also"] == [] for f in data["findings"] if f["rule"] != "LANG-002")


def test_sarif_gives_the_other_places_as_related_locations():
    log = json.loads(sarif.render(grouped_report()))
    check_sarif(log)
    result = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "LANG-002")
    related = result["relatedLocations"]
    assert [r["physicalLocation"]["region"]["startLine"] for r in related] == [7, 12]
    assert len({r["id"] for r in related}) == 2


def test_github_annotates_each_place():
    lines = github.render(grouped_report()).splitlines()
    places = [line for line in lines if "LANG-002" in line and line.startswith("::warning")]
    assert [("line=3" in x, "line=7" in x, "line=12" in x) for x in places] == [
        (True, False, False),
        (False, True, False),
        (False, False, True),
    ]
