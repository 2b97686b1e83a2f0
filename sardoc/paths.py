"""Where sardoc's data folders are: inside the installed package, or in a checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PKG = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    """``rules``, ``templates``, ``quality_markers`` or ``samples``.

    A wheel carries them in ``sardoc/data/<name>``; a checkout (or an editable
    install) has them at the top of the repository.
    """
    installed = _PKG / "data" / name
    if installed.is_dir():
        return installed
    return _PKG.parent / name
