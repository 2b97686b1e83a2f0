"""The element layer and the kind guess, on documents of every kind.

Mutation tests: delete the section that carries an element and the element is no
longer found (and its rule, where it has one, fires); strip the declared kind and the
kind is still recognised; a board's own element folder extends the cues.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from sardoc.api import check
from sardoc.config import Config
from sardoc.elements import catalogue, find_all, quote
from sardoc.rules import load_rules, run
from sardoc.sources import read_document

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "tests" / "data" / "elements" / "dev"
RULES = load_rules()
# Rules with ``when:`` conditions (a living adult, themes that raise capacity) need not
# fire when their element is missing; tests/rules/test_report_rules.py covers them.
RULE_OF = {
    (k, r.params.element): r.id
    for r in RULES
    if r.kind == "element" and r.when is None
    for k in r.applies_to
}


@pytest.fixture(scope="module")
def pack(tmp_path_factory) -> dict[str, Path]:
    """The sample review rendered as Markdown (every kind), front matter removed."""
    out = tmp_path_factory.mktemp("pack")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "sardoc",
            "render",
            str(ROOT / "samples/adult-a/review.yaml"),
            "--doc",
            "all",
            "--format",
            "md",
            "-o",
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    docs = {}
    for p in sorted(out.glob("*.md")):
        text = re.sub(r"\A---\n.*?\n---\n", "", p.read_text(encoding="utf-8"), flags=re.S)
        bare = out / ("bare-" + p.name)
        bare.write_text(text, encoding="utf-8")
        docs[p.stem.split("-", 2)[-1]] = bare
    return docs


def complete_samples(pack) -> list[Path]:
    return [
        ROOT / "samples/adult-a/draft.md",
        ROOT / "samples/other-board/report.md",
        ROOT / "samples/leaflets/clean.md",
        *pack.values(),
    ]


def test_every_kind_of_the_rendered_pack_is_recognised_without_being_told(pack):
    assert set(pack) == set(catalogue())
    for kind, path in pack.items():
        doc = read_document(path)
        assert (doc.kind, doc.kind_weak) == (kind, False), path.name


@pytest.mark.parametrize("label", sorted(DEV.glob("*.labels.yaml")), ids=lambda p: p.name)
def test_dev_corpus_kind_is_recognised(label):
    kind = yaml.safe_load(label.read_text(encoding="utf-8"))["kind"]
    stem = label.name[: -len(".labels.yaml")]
    doc_path = next(p for p in DEV.iterdir() if p.stem == stem and p != label)
    assert read_document(doc_path).kind == kind


def _without(doc, path: tuple[str, ...]):
    keep = [p for p in doc.paragraphs if p.section[: len(path)] != path]
    return replace(doc, paragraphs=keep, _sections=None, cache={})


def test_deleting_the_section_that_carries_an_element_reports_it(pack):
    checked = 0
    for path in complete_samples(pack):
        doc = read_document(path)
        for eid, res in find_all(doc).items():
            ev = res.evidence
            if ev is None or ev.strength != "section":
                continue
            cut = _without(doc, ev.section)
            after = find_all(cut)[eid]
            moved = after.evidence is not None and after.evidence.section != ev.section
            # Either the element is gone, or another section really carries it too.
            assert after.evidence is None or moved, (path.name, eid)
            rule = RULE_OF.get((doc.kind, eid))
            if after.evidence is None and rule:
                assert rule in {f.rule_id for f in run(cut, RULES)}, (path.name, eid)
            checked += 1
    assert checked >= 40


def test_reworded_headings_keep_every_element(pack):
    """Another board's wording for each heading of the sample report changes nothing."""
    text = (ROOT / "samples/adult-a/draft.md").read_text(encoding="utf-8")
    before = {f.rule_id for f in check([ROOT / "samples/adult-a/draft.md"], Config()).findings}
    other = {
        "About Adult A": "Adult A: a pen portrait",
        "Good practice": "What went well",
        "Terms of reference": "Key lines of enquiry",
        "Recommendations": "What the Board is asked to do: recommendations",
    }
    for old, new in other.items():
        text = text.replace(f" {old}\n", f" {new}\n")
    tmp = ROOT / "tests" / "elements" / "_reworded.md"
    try:
        tmp.write_text(text, encoding="utf-8")
        after = {f.rule_id for f in check([tmp], Config()).findings}
    finally:
        tmp.unlink()
    assert after == before


def test_evidence_is_quoted_at_word_boundaries():
    long = "word " * 100
    q = quote(long, 50)
    assert q.endswith("…") and len(q) <= 50 and not q[:-1].endswith(" ")
    assert q[:-1].split()[-1] == "word"


def test_kinds_by_path_in_sardoc_yaml_and_front_matter_wins(tmp_path):
    (tmp_path / "sardoc.yaml").write_text("kinds:\n  'comms/*': briefing\n", encoding="utf-8")
    (tmp_path / "comms").mkdir()
    plain = tmp_path / "comms" / "notes.md"
    plain.write_text("# Notes\n\nSome text about the case.\n", encoding="utf-8")
    declared = tmp_path / "comms" / "own.md"
    declared.write_text("---\nkind: leaflet\n---\n# Notes\n\nText.\n", encoding="utf-8")
    result = check([plain, declared])
    kinds = {Path(r.path).name: (r.document.kind, r.document.kind_source) for r in result.results}
    assert kinds["notes.md"] == ("seven-minute-briefing", "sardoc.yaml")
    assert kinds["own.md"] == ("family-guidance", "front matter")


def test_an_unknown_kind_in_sardoc_yaml_is_refused(tmp_path):
    (tmp_path / "sardoc.yaml").write_text("kinds:\n  '*': poster\n", encoding="utf-8")
    (tmp_path / "d.md").write_text("# T\n\nText.\n", encoding="utf-8")
    p = subprocess.run(
        [sys.executable, "-m", "sardoc", "check", "d.md"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert p.returncode == 2 and "unknown document kind 'poster'" in p.stderr
    assert "Traceback" not in p.stderr


def test_weak_guess_gives_a_notice_and_the_output_names_the_kind(tmp_path):
    draft = tmp_path / "notes.md"
    draft.write_text("# Notes\n\nThe panel met on Tuesday.\n", encoding="utf-8")
    p = subprocess.run(
        [sys.executable, "-m", "sardoc", "check", "--format", "json", str(draft)],
        capture_output=True,
        text=True,
    )
    data = json.loads(p.stdout)
    assert data["kinds"][str(draft)]["kind"] == "sar-report"
    assert any("--kind" in n and "notes.md" in n for n in data["notices"])
    human = subprocess.run(
        [sys.executable, "-m", "sardoc", "check", str(draft)], capture_output=True, text=True
    ).stdout
    assert "checked as a SAR report" in human


def test_explain_shows_each_elements_evidence(tmp_path):
    p = subprocess.run(
        [
            sys.executable,
            "-m",
            "sardoc",
            "check",
            "--explain",
            "--format",
            "json",
            str(ROOT / "samples/adult-a/draft-gaps.md"),
        ],
        capture_output=True,
        text=True,
    )
    info = next(iter(json.loads(p.stdout)["kinds"].values()))
    elements = info["elements"]
    assert set(elements) == {e.id for e in catalogue()["sar-report"].elements}
    found = [e for e in elements.values() if e]
    assert found and all(e["sentences"] and e["cues"] and e["section"] for e in found)
    missing = {eid for eid, e in elements.items() if e is None}
    fired = {f["rule"] for f in json.loads(p.stdout)["findings"]}
    for eid in missing:
        rule = RULE_OF.get(("sar-report", eid))
        assert rule is None or rule in fired, eid


def test_a_boards_element_folder_adds_its_own_cues(tmp_path):
    own = tmp_path / "elements"
    own.mkdir()
    (own / "sar.yaml").write_text(
        "kind: sar-report\nelements:\n  - id: good-practice\n    name: examples of good practice\n"
        "    headings: ['\\bbright spots\\b']\n    body: ['\\bvisited\\b']\n",
        encoding="utf-8",
    )
    (tmp_path / "sardoc.yaml").write_text("element_paths: [elements]\nselect: [PUB-006]\n")
    draft = tmp_path / "d.md"
    draft.write_text(
        "---\nkind: sar-report\n---\n# Review\n\n## Bright spots\n\nThe nurse visited "
        "every day for a month.\n",
        encoding="utf-8",
    )
    assert check([draft]).findings == []
    (tmp_path / "sardoc.yaml").write_text("select: [PUB-006]\n")
    assert [f.rule_id for f in check([draft]).findings] == ["PUB-006"]
