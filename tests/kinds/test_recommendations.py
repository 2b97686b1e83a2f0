"""REC-001's kind: recommendations are sentences that recommend, each problem reported once."""

from sardoc.rules import RunContext
from sardoc.rules.kinds import recommendations
from tests.helpers import make_document, make_rule


def linked(text: str) -> list:
    rule = make_rule("recommendations", {"check": "linked"}, message="{label}: no {missing}.")
    return list(recommendations.check(make_document(text), rule, RunContext()))


def test_numbered_paragraphs_that_recommend_nothing_are_not_recommendations():
    text = (
        "# R\n\n## 15. Recommendations\n\n15.1 The review makes two recommendations.\n\n"
        "15.2 These recommendations were agreed with the agencies in May.\n\n"
        "15.3 The Board should revise the procedure (Finding 1).\n"
    )
    assert linked(text) == []


def test_a_section_inside_another_is_read_once():
    text = (
        "# R\n\n## Part four: learning and recommendations\n\n### 11. Recommendations\n\n"
        "11.1 Partners should use the escalation procedure (Finding 2).\n\n"
        "11.2 Someone should look at it again (Finding 3).\n"
    )
    assert [f.message for f in linked(text)] == ["Recommendation 11.2: no addressee."]


def test_no_linked_findings_at_all_is_one_finding_with_every_place():
    text = (
        "# R\n\n## Recommendations\n\nRecommendation 1: The Board should agree a pathway.\n\n"
        "Recommendation 2: Commissioners should require training.\n\n"
        "Recommendation 3: The Board should ask the team to agree a lead.\n"
    )
    (found,) = linked(text)
    assert found.message == "Recommendations 1 to 3: no linked finding."
    assert [loc.line for loc in found.locations] == [5, 7, 9]


def test_one_unlinked_among_linked_is_reported_alone():
    text = (
        "# R\n\n## Recommendations\n\nR1. The Board should agree a pathway (Finding 1).\n\n"
        "R2. Commissioners should require training.\n"
    )
    assert [f.message for f in linked(text)] == ["Recommendation R2: no linked finding."]


def test_plural_and_shared_addressees_are_addressees():
    text = (
        "# R\n\n## Recommendations\n\n"
        "Recommendation 1: Both boards should agree one escalation route (Finding 1).\n\n"
        "Recommendation 2: All local authorities should share the protocol (Finding 2).\n\n"
        "Recommendation 3: Someone should look at this again (Finding 3).\n"
    )
    assert [f.message for f in linked(text)] == ["Recommendation 3: no addressee."]


def test_a_vague_recommendation_is_named_once_in_the_message(tmp_path):
    # The shipped rule's message, not a test's own: it once said "Recommendation
    # Recommendation 4".
    from sardoc.api import check
    from sardoc.config import Config

    draft = tmp_path / "r.md"
    draft.write_text(
        "---\nkind: sar-report\n---\n# R\n\n## Recommendations\n\n"
        "Recommendation 4: Partners should consider a panel (Finding 1).\n",
        encoding="utf-8",
    )
    found = [f.message for f in check([draft], Config(select=["REC-002"])).findings]
    assert found == ["Recommendation 4 asks only to 'consider', which nobody can measure."]


_FOUND = (
    "# R\n\n## Executive summary\n\nThe Board should agree a discharge pathway for carers.\n\n"
    "## 6. Findings\n\n6.1 Nobody asked whether Kit relied on his sister, so no contingency "
    "plan existed when she was admitted to hospital. Adult social care did not record that "
    "she provided essential care.\n\n"
)


def test_a_recommendation_on_what_the_findings_discuss_counts_as_linked():
    # Published reports often tie a recommendation to its finding by subject, not number.
    text = _FOUND + (
        "## 7. Recommendations\n\n7.1 Adult social care should record a contingency plan "
        "whenever a sister or other relative provides essential care.\n"
    )
    assert linked(text) == []


def test_a_recommendation_on_what_only_the_summary_says_is_not_linked():
    # The summary restates the recommendations; it does not find anything.
    text = _FOUND + (
        "## 7. Recommendations\n\n7.1 The Board should agree a discharge pathway for carers.\n"
    )
    assert [f.message for f in linked(text)] == ["Recommendation 7.1: no linked finding."]


def test_a_recommendation_to_check_the_others_are_carried_out_needs_no_finding():
    text = _FOUND + (
        "## 7. Recommendations\n\n7.1 Adult social care should record a contingency plan "
        "whenever a sister or other relative provides essential care (Finding 6.1).\n\n"
        "7.2 The Board's quality assurance group should audit progress on these "
        "recommendations a year after publication.\n"
    )
    assert linked(text) == []


def test_a_column_headed_lead_names_each_rows_addressee():
    table = (
        "# R\n\n## Recommendations\n\n| No. | Recommendation | {head} |\n|---|---|---|\n"
        "| 1 | Provide training on executive capacity (Finding 1). | Assurance Group |\n"
    )
    assert linked(table.format(head="Lead")) == []
    assert [f.message for f in linked(table.format(head="Notes"))] == [
        "Recommendation 1: no addressee."
    ]
