"""The flawed teaching samples: every planted flaw is reported with its rule, and nothing
unplanned is reported at error level."""

from collections import Counter
from pathlib import Path

import pytest
import yaml

from sardoc.api import check
from sardoc.findings import Severity

ROOT = Path(__file__).resolve().parents[1]
FLAWED = ROOT / "samples" / "flawed"
PLAN = yaml.safe_load(
    (ROOT / "tests" / "data" / "flawed" / "flaws.yaml").read_text(encoding="utf-8")
)["documents"]


def _where(finding) -> str | int:
    return finding.location.line if finding.location.line is not None else "document"


def _findings(name: str):
    result = check([FLAWED / name])
    return [f for fr in result.results for f in fr.findings]


@pytest.mark.parametrize("doc", PLAN, ids=[d["file"] for d in PLAN])
def test_every_planted_flaw_is_reported_with_its_rule(doc):
    found = Counter((f.rule_id, _where(f)) for f in _findings(doc["file"]))
    planted = Counter((f["rule"], f["where"]) for f in doc["flaws"])
    missing = planted - found
    assert not missing, f"planted flaws not reported: {sorted(missing.items(), key=str)}"


@pytest.mark.parametrize("doc", PLAN, ids=[d["file"] for d in PLAN])
def test_nothing_unplanned_at_error_level(doc):
    planted = {(f["rule"], f["where"]) for f in doc["flaws"]}
    extra = [
        (f.rule_id, _where(f), f.message)
        for f in _findings(doc["file"])
        if f.severity >= Severity.ERROR and (f.rule_id, _where(f)) not in planted
    ]
    assert not extra


def test_each_kind_has_a_flawed_sample():
    kinds = {"seven-minute-briefing", "family-guidance", "rapid-review", "sar-report"}
    seen = set()
    for doc in PLAN:
        seen |= {fr.document.kind for fr in check([FLAWED / doc["file"]]).results}
    assert kinds <= seen
