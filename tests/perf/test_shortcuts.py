"""Faster ways of computing a value give the value the plain way gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sardoc.elements import quote
from sardoc.rules.kinds.abbreviations import _shouting


def _shouting_plainly(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) >= 3 and sum(c.isupper() for c in letters) >= 0.7 * len(letters)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(list("aAbBzZQ 1.,:\n\t_Éé\u2167ß")), max_size=20).map("".join))
def test_shouting_counts_as_before(text):
    assert _shouting(text) == _shouting_plainly(text)


def _quote_plainly(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "\u2026"


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(["word", " ", "  \n\t ", ",", "x", "longerword"]), max_size=60).map(
        "".join
    ),
    st.integers(min_value=2, max_value=30),
)
def test_quote_cuts_as_before(text, limit):
    assert quote(text, limit) == _quote_plainly(text, limit)


def test_review_basis_patterns_match_in_the_paragraph_whatever_matches_in_a_sentence():
    # The shortcut in review_basis._sentences holds for patterns without anchors or
    # look-arounds: a sentence's match is then a match in its paragraph as well.
    from sardoc import review_basis as rb

    for group in (rb._CARE_ACT, rb._PRE_CARE_ACT, rb._OTHER, rb._ALIVE, rb._DIED):
        for pattern in group:
            assert "(?=" not in pattern and "(?!" not in pattern and "(?<" not in pattern
            assert "^" not in pattern.replace("[^", "") and "$" not in pattern


def test_review_basis_reads_the_samples_as_sentence_by_sentence(tmp_path):
    import re
    from pathlib import Path

    from sardoc import review_basis as rb
    from sardoc.elements import sentences
    from sardoc.sources import read_document

    def plainly(doc):
        body = [s for p in doc.paragraphs if p.part == "body" for _, s in sentences(p.text)]
        s44 = any(rb._any(rb._CARE_ACT, s) and not re.search(rb._NEGATED, s, re.I) for s in body)
        pre = any(rb._any(rb._PRE_CARE_ACT, s) for s in body)
        other = any(rb._any(rb._OTHER, s) for s in body)
        alive = any(rb._any(rb._ALIVE, s) for s in body)
        died = any(rb._any(rb._DIED, s) for s in body)
        return s44, pre, other, alive, died

    root = Path(__file__).resolve().parents[2]
    seen = set()
    for path in sorted((root / "samples").rglob("*.md")):
        doc = read_document(path, "sar-report")
        s44, pre, other, alive, died = plainly(doc)
        seen.add((s44, pre, other, alive, died))
        title_only = rb.from_words(doc) != "care-act" and not (pre or other)
        assert title_only or rb.from_words(doc) == (
            "care-act" if s44 else "pre-care-act" if pre else "other" if other else "care-act"
        ), path
        doc.metadata.pop("adult_alive", None)
        assert rb.adult_alive(doc) == (False if died else True if alive else None), path
    assert len(seen) > 1  # the samples say different things


def test_metric_counts_paragraph_by_paragraph_as_over_the_whole():
    from pathlib import Path

    from sardoc.language.measures import stats
    from sardoc.rules.kinds.metric import _stats
    from sardoc.sources import read_document

    root = Path(__file__).resolve().parents[2]
    doc = read_document(root / "samples" / "leaflets" / "flawed.md", "family-guidance")
    texts = [p.text for p in doc.body()]
    for careful in (False, True):
        for part in (texts, texts[: len(texts) // 2], texts[-3:], texts):  # the last, cached
            assert _stats(doc, part, careful) == stats(part, careful)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["Word", "word", " ", ". ", "! ", "? ", "1", "\n"]), max_size=60).map(
        "".join
    ),
    st.integers(min_value=0, max_value=200),
)
def test_pattern_sentence_lookup_with_offsets_worked_out_once(text, start):
    from sardoc.elements import sentences
    from sardoc.rules.kinds.pattern import _sentence_at

    spans = sentences(text)
    offsets = [offset for offset, _ in spans]
    assert _sentence_at(spans, start, offsets) == _sentence_at(spans, start)
