"""Errors sardoc reports to a person: one line each, ``path:line:column: message``.

The command line catches :class:`SardocError` once, prints its lines and exits 2.
Messages never quote document text beyond a field name: the content is sensitive.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem with an input, at a position where one is known."""

    message: str
    path: str | None = None
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = self.path
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        return where + self.message


class SardocError(Exception):
    """Base class: a problem a user can fix (exit status 2)."""

    exit_code = 2

    def __init__(
        self,
        message: str = "",
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
        problems: list[Problem] | None = None,
    ) -> None:
        self.problems = list(problems or [Problem(message, path, line, column)])
        super().__init__(str(self.problems[0]) if self.problems else message)

    def lines(self) -> list[str]:
        return [str(p) for p in self.problems]


class InputError(SardocError):
    """An input file cannot be read: missing, unknown type, corrupt or empty."""


class ContentError(SardocError):
    """Structured review content does not validate against the model."""


class RuleFileError(SardocError):
    """A rule or quality-marker file is malformed."""


class ConfigError(SardocError):
    """``sardoc.yaml`` or a command-line option is wrong."""
