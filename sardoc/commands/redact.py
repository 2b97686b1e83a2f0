"""``sardoc redact``: write a copy of a draft with identifiable data replaced.

Issue 3, item 5. The logic lives in :mod:`sardoc.redact`; this module only parses the
command line and reports in one line, on standard error, counts and never text.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import SardocError


@click.command("redact")
@click.argument("path", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path),
    help="Where to write the redacted copy (same type as the input; never the input).",
)
@click.option(
    "--key",
    "key_path",
    type=click.Path(path_type=Path),
    help="Also write a key from each placeholder to what it replaced (readable by you only).",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path),
    help="Configuration file (default: the nearest sardoc.yaml above the draft, else the "
    "one in this folder).",
)
@click.option("--kind", help="Document kind, if the file does not say (as for `sardoc check`).")
def command(path, output, key_path, config_path, kind) -> None:
    """Write a redacted copy of a draft (.md, .txt or .docx).

    Each name, date of birth, NHS or National Insurance number, postcode, address,
    phone number, e-mail address, care setting and record number that `sardoc check`
    reports becomes a placeholder such as [Person 1], the same one every time, or the
    pseudonym given in identifiable.replace in sardoc.yaml. In a Word file, comment
    and tracked-change authors become Reviewer 1, Reviewer 2..., and the author,
    last-modified-by, company and manager properties are emptied. The input is never
    changed. Exit status 1 if anything is still found in the copy.
    """
    from ..config import load_config, with_overrides
    from ..redact import redact_file

    if config_path is not None and not config_path.is_file():
        raise SardocError("no such config file", str(config_path))
    # The draft's own sardoc.yaml (the nearest above it) says which names are cleared
    # for publication, as it does for `sardoc check`.
    config = with_overrides(load_config(config_path, near=path), kind=kind)
    # redact_file reads the draft once, for editing (a Word file's XML nodes are
    # what it changes), and reads its own output once more to confirm it is clean.
    summary = redact_file(path, output, config, key_path)
    line = f"{output}: {summary.line()}"
    if key_path is not None:
        line += f"; key written to {key_path}"
    click.echo(line, err=True)
    if summary.remaining:
        n = summary.remaining
        click.echo(
            f"{output}: {n} identifier{'s are' if n != 1 else ' is'}"
            f" still found after {summary.passes} passes; check the copy with "
            f"`sardoc check {output}` and edit it by hand",
            err=True,
        )
        sys.exit(1)
