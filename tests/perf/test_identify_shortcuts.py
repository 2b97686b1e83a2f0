"""The identify package's shortcuts find what the plain computation finds.

Each shortcut here (a gate on a word, a search only where a match can be) is compared
with the computation it replaces, on the labelled evaluation texts that are not blind,
the bundled samples and generated text built from the words and characters the
shortcut turns on.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sardoc.identify import person

ROOT = Path(__file__).resolve().parents[2]
#: Not the blind folder (heldout17): it is never read outside a scoring run.
_EVAL = ["tuned", "dev4", *(f"heldout{i}" for i in range(1, 17))]


def _texts() -> list[str]:
    paths = [p for d in _EVAL for p in sorted((ROOT / "tests/data/pii_eval" / d).rglob("*.md"))]
    paths += sorted((ROOT / "samples").rglob("*.md"))
    return [p.read_text(encoding="utf-8") for p in paths]


TEXTS = _texts()
ONE_LINE = " ".join(" ".join(t.split()) for t in TEXTS)

#: Pieces for generated text: cue words in several cases, sentence ends, characters that
#: fold oddly with re.IGNORECASE, and a name.
_PIECES = [
    "pseudonym",
    "Name",
    "NAME",
    "real",
    "is called",
    "referred to as",
    "preferred",
    "CHOSEN",
    "known as",
    "changed to",
    "we refer to her as",
    "Mary",
    " ",
    " ",
    ".",
    "!",
    "?",
    "\n",
    "\u017f",
    "\u0130",
    "\u0131",
    "\u212a",
    "nown",
    '"',
    "Ro\u017fe",
]
generated = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def _cue_sentences_plainly(text: str) -> list[tuple[int, str]]:
    return [
        (s.start(), s.group(0))
        for s in person._SENTENCE.finditer(text)
        if person._DECLARE_CUE.search(s.group(0))
    ]


def test_every_declaring_cue_holds_one_of_the_gate_words():
    # The gate words must be letters only (so one lies inside a sentence) and lower case
    # (so the lower-cased text holds them).
    for word in person._DECLARE_CUE_WORDS.pattern.split("|"):
        assert word.isalpha() and word.islower()


@pytest.mark.parametrize("text", [*TEXTS, ONE_LINE], ids=lambda t: str(len(t)))
def test_cue_sentences_are_the_plain_ones_on_the_evaluation_texts(text):
    assert list(person.cue_sentences(text)) == _cue_sentences_plainly(text)


@settings(max_examples=800, deadline=None)
@given(generated)
def test_cue_sentences_are_the_plain_ones_on_generated_text(text):
    assert list(person.cue_sentences(text)) == _cue_sentences_plainly(text)


def test_the_oddly_folding_characters_are_all_listed():
    # Every character that re.IGNORECASE matches with an ASCII letter lower-cases to that
    # letter, one character for one, unless it is listed in person._FOLD_ODD.
    letter = re.compile("[a-z]", re.I)
    odd = {
        chr(c)
        for c in range(sys.maxunicode + 1)
        if letter.fullmatch(chr(c)) and not re.fullmatch("[a-z]", chr(c).lower())
    }
    assert odd == set(person._FOLD_ODD)
    # And no other character changes length when lower-cased.
    assert {chr(c) for c in range(sys.maxunicode + 1) if len(chr(c).lower()) != 1} <= odd


# -- record numbers: the two-character guard before the cues ----------------------------


def _starts(items, k: int = 2) -> set[str]:
    """Every way the first ``k`` characters of a parsed pattern can begin (fewer where
    it can end sooner); ``\\s`` stands as a space, tab and line break."""
    from re import _constants as C  # noqa: N812 - the parser's own names

    out: set[str] = set()

    def walk(rest: list, got: str) -> None:
        if len(got) >= k or not rest:
            out.add(got[:k])
            return
        (op, av), tail = rest[0], list(rest[1:])
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            walk(tail, got)
        elif op is C.LITERAL:
            walk(tail, got + chr(av))
        elif op is C.IN:
            for sub_op, sub_av in av:
                if sub_op is C.LITERAL:
                    walk(tail, got + chr(sub_av))
                elif sub_op is C.RANGE:
                    for c in range(sub_av[0], sub_av[1] + 1):
                        walk(tail, got + chr(c))
                elif sub_op is C.CATEGORY and sub_av is C.CATEGORY_SPACE:
                    for c in " \t\n":
                        walk(tail, got + c)
                else:
                    raise AssertionError(f"not handled: {sub_op} {sub_av}")
        elif op is C.BRANCH:
            for branch in av[1]:
                walk(list(branch) + tail, got)
        elif op is C.SUBPATTERN:
            walk(list(av[3]) + tail, got)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            low, high, body = av
            if low == 0:
                walk(tail, got)
            if high > 0:
                # One copy, then the rest of the repeat (at most ``k`` copies matter).
                more = [(op, (max(low - 1, 0), high - 1, body))] if high > 1 else []
                walk(list(body) + more + tail, got)
        else:
            raise AssertionError(f"not handled: {op} {av}")

    walk(list(items), "")
    return out


def test_the_record_cue_guard_admits_every_cue():
    from re import _parser

    from sardoc.identify import numbers

    cues = _parser.parse(re.sub(r"\s+", "", numbers._ID_CUES), re.I)
    starts = _starts(cues)
    assert len(starts) > 50
    guard = re.compile(numbers._ID_CUE_START, re.I)
    # With the characters re.IGNORECASE also takes for s, i and k.
    odd = [str.maketrans("si", "\u017f\u0131"), str.maketrans("iI", "\u0130\u0130")]
    for start in starts:
        variants = {start, start.upper(), start.capitalize(), *(start.translate(t) for t in odd)}
        for text in variants:
            assert guard.match(text + "0"), text


def test_the_record_cue_guard_turns_words_away():
    from sardoc.identify import numbers

    guard = re.compile(numbers._ID_CUE_START, re.I)
    assert not guard.match("she")
    assert not guard.match("Hello")


@pytest.mark.parametrize("text", [*TEXTS, ONE_LINE], ids=lambda t: str(len(t)))
def test_record_cues_match_as_without_the_guard(text):
    from sardoc.identify import numbers

    plain = re.compile(
        numbers._ID_CUE.pattern.replace(numbers._ID_CUE_START, "", 1), numbers._ID_CUE.flags
    )
    assert numbers._ID_CUE_START in numbers._ID_CUE.pattern
    assert [m.groupdict() | {"at": m.span()} for m in numbers._ID_CUE.finditer(text)] == [
        m.groupdict() | {"at": m.span()} for m in plain.finditer(text)
    ]


# -- declaring cues: only the wordings whose words are in the text are searched ----------

#: Each paragraph and each sentence of the evaluation texts, and pieces that hold the
#: cues' words across a line break or in odd cases.
_PARAGRAPHS = [p for t in TEXTS for p in re.split(r"\n\s*\n", t) if p.strip()]
_CUE_PIECES = [
    *_PIECES,
    "asked that we use",
    "HER NAME WAS CHOSEN",
    "referred\nto as",
    "will be\tcalled",
    "the report uses",
    "the review will use",
    "we use the name",
    "is mrs ashby in this report",
    "\u212anown as",
    "Kno\u017fe",
]
cue_text = st.lists(st.sampled_from(_CUE_PIECES), max_size=30).map("".join)


@pytest.mark.parametrize("text", [*_PARAGRAPHS, ONE_LINE], ids=lambda t: str(len(t)))
def test_declares_is_a_search_of_the_whole_cue(text):
    assert person.declares(text) == (person._DECLARE_CUE.search(text) is not None)


@settings(max_examples=1500, deadline=None)
@given(cue_text)
def test_declares_is_a_search_of_the_whole_cue_on_generated_text(text):
    assert person.declares(text) == (person._DECLARE_CUE.search(text) is not None)


def test_every_declaring_wording_holds_one_of_its_words():
    # Each match of a wording, wherever it matches in the texts, holds one of the words it
    # is filed under (lower-cased), so a text without them cannot match it.
    seen = 0
    for words, branch in person._DECLARE_BRANCHES:
        rx = re.compile(branch, re.I)
        for text in [*_PARAGRAPHS, *_CUE_PIECES]:
            for m in rx.finditer(text):
                seen += 1
                assert any(w in m.group(0).lower() for w in words), (branch, m.group(0))
        assert all(w.isalpha() and w.islower() for w in words)
    assert seen > 20


# -- hand-written first-character guards -------------------------------------------------


def _guarded():
    from sardoc.identify import dates

    return [(dates._DOB, dates._DOB_GUARD)]


@pytest.mark.parametrize("text", [*TEXTS, ONE_LINE], ids=lambda t: str(len(t)))
def test_guarded_patterns_match_as_without_their_guard(text):
    for rx, guard in _guarded():
        assert rx.pattern.startswith(guard)
        plain = re.compile(rx.pattern[len(guard) :], rx.flags)
        assert [m.groupdict() | {"at": m.span()} for m in rx.finditer(text)] == [
            m.groupdict() | {"at": m.span()} for m in plain.finditer(text)
        ]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "born ",
                "Born",
                "DOB",
                "d.o.b.",
                "Date of birth",
                "BIRTHDATE",
                "b.",
                "B.",
                " ",
                ": ",
                "3 March 1945",
                "03/03/45",
                "March 1945",
                "in Leeds on ",
                "\n",
                "birthday",
                "12",
                "D\u2019",
                "\u0130",
                "\u212a",
            ]
        ),
        max_size=20,
    ).map("".join)
)
def test_guarded_patterns_match_as_without_their_guard_on_generated_text(text):
    test_guarded_patterns_match_as_without_their_guard(text)


# -- which patterns take lazy_scan's first-character guard --------------------------------


def _sre_prefix(pattern: str, flags: int) -> bool:
    """Whether ``re`` itself finds a literal or a set of characters every match starts
    with: it then skips along the text to them in C, faster than any guard."""
    from re import _compiler, _parser

    tree = _parser.parse(pattern, flags)
    if _compiler._get_literal_prefix(tree, tree.state.flags)[0]:
        return True
    return bool(_compiler._get_charset_prefix(tree, tree.state.flags))


def test_only_patterns_re_cannot_skip_along_take_the_guard():
    # lazy_scan puts a look-ahead in front of the pattern, and a pattern that starts with
    # a look-ahead loses re's own skip to the characters it starts with: "Home|Hospi..."
    # or "[ \t]de[ \t]" are two to five times slower guarded (bench notes, round 7).
    # So such a pattern is a lazy_compile; the others (a look-behind, \b or a letter
    # ignoring case first) keep the guard.
    import importlib
    import pkgutil
    from re import _parser

    import sardoc.identify as identify
    from sardoc.lazyre import LazyPattern, _first_chars

    wrong, seen = [], 0
    for info in pkgutil.iter_modules(identify.__path__):
        module = importlib.import_module(f"sardoc.identify.{info.name}")
        for name, value in vars(module).items():
            if not isinstance(value, LazyPattern):
                continue
            pattern, flags = value._args
            first, nullable = _first_chars(_parser.parse(pattern, flags))
            if not first or nullable or len(first) > 200:
                continue  # lazy_scan would add no guard: either is the same
            seen += 1
            if value._guard and _sre_prefix(pattern, flags):
                wrong.append(f"{info.name}.{name}")
    assert seen > 50
    assert not wrong, f"use lazy_compile for: {wrong}"


def test_a_long_paragraphs_appositions_are_kept_and_the_same():
    # A single-line file is one paragraph; the scan asks for its appositions twice.
    assert len(ONE_LINE) >= person._LONG_TEXT
    first = person.appositions(ONE_LINE)
    assert list(first) == person._appositions(ONE_LINE)
    assert person.appositions(ONE_LINE) is first
    short = TEXTS[0][: person._LONG_TEXT - 1]
    assert person.appositions(short) == person._appositions(short)


# -- life spans: where the two dates meet, before the full pattern ----------------------


def _life_span_matches(text: str) -> list:
    from sardoc.identify import dates

    return [(m.span(), m.groups()) for m in dates._LIFE_SPAN.finditer(text)]


def _joined(text: str) -> bool:
    from sardoc.identify import dates

    return bool(dates._LIFE_JOIN.search(text))


@pytest.mark.parametrize("text", [*TEXTS, ONE_LINE], ids=lambda t: str(len(t)))
def test_every_life_span_holds_where_its_dates_meet(text):
    # The gate is a search of the text: a life span it turned away would have to match
    # without the join inside it.
    for (s, e), _ in _life_span_matches(text):
        assert _joined(text[s:e]), text[s:e]


_DAY = st.sampled_from(["2", "02", "31", "3", "12"]).flatmap(
    lambda d: st.sampled_from([d, d + "nd", d + " th", d + "st"])
)
_MON = st.sampled_from(["June", "JUNE", "jun", "Sept", "\u017fept", "March", "Aug.", "ocT", "05"])
_YEAR = st.sampled_from(["1950", "2019", "45", "19", "1899", "2101"])
_GAP = st.sampled_from(["", " ", "\t", "  ", "-", " of ", ", ", "/", ".", " - "])
_DATE = st.tuples(_DAY, _GAP, _MON, _GAP, _YEAR).map("".join) | st.tuples(
    _MON, _GAP, _DAY, _GAP, _YEAR
).map("".join)
_NOISE = st.sampled_from(["", "Elsie ", "Ref 12-3: ", "pages 20-31 ", "x", "(", "( ", ")", ". "])
_SPAN_TEXT = st.tuples(
    _NOISE,
    _NOISE,
    _DATE,
    st.sampled_from(["-", " – ", "—", " to ", "TO", "--", "\tto ", "+"]),
    _DATE,
    _NOISE,
).map("".join)


@settings(max_examples=2000, deadline=None)
@given(_SPAN_TEXT)
def test_life_spans_are_found_as_without_the_gates_on_generated_text(text):
    from sardoc.identify import dates

    for (s, e), _ in _life_span_matches(text):
        assert _joined(text[s:e]), text[s:e]
    got = dates.life_spans(text)
    if not (dates._LIFE_HINT.search(text) and _joined(text)):
        assert got == []


def test_generated_life_spans_are_mostly_life_spans():
    # The generator above must make matches to test against, not only near misses.
    from hypothesis import find

    find(_SPAN_TEXT, lambda t: bool(_life_span_matches(t)))
    # A month's odd case ("\u017f" is an s to re.IGNORECASE) meets the join as the span does.
    odd = "Elsie (2 \u017fept 1950 - 3 June 2019)"
    assert _life_span_matches(odd) and _joined(odd)


def test_the_life_span_join_turns_reference_numbers_away():
    from sardoc.identify import dates

    assert dates._LIFE_HINT.search("Ref 12-3: the team met")
    assert not _joined("Ref 12-3: the team met. See pages 20-31.")
    assert _joined("Elsie (2nd June 1950 – 11th October 2019)")
    assert _joined("born 03/03/45 to 4.4.2019")
    assert dates.life_spans("Elsie (2nd June 1950 – 11th October 2019)")


# -- National Insurance numbers: the six digits first ------------------------------------


def test_every_ni_number_shape_holds_its_digit_gate():
    from sardoc.identify import numbers

    # The gate is the digits part of the shape, as written there.
    digits = r"[ ]?(\d{2})[ ]?(\d{2})[ ]?(\d{2})"
    assert digits in numbers._NI.pattern
    assert numbers._NI_DIGITS.pattern == r"\d{2}[ ]?\d{2}[ ]?\d{2}"


@pytest.mark.parametrize("text", [*TEXTS, ONE_LINE], ids=lambda t: str(len(t)))
def test_ni_numbers_are_found_as_without_the_digit_gate(text):
    from sardoc.identify import numbers

    for m in numbers._NI.finditer(text):
        assert numbers._NI_DIGITS.search(m.group(0)), m.group(0)


@settings(max_examples=800, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["AB", "ab", "QQ", " ", "12", "3", "45", "67", "C", "-", "\u0661\u0662", "NI "]
        ),
        max_size=14,
    ).map("".join)
)
def test_ni_numbers_hold_the_digit_gate_on_generated_text(text):
    from sardoc.identify import numbers

    for m in numbers._NI.finditer(text):
        assert numbers._NI_DIGITS.search(m.group(0)), m.group(0)
    if not numbers._NI_DIGITS.search(text):
        assert numbers.ni_numbers(text) == []


# -- NHS numbers: their ten digits in groups first ----------------------------------------


@pytest.mark.parametrize("text", [*TEXTS, ONE_LINE], ids=lambda t: str(len(t)))
def test_every_nhs_number_shape_holds_its_digit_gate(text):
    from sardoc.identify import numbers

    for m in numbers._NHS.finditer(text):
        assert numbers._NHS_DIGITS.search(m.group(0)), m.group(0)


@settings(max_examples=800, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["943", "476", "5919", "12", "1", " ", "-", "/", "\u0661\u0662\u0663", "x"]
        ),
        max_size=12,
    ).map("".join)
)
def test_nhs_numbers_hold_the_digit_gate_on_generated_text(text):
    from sardoc.identify import numbers

    for m in numbers._NHS.finditer(text):
        assert numbers._NHS_DIGITS.search(m.group(0)), m.group(0)
    if not numbers._NHS_DIGITS.search(text):
        assert numbers.nhs_numbers(text) == []
    assert numbers.nhs_numbers("NHS number 943 476 5919.")
