"""One read, one context, one config per file (issues 15 and 17).

The same notices and findings with one worker process or two; the same findings
whatever order the files are named in; each file checked with the nearest
sardoc.yaml above it.
"""

from __future__ import annotations

import itertools
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from sardoc.api import PARALLEL_FROM, check
from sardoc.cli import cli
from sardoc.config import Config, ConfigFinder, Grammar
from sardoc.identify import find_identifiers
from sardoc.language import grammar
from sardoc.paths import data_dir
from sardoc.rules import RunContext, run
from tests.helpers import make_document, undeclared_copy
from tests.language.fake_languagetool import Handler, serve

SAMPLES = data_dir("samples")


def key(findings):
    return [
        (f.location.file, f.rule_id, f.location.line, f.location.paragraph, f.severity.name)
        for f in findings
    ]


@pytest.fixture
def languagetool():
    grammar._CACHE.clear()
    Handler.requests.clear()
    srv, url = serve()
    yield url
    srv.shutdown()
    grammar._CACHE.clear()


def test_workers_return_their_notices_with_their_findings(languagetool, tmp_path):
    for i in range(PARALLEL_FROM + 2):
        (tmp_path / f"draft-{i:02}.md").write_text(
            f"# Review {i}\n\nShe did not recieve a answer from the team.\n", encoding="utf-8"
        )
    config = Config(grammar=Grammar(backend="languagetool", url=languagetool))
    one = check([tmp_path], config, jobs=1)
    grammar._CACHE.clear()  # as a fresh process would start
    two = check([tmp_path], config, jobs=2)
    sending = [n for n in one.notices if "sending the text" in n]
    assert sending and one.notices == two.notices
    gram = [f for f in one.findings if f.rule_id == "GRAM-001"]
    assert len(gram) == 2 * (PARALLEL_FROM + 2)
    assert key(one.findings) == key(two.findings)
    # Every file's own result says where its text went, whichever process checked it.
    assert all([n for n in r.notices if "sending" in n] == sending for r in two.results)


def test_each_result_carries_its_document(tmp_path):
    path = tmp_path / "draft.md"
    path.write_text("# Review\n\nMrs Okafor rang the ward.\n", encoding="utf-8")
    result = check([path], Config())
    (only,) = result.results
    assert only.document is result.documents[str(path)]
    assert only.document.metadata["identifiable"] == {"allow": [], "pseudonyms": []}
    assert only.findings == result.findings


def board_folder(tmp_path: Path) -> Path:
    """A folder with a board's sub-folder (its sardoc.yaml clears the reviewer) and
    loose leaflets with no settings of their own."""
    top = tmp_path / "reviews"
    board = top / "adult-a"
    board.mkdir(parents=True)
    undeclared_copy(SAMPLES / "adult-a" / "draft.docx", board / "draft.docx")
    shutil.copy(SAMPLES / "adult-a" / "sardoc.yaml", board / "sardoc.yaml")
    shutil.copy(SAMPLES / "leaflets" / "flawed.md", top / "flawed.md")
    shutil.copy(SAMPLES / "adult-a" / "draft-gaps.md", top / "gaps.md")
    return top


def test_the_same_findings_whatever_the_order_of_the_files(tmp_path, monkeypatch):
    top = board_folder(tmp_path)
    monkeypatch.chdir(tmp_path)  # no sardoc.yaml here
    files = [top / "flawed.md", top / "adult-a" / "draft.docx", top / "gaps.md"]
    answers = set()
    for order in itertools.permutations(files):
        result = check(order, ConfigFinder(), jobs=1)
        assert not result.problems
        answers.add(tuple(key(result.findings)))
    assert len(answers) == 1
    (found,) = answers
    # The Word draft's own settings clear the reviewer it names; without them she is
    # reported (as an official, PII-011), so the config did apply whichever place the
    # draft had.
    named = ("PII-001", "PII-011")
    assert not [k for k in found if k[0].endswith("draft.docx") and k[1] in named]
    alone = check([top / "adult-a" / "draft.docx"], Config())
    assert [f for f in alone.findings if f.rule_id in named]
    assert [k for k in found if k[0].endswith("flawed.md")]
    assert check([top], jobs=1).findings == check(files).findings


def test_the_same_findings_with_one_process_or_two(tmp_path, monkeypatch):
    top = board_folder(tmp_path)
    for i in range(PARALLEL_FROM):  # enough files that the workers really run
        shutil.copy(top / "adult-a" / "draft.docx", top / "adult-a" / f"copy-{i}.docx")
        shutil.copy(top / "flawed.md", top / f"flawed-{i}.md")
    monkeypatch.chdir(tmp_path)
    one, two = check([top], jobs=1), check([top], jobs=2)
    assert key(one.findings) == key(two.findings) and one.findings
    assert one.files == two.files
    assert not [f for f in two.findings if f.rule_id == "PII-001" and "Ellison" in f.text]
    # A file without settings of its own still gets the defaults.
    assert [f for f in two.findings if f.location.file.endswith("flawed-0.md")]


def test_command_line_order_does_not_change_the_config(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    draft = SAMPLES / "adult-a" / "draft.docx"
    flawed = SAMPLES / "leaflets" / "flawed.md"
    runner = CliRunner()
    outputs = []
    for args in ([str(flawed), str(draft)], [str(draft), str(flawed)]):
        r = runner.invoke(cli, ["check", *args, "--format", "json", "--fail-on", "never"])
        assert r.exit_code == 0, r.output
        outputs.append(json.loads(r.output)["findings"])
    assert outputs[0] == outputs[1]  # the files are listed as named; the findings agree
    assert not [f for f in outputs[0] if "Ellison" in json.dumps(f)]


def test_explicit_config_applies_to_every_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "strict.yaml").write_text("profile: publication\n", encoding="utf-8")
    finder = ConfigFinder(tmp_path / "strict.yaml")
    assert finder(SAMPLES / "adult-a" / "draft.docx").identifiable.allow == []
    assert finder(SAMPLES / "leaflets" / "flawed.md").profile == "publication"
    nearest = ConfigFinder()
    assert nearest(SAMPLES / "adult-a" / "draft.docx").identifiable.allow == ["Dr Ruth Ellison"]
    assert nearest(SAMPLES / "leaflets" / "flawed.md").identifiable.allow == []


def test_the_identifier_scan_is_shared_within_one_context_only():
    doc = make_document("# R\n\nMrs Okafor rang.\n")
    ctx = RunContext()
    first = find_identifiers(doc, ctx.cache)
    assert find_identifiers(doc, ctx.cache) is first  # the ten rules share one scan
    doc.metadata["identifiable"] = {"allow": ["Mrs Okafor"], "pseudonyms": []}
    assert find_identifiers(doc, ctx.cache) == []  # new names, a new scan
    assert RunContext().cache == {}


def test_rules_given_a_context_leave_their_notices_in_it(tmp_path):
    from sardoc.config import rules_in_force

    grammar._CACHE.clear()
    config = Config(select=["GRAM-001"], grammar=Grammar(backend="languagetool"))
    ctx = RunContext(config=config)
    run(make_document("# R\n\nSome text.\n"), rules_in_force(config), ctx)
    assert any("no LanguageTool server" in n for n in ctx.notices)
    grammar._CACHE.clear()
