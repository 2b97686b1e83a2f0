"""``sardoc abbreviations``: the abbreviations a document uses, as a table for its glossary."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--kind", help="Document kind, if the file does not say.")
def command(path, kind) -> None:
    """List the abbreviations in a draft with their meanings, ready to paste into a glossary."""
    from ..render.env import md_escape
    from ..rules.kinds.abbreviations import inventory, known
    from ..sources import read_document

    document = read_document(path, kind)
    meanings = known()
    rows = []
    for abbr, use in sorted(inventory(document).items(), key=lambda kv: kv[0].lower()):
        meaning = use.long_form or meanings.get(abbr, "")
        if use.definitions and not meaning:
            para, start = use.definitions[0]
            around = para.text[max(0, start - 80) : start]
            if "(" in around[-3:]:
                meaning = meaning or around.rsplit("(", 1)[0].strip()
        status = "spelt out" if use.definitions else "not spelt out"
        rows.append(f"| {md_escape(abbr)} | {md_escape(meaning or '?')} | {use.count} | {status} |")
    click.echo("| Abbreviation | Meaning | Uses | In the text |")
    click.echo("|---|---|---|---|")
    for row in rows:
        click.echo(row)
