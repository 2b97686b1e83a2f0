"""``sardoc signoff``: record who, by role, approved or returned a document, and its hash."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.argument("path", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--role", required=True, help="Your role, not your name (e.g. 'Chair of the SAB').")
@click.option("--decision", type=click.Choice(["approved", "returned"]), required=True)
@click.option("--note", default="", help="A short note: conditions, reasons for returning it.")
def command(path, role, decision, note) -> None:
    """Sign a document off (or return it), beside the document, with a hash of its bytes."""
    from .. import __version__
    from ..config import load_config, rules_in_force
    from ..markers.signoff import write_record
    from ..rules import ruleset_version

    rules = rules_in_force(load_config(near=path))
    record = write_record(
        path,
        role,
        decision,
        note,
        {"sardoc_version": __version__, "ruleset_version": ruleset_version(rules)},
    )
    click.echo(f"{record}: {decision} by {role}", err=True)
