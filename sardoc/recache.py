"""Compiled regular expressions kept between runs, for patterns sardoc itself declares.

A short check spends a third of its time in ``re`` parsing patterns and generating their
code, which is pure Python and the same on every run of one Python. Here the generated
code (with a prefilter's literal sets, which come from the same parse) is kept in one
file in the user's cache folder and handed straight to ``_sre.compile``, which checks
code it is given before using it. The file is marshalled, as Python's own ``.pyc`` files
are, and lives beside them in trust: the user's own cache folder.

Only for patterns written in sardoc's source, rule files and element files: never for a
pattern built from a document (declared names, say), so that the cache holds no document
text. Its entries are keyed by the pattern's own text and flags; the file's name carries
the Python version, ``re``'s code format and a hash of the modules that transform
patterns (guards), so any change to those starts a new file. ``SARDOC_NO_CACHE=1``
turns it off; ``SARDOC_CACHE_DIR`` moves it.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def _builtin_sha256():
    """CPython's own SHA-256 (``_sha256``; ``_sha2`` from 3.12), as hashlib's fallback is:
    importing hashlib loads OpenSSL's library (about 3 ms of a short check's start) for
    the same digest. By name, since which of the two exists depends on the Python."""
    from importlib import import_module

    for name in ("_sha256", "_sha2"):
        try:
            return import_module(name).sha256
        except (ImportError, AttributeError):
            continue
    from hashlib import sha256  # pragma: no cover - a Python without either

    return sha256


sha256 = _builtin_sha256()

#: Entries in one file at most: a file grown past this (rule files edited many times) is
#: started again with the current run's entries.
MAX_ENTRIES = 20000

_entries: dict | None = None
_new: dict = {}

#: The array type whose items are ``_sre`` code words (``_sre.CODESIZE`` bytes): 4 bytes.
_WORD = array("I")


def cache_file() -> Path | None:
    """Where the cache lives, or None when it is turned off."""
    if os.environ.get("SARDOC_NO_CACHE"):
        return None
    base = os.environ.get("SARDOC_CACHE_DIR")
    if not base:
        xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        base = os.path.join(xdg, "sardoc")
    import _sre

    h = sha256(sys.version.encode())
    h.update(f"{_sre.MAGIC} {_sre.CODESIZE} {MAX_ENTRIES}".encode())
    here = Path(__file__).parent
    for name in ("recache.py", "lazyre.py", "prefilter.py"):
        h.update((here / name).read_bytes())
    return Path(base) / f"patterns-{h.hexdigest()[:16]}.marshal"


def _load() -> dict:
    global _entries
    if _entries is None:
        _entries = {}
        try:
            path = cache_file()
            if path is not None and path.is_file():
                data = marshal.loads(path.read_bytes())  # noqa: S302 - our own file; see above
                if isinstance(data, dict):
                    _entries = data
        except Exception:  # noqa: BLE001, S110 - an unreadable cache is an empty one
            pass
        atexit.register(_save)
    return _entries


def _save() -> None:
    if not _new:
        return
    try:
        path = cache_file()
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        # Another run may have added entries since this one read the file.
        try:
            data = marshal.loads(path.read_bytes())  # noqa: S302
            if not isinstance(data, dict) or len(data) + len(_new) > MAX_ENTRIES:
                data = {}
        except Exception:  # noqa: BLE001 - missing or unreadable: start again
            data = {}
        data.update(_new)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(data))
        os.replace(tmp, path)
        _forget_old(path)
    except Exception:  # noqa: BLE001, S110 - a cache that cannot be written is not an error
        pass


#: A cache file no run has written for this long belongs to an older sardoc or Python.
STALE_SECONDS = 30 * 24 * 3600


def _forget_old(current: Path) -> None:
    """Remove other versions' cache files that no run has written for a month."""
    import time

    for other in current.parent.glob("patterns-*"):
        try:
            if other != current and time.time() - other.stat().st_mtime > STALE_SECONDS:
                other.unlink()
        except OSError:
            continue


def lookup(key: tuple) -> Any:
    """The value kept for ``key``, or None."""
    return _load().get(key)


def keep(key: tuple, value: Any) -> Any:
    """Keep ``value`` (made of tuples, strings, numbers, dicts, None) for ``key``."""
    _load()[key] = value
    _new[key] = value
    return value


def parts(tree, flags: int, pattern: str | None, code: list[int] | None = None) -> tuple:
    """What ``re._compiler.compile(tree, flags)`` hands ``_sre.compile``: a parsed pattern's
    generated code, groups and flags (``pattern`` is the compiled pattern's ``.pattern``).
    ``code`` is the generated code when the caller made it itself."""
    from re import _compiler

    flags = int(flags)
    code = _packed(code if code is not None else _compiler._code(tree, flags))
    groupindex = dict(tree.state.groupdict)
    indexgroup = [None] * tree.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    groups = tree.state.groups - 1
    return (pattern, flags | tree.state.flags, code, groups, groupindex, tuple(indexgroup))


def _packed(code: list[int]) -> bytes | list[int]:
    """The code as bytes, one ``_sre`` code word each, where the machine allows it.

    The file holds a thousand-odd patterns, most of them not used by any one run: as a
    list of numbers each would be made into an ``int`` object when the file is read (some
    10 ms a run), as bytes it is read whole and unpacked only when the pattern is built.
    """
    import _sre

    if _WORD.itemsize == _sre.CODESIZE:
        return array(_WORD.typecode, code).tobytes()
    # The opcodes are int subclasses (named constants), which marshal does not take.
    return [int(c) for c in code]


def build(parts: tuple) -> re.Pattern[str]:
    """The compiled pattern from :func:`parts`."""
    import _sre

    pattern, flags, code, groups, groupindex, indexgroup = parts
    if type(code) is bytes:
        words = array(_WORD.typecode)
        words.frombytes(code)
        code = words.tolist()
    return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)


def compile(pattern: str, flags: int = 0, tree=None) -> re.Pattern[str]:  # noqa: A001
    """``re.compile(pattern, flags)``, from the cache when it holds the pattern; ``tree``
    is the pattern already parsed, if the caller has it."""
    flags = int(flags)  # a RegexFlag cannot be marshalled
    key = ("re", pattern, flags)
    try:
        found = lookup(key)
        if found is None:
            if tree is None:
                from re import _parser

                tree = _parser.parse(pattern, flags)
            found = keep(key, parts(tree, flags, pattern))
        return build(found)
    except re.error:
        raise  # a bad pattern is reported as re reports it
    except Exception:  # noqa: BLE001
        # ``re``'s private parts are another shape in this Python: compile the plain way.
        return re.compile(pattern, flags)


@contextmanager
def _in_place_of_re(replacement, original) -> Iterator[None]:
    """``re``'s own compile function is ``replacement`` inside the block, marked as ours
    so that a nested :func:`imports` or :func:`served` leaves it alone."""
    replacement._sardoc = True
    re._compile = replacement  # type: ignore[attr-defined]
    try:
        yield
    finally:
        re._compile = original  # type: ignore[attr-defined]


@contextmanager
def imports() -> Iterator[None]:
    """Patterns compiled while modules are imported go through the cache.

    What a module compiles as it is imported (sardoc's readers, markdown-it, PyYAML,
    click) is program text, never a document's; it is some 60 patterns a run. Only this
    thread's calls of ``re``'s own compile function are taken, and only while the import
    runs; anything unusual (bytes, debug flags) is left to ``re``.
    """
    import threading

    original = re._compile  # type: ignore[attr-defined]
    if getattr(original, "_sardoc", False) or os.environ.get("SARDOC_NO_CACHE"):
        yield  # already inside one, or turned off
        return
    me = threading.get_ident()

    def _compile(pattern, flags=0):
        if type(pattern) is str and isinstance(flags, int) and threading.get_ident() == me:
            if not flags & (re.DEBUG | getattr(re, "TEMPLATE", 0)) and not _one_class(pattern):
                return compile(pattern, int(flags))
        return original(pattern, flags)

    with _in_place_of_re(_compile, original), _dataclass_code():
        yield


@contextmanager
def _dataclass_code() -> Iterator[None]:
    """``@dataclass``'s generated methods compiled from the cache inside the block.

    ``dataclasses`` writes each class's ``__init__``, ``__eq__``, ``__hash__``... as
    Python text and compiles it (``exec``) every time the class is made: about 1 ms a
    frozen class, and a short check makes some 25 as it imports. The text is program
    text (field names and their place-holders, never a value, so never a document's);
    its compiled code is kept in this file, keyed by the text, and handed to ``exec``
    as ``exec`` would compile it (no ``__future__`` flags of this module's).
    """
    import builtins
    import dataclasses

    if "exec" in vars(dataclasses):
        yield  # already inside one (or someone else's): leave it
        return
    plain, compile_source = builtins.exec, builtins.compile

    def cached_exec(source, *args, **kwargs):
        if type(source) is str:
            key = ("exec", source)
            code = lookup(key)
            if code is None:
                code = keep(key, compile_source(source, "<string>", "exec", dont_inherit=True))
            source = code
        return plain(source, *args, **kwargs)

    dataclasses.exec = cached_exec  # a module global shadows the builtin there
    try:
        yield
    finally:
        del dataclasses.exec


@contextmanager
def served(known: frozenset) -> Iterator[None]:
    """Patterns a library compiles at run time come from the cache when they are ``known``.

    ``known`` holds ``(pattern, flags)`` pairs fixed in advance from the library's own
    data (see :func:`sardoc.language.measures`); any other pattern, which a document's
    text may have shaped, goes to ``re`` and is never kept. Built patterns are remembered
    for the run, as ``re``'s own cache would: a library asks for the same one many times.
    """
    original = re._compile  # type: ignore[attr-defined]
    if not known or getattr(original, "_sardoc", False) or os.environ.get("SARDOC_NO_CACHE"):
        yield
        return
    import threading

    me = threading.get_ident()

    def _compile(pattern, flags=0):
        if type(pattern) is str and isinstance(flags, int) and threading.get_ident() == me:
            key = (pattern, int(flags))
            built = _served.get(key)
            if built is not None:
                return built
            if key in known:
                built = _served[key] = compile(pattern, int(flags))
                return built
        return original(pattern, flags)

    with _in_place_of_re(_compile, original):
        yield


@contextmanager
def recorded() -> Iterator[set]:
    """The ``(pattern, flags)`` pairs compiled (by this thread) inside the block."""
    import threading

    original = re._compile  # type: ignore[attr-defined]
    me = threading.get_ident()
    seen: set = set()

    def _compile(pattern, flags=0):
        if type(pattern) is str and isinstance(flags, int) and threading.get_ident() == me:
            seen.add((pattern, int(flags)))
        return original(pattern, flags)

    re._compile = _compile  # type: ignore[attr-defined]
    try:
        yield seen
    finally:
        re._compile = original  # type: ignore[attr-defined]


_served: dict = {}


#: A pattern that is one character class and nothing else: "[" + "".join(chars) + "]".
_ONE_CLASS = re.compile(r"\[\^?(?:[^\\\]]|\\.)+\]", re.S)


def _one_class(pattern: str) -> bool:
    """Whether ``pattern`` is a lone character class, which is left to ``re``.

    A library builds such a class from a set of characters (markdown-it's terminators),
    whose order changes from run to run with the strings' hash seed: kept, it was a new
    entry on every run, and every Markdown check wrote the whole cache file again (some
    15 ms). A class compiles in a fraction of a millisecond.
    """
    return _ONE_CLASS.fullmatch(pattern) is not None


def import_module(name: str, package: str | None = None):
    """``importlib.import_module`` inside :func:`imports`."""
    from importlib import import_module as plain

    with imports():
        return plain(name, package)
