"""The sample review's pack, as ``sardoc render --doc all`` writes it, passes ``sardoc pack``."""

import json
from pathlib import Path

from click.testing import CliRunner

from sardoc.cli import cli

SAMPLE = Path(__file__).parents[2] / "samples" / "adult-a" / "review.yaml"


def test_rendered_sample_pack_has_no_finding(tmp_path):
    runner = CliRunner()
    out = tmp_path / "pack"
    r = runner.invoke(
        cli, ["render", str(SAMPLE), "--doc", "all", "--format", "md,docx,xlsx", "-o", str(out)]
    )
    assert r.exit_code == 0, r.output
    r = runner.invoke(cli, ["pack", str(out), "--profile", "publication", "--format", "json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    kinds = {row["kind"] for row in data["pack"]}
    assert kinds == {
        "sar-report",
        "rapid-review",
        "seven-minute-briefing",
        "family-guidance",
        "action-plan",
    }
    assert data["findings"] == []


def test_human_table_lists_each_document(tmp_path):
    runner = CliRunner()
    out = tmp_path / "pack"
    runner.invoke(cli, ["render", str(SAMPLE), "--doc", "all", "--format", "md", "-o", str(out)])
    r = runner.invoke(cli, ["pack", str(out)])
    assert r.exit_code == 0, r.output
    assert "adult-a-seven-minute-briefing.md  seven-minute-briefing" in r.output
    assert "No pack findings" in r.output
