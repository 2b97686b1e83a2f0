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
