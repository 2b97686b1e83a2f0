"""Output formatters: one module per format, registered by name and imported lazily.

Every formatter module defines ``render(report, color=False) -> str``. The command line
picks one with :func:`format_report`; nothing else needs to know the formats.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import ConfigError
from ..findings import Severity

if TYPE_CHECKING:
    from ..findings import Finding
    from ..rules.schema import Rule

#: Format name -> module that renders it. Modules are imported only when used.
FORMATTERS: dict[str, str] = {
    "human": "sardoc.formatters.human",
    "json": "sardoc.formatters.jsonfmt",
    "sarif": "sardoc.formatters.sarif",
    "github": "sardoc.formatters.github",
    "html": "sardoc.formatters.html",
}


@dataclass(frozen=True)
class Report:
    """Everything a formatter may show about one run of the checks.

    Attributes:
        findings: The findings, already sorted.
        files: Every file checked, in order, including clean ones.
        rules: The rules in force (for rule metadata and the summary).
        profile: ``"draft"`` or ``"publication"``.
        version: The sardoc version.
        ruleset_version: A short identifier of the rule files, e.g. a hash.
        notices: One-line notices to show, e.g. that a grammar backend was unavailable.
        paragraphs: The text of the paragraphs findings point at, and their offset in
            the source file where there is one, by (file, index).
        kinds: For each file, the kind it was checked as and why:
            ``{"kind": ..., "kind_source": ...}``, and with ``--explain`` the
            ``elements`` found, each with its evidence (None where missing).
    """

    findings: list[Finding]
    files: list[str]
    rules: list[Rule]
    profile: str
    version: str
    ruleset_version: str
    notices: Sequence[str] = ()
    paragraphs: Mapping[tuple[str, int], tuple[str, int | None]] = field(default_factory=dict)
    kinds: Mapping[str, Mapping] = field(default_factory=dict)


def describe_kind(info: Mapping) -> str:
    """``checked as a 7-minute briefing (title)`` for a file's ``kinds`` entry."""
    from ..elements.kind import a_kind

    return f"checked as {a_kind(info['kind'])} ({info['kind_source']})"


def format_report(report: Report, name: str, color: bool = False) -> str:
    """Render ``report`` in the format called ``name``.

    Args:
        report: What to show.
        name: A key of :data:`FORMATTERS`.
        color: Use ANSI colours where the format has any (only ``human`` does).

    Returns:
        The rendered text, ending in a newline.

    Raises:
        ConfigError: If ``name`` is not a known format.
    """
    try:
        module_name = FORMATTERS[name]
    except KeyError:
        known = ", ".join(FORMATTERS)
        raise ConfigError(f"unknown output format '{name}' (use {known})") from None
    from ..recache import import_module

    return import_module(module_name).render(report, color=color)


def severity_counts(findings: Sequence[Finding]) -> dict[str, int]:
    """Findings per severity, as ``{"error": n, "warning": n, "info": n}``.

    Args:
        findings: The findings to count.

    Returns:
        A count for every severity, most severe first, zeros included.
    """
    counts = Counter(str(f.severity) for f in findings)
    return {str(s): counts[str(s)] for s in sorted(Severity, reverse=True)}


def files_with_findings(report: Report) -> int:
    """How many distinct files have at least one finding."""
    return len({f.location.file for f in report.findings})


def files_by_rule(report: Report) -> dict[str, int]:
    """Rule id -> how many of the files checked it fired in, sorted by id.

    Across a library of reports this is the table a national analysis of reviews
    gives: how many lack a stated legal mandate, a good-practice section, and so on.
    """
    seen = Counter(rule for rule, _ in {(f.rule_id, f.location.file) for f in report.findings})
    return dict(sorted(seen.items()))


def plural(n: int, word: str) -> str:
    """``1 error``, ``2 errors``; ``info`` never takes an ``s``."""
    return f"{n} {word}" if n == 1 or word == "info" else f"{n} {word}s"


def summary_line(report: Report) -> str:
    """The one-line summary every human-facing format ends with.

    Args:
        report: The report to summarise.

    Returns:
        For example ``2 errors, 1 warning, 0 info in 3 files (profile: draft)``, where
        the file count is the number of files checked.
    """
    counts = severity_counts(report.findings)
    parts = ", ".join(plural(n, word) for word, n in counts.items())
    return f"{parts} in {plural(len(report.files), 'file')} (profile: {report.profile})"
