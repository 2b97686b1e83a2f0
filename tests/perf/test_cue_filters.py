"""The shipped filters of the built-in element cues are the ones worked out from them."""

from __future__ import annotations

import json
import re

from sardoc.elements.filters import FILE, FLAGS, known, table
from sardoc.prefilter import AnyOf, compile_any_of, filter_of


def test_the_file_matches_the_cues():
    shipped = json.loads(FILE.read_text(encoding="utf-8"))["cues"]
    assert shipped == table(), "element cues changed: run python -m sardoc.elements.filters"


def test_each_known_filter_is_the_one_worked_out():
    for cue, filters in known().items():
        assert filters == filter_of(cue, FLAGS), cue


def test_a_cue_with_a_known_filter_is_not_parsed_until_a_text_passes_it():
    cues = ("terms of reference", "scope of (the|this) review")
    given = {c: filter_of(c, FLAGS) for c in cues}
    rx = compile_any_of(cues, FLAGS, given)
    assert isinstance(rx, AnyOf)
    assert all(type(part).__name__ == "_Deferred" for _, _, part in rx._parts)
    plain = re.compile("|".join(f"(?:{c})" for c in cues), FLAGS)
    for text in ("No such words.", "The Scope of this review was set.", "terms of reference"):
        want, got = plain.search(text), rx.search(text)
        assert (got and got.span()) == (want and want.span())
