"""Fifth round, from false alarms on clean documents: the name a briefing is titled by,
a letter pseudonym that ends a sentence, a board's mailbox run together or made of its
initials. Each case has one it must leave alone and one it must still catch."""

from __future__ import annotations

from pathlib import Path

from sardoc.identify import find_identifiers
from sardoc.identify.contact import is_functional_mailbox
from sardoc.sources import markdown
from sardoc.sources import text as plaintext


def people(text: str, reader=markdown) -> list[str]:
    doc = reader.read(Path("draft.txt"), text.encode("utf-8"))
    return [h.span.text for h in find_identifiers(doc) if h.span.entity == "person"]


def test_the_name_a_briefing_is_titled_by_is_the_reviews_name():
    text = "SEVEN MINUTE BRIEFING: MARGARET\n\nMargaret lived alone and loved music.\n"
    assert people(text, plaintext) == []
    # Named in the body only, with no title to give it, the name is still reported.
    assert people("Briefing\n\nMargaret Holloway lived alone.\n", plaintext)


def test_a_letter_pseudonym_ends_its_sentence():
    assert people("A review concerning Adult F. Overview report, December 2026.\n") == []
    assert people("The letter was signed by J. Rafferty on Monday.\n") == ["J. Rafferty"]


def test_a_boards_mailbox_run_together_or_by_its_initials():
    assert is_functional_mailbox("regionalsafeguarding@example.org")
    assert is_functional_mailbox("wvsab@example.org")
    # A person's own address stays personal, whatever letters it ends with.
    assert not is_functional_mailbox("a.caesar@example.org")
    assert not is_functional_mailbox("sabine.hollis@example.org")


def test_a_name_used_throughout_is_one_finding_with_every_place(tmp_path):
    from sardoc.api import check

    draft = tmp_path / "d.md"
    draft.write_text(
        "# Review\n\nMargaret Holloway lived alone.\n\nMargaret Holloway fell.\n\n"
        "The GP visited Margaret Holloway.\n",
        encoding="utf-8",
    )
    found = [f for f in check([draft]).findings if f.rule_id == "PII-001"]
    assert len(found) == 1 and len(found[0].also) == 2
    assert [loc.line for loc in found[0].locations] == [3, 5, 7]


def found(text: str, entity: str) -> list[str]:
    doc = plaintext.read(Path("d.txt"), text.encode("utf-8"))
    return [h.span.text for h in find_identifiers(doc) if h.span.entity == entity]


def test_a_month_after_a_word_of_time_is_the_month_not_a_name():
    assert found("In June the audit was done. The next one is due April.\n", "person") == []
    # The name after the month is still a name, and so is a month name after "to".
    assert found("In June Colin Barrow went to hospital.\n", "person") == ["Colin Barrow"]
    assert found("She spoke to May Ferreira about it.\n", "person") == ["May Ferreira"]


def test_a_number_labelled_under_an_organisations_name_is_the_services():
    box = "Safeguarding Adults Board Business Unit\nTelephone 01632 960 587\n"
    assert found(box, "phone") == []
    # Under a person's name the same number is theirs.
    assert found("Call Jane Smith\nTelephone 01632 960 587\n", "phone") == ["01632 960 587"]
