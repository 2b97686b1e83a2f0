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
    render(load_review(SAMPLE), DOCUMENT_KINDS, ["md", "html", "docx", "pdf"], folder)
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


def test_no_output_holds_a_temporary_path(out):
    tmp = tempfile.gettempdir()
    for path in out.iterdir():
        data = path.read_bytes()
        assert tmp.encode() + b"/" not in data and b"sardoc-pdf-" not in data, path.name


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
