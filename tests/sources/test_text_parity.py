"""The same document typed as plain text, whichever way its headings are typed, is read
for the same elements as its Markdown (issue 13: same findings whatever the layout)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from sardoc.api import check
from sardoc.config import Config, Grammar
from tests.textfactory import SHAPES, as_plain_text

DEV = Path(__file__).resolve().parents[1] / "data" / "elements" / "dev"
#: Rules that report a missing element of a document's kind.
ELEMENT_RULES = ("PUB-", "LEGAL-", "7MB-", "LEAF-", "RR-", "FAM-")
#: Plain text cannot say a heading's level: a section split into subsections under a
#: heading with no text of its own ("Analysis" over "The decisions that followed")
#: comes apart into sibling sections, and the parent's element is lost with it.
LEVELS_LOST = {
    ("sar-mr-j-overview.md", "caps"),
    ("sar-mr-j-overview.md", "underline"),
    ("sar-mr-j-overview.md", "plain"),
    ("thematic_sar_three_adults.md", "underline"),
}


def _cases():
    lost = pytest.mark.xfail(strict=True, reason="plain text cannot say a heading's level")
    for md in sorted(DEV.glob("*.md")):
        label = md.with_name(md.stem + ".labels.yaml")
        if not label.exists():
            continue
        kind = yaml.safe_load(label.read_text(encoding="utf-8"))["kind"]
        for shape in SHAPES:
            marks = [lost] if (md.name, shape) in LEVELS_LOST else []
            yield pytest.param(md, kind, shape, marks=marks, id=f"{md.stem}-{shape}")


def _element_findings(path: Path, kind: str) -> Counter:
    result = check([path], Config(kind=kind, grammar=Grammar(backend="none")))
    return Counter(
        (f.rule_id, f.message) for f in result.findings if f.rule_id.startswith(ELEMENT_RULES)
    )


@pytest.mark.parametrize(("md", "kind", "shape"), list(_cases()))
def test_plain_text_gives_the_markdowns_element_findings(tmp_path, md, kind, shape):
    txt = tmp_path / (md.stem + ".txt")
    txt.write_text(as_plain_text(md.read_text(encoding="utf-8"), shape), encoding="utf-8")
    assert _element_findings(txt, kind) == _element_findings(md, kind)


def test_the_shapes_type_headings_as_plain_text():
    md = "# Review\n\n## What happened\n\nText.\n\n| **1. Panel** | " + "word " * 20 + "|\n"
    assert as_plain_text(md, "caps").startswith("REVIEW\n\nWHAT HAPPENED\n")
    assert "What happened\n-------------" in as_plain_text(md, "underline")
    assert "\n1. What happened\n" in as_plain_text(md, "numbered")
    # A panel of a table is typed as its title over its text, with no mark-up left.
    assert "\n1. Panel\n\nword word" in as_plain_text(md, "plain")
    assert "*" not in as_plain_text(md, "plain") and "|" not in as_plain_text(md, "plain")
