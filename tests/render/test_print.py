"""The HTML documents printed from a browser (Chromium): the other way people get paper.

Each page is printed to PDF through the DevTools protocol with the page's own @page
size, then read back: the briefing is one landscape page, no page ends with a
heading, and the action plan's wide table fits the width of the paper.
"""

from __future__ import annotations

import base64
import re
import shutil

import pytest

from sardoc.content import load_review
from sardoc.document import DOCUMENT_KINDS
from sardoc.paths import data_dir
from sardoc.render import render
from sardoc.render.pagination import Margins, stranded_headings

SAMPLE = data_dir("samples") / "adult-a" / "review.yaml"
#: The @page margins of templates/_base.html.j2, in points.
MARGINS = Margins(top=18 / 25.4 * 72, bottom=20 / 25.4 * 72)


@pytest.fixture(scope="module")
def browser():
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        pytest.skip("needs chromium and chromedriver")
    from selenium import webdriver

    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(arg)
    options.binary_location = shutil.which("chromium")
    service = webdriver.ChromeService(executable_path=shutil.which("chromedriver"))
    driver = webdriver.Chrome(options=options, service=service)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    out = tmp_path_factory.mktemp("print")
    render(load_review(SAMPLE), DOCUMENT_KINDS, ["md", "html"], out)
    return out


def printed(browser, path) -> bytes:
    browser.get(path.as_uri())
    result = browser.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True})
    return base64.b64decode(result["data"])


def page_count(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def test_the_briefing_prints_on_one_page(browser, pages):
    count = page_count(printed(browser, pages / "adult-a-seven-minute-briefing.html"))
    assert count == 1


@pytest.mark.parametrize("kind", DOCUMENT_KINDS)
def test_no_printed_page_ends_with_a_heading(browser, pages, kind):
    md = (pages / f"adult-a-{kind}.md").read_text(encoding="utf-8")
    body = md.split("<!-- /cover -->", 1)[-1]
    headings = [" ".join(h.split()) for h in re.findall(r"^#{2,4} (.+)$", body, re.M)]
    pdf = printed(browser, pages / f"adult-a-{kind}.html")
    assert stranded_headings(pdf, headings, MARGINS) == set()


def test_the_action_plan_table_fits_the_paper(browser, pages):
    """Laid out for print at the width of A4 landscape less its margins (265 mm, about
    1000 CSS pixels), the table is no wider than the page body."""
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    browser.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": 1000, "height": 700, "deviceScaleFactor": 1, "mobile": False},
    )
    try:
        browser.get((pages / "adult-a-action-plan.html").as_uri())
        table, body = browser.execute_script(
            "return [document.querySelector('table').getBoundingClientRect().right,"
            " document.body.getBoundingClientRect().right]"
        )
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert table <= body + 0.5


def test_no_printed_page_of_the_quality_assurance_sheet_ends_with_a_heading(browser, tmp_path):
    import subprocess
    import sys

    samples = data_dir("samples") / "adult-a"
    sheet = tmp_path / "qa.html"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "sardoc",
            "qa",
            str(samples / "draft.docx"),
            "--content",
            str(samples / "review.yaml"),
            "-o",
            str(sheet),
        ],
        capture_output=True,
        check=False,
    )
    html = sheet.read_text(encoding="utf-8")
    headings = [
        " ".join(re.sub(r"<[^>]+>", "", h).split())
        for h in re.findall(r"<h[23][^>]*>(.*?)</h[23]>", html, re.S)
    ]
    assert len(headings) > 15
    # The sheet's @page margin is 16 mm all round.
    margins = Margins(top=16 / 25.4 * 72, bottom=16 / 25.4 * 72)
    assert stranded_headings(printed(browser, sheet), headings, margins) == set()
