"""``sardoc render``: the five documents from one review.yaml, in the formats people use."""

from __future__ import annotations

from pathlib import Path

import click

from ..document import DOCUMENT_KINDS


def _split(value: str, known: tuple[str, ...], what: str) -> list[str]:
    items = [x.strip() for x in value.split(",") if x.strip()]
    if items == ["all"]:
        return list(known)
    bad = [x for x in items if x not in known]
    if bad or not items:
        raise click.BadParameter(
            f"unknown {what} '{(bad or [value])[0]}'; known: all, " + ", ".join(known)
        )
    return items


@click.command()
@click.argument("review", type=click.Path(path_type=Path))
@click.option(
    "--doc",
    "docs",
    default="all",
    show_default=True,
    help="Which documents: " + ", ".join(DOCUMENT_KINDS) + ", or all (comma-separated).",
)
@click.option(
    "--format",
    "formats",
    default="md,html,docx",
    show_default=True,
    help="Which formats: md, html, docx, pdf, xlsx (the action plan), or all.",
)
@click.option(
    "--output",
    "-o",
    "outdir",
    type=click.Path(path_type=Path),
    required=True,
    help="Folder to write the documents to (created if missing).",
)
@click.option(
    "--draft",
    is_flag=True,
    help="Mark the documents DRAFT and render even if the content has problems "
    "that rules would report.",
)
@click.option(
    "--templates",
    type=click.Path(path_type=Path, file_okay=False),
    help="Your own template folder (same layout as templates/); run sandboxed.",
)
def command(review, docs, formats, outdir, draft, templates) -> None:
    """Produce the rapid review, SAR report, 7-minute briefing, family guidance and action plan."""
    from ..api import check_document
    from ..config import load_config, rules_in_force
    from ..content import load_review, to_document
    from ..errors import ContentError, Problem
    from ..findings import Severity
    from ..render import FORMATS, render

    kinds = _split(docs, DOCUMENT_KINDS, "document")
    fmts = _split(formats, FORMATS, "format")
    content = load_review(review)  # invalid content is refused with every problem listed
    if not draft:
        # Content that passes validation can still lack what publication needs; the
        # same rules that check a draft decide, unless --draft asks for a draft anyway.
        text = review.read_text(encoding="utf-8")
        rules = rules_in_force(
            load_config(near=review).model_copy(update={"profile": "publication"})
        )
        errors = [
            f
            for kind in kinds
            for f in check_document(to_document(content, str(review), text, kind), rules)
            if f.severity >= Severity.ERROR
        ]
        if errors:
            raise ContentError(
                problems=list(
                    dict.fromkeys(
                        Problem(f"{f.rule_id}: {f.message}", str(review), f.location.line)
                        for f in errors
                    )
                )
                + [Problem("not ready to publish: put these right, or render with --draft")]
            )
    written = render(content, kinds, fmts, outdir, draft=draft, templates=templates)
    for path in written:
        click.echo(str(path))
