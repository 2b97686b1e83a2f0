"""Sentence splitting: pysbd for leaflets and briefings, the fast splitter for long reports."""

from sardoc.language.measures import sentences, stats
from sardoc.rules import RunContext
from sardoc.rules.kinds import metric
from tests.helpers import make_document, make_rule


def test_careful_splitting_keeps_list_numbers_and_short_answers():
    assert sentences("1. Agree a pathway with the police", careful=True) == [
        "1. Agree a pathway with the police"
    ]
    assert sentences("No. Taking part is your choice.", careful=True) == [
        "No.",
        "Taking part is your choice.",
    ]
    # The fast splitter, kept for long reports, gets these wrong, which is why it is not
    # used for the documents whose readability is judged.
    assert len(sentences("1. Agree a pathway with the police")) == 2


def test_careful_and_fast_agree_on_plain_prose():
    text = "The GP visited. Dr. Khan wrote to the team. Nobody replied."
    assert sentences(text) == sentences(text, careful=True)
    assert stats([text]).sentences == stats([text], careful=True).sentences == 3


def test_leaflets_are_measured_with_the_careful_splitter_and_reports_with_the_fast():
    # "No." answers a question here; the fast splitter takes it for "number".
    text = "# L\n\nNo. Taking part is your choice.\n"
    rule = make_rule(
        "metric", {"measure": "sentences", "scope": "document", "max": 1}, message="{value}"
    )
    leaflet = make_document(text, "family-guidance")
    report = make_document(text, "sar-report")
    assert [f.message for f in metric.check(leaflet, rule, RunContext())] == ["2"]
    assert list(metric.check(report, rule, RunContext())) == []
