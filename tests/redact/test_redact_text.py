"""Redacting Markdown and plain text: every entity, consistent placeholders, nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from sardoc.api import check
from sardoc.config import Config, load_config
from sardoc.redact import MAX_PASSES, redact_file

#: One of every entity, a person named three ways, and a name in the front matter.
DRAFT = """\
---
author: Jane Hughes
kind: sar-report
---
# Review of Adult A

The social worker, Jane Hughes, visited Adult A at home on 3 March 2023. Hughes
noted that Adult A (DOB 12/03/1945) lived at Flat 3, 22 Mill Lane, NR1 2AB.

Her NHS number is 943 476 5919 and her National Insurance number, AB 12 34 56 C,
was on the benefits letter. Ring 07700 900123 or e-mail k.ansell@example.org.

She moved to Oakwood Care Home in May. The police crime reference was 12/34567/23.
Mrs Okafor, her neighbour, rang the GP. Jane Hughes closed the case.
"""

REDACTED = """\
---
author: "[Person 1]"
kind: sar-report
---
# Review of Adult A

The social worker, [Person 1], visited Adult A at home on 3 March 2023. [Person 1]
noted that Adult A (DOB [Date of birth]) lived at [Address], [Postcode].

Her NHS number is [NHS number] and her National Insurance number, [NI number],
was on the benefits letter. Ring [Phone number] or e-mail [E-mail address].

She moved to [Care setting 1] in May. The police crime reference was [Reference].
[Person 2], her neighbour, rang the GP. [Person 1] closed the case.
"""

PII = Config(select=["PII"])


def pii_findings(path: Path, config: Config = PII) -> list:
    return [f for f in check([path], config).findings if f.category == "PII"]


def redact_text(tmp_path: Path, text: str, name: str = "draft.md", config: Config = PII, **kw):
    src = tmp_path / name
    src.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    out = tmp_path / ("redacted" + Path(name).suffix)
    summary = redact_file(src, out, config, **kw)
    return out, summary


def test_every_entity_is_replaced_and_nothing_else_changes(tmp_path):
    out, summary = redact_text(tmp_path, DRAFT)
    assert out.read_text(encoding="utf-8") == REDACTED
    assert summary.replaced == {
        "person": 5,
        "date-of-birth": 1,
        "nhs-number": 1,
        "ni-number": 1,
        "postcode": 1,
        "address": 1,
        "phone": 1,
        "email": 1,
        "care-setting": 1,
        "other-id": 1,
    }
    assert summary.remaining == 0 and summary.passes == 1
    assert pii_findings(tmp_path / "draft.md") and not pii_findings(out)


def test_plain_text_keeps_its_line_endings_and_bom(tmp_path):
    body = DRAFT.split("---\n", 2)[2]  # no front matter in a .txt
    data = b"\xef\xbb\xbf" + body.replace("\n", "\r\n").encode("utf-8")
    out, _ = redact_text(tmp_path, data, "draft.txt")
    expected = REDACTED.split("---\n", 2)[2].replace("\n", "\r\n")
    assert out.read_bytes() == b"\xef\xbb\xbf" + expected.encode("utf-8")
    assert not pii_findings(out)


def test_the_same_placeholder_for_the_same_person_and_another_for_another(tmp_path):
    text = (
        "# R\n\nMrs Okafor rang. The social worker, Jane Hughes, replied to Mrs Okafor.\n\n"
        "Later Hughes visited. JANE HUGHES signed the form. Dr Patel agreed.\n"
    )
    out, _ = redact_text(tmp_path, text)
    assert out.read_text() == (
        "# R\n\n[Person 1] rang. The social worker, [Person 2], replied to [Person 1].\n\n"
        "Later [Person 2] visited. [Person 2] signed the form. [Person 3] agreed.\n"
    )


def test_a_name_split_by_mark_up_keeps_the_mark_up(tmp_path):
    out, _ = redact_text(tmp_path, "# R\n\nThe social worker, Jane **Hughes**, visited.\n")
    assert out.read_text() == "# R\n\nThe social worker, **[Person 1]**, visited.\n"
    assert not pii_findings(out)


def test_placeholders_cannot_turn_into_links_or_yaml_lists(tmp_path):
    text = "---\nowner: Jane Hughes, social worker\n---\n# Notes\n\nJane Hughes: agreed.\n"
    out, _ = redact_text(tmp_path, text)
    assert out.read_text() == (
        "---\nowner: Person 1, social worker\n---\n# Notes\n\n\\[Person 1]: agreed.\n"
    )
    assert not pii_findings(out)


def test_copies_outside_the_text_rules_see_are_replaced_too(tmp_path):
    text = (
        "# Notes\n\nThe social worker, Jane Hughes, wrote.\n\n"
        "Contact [the worker](mailto:k.ansell@example.org) or k.ansell@example.org.\n\n"
        "<!-- first draft by Jane Hughes -->\n"
    )
    out, summary = redact_text(tmp_path, text)
    assert out.read_text() == (
        "# Notes\n\nThe social worker, [Person 1], wrote.\n\n"
        "Contact [the worker](mailto:%5BE-mail%20address%5D) or [E-mail address].\n\n"
        "<!-- first draft by [Person 1] -->\n"
    )
    assert summary.elsewhere == 2


def test_cleared_names_and_pseudonyms_are_left_alone(tmp_path):
    (tmp_path / "sardoc.yaml").write_text("identifiable:\n  allow: [Dr Ruth Ellison]\n")
    config = load_config(tmp_path / "sardoc.yaml")
    text = (
        "---\npseudonyms: [Robert]\n---\n# R\n\n"
        "Robert lived alone. Adult C's daughter rang Social Worker 2 and the GP. "
        "Dr Ruth Ellison, the independent reviewer, met Mrs Okafor under the Mental "
        "Capacity Act 2005 on Christmas Day.\n"
    )
    out, summary = redact_text(tmp_path, text, config=config)
    assert out.read_text() == text.replace("Mrs Okafor", "[Person 1]")
    assert summary.replaced == {"person": 1}


def test_declared_replacements_are_used_and_count_as_pseudonyms(tmp_path):
    (tmp_path / "sardoc.yaml").write_text(
        "identifiable:\n  replace:\n    Jane Hughes: Social Worker 1\n"
        "    Oakwood Care Home: Care Home A\n"
    )
    config = load_config(tmp_path / "sardoc.yaml")
    key = tmp_path / "key.yaml"
    out, _ = redact_text(tmp_path, DRAFT, config=config, key=key)
    got = out.read_text()
    assert "The social worker, Social Worker 1, visited" in got
    assert "Social Worker 1\nnoted" in got  # "Hughes" alone is the same person
    assert "She moved to Care Home A in May" in got
    assert "[Person 2], her neighbour" not in got and "[Person 1], her neighbour" in got
    assert not pii_findings(out, config)
    assert "Social Worker 1:\n- Jane Hughes\n- Hughes\n" in key.read_text()


def test_only_what_the_rules_in_force_report_is_replaced(tmp_path):
    config = Config(select=["PII"], rules={"PII-009": "off"})
    out, summary = redact_text(tmp_path, DRAFT, config=config)
    assert "She moved to Oakwood Care Home in May" in out.read_text()
    assert "care-setting" not in summary.replaced
    assert not pii_findings(out, config)


def test_anything_still_found_after_the_last_pass_is_reported(tmp_path, monkeypatch):
    from sardoc.redact import text

    monkeypatch.setattr(text, "redact", lambda path, data, *a: data)  # a redactor that fails
    out, summary = redact_text(tmp_path, DRAFT)
    assert summary.passes == MAX_PASSES
    # Counted by place: a name left in three paragraphs is three things still to redact.
    left = pii_findings(tmp_path / "draft.md")
    assert summary.remaining == sum(len(f.locations) for f in left) > 0


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_the_input_is_not_modified(tmp_path, suffix):
    src = tmp_path / f"draft{suffix}"
    src.write_text(DRAFT)
    before = src.read_bytes(), src.stat().st_mtime_ns
    redact_file(src, tmp_path / f"out{suffix}", PII, tmp_path / "key.yaml")
    assert (src.read_bytes(), src.stat().st_mtime_ns) == before


def test_headings_with_runs_of_spaces(tmp_path):
    text = "# Meeting with\tJane   Hughes\n\nThe social worker, Jane Hughes, came.\n"
    out, summary = redact_text(tmp_path, text)
    assert out.read_text() == "# Meeting with\t[Person 1]\n\nThe social worker, [Person 1], came.\n"
    assert summary.elsewhere == 0  # placed by offset, not found again by the copies pass
