"""The public API behind the command line: check files with the rules in force."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .config import CONFIG_NAMES, Config, rules_in_force
from .document import Document
from .errors import InputError, Problem, SardocError
from .findings import Finding, Severity
from .rules import Rule, run
from .sources import READERS, read_document


@dataclass
class CheckResult:
    findings: list[Finding] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), default=None)


def collect_files(paths: Iterable[Path]) -> tuple[list[Path], list[Problem]]:
    """Files named, and readable files in folders named.

    Hidden files and Word's lock files (``~$draft.docx``) are skipped.
    """
    files: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        if path.is_dir():
            for p in sorted(path.rglob("*")):
                rel = p.relative_to(path).parts
                if (
                    p.is_file()
                    and p.suffix.lower() in READERS
                    and not any(part.startswith((".", "~$")) for part in rel)
                    and p.name not in CONFIG_NAMES
                ):
                    files.append(p)
        elif path.exists():
            files.append(path)
        else:
            problems.append(Problem("no such file or folder", str(path)))
    return files, problems


def declare_names(doc: Document, config: Config) -> None:
    """Give the document the names cleared for publication and the pseudonyms in use.

    They come from ``sardoc.yaml`` (``identifiable.allow`` and ``.pseudonyms``) and
    from the document itself (front matter ``pseudonyms:``/``allow:``, or the review
    content). Identifiable-data rules read them from ``doc.metadata["identifiable"]``.
    """
    names = doc.metadata.setdefault("identifiable", {"allow": [], "pseudonyms": []})
    # The pseudonyms ``identifiable.replace`` gives (what ``sardoc redact`` writes)
    # are declared pseudonyms too, so a redacted copy checks clean.
    chosen = list(config.identifiable.replace.values())
    for key in ("allow", "pseudonyms"):
        own = doc.metadata.get(key) or []
        names[key] = list(
            dict.fromkeys(
                [
                    *names.get(key, []),
                    *getattr(config.identifiable, key),
                    *(chosen if key == "pseudonyms" else []),
                    *(own if isinstance(own, list) else [own]),
                ]
            )
        )


def check_document(document: Document, rules: list[Rule]) -> list[Finding]:
    """Findings of the rules on one document already read."""
    return run(document, rules)


def check(paths: Iterable[Path | str], config: Config | None = None) -> CheckResult:
    """Read and check every file; problems with one file do not stop the others."""
    config = config or Config()
    result = CheckResult(rules=rules_in_force(config))
    files, result.problems = collect_files(Path(p) for p in paths)
    for path in files:
        try:
            doc = read_document(path, config.kind)
        except SardocError as e:
            result.problems.extend(e.problems)
            continue
        result.files.append(str(path))
        declare_names(doc, config)
        result.findings.extend(run(doc, result.rules))
    result.findings.sort(key=Finding.sort_key)
    if not files and not result.problems:
        result.problems.append(
            Problem("no files to check (sardoc reads " + ", ".join(sorted(READERS)) + ")")
        )
    return result


__all__ = ["CheckResult", "InputError", "check", "check_document", "collect_files"]
