"""Web pages: headings and blocks read in order, page furniture left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from sardoc.api import check
from sardoc.errors import InputError
from sardoc.sources import read_document

PAGE = """<!doctype html>
<html><head><title>Learning from Mr K</title>
<meta name="keywords" content="sardoc-kind: sar-report; sardoc-allow: Dr Ruth Ellison">
<script>var tracker = "Jane Hughes";</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<h1>Learning from Mr K</h1>
<h2>Good practice</h2>
<p>The housing officer made a clear and timely referral
   about the state of the home.</p>
<ul><li>Weekly visits by the nurses.</li><li><p>Careful records.</p></li></ul>
<table><tr><th>No.</th><th>Recommendation</th></tr><tr><td>R1</td><td>Audit cases.</td></tr></table>
<p>Dr Ruth Ellison led the review. Mrs Okafor helped.</p>
<form><input name="q"><button>Search</button></form>
</body></html>
"""


def page(tmp_path: Path, text: str = PAGE) -> Path:
    path = tmp_path / "review.html"
    path.write_text(text, encoding="utf-8")
    return path


def test_structure_kind_and_declared_names(tmp_path):
    doc = read_document(page(tmp_path))
    assert doc.kind == "sar-report" and doc.metadata["allow"] == ["Dr Ruth Ellison"]
    assert [(p.role, p.level, p.text) for p in doc.paragraphs][:4] == [
        ("heading", 1, "Learning from Mr K"),
        ("heading", 2, "Good practice"),
        (
            "body",
            0,
            "The housing officer made a clear and timely referral about the state of the home.",
        ),
        ("list", 0, "Weekly visits by the nurses."),
    ]
    texts = [p.text for p in doc.paragraphs]
    assert "Careful records." in texts and "Audit cases." in texts
    assert not any("Home" == t or "tracker" in t or "Search" in t for t in texts)


def test_findings_point_at_the_line(tmp_path):
    found = [f for f in check([page(tmp_path)]).findings if f.rule_id == "PII-001"]
    assert [(f.text, f.location.line) for f in found] == [("Mrs Okafor", 12)]


def test_an_unknown_kind_is_refused(tmp_path):
    with pytest.raises(InputError, match="unknown document kind"):
        read_document(page(tmp_path, PAGE.replace("sar-report", "poster")))
