"""Issue 7, privacy and determinism: no network, no document text where it does not belong.

Every command runs here with sockets blocked; any attempt to open a connection or
look up a host fails the test. Commands added later join ``RUNS``.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from sardoc.cli import cli
from sardoc.paths import data_dir

SAMPLES = data_dir("samples") / "adult-a"

#: (name, arguments) for every command, over every input format sardoc reads.
RUNS = [
    ("check md", ["check", str(SAMPLES / "draft-gaps.md")]),
    ("check docx", ["check", str(SAMPLES / "draft.docx"), "--format", "json"]),
    ("check yaml", ["check", str(SAMPLES / "review.yaml"), "--format", "sarif"]),
    ("check folder", ["check", str(SAMPLES), "--format", "github", "--profile", "publication"]),
    ("check html", ["check", str(SAMPLES / "draft.md"), "--format", "html"]),
    ("check pdf", ["check", str(Path(__file__).parent.parent / "data" / "pdf")]),
    ("rules", ["rules"]),
    ("rules one", ["rules", "PII-001"]),
    (
        "render",
        [
            "render",
            str(SAMPLES / "review.yaml"),
            "-o",
            "{tmp}/out",
            "--format",
            "md,html,docx,xlsx",
        ],
    ),
    (
        "redact md",
        ["redact", str(SAMPLES / "draft-gaps.md"), "-o", "{tmp}/r.md", "--key", "{tmp}/k.json"],
    ),
    ("redact docx", ["redact", str(SAMPLES / "draft.docx"), "-o", "{tmp}/r.docx"]),
    ("annotate", ["check", str(SAMPLES / "draft.docx"), "--annotate", "{tmp}/a.docx"]),
]


@pytest.fixture
def no_network(monkeypatch):
    attempts: list[str] = []

    def refuse(*args, **kwargs):
        attempts.append(repr(args[:2]))
        raise OSError("network blocked by the test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


@pytest.mark.parametrize("name, args", RUNS, ids=[r[0] for r in RUNS])
def test_no_command_opens_a_connection(no_network, tmp_path, name, args):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = CliRunner().invoke(cli, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert no_network == []


def test_the_blocker_catches_a_real_attempt(no_network):
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", 9))
    assert no_network


SECRET = "Zebedee Quattlebaum"


@pytest.mark.parametrize(
    "name, data",
    [
        ("bad.yaml", f"adult:\n  pseudonym: [{SECRET}\nboard: x\n"),
        ("wrong.yaml", f"adult: {{pseudonym: Adult A, alive: {SECRET}}}\n"),
        ("bad.docx", f"not a zip {SECRET}"),
        ("bad.md", f"---\nkind: [{SECRET}\n---\n# Title\n"),
    ],
)
def test_errors_do_not_repeat_document_text(tmp_path, caplog, name, data):
    path = tmp_path / name
    path.write_text(data, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "sardoc", "check", str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "SARDOC_DEBUG": ""},
    )
    assert proc.returncode == 2
    assert proc.stderr.strip() and SECRET.split()[1] not in proc.stderr + proc.stdout


def test_findings_quote_only_their_own_snippet(tmp_path):
    path = tmp_path / "draft.md"
    path.write_text(
        f"# Review\n\nThe nurse, {SECRET}, visited. Her private diary said many things.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["check", str(path), "--format", "json"])
    assert SECRET in result.output  # the finding's own snippet
    assert "private diary" not in result.output


def _run_json(args: list[str], seed: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run(
        [sys.executable, "-m", "sardoc", *args], capture_output=True, env=env, check=False
    ).stdout


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_output_is_byte_identical_across_runs(fmt):
    args = ["check", str(SAMPLES), str(data_dir("samples")), "--format", fmt]
    first, second = _run_json(args, "1"), _run_json(args, "2")
    assert first and first == second
