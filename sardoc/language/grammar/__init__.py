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

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from importlib import import_module
from typing import Literal, Protocol

from ...model import BaseModel, ConfigDict


@dataclass(frozen=True)
class Problem:
    start: int
    end: int
    rule: str
    message: str
    replacements: tuple[str, ...] = ()


class Settings(BaseModel):
    """The grammar settings, one model for all three places that hold them.

    ``grammar:`` in sardoc.yaml (and ``--grammar``) is read into it; the grammar rule's
    params are it; the backends are made from it. Frozen, so it can key the cache of
    backends made in this process.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    backend: Literal["none", "harper", "languagetool"] = "none"
    url: str | None = None
    language: str = "en-GB"
    timeout: float = 5.0
    #: The backend's own rule ids to turn off ("OxfordComma", "EN_QUOTES").
    disabled: tuple[str, ...] = ()
    #: More words the spelling check accepts.
    vocabulary: tuple[str, ...] = ()
    #: languagetool only: run LanguageTool on this computer through language-tool-python
    #: (the ``languagetool`` extra) instead of sending text to ``url`` over plain HTTP.
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


class _Notices:
    """Where a backend says something for the report: ``NOTICES.append(text)``.

    The words go to whichever check is asking (see :func:`notices_to`), not to a
    module-level list: a list in a worker process is that worker's own copy, so its
    notices never reached the report when files were checked in parallel.
    """

    def append(self, text: str) -> None:
        target = _TARGET.get()
        if target is not None:
            target(text)


_TARGET: ContextVar[Callable[[str], None] | None] = ContextVar("grammar_notices", default=None)
NOTICES = _Notices()


@contextmanager
def notices_to(record: Callable[[str], None]) -> Iterator[None]:
    """Send the notices backends give inside the ``with`` block to ``record``."""
    token = _TARGET.set(record)
    try:
        yield
    finally:
        _TARGET.reset(token)


#: Backends made in this process, with the notices they gave when made. A backend is
#: made once per process and settings, but every check that uses it repeats those
#: notices ("sending the text to..."), so each file's report says where its text went
#: whichever process checked it.
_CACHE: dict[Settings, tuple[Backend | None, tuple[str, ...]]] = {}


def backend(settings: Settings, record: Callable[[str], None] | None = None) -> Backend | None:
    """The backend for ``settings``, made once per process; None for "none" or unavailable.

    ``record`` receives the notices about the backend (the run context's ``notice``).
    """
    if settings.backend == "none":
        return None
    if settings not in _CACHE:
        try:
            module = BACKENDS[settings.backend]
        except KeyError:
            raise ValueError(
                f"unknown grammar backend '{settings.backend}'; known: none, {', '.join(BACKENDS)}"
            ) from None
        given: list[str] = []
        with notices_to(given.append):
            try:
                made = import_module(module).make(settings)
            except Unavailable as e:
                NOTICES.append(f"grammar checks skipped: {e}")
                made = None
        _CACHE[settings] = (made, tuple(given))
    made, given = _CACHE[settings]
    for text in given:
        if record is not None:
            record(text)
    return made


def vocabulary() -> list[str]:
    """Words that are right in this field, accepted by every spelling check."""
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "vocabulary.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return [w.strip() for w in lines if w.strip() and not w.startswith("#")]
