"""Each pack comparison on small inline packs (file stem -> kind, as in rule examples)."""

import yaml

from sardoc.pack import run_pack
from sardoc.pack.examples import example_pack
from sardoc.rules import load_rules

RULES = {r.id: r for r in load_rules() if r.kind == "pack"}

REPORT = (
    "# Safeguarding Adults Review: Adult A\n\nNorthfield Safeguarding Adults Board. "
    "This is a mandatory review under section 44(1).\n\n"
    "The review began on 8 April 2024 and was completed on 14 March 2025.\n\n"
    "The period under review runs from January 2022 to Adult A's death in November 2023. "
    "Adult A, aged 78, lived alone.\n\n## Findings\n\n"
    "### Finding 1: Refusals of care were accepted without testing capacity\n\n"
    "Staff closed the case when Adult A refused visits.\n\n"
    "### Finding 2: Pressure damage was not shared between agencies\n\n"
    "District nurses saw the damage but did not tell the GP.\n\n"
    "## Recommendations\n\nR1 The Board should audit refusals of care by June 2025.\n\n"
    "R2 The trust should revise its pressure ulcer guidance by May 2025.\n\n"
    "The report is published on the Board's website.\n"
)


def _run(rule_id, **docs):
    text = yaml.safe_dump({"report.md": REPORT, **docs})
    return [f for f in run_pack(example_pack(text), [RULES[rule_id]])]


def test_every_pack_rule_is_loaded():
    assert sorted(RULES) == [f"PACK-00{i}" for i in range(1, 7)]


def test_report_against_itself_has_no_finding():
    for rule_id in RULES:
        if rule_id != "PACK-006":
            assert _run(rule_id) == [], rule_id


def test_board_and_review_type_must_agree():
    found = _run(
        "PACK-001",
        **{
            "briefing.md": "# 7-minute briefing\n\nSouthfield Safeguarding Adults Board. "
            "This was a discretionary review.\n"
        },
    )
    assert sorted(f.message.split(" for ")[1].split(",")[0] for f in found) == [
        "the board",
        "the review type",
    ]
    assert all(f.also and f.also[0].file == "report.md" for f in found)


def test_age_period_and_count_must_agree():
    found = _run(
        "PACK-004",
        **{
            "briefing.md": "# 7-minute briefing\n\n## 1. Background\n\nAdult A, aged 81, lived "
            "alone. The period under review runs from March 2022 to November 2023. The review "
            "made three recommendations.\n"
        },
    )
    whats = sorted(f.message.split(" for ")[1].split(", but")[0] for f in found)
    assert whats == ["the adult's age", "the number of recommendations", "the period under review"]


def test_briefing_theme_the_report_does_not_make():
    briefing = (
        "# 7-minute briefing\n\n## 4. What we learned\n\n"
        "- Refusals of care were accepted without testing capacity.\n"
        "- Housing providers ignored tenancy warnings about hoarding.\n"
        "- Finding 7 shows that escalation failed.\n"
    )
    found = _run("PACK-004", **{"briefing.md": briefing})
    themes = sorted(f.message for f in found)
    assert len(found) == 2
    assert "Finding 7" in themes[1] or "Finding 7" in themes[0]
    assert any("Housing providers" in t for t in themes)


def test_leaflet_timescale_against_the_review_dates():
    long_ = (
        "# Information for families\n\nThe report is published on our website. "
        "A review usually takes about six months.\n"
    )
    found = _run("PACK-005", **{"leaflet.md": long_})
    assert len(found) == 1 and "11 months" in found[0].message
    assert found[0].also[0].file == "report.md"
    honest = long_ + "\nIt can take longer if there is an inquest.\n"
    assert _run("PACK-005", **{"leaflet.md": honest}) == []


def test_missing_briefing_only_once_published():
    final = "---\nstatus: final\n---\n" + REPORT
    draft = yaml.safe_dump({"report.md": REPORT, "leaflet.md": "# Leaflet\n\nText.\n"})
    assert run_pack(example_pack(draft), [RULES["PACK-006"]]) == []
    done = yaml.safe_dump({"report.md": final, "leaflet.md": "# Leaflet\n\nText.\n"})
    (f,) = run_pack(example_pack(done), [RULES["PACK-006"]])
    assert "7-minute briefing" in f.message and str(f.severity) == "info"
