"""``sardoc redact``: a copy with every identifier replaced, and a key only when asked."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path),
    required=True,
    help="The redacted copy (.md, .txt or .docx, as the input).",
)
@click.option(
    "--key",
    "key_path",
    type=click.Path(path_type=Path),
    help="Also write which placeholder stood for what (readable by you only).",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path),
    help="Configuration file (default: as for sardoc check).",
)
@click.option("--kind", help="Document kind, if the file does not say.")
def command(path, output, key_path, config_path, kind) -> None:
    """Write a redacted copy of a draft: names, dates of birth, numbers, addresses, contacts."""
    from ..api import declare_names
    from ..config import load_config
    from ..errors import SardocError
    from ..fileio import refuse_overwriting_inputs, write_atomic
    from ..redact import WRITERS, plan, redact_file
    from ..sources import read_document

    if output.suffix.lower() != path.suffix.lower():
        raise SardocError(f"the copy must be a {path.suffix} file like the original", str(output))
    if path.suffix.lower() not in WRITERS:
        raise SardocError(
            f"cannot write a redacted copy of a '{path.suffix}' file (sardoc redacts "
            + ", ".join(sorted(WRITERS))
            + ")",
            str(path),
        )
    refuse_overwriting_inputs(output, [path])
    if key_path is not None:
        refuse_overwriting_inputs(key_path, [path, output])
    config = load_config(config_path, near=path)
    document = read_document(path, kind)
    declare_names(document, config)
    the_plan = plan(document, config.identifiable.replace)
    data = redact_file(path, document, the_plan)
    write_atomic(output, data)
    if key_path is not None:
        key = json.dumps(the_plan.key, ensure_ascii=False, indent=2, sort_keys=True)
        write_atomic(key_path, key + "\n", mode=0o600)
    click.echo(f"{output}: {the_plan.summary()}", err=True)
