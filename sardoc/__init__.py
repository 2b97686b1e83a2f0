"""sardoc: checks and produces Safeguarding Adults Review documents.

Public API: :func:`check`, :func:`load_rules`, :func:`read_document`.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("sardoc")
except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
    __version__ = "0.0.0+unknown"


def __getattr__(name: str):
    # Lazy, so that `sardoc --version` does not pay for pydantic and the readers.
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
