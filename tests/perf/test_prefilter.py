"""The literal prefilter never rules out a text its pattern matches."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from sardoc.prefilter import (
    Prefiltered,
    compile_any_of,
    compile_prefiltered,
    fold,
    required_literals,
)

PARTS = [
    "abc",
    "kin",
    "[bc]",
    r"\b",
    r"(?<!\w)",
    "(?:abc)?",
    "(?:sis)+",
    "d*",
    "(?:fig|ghi)",
    "(?:|ikk)",
    "^",
    r"\s*",
    "(?=kas)",
    "(?!abc)",
    "(?<=abc)",
    "[^a]",
    "(?i:Lis)",
    "(m)",
    ".*",
    "é",
    r"(?:\b|xyz)",
    r"\d{2}",
    "[0-9]",
    "ka(?:bc|sis|)",
]
#: Letters the parts use, in both cases, and the characters outside ASCII that match
#: ASCII letters when case is ignored.
TEXT = st.lists(
    st.sampled_from(list("abcdefghiklmsxyzABCKLS 1\n_-é\u0130\u0131\u017f\u212a")), max_size=40
).map("".join)


@settings(max_examples=800, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(PARTS), min_size=1, max_size=4), min_size=1, max_size=3),
    TEXT,
    st.booleans(),
)
def test_a_filtered_search_finds_what_the_pattern_finds(pieces, text, ignore_case):
    pattern = "|".join(f"(?:{''.join(p)})" for p in pieces)
    flags = re.IGNORECASE if ignore_case else 0
    plain, ours = re.compile(pattern, flags), compile_prefiltered(pattern, flags)
    want, got = plain.search(text), ours.search(text)
    assert (got and got.span()) == (want and want.span())
    assert [m.span() for m in ours.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_every_character_that_matches_an_ascii_letter_is_folded():
    # Exhaustive over Unicode (about a quarter of a second): a character the table
    # missed could match a cue that the filter then ruled out.
    letters = [re.compile(c, re.IGNORECASE) for c in "abcdefghijklmnopqrstuvwxyz"]
    any_letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(128, sys.maxunicode + 1):
        ch = chr(code)
        if any_letter.fullmatch(ch):
            matched = [rx.pattern for rx in letters if rx.fullmatch(ch)]
            assert fold(ch) in matched, hex(code)


def test_a_text_must_meet_every_required_set():
    rx = compile_prefiltered(r"\b(trial|charged)\b[^.]{0,60}\b(report|review)\b", re.I)
    assert isinstance(rx, Prefiltered) and rx.also
    assert rx.search("He was charged. The report said so.") is None  # "[^.]" stops it
    assert rx.search("Charged before the report was out.")
    aged = compile_prefiltered(r"\baged \d{2}\b", re.I)
    assert aged.search("aged well") is None and aged.search("aged 42").span() == (0, 7)


def test_a_run_goes_on_into_the_alternatives_after_it():
    # The parser takes "c" out of "crown|cps" as a common prefix; the filter puts it back.
    assert required_literals(r"\b(crown prosecution service|cps)\b", re.I) == (
        "crown prosecution service",
        "cps",
    )


def test_literals_of_a_phrase_alternation():
    assert required_literals(r"\b(terms of reference|scope)\b", re.I) == (
        "terms of reference",
        "scope",
    )
    # A look-ahead that must hold names words the text must contain (the longer is kept).
    assert required_literals(r"^(?=.*\bcare act\b)(?=.*\bmandatory\b)", re.I) == ("mandatory",)


def test_no_filter_when_nothing_is_certain():
    assert required_literals(r"\w+in", re.I) is None  # "in" is too short to help
    assert required_literals(r"(?:abc)?\d+", 0) is None  # an optional part is not required
    assert required_literals(r"abcd|\d+", 0) is None  # one alternative has no literal
    assert required_literals(r"(?!abcd)x", 0) is None  # what must not be there
    assert not isinstance(compile_prefiltered(r"\d+"), Prefiltered)


def test_element_cues_find_the_same_on_the_samples():
    from sardoc.elements import catalogue

    root = Path(__file__).resolve().parents[2]
    paras = [
        p
        for path in (root / "samples").rglob("*.md")
        for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8"))
    ]
    filtered = 0
    for ke in catalogue().values():
        for el in ke.elements:
            for name in ("headings", "body", "statements", "lead"):
                cues = getattr(el, name)
                if not cues:
                    continue
                source = "|".join(f"(?:{c})" for c in cues)
                plain, ours = re.compile(source, re.I), compile_prefiltered(source, re.I)
                filtered += isinstance(ours, Prefiltered)
                each = compile_any_of(cues, re.I)
                for p in paras:
                    want, got, alone = plain.search(p), ours.search(p), each.search(p)
                    assert (got and got.span()) == (want and want.span()), (el.id, name)
                    assert (alone and alone.span()) == (want and want.span()), (el.id, name)
    assert filtered > 20


@settings(max_examples=800, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(PARTS), min_size=1, max_size=4), min_size=1, max_size=4),
    TEXT,
    st.booleans(),
    st.booleans(),
)
def test_each_alternative_alone_finds_what_the_alternation_finds(
    pieces, text, ignore_case, as_long
):
    from sardoc.prefilter import AnyOf

    patterns = tuple("".join(p) for p in pieces)
    flags = re.IGNORECASE if ignore_case else 0
    plain = re.compile("|".join(f"(?:{p})" for p in patterns), flags)
    ours = compile_any_of(patterns, flags)
    if as_long and isinstance(ours, AnyOf):
        ours.long_from = -1  # every text counts as long: the alternation searched as one
    want, got = plain.search(text), ours.search(text)
    assert (got and (got.span(), got.group(0))) == (want and (want.span(), want.group(0)))


@settings(max_examples=800, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(PARTS), min_size=1, max_size=4), min_size=2, max_size=4),
    TEXT,
    st.booleans(),
)
def test_the_literal_index_finds_what_the_alternation_finds(pieces, text, ignore_case):
    from sardoc.prefilter import INDEX, AnyOf

    patterns = tuple("".join(p) for p in pieces)
    flags = re.IGNORECASE if ignore_case else 0
    plain = re.compile("|".join(f"(?:{p})" for p in patterns), flags)
    ours = compile_any_of(patterns, flags)
    if not isinstance(ours, AnyOf):
        return
    ours.register()
    low = fold(text)
    want, got = plain.search(text), ours.search_present(text, low, INDEX.present(low))
    assert (got and (got.span(), got.group(0))) == (want and (want.span(), want.group(0)))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(PARTS), min_size=1, max_size=4), min_size=2, max_size=4),
    st.lists(TEXT, min_size=2, max_size=12),
    st.booleans(),
)
def test_the_parts_worked_out_for_some_literals_serve_every_text_with_them(
    pieces, texts, ignore_case
):
    """One cue set searched in many texts: the parts a set of literal bits lets through
    are worked out once (``AnyOf._plan``), and each text still gets the alternation's
    match."""
    from sardoc.prefilter import INDEX, AnyOf

    patterns = tuple("".join(p) for p in pieces)
    flags = re.IGNORECASE if ignore_case else 0
    plain = re.compile("|".join(f"(?:{p})" for p in patterns), flags)
    ours = compile_any_of(patterns, flags)
    if not isinstance(ours, AnyOf):
        return
    ours.register()
    for text in texts + texts:
        low = fold(text)
        want, got = plain.search(text), ours.search_present(text, low, INDEX.present(low))
        assert (got and (got.span(), got.group(0))) == (want and (want.span(), want.group(0)))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["abc", "abcd", "bcd", "cd", "xabc", "ab"]), min_size=1),
    st.lists(st.sampled_from(["ab", "abc", "abcd", "b", "c", "d", "x", "A", " "]), max_size=12).map(
        "".join
    ),
)
def test_the_index_reports_literals_that_overlap_or_share_a_start(literals, text):
    from sardoc.prefilter import LiteralIndex

    index = LiteralIndex()
    masks = {lit: index.mask((lit,)) for lit in literals}
    low = fold(text)
    present = index.present(low)
    for lit, mask in masks.items():
        assert bool(present & mask) == (lit in low), lit


def test_a_literal_added_after_a_pass_is_found_by_the_next():
    from sardoc.prefilter import LiteralIndex

    index = LiteralIndex()
    assert index.present("any text") == 0  # nothing registered yet
    first = index.mask(("review",))
    assert index.present("the review met") == first
    version = index.version
    second = index.mask(("panel",))
    assert index.version != version
    assert index.present("the review panel met") == first | second


def test_elements_of_a_long_document_are_found_as_in_a_short_one(tmp_path, monkeypatch):
    import sardoc.elements as elements
    from sardoc.sources import read_document

    root = Path(__file__).resolve().parents[2]
    text = "\n\n".join(
        path.read_text(encoding="utf-8") for path in sorted((root / "samples").rglob("*.md"))
    )
    path = tmp_path / "long.md"
    path.write_text(text, encoding="utf-8")
    for kind in ("sar-report", "family-guidance", "seven-minute-briefing"):
        found = {}
        for indexed_from in (0, 10**12):
            monkeypatch.setattr(elements, "INDEXED_FROM", indexed_from)
            doc = read_document(path, kind)
            found[indexed_from] = {
                k: (r.evidence, r.near_miss and r.near_miss.path, r.why_not)
                for k, r in elements.find_all(doc).items()
            }
        assert found[0] == found[10**12], kind


def test_a_paragraph_on_one_line_is_searched_as_its_sentences(tmp_path, monkeypatch):
    import sardoc.elements as elements
    from sardoc.sources import read_document

    root = Path(__file__).resolve().parents[2]
    text = " ".join((root / "samples" / "adult-a" / "draft.md").read_text(encoding="utf-8").split())
    path = tmp_path / "line.txt"
    path.write_text(text + "\n", encoding="utf-8")
    found = []
    for long_from in (elements.LONG_PARAGRAPH, 10**12):
        monkeypatch.setattr(elements, "LONG_PARAGRAPH", long_from)
        doc = read_document(path, "sar-report")
        assert len(doc.paragraphs) == 1 and len(text) > elements.AnyOf.LONG
        found.append({k: r.evidence for k, r in elements.find_all(doc).items()})
    assert found[0] == found[1]
    assert any(found[0].values())


def test_an_indexed_search_tries_a_cue_without_literals_on_any_text():
    # One cue has no literal words to filter on, so a text holding none of the other
    # cues' words must still be searched for it.
    from sardoc.elements import _Memo
    from sardoc.prefilter import AnyOf, compile_any_of

    rx = compile_any_of((r"\bsafeguarding adults board\b", r"\b[A-Z]{2}\d\b"))
    assert isinstance(rx, AnyOf)
    search = _Memo(indexed=True).searcher(rx)
    assert search("XY9").group() == "XY9"  # no word that any cue filters on
    assert search("the safeguarding adults board met").group() == "safeguarding adults board"
    assert search("nothing here") is None


def test_texts_of_an_indexed_document_get_the_bits_of_the_literals_they_hold():
    # Through a long document's memo, each paragraph's and sentence's bits are those of
    # exactly the registered literals it holds.
    import sardoc.elements as elements
    from sardoc.prefilter import INDEX
    from sardoc.sources import read_document

    root = Path(__file__).resolve().parents[2]
    doc = read_document(root / "samples" / "adult-a" / "draft.md", "sar-report")
    memo = elements._Memo(indexed=True)
    elements.find_all(doc)  # registers the kind's cues
    bits = {lit: 1 << i for lit, i in INDEX._ids.items()}
    assert len(bits) > 500
    texts = 0
    for p in doc.paragraphs:
        for t in [p.text, *(s for _, s in memo.sentences(p.text))]:
            low = fold(t)
            want = sum(b for lit, b in bits.items() if lit in low)
            assert memo.entry(t)[1] == want, t
            texts += 1
    assert texts > 100
