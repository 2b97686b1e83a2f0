"""The ``github`` format: GitHub Actions workflow commands, one line per finding.

``::error file=F,line=L,col=C,endLine=L,endColumn=C,title=ID name::message``, with
``::warning`` for warnings and ``::notice`` for info. GitHub shows only the first ten
annotations of each kind per step, so the output ends with a ``::notice`` summary and
:func:`step_summary` offers a Markdown table for ``$GITHUB_STEP_SUMMARY``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..findings import Severity
from . import Report, summary_line

if TYPE_CHECKING:
    from ..findings import Finding

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
#: Annotations GitHub shows per kind and step; the rest are only in the log.
ANNOTATION_CAP = 10
#: ``$GITHUB_STEP_SUMMARY`` takes at most 1 MiB per step; stay well below it.
STEP_SUMMARY_MAX = 900_000


def render(report: Report, color: bool = False) -> str:
    """Render the report as workflow commands (``color`` is ignored).

    Args:
        report: The report to render.
        color: Unused.

    Returns:
        One command per line: the notices, one per place of each finding, then a summary.
    """
    lines = [command("notice", {"title": "sardoc"}, n) for n in report.notices]
    lines += [annotation(one) for f in report.findings for one in f.each_place()]
    summary = summary_line(report)
    kinds = [COMMANDS[f.severity] for f in report.findings]
    if any(kinds.count(k) > ANNOTATION_CAP for k in set(kinds)):
        summary += (
            f". GitHub shows only {ANNOTATION_CAP} annotations of each kind per step;"
            " the log lists them all"
        )
    lines.append(command("notice", {"title": "sardoc summary"}, summary))
    return "\n".join(lines) + "\n"


def annotation(f: Finding) -> str:
    """The workflow command for one finding.

    A finding without a line (a Word file, or the document as a whole) annotates the
    file, and its message starts with the paragraph and section.

    Args:
        f: The finding.

    Returns:
        One line, escaped as GitHub requires.
    """
    loc = f.location
    props: dict[str, object] = {"file": loc.file}
    if loc.line is not None:
        props.update(line=loc.line, col=loc.column, endLine=loc.end_line, endColumn=loc.end_column)
    props["title"] = f"{f.rule_id} {f.rule_name}"
    message = f.message
    if loc.line is None:
        where = [f"¶{loc.paragraph + 1}"] if loc.paragraph is not None else []
        where += [" › ".join(loc.section)] if loc.section else []
        if where:
            message = f"{', '.join(where)}: {message}"
    if f.hint:
        message += "\n" + f.hint
    return command(COMMANDS[f.severity], props, message)


def command(name: str, props: dict[str, object], message: str) -> str:
    """A workflow command; properties whose value is ``None`` are left out.

    Args:
        name: ``error``, ``warning`` or ``notice``.
        props: Properties in the order to write them.
        message: The message (the command's data).

    Returns:
        ``::name k=v,k=v::message`` with properties and data escaped.
    """
    pairs = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    head = f"{name} {pairs}" if pairs else name
    return f"::{head}::{escape_data(message)}"


def escape_data(text: str) -> str:
    """Escape a command's data: ``%``, carriage return and line feed."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value: as data, and also ``:`` and ``,``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def step_summary(report: Report) -> str:
    """A Markdown table of every finding, for ``$GITHUB_STEP_SUMMARY``.

    Unlike annotations it is not capped at ten; rows stop before GitHub's 1 MiB limit.

    Args:
        report: The report to summarise.

    Returns:
        Markdown text ending in a newline.
    """
    lines = [f"### sardoc: {summary_line(report)}", ""]
    if report.findings:
        lines += ["| File | Where | Severity | Rule | Message |", "| --- | --- | --- | --- | --- |"]
    size = sum(len(line.encode()) + 1 for line in lines)
    for i, f in enumerate(report.findings):
        loc = f.location
        where = loc.short()[len(loc.file) :].lstrip(": ") or "-"
        cells = [loc.file, where, str(f.severity), f"{f.rule_id} {f.rule_name}", f.message]
        row = "| " + " | ".join(_cell(c) for c in cells) + " |"
        size += len(row.encode()) + 1
        if size > STEP_SUMMARY_MAX:
            lines += ["", f"…and {len(report.findings) - i} more; see the log."]
            break
        lines.append(row)
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")
