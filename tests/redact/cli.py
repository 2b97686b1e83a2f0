"""Run the command line in-process, as a user would, and capture what it prints."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from sardoc.cli import main


@dataclass
class Run:
    code: int
    out: str
    err: str


def run_sardoc(capsys, *args: str) -> Run:
    """``sardoc ARGS``: exit status, standard output and standard error."""
    capsys.readouterr()
    argv = sys.argv
    sys.argv = ["sardoc", *map(str, args)]
    try:
        main()
        code = 0
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    finally:
        sys.argv = argv
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)
