"""``sardoc markers``: the 15 quality markers and the rules that evidence each."""

from __future__ import annotations

import click


@click.command()
def command() -> None:
    """Show which rules evidence each quality marker, and which need a person's judgement."""
    from ..config import Config, rules_in_force
    from ..markers import load_markers
    from ..rules.registry import reads

    rules = {r.id: r for r in rules_in_force(Config())}
    for m in load_markers():
        ids = [r for r in m.rules if r in rules]
        report = [r for r in ids if reads(rules[r].kind) != "content"]
        content = [r for r in ids if r not in report]
        click.echo(f"{m.id:<5} {m.title}")
        click.echo(f"      in the report:  {', '.join(report) or 'none'}")
        click.echo(f"      in the content: {', '.join(content) or 'none'}")
        if m.evidence_in_records:
            click.echo(f"      a person checks: {'; '.join(m.evidence_in_records)}")
