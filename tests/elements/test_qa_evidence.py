"""The QA sheet: a marker is met only on body evidence, never a heading or one mention."""

from __future__ import annotations

from pathlib import Path

from sardoc.markers import assess, load_markers
from sardoc.rules import load_rules, run
from tests.helpers import make_document

ROOT = Path(__file__).resolve().parents[2]
RULES = load_rules()
MARKERS = load_markers()


def _assess(doc):
    return {a.marker.id: a for a in assess(MARKERS, [doc], RULES, run(doc, RULES))}


def test_every_met_marker_on_the_sample_quotes_body_text():
    from sardoc.sources import read_document

    doc = read_document(ROOT / "samples/adult-a/draft.md")
    headings = {p.text for p in doc.headings()}
    met = [a for a in _assess(doc).values() if a.status == "met"]
    assert len(met) >= 10
    for a in met:
        assert a.evidence, a.marker.id
        for e in a.evidence:
            assert e.quote and e.quote not in headings, (a.marker.id, e.rule)
            assert e.strength in ("section", "statements"), (a.marker.id, e.rule)


def test_one_passing_mention_leaves_the_marker_partly_met():
    body = (
        "# Review of Adult A\n\n## Introduction\n\nThe terms of reference for this review "
        "are at appendix 2.\n"
    )
    a = _assess(make_document(body))["QM6"]
    assert "PUB-008" not in a.failed  # the rule itself is satisfied by the mention
    assert a.status == "partly met"
    full = body + (
        "\n## Terms of reference\n\nThe review looked at the eighteen months before Adult A's "
        "death and asked how well agencies understood her capacity.\n"
    )
    assert _assess(make_document(full))["QM6"].status == "met"


def test_a_bare_heading_is_not_evidence():
    doc = make_document("# Review\n\n## Terms of reference\n\nTo follow.\n")
    a = _assess(doc)["QM6"]
    assert a.status != "met" and not a.evidence
