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
# A rule that runs only in some documents (a ``when:`` condition: a living adult,
# themes that raise capacity, a decision against a review) is left out.
RULE_OF = {
    (k, e): r.id
    for r in RULES
    if r.kind == "element" and r.when is None
    for e in r.params.ids
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


@pytest.mark.parametrize(
    "title",
    [
        "Safeguarding Adults Review (SAR) Referral: Record of Decision",
        "SAR referral - record of decision",
        "Record of the panel's decision",
    ],
)
def test_a_referral_decision_title_is_a_rapid_review_despite_its_brackets(tmp_path, title):
    path = tmp_path / "mr_t.md"
    path.write_text(
        f"# {title}\n\n## Details of the referral\n\nThe referral came from the team.\n\n"
        "## Decision\n\nThe criteria were not met.\n",
        encoding="utf-8",
    )
    assert read_document(path).kind == "rapid-review"


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        (
            "This leaflet is for relatives and friends of the person at the heart of it.",
            "family-guidance",
        ),
        (
            "This briefing draws out what front-line staff can take from the review.",
            "seven-minute-briefing",
        ),
        (
            "This report sets out what the review found and what should change as a result.",
            "sar-report",
        ),
    ],
)
def test_an_opening_that_names_the_document_counts_as_its_title(tmp_path, opening, kind):
    # The title names only the review; the first sentence names the document.
    path = tmp_path / "notes.md"
    path.write_text(
        f"# Northshire Safeguarding Adults Board\n\n# A Safeguarding Adults Review\n\n"
        f"{opening} It is written for people who may never have heard of such a review.\n\n"
        "## About the review\n\nSome words about it.\n",
        encoding="utf-8",
    )
    assert read_document(path).kind == kind


def test_the_kind_is_named_with_the_right_article():
    from sardoc.elements.kind import a_kind

    assert a_kind("action-plan") == "an action plan"
    assert a_kind("sar-report") == "a SAR report"


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


def test_every_built_in_cue_compiles():
    for ke in catalogue().values():
        for el in ke.elements:
            assert el.bad_patterns() == [], (ke.kind, el.id)


def test_a_bad_cue_in_a_boards_element_file_is_refused_with_its_line(tmp_path):
    own = tmp_path / "elements"
    own.mkdir()
    (own / "x.yaml").write_text(
        "kind: sar-report\nelements:\n  - id: good-practice\n    name: good practice\n"
        "    headings: ['(unclosed']\n",
        encoding="utf-8",
    )
    (tmp_path / "sardoc.yaml").write_text("element_paths: [elements]\n")
    (tmp_path / "d.md").write_text("# Review\n\nText.\n", encoding="utf-8")
    p = subprocess.run(
        [sys.executable, "-m", "sardoc", "check", "d.md"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert p.returncode == 2, p.stderr
    assert "x.yaml:5:" in p.stderr and "not a valid regular expression" in p.stderr
    assert "Traceback" not in p.stderr


def _dev_headings() -> dict[tuple[str, str], list[str]]:
    """(kind, element) -> headings other boards gave it, from the dev corpus labels."""
    out: dict[tuple[str, str], list[str]] = {}
    for label in sorted(DEV.glob("*.labels.yaml")):
        data = yaml.safe_load(label.read_text(encoding="utf-8"))
        for eid, heads in (data.get("elements") or {}).items():
            out.setdefault((data["kind"], eid), []).extend(heads)
    return out


def test_every_heading_in_another_boards_wording_changes_no_finding(pack, tmp_path):
    """Each section that carries one element is retitled as another board titles it."""
    from sardoc.elements import _rx
    from sardoc.rules.textutil import normalise_heading

    others = _dev_headings()
    renamed_total = 0
    for path in complete_samples(pack):
        if path.suffix != ".md":
            continue
        doc = read_document(path)
        carriers: dict[tuple[str, ...], list[str]] = {}
        for eid, res in find_all(doc).items():
            if res.evidence is not None and res.evidence.strength == "section":
                carriers.setdefault(res.evidence.section, []).append(eid)
        text = path.read_text(encoding="utf-8")
        before = {(f.rule_id, f.severity) for f in check([path], Config()).findings}
        cues = {e.id: _rx(e.headings) for e in catalogue()[doc.kind].elements}
        renamed = 0
        for section, eids in carriers.items():
            if len(eids) != 1 or cues[eids[0]] is None:
                continue
            old = section[-1]
            choices = [
                h
                for h in others.get((doc.kind, eids[0]), [])
                if normalise_heading(h) != normalise_heading(old)
                and cues[eids[0]].search(normalise_heading(h))
            ]
            if not choices:
                continue
            new_text = re.sub(
                rf"^(#+ ){re.escape(old)}$", rf"\g<1>{choices[0]}", text, count=1, flags=re.M
            )
            renamed += new_text != text
            text = new_text
        out = tmp_path / path.name
        out.write_text(text, encoding="utf-8")
        after = {(f.rule_id, f.severity) for f in check([out], Config()).findings}
        assert after == before, (path.name, after ^ before)
        renamed_total += renamed
    assert renamed_total >= 15


def test_review_content_carries_each_element_in_the_fields_it_declares():
    """The review.yaml outline and the element files agree on where each element is."""
    from sardoc.content import to_document

    content = read_document(ROOT / "samples/adult-a/review.yaml")
    checked = 0
    for kind in ("sar-report", "rapid-review", "seven-minute-briefing"):
        doc = to_document(content.content, content.path, content.source, kind)
        for eid, res in find_all(doc).items():
            if not res.element.fields or res.evidence is None:
                continue
            field = res.evidence.paragraph.attrs.get("field", ())
            got = ".".join(str(x) for x in field if not isinstance(x, int))
            assert any(got.startswith(f) or f.startswith(got) for f in res.element.fields), (
                kind,
                eid,
                got,
                res.element.fields,
            )
            checked += 1
    assert checked >= 20


@pytest.mark.parametrize("label", ["Minute {n}", "Panel {n}", "{n}"])
def test_panels_that_only_count_are_read_by_their_opening(tmp_path, label):
    words = ["one", "two", "three", "four", "five"]
    openings = [
        "Adam was 61 and lived alone in a rented flat above a shop.",
        "On average, people who sleep rough die decades earlier than others do.",
        "During his last admission he asked the ward staff for help with his rent.",
        "The review found that nobody held the whole picture of his needs.",
        "If someone you support is sleeping rough, ask about care and support needs.",
    ]
    body = "".join(
        f"## {label.format(n=w if '{n}' != label else i + 1)}\n\n{o} More words follow here.\n\n"
        for i, (w, o) in enumerate(zip(words, openings))
    )
    path = tmp_path / "7mb.md"
    path.write_text(f"# Seven-minute briefing: Adam\n\n{body}", encoding="utf-8")
    found = find_all(read_document(path))
    for element in ("background", "why-it-matters", "what-happened", "findings", "what-to-do"):
        assert found[element].found, element
