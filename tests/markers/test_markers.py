"""Quality markers: the data, the sheet's statuses, its formats, and sign-off records."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import defaultdict

import pytest

from sardoc.api import check, declare_names
from sardoc.config import Config, rules_in_force
from sardoc.errors import RuleFileError
from sardoc.markers import STATUSES, assess, load_markers
from sardoc.paths import data_dir
from sardoc.sources import read_document

SAMPLES = data_dir("samples") / "adult-a"


def test_fifteen_markers_in_three_groups():
    markers = load_markers()
    assert [m.id for m in markers] == [f"QM{n}" for n in range(1, 16)]
    assert {m.group for m in markers} == {
        "Setting up the review",
        "Running the review",
        "Output, action and impact",
    }
    assert all(m.questions and m.good for m in markers)


def test_every_marker_is_evidenced_by_a_rule_or_left_to_a_person():
    for m in load_markers():
        assert m.rules or m.evidence_in_records, f"{m.id} is evidenced by nothing"


def test_a_markers_rules_are_the_rules_that_name_it():
    by_marker = defaultdict(set)
    for rule in rules_in_force(Config()):
        for m in rule.markers:
            by_marker[m].add(rule.id)
    known = {m.id for m in load_markers()}
    assert set(by_marker) <= known, "a rule names a marker that does not exist"
    for m in load_markers():
        assert list(m.rules) == sorted(by_marker[m.id]), m.id


def test_a_marker_file_may_not_list_its_rules(tmp_path):
    src = (data_dir("quality_markers") / "QM01.yaml").read_text(encoding="utf-8")
    (tmp_path / "QM01.yaml").write_text(src + "rules:\n- META-001\n", encoding="utf-8")
    with pytest.raises(RuleFileError) as e:
        load_markers(tmp_path)
    assert "QM01.yaml" in str(e.value) and "rules" in str(e.value)


def statuses(paths, kind=None) -> dict[str, str]:
    config = Config(profile="publication")
    result = check(paths, config)
    docs = []
    for p in paths:
        d = read_document(p, kind)
        declare_names(d, config)
        docs.append(d)
    return {
        a.marker.id: a.status for a in assess(load_markers(), docs, result.rules, result.findings)
    }


def test_every_status_can_be_reached(tmp_path):
    complete = statuses([SAMPLES / "draft.md", SAMPLES / "review.yaml"])
    assert set(complete.values()) == {"met"}
    alone = statuses([SAMPLES / "draft.md"])
    assert alone["QM1"] == "needs a person's judgement" and alone["QM4"] == "met"
    gaps = statuses([SAMPLES / "draft-gaps.md"])
    assert gaps["QM2"] == "partly met"  # no mandate (LEGAL-001), right terms (LEGAL-002)
    bare = tmp_path / "bare.md"
    bare.write_text("# Review\n\n## Summary\n\nAdult C lived alone and was often unwell.\n")
    none = statuses([bare])
    assert none["QM8"] == "not evidenced"  # its only rule, PAR-001, fails
    assert set(STATUSES) == set(complete.values()) | set(alone.values()) | set(gaps.values()) | set(
        none.values()
    )


def sardoc(*args, cwd=None):
    p = subprocess.run(
        [sys.executable, "-m", "sardoc", *map(str, args)], capture_output=True, text=True, cwd=cwd
    )
    return p.returncode, p.stdout, p.stderr


@pytest.fixture(scope="module")
def sheets(tmp_path_factory):
    out = tmp_path_factory.mktemp("qa")
    for fmt in ("json", "md", "html", "docx"):
        code, _, err = sardoc(
            "qa",
            SAMPLES / "draft-gaps.md",
            "--content",
            SAMPLES / "review.yaml",
            "--format",
            fmt,
            "-o",
            out / f"qa.{fmt}",
        )
        assert code == 0, err
    return out


def test_sheet_says_not_ready_and_shows_findings_evidence_and_questions(sheets):
    data = json.loads((sheets / "qa.json").read_text(encoding="utf-8"))
    assert data["verdict"]["ready"] is False and "4 errors" in data["verdict"]["text"]
    qm2 = next(m for m in data["markers"] if m["id"] == "QM2")
    assert qm2["status"] == "partly met" and "LEGAL-001" in qm2["failed"]
    qm3 = next(m for m in data["markers"] if m["id"] == "QM3")
    assert any("daughter met the reviewer" in e["quote"] for e in qm3["evidence"])
    assert sum(data["summary"].values()) == 15


def test_sheet_in_every_format(sheets):
    from docx import Document
    from lxml import html as lh

    md = (sheets / "qa.md").read_text(encoding="utf-8")
    assert "### QM15 Improvement action and evaluation of impact" in md
    page = lh.fromstring((sheets / "qa.html").read_text(encoding="utf-8"))
    assert len(page.xpath("//section[@class='marker']")) == 15
    assert not page.xpath("//script|//link|//img")
    doc = Document(str(sheets / "qa.docx"))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading 2")]
    assert len(headings) == 15 and headings[1].startswith("QM2 Decision making")
    assert any("Not ready for publication" in p.text for p in doc.paragraphs)


def test_signoff_record_and_change_detection(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_bytes((SAMPLES / "draft.md").read_bytes())
    code, _, err = sardoc(
        "signoff",
        draft,
        "--role",
        "Chair of the SAB",
        "--decision",
        "approved",
        "--note",
        "Subject to the family's comments.",
    )
    assert code == 0, err
    record = json.loads((tmp_path / "draft.md.signoff.json").read_text(encoding="utf-8"))
    assert record[0]["role"] == "Chair of the SAB" and len(record[0]["sha256"]) == 64
    assert record[0]["ruleset_version"] and record[0]["sardoc_version"]
    sardoc("qa", draft, "--format", "json", "-o", tmp_path / "qa.json")
    data = json.loads((tmp_path / "qa.json").read_text(encoding="utf-8"))
    assert data["signoffs"][0]["current"] is True
    time.sleep(0.01)
    draft.write_text(draft.read_text(encoding="utf-8") + "\nA late addition.\n", encoding="utf-8")
    sardoc("qa", draft, "--format", "md", "-o", tmp_path / "qa.md")
    assert "CHANGED since" in (tmp_path / "qa.md").read_text(encoding="utf-8")


def test_markers_command_prints_coverage():
    code, out, _ = sardoc("markers")
    assert code == 0 and out.count("\nQM") == 14 and "PAR-001" in out


def test_sheet_word_file_is_a4_in_house_style_with_a_signoff_block(sheets):
    from docx import Document
    from docx.shared import Mm

    doc = Document(str(sheets / "qa.docx"))
    section = doc.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1) and abs(section.page_height - Mm(297)) < Mm(1)
    assert section.header.paragraphs[0].text.strip()
    footer = section.footer._element.xml
    assert " PAGE " in footer and " NUMPAGES " in footer
    signoff = doc.tables[-1]
    labels = [row.cells[0].text for row in signoff.rows]
    assert labels[:5] == ["Name", "Role", "Date", "Decision", "Conditions"]
    # Every row of every table is kept whole on one page.
    for table in doc.tables:
        for row in table.rows:
            assert (
                row._tr.trPr is not None
                and row._tr.trPr.find(
                    "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}cantSplit"
                )
                is not None
            )
    # Answer cells have room to write.
    answers = next(t for t in doc.tables if t.rows[0].cells[1].text == "Answer")
    assert all(row.height and row.height >= Mm(20) for row in answers.rows[1:])


def test_sheet_names_no_folder_and_cuts_quotes_at_words(sheets, tmp_path):
    import tempfile

    from sardoc.markers.sheet import at_words

    for fmt in ("json", "md", "html"):
        text = (sheets / f"qa.{fmt}").read_text(encoding="utf-8")
        assert str(SAMPLES) not in text and tempfile.gettempdir() + "/" not in text, fmt
    assert at_words("The reviewer met the daugh…") == "The reviewer met the …"
    assert at_words("Whole sentence.") == "Whole sentence."
