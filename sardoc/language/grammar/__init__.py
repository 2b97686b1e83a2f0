"""Grammar and spelling checkers behind one interface: harper, languagetool or none.

Each backend takes plain texts (one per paragraph) and returns, per text, the problems
it found with their character offsets, the backend's own rule id and a message. The
``grammar`` rule kind turns them into ordinary findings.

The text is sensitive personal data: ``harper`` runs in this process, and
``languagetool`` sends text only to the server the user configured (their own, or
one they trust); there is no default server and no public service is ever used
unless it is named explicitly. A backend that cannot be used gives one notice and
the other checks go on.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import Protocol


@dataclass(frozen=True)
class Problem:
    start: int
    end: int
    rule: str
    message: str
    replacements: tuple[str, ...] = ()


@dataclass(frozen=True)
class Settings:
    backend: str = "none"
    url: str | None = None
    language: str = "en-GB"
    timeout: float = 5.0
    disabled: tuple[str, ...] = ()
    vocabulary: tuple[str, ...] = ()
    #: languagetool: through language-tool-python, on this computer (see languagetool.py).
    local: bool = False


class Backend(Protocol):
    name: str

    def check(self, texts: list[str]) -> list[list[Problem]]: ...


class Unavailable(Exception):
    """The configured backend cannot be used; the message says why, in one line."""


#: Backend name -> module defining ``make(settings) -> Backend``.
BACKENDS: dict[str, str] = {
    "harper": f"{__name__}.harper",
    "languagetool": f"{__name__}.languagetool",
}

#: Notices from this run (a backend that could not be used), for the report.
NOTICES: list[str] = []
_CACHE: dict[Settings, Backend | None] = {}


def backend(settings: Settings) -> Backend | None:
    """The backend for ``settings``, made once per run; None for "none" or unavailable."""
    if settings.backend == "none":
        return None
    if settings in _CACHE:
        return _CACHE[settings]
    try:
        module = BACKENDS[settings.backend]
    except KeyError:
        raise ValueError(
            f"unknown grammar backend '{settings.backend}'; known: none, {', '.join(BACKENDS)}"
        ) from None
    try:
        made = import_module(module).make(settings)
    except Unavailable as e:
        NOTICES.append(f"grammar checks skipped: {e}")
        made = None
    _CACHE[settings] = made
    return made


def vocabulary() -> list[str]:
    """Words that are right in this field, accepted by every spelling check."""
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "vocabulary.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return [w.strip() for w in lines if w.strip() and not w.startswith("#")]
