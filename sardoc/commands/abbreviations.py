"""``sardoc abbreviations``: the abbreviations a document uses, as a table for its glossary."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--kind", help="Document kind, if the file does not say.")
@click.option(
    "--markdown",
    is_flag=True,
    help="Print a Markdown table, to paste into a glossary (default: columns for reading).",
)
def command(path, kind, markdown) -> None:
    """List the abbreviations in a draft with their meanings, for its glossary.

    The table has the abbreviation, its meaning (from the text where it is spelt out,
    else sardoc's list), how often it is used and whether the text spells it out.
    """
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
        rows.append((abbr, meaning or "?", str(use.count), status))
    head = ("Abbreviation", "Meaning", "Uses", "In the text")
    if markdown:
        for row in [head, ("---",) * 4, *rows]:
            cells = row if row[0] == "---" or row is head else [md_escape(c) for c in row]
            click.echo("| " + " | ".join(cells) + " |")
        return
    if not rows:
        click.echo(f"{path}: no abbreviations found")
        return
    click.echo(columns([head, *rows], numeric={2}))


def columns(rows: list[tuple[str, ...]], numeric: set[int] = frozenset()) -> str:
    """Rows as aligned columns (numbers to the right), two spaces apart."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [
            cell.rjust(w) if i in numeric else cell.ljust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)
