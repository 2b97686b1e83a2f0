"""Writing outputs safely: never half a file, never over an input."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from .errors import SardocError


def write_atomic(path: Path, data: bytes | str, mode: int | None = None) -> None:
    """Write to a temporary file beside ``path``, then rename it into place.

    A reader (or a crash) sees either the old file or the whole new one.
    ``mode`` sets permissions (0o600 for a redaction key, readable by its owner only);
    without it the file gets the permissions a new file would (the temporary file is
    private, 0o600, which would otherwise carry over to a report or redacted copy).
    """
    path = Path(path)
    if isinstance(data, str):
        data = data.encode("utf-8")
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise SardocError("output folder does not exist", str(directory))
    import tempfile  # here, not at import: a check that writes nothing never needs it

    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode if mode is not None else _default_mode())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _default_mode() -> int:
    """0o666 less the process's umask: what ``open(path, "w")`` would give."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def refuse_overwriting_inputs(output: Path, inputs: Iterable[Path]) -> None:
    """An output must never replace one of the files it was made from."""
    out = Path(output).resolve()
    for i in inputs:
        if Path(i).resolve() == out:
            raise SardocError(
                "the output would overwrite an input; choose another name", str(output)
            )
