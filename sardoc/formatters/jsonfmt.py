"""The ``json`` format: a published, versioned schema (see docs/json-output.md).

The output is deterministic: the same report always gives byte-identical text. Keys
come in a fixed order, ``by_rule`` is sorted, and there are no timestamps.
"""

from __future__ import annotations

from collections import Counter

from . import Report, files_by_rule, files_with_findings, severity_counts
from ._json import dumps

SCHEMA = "sardoc-findings"
#: Additive changes bump the minor number; anything that could break a reader bumps
#: the major number. Keep docs/json-output.md and its JSON Schema in step.
SCHEMA_VERSION = "1.3"


def to_data(report: Report) -> dict:
    """The report as plain JSON-ready data, in the documented shape.

    Args:
        report: The report to convert.

    Returns:
        A dict whose key order is the order written.
    """
    by_rule = Counter(f.rule_id for f in report.findings)
    summary = {
        **severity_counts(report.findings),
        "files": len(report.files),
        "files_with_findings": files_with_findings(report),
        "by_rule": dict(sorted(by_rule.items())),
        "files_by_rule": files_by_rule(report),
    }
    return {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "sardoc_version": report.version,
        "ruleset_version": report.ruleset_version,
        "profile": report.profile,
        "files": [str(f) for f in report.files],
        "kinds": {
            str(f): dict(report.kinds[str(f)]) for f in report.files if str(f) in report.kinds
        },
        "notices": list(report.notices),
        "summary": summary,
        "findings": [f.to_dict() for f in report.findings],
    }


def render(report: Report, color: bool = False) -> str:
    """Render the report as JSON (``color`` is ignored).

    Args:
        report: The report to render.
        color: Unused; JSON is never coloured.

    Returns:
        Indented JSON text with a trailing newline.
    """
    return dumps(to_data(report)) + "\n"
