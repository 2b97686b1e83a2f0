"""The literal filters of the built-in element cues, worked out once and shipped.

Every cue is searched behind a filter of plain words (``sardoc.prefilter``), and to
know those words the cue must be parsed: some 300 cues a kind, about a third of what a
short document's check of its elements costs, though most cues never meet a paragraph
that holds their words. ``cue_filters.json`` holds each built-in cue's filter, so a cue
is parsed and compiled only when a text passes it. A cue not in the file (a board's own,
or one edited since) is parsed as before; ``tests/perf/test_cue_filters.py`` fails when
the file no longer matches the cues. Write it again with:

    python -m sardoc.elements.filters
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from ..prefilter import DIGIT, Filters, filter_of

FILE = Path(__file__).with_name("cue_filters.json")
#: The flags every element cue is compiled with.
FLAGS = re.IGNORECASE
_FIELDS = ("headings", "not_headings", "not_under", "body", "statements", "lead")


def _builtin_cues() -> list[str]:
    from . import catalogue

    cues: dict[str, None] = {}
    for ke in catalogue().values():
        cues.update(dict.fromkeys(ke.titles))
        cues.update(dict.fromkeys(ke.narrative))
        cues.update(dict.fromkeys(ke.reference))
        for el in ke.elements:
            for name in _FIELDS:
                cues.update(dict.fromkeys(getattr(el, name)))
    return sorted(cues)


def table() -> dict[str, list]:
    """Each built-in cue's filter, as the file holds it."""
    out = {}
    for cue in _builtin_cues():
        literals, also = filter_of(cue, FLAGS)
        out[cue] = [list(literals) if literals else None, [list(a) for a in also]]
    return out


@cache
def known() -> dict[str, Filters]:
    """The filters in the file (none if it is missing)."""
    try:
        data = json.loads(FILE.read_text(encoding="utf-8"))
    except OSError:
        return {}
    if data.get("flags") != int(FLAGS):
        return {}
    out: dict[str, Filters] = {}
    for cue, (literals, also) in data["cues"].items():
        more = tuple(DIGIT if tuple(a) == DIGIT else tuple(a) for a in also)
        out[cue] = (tuple(literals) if literals else None, more)
    return out


def write() -> None:
    # One cue a line, so that a change to the cues is a readable change to the file.
    rows = ",\n".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in sorted(table().items()))
    FILE.write_text(f'{{"flags": {int(FLAGS)}, "cues": {{\n{rows}\n}}}}\n', encoding="utf-8")


if __name__ == "__main__":
    write()
