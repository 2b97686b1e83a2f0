"""The json format: documented schema, counts and byte-for-byte determinism."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from sample_report import build_report

from sardoc.formatters import jsonfmt

DOCS = Path(__file__).resolve().parents[2] / "docs"
SCHEMA = json.loads((DOCS / "json-output.schema.json").read_text(encoding="utf-8"))


def _load(report) -> dict:
    return json.loads(jsonfmt.render(report))


def test_schema_is_valid_draft_2020_12():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("over", [{}, {"findings": [], "notices": ()}, {"profile": "publication"}])
def test_output_validates_against_schema(over):
    jsonschema.Draft202012Validator(SCHEMA).validate(_load(build_report(**over)))


def test_schema_rejects_a_broken_report(report):
    data = _load(report)
    data["findings"][0]["location"]["line"] = 0
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(SCHEMA).validate(data)


def _declared(schema: dict, node: dict, data, path: str) -> list[str]:
    """Keys present in ``data`` that the schema does not declare (it allows extras)."""
    if "$ref" in node:
        node = schema["$defs"][node["$ref"].rsplit("/", 1)[1]]
    missing = []
    if isinstance(data, dict) and "properties" in node:
        for key, value in data.items():
            if key not in node["properties"]:
                missing.append(f"{path}.{key}")
            else:
                missing += _declared(schema, node["properties"][key], value, f"{path}.{key}")
    elif isinstance(data, list) and "items" in node:
        for item in data:
            missing += _declared(schema, node["items"], item, f"{path}[]")
    return missing


def test_every_field_written_is_declared_in_the_schema(report):
    assert _declared(SCHEMA, SCHEMA, _load(report), "$") == []


def test_every_schema_field_is_documented():
    text = (DOCS / "json-output.md").read_text(encoding="utf-8")
    names = set()
    for node in [SCHEMA, *SCHEMA["$defs"].values()]:
        names |= set(node.get("properties", {}))
    undocumented = sorted(n for n in names if f"`{n}`" not in text)
    assert undocumented == []


def test_header_and_version(report):
    data = _load(report)
    assert data["schema"] == "sardoc-findings"
    assert data["schema_version"] == jsonfmt.SCHEMA_VERSION
    assert re.fullmatch(r"1\.\d+", data["schema_version"])
    assert f'`"{jsonfmt.SCHEMA_VERSION}"`' in (DOCS / "json-output.md").read_text("utf-8")
    assert (data["sardoc_version"], data["ruleset_version"], data["profile"]) == (
        "0.1.0",
        "3f9c2a1b",
        "draft",
    )
    assert data["files"] == ["drafts/adult a.md", "drafts/report.docx", "drafts/clean.md"]
    assert data["notices"] == ["grammar checks skipped: LanguageTool is not available"]


def test_summary(report):
    assert _load(report)["summary"] == {
        "error": 2,
        "warning": 1,
        "info": 1,
        "files": 3,
        "files_with_findings": 2,
        "by_rule": {"FAM-001": 1, "IDN-001": 1, "LANG-002": 1, "PUB-003": 1},
        "files_by_rule": {"FAM-001": 1, "IDN-001": 1, "LANG-002": 1, "PUB-003": 1},
    }
    assert list(_load(report)["summary"]["by_rule"]) == sorted(_load(report)["summary"]["by_rule"])


def test_findings_keep_order_and_positions(report):
    findings = _load(report)["findings"]
    assert [(f["rule"], f["location"]["line"], f["location"]["column"]) for f in findings] == [
        ("FAM-001", None, None),
        ("LANG-002", 3, 5),
        ("IDN-001", 9, 1),
        ("PUB-003", None, None),
    ]
    docx = findings[-1]
    assert docx["severity"] == "info"
    assert docx["location"]["paragraph"] == 4
    assert docx["location"]["part"] == "footnote"
    assert docx["location"]["section"] == ["Findings", "Agency: police, health"]
    assert findings[2]["entity"] == "nhs-number"


def test_byte_identical_text_utf8_and_trailing_newline(report):
    text = jsonfmt.render(report)
    assert text == jsonfmt.render(build_report())
    assert text.endswith("}\n")
    assert '\n  "schema": "sardoc-findings",' in text  # indent=2, fixed key order
    assert "Say 'use'" in text and "\\u" not in text
    assert "adult's family" in text


def test_non_ascii_is_written_as_is():
    report = build_report(notices=["Adult A’s file › ¶3"])
    assert "Adult A’s file › ¶3" in jsonfmt.render(report)
