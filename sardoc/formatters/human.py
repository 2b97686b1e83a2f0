"""The ``human`` format: findings grouped by file and section, for a terminal.

Example::

    samples/draft.md
      Findings › Agency involvement
        12:5  warning  Spell out the abbreviation on first use.  [LANG-004]
                       Write "Multi-Agency Risk Assessment Conference (MARAC)".
                       “MARAC”

    0 errors, 1 warning, 0 info in 1 file (profile: draft)

A Word file has no lines, so its findings show the paragraph (``¶N``, counted from 1).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable
from typing import TYPE_CHECKING, TypeVar

from . import Report, describe_kind, files_by_rule, plural, summary_line

if TYPE_CHECKING:
    from ..findings import Finding

T = TypeVar("T")

SECTION_SEP = " › "
QUOTE_MAX = 60
RESET = "\033[0m"
STYLES = {
    "error": "\033[31m",  # red
    "warning": "\033[33m",  # yellow
    "info": "\033[36m",  # cyan
    "hint": "\033[2m",  # dim
    "file": "\033[1m",  # bold
}


def render(report: Report, color: bool = False) -> str:
    """Render the report for a person reading a terminal.

    Args:
        report: The report to render.
        color: Colour severities, hints and file names with ANSI codes.

    Returns:
        The text, ending in a newline.
    """
    paint = _painter(color)
    lines = [f"note: {notice}" for notice in report.notices]
    if lines:
        lines.append("")
    if not report.findings:
        for file in report.files:
            lines += _kind_lines(report, str(file), paint, passed=True)
        if report.files:
            lines.append("")
        files = plural(len(report.files), "file")
        lines.append(f"No problems found in {files} (profile: {report.profile}).")
        return "\n".join(lines) + "\n"
    with_findings = {f.location.file for f in report.findings}
    # A rule's hint says the same each time: once per run is enough (a hint filled with
    # the finding's own words differs, and is shown each time it differs).
    hinted: set[tuple[str, str]] = set()
    for file, in_file in _group(report.findings, lambda f: f.location.file):
        lines.append(paint("file", file))
        lines += [line for line in _kind_lines(report, file, paint) if line]
        width = max(len(_position(f)) for f in in_file)
        indent = " " * (4 + width + 2 + len("warning") + 2)
        for section, in_section in _group(in_file, lambda f: f.location.section):
            lines.append("  " + (SECTION_SEP.join(section) or "(whole document)"))
            for f in in_section:
                sev = str(f.severity)
                lines.append(
                    f"    {_position(f):<{width}}  {paint(sev, f'{sev:<7}')}  "
                    f"{f.message}  [{f.rule_id}]"
                )
                if f.hint and (f.rule_id, f.hint) not in hinted:
                    hinted.add((f.rule_id, f.hint))
                    lines.append(indent + paint("hint", f.hint))
                if f.text:
                    lines.append(indent + _quote(f.text))
                if f.also:
                    lines.append(indent + "also at " + ", ".join(_elsewhere(x, f) for x in f.also))
        lines.append("")
    passed = [str(f) for f in report.files if str(f) not in with_findings]
    for file in passed:
        lines += _kind_lines(report, file, paint, passed=True)
    if passed:
        lines.append("")
    if len(report.files) > 1:
        lines += frequency_table(report) + [""]
    lines.append(summary_line(report))
    return "\n".join(lines) + "\n"


def _kind_lines(report: Report, file: str, paint, passed: bool = False) -> list[str]:
    """The kind a file was checked as and why, and with --explain its elements."""
    info = report.kinds.get(file)
    if passed:
        head = [
            paint("file", file) + ": no problems" + (f", {describe_kind(info)}" if info else "")
        ]
    else:
        head = [f"  {describe_kind(info)}"] if info else []
    elements = (info or {}).get("elements") or {}
    for eid, ev in elements.items():
        if ev is None:
            head.append(f"    missing  {eid}")
            continue
        where = SECTION_SEP.join(ev["section"]) or "(whole document)"
        head.append(f"    found    {eid}: {where} [{ev['strength']}; {', '.join(ev['cues'])}]")
        for sentence in ev["sentences"][:2]:
            head.append(f"               {_quote(sentence)}")
    if elements:
        head.append("")
    return head


def frequency_table(report: Report) -> list[str]:
    """How many of the files each rule fired in, most frequent first."""
    names = {r.id: r.name for r in report.rules}
    counts = sorted(files_by_rule(report).items(), key=lambda kv: (-kv[1], kv[0]))
    total = len(report.files)
    width = max(len(rule) for rule, _ in counts)
    out = [f"Rules by the number of files they fired in ({plural(total, 'file')} checked):"]
    for rule, n in counts:
        out.append(f"  {rule:<{width}}  {n:>5}  {100 * n / total:5.1f}%  {names.get(rule, '')}")
    return out


def _painter(color: bool) -> Callable[[str, str], str]:
    def paint(style: str, text: str) -> str:
        return f"{STYLES[style]}{text}{RESET}" if color else text

    return paint


def _group(items: Iterable[T], key: Callable[[T], Hashable]) -> list[tuple[Hashable, list[T]]]:
    """Group by ``key`` in order of first appearance (the findings are already sorted)."""
    groups: dict[Hashable, list[T]] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return list(groups.items())


def _position(finding: Finding) -> str:
    return _place(finding.location)


def _place(loc) -> str:
    if loc.line is not None:
        return f"{loc.line}:{loc.column or 1}"
    if loc.paragraph is not None:
        return f"¶{loc.paragraph + 1}"
    return "-"


def _elsewhere(loc, finding) -> str:
    """Another place of a finding, with its file when that is another document."""
    if loc.file != finding.location.file:
        return f"{loc.file} {_place(loc)}"
    return _place(loc)


def _quote(text: str) -> str:
    """The matched text on one line, cut short after :data:`QUOTE_MAX` characters."""
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) > QUOTE_MAX:
        text = text[: QUOTE_MAX - 1].rstrip() + "…"
    return f"“{text}”"
