"""The PDF reader: headings, paragraphs and lists recovered; running heads dropped."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sardoc.api import check
from sardoc.content import load_review
from sardoc.errors import InputError
from sardoc.paths import data_dir
from sardoc.render import Rendering, render_markdown
from sardoc.sources import markdown, read_document

PDFS = Path(__file__).resolve().parent.parent / "data" / "pdf"
OTHER = data_dir("samples") / "other-board" / "report.md"


def rules_fired(path: Path, prefixes=("PUB", "LEGAL")) -> set[str]:
    return {f.rule_id for f in check([path]).findings if f.rule_id.startswith(prefixes)}


def heading_texts(doc) -> list[str]:
    return [p.text for p in doc.paragraphs if p.is_heading]


def test_rendered_report_reads_back_with_its_headings_and_kind():
    doc = read_document(PDFS / "complete.pdf")
    assert doc.kind == "sar-report"
    review = load_review(data_dir("samples") / "adult-a" / "review.yaml")
    md = render_markdown(Rendering(review, "sar-report", False, data_dir("templates")))
    expected = [h for h in re.findall(r"^#{2,3} (.+)$", md, re.M)]
    got = heading_texts(doc)
    assert [h for h in got if h in expected] == expected  # every heading, in order
    assert rules_fired(PDFS / "complete.pdf") == set()
    assert check([PDFS / "complete.pdf"]).findings == []  # cleared names read from keywords


def test_paragraphs_are_joined_and_lists_split_and_running_heads_dropped():
    doc = read_document(PDFS / "complete.pdf")
    texts = [p.text for p in doc.paragraphs]
    assert any(
        t.startswith("The safeguarding team at the acute hospital trust referred")
        and t.endswith("care offered to her.")
        for t in texts
    )
    assert "self-neglect" in " ".join(texts) and "\ufffe" not in " ".join(texts)
    lists = [p.text for p in doc.paragraphs if p.role == "list"]
    assert "How did agencies work together, and was there a lead professional?" in lists
    assert not [t for t in texts if re.search(r"· page \d+$", t)]  # the footer
    assert all(p.attrs["page"] >= 1 for p in doc.paragraphs)


def test_missing_minimums_are_found_as_in_the_markdown():
    fired = rules_fired(PDFS / "gaps.pdf")
    assert fired == {"PUB-003", "PUB-006"}


def test_a_report_laid_out_another_way_reads_like_its_markdown():
    doc = read_document(PDFS / "other-board.pdf")
    md = markdown.read(OTHER, OTHER.read_bytes())
    assert heading_texts(doc)[1:] == heading_texts(md)[1:]
    assert rules_fired(PDFS / "other-board.pdf") == rules_fired(OTHER) == set()


NO_TEXT = b"""%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
trailer << /Root 1 0 R >>
%%EOF
"""


@pytest.mark.parametrize(
    "data, message",
    [
        (NO_TEXT, "no text layer"),
        (b"%PDF-1.7\n" + bytes(range(256)) * 20, "not a readable PDF"),
        (b"<html>not a pdf</html>", "not a readable PDF"),
    ],
)
def test_unreadable_pdfs_are_refused_in_one_line(tmp_path, data, message):
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    with pytest.raises(InputError) as e:
        read_document(path)
    assert message in e.value.lines()[0] and len(e.value.lines()) == 1
