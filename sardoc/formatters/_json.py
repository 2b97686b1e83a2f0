"""``json.dumps(data, ensure_ascii=False, indent=2)``, byte for byte, faster.

With ``indent`` set, the standard library encodes in pure Python through nested
generators; a report of a long file (hundreds of thousands of findings) spent more time
there than in some of the checks. Here the strings go through the same C escaping
function and the rest is appended to one list. Anything but plain JSON data (dicts with
string keys, lists, tuples, strings, numbers, booleans, None) is left to ``json.dumps``.

A report is mostly small containers of strings, numbers and None (a finding, its
location, a location's section), so scalars inside a container are written in its loop
rather than by a call each, and the escaped form of each key (the same dozen keys over
and over) is worked out once a call.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring


class Encoded:
    """A value that writes its own JSON (at the indentation ``_write`` gives it): a
    report's findings, thousands of the same shape, are written from a template rather
    than built as dicts and walked (``sardoc.formatters.jsonfmt``).

    ``write(out, newline)`` appends the text; it raises ``TypeError`` for anything it
    cannot write exactly as ``json.dumps`` would, and the whole is left to ``json.dumps``
    with ``plain()``, the value as plain data, in its place.
    """

    __slots__ = ()

    def write(self, out: list[str], newline: str) -> None:
        raise NotImplementedError

    def plain(self):
        raise NotImplementedError


def dumps(data) -> str:
    out: list[str] = []
    try:
        _write(data, out, "\n", {})
    except TypeError:
        return json.dumps(data, ensure_ascii=False, indent=2, default=_plain)
    return "".join(out)


def _plain(value):
    if isinstance(value, Encoded):
        return value.plain()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _scalar(value) -> str | None:
    """The JSON of a string, number, boolean or None; None for anything else."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    # Exact types only: a subclass (an IntEnum, say) may encode differently.
    if kind is int:
        return int.__repr__(value)
    if kind is float:
        if value != value:
            return "NaN"
        if value in (float("inf"), float("-inf")):
            return "Infinity" if value > 0 else "-Infinity"
        return float.__repr__(value)
    return None


def _write(value, out: list[str], newline: str, keys: dict[str, str]) -> None:
    kind = type(value)
    if kind is dict:
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        sep = "{" + inner
        append = out.append
        for k, v in value.items():
            key = keys.get(k)
            if key is None:
                if type(k) is not str:
                    raise TypeError("a key that is not a string")
                key = keys[k] = encode_basestring(k) + ": "
            append(sep)
            append(key)
            # The common cases inline, without a call each.
            vk = type(v)
            if vk is str:
                append(encode_basestring(v))
            elif v is None:
                append("null")
            elif vk is int:
                append(int.__repr__(v))
            else:
                _write(v, out, inner, keys)
            sep = "," + inner
        out.append(newline + "}")
    elif kind is list or kind is tuple:
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        sep = "[" + inner
        append = out.append
        for v in value:
            append(sep)
            if type(v) is str:
                append(encode_basestring(v))
            else:
                _write(v, out, inner, keys)
            sep = "," + inner
        out.append(newline + "]")
    else:
        text = _scalar(value)
        if text is None:
            if isinstance(value, Encoded):
                value.write(out, newline)
                return
            raise TypeError(f"not plain JSON data: {kind.__name__}")
        out.append(text)
