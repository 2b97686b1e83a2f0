"""The html format: a self-contained, accessible page with findings in their paragraphs."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from lxml import html as lh

from sardoc.api import check
from sardoc.formatters import Report, format_report

DRAFT = """\
# Review

## Summary

The social worker, Jane Hughes, visited Mrs Okafor & "friends" (3 < 4). Later Mrs Okafor fell.
"""


@pytest.fixture
def page(tmp_path):
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    result = check([path])
    report = Report(
        findings=result.findings,
        files=result.files,
        rules=result.rules,
        profile="draft",
        version="0",
        ruleset_version="x",
        paragraphs=result.paragraphs,
    )
    return format_report(report, "html"), result


def test_every_finding_is_on_the_page_grouped_by_section(page):
    text, result = page
    tree = lh.fromstring(text)
    articles = tree.xpath("//article")
    # Each place of a finding has its article (a name used twice is marked twice).
    places = [one for f in result.findings for one in f.each_place()]
    assert len(articles) == len(places) > 3
    assert sorted(a.get("data-severity") for a in articles) == sorted(
        str(f.severity) for f in places
    )
    assert "Review › Summary" in [h.text_content() for h in tree.iter("h3")]
    errors = sum(f.severity.name == "ERROR" for f in result.findings)
    assert tree.xpath("//header//p")[0].text_content().startswith(f"{errors} errors,")


def test_the_offending_words_are_highlighted_in_their_paragraph(page):
    text, _ = page
    tree = lh.fromstring(text)
    marks = [m.text_content() for m in tree.iter("mark")]
    assert "Jane Hughes" in marks and marks.count("Mrs Okafor") == 2
    okafor = [a for a in tree.xpath("//article") if "'Mrs Okafor'" in a.text_content()]
    first, second = (lh.tostring(a.xpath(".//blockquote")[0], encoding="unicode") for a in okafor)
    # Each finding marks its own occurrence: the first before "Later", the second after.
    assert "Later" not in first.split("<mark>")[0] and "Later" in second.split("<mark>")[0]


def test_document_text_is_escaped_and_nothing_is_fetched(page):
    text, _ = page
    assert "Mrs Okafor &amp; &#34;friends&#34; (3 &lt; 4)" in text
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text)
    assert "default-src 'none'" in text
    tree = lh.fromstring(text)
    assert not tree.xpath("//link|//img|//iframe|//script[@src]")
    boxes = tree.xpath("//input[@type='checkbox']")
    assert boxes and all(b.getparent().tag == "label" for b in boxes)  # labelled controls


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium not installed")
def test_page_renders_in_headless_chromium(page, tmp_path):
    text, _ = page
    html = tmp_path / "report.html"
    html.write_text(text, encoding="utf-8")
    shot = tmp_path / "shot.png"
    subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--screenshot={shot}",
            "--window-size=1000,1200",
            html.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    dom = subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            f"--user-data-dir={tmp_path / 'profile2'}",
            "--dump-dom",
            html.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    ).stdout
    assert "Mrs Okafor" in dom and dom.count("<article") == text.count("<article")


def test_each_file_says_which_kind_it_was_checked_as(tmp_path):
    path = tmp_path / "7mb-adult-k.md"
    path.write_text("# Learning brief\n\n## Why it matters\n\nIt matters.\n", encoding="utf-8")
    result = check([path])
    report = Report(
        findings=result.findings,
        files=result.files,
        rules=result.rules,
        profile="draft",
        version="0",
        ruleset_version="x",
        kinds={
            r.path: {"kind": r.document.kind, "kind_source": r.document.kind_source}
            for r in result.results
        },
    )
    page = format_report(report, "html")
    assert "Checked as a 7-minute briefing (" in page
