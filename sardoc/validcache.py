"""Rule files as validated, kept between runs.

Checking some eighty rule files against their pydantic models costs a short check about
a tenth of its time, and gives the same rules every run until a file or sardoc changes.
The rule a file gives is kept, pickled, in the pattern cache's file (``sardoc.recache``:
same folder, same ``SARDOC_NO_CACHE`` and ``SARDOC_CACHE_DIR``), under a hash of the
file's path and text, so that an edited rule file is a new key. The key also carries a
fingerprint of this sardoc (every module's size and modification time, as Python's own
``.pyc`` check uses) and of the Python and pydantic running it, so that a changed sardoc
validates again. A file that fails validation is never kept: its problems are reported
on every run.

Only sardoc's own data is kept here (rule files), never a document's text nor a
``sardoc.yaml`` (which may name people cleared for publication). Pickles are read back
only from the user's own cache folder, which is trusted as Python's bytecode cache is.
"""

from __future__ import annotations

import os
import pickle
import sys
from collections.abc import Callable
from functools import cache
from typing import TypeVar

from .recache import sha256

T = TypeVar("T")


@cache
def fingerprint() -> str:
    """What tells this sardoc, Python and pydantic from any other, cheaply.

    pydantic is told by its version file's size and modification time, not by importing
    it: a warm check never imports pydantic (see sardoc.model).
    """
    h = sha256(f"{sys.version}\0{_pydantic_stamp()}".encode())
    root = os.path.dirname(os.path.abspath(__file__))
    for path, st in sorted(_sources(root)):
        h.update(f"{path[len(root) :]}\0{st.st_mtime_ns}\0{st.st_size}\n".encode())
    return h.hexdigest()[:16]


def _sources(folder: str) -> list:
    """(path, stat) of every ``.py`` file under ``folder`` (scandir: a walk of some 130
    files is a few milliseconds of every check, ``os.walk`` and ``relpath`` most of it)."""
    out = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.endswith(".py") and entry.is_file():
                out.append((entry.path, entry.stat()))
            elif entry.is_dir() and entry.name != "__pycache__":
                out.extend(_sources(entry.path))
    return out


def _pydantic_stamp() -> str:
    import importlib.util

    spec = importlib.util.find_spec("pydantic")
    if spec is None or not spec.submodule_search_locations:
        return "none"
    version = os.path.join(next(iter(spec.submodule_search_locations)), "version.py")
    try:
        st = os.stat(version)
    except OSError:
        return "none"
    return f"{version}\0{st.st_mtime_ns}\0{st.st_size}"


def remembered(what: str, source: str, text: str, make: Callable[[], T]) -> T:
    """``make()``, or what it gave on an earlier run for the same ``source`` and ``text``.

    ``what`` names the sort of thing made (``"rule"``); ``source`` is where ``text`` came
    from (a rule file's path), since what is made may record it.
    """
    from . import recache

    digest = sha256(f"{what}\0{source}\0".encode() + text.encode()).hexdigest()
    key = ("validated", fingerprint(), what, digest)
    found = recache.lookup(key)
    if found is not None:
        try:
            return pickle.loads(found)  # noqa: S301 - our own file; see above
        except Exception:  # noqa: BLE001, S110 - an unreadable entry is made again
            pass
    value = make()
    recache.keep(key, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    return value
