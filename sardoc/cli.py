"""The command line: parse arguments, call the API, format, set the exit status.

Exit status: 0 clean (nothing at or above ``--fail-on``), 1 findings at or above
it, 2 bad usage, bad configuration or a bad input file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from .commands import COMMANDS
from .errors import SardocError
from .formatters import FORMATTERS

#: The report formats ``check --format`` offers: the registered formatters.
REPORT_FORMATS = tuple(FORMATTERS)


def _fail(lines: list[str]) -> None:
    for line in lines:
        click.echo(line, err=True)
    sys.exit(2)


def _use_color(output: Path | None, fmt: str) -> bool:
    return (
        fmt == "human" and output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    )


def _show_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    # Looked up only when asked for, so that start-up does not pay for it.
    if value and not ctx.resilient_parsing:
        from . import __version__

        click.echo(f"sardoc {__version__}")
        ctx.exit()


class _LazyGroup(click.Group):
    """The commands beyond ``check`` and ``rules`` are imported when named (or listed), as
    the readers and rule kinds are, so that ``sardoc check`` does not pay for them."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            from importlib import import_module

            module = import_module(f"{__package__}.commands.{cmd_name}")
            self.add_command(module.command, cmd_name)
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Each command with its whole first sentence: click cuts it at 45 characters."""
        rows = []
        for name in self.list_commands(ctx):
            cmd = self.get_command(ctx, name)
            if cmd is not None and not cmd.hidden:
                rows.append((name, (cmd.help or "").split("\n\n")[0].strip()))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_show_version,
    help="Show the version and exit.",
)
def cli() -> None:
    """sardoc checks and produces Safeguarding Adults Review documents."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--kind",
    help="Document kind, if the file does not say: sar-report, rapid-review, "
    "seven-minute-briefing, family-guidance or action-plan.",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path),
    help="Configuration file for every file checked (default: for each file, the nearest "
    "sardoc.yaml above it, else the one in this folder).",
)
@click.option("--select", help="Only these rules: ids, categories or names, comma-separated.")
@click.option("--ignore", help="Leave out these rules: ids, categories or names, comma-separated.")
@click.option(
    "--profile",
    type=click.Choice(["draft", "publication"]),
    help="draft (default) or publication: publication makes identifiable data an error.",
)
@click.option(
    "--format", "fmt", type=click.Choice(REPORT_FORMATS), default="human", show_default=True
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "never"]),
    help="Lowest severity that makes the exit status 1 (default: error).",
)
@click.option("--output", "-o", type=click.Path(path_type=Path), help="Write the report to a file.")
@click.option(
    "--grammar",
    type=click.Choice(["none", "harper", "languagetool"]),
    help="Grammar and spelling checker (default: none, or grammar.backend in sardoc.yaml).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    help="Processes to check many files with (default: one per core).",
)
@click.option(
    "--annotate",
    type=click.Path(path_type=Path),
    help="Write a copy of the Word draft with every finding as a comment (one .docx input).",
)
@click.option(
    "--explain",
    is_flag=True,
    help="Show each element the document's kind must contain, where it was found and why.",
)
def check(
    paths,
    kind,
    config_path,
    select,
    ignore,
    profile,
    fmt,
    fail_on,
    output,
    grammar,
    jobs,
    annotate,
    explain,
):
    """Check drafts and review content (files or folders) against the rules."""
    import gc

    # A long file's check makes hundreds of thousands of small objects that live to the
    # end (spans, locations, findings), few of them in cycles: with the default
    # thresholds the collector walked them again and again, several per cent of a
    # 10 MB file's check. A one-off command, so collections are made rarer, as mypy does.
    gc.set_threshold(200_000, 30, 30)
    from . import __version__
    from .recache import imports

    with imports():  # their module-level patterns come from the pattern cache
        from .api import check as run_check
        from .config import ConfigFinder, with_overrides
        from .fileio import refuse_overwriting_inputs, write_atomic
        from .formatters import Report, format_report
        from .rules import ruleset_version

    if config_path is not None and not config_path.is_file():
        raise SardocError("no such config file", str(config_path))

    def flags(config):
        """The command-line flags on top of a file's configuration."""
        _check_rule_flags(config, select=select, ignore=ignore)
        config = with_overrides(
            config, kind=kind, select=select, ignore=ignore, profile=profile, fail_on=fail_on
        )
        if grammar is not None:
            config = config.model_copy(
                update={"grammar": config.grammar.model_copy(update={"backend": grammar})}
            )
        return config

    # Each file gets its own configuration (the nearest sardoc.yaml), whatever the
    # order of the arguments; --config names one for them all.
    configs = ConfigFinder(config_path, adjust=flags)
    if output is not None:
        refuse_overwriting_inputs(output, paths)
    if annotate is not None:
        _check_annotate_request(annotate, paths)
    with _progress() as progress:
        result = run_check(paths, configs, jobs=jobs or os.cpu_count() or 1, progress=progress)
    if result.problems:
        _fail([str(p) for p in result.problems])
    report = Report(
        findings=result.findings,
        files=result.files,
        rules=result.rules,
        profile=result.results[0].config.profile if result.results else "draft",
        version=__version__,
        ruleset_version=ruleset_version(result.rules),
        paragraphs=result.paragraphs,
        notices=result.notices,
        kinds={r.path: _kind_info(r, explain) for r in result.results if r.document is not None},
    )
    if annotate is not None:
        _annotate(paths[0], annotate, result)
        n = len(result.findings)
        click.echo(
            f"{annotate}: the draft with {n} finding{'s' if n != 1 else ''} as comments", err=True
        )
    text = format_report(report, fmt, color=_use_color(output, fmt))
    if output is not None:
        write_atomic(output, text)
        # The report went to a file: say so, and what it holds, in one line (on stderr,
        # so that standard output stays empty for scripts).
        from .formatters import summary_line

        click.echo(f"{output}: {summary_line(report)}", err=True)
    else:
        click.echo(text, nl=not text.endswith("\n"))
    if result.fails():
        sys.exit(1)


def _check_rule_flags(config, **flags: str | None) -> None:
    """A --select or --ignore naming no rule is the command line's mistake, not the file's."""
    from .config import rules_in_force

    given = {k: [t.strip() for t in v.split(",") if t.strip()] for k, v in flags.items() if v}
    if not given:
        return
    everything = rules_in_force(config.model_copy(update={"select": [], "ignore": []}))
    for flag, tokens in given.items():
        for token in tokens:
            if not any(
                token in (r.id, r.category, r.name) or r.name.startswith(token + ".")
                for r in everything
            ):
                raise SardocError(
                    f"--{flag}: no rule matches '{token}' (give a rule id, name or category; "
                    "`sardoc rules` lists them)"
                )


class _progress:
    """A progress bar on stderr for long runs, only when a person is watching it."""

    def __init__(self) -> None:
        self.bar = None

    def __enter__(self):
        return self.update if sys.stderr.isatty() else None

    def update(self, done: int, total: int) -> None:
        if self.bar is None and total >= 20:
            self.bar = click.progressbar(length=total, label="Checking", file=sys.stderr)
            self.bar.__enter__()
        if self.bar is not None:
            self.bar.update(done - self.bar.pos)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)


def _kind_info(file_result, explain: bool) -> dict:
    """What kind a file was checked as and why; with ``explain``, its elements' evidence."""
    from .elements import find_all
    from .rules.context import RunContext
    from .rules.kinds.element import element_dirs

    doc = file_result.document
    info: dict = {"kind": doc.kind, "kind_source": doc.kind_source}
    if explain:
        found = find_all(doc, element_dirs(RunContext(config=file_result.config)))
        info["elements"] = {
            eid: (r.evidence.as_dict() if r.evidence else None) for eid, r in found.items()
        }
    return info


def _check_annotate_request(annotate: Path, paths) -> None:
    from .fileio import refuse_overwriting_inputs

    if len(paths) != 1 or paths[0].suffix.lower() != ".docx" or paths[0].is_dir():
        raise SardocError("--annotate needs exactly one Word (.docx) file to check")
    if annotate.suffix.lower() != ".docx":
        raise SardocError("the annotated copy must be a .docx file", str(annotate))
    refuse_overwriting_inputs(annotate, paths)


def _annotate(path: Path, out: Path, result) -> None:
    from .annotate import annotate
    from .fileio import write_atomic
    from .sources import read_bytes

    # The Document and findings are the check's own; annotation also needs the Word
    # package itself to copy and add comments to, so its bytes are read once more.
    (file_result,) = result.results
    data = read_bytes(path)
    write_atomic(out, annotate(data, file_result.document, file_result.findings, str(path)))


@cli.command()
@click.argument("rule", required=False)
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path),
    help="Configuration file (default: sardoc.yaml in this folder).",
)
def rules(rule, config_path) -> None:
    """List the rules in force, or explain one (by id, name or category)."""
    from .config import load_config, rules_in_force
    from .explain import explain, listing

    config = load_config(config_path)
    in_force = rules_in_force(config)
    if rule is None:
        click.echo(listing(in_force))
        return
    chosen = [
        r for r in in_force if rule in (r.id, r.name, r.category) or r.name.startswith(rule + ".")
    ]
    if not chosen:
        raise SardocError(f"no rule matches '{rule}' (try `sardoc rules` for the list)")
    click.echo("\n\n".join(explain(r, config.profile) for r in chosen))


def main() -> None:
    """Entry point: run the command group, turning every known error into exit 2."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        _fail(["aborted"])
    except click.ClickException as e:
        e.show()
        sys.exit(2)
    except SardocError as e:
        _fail(e.lines())
    except KeyboardInterrupt:
        _fail(["interrupted"])
    except SystemExit:
        raise
    except Exception as e:  # a bug: say so without a traceback or any document text
        if os.environ.get("SARDOC_DEBUG"):
            raise
        click.echo(
            f"sardoc: internal error ({type(e).__name__}); set SARDOC_DEBUG=1 to see details "
            "and please report it",
            err=True,
        )
        sys.exit(3)
