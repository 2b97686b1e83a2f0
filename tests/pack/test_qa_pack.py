"""``sardoc qa`` on a pack: one sheet for all the documents, pack findings included."""

import json
from pathlib import Path

from click.testing import CliRunner

from sardoc.cli import cli

PACKS = Path(__file__).parents[1] / "data" / "packs"


def _sheet(tmp_path, *paths):
    out = tmp_path / "qa.json"
    r = CliRunner().invoke(cli, ["qa", *map(str, paths), "--format", "json", "-o", str(out)])
    assert r.exit_code == 0, r.output
    return json.loads(out.read_text(encoding="utf-8"))


def test_sheet_covers_every_document_of_the_pack(tmp_path):
    data = _sheet(tmp_path, PACKS / "consistent")
    assert sorted(Path(f).name for f in data["files"]) == [
        "briefing.pdf",
        "leaflet.md",
        "plan.xlsx",
        "report.docx",
        "scoping.md",
    ]
    assert data["verdict"]["ready"] if "ready" in data["verdict"] else True
    sources = {e["section"].split(" › ")[0] for m in data["markers"] for e in m["evidence"]}
    # The report carries most markers; the briefing, leaflet and scoping report's own
    # element rules carry evidence too.
    assert "report.docx" in sources
    assert sources <= {"briefing.pdf", "leaflet.md", "plan.xlsx", "report.docx", "scoping.md"}


def test_evidence_comes_from_the_document_that_carries_it(tmp_path):
    # Without the report, the scoping report carries the parallel processes (QM8).
    data = _sheet(
        tmp_path, PACKS / "consistent" / "scoping.md", PACKS / "consistent" / "leaflet.md"
    )
    qm8 = next(m for m in data["markers"] if m["id"] == "QM8")
    assert qm8["evidence"] and qm8["evidence"][0]["section"].startswith("scoping.md › ")


def test_pack_findings_count_on_the_sheet(tmp_path):
    data = _sheet(tmp_path, PACKS / "broken")
    rules = {f["rule"] for m in data["markers"] for f in m["findings"]}
    assert {"PACK-001", "PACK-002", "PACK-003"} <= rules
    clean = _sheet(tmp_path, PACKS / "consistent")
    assert not {f["rule"] for m in clean["markers"] for f in m["findings"]} & {
        "PACK-001",
        "PACK-002",
        "PACK-003",
    }
