"""sardoc: checks and produces Safeguarding Adults Review documents.

Public API: :func:`check`, :func:`load_rules`, :func:`read_document`.
"""

from __future__ import annotations

import os
import sys


def _installed_version() -> str:
    """The version in sardoc's ``.dist-info``, read directly.

    ``importlib.metadata`` costs a sizeable share of a short run's start-up (it pulls in
    the e-mail parser), and a one-line read of ``METADATA`` finds the same version. The
    first matching folder on ``sys.path`` wins, as it does for ``importlib.metadata``.
    """
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.startswith("sardoc-") and name.endswith(".dist-info"):
                try:
                    with open(os.path.join(entry, name, "METADATA"), encoding="utf-8") as f:
                        for line in f:
                            if line.startswith("Version:"):
                                return line.split(":", 1)[1].strip()
                            if not line.strip():
                                break
                except OSError:
                    continue
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("sardoc")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "0.0.0+unknown"


def __getattr__(name: str):
    # Lazy, so that start-up pays neither for pydantic and the readers nor for the
    # version look-up until something asks.
    if name == "__version__":
        value = _installed_version()
        globals()["__version__"] = value
        return value
    if name == "check":
        from .api import check

        return check
    if name == "load_rules":
        from .rules.loader import load_rules

        return load_rules
    if name == "read_document":
        from .sources import read_document

        return read_document
    raise AttributeError(name)


__all__ = ["__version__", "check", "load_rules", "read_document"]
