"""Every dependency is declared and locked.

A clean checkout installs with ``-c requirements/constraints.txt`` (the README's commands
and .ci/run), so each package pyproject.toml names (runtime, every extra, the build
backend) must be pinned there, or a new release of it could change what gets installed.
And every third-party package sardoc imports must be declared, or a plain
``pip install .`` would leave it out.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements" / "constraints.txt"

#: Import name -> distribution name, where the two differ.
DISTRIBUTIONS = {
    "docx": "python-docx",
    "yaml": "pyyaml",
    "markdown_it": "markdown-it-py",
    "harper": "harper-py",
    "language_tool_python": "language-tool-python",
    "ahocorasick": "pyahocorasick",
}


def canonical(name: str) -> str:
    """A distribution name as packaging compares them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(requirement: str) -> str:
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    assert match, f"cannot read a name from {requirement!r}"
    return canonical(match.group(1))


def declared(pyproject: dict) -> dict[str, set[str]]:
    """Group ("runtime", an extra's name, "build") -> the distributions it names."""
    project = pyproject["project"]
    groups = {"runtime": {requirement_name(r) for r in project["dependencies"]}}
    for extra, requirements in project.get("optional-dependencies", {}).items():
        groups[extra] = {requirement_name(r) for r in requirements}
    groups["build"] = {requirement_name(r) for r in pyproject["build-system"]["requires"]}
    return groups


def pinned(lock_text: str) -> dict[str, str]:
    """Distribution -> exact version, from the lines ``name==version`` of a lock."""
    pins = {}
    for line in lock_text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        match = re.fullmatch(r"([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?==([^\s;]+)(\s*;.*)?", line)
        assert match, f"{LOCK.name}: not an exact pin: {line!r}"
        pins[canonical(match.group(1))] = match.group(3)
    return pins


def unpinned(pyproject: dict, lock_text: str) -> list[str]:
    pins = pinned(lock_text)
    return sorted(
        f"{name} ({group})"
        for group, names in declared(pyproject).items()
        for name in names
        if name != "sardoc" and name not in pins
    )


def third_party_imports(package: Path) -> set[str]:
    """Top-level names of the modules ``package`` imports that are not its own or stdlib."""
    names = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return {n for n in names if n not in sys.stdlib_module_names and n != package.name}


@pytest.fixture(scope="module")
def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_declared_dependency_is_pinned_in_the_lock(pyproject):
    assert unpinned(pyproject, LOCK.read_text(encoding="utf-8")) == []


def test_the_check_finds_a_dependency_missing_from_the_lock(pyproject):
    # The same check on a lock with one line taken out must name that package.
    lines = LOCK.read_text(encoding="utf-8").splitlines()
    without = "\n".join(x for x in lines if not x.lower().startswith("python-docx=="))
    assert unpinned(pyproject, without) == ["python-docx (runtime)", "python-docx (test)"]


def test_the_lock_pins_exact_versions_only():
    pins = pinned(LOCK.read_text(encoding="utf-8"))
    assert len(pins) > 20  # the whole tree, not just the direct dependencies
    with pytest.raises(AssertionError, match="not an exact pin"):
        pinned("flask>=3.0\n")


def test_every_imported_package_is_declared(pyproject):
    groups = declared(pyproject)
    everything = set().union(*groups.values())
    imported = {canonical(DISTRIBUTIONS.get(n, n)) for n in third_party_imports(ROOT / "sardoc")}
    assert sorted(imported - everything) == []
    # What a plain install must bring: everything but the optional routes' own packages
    # (each is imported only inside the feature that needs its extra).
    optional = {"harper-py", "language-tool-python", "flask", "werkzeug"}
    assert sorted(imported - optional - groups["runtime"]) == []


def test_the_import_scan_sees_a_package_that_is_not_declared(tmp_path, pyproject):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "m.py").write_text("import json\nfrom requests_toolbelt import x\n")
    assert third_party_imports(package) == {"requests_toolbelt"}
