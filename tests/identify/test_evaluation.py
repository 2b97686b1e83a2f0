"""The labelled evaluation set: its size and coverage, the loader, and the quality bar."""

from pathlib import Path

import pytest

from sardoc.identify import ENTITIES
from sardoc.identify.evaluate import LEGACY, load, parse, score, second_round

EVAL = Path(__file__).resolve().parent.parent / "data" / "pii_eval"
FOLDERS = ("tuned", "heldout1", "heldout2", "heldout3")
ITEMS = [i for f in FOLDERS for i in load(EVAL / f)]


def test_parse_strips_marks_and_keeps_offsets():
    item = parse("Ring [[phone:07700 900123]] or ask [[neg.pseudonym:Adult C]].")
    assert item.text == "Ring 07700 900123 or ask Adult C."
    assert [(item.text[g.start : g.end], g.label) for g in item.gold] == [
        ("07700 900123", "phone"),
        ("Adult C", "neg.pseudonym"),
    ]
    with pytest.raises(ValueError):
        parse("[[persn:Jane]]")


def test_a_person_named_in_an_official_capacity_parses_and_scores():
    item = parse("Independent reviewer: [[official:Dr Miriam Oyelaran]]")
    assert [(g.label, g.text, g.negative) for g in item.gold] == [
        ("official", "Dr Miriam Oyelaran", False)
    ]
    # Scoring counts the official once, found or missed, and does not stumble on it.
    tally = score([item], keep_errors=False).by_entity["official"]
    assert tally.tp + tally.fn == 1


def test_the_set_is_big_enough_and_covers_every_entity():
    gold = [g for i in ITEMS for g in i.gold if not g.negative]
    negatives = [g for i in ITEMS for g in i.gold if g.negative]
    assert len(gold) >= 150 and len(negatives) >= 100
    # ``official`` came with the second round; the first-round sets label them person.
    assert {g.label for g in gold} | {"official"} == set(ENTITIES)
    classes = {g.label[4:] for g in negatives}
    assert {
        "pseudonym",
        "agency",
        "legislation",
        "event-date",
        "age",
        "medical",
        "checksum",
    } <= classes
    held = [g for f in FOLDERS[1:] for i in load(EVAL / f) for g in i.gold if not g.negative]
    assert len(held) >= 0.3 * len(gold)


def test_quality_bar_on_the_whole_set():
    s = score([second_round(i) for i in ITEMS], keep_errors=False, relabel=LEGACY)
    for e in ("nhs-number", "ni-number", "postcode", "phone", "email", "date-of-birth"):
        assert s.by_entity[e].recall >= 0.98, e
    person = s.by_entity["person"]
    assert person.recall >= 0.92 and person.precision >= 0.90
    assert s.overall.f1 >= 0.95
    assert s.negatives["pseudonym"][1] == 0
