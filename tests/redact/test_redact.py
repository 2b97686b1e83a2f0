"""sardoc redact: every identifier replaced consistently, Word metadata scrubbed, nothing lost."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from sardoc.api import check
from sardoc.config import Config
from sardoc.paths import data_dir
from tests.docxfactory import HEADING_STYLES, comment, dele, ins, make_docx, p, t, table

DRAFT = """\
# Review

## Summary

The social worker, Jane Hughes, visited Mrs Okafor at 12 Mill Lane, Northtown NT4 2AB.
Hughes said Mrs Okafor (born 4 March 1941, NHS number 943 476 5919, NI number
JK 12 34 56 C) was frail. Call 07700 900123 or write to jane.hughes@example.org.
She lived at Rosewood Care Home; hospital number RX99881. Adult A and Mr B met the GP.
"""


def sardoc(*args, cwd=None):
    proc = subprocess.run(
        [sys.executable, "-m", "sardoc", *map(str, args)], capture_output=True, text=True, cwd=cwd
    )
    return proc.returncode, proc.stdout, proc.stderr


def pii(path: Path) -> list:
    return [f for f in check([path]).findings if f.rule_id.startswith("PII")]


def test_markdown_every_entity_replaced_consistently_and_the_rest_kept(tmp_path):
    src = tmp_path / "draft.md"
    src.write_text(DRAFT, encoding="utf-8")
    before = src.read_bytes()
    entities = {f.entity for f in pii(src)}
    assert {
        "person",
        "date-of-birth",
        "nhs-number",
        "ni-number",
        "postcode",
        "address",
        "phone",
        "email",
        "care-setting",
        "other-id",
    } <= entities
    code, _, err = sardoc("redact", src, "-o", tmp_path / "out.md", "--key", tmp_path / "key.json")
    assert code == 0, err
    out = (tmp_path / "out.md").read_text(encoding="utf-8")
    assert src.read_bytes() == before  # the input is never modified
    assert pii(tmp_path / "out.md") == []
    assert out.count("[Person 1]") == 2 and out.count("[Person 2]") == 2  # Hughes = Jane Hughes
    assert "Adult A and Mr B met the GP" in out  # pseudonyms and roles untouched
    assert out.startswith("# Review\n\n## Summary\n")
    assert "Jane" not in err and "Okafor" not in err  # the summary names no one
    key = json.loads((tmp_path / "key.json").read_text(encoding="utf-8"))
    assert key["[Person 1]"] == ["Jane Hughes", "Hughes"]
    assert stat.S_IMODE(os.stat(tmp_path / "key.json").st_mode) == 0o600


def test_no_key_unless_asked_and_declared_replacements(tmp_path):
    src = tmp_path / "draft.md"
    src.write_text(DRAFT, encoding="utf-8")
    (tmp_path / "sardoc.yaml").write_text(
        "identifiable:\n  replace: {Jane Hughes: Social Worker 1}\n  allow: [Mrs Okafor]\n"
    )
    code, _, _ = sardoc("redact", "draft.md", "-o", "out.md", cwd=tmp_path)
    assert code == 0
    out = (tmp_path / "out.md").read_text(encoding="utf-8")
    assert "The social worker, Social Worker 1, visited Mrs Okafor" in out
    assert "Social Worker 1 said" in out
    assert sorted(x.name for x in tmp_path.iterdir()) == ["draft.md", "out.md", "sardoc.yaml"]


def hidden_places_docx(folder: Path) -> Path:
    """An identifier hidden in each place issue 3 names."""
    body = (
        p("Review", "Heading1")
        + p("Summary", "Heading2")
        + p(
            '<w:commentRangeStart w:id="0"/>'
            + t("The GP saw Adult A.")
            + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>',
            raw=True,
        )
        + p(
            t("Adult A was visited by ")
            + ins("Priya Raman", author="Derek Fulton")
            + t(" in May."),
            raw=True,
        )
        + p(
            t("The nurse ") + dele("Gareth Llewellyn", author="Derek Fulton") + t(" left."),
            raw=True,
        )
        + p(
            t("Adult A said ")
            + "<w:r><w:rPr><w:b/></w:rPr><w:t>Mrs Ada</w:t></w:r>"
            + '<w:r><w:t xml:space="preserve">mczyk visited.</w:t></w:r>',
            raw=True,
        )
        + table([["Name", "Role"], ["Sunita Varma", "Team manager"]])
        + p('<w:r><w:footnoteReference w:id="1"/></w:r>', raw=True)
    )
    return make_docx(
        folder,
        body,
        styles=HEADING_STYLES,
        comments=comment(0, "Check this with Mr Thompson.", "Helen Marsh", "HM"),
        headers=[p("Prepared by Oliver Brennan")],
        footers=[p("Contact 07700 900456")],
        footnotes=[p("Source: Dr Lewis, 2023.")],
        core={"dc:creator": "Margaret Quinn", "cp:lastModifiedBy": "Tobias Whitfield"},
    )


HIDDEN = [
    "Margaret Quinn",
    "Tobias Whitfield",
    "Helen Marsh",
    "Mr Thompson",
    "Derek Fulton",
    "Priya Raman",
    "Gareth Llewellyn",
    "Oliver Brennan",
    "07700 900456",
    "Dr Lewis",
    "Sunita Varma",
    "Mrs Adamczyk",
]


def test_check_finds_an_identifier_in_every_hidden_place(tmp_path):
    path = hidden_places_docx(tmp_path)
    findings = pii(path)
    found = " ".join(f.text or "" for f in findings) + " ".join(f.message for f in findings)
    for name in HIDDEN:
        assert name in found, name
    deleted = [f for f in findings if "Gareth Llewellyn" in (f.text or "")]
    assert (
        deleted
        and "deleted" in deleted[0].message
        and "still inside the file" in (deleted[0].message)
    )


def test_profiles_make_identifiable_data_a_warning_or_an_error(tmp_path):
    path = hidden_places_docx(tmp_path)
    draft = {
        f.severity.name
        for f in check([path], Config(profile="draft")).findings
        if f.rule_id.startswith("PII")
    }
    publication = {
        f.severity.name
        for f in check([path], Config(profile="publication")).findings
        if f.rule_id.startswith("PII")
    }
    assert draft == {"WARNING"} and publication == {"ERROR"}


def test_word_copy_is_scrubbed_everywhere_and_keeps_its_formatting(tmp_path):
    src = hidden_places_docx(tmp_path)
    before = src.read_bytes()
    out = tmp_path / "redacted.docx"
    code, _, err = sardoc("redact", src, "-o", out)
    assert code == 0, err
    assert src.read_bytes() == before
    assert pii(out) == []
    with zipfile.ZipFile(out) as z:
        everything = "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
        assert sorted(z.namelist()) == sorted(zipfile.ZipFile(src).namelist())
        document = z.read("word/document.xml").decode()
    for name in HIDDEN:
        assert name not in everything, name
    assert 'w:author="Reviewer"' in everything
    # The bold run keeps its formatting and takes the placeholder; the split name is gone.
    assert '<w:b/></w:rPr><w:t xml:space="preserve">[Person' in document
    assert "<w:delText" in document and "<w:ins " in document  # tracked changes kept


def test_sample_draft_redacts_to_itself_apart_from_metadata(tmp_path):
    sample = data_dir("samples") / "adult-a" / "draft.md"
    code, _, err = sardoc("redact", sample, "-o", tmp_path / "draft.md")
    assert code == 0, err
    assert (tmp_path / "draft.md").read_bytes() == sample.read_bytes()


@pytest.mark.parametrize(
    "args, message",
    [
        (["in.md", "-o", "in.md"], "in.md"),
        (["in.md", "-o", "out.docx"], "must be a .md file"),
        (["in.pdf", "-o", "out.pdf"], "cannot write a redacted copy"),
        (["missing.md", "-o", "out.md"], "missing.md"),
    ],
)
def test_bad_requests_exit_2_and_write_nothing(tmp_path, args, message):
    (tmp_path / "in.md").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "in.pdf").write_bytes(b"%PDF-1.4")
    code, out, err = sardoc("redact", *args, cwd=tmp_path)
    assert code == 2 and message in err and "Traceback" not in err
    assert sorted(x.name for x in tmp_path.iterdir()) == ["in.md", "in.pdf"]
    assert (tmp_path / "in.md").read_text(encoding="utf-8") == DRAFT
