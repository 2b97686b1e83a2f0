"""``json.dumps(data, ensure_ascii=False, indent=2)``, byte for byte, faster.

With ``indent`` set, the standard library encodes in pure Python through nested
generators; a report of a long file (hundreds of thousands of findings) spent more time
there than in some of the checks. Here the strings go through the same C escaping
function and the rest is appended to one list. Anything but plain JSON data (dicts with
string keys, lists, tuples, strings, numbers, booleans, None) is left to ``json.dumps``.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring


def dumps(data) -> str:
    out: list[str] = []
    try:
        _write(data, out, "\n")
    except TypeError:
        return json.dumps(data, ensure_ascii=False, indent=2)
    return "".join(out)


def _write(value, out: list[str], newline: str) -> None:
    # Exact types only: a subclass (an IntEnum, say) may encode differently.
    kind = type(value)
    if kind is str:
        out.append(encode_basestring(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif kind is int:
        out.append(int.__repr__(value))
    elif kind is float:
        if value != value:
            out.append("NaN")
        elif value in (float("inf"), float("-inf")):
            out.append("Infinity" if value > 0 else "-Infinity")
        else:
            out.append(float.__repr__(value))
    elif kind is dict:
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        sep = "{" + inner
        for k, v in value.items():
            if type(k) is not str:
                raise TypeError("a key that is not a string")
            out.append(sep)
            out.append(encode_basestring(k))
            out.append(": ")
            _write(v, out, inner)
            sep = "," + inner
        out.append(newline + "}")
    elif kind is list or kind is tuple:
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        sep = "[" + inner
        for v in value:
            out.append(sep)
            _write(v, out, inner)
            sep = "," + inner
        out.append(newline + "]")
    else:
        raise TypeError(f"not plain JSON data: {kind.__name__}")
