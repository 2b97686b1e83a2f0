"""``whole_section``: an element whose heading's subsections all count, even those another
element's heading names."""

from sardoc.elements import Element, find
from tests.helpers import make_document

TEXT = (
    "# Review\n\n## Part three: analysis\n\n### Decision-making\n\n"
    "Staff accepted what she told them.\n\n### Working together\n\n"
    "No single assessment reached the threshold for a meeting, so none was held.\n"
)
CUES = dict(
    id="systemic-test",
    name="a systemic finding",
    headings=(r"\banalysis\b",),
    body=(r"\bthreshold\b",),
)
OTHERS = (r"\bdecision making\b", r"\bworking together\b")


def test_subsections_other_elements_name_count_with_whole_section():
    doc = make_document(TEXT)
    res = find(doc, Element(**CUES, whole_section=True), others=OTHERS)
    assert res.found and res.evidence.section[-1] == "Part three: analysis"


def test_without_whole_section_the_claimed_subsections_are_left_out():
    doc = make_document(TEXT)
    res = find(doc, Element(**CUES), others=OTHERS)
    assert not res.found and res.why_not == "too short"


def test_a_second_title_line_over_the_whole_document_is_not_a_section(tmp_path):
    # "Record of consideration and outcome" titles the whole record; its word "outcome"
    # does not make the record's every sentence a decision.
    from sardoc.elements import find_all
    from sardoc.sources import read_document

    draft = tmp_path / "rr.md"
    draft.write_text(
        "---\nkind: rapid-review\n---\n# Northfield Board\n\n"
        "## Scoping panel: record of consideration and outcome\n\n"
        "### Part A – The referral\n\nMs T fell at home and was found the next day.\n\n"
        "### Part B – Agencies\n\nThe GP decided to refer her to the falls clinic, and the "
        "home care agency agreed to visit twice a day.\n\n"
        "### Part C – Other processes\n\nThe coroner decided that no inquest was needed.\n\n"
        "### Part D – Learning\n\nThe agencies will share a short note on falls.\n",
        "utf-8",
    )
    assert not find_all(read_document(draft))["decision"].found
