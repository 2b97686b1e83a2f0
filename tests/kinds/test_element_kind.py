"""The element kind: several elements (one finding each), a ``when:`` condition and ``on_content``;
the long_sentence kind; and rule examples run against every kind a rule applies to."""

from __future__ import annotations

import pytest

from sardoc.errors import SardocError
from sardoc.rules import run
from sardoc.rules.examples import example_failures
from tests.helpers import make_document, make_rule

BRIEFING = "seven-minute-briefing"
PARTS = ["what-to-do", "reflection-questions", "further-information"]


def _briefing_rule(**params):
    return make_rule("element", params, applies_to=[BRIEFING], message="No {element}.")


def test_each_missing_element_is_its_own_finding():
    doc = make_document(
        "# 7-minute briefing\n\n## What to do\n\nAlways record weight and refer a loss.\n",
        kind=BRIEFING,
    )
    found = run(doc, [_briefing_rule(elements=PARTS)])
    assert sorted(f.message for f in found) == [
        "No questions for reflection or discussion.",
        "No where to find the full report, policies or training.",
    ]


def test_element_and_elements_are_exclusive():
    with pytest.raises(SardocError):
        _briefing_rule(element="what-to-do", elements=PARTS)
    with pytest.raises(SardocError):
        _briefing_rule()


def test_when_limits_the_rule_to_documents_that_say_it():
    rule = make_rule(
        "element",
        {"element": "learning-without-review"},
        applies_to=["rapid-review"],
        when={"mentions": [r"\bnot met\b"]},
    )
    text = "# Scoping report\n\n## Decision\n\nThe criteria are {} and the Chair agreed.\n"
    assert run(make_document(text.format("met"), kind="rapid-review"), [rule]) == []
    assert len(run(make_document(text.format("not met"), kind="rapid-review"), [rule])) == 1


def test_on_content_false_leaves_review_content_alone():
    doc = make_document(
        "# 7-minute briefing\n\n## Background\n\nAdult B lived alone.\n", kind=BRIEFING
    )
    on = _briefing_rule(element="pseudonym-note")
    off = _briefing_rule(element="pseudonym-note", on_content=False)
    assert len(run(doc, [on])) == 1 and len(run(doc, [off])) == 1
    doc.content = object()  # as review.yaml turned into a document
    assert len(run(doc, [on])) == 1 and run(doc, [off]) == []


def test_a_briefing_of_bare_numbered_panels_is_read_from_each_panels_opening():
    doc = make_document(
        "# 7-minute briefing\n\n## 1\n\nMr K was a 70-year-old man who lived alone.\n\n"
        "## 6\n\nWhat you can do:\n\n- Check the plan is current.\n- Tell the GP the same day.\n",
        kind=BRIEFING,
    )
    found = run(doc, [_briefing_rule(elements=["background", "what-to-do", "why-it-matters"])])
    assert [f.message for f in found] == ["No why this learning matters."]


def test_long_sentences_are_each_reported_with_the_sentence():
    long_one = "Word " + " ".join(["word"] * 29) + "."
    doc = make_document(f"# Leaflet\n\nA short one. {long_one} Another short one. {long_one}\n")
    rule = make_rule("long_sentence", {"max_words": 25}, message="{words} > {limit}")
    found = run(doc, [rule])
    assert [f.message for f in found] == ["30 > 25", "30 > 25"]
    assert (
        found[0].text.startswith("Word word")
        and found[0].location.column < found[1].location.column
    )


def test_examples_run_against_every_kind_a_rule_applies_to():
    # The fail example reports on a briefing (no questions) but not on a leaflet, whose
    # element file has no such element: the second kind's failure must be named.
    rule = make_rule(
        "element",
        {"element": "reflection-questions"},
        applies_to=[BRIEFING, "family-guidance"],
        examples={
            "fail": ["# Briefing\n\n## Background\n\nAdult B lived alone.\n"],
            "pass": ["# Briefing\n\n## Questions\n\nHow would you know? Who would you tell?\n"],
        },
    )
    assert example_failures(rule) == [
        "TST-001: fail example 1 is not reported (as family-guidance)"
    ]
