"""sardoc serve: the pages, their safety, and the whole path in a real browser."""

from __future__ import annotations

import io
import re
import shutil
import tempfile
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("flask")

from sardoc.paths import data_dir  # noqa: E402
from sardoc.web import CSP, MAX_UPLOAD, create_app  # noqa: E402
from tests.helpers import undeclared_copy  # noqa: E402

SAMPLES = data_dir("samples") / "adult-a"


@pytest.fixture
def client():
    return create_app().test_client()


def upload(client, path: Path, **form):
    return client.post(
        "/check",
        data={"file": (path.open("rb"), path.name), **form},
        content_type="multipart/form-data",
    )


def test_every_page_answers_with_a_strict_policy(client):
    for url in ("/", "/produce", "/rules"):
        r = client.get(url)
        assert r.status_code == 200
        assert r.headers["Content-Security-Policy"] == CSP
        assert "default-src 'none'" in CSP
        assert b'<label for="file">' in r.data or url == "/rules"
    assert b"PII-001" in client.get("/rules").data


def test_checking_a_draft_shows_findings_highlighted(client):
    r = upload(client, SAMPLES / "draft-gaps.md", profile="draft")
    assert r.status_code == 200
    text = r.data.decode("utf-8")
    assert "PUB-006" in text and "Not ready for publication" in text
    assert text.count('data-severity="error"') == 4


def test_an_upload_leaves_no_file_behind(client, tmp_path, monkeypatch):
    private = tmp_path / "tmp"
    private.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private))
    assert upload(client, SAMPLES / "draft.docx").status_code == 200
    for what in ("annotated", "qa", "redacted"):
        path = SAMPLES / "draft.docx"
        r = client.post(
            f"/download/{what}",
            data={"file": (path.open("rb"), path.name)},
            content_type="multipart/form-data",
        )
        assert r.status_code == 200 and r.headers["Content-Disposition"].startswith("attachment")
    assert list(private.iterdir()) == []


def test_the_page_never_embeds_the_upload(client):
    draft = (SAMPLES / "draft.docx").read_bytes()
    page = upload(client, SAMPLES / "draft.docx").data
    # The results page is the findings, not the file: a large upload makes no large page.
    assert len(page) < len(draft) and b"payload" not in page
    assert b'formaction="/download/annotated"' in page and b'name="file"' in page


def test_problems_are_friendly_and_never_a_traceback(client, tmp_path):
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"not a zip at all")
    r = upload(client, bad)
    assert r.status_code == 400 and b"not a .docx package" in r.data
    assert b"Traceback" not in r.data and b"sardoc-web-" not in r.data
    wrong = tmp_path / "notes.exe"
    wrong.write_bytes(b"MZ")
    assert b"is not one" in upload(client, wrong).data
    big = tmp_path / "big.md"
    big.write_bytes(b"# x\n" + b"a" * (MAX_UPLOAD + 10))
    r = upload(client, big)
    assert r.status_code == 413 and b"too large" in r.data
    r = client.post("/download/annotated", data={"kind": "sar-report"})
    assert r.status_code == 400 and b"Choose a file" in r.data


def test_produce_shows_content_problems_in_plain_words(client, tmp_path):
    y = tmp_path / "review.yaml"
    y.write_text("adult: {pseudonym: A, alive: maybe}\nboard: {name: B}\nreview_type: {kind: x}\n")
    r = client.post(
        "/produce", data={"file": (y.open("rb"), "review.yaml")}, content_type="multipart/form-data"
    )
    assert r.status_code == 400 and b"adult.alive: must be true or false" in r.data
    r = client.post("/produce", data={"sample": "1"}, content_type="multipart/form-data")
    assert r.status_code == 200 and r.data.count(b'name="doc"') == 21
    assert b"documents below are final" in r.data


def produced(client, review: Path, doc: str) -> bytes:
    return client.post(
        "/produce/file",
        data={"file": (review.open("rb"), review.name), "doc": doc},
        content_type="multipart/form-data",
    ).data


def test_produce_gives_final_documents_only_when_the_content_passes(client, tmp_path):
    assert b"DRAFT" not in produced(client, SAMPLES / "review.yaml", "sar-report:md")
    thin = tmp_path / "review.yaml"
    thin.write_text(
        "adult: {pseudonym: Adult A, alive: false}\nboard: {name: Example Board}\n"
        "review_type: {kind: mandatory, condition: 1}\n",
        encoding="utf-8",
    )
    r = client.post(
        "/produce",
        data={"file": (thin.open("rb"), "review.yaml")},
        content_type="multipart/form-data",
    )
    assert r.status_code == 200 and b"marked DRAFT" in r.data and b"FAM-001" in r.data
    assert b"DRAFT" in produced(client, thin, "sar-report:md")


def test_the_rules_page_shows_no_raw_placeholder_and_links_each_explanation(client):
    page = client.get("/rules").data.decode("utf-8")
    assert re.findall(r"\{\w+\}", page) == []
    assert 'href="/rules/PUB-006"' in page
    rule = client.get("/rules/PUB-006")
    assert rule.status_code == 200 and b"How to put it right" in rule.data


def test_no_rule_page_shows_a_raw_placeholder(client):
    """Each rule's own page too: its message and its hint, filled or named, never ``{x}``."""
    ids = re.findall(r'href="/rules/([\w-]+)"', client.get("/rules").data.decode("utf-8"))
    assert len(ids) > 50
    raw = {}
    for rule_id in ids:
        page = client.get(f"/rules/{rule_id}").data.decode("utf-8")
        # The examples are the rule file's own text, quoted as written.
        shown = re.sub(r"<pre>.*?</pre>", "", page, flags=re.S)
        found = re.findall(r"\{\w+\}|\{\{|\{%", shown)
        if found:
            raw[rule_id] = found
    assert raw == {}
    grammar = client.get("/rules/GRAM-001").data.decode("utf-8")
    assert "<var>suggestion</var>" in grammar and "stands for what the check fills in" in grammar


def carried(page: str, field: str) -> str:
    return re.search(rf'name="{field}" value="([^"]*)"', page).group(1)


def test_the_sample_is_checked_with_its_own_settings(client):
    r = client.post(
        "/check", data={"sample": "1", "profile": "publication"}, content_type="multipart/form-data"
    )
    page = r.data.decode("utf-8")
    assert r.status_code == 200 and "Findings for draft.docx" in page
    assert page.count('data-severity="error"') == 0  # its sardoc.yaml clears the reviewer
    assert carried(page, "sample") == "1"  # the server has the sample: nothing to re-send
    redacted = client.post("/download/redacted", data={"sample": "1"})
    from docx import Document

    text = "\n".join(p.text for p in Document(io.BytesIO(redacted.data)).paragraphs)
    assert "Dr Ruth Ellison" in text  # cleared for publication, so kept


def test_a_boards_settings_and_cleared_names_apply_to_an_upload(client, tmp_path):
    draft = undeclared_copy(SAMPLES / "draft.docx", tmp_path / "draft.docx")
    plain = upload(client, draft, profile="publication").data.decode("utf-8")
    # The independent reviewer, named twice: an official, noted at info (PII-011).
    assert plain.count('data-severity="info"') == 2
    board = tmp_path / "sardoc.yaml"
    board.write_text("identifiable:\n  allow: [Dr Ruth Ellison]\n", encoding="utf-8")
    with_board = client.post(
        "/check",
        data={
            "file": (draft.open("rb"), "draft.docx"),
            "config": (board.open("rb"), "sardoc.yaml"),
            "profile": "publication",
        },
        content_type="multipart/form-data",
    ).data.decode("utf-8")
    assert with_board.count('data-severity="info"') == 0
    named = upload(client, draft, profile="publication", allow="Dr Ruth Ellison\n")
    assert named.data.decode("utf-8").count('data-severity="info"') == 0
    board.write_text("rule_paths: [mine]\n", encoding="utf-8")
    refused = client.post(
        "/check",
        data={
            "file": (draft.open("rb"), "draft.docx"),
            "config": (board.open("rb"), "sardoc.yaml"),
        },
        content_type="multipart/form-data",
    )
    assert refused.status_code == 400 and b"rule_paths" in refused.data


def test_another_address_needs_the_token():
    client = create_app(token="s3cret").test_client()
    assert client.get("/").status_code == 403
    assert b"access token" in client.get("/").data
    assert client.get("/?token=wrong").status_code == 403
    page = client.get("/?token=s3cret")
    assert page.status_code == 200 and b'name="token" value="s3cret"' in page.data


# -- a real browser -------------------------------------------------------------------


@pytest.fixture
def server():
    from werkzeug.serving import make_server

    srv = make_server("127.0.0.1", 0, create_app(), threaded=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_port}"
    srv.shutdown()


@pytest.fixture
def browser(tmp_path):
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        pytest.skip("chromium and chromedriver are not installed")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for arg in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--window-size=1200,1400",
    ):
        options.add_argument(arg)
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads)})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    driver.execute_cdp_cmd(
        "Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}
    )
    driver.downloads = downloads
    yield driver
    driver.quit()


def results_page(browser) -> None:
    """Wait for the findings page: a form post navigates after the click returns."""
    from selenium.webdriver.support.ui import WebDriverWait

    # The title, not an element: an element of the old page goes stale mid-check.
    WebDriverWait(browser, 30).until(lambda d: d.title.startswith("Findings for"))


def test_in_a_browser_check_a_draft_and_download_the_annotated_copy(server, browser, tmp_path):
    from docx import Document
    from selenium.webdriver.common.by import By

    browser.get(server + "/")
    browser.find_element(By.ID, "file").send_keys(str(SAMPLES / "draft-gaps.md"))
    browser.find_element(By.ID, "profile").send_keys("publication")
    browser.find_element(By.CSS_SELECTOR, "form.card button").click()
    results_page(browser)
    assert "PUB-006" in browser.page_source
    browser.save_screenshot(str(tmp_path / "results.png"))
    box = browser.find_element(By.CSS_SELECTOR, "input[value=error]")
    box.click()  # untick errors: they are hidden
    errors = browser.find_elements(By.CSS_SELECTOR, "li.error")
    assert errors and all(not e.is_displayed() for e in errors)

    browser.get(server + "/")
    browser.find_element(By.ID, "file").send_keys(str(SAMPLES / "draft.docx"))
    browser.find_element(By.CSS_SELECTOR, "form.card button").click()
    results_page(browser)
    browser.find_element(By.ID, "download-annotated").click()
    target = browser.downloads / "draft-annotated.docx"
    for _ in range(100):
        if target.exists() and target.stat().st_size > 0:
            break
        time.sleep(0.1)
    doc = Document(str(target))
    assert any("Safeguarding Adults Review" in p.text for p in doc.paragraphs)


def command_line_findings(path: Path, profile: str) -> list[tuple[str, str, str]]:
    """What ``sardoc check`` reports for a file, with the config it finds beside it."""
    import json
    import subprocess
    import sys

    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "sardoc",
            "check",
            str(path),
            "--format",
            "json",
            "--profile",
            profile,
        ],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    found = json.loads(out)["findings"]
    return sorted((f["rule"], f["severity"], f["message"]) for f in found)


@pytest.mark.parametrize("profile", ["draft", "publication"])
def test_in_a_browser_the_page_and_the_command_line_agree(server, browser, profile):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    drafts = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".md", ".docx"))
    assert len(drafts) >= 4
    for draft in drafts:
        browser.get(server + "/")
        browser.find_element(By.ID, "file").send_keys(str(draft))
        browser.find_element(By.ID, "config").send_keys(str(SAMPLES / "sardoc.yaml"))
        Select(browser.find_element(By.ID, "profile")).select_by_value(profile)
        browser.find_element(By.CSS_SELECTOR, "form.card button").click()
        results_page(browser)
        shown = sorted(
            (
                li.get_attribute("data-rule"),
                li.get_attribute("data-severity"),
                li.get_attribute("data-message"),
            )
            for li in browser.find_elements(By.CSS_SELECTOR, "li[data-rule]")
        )
        assert shown == command_line_findings(draft, profile), draft.name
        counts = browser.find_element(By.CSS_SELECTOR, "p.counts").text
        errors = sum(1 for _, sev, _ in shown if sev == "error")
        assert counts.startswith(f"{errors} error") or (not shown and "No problems" in counts)
        assert ("a draft" if profile == "draft" else "for publication") in counts


def test_in_a_browser_every_page_has_no_axe_violations(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from tests.render.test_axe import axe_script

    script = axe_script()
    if script is None:
        pytest.skip("axe-core is not installed: run scripts/install_axe.sh")

    def violations(where: str) -> list:
        browser.execute_script(script.read_text(encoding="utf-8"))
        found = browser.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {runOnly: {type: 'tag', values: "
            "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
            ".then(r => done(r.violations.map(v => [v.id, v.nodes.length])));"
        )
        return [(where, *v) for v in found]

    found = []
    for width in (1200, 390):
        browser.set_window_size(width, 900)
        for url in ("/", "/produce", "/rules", "/rules/PUB-006"):
            browser.get(server + url)
            found += violations(url)
        browser.get(server + "/")
        browser.find_element(By.ID, "file").send_keys(str(SAMPLES / "draft-gaps.md"))
        browser.find_element(By.CSS_SELECTOR, "form.card button").click()
        results_page(browser)
        found += violations("results")
        browser.get(server + "/produce")
        browser.find_element(By.CSS_SELECTOR, "button[name=sample]").click()
        WebDriverWait(browser, 30).until(lambda d: "Checked for publication" in d.page_source)
        found += violations("produced")
    assert found == []


def test_a_pack_finding_keeps_its_brackets_when_the_private_path_is_taken_out():
    """Only the temporary folder is cut from a message: '(report.docx ¶113)' stays whole."""
    packs = Path(__file__).parents[1] / "data" / "packs" / "broken"
    files = [(io.BytesIO(p.read_bytes()), p.name) for p in sorted(packs.iterdir())]
    data = {"files": [f for f in files if f[1] != "sardoc.yaml"], "profile": "draft"}
    data["config"] = (io.BytesIO((packs / "sardoc.yaml").read_bytes()), "sardoc.yaml")
    page = (
        create_app()
        .test_client()
        .post("/pack", data=data, content_type="multipart/form-data")
        .get_data(as_text=True)
    )
    messages = re.findall(r"<strong>PACK-\d+</strong> (.*?)</p>", page)
    assert messages and "sardoc-web-" not in page
    for message in messages:
        assert message.count("(") == message.count(")"), message
