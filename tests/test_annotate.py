"""--annotate: findings as Word comments, and nothing else in the document changed."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from sardoc.annotate import annotate
from sardoc.api import check
from sardoc.paths import data_dir
from sardoc.sources import read_document
from tests.docxfactory import HEADING_STYLES, comment, dele, ins, make_docx, p, t, table

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def rich_docx(folder: Path) -> Path:
    """Tables, tracked changes, an existing comment, a header, a footer and a footnote."""
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
            t("The social worker, ")
            + "<w:r><w:rPr><w:b/></w:rPr><w:t>Jane Hughes</w:t></w:r>"
            + t(", visited twice.")
            + ins(" She was kind.", author="Social Worker 1"),
            raw=True,
        )
        + p(t("Old text ") + dele("removed", author="Social Worker 1") + t(" kept."), raw=True)
        + table([["Agency", "Involvement"], ["Police", "One welfare check."]])
        + p(t("See the note.") + '<w:r><w:footnoteReference w:id="1"/></w:r>', raw=True)
        + p("Good practice", "Heading2")
        + p("The nurses visited every week and kept honest records.")
    )
    return make_docx(
        folder,
        body,
        styles=HEADING_STYLES,
        comments=comment(0, "Is this right?", "Social Worker 2", "SW"),
        headers=[p("Northfield SAB")],
        footers=[p("Page footer")],
        footnotes=[p("A footnote.")],
    )


def strip_sardoc(xml: bytes, ids: set[str]) -> bytes:
    """document.xml with the anchors sardoc added taken out again, canonicalised."""
    root = etree.fromstring(xml)
    for el in list(root.iter(W + "commentRangeStart", W + "commentRangeEnd")):
        if el.get(W + "id") in ids:
            el.getparent().remove(el)
    for ref in list(root.iter(W + "commentReference")):
        if ref.get(W + "id") in ids:
            run = ref.getparent()
            run.getparent().remove(run)
    return etree.tostring(root, method="c14n")


def annotated(tmp_path: Path, src: Path) -> tuple[Path, list]:
    doc = read_document(src)
    findings = [f for f in check([src]).findings if f.location.file == str(src)]
    out = tmp_path / "annotated.docx"
    out.write_bytes(annotate(src.read_bytes(), doc, findings, str(src)))
    return out, findings


def test_nothing_but_the_new_comments_changes(tmp_path):
    src = rich_docx(tmp_path)
    before = src.read_bytes()
    out, findings = annotated(tmp_path, src)
    assert src.read_bytes() == before
    assert {f.rule_id for f in findings} >= {"PII-001", "PUB-008"}
    a, b = zipfile.ZipFile(src), zipfile.ZipFile(out)
    assert a.namelist() == b.namelist()
    for name in a.namelist():
        if name not in ("word/document.xml", "word/comments.xml"):
            assert a.read(name) == b.read(name), name
    comments = etree.fromstring(b.read("word/comments.xml"))
    new = [c for c in comments if c.get(W + "author") == "sardoc"]
    old = [c for c in comments if c.get(W + "author") != "sardoc"]
    assert len(new) == len(findings)
    assert [etree.tostring(c) for c in old] == [
        etree.tostring(c) for c in etree.fromstring(a.read("word/comments.xml"))
    ]
    ids = {c.get(W + "id") for c in new}
    assert "0" not in ids
    assert strip_sardoc(b.read("word/document.xml"), ids) == etree.tostring(
        etree.fromstring(a.read("word/document.xml")), method="c14n"
    )

    # Read back, the document is the same apart from the new comments.
    def view(path):
        return [
            (q.text, q.part, q.section, q.role)
            for q in read_document(path).paragraphs
            if not (q.part == "comment" and q.attrs.get("author") == "sardoc")
        ]

    assert view(out) == view(src)


def test_comments_sit_on_the_words_and_carry_rule_and_hint(tmp_path):
    src = rich_docx(tmp_path)
    out, findings = annotated(tmp_path, src)
    z = zipfile.ZipFile(out)
    comments = {
        c.get(W + "id"): "".join(c.itertext())
        for c in etree.fromstring(z.read("word/comments.xml"))
        if c.get(W + "author") == "sardoc"
    }
    name_id = next(i for i, text in comments.items() if text.startswith("PII-001"))
    assert "Use the agreed pseudonym" in comments[name_id]
    body = etree.fromstring(z.read("word/document.xml"))
    start = next(e for e in body.iter(W + "commentRangeStart") if e.get(W + "id") == name_id)
    assert "".join(start.getnext().itertext()) == "Jane Hughes"
    assert start.getnext().find(f"{W}rPr/{W}b") is not None  # on the bold run itself
    missing = next(i for i, text in comments.items() if text.startswith("PUB-008"))
    first_p = next(body.iter(W + "p"))
    assert any(e.get(W + "id") == missing for e in first_p.iter(W + "commentRangeStart"))


def test_a_draft_without_comments_gets_a_comments_part(tmp_path):
    src = make_docx(
        tmp_path, p("Review", "Heading1") + p("Mrs Okafor visited."), styles=HEADING_STYLES
    )
    out, findings = annotated(tmp_path, src)
    z = zipfile.ZipFile(out)
    assert "word/comments.xml" in z.namelist()
    assert b"comments.xml" in z.read("word/_rels/document.xml.rels")
    assert b"/word/comments.xml" in z.read("[Content_Types].xml")
    comments = etree.fromstring(z.read("word/comments.xml"))
    assert len(comments) == len(findings) > 0


def sardoc(*args, cwd=None):
    proc = subprocess.run(
        [sys.executable, "-m", "sardoc", *map(str, args)], capture_output=True, text=True, cwd=cwd
    )
    return proc.returncode, proc.stdout, proc.stderr


def test_cli_annotates_the_sample_and_refuses_bad_requests(tmp_path):
    sample = data_dir("samples") / "adult-a" / "draft.docx"
    draft = tmp_path / "draft.docx"
    shutil.copy(sample, draft)
    code, out, err = sardoc("check", draft, "--annotate", tmp_path / "notes.docx")
    assert code in (0, 1) and (tmp_path / "notes.docx").exists(), err
    code, _, err = sardoc("check", draft, "--annotate", draft)
    assert code == 2 and "Traceback" not in err
    code, _, err = sardoc(
        "check", data_dir("samples") / "adult-a" / "draft.md", "--annotate", tmp_path / "x.docx"
    )
    assert code == 2 and "one Word" in err and not (tmp_path / "x.docx").exists()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_opens_the_annotated_copy(tmp_path):
    src = rich_docx(tmp_path)
    out, _ = annotated(tmp_path, src)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "pdf"),
            str(out),
        ],
        capture_output=True,
        timeout=180,
        check=False,
    )
    pdf = tmp_path / "pdf" / "annotated.pdf"
    assert pdf.exists() and pdf.read_bytes()[:5] == b"%PDF-"
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "The social worker" in text and "One welfare check." in text


def test_checking_an_annotated_copy_gives_the_drafts_findings(tmp_path):
    src = rich_docx(tmp_path)
    out, findings = annotated(tmp_path, src)
    again = [f for f in check([out]).findings]
    assert [(f.rule_id, f.text) for f in again] == [(f.rule_id, f.text) for f in findings]


def test_a_name_inside_a_run_is_covered_exactly_and_keeps_its_formatting(tmp_path):
    src = make_docx(
        tmp_path,
        p("Review", "Heading1")
        + p(
            '<w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">Later Mrs Okafor visited '
            "the ward.</w:t></w:r>",
            raw=True,
        ),
        styles=HEADING_STYLES,
    )
    out, findings = annotated(tmp_path, src)
    body = etree.fromstring(zipfile.ZipFile(out).read("word/document.xml"))
    cid = next(
        c.get(W + "id")
        for c in etree.fromstring(zipfile.ZipFile(out).read("word/comments.xml"))
        if "PII-001" in "".join(c.itertext())
    )
    para = next(q for q in body.iter(W + "p") if "Okafor" in "".join(q.itertext()))
    covered, inside = [], False
    for el in para:
        if el.tag == W + "commentRangeStart" and el.get(W + "id") == cid:
            inside = True
        elif el.tag == W + "commentRangeEnd" and el.get(W + "id") == cid:
            inside = False
        elif inside and el.tag == W + "r":
            covered.append("".join(el.itertext()))
    assert "".join(covered) == "Mrs Okafor"
    runs = [r for r in para.iter(W + "r") if r.find(W + "t") is not None]
    assert "".join("".join(r.itertext()) for r in runs) == "Later Mrs Okafor visited the ward."
    assert all(r.find(f"{W}rPr/{W}i") is not None for r in runs)  # italic kept on every half
    assert read_document(out).paragraphs[1].text == "Later Mrs Okafor visited the ward."


# -- the same limits as the reader (issue 17, item 3) -------------------------------


def test_annotate_refuses_a_bomb_with_the_readers_message(tmp_path, monkeypatch):
    from sardoc.errors import InputError
    from sardoc.sources import docx
    from sardoc.sources.docx import package

    src = make_docx(tmp_path, p("Review", "Heading1") + p("x" * 20_000), styles=HEADING_STYLES)
    document = read_document(src)
    monkeypatch.setattr(package, "MAX_PART_BYTES", 10_000)
    with pytest.raises(InputError) as read_error:
        docx.read(src, src.read_bytes())
    with pytest.raises(InputError) as annotate_error:
        annotate(src.read_bytes(), document, [], str(src))
    assert annotate_error.value.lines() == read_error.value.lines()
    assert "word/document.xml is too large when decompressed" in read_error.value.lines()[0]


def test_a_part_only_annotate_copies_is_held_to_the_limits(tmp_path, monkeypatch, capsys):
    """The reader never opens a picture, but annotate copies it: it must be capped too."""
    import sys

    from sardoc.cli import main
    from sardoc.sources.docx import package

    src = make_docx(
        tmp_path,
        p("Review", "Heading1") + p("Text."),
        styles=HEADING_STYLES,
        extra={"word/media/image1.png": b"\0" * 50_000},  # compresses to almost nothing
    )
    monkeypatch.setattr(package, "MAX_PART_BYTES", 10_000)
    out = tmp_path / "annotated.docx"
    monkeypatch.setattr(
        sys, "argv", ["sardoc", "check", str(src), "-j", "1", "--annotate", str(out)]
    )
    with pytest.raises(SystemExit) as e:
        main()
    assert e.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith(f"{src}: word/media/image1.png is too large when decompressed")
    assert not out.exists()


def test_a_finding_with_several_places_gets_a_comment_at_each(tmp_path):
    """A word repeated through a leaflet is one finding, and a Word comment at each place."""
    from sardoc.config import Config

    body = (
        p("Leaflet", "Heading1")
        + p("We will facilitate a meeting.")
        + p("Staff facilitate the visit.")
        + p("The chair will facilitate questions.")
    )
    src = make_docx(tmp_path, body, styles=HEADING_STYLES)
    result = check([src], Config(kind="family-guidance", select=["LANG-003"]))
    (finding,) = result.findings
    assert len(finding.also) == 2
    doc = result.results[0].document
    out = zipfile.ZipFile(io.BytesIO(annotate(src.read_bytes(), doc, [finding], str(src))))
    comments = etree.fromstring(out.read("word/comments.xml"))
    ours = [c for c in comments if c.get(W + "author") == "sardoc"]
    assert len(ours) == 3
