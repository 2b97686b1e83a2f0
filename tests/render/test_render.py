"""Rendering: every document of every kind, its round trip through the checks, and its safety."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from sardoc.api import check
from sardoc.config import Config
from sardoc.content import load_review, parse_review
from sardoc.document import DOCUMENT_KINDS
from sardoc.errors import SardocError
from sardoc.paths import data_dir
from sardoc.render import Rendering, render, render_docx, render_html, render_markdown
from sardoc.sources import read_document

SAMPLE = data_dir("samples") / "adult-a" / "review.yaml"
GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture(scope="module")
def review():
    return load_review(SAMPLE)


@pytest.fixture(scope="module")
def rendered(review, tmp_path_factory):
    out = tmp_path_factory.mktemp("rendered")
    render(review, DOCUMENT_KINDS, ["md", "html", "docx", "xlsx"], out)
    return out


def job(review, kind, draft=False):
    return Rendering(review, kind, draft, data_dir("templates"))


@pytest.mark.parametrize("fmt", ["md", "docx", "html"])
@pytest.mark.parametrize("kind", DOCUMENT_KINDS)
def test_every_document_passes_the_publication_checks_for_its_kind(rendered, kind, fmt):
    path = rendered / f"adult-a-{kind}.{fmt}"
    doc = read_document(path)
    assert doc.kind == kind
    result = check([path], Config(profile="publication"))
    assert result.problems == []
    assert [(f.rule_id, f.message) for f in result.findings if f.severity.name == "ERROR"] == []


def test_the_round_trip_can_fail(review, tmp_path):
    """Without good practice and terms of reference, the rendered report is caught."""
    gaps = review.model_copy(
        update={"good_practice": [], "terms_of_reference": [], "key_lines_of_enquiry": []}
    )
    render(gaps, ["sar-report"], ["md", "docx", "html"], tmp_path)
    for fmt in ("md", "docx", "html"):
        found = {f.rule_id for f in check([tmp_path / f"adult-a-sar-report.{fmt}"]).findings}
        assert {"PUB-006"} <= found, fmt


def docx_outline(path: Path) -> str:
    """The text and structure of a Word file: paragraphs with their style, tables by row."""
    from docx import Document

    doc = Document(str(path))
    lines = []
    body = doc.element.body
    for el in body.iterchildren():
        tag = el.tag.rsplit("}", 1)[1]
        if tag == "p":
            from docx.text.paragraph import Paragraph

            para = Paragraph(el, doc)
            if para.text.strip():
                lines.append(f"[{para.style.name}] {para.text}")
        elif tag == "tbl":
            from docx.table import Table

            for row in Table(el, doc).rows:
                lines.append("| " + " | ".join(c.text for c in row.cells) + " |")
    lines.append("[header] " + " / ".join(p.text for p in doc.sections[0].header.paragraphs))
    lines.append("[footer] " + " / ".join(p.text for p in doc.sections[0].footer.paragraphs))
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("kind", DOCUMENT_KINDS)
def test_docx_text_and_structure_match_the_golden_copy(rendered, kind):
    actual = docx_outline(rendered / f"adult-a-{kind}.docx")
    golden = GOLDEN / f"{kind}.docx.txt"
    if not golden.exists():  # pragma: no cover - writing a new golden file is deliberate
        pytest.fail(f"no golden file; review and save:\n{actual}")
    assert actual == golden.read_text(encoding="utf-8")


def test_word_files_declare_their_kind_and_cleared_names(rendered):
    doc = read_document(rendered / "adult-a-family-guidance.docx")
    assert doc.kind == "family-guidance"
    assert "01632 960123" in doc.metadata["allow"] and "Mr B" in doc.metadata["pseudonyms"]
    assert doc.metadata["author"] == "Northfield Safeguarding Adults Board"


def test_html_is_one_self_contained_page(rendered):
    from lxml import html as lh

    page = (rendered / "adult-a-sar-report.html").read_text(encoding="utf-8")
    tree = lh.fromstring(page)
    assert [h.text_content() for h in tree.xpath("//main//h2")][:2] == [
        "1. Introduction",
        "2. Legal mandate",
    ]
    # The contents list links to every section of the body.
    links = tree.xpath("//nav//a/@href")
    ids = ["#" + i for i in tree.xpath("//main//h2/@id")]
    assert links == ids and len(ids) > 10
    assert not tree.xpath("//script|//link|//img|//iframe")
    assert not re.search(r"""(src|href)=["']?https?:""", page)
    assert "default-src 'none'" in page
    assert tree.xpath("//table/thead/tr/th")[0].text_content() == "No."


NASTY = '<b>Tom & "Jerry"</b> {{ review }} *not bold* 1. x'


def nasty_review(review):
    good = list(review.good_practice)
    first = good[0].model_copy(update={"text": NASTY})
    return review.model_copy(update={"good_practice": [first, *good[1:]]})


def test_content_renders_exactly_in_every_format(review, tmp_path):
    r = nasty_review(review)
    render(r, ["sar-report"], ["md", "html", "docx"], tmp_path)
    md = read_document(tmp_path / "adult-a-sar-report.md")
    assert any(p.text.endswith(NASTY) for p in md.paragraphs)
    docx = read_document(tmp_path / "adult-a-sar-report.docx")
    assert any(p.text.endswith(NASTY) for p in docx.paragraphs)
    from lxml import html as lh

    tree = lh.fromstring((tmp_path / "adult-a-sar-report.html").read_text(encoding="utf-8"))
    assert any(p.text_content().endswith(NASTY) for p in tree.iter("p"))
    assert not tree.xpath("//main//b")


def test_a_missing_field_in_a_template_is_named(review, tmp_path):
    folder = tmp_path / "templates"
    (folder / "sar-report").mkdir(parents=True)
    (folder / "sar-report" / "sar-report.md.j2").write_text("# {{ review.adult.nickname }}\n")
    with pytest.raises(SardocError) as e:
        render(review, ["sar-report"], ["md"], tmp_path / "out", templates=folder)
    assert "nickname" in e.value.lines()[0]
    assert not (tmp_path / "out").exists()


def test_user_templates_are_sandboxed(review, tmp_path):
    folder = tmp_path / "templates"
    (folder / "sar-report").mkdir(parents=True)
    (folder / "sar-report" / "sar-report.md.j2").write_text(
        "{{ review.__class__.__init__.__globals__ }}\n"
    )
    with pytest.raises(SardocError):
        render(review, ["sar-report"], ["md"], tmp_path / "out", templates=folder)
    (folder / "sar-report" / "sar-report.md.j2").write_text('{% include "../../secret" %}\n')
    (tmp_path / "secret").write_text("private")
    with pytest.raises(SardocError):
        render(review, ["sar-report"], ["md"], tmp_path / "out", templates=folder)


def test_a_failed_render_writes_nothing(review, tmp_path, monkeypatch):
    import sardoc.render as r

    def boom(job, md=None):
        raise SardocError("converter failed")

    monkeypatch.setattr(r, "render_docx", boom)
    with pytest.raises(SardocError):
        render(review, DOCUMENT_KINDS, ["md", "docx"], tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_draft_marking(review):
    md = render_markdown(job(review, "sar-report", draft=True))
    assert "**DRAFT: not for publication.**" in md and "status: draft" in md
    assert "DRAFT" in render_html(job(review, "sar-report", draft=True))
    assert "DRAFT" not in render_html(job(review, "sar-report"))
    import io

    from docx import Document

    header = Document(io.BytesIO(render_docx(job(review, "action-plan", draft=True))))
    assert "DRAFT" in header.sections[0].header.paragraphs[0].text


def test_rapid_review_decision_says_plainly(review):
    md = render_markdown(job(review, "rapid-review"))
    assert "**The criteria for a Safeguarding Adults Review are met.**" in md
    no = review.model_copy(
        update={
            "decision": review.decision.model_copy(
                update={
                    "criteria_met": False,
                    "review": False,
                    "learning": "A learning briefing.",
                    "no_further_learning": "The themes repeat an earlier review.",
                }
            )
        }
    )
    md = render_markdown(job(no, "rapid-review"))
    assert "**The criteria for a Safeguarding Adults Review are not met.**" in md
    assert "Why no further learning is expected: The themes repeat an earlier review." in md


def test_a_heading_the_pdf_moves_starts_a_new_page_in_its_word_file(review):
    """Headings named in ``breaks`` (counted from 0, all levels) get page-break-before;
    the others, and the Word file a user downloads, do not."""
    from dataclasses import replace

    from docx import Document

    plain = Document(io.BytesIO(render_docx(job(review, "sar-report"))))
    moved = Document(
        io.BytesIO(render_docx(replace(job(review, "sar-report"), breaks=frozenset({4}))))
    )

    def breaking(doc):
        heads = [p for p in doc.paragraphs if p.style.name.startswith("Heading")]
        return [n for n, p in enumerate(heads) if p.paragraph_format.page_break_before]

    assert breaking(plain) == []
    assert breaking(moved) == [4]
    heads = [p for p in moved.paragraphs if p.style.name.startswith("Heading")]
    assert heads[4].text.startswith("5. ")
    assert all(p.paragraph_format.keep_with_next for p in heads)


def test_action_plan_workbook(rendered):
    from openpyxl import load_workbook

    ws = load_workbook(rendered / "adult-a-action-plan.xlsx").active
    assert ws["A1"].value == "Rec. id" and ws["N1"].value == "Status"
    assert ws.freeze_panes == "C2"
    assert [ws.cell(r, 5).value for r in range(2, ws.max_row + 1)] == ["A1", "A2", "A3", "A4"]
    assert ws.data_validations.dataValidation[0].formula1.startswith('"not started,red')


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdf_through_libreoffice(review, tmp_path):
    render(review, ["seven-minute-briefing"], ["pdf"], tmp_path)
    pdf = tmp_path / "adult-a-seven-minute-briefing.pdf"
    assert pdf.read_bytes()[:5] == b"%PDF-"
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for heading in ("1. Background", "6. Questions for reflection", "7. Further information"):
        assert heading in text
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert int(re.search(r"Pages:\s+(\d+)", pages)[1]) == 1  # one side of A4


def sardoc(*args):
    """The real entry point in a subprocess: real exit status, real error lines."""
    import sys

    p = subprocess.run(
        [sys.executable, "-m", "sardoc", *map(str, args)], capture_output=True, text=True
    )
    return p.returncode, p.stdout + p.stderr


def test_cli_refuses_content_that_is_not_ready_unless_draft(tmp_path):
    text = SAMPLE.read_text(encoding="utf-8")
    text = re.sub(r"\ngood_practice:.*?\n\n", "\n", text, flags=re.S)
    path = tmp_path / "review.yaml"
    path.write_text(text, encoding="utf-8")
    code, out = sardoc("render", path, "-o", tmp_path / "out")
    assert code == 2 and "PUB-006" in out and "Traceback" not in out
    assert not (tmp_path / "out").exists()
    code, out = sardoc(
        "render", path, "-o", tmp_path / "out", "--draft", "--doc", "sar-report", "--format", "md"
    )
    assert code == 0, out
    assert (tmp_path / "out" / "adult-a-sar-report.md").read_text().count("DRAFT") >= 1


def test_cli_refuses_invalid_content_with_its_problems(tmp_path):
    path = tmp_path / "review.yaml"
    path.write_text("adult: {pseudonym: A}\nboard: {name: B}\nreview_type: {kind: sometimes}\n")
    code, out = sardoc("render", path, "-o", tmp_path / "out", "--draft")
    assert code == 2 and "Traceback" not in out
    assert "review.yaml:3:" in out and "review_type.kind" in out


def test_minimal_content_renders_every_kind_in_draft(tmp_path):
    review = parse_review(
        "adult: {pseudonym: Adult C, alive: true}\nboard: {name: Eastmoor SAB}\n"
        "review_type: {kind: discretionary}\n",
        "r.yaml",
    )
    written = render(review, DOCUMENT_KINDS, ["md", "html", "docx", "xlsx"], tmp_path, draft=True)
    assert len(written) == 16


@pytest.mark.parametrize(
    "text", ["1. x", "12) y", "##", "---", "- x", "+", "> q", "# not a heading"]
)
def test_text_that_looks_like_markdown_stays_text(review, text):
    md = render_markdown(job(review.model_copy(update={"conclusions": text}), "sar-report"))
    doc = read_document_from_text(md)
    body = [p for p in doc.paragraphs if p.section[-1:] == ("15. Conclusions",)]
    assert [p.text for p in body if not p.is_heading] == [text]


def read_document_from_text(md: str):
    from sardoc.sources import markdown

    return markdown.read(Path("x.md"), md.encode("utf-8"))
