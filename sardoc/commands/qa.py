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
    from ..api import check
    from ..config import load_config
    from ..errors import SardocError
    from ..fileio import refuse_overwriting_inputs, write_atomic
    from ..findings import Finding
    from ..markers import assess, load_markers
    from ..markers.sheet import SHEET_WRITERS, sheet_data
    from ..markers.signoff import status
    from ..rules import ruleset_version

    inputs = [path] + ([content] if content else [])
    refuse_overwriting_inputs(output, inputs)
    if config_path is not None and not config_path.is_file():
        raise SardocError("no such config file", str(config_path))
    config = load_config(config_path, near=path).model_copy(
        update={"profile": "publication", **({"kind": kind} if kind else {})}
    )
    result = check([path], config, jobs=1)
    if result.problems:
        raise SardocError(problems=result.problems)
    draft = result.results[0].document
    if content is not None:
        # The review content is read, once, as the same kind of document as the
        # draft, so its findings and its evidence for the markers agree.
        more = check([content], config.model_copy(update={"kind": draft.kind}), jobs=1)
        if more.problems:
            raise SardocError(problems=more.problems)
        result.findings = sorted([*result.findings, *more.findings], key=Finding.sort_key)
        result.results += more.results
    documents = [r.document for r in result.results]
    assessments = assess(load_markers(), documents, result.rules, result.findings)
    versions = {"sardoc_version": __version__, "ruleset_version": ruleset_version(result.rules)}
    data = sheet_data(
        draft.title or path.name,
        [str(p) for p in inputs],
        assessments,
        result.findings,
        config.profile,
        versions,
        status(path),
    )
    write_atomic(output, SHEET_WRITERS[fmt](data))
    click.echo(f"{output}: {data['verdict']['text']}", err=True)
