"""Commands beyond ``check`` and ``rules``, one module each.

Each module named in ``COMMANDS`` defines ``command`` (a ``click.Command``). Modules
import their heavy libraries inside the command body so that ``sardoc check`` starts fast.
"""

from __future__ import annotations

from importlib import import_module

import click

COMMANDS: tuple[str, ...] = (
    "abbreviations",
    "markers",
    "pack",
    "qa",
    "redact",
    "render",
    "serve",
    "signoff",
)


def add_commands(group: click.Group) -> None:
    for name in COMMANDS:
        group.add_command(import_module(f"{__name__}.{name}").command, name)
