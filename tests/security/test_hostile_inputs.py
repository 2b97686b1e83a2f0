"""Issue 7: hostile YAML and text give a clear error (exit 2), never a crash or a hang.

Each case runs in a child process: a crash in C code (libyaml's composer recurses
and would overflow the stack on deep nesting) would take the test runner down with it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sardoc.errors import SardocError
from sardoc.sources import read_document

LAUGHS = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(97 + i)}: &{chr(97 + i)} [{', '.join(['*' + chr(96 + i)] * 9)}]\n" for i in range(1, 9)
)
YAML_CASES = {
    "billion-laughs": (LAUGHS, "YAML aliases expand to more than"),
    "deep-flow": ("[" * 20000 + "]" * 20000, "YAML nested too deeply"),
    "deep-flow-mapping": ("adult: " + "{a: " * 20000 + "1" + "}" * 20000, "nested too deeply"),
    "deep-block": (
        "adult:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 400)),
        "nested too deeply",
    ),
    "deep-dashes": ("- " * 5000 + "x", "nested too deeply"),
    "python-tag": ('adult: !!python/object/apply:os.system ["true"]\n', "could not determine"),
    "custom-tag": ("adult: !secret x\n", "could not determine"),
    "many-aliases": (
        "a: &a x\nb: [" + ", ".join(["*a"] * 500) + "]\n",
        "too many YAML aliases",
    ),
}


def run_check(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "sardoc", "check", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("where", ["review.yaml", "front-matter.md", "sardoc.yaml"])
@pytest.mark.parametrize("case", sorted(YAML_CASES))
def test_hostile_yaml_is_refused_in_one_line(tmp_path, case, where):
    text, expected = YAML_CASES[case]
    if where == "front-matter.md":
        path = tmp_path / "draft.md"
        path.write_text(f"---\n{text}\n---\n# Review\n\nText.\n", encoding="utf-8")
        proc = run_check(path)
    elif where == "sardoc.yaml":
        (tmp_path / "sardoc.yaml").write_text(text, encoding="utf-8")
        (tmp_path / "d.md").write_text("# Review\n\nText.\n", encoding="utf-8")
        proc = subprocess.run(
            [sys.executable, "-m", "sardoc", "check", "d.md"],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=tmp_path,
        )
    else:
        path = tmp_path / "review.yaml"
        path.write_text(text, encoding="utf-8")
        proc = run_check(path)
    assert proc.returncode == 2, proc.stderr
    assert expected in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    "name, data",
    [
        ("garbage.md", bytes(range(256)) * 40),
        ("garbage.txt", b"\xff\xd8\xff\xe0" + bytes(range(128, 256)) * 100),
        ("empty.md", b""),
        ("spaces.txt", b"   \n\n\t\n"),
        ("garbage.yaml", b"\x00\x01\x02 not yaml"),
        ("garbage.docx", b"PK\x03\x04" + b"\x00" * 100),
    ],
)
def test_binary_garbage_and_empty_files(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    proc = run_check(path)
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_enormous_line_is_read_in_linear_time(tmp_path):
    path = tmp_path / "long.md"
    path.write_text("# Review\n\n" + "the carer visited twice " * 50_000 + "\n", encoding="utf-8")
    doc = read_document(path)
    assert len(doc.paragraphs) == 2 and len(doc.paragraphs[1].text.split()) == 200_000


TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=400
) | st.sampled_from(["---\nkind: [\n---\n", "# A\n\n## B\n- x\n  - y\n", "```\n", "|a|b|\n|-|-|\n"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, suffix=st.sampled_from([".md", ".txt", ".yaml"]))
def test_text_readers_and_rules_never_crash(tmp_path_factory, text, suffix):
    from sardoc.api import check

    path = tmp_path_factory.mktemp("fuzz") / f"draft{suffix}"
    path.write_text(text, encoding="utf-8")
    try:
        result = check([path])
    except SardocError:
        return
    for f in result.findings:
        assert f.location.file == str(path)
    for p in result.problems:
        assert str(p)


def test_the_size_limit_is_configurable(tmp_path):
    big = tmp_path / "draft.md"
    big.write_text("# Review\n\n" + "word " * 300_000, encoding="utf-8")  # about 1.5 MB
    (tmp_path / "sardoc.yaml").write_text("max_file_mb: 1\n")
    proc = subprocess.run(
        [sys.executable, "-m", "sardoc", "check", "draft.md"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert proc.returncode == 2 and "file too large" in proc.stderr
    (tmp_path / "sardoc.yaml").write_text("max_file_mb: 5\n")
    proc = subprocess.run(
        [sys.executable, "-m", "sardoc", "check", "draft.md"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert proc.returncode in (0, 1), proc.stderr
