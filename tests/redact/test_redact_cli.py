"""`sardoc redact` on the command line: summary, key file, exit statuses, inputs kept safe."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

import pytest

from tests.redact.cli import run_sardoc
from tests.redact.test_redact_text import DRAFT

ORIGINALS = ["Jane Hughes", "Hughes", "12/03/1945", "NR1 2AB", "943 476 5919", "Okafor"]


@pytest.fixture
def draft(tmp_path) -> Path:
    path = tmp_path / "draft.md"
    path.write_text(DRAFT)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_summary_is_one_line_of_counts_on_stderr(capsys, draft, tmp_path):
    out = tmp_path / "redacted.md"
    run = run_sardoc(capsys, "redact", draft, "-o", out)
    assert run.code == 0 and run.out == ""
    assert run.err == (
        f"{out}: 14 identifiers replaced (person 5, date-of-birth 1, nhs-number 1, "
        "ni-number 1, postcode 1, address 1, phone 1, email 1, care-setting 1, other-id 1)\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.md", "redacted.md"]  # no key
    assert run_sardoc(capsys, "check", out, "--select", "PII", "--fail-on", "warning").code == 0


def test_key_file_is_private_and_never_printed(capsys, draft, tmp_path):
    out, key = tmp_path / "redacted.md", tmp_path / "key.yaml"
    run = run_sardoc(capsys, "redact", draft, "-o", out, "--key", key)
    assert run.code == 0
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    text = key.read_text()
    assert "'[Person 1]':\n- Jane Hughes\n- Hughes\n" in text
    assert "'[Postcode]':\n- NR1 2AB\n" in text
    for original in ORIGINALS:
        assert original not in run.out + run.err
        assert original not in out.read_text()
    assert f"key written to {key}" in run.err


def test_an_existing_key_is_replaced_by_a_private_one(capsys, draft, tmp_path):
    key = tmp_path / "key.yaml"
    key.write_text("old")
    key.chmod(0o644)
    assert run_sardoc(capsys, "redact", draft, "-o", tmp_path / "r.md", "--key", key).code == 0
    assert stat.S_IMODE(key.stat().st_mode) == 0o600 and "Jane Hughes" in key.read_text()


def test_the_redacted_copy_is_not_private(capsys, draft, tmp_path):
    import os

    old = os.umask(0o022)
    try:
        assert run_sardoc(capsys, "redact", draft, "-o", tmp_path / "r.md").code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "r.md").stat().st_mode) == 0o644


@pytest.mark.parametrize("name", ["draft.md", "hidden.docx"])
def test_the_input_is_never_modified(capsys, tmp_path, name):
    from tests.redact.hidden_places import build

    src = build(tmp_path) if name.endswith(".docx") else tmp_path / name
    if name.endswith(".md"):
        src.write_text(DRAFT)
    before = digest(src)
    suffix = src.suffix
    assert run_sardoc(capsys, "redact", src, "-o", tmp_path / f"out{suffix}").code == 0
    assert digest(src) == before
    # Asked to write over it, sardoc refuses and leaves it as it was.
    for args in (["-o", src], ["-o", tmp_path / f"o2{suffix}", "--key", src]):
        run = run_sardoc(capsys, "redact", src, *args)
        assert run.code == 2
        assert run.err == f"{src}: the output would overwrite an input; choose another name\n"
        assert digest(src) == before


def test_the_key_cannot_be_the_output(capsys, draft, tmp_path):
    out = tmp_path / "r.md"
    run = run_sardoc(capsys, "redact", draft, "-o", out, "--key", out)
    assert run.code == 2 and "overwrite an input" in run.err
    assert not out.exists()


@pytest.mark.parametrize(
    "make, args, message",
    [
        (None, ["missing.md", "-o", "out.md"], "missing.md: no such file"),
        (("draft.docx", b"not a zip"), ["draft.docx", "-o", "out.docx"], "draft.docx: not a .docx"),
        (("draft.pdf", b"%PDF-1.4"), ["draft.pdf", "-o", "out.pdf"], "sardoc cannot redact '.pdf'"),
        (("review.yaml", b"a: 1\n"), ["review.yaml", "-o", "o.yaml"], "cannot redact '.yaml'"),
        (("draft.md", DRAFT.encode()), ["draft.md", "-o", "out.docx"], "must be a .md file"),
        (("draft.md", b"   \n"), ["draft.md", "-o", "out.md"], "draft.md: empty file"),
        (("draft.md", b"ok\n\x81\x8d"), ["draft.md", "-o", "out.md"], "draft.md:2: not text"),
        (
            ("draft.md", DRAFT.encode()),
            ["draft.md", "-o", "no/out.md"],
            "no: output folder does not",
        ),
        (
            ("draft.md", DRAFT.encode()),
            ["draft.md", "-o", "o.md", "--kind", "x"],
            "unknown document kind 'x'",
        ),
        (
            ("draft.md", DRAFT.encode()),
            ["draft.md", "-o", "o.md", "--config", "no.yaml"],
            "no.yaml: no such config",
        ),
        (
            ("draft.md", DRAFT.encode()),
            ["draft.md", "-o", "o.md", "--key", "k.docx"],
            "k.docx: the key must not",
        ),
    ],
)
def test_bad_input_exits_2_with_one_line(capsys, tmp_path, monkeypatch, make, args, message):
    monkeypatch.chdir(tmp_path)
    if make:
        (tmp_path / make[0]).write_bytes(make[1])
    run = run_sardoc(capsys, "redact", *args)
    assert run.code == 2
    assert message in run.err
    assert run.err.count("\n") == 1 and "Traceback" not in run.err
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(("out", "o."))] == []


def test_a_bad_replace_setting_exits_2(capsys, draft, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sardoc.yaml").write_text("identifiable:\n  replace: {Jane Hughes: ''}\n")
    run = run_sardoc(capsys, "redact", draft, "-o", tmp_path / "r.md")
    assert run.code == 2
    assert "sardoc.yaml:2" in run.err and "non-empty" in run.err


def test_exit_1_when_identifiers_are_still_found(capsys, draft, tmp_path, monkeypatch):
    from sardoc.redact import text

    monkeypatch.setattr(text, "redact", lambda path, data, *a: data)
    run = run_sardoc(capsys, "redact", draft, "-o", tmp_path / "r.md")
    assert run.code == 1
    assert "14 identifiers are still found after 3 passes" in run.err
    assert "Jane" not in run.err
