"""The ``sarif`` format: SARIF 2.1.0 for code-scanning tools such as GitHub's.

A Markdown or text finding gets a ``region`` (lines and columns counted from 1,
columns in Unicode code points, ``endColumn`` just after the last character, as
sardoc's own locations are). A Word finding has no lines: it gets a logical location
for its section and ``properties`` with the paragraph (counted from 0), section and
part instead.

Matched text is never written out: the content is sensitive personal data and SARIF
files are often uploaded to a hosted service. It only feeds the fingerprint hash.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from pathlib import PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING
from urllib.parse import quote

from ..findings import Severity
from . import Report
from ._json import dumps

if TYPE_CHECKING:
    from ..findings import Finding, Location
    from ..rules.schema import Rule

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
SRCROOT = "%SRCROOT%"
FINGERPRINT = "sardoc/v1"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SHORT_MAX = 100
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
SEMVER = re.compile(r"^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$")


def _artifact(report: Report, file: str) -> dict:
    """A file checked, with the kind it was checked as (and why) as properties."""
    out: dict = {"location": artifact_location(file)}
    info = report.kinds.get(file)
    if info:
        out["properties"] = {"kind": info["kind"], "kind_source": info["kind_source"]}
    return out


def render(report: Report, color: bool = False) -> str:
    """Render the report as a SARIF 2.1.0 log (``color`` is ignored).

    Args:
        report: The report to render.
        color: Unused.

    Returns:
        Indented JSON text with a trailing newline; the same report gives the same bytes.
    """
    return dumps(to_sarif(report)) + "\n"


def to_sarif(report: Report) -> dict:
    """The report as a SARIF log object with a single run.

    Args:
        report: The report to convert.

    Returns:
        JSON-ready data.
    """
    rules = _rule_descriptors(report)
    rule_index = {r["id"]: i for i, r in enumerate(rules)}
    artifact_index = {_posix(f): i for i, f in enumerate(report.files)}
    seen: Counter[str] = Counter()
    results = []
    for f in report.findings:
        key = _fingerprint_source(f)
        seen[key] += 1
        results.append(_result(f, rule_index, artifact_index, _fingerprint(key, seen[key])))

    driver: dict = {"name": "sardoc", "version": report.version}
    if SEMVER.match(report.version):
        driver["semanticVersion"] = report.version
    driver["rules"] = rules
    invocation: dict = {"executionSuccessful": True}
    if report.notices:
        invocation["toolExecutionNotifications"] = [
            {"level": "note", "message": {"text": n}} for n in report.notices
        ]
    run = {
        "tool": {"driver": driver},
        "invocations": [invocation],
        "columnKind": "unicodeCodePoints",
        "artifacts": [_artifact(report, str(f)) for f in report.files],
        "results": results,
        "properties": {"profile": report.profile, "ruleset_version": report.ruleset_version},
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def artifact_location(path: str) -> dict:
    """A SARIF ``artifactLocation`` for a file path.

    Relative paths become relative POSIX URIs under ``%SRCROOT%`` (the repository root
    to GitHub); absolute paths become ``file:`` URIs.

    Args:
        path: The path as sardoc reported it.

    Returns:
        A dict with ``uri`` and, for a relative path, ``uriBaseId``.
    """
    posix = _posix(path)
    if re.match(r"^[A-Za-z]:/", posix):
        return {"uri": PureWindowsPath(path).as_uri()}
    if posix.startswith("/"):
        return {"uri": PurePosixPath(posix).as_uri()}
    return {"uri": quote(posix, safe="/"), "uriBaseId": SRCROOT}


def _posix(path: str) -> str:
    posix = str(path).replace("\\", "/")
    while posix.startswith("./"):
        posix = posix[2:]
    return posix


def _rule_descriptors(report: Report) -> list[dict]:
    """One descriptor per rule in force, by id, plus a bare one for any rule that
    produced a finding without being listed (so that every ``ruleIndex`` is valid)."""
    by_id: dict[str, dict] = {}
    for rule in sorted(report.rules, key=lambda r: r.id):
        by_id.setdefault(rule.id, _descriptor(rule, report.profile))
    for f in report.findings:
        if f.rule_id not in by_id:
            by_id[f.rule_id] = {
                "id": f.rule_id,
                "name": f.rule_name,
                "shortDescription": {"text": _short(f.message)},
                "defaultConfiguration": {"level": LEVELS[f.severity]},
            }
    return list(by_id.values())


def _descriptor(rule: Rule, profile: str) -> dict:
    message = _unplaceholder(rule.message)
    d: dict = {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": _short(message)},
        "fullDescription": {"text": message},
    }
    if rule.hint:
        d["help"] = {"text": _unplaceholder(rule.hint)}
    if rule.link:
        d["helpUri"] = rule.link
    d["defaultConfiguration"] = {"level": LEVELS[rule.severity_for(profile)]}
    d["properties"] = {
        "category": rule.category,
        "markers": list(rule.markers),
        "source": rule.source,
        "tags": [rule.category, *rule.markers],
    }
    return d


def _unplaceholder(template: str) -> str:
    """A rule's message or hint with ``{placeholders}`` (filled per finding) shown as ``…``."""
    return PLACEHOLDER.sub("…", template)


def _short(message: str) -> str:
    """The first sentence, cut at a word boundary if it is still too long."""
    first = re.split(r"(?<=[.!?])\s", message.strip(), maxsplit=1)[0]
    if len(first) <= SHORT_MAX:
        return first
    return first[: SHORT_MAX - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _result(
    f: Finding, rule_index: dict[str, int], artifact_index: dict[str, int], fingerprint: str
) -> dict:
    text = f"{f.message}\n{f.hint}" if f.hint else f.message
    result: dict = {
        "ruleId": f.rule_id,
        "ruleIndex": rule_index[f.rule_id],
        "level": LEVELS[f.severity],
        "message": {"text": text},
        "locations": [_location(f.location, artifact_index)],
        "partialFingerprints": {FINGERPRINT: fingerprint},
    }
    if f.also:
        # The same problem at other places (a word repeated): one result, every place.
        result["relatedLocations"] = [
            {"id": i, **_location(loc, artifact_index), "message": {"text": "Also here."}}
            for i, loc in enumerate(f.also, 1)
        ]
    props: dict = {}
    if f.entity:
        props["entity"] = f.entity
    if f.markers:
        props["markers"] = list(f.markers)
    if f.category:
        props["category"] = f.category
    if props:
        result["properties"] = props
    return result


def _location(loc: Location, artifact_index: dict[str, int]) -> dict:
    artifact = artifact_location(loc.file)
    index = artifact_index.get(_posix(loc.file))
    if index is not None:
        artifact["index"] = index
    physical: dict = {"artifactLocation": artifact}
    if loc.line is not None:
        physical["region"] = _region(loc)
    location: dict = {"physicalLocation": physical}
    if loc.line is None:
        if loc.section:
            location["logicalLocations"] = [
                {
                    "name": loc.section[-1],
                    "fullyQualifiedName": " > ".join(loc.section),
                    "kind": "section",
                }
            ]
        props: dict = {"paragraph": loc.paragraph} if loc.paragraph is not None else {}
        if loc.section:
            props["section"] = list(loc.section)
        props["part"] = loc.part
        location["properties"] = props
    return location


def _region(loc: Location) -> dict:
    fields = {
        "startLine": loc.line,
        "startColumn": loc.column,
        "endLine": loc.end_line,
        "endColumn": loc.end_column,
        "charOffset": loc.offset,
        "charLength": loc.length,
    }
    return {k: v for k, v in fields.items() if v is not None}


def _fingerprint_source(f: Finding) -> str:
    """What identifies a finding across runs, whatever lines move around it.

    A finding of identifiable data (one with an ``entity``) is keyed on its message,
    not its text: a hash of a short value such as an NHS number can be reversed by
    trying every value, and SARIF files are often uploaded to a hosted service.
    """
    what = f.message if f.entity or not f.text else f.text
    return "\x1f".join((f.rule_id, _posix(f.location.file), " > ".join(f.location.section), what))


def _fingerprint(source: str, occurrence: int) -> str:
    """A stable hash; the second and later identical findings are numbered apart."""
    if occurrence > 1:
        source += f"\x1f{occurrence}"
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:32]
