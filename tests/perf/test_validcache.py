"""Validated rule files kept between runs (sardoc.validcache): the same rules, and an edit,
a new config or a new sardoc is seen on the next run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sardoc import recache, validcache
from sardoc.config import Config, default_config, rules_in_force, with_overrides
from sardoc.errors import RuleFileError
from sardoc.rules.loader import load_rules, ruleset_version

ROOT = Path(__file__).resolve().parents[2]

RULE = """\
id: BOARD-001
name: board.no-jargon
kind: pattern
severity: warning
applies_to: [sar-report, family-guidance]
source: Eastmoor board style guide
message: "Plain words, please: {match}"
params: {words: [%s]}
"""


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """An empty cache in its own folder, as a new run would find it."""
    monkeypatch.setenv("SARDOC_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(recache, "_entries", None)
    monkeypatch.setattr(recache, "_new", {})
    return tmp_path


def _next_run() -> None:
    """Write the cache and forget it, as the process ending and a new one starting would."""
    recache._save()
    recache._entries = None
    recache._new = {}


def test_kept_rules_equal_validated_ones(fresh):
    first = load_rules()
    assert any(k[0] == "validated" for k in recache._new)
    _next_run()
    again = load_rules()
    assert not any(k[0] == "validated" and k[2] == "rule" for k in recache._new)  # all kept
    assert again == first
    assert [r.params for r in again] == [r.params for r in first]
    assert ruleset_version(again) == ruleset_version(first)


def test_an_edited_rule_file_is_validated_again(fresh):
    folder = fresh / "rules"
    folder.mkdir()
    path = folder / "BOARD-001.yaml"
    path.write_text(RULE % "utilise", encoding="utf-8")
    (rule,) = load_rules([folder])
    _next_run()
    path.write_text(RULE % "utilise, facilitate", encoding="utf-8")
    (edited,) = load_rules([folder])
    assert edited.params.words == ("utilise", "facilitate")
    _next_run()
    path.write_text(RULE.replace("kind: pattern", "kind: no-such-kind") % "utilise", "utf-8")
    with pytest.raises(RuleFileError, match="unknown rule kind"):
        load_rules([folder])
    # A bad file is never kept: it is refused again on the next run.
    _next_run()
    with pytest.raises(RuleFileError, match="unknown rule kind"):
        load_rules([folder])


def test_a_changed_sardoc_starts_again(fresh, monkeypatch):
    load_rules()
    _next_run()
    validcache.fingerprint.cache_clear()
    monkeypatch.setattr(validcache, "fingerprint", lambda: "another-sardoc")
    load_rules()
    assert any(k[0] == "validated" and k[2] == "rule" for k in recache._new)


def test_the_fingerprint_follows_the_source(tmp_path, monkeypatch):
    validcache.fingerprint.cache_clear()
    before = validcache.fingerprint()
    module = Path(validcache.__file__)
    st = module.stat()
    try:
        os.utime(module, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
        validcache.fingerprint.cache_clear()
        assert validcache.fingerprint() != before
    finally:
        os.utime(module, ns=(st.st_atime_ns, st.st_mtime_ns))
        validcache.fingerprint.cache_clear()


def test_defaults_and_flags_are_as_validated(fresh):
    assert default_config() == Config()
    assert default_config().model_dump() == Config().model_dump()
    made = with_overrides(default_config(), fail_on="never", select="PUB,LEGAL")
    _next_run()
    kept = with_overrides(default_config(), fail_on="never", select="PUB,LEGAL")
    assert kept == made == Config(fail_on="never", select=["PUB", "LEGAL"])


def test_a_config_file_is_never_kept(fresh):
    from sardoc.config import config_from_text

    text = "identifiable:\n  allow: [Dr Ruth Ellison]\n"
    config = with_overrides(config_from_text(text, "sardoc.yaml"), fail_on="never")
    rules_in_force(config)
    _next_run()
    data = b"".join(p.read_bytes() for p in (fresh / "cache").iterdir())
    assert b"Ruth Ellison" not in data


def test_an_edited_rule_file_takes_effect_on_the_next_check(tmp_path):
    """Whole runs, as a user has them: the second check sees the edit."""
    (tmp_path / "rules").mkdir()
    rule = tmp_path / "rules" / "BOARD-001.yaml"
    (tmp_path / "sardoc.yaml").write_text("extends: none\nrule_paths: [rules]\n", "utf-8")
    draft = tmp_path / "leaflet.md"
    draft.write_text(
        "---\nkind: family-guidance\n---\n\n# About the review\n\nWe will facilitate a meeting.\n",
        encoding="utf-8",
    )
    env = {
        "SARDOC_CACHE_DIR": str(tmp_path / "cache"),
        "PYTHONPATH": str(ROOT),
        "PATH": "/usr/bin:/bin",
    }

    def check() -> list[str]:
        out = subprocess.run(
            [sys.executable, "-m", "sardoc", "check", "--format", "json", "--fail-on", "never"]
            + [str(draft)],
            check=True,
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
        ).stdout
        return [f["text"] for f in json.loads(out)["findings"]]

    rule.write_text(RULE % "utilise", encoding="utf-8")
    assert check() == []
    assert check() == []  # from the cache
    rule.write_text(RULE % "utilise, facilitate", encoding="utf-8")
    assert check() == ["facilitate"]


def test_a_warm_check_builds_no_model_validator(tmp_path):
    """With the cache warm and no sardoc.yaml, no pydantic model builds its validator or
    serializer: the rules, the defaults and the flags all come ready-made."""
    draft = tmp_path / "note.md"
    draft.write_text("# Note\n\nThe board met in May.\n", encoding="utf-8")
    code = (
        "import sys, runpy\n"
        "from pydantic._internal import _model_construction as mc\n"
        "built = []\n"
        "real = mc.complete_model_class\n"
        "def spy(cls, *a, **k):\n"
        "    built.append(cls.__qualname__)\n"
        "    return real(cls, *a, **k)\n"
        "mc.complete_model_class = spy\n"
        "sys.argv = ['sardoc', 'check', '--format', 'json', '--fail-on', 'never', sys.argv[1]]\n"
        "try:\n    runpy.run_module('sardoc', run_name='__main__')\nfinally:\n"
        "    print('BUILT', *built, file=sys.stderr)\n"
    )
    env = {
        "SARDOC_CACHE_DIR": str(tmp_path / "cache"),
        "PYTHONPATH": str(ROOT),
        "PATH": "/usr/bin:/bin",
    }
    runs = [
        subprocess.run(
            [sys.executable, "-c", code, str(draft)],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
        )
        for _ in range(2)
    ]
    cold, warm = (r.stderr.split("BUILT", 1)[1].split() for r in runs)
    assert "Rule" in cold  # the spy sees builds when there are some
    assert warm == []
    assert runs[0].stdout == runs[1].stdout
