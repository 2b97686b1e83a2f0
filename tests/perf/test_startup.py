"""Start-up stays cheap: the version is read without importlib.metadata, and rule kinds
are imported when a rule names them."""

from __future__ import annotations

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
