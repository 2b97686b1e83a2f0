"""Speed work must not change what sardoc finds: the findings on every sample, checked
as each document kind and under both profiles, match a record taken before it began.

To re-record after a deliberate change to the rules (not to make a speed change pass):

    python -m tests.perf.test_samples_unchanged
"""

from __future__ import annotations

import json
from pathlib import Path

from sardoc.api import check
from sardoc.config import load_config, with_overrides
from sardoc.document import DOCUMENT_KINDS

ROOT = Path(__file__).resolve().parents[2]
RECORD = Path(__file__).with_name("samples_findings.json")


def findings_now() -> dict[str, list]:
    out: dict[str, list] = {}
    for path in sorted((ROOT / "samples").rglob("*")):
        if not path.is_file() or path.name == "sardoc.yaml":
            continue
        base = load_config(near=path)
        for kind in (None, *DOCUMENT_KINDS):
            for profile in ("draft", "publication"):
                config = with_overrides(base, kind=kind, profile=profile)
                result = check([path], config)
                key = f"{path.relative_to(ROOT).as_posix()} kind={kind} profile={profile}"
                out[key] = [
                    [f.rule_id, f.location.line, f.location.column, f.location.offset]
                    for f in result.findings
                ] + [["problem", str(p)] for p in result.problems]
    return out


def test_findings_on_samples_are_unchanged():
    recorded = json.loads(RECORD.read_text(encoding="utf-8"))
    now = json.loads(json.dumps(findings_now()))
    assert now.keys() == recorded.keys()
    for key in recorded:
        assert now[key] == recorded[key], key


if __name__ == "__main__":
    RECORD.write_text(json.dumps(findings_now(), indent=0) + "\n", encoding="utf-8")
