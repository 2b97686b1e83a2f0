"""The report formats' JSON writer gives exactly what ``json.dumps`` gives."""

from __future__ import annotations

import enum
import json
import random

from sardoc.formatters._json import dumps


def _plain(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _random(rng: random.Random, depth: int = 0):
    kinds = ["str", "int", "float", "none", "bool"] + (["dict", "list"] * 2 if depth < 4 else [])
    kind = rng.choice(kinds)
    if kind == "str":
        return "".join(
            rng.choice('ab "\\\n\té’\u2028\x00\x1f😀<') for _ in range(rng.randint(0, 8))
        )
    if kind == "int":
        return rng.choice([0, -1, 7, 10**20, -(2**63)])
    if kind == "float":
        return rng.choice([0.0, -0.0, 1.5, 1e-300, 1e300, 3.0, float("nan"), float("inf")])
    if kind == "none":
        return None
    if kind == "bool":
        return rng.random() < 0.5
    n = rng.randint(0, 4)
    if kind == "dict":
        return {f'k{i}é"': _random(rng, depth + 1) for i in range(n)}
    items = [_random(rng, depth + 1) for _ in range(n)]
    return tuple(items) if rng.random() < 0.3 else items


def test_random_data_as_json_dumps_writes_it():
    rng = random.Random(17)
    for _ in range(2000):
        value = _random(rng)
        assert dumps(value) == _plain(value)


def test_what_it_does_not_know_is_left_to_json():
    class Level(enum.IntEnum):
        HIGH = 3

    for value in ({"a": Level.HIGH}, {1: "a", "b": [True]}, [{"x": 1.5}, {2.5: None}]):
        assert dumps(value) == _plain(value)


def test_a_report_as_json_dumps_writes_it(tmp_path):
    from sardoc.api import check
    from sardoc.formatters import Report
    from sardoc.formatters.jsonfmt import to_data
    from sardoc.formatters.sarif import to_sarif

    draft = tmp_path / "draft.md"
    draft.write_text(
        "# Findings\n\nThe LA and the CCG did not share information with Mr Jones of 12 "
        "Acacia Avenue, telephone 01632 960123.\n",
        encoding="utf-8",
    )
    result = check([draft])
    report = Report(
        findings=result.findings,
        files=result.files,
        rules=result.rules,
        profile="draft",
        version="0.0",
        ruleset_version="x",
    )
    assert result.findings
    for data in (to_data(report), to_sarif(report)):
        assert dumps(data) == _plain(data)


def _report_of(findings):
    from sardoc.formatters import Report

    return Report(
        findings=findings,
        files=["a.md"],
        rules=[],
        profile="draft",
        version="0",
        ruleset_version="x",
    )


def test_the_findings_template_writes_what_json_dumps_writes():
    """``jsonfmt.render`` writes findings from a template: the same text as the dicts."""
    from dataclasses import replace

    from sardoc.findings import Finding, Location, Severity
    from sardoc.formatters.jsonfmt import render, to_data

    here = Location("a é.md", line=3, column=1, end_line=3, end_column=9, offset=40, length=8,
                    section=("Intro", 'The "panel"'), paragraph=2)  # fmt: skip
    base = Finding("LANG-002", "language.plain", Severity.WARNING, "Say ‘use’.\n", here,
                   hint="Plain.", markers=("QM14", "QM1"), text="utilise", entity=None,
                   category="LANG")  # fmt: skip
    findings = [
        base,
        replace(base, message="Another", text=None, entity="person"),
        replace(base, markers=(), hint="", also=(Location("a é.md"), here)),
        replace(base, rule_id="PUB-005", severity=Severity.ERROR, location=Location("a é.md")),
    ]
    for report in (_report_of(findings), _report_of([])):
        assert render(report) == _plain(to_data(report)) + "\n"


def test_a_finding_the_template_does_not_know_is_written_as_json_dumps_would():
    from dataclasses import replace

    from sardoc.findings import Finding, Location, Severity
    from sardoc.formatters.jsonfmt import render, to_data

    odd = Finding("X-1", "x", Severity.INFO, "m", replace(Location("a"), line=2.5))
    report = _report_of([odd])
    assert render(report) == _plain(to_data(report)) + "\n"
    assert '"line": 2.5' in render(report)
