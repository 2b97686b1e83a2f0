"""A small hand-built report shared by the formatter tests (see conftest.py)."""

from __future__ import annotations

from sardoc.findings import Finding, Location, Severity
from sardoc.formatters import Report
from sardoc.rules.schema import Rule

LONG_TEXT = (
    "The panel considered whether the multi-agency risk management meeting "
    "should have been convened earlier in the autumn."
)


def make_rule(rule_id: str, name: str, severity: str, **over) -> Rule:
    data = {
        "id": rule_id,
        "name": name,
        "kind": "pattern",
        "severity": severity,
        "applies_to": ["sar-report"],
        "source": "test source",
        "message": f"Message of {rule_id}.",
        **over,
    }
    return Rule.model_validate(data)


RULES = [
    make_rule(
        "LANG-002",
        "language.plain-english",
        "warning",
        message="Prefer plain English. Readers include the adult's family.",
        hint="Say 'use' rather than 'utilise'.",
        markers=["QM14"],
    ),
    make_rule(
        "FAM-001",
        "family.involvement",
        "error",
        message="No account of how the adult and family were involved, or why they were not.",
        hint="Add a section on involvement of the adult, family and network.",
        markers=["QM11"],
        profiles={"publication": "error", "draft": "warning"},
    ),
    make_rule("IDN-001", "identifiable.nhs-number", "error", hint="Remove it."),
    make_rule("PUB-003", "publication.long-sentence", "info"),
]


def finding(rule_id: str, severity: Severity, location: Location, **over) -> Finding:
    rule = next(r for r in RULES if r.id == rule_id)
    data = {
        "rule_id": rule.id,
        "rule_name": rule.name,
        "severity": severity,
        "message": rule.message,
        "hint": rule.hint,
        "markers": rule.markers,
        "category": rule.category,
        "location": location,
        **over,
    }
    return Finding(**data)


def build_report(**over) -> Report:
    findings = [
        finding(
            "LANG-002",
            Severity.WARNING,
            Location(
                "drafts/adult a.md",
                line=3,
                column=5,
                end_line=3,
                end_column=12,
                offset=40,
                length=7,
                section=("Introduction", "Background"),
                paragraph=2,
            ),
            text="utilise",
        ),
        finding(
            "IDN-001",
            Severity.ERROR,
            Location(
                "drafts/adult a.md",
                line=9,
                column=1,
                end_line=9,
                end_column=13,
                offset=120,
                length=12,
                section=("Introduction", "Background"),
                paragraph=5,
            ),
            text="943 476 5919",
            entity="nhs-number",
        ),
        finding("FAM-001", Severity.ERROR, Location("drafts/adult a.md")),
        finding(
            "PUB-003",
            Severity.INFO,
            Location(
                "drafts/report.docx",
                section=("Findings", "Agency: police, health"),
                paragraph=4,
                part="footnote",
            ),
            text=LONG_TEXT,
        ),
    ]
    data = {
        "findings": sorted(findings, key=Finding.sort_key),
        "files": ["drafts/adult a.md", "drafts/report.docx", "drafts/clean.md"],
        "rules": list(RULES),
        "profile": "draft",
        "version": "0.1.0",
        "ruleset_version": "3f9c2a1b",
        "notices": ["grammar checks skipped: LanguageTool is not available"],
        **over,
    }
    return Report(**data)
