"""``sardoc pack``: check a review's documents together, then compare them (issue 16)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..formatters import FORMATTERS

FORMATS = tuple(FORMATTERS)


def table(rows: list[dict], findings) -> str:
    """The pack table: each document, its kind, its findings by severity, pack findings."""
    head = ("Document", "Kind", "Errors", "Warnings", "Info", "Pack")
    body = [
        (r["file"], r["kind"], str(r["error"]), str(r["warning"]), str(r["info"]), str(r["pack"]))
        for r in rows
    ]
    widths = [max(len(x) for x in col) for col in zip(head, *body, strict=True)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()  # noqa: E731
    out = [line(head), line(tuple("-" * w for w in widths)), *map(line, body), ""]
    if findings:
        out.append(f"Pack findings ({len(findings)}):")
        for f in findings:
            also = "".join(f" (and {a.short()})" for a in f.also)
            out.append(f"  {f.location.short()}{also}: {f.severity} {f.rule_id} {f.message}")
    else:
        out.append("No pack findings: the documents agree with each other.")
    return "\n".join(out) + "\n"


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path),
    help="Configuration file for every document (default: the nearest sardoc.yaml); its "
    "pack: section names the files by kind.",
)
@click.option(
    "--profile",
    type=click.Choice(["draft", "publication"]),
    help="draft (default) or publication: publication makes identifiable data an error.",
)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="human", show_default=True)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "never"]),
    help="Lowest severity that makes the exit status 1 (default: error).",
)
@click.option("--output", "-o", type=click.Path(path_type=Path), help="Write the report to a file.")
def command(paths, config_path, profile, fmt, fail_on, output) -> None:
    """Check a review's pack (files, or a folder of one review's documents) as a whole."""
    from .. import __version__
    from ..config import ConfigFinder, with_overrides
    from ..errors import SardocError
    from ..fileio import refuse_overwriting_inputs, write_atomic
    from ..formatters import Report, format_report
    from ..pack import check_pack
    from ..rules import ruleset_version

    if config_path is not None and not config_path.is_file():
        raise SardocError("no such config file", str(config_path))
    if output is not None:
        refuse_overwriting_inputs(output, paths)
    configs = ConfigFinder(
        config_path, adjust=lambda c: with_overrides(c, profile=profile, fail_on=fail_on)
    )
    result = check_pack(paths, configs)
    if result.check.problems:
        raise SardocError(problems=result.check.problems)
    checked = result.check
    rows = result.rows()
    if fmt == "json":
        text = json.dumps(
            {
                "version": __version__,
                "pack": rows,
                # Each finding as `sardoc check` writes it; ``also`` holds the other place.
                "findings": [f.to_dict() for f in result.all_findings()],
            },
            indent=2,
        )
    else:
        report = Report(
            findings=result.all_findings(),
            files=checked.files,
            rules=checked.rules,
            profile=checked.results[0].config.profile if checked.results else "draft",
            version=__version__,
            ruleset_version=ruleset_version(checked.rules),
            paragraphs=checked.paragraphs,
            notices=checked.notices,
        )
        text = format_report(report, fmt)
        if fmt == "human":
            text = table(rows, result.findings) + "\n" + text
    if output is not None:
        write_atomic(output, text if text.endswith("\n") else text + "\n")
    else:
        click.echo(text, nl=not text.endswith("\n"))
    first = checked.results[0].config if checked.results else None
    if result.fails(fail_on or (first.fail_on if first else "error")):
        sys.exit(1)
