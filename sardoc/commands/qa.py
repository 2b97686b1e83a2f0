"""``sardoc qa``: the quality-assurance sheet for a draft, against the 15 quality markers."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option(
    "--content",
    type=click.Path(path_type=Path),
    help="The review's structured content (review.yaml), for the process markers.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["html", "docx", "md", "json"]),
    default="html",
    show_default=True,
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path),
    required=True,
    help="Where to write the sheet.",
)
@click.option("--config", "config_path", type=click.Path(path_type=Path))
@click.option("--kind", help="Document kind, if the file does not say.")
def command(path, content, fmt, output, config_path, kind) -> None:
    """Quality-assure a draft before sign-off: each quality marker met or not, with evidence."""
    from .. import __version__
    from ..api import check, declare_names
    from ..config import load_config
    from ..errors import SardocError
    from ..fileio import refuse_overwriting_inputs, write_atomic
    from ..markers import assess, load_markers
    from ..markers.sheet import FORMATS, sheet_data
    from ..markers.signoff import status
    from ..rules import ruleset_version
    from ..sources import read_document

    inputs = [path] + ([content] if content else [])
    refuse_overwriting_inputs(output, inputs)
    config = load_config(config_path, near=path).model_copy(
        update={"profile": "publication", **({"kind": kind} if kind else {})}
    )
    result = check(inputs, config, jobs=1)
    if result.problems:
        raise SardocError(problems=result.problems)
    documents = []
    for p in inputs:
        doc = read_document(p, config.kind if p == path else None)
        declare_names(doc, config)
        documents.append(doc)
    if content is not None and documents[1].kind != documents[0].kind:
        # The review content is read as the same kind of document as the draft.
        documents[1] = read_document(content, documents[0].kind)
    assessments = assess(load_markers(), documents, result.rules, result.findings)
    versions = {"sardoc_version": __version__, "ruleset_version": ruleset_version(result.rules)}
    data = sheet_data(
        documents[0].title or path.name,
        [str(p) for p in inputs],
        assessments,
        result.findings,
        config.profile,
        versions,
        status(path),
    )
    write_atomic(output, FORMATS[fmt](data))
    click.echo(f"{output}: {data['verdict']['text']}", err=True)
