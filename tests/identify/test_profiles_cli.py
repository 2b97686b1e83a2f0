"""Issue 3, item 4: identifiable data is a warning in a draft and an error for publication."""

from __future__ import annotations

import json

import pytest

from tests.redact.cli import run_sardoc


@pytest.mark.parametrize(
    "args, severity, code",
    [
        ([], "warning", 0),
        (["--profile", "draft"], "warning", 0),
        (["--profile", "publication"], "error", 1),
    ],
)
def test_severity_and_exit_status_by_profile(capsys, tmp_path, monkeypatch, args, severity, code):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.md").write_text(
        "# Review\n\nMrs Okafor rang 07700 900123 about Adult A (DOB 12/03/1945).\n"
    )
    run = run_sardoc(capsys, "check", "draft.md", "--select", "PII", "--format", "json", *args)
    assert run.code == code
    findings = json.loads(run.out)["findings"]
    assert sorted(f["rule"] for f in findings) == ["PII-001", "PII-002", "PII-007"]
    assert {f["severity"] for f in findings} == {severity}


def test_profile_from_the_config_file(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sardoc.yaml").write_text("profile: publication\n")
    (tmp_path / "draft.md").write_text("# Review\n\nMrs Okafor rang.\n")
    run = run_sardoc(capsys, "check", "draft.md", "--select", "PII", "--format", "json")
    assert run.code == 1
    assert [f["severity"] for f in json.loads(run.out)["findings"]] == ["error"]
