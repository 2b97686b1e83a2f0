"""Redacting Word files: every hidden place, metadata scrubbed, formatting and other parts kept."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from sardoc.api import check
from sardoc.config import Config
from sardoc.redact import redact_file
from tests.redact.hidden_places import PLACES, build

PII = Config(select=["PII"])
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W15 = "{http://schemas.microsoft.com/office/word/2012/wordml}"

#: Everything in the file that names someone or something, hidden or not.
IDENTIFIERS = [text for _, _, _, text, _ in PLACES] + [
    "Jane Hughes",
    "Hughes",
    "Bethan Lloyd",
    "Owen Gittins",
    "Pryce",
    "graham.pettigrew",
    "gpettigrew",
]


@pytest.fixture(scope="module")
def redacted(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hidden")
    src = build(folder)
    before = src.read_bytes()
    out = folder / "redacted.docx"
    key = folder / "key.yaml"
    summary = redact_file(src, out, PII, key)
    assert src.read_bytes() == before
    return src, out, key, summary


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def xml(path: Path, name: str) -> etree._Element:
    return etree.fromstring(parts(path)[name])


def pii(path: Path) -> list:
    # Officials (PII-011, info) are named in public on purpose and a redacted copy keeps them.
    return [
        f for f in check([path], PII).findings if f.category == "PII" and f.entity != "official"
    ]


def test_check_reports_an_identifier_in_every_hidden_place(tmp_path):
    findings = pii(build(tmp_path))
    got = {(f.location.part, f.entity, f.text): f.message for f in findings}
    for place, part, entity, text, words in PLACES:
        assert (part, entity, text) in got, place
        assert words in got[(part, entity, text)], place
    deleted = got[("deleted", "address", "14 Elm Road")]
    assert "deleted tracked-change text, which is still inside the file" in deleted


def test_nothing_identifying_is_left_in_any_part(redacted):
    src, out, _, summary = redacted
    assert all(any(i.encode() in data for data in parts(src).values()) for i in IDENTIFIERS)
    for name, data in parts(out).items():
        for identifier in IDENTIFIERS:
            assert identifier.encode() not in data, (identifier, name)
    assert pii(out) == []
    assert summary.remaining == 0


def test_every_hidden_place_gets_its_placeholder(redacted):
    _, out, _, _ = redacted
    p = {k: v.decode() for k, v in parts(out).items() if k.endswith((".xml", ".rels"))}
    assert "Her neighbour, [Person 1], called." in p["word/document.xml"]  # insertion
    assert "She lived at [Address]." in p["word/document.xml"]  # w:delText
    assert "Ask [Person 5] about this" in p["word/comments.xml"]
    assert "Prepared by [Person 4]" in p["word/header1.xml"]
    assert ">[E-mail address]<" in p["word/footer1.xml"]
    assert "Phone [Phone number 2]" in p["word/footnotes.xml"]
    assert "NHS number [NHS number]" in p["word/endnotes.xml"]
    assert ">[Person 2]<" in p["word/document.xml"]  # the table cell
    # The text box and the older-format copy Word keeps of it.
    assert p["word/document.xml"].count("Out of hours: [Phone number 1]") == 2


def test_metadata_is_scrubbed(redacted):
    _, out, _, summary = redacted
    core = xml(out, "docProps/core.xml")
    app = xml(out, "docProps/app.xml")
    for el in [*core, *app]:
        assert not (el.text or "").strip(), el.tag
    document = xml(out, "word/document.xml")
    authors = {el.get(W + "author") for el in document.iter() if el.get(W + "author")}
    assert authors == {"Reviewer 1", "Reviewer 2"}  # Priya Raman, Bethan Lloyd
    (comment,) = xml(out, "word/comments.xml").iter(W + "comment")
    assert (comment.get(W + "author"), comment.get(W + "initials")) == ("Reviewer 3", "R3")
    people = xml(out, "word/people.xml")
    assert [p.get(W15 + "author") for p in people] == ["Reviewer 3"]
    assert not list(people.iter(W15 + "presenceInfo"))
    assert b'Target="Normal.dotm"' in parts(out)["word/_rels/settings.xml.rels"]
    assert "docProps/thumbnail.jpeg" not in parts(out)
    assert b"thumbnail" not in parts(out)["_rels/.rels"]
    assert b"thumbnail" not in parts(out)["[Content_Types].xml"]
    assert summary.authors == 3
    # creator, last modified by, company, manager, template path, thumbnail
    assert summary.metadata == 6


def test_copies_in_field_codes_alt_text_and_link_targets(redacted):
    _, out, _, summary = redacted
    doc = parts(out)["word/document.xml"].decode()
    assert 'HYPERLINK "mailto:[E-mail address]"' in doc
    assert 'descr="Photograph of [Person 3] at the day centre"' in doc
    rels = parts(out)["word/_rels/document.xml.rels"].decode()
    assert 'Target="mailto:%5BE-mail%20address%5D"' in rels
    assert summary.elsewhere == 3


def test_formatting_is_kept_when_a_name_spans_runs(redacted):
    docx = pytest.importorskip("docx")
    _, out, _, _ = redacted
    paragraphs = docx.Document(str(out)).paragraphs
    split = next(p for p in paragraphs if p.text.startswith("The social worker"))
    assert split.text == "The social worker, [Person 3], visited."
    runs = [(r.text, bool(r.bold), bool(r.italic), bool(r.underline)) for r in split.runs]
    assert runs == [
        ("The social worker, ", False, False, False),
        ("[Person 3]", True, False, False),
        ("", False, True, False),
        (", visited.", False, False, True),
    ]
    # The surname alone, elsewhere, is the same person.
    assert any(p.text == "[Person 3] recorded the visit." for p in paragraphs)


def test_other_parts_are_copied_unchanged(redacted):
    src, out, _, _ = redacted
    before, after = parts(src), parts(out)
    assert list(after) == [n for n in before if n != "docProps/thumbnail.jpeg"]
    for name in ("word/styles.xml", "word/media/image1.png"):
        assert after[name] == before[name]


def test_the_key_links_placeholders_and_reviewers_to_the_originals(redacted):
    import yaml

    _, _, key, _ = redacted
    assert key.stat().st_mode & 0o777 == 0o600
    mapping = yaml.safe_load(key.read_text())
    assert mapping["[Person 3]"] == ["Jane Hughes", "Hughes"]
    assert mapping["[Address]"] == ["14 Elm Road"]
    assert mapping["Reviewer 3"] == ["Graham Pettigrew"]
    originals = {o for values in mapping.values() for o in values}
    assert {text for _, _, _, text, _ in PLACES} <= originals


def test_the_sample_word_draft_round_trip(tmp_path):
    sample = Path(__file__).resolve().parents[2] / "samples" / "adult-a" / "draft.docx"
    # The sample names only its independent reviewer, whom it declares cleared for
    # publication (its Keywords carry draft.md's ``allow:``): not reported, and kept by a
    # redacted copy, as a published report names its reviewer.
    officials = [
        f for f in check([sample], PII).findings if f.category == "PII" and f.entity == "official"
    ]
    assert officials == [] and pii(sample) == []
    out = tmp_path / "draft.docx"
    summary = redact_file(sample, out, PII)
    assert summary.replaced["person"] == 0 and pii(out) == []
    assert b"Dr Ruth Ellison" in parts(out)["word/document.xml"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_opens_the_redacted_copy(redacted, tmp_path):
    _, out, _, _ = redacted
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            "txt:Text",
            "--outdir",
            str(tmp_path),
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    text = (tmp_path / "redacted.txt").read_text(encoding="utf-8-sig")
    assert "The social worker, [Person 3], visited." in text
    assert "Okafor" not in text and "Hughes" not in text
