"""Start-up stays cheap: the version is read without importlib.metadata, and rule kinds
are imported when a rule names them."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import version


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print('\\n'.join(sys.modules))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return set(out.split())


def test_version_is_the_installed_one():
    import sardoc

    assert sardoc.__version__ == version("sardoc")


def test_cli_import_needs_no_metadata_and_no_rule_kinds():
    loaded = _modules_after("import sardoc.cli")
    assert "importlib.metadata" not in loaded
    assert not any(m.startswith("sardoc.rules.kinds.") for m in loaded)
    assert not any(m.startswith("sardoc.commands.") for m in loaded)


def test_every_command_is_listed_and_found():
    from click.testing import CliRunner

    from sardoc.cli import cli
    from sardoc.commands import COMMANDS

    out = CliRunner().invoke(cli, ["--help"]).output
    for name in ("check", "rules", *COMMANDS):
        assert f"  {name} " in out
        assert CliRunner().invoke(cli, [name, "--help"]).exit_code == 0


def test_kinds_are_imported_on_first_use():
    loaded = _modules_after(
        "from sardoc.rules.registry import KINDS\nassert 'metric' in KINDS\nKINDS['metric']"
    )
    assert "sardoc.rules.kinds.metric" in loaded
    assert "sardoc.rules.kinds.identifiable" not in loaded


def test_a_check_that_writes_nothing_does_not_import_tempfile(tmp_path):
    # sardoc.fileio imports tempfile only to write a file (-o, --annotate, a redaction).
    leaflet = tmp_path / "leaflet.md"
    leaflet.write_text("# Help for families\n\nWe are sorry for your loss.\n", encoding="utf-8")
    check = (
        "import sys\n"
        f"sys.argv = ['sardoc', 'check', {str(leaflet)!r}, '--fail-on', 'never']\n"
        "from sardoc.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass"
    )
    # The first run validates the rule files, and pydantic's plugin search brings in
    # importlib.metadata (and tempfile with it); the runs after use the kept rules.
    _modules_after(check)
    loaded = _modules_after(check)
    assert "sardoc.fileio" in loaded
    assert "tempfile" not in loaded


def test_a_short_check_does_not_import_the_literal_index(tmp_path):
    # The Aho-Corasick automaton of the element cues' literals serves long documents
    # only (sardoc.elements.INDEXED_FROM): a short one's check never loads it.
    report = tmp_path / "report.md"
    report.write_text("# Safeguarding Adults Review\n\nThe panel met in May.\n", encoding="utf-8")
    check = (
        "import sys\n"
        f"sys.argv = ['sardoc', 'check', {str(report)!r}, '--fail-on', 'never']\n"
        "from sardoc.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass"
    )
    loaded = _modules_after(check)
    assert "sardoc.elements" in loaded
    assert "ahocorasick" not in loaded


def test_a_check_of_a_text_file_does_not_import_yaml(tmp_path):
    # Rule, element and abbreviation files come from the cache once read; a plain-text
    # file has no front matter and no sardoc.yaml is near it: nothing to parse.
    report = tmp_path / "report.txt"
    report.write_text("Safeguarding Adults Review\n\nThe panel met in May.\n", encoding="utf-8")
    check = (
        "import sys, os\n"
        f"os.chdir({str(tmp_path)!r})\n"
        f"sys.argv = ['sardoc', 'check', {str(report)!r}, '--fail-on', 'never']\n"
        "from sardoc.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass"
    )
    _modules_after(check)  # the first run reads and keeps the rule files
    loaded = _modules_after(check)
    assert "sardoc.yamlsafe" in loaded
    assert "yaml" not in loaded


def _run_check(tmp_path, *args: str) -> subprocess.CompletedProcess:
    """``sardoc check`` in a fresh process, with this test's own cache, from ``tmp_path``;
    its stdout ends with the modules it imported."""
    code = (
        "import sys\n"
        f"sys.argv = ['sardoc', 'check', *{list(args)!r}]\n"
        "from sardoc.cli import main\n"
        "try:\n    main()\nfinally:\n    print('MODULES', *sys.modules)"
    )
    env = {**os.environ, "SARDOC_CACHE_DIR": str(tmp_path / "cache")}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path
    )


def test_a_warm_check_of_a_markdown_paragraph_does_not_import_pydantic(tmp_path):
    # The rules come validated from the cache as plain objects (sardoc.model); pydantic
    # is imported only to validate something new: a cold cache, an edited file.
    draft = tmp_path / "note.md"
    draft.write_text("# Note\n\nThe board met in May and agreed the plan.\n", encoding="utf-8")
    cold = _run_check(tmp_path, str(draft), "--format", "json", "--fail-on", "never")
    warm = _run_check(tmp_path, str(draft), "--format", "json", "--fail-on", "never")
    cold_modules = set(cold.stdout.split("MODULES", 1)[1].split())
    warm_modules = set(warm.stdout.split("MODULES", 1)[1].split())
    assert "pydantic" in cold_modules  # the first run validates the rule files
    assert "sardoc.rules.kinds.pattern" in warm_modules  # the rules did run
    assert not any(m == "pydantic" or m.startswith("pydantic.") for m in warm_modules)
    assert "hashlib" not in warm_modules  # SHA-256 without loading OpenSSL (sardoc.recache)
    assert cold.stdout.split("MODULES")[0] == warm.stdout.split("MODULES")[0]


BAD_RULE = """\
id: BOARD-001
name: board.no-jargon
kind: pattern
severity: loud
applies_to: [family-guidance]
source: Eastmoor board style guide
message: "Plain words, please: {match}"
params: {words: [utilise]}
"""


def test_a_rule_file_broken_after_a_warm_check_is_validated_and_refused(tmp_path):
    (tmp_path / "rules").mkdir()
    rule = tmp_path / "rules" / "BOARD-001.yaml"
    rule.write_text(BAD_RULE.replace("loud", "warning"), encoding="utf-8")
    (tmp_path / "sardoc.yaml").write_text("rule_paths: [rules]\n", encoding="utf-8")
    draft = tmp_path / "note.md"
    draft.write_text(
        "---\nkind: family-guidance\n---\n\n# Note\n\nWe will utilise the plan.\n",
        encoding="utf-8",
    )
    for _ in range(2):  # cold, then warm
        ok = _run_check(tmp_path, str(draft), "--fail-on", "never")
        assert ok.returncode == 0, ok.stderr
        assert "BOARD-001" in ok.stdout
    rule.write_text(BAD_RULE, encoding="utf-8")
    bad = _run_check(tmp_path, str(draft), "--fail-on", "never")
    assert bad.returncode == 2
    lines = bad.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"{rule}:4:")  # severity is on line 4
    assert "severity" in lines[0]


def test_a_bad_sardoc_yaml_after_a_warm_check_is_refused(tmp_path):
    draft = tmp_path / "note.md"
    draft.write_text("# Note\n\nThe board met in May.\n", encoding="utf-8")
    for _ in range(2):
        assert _run_check(tmp_path, str(draft), "--fail-on", "never").returncode == 0
    config = tmp_path / "sardoc.yaml"
    config.write_text("profile: draft\nfail_on: sometimes\n", encoding="utf-8")
    bad = _run_check(tmp_path, str(draft))
    assert bad.returncode == 2
    lines = bad.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"{config}:2:")
    assert "fail_on" in lines[0]


def test_pysbd_is_imported_with_english_only_and_its_languages_stay_whole():
    # measures._import_pysbd puts a stand-in for pysbd.languages (English only) in place
    # while pysbd is imported; afterwards pysbd's own module is the one imported.
    code = (
        "from sardoc.language import measures\n"
        "import sys\n"
        "print(measures.sentences('Dr. Shah met her. It was 3 p.m. on Jan. 5.', careful=True))\n"
        "print('pysbd.lang.deutsch' in sys.modules, 'pysbd.languages' in sys.modules)\n"
        "import pysbd.languages\n"
        "print(sorted(pysbd.languages.LANGUAGE_CODES)[:2], 'pysbd.lang.deutsch' in sys.modules)\n"
        "from pysbd import Segmenter\n"
        "print(Segmenter(language='de').segment('Das ist gut. Ja.'))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout.splitlines()
    assert out == [
        "['Dr. Shah met her.', 'It was 3 p.m. on Jan. 5.']",
        "False False",
        "['am', 'ar'] True",
        "['Das ist gut. ', 'Ja.']",
    ]
