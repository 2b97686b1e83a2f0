"""The rendered PDFs and files, page by page: the layout promises the issue asked for."""

from __future__ import annotations

import re
import shutil
import tempfile
from collections import Counter

import pytest

from sardoc.content import load_review
from sardoc.document import DOCUMENT_KINDS
from sardoc.paths import data_dir
from sardoc.render import render

SAMPLE = data_dir("samples") / "adult-a" / "review.yaml"
pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pages")
    render(load_review(SAMPLE), DOCUMENT_KINDS, ["md", "html", "docx", "pdf", "xlsx"], folder)
    return folder


def pages(path) -> list[str]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return [page.get_textpage().get_text_range() for page in doc]
    finally:
        doc.close()


def test_the_briefing_is_one_page(out):
    assert len(pages(out / "adult-a-seven-minute-briefing.pdf")) == 1


@pytest.mark.parametrize("kind", DOCUMENT_KINDS)
def test_no_pdf_has_a_blank_page(out, kind):
    for n, text in enumerate(pages(out / f"adult-a-{kind}.pdf"), 1):
        # What is left once the running header and footer are taken away.
        body = [
            line
            for line in text.splitlines()
            if line.strip()
            and "Safeguarding Adults Board" not in line
            and not re.search(r"page \d+ of \d+", line)
        ]
        assert body, f"page {n} of the {kind} is blank"


@pytest.mark.parametrize("kind", DOCUMENT_KINDS)
def test_every_pdf_is_tagged_with_title_and_language(out, kind):
    data = (out / f"adult-a-{kind}.pdf").read_bytes()
    assert b"/StructTreeRoot" in data and b"/MarkInfo" in data
    assert b"/Lang(en-GB)" in data
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    assert doc.get_metadata_dict().get("Title")
    doc.close()


def test_report_title_page_has_no_header_and_contents_has_page_numbers(out):
    text = pages(out / "adult-a-sar-report.pdf")
    assert "page 1" not in text[0] and "Safeguarding Adults Board\n" not in text[0][:40]
    assert text[1].lstrip().startswith("Contents") or "Contents" in text[1][:60]
    assert re.search(r"1\. Introduction\W+\d+", text[1])
    assert re.search(r"page 2 of \d+", text[1])


def expanded(data: bytes) -> bytes:
    """A file's bytes with what is packed inside opened up: the members of a Word or Excel
    file (a zip) and a PDF's compressed streams, where a path would otherwise hide."""
    import io
    import zipfile
    import zlib

    if data[:4] == b"PK\x03\x04":
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return b"\n".join(z.read(name) for name in z.namelist())
    if data[:5] == b"%PDF-":
        parts = [data]
        for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
            try:
                parts.append(zlib.decompress(m.group(1)))
            except zlib.error:
                pass
        return b"\n".join(parts)
    return data


def temporary_paths(data: bytes) -> list[bytes]:
    tmp = tempfile.gettempdir().encode()
    text = expanded(data)
    return [
        marker
        for marker in (tmp + b"/", b"sardoc-pdf-", b"sardoc-web-", b"file:///")
        if marker in text
    ]


def test_no_output_holds_a_temporary_path(out):
    written = sorted(out.iterdir())
    assert {p.suffix for p in written} == {".md", ".html", ".docx", ".pdf", ".xlsx"}
    for path in written:
        assert temporary_paths(path.read_bytes()) == [], path.name


def test_the_path_check_looks_inside_packed_files(out, tmp_path):
    """The check above can fail: a path hidden in a zip member or a PDF stream is found."""
    import io
    import zipfile
    import zlib

    hidden = (tempfile.gettempdir() + "/sardoc-pdf-x/document.docx").encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("docProps/core.xml", b"<title>" + hidden + b"</title>")
    assert temporary_paths(buf.getvalue())
    pdf = b"%PDF-1.7\n1 0 obj<<>>stream\n" + zlib.compress(hidden) + b"\nendstream\n"
    assert temporary_paths(pdf)


def body_lines(text: str) -> list[str]:
    """A page's lines without its running header (the board's name) and footer (page n of m)."""
    return [
        " ".join(line.split())
        for line in text.splitlines()
        if line.strip()
        and "Safeguarding Adults Board" != line.strip()
        and not re.search(r"page \d+ of \d+", line)
    ]


@pytest.mark.parametrize("kind", DOCUMENT_KINDS)
def test_no_page_ends_with_a_heading(out, kind):
    """A heading is kept with what follows it: none is the last line of a page.

    LibreOffice leaves one at the foot of a page when the paragraph after it moves
    whole to the next page; sardoc reads its pages back and moves the heading too.
    """
    md = (out / f"adult-a-{kind}.md").read_text(encoding="utf-8")
    headings = {" ".join(h.split()) for h in re.findall(r"^#{2,4} (.+)$", md, re.M)}
    texts = pages(out / f"adult-a-{kind}.pdf")
    for n, text in enumerate(texts[:-1], 1):
        lines = body_lines(text)
        if not lines or lines[0] == "Contents":
            continue
        last = lines[-1]
        ends = [h for h in headings if last == h or (len(last) > 12 and h.endswith(last))]
        assert ends == [], f"page {n} of the {kind} ends with the heading {ends[0]!r}"


def sentences(text: str) -> list[str]:
    text = re.sub(r"[#*|_\\]", " ", text)
    return [" ".join(s.split()) for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 6]


@pytest.mark.parametrize("kind", DOCUMENT_KINDS)
def test_no_sentence_is_said_twice(out, kind):
    md = (out / f"adult-a-{kind}.md").read_text(encoding="utf-8")
    body = md.split("<!-- /cover -->", 1)[-1]
    twice = [s for s, n in Counter(sentences(body)).items() if n > 1]
    assert twice == []


def test_the_sample_facts_come_through_with_articles_right(out):
    rapid = (out / "adult-a-rapid-review.md").read_text(encoding="utf-8")
    assert "made by the Independent Chair of the Board" in rapid
    assert "decision of 19 February 2024" in rapid or "19 February 2024" in rapid
    # As of its decision, the rapid review does not report the inquest's end.
    assert "concluded January 2025" not in rapid
    report = (out / "adult-a-sar-report.md").read_text(encoding="utf-8")
    assert (
        report.count("referred the case to the Board") + report.count("referred to the Board by")
        == 1
    )
    leaflet = (out / "adult-a-family-guidance.md").read_text(encoding="utf-8")
    assert "NSAB SAR 2024/01" not in leaflet and "Final" not in leaflet
    assert not re.search(r"^## \d", leaflet, re.M)
    assert "Monday to Friday, 9am to 5pm" in leaflet
    brief = (out / "adult-a-seven-minute-briefing.md").read_text(encoding="utf-8")
    assert brief.count("full report") + brief.count("Full report") == 1


def test_a_heading_left_at_the_foot_of_a_page_is_found():
    """The read-back finds a heading that ends its page, and only that one."""
    import io

    from docx import Document
    from docx.enum.text import WD_BREAK

    from sardoc.render.pagination import Margins, stranded_headings
    from sardoc.render.pdf import docx_to_pdf

    doc = Document()
    doc.add_heading("Kept with its text", level=1)
    doc.add_paragraph("A paragraph under the first heading.")
    doc.add_heading("Left at the foot of the page", level=1)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph("The text that belonged under it, on the next page.")
    doc.add_heading("On the last page", level=1)
    buf = io.BytesIO()
    doc.save(buf)
    pdf = docx_to_pdf(buf.getvalue())
    headings = ["Kept with its text", "Left at the foot of the page", "On the last page"]
    assert stranded_headings(pdf, headings, Margins.of_docx(buf.getvalue())) == {1}


def test_no_quality_assurance_sheet_holds_a_temporary_path(tmp_path):
    """The QA sheet in every format (it is read from a copy sardoc may make of the draft)."""
    import subprocess
    import sys

    samples = data_dir("samples") / "adult-a"
    for fmt in ("html", "docx", "md", "json"):
        target = tmp_path / f"qa.{fmt}"
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "sardoc",
                "qa",
                str(samples / "draft.docx"),
                "--content",
                str(samples / "review.yaml"),
                "--format",
                fmt,
                "-o",
                str(target),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode in (0, 1), done.stderr
        assert temporary_paths(target.read_bytes()) == [], fmt
