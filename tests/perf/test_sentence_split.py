"""The element layer's sentence splitter matches the stop instead of looking behind for
it (quicker on a single-line file); the sentences must be the same."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from sardoc.elements import _sentences, sentences

#: The splitter as it was written before: a look-behind for the stop.
_BEHIND = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")


def _behind(text: str) -> tuple[tuple[int, str], ...]:
    out, start = [], 0
    for m in _BEHIND.finditer(text):
        out.append((start, text[start : m.start()].strip()))
        start = m.end()
    if text[start:].strip():
        out.append((start, text[start:].strip()))
    return tuple(out)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(list(".!?\"'”’)“‘( \n\tAZaz09é.")), max_size=40).map("".join))
def test_the_same_sentences_as_the_look_behind(text):
    assert _sentences(text) == _behind(text)


def test_the_same_sentences_on_the_samples_and_a_long_line():
    root = Path(__file__).resolve().parents[2]
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "samples").rglob("*.md"))]
    texts.append(" ".join(" ".join(texts).split()))  # one line, longer than LONG_TEXT
    for text in texts:
        assert _sentences(text) == _behind(text)
        assert sentences(text) == list(_behind(text))
    # A long text's sentences are kept: asked again, the same tuple.
    assert _sentences(texts[-1]) is _sentences(texts[-1])
