"""The public API behind the command line: check files with the rules in force."""

from __future__ import annotations

from collections.abc import Callable, Iterable
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
    #: The text of each paragraph a finding points at, and its offset in the source
    #: file (None for Word), by (file, paragraph index), for formats that show the
    #: finding in its paragraph (HTML).
    paragraphs: dict[tuple[str, int], tuple[str, int | None]] = field(default_factory=dict)
    #: One-line notices for the report (a grammar backend that could not be used).
    notices: list[str] = field(default_factory=list)

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


@dataclass
class _FileResult:
    path: str
    findings: list[Finding]
    paragraphs: dict[tuple[str, int], tuple[str, int | None]]
    problems: list[Problem]


def _check_one(path: Path, config: Config, rules: list[Rule]) -> _FileResult:
    try:
        doc = read_document(path, config.kind, int(config.max_file_mb * 2**20))
    except SardocError as e:
        return _FileResult(str(path), [], {}, list(e.problems))
    declare_names(doc, config)
    found = run(doc, rules)
    paragraphs = {}
    for f in found:
        i = f.location.paragraph
        if i is not None and 0 <= i < len(doc.paragraphs):
            para = doc.paragraphs[i]
            start = para.anchors[0][1] if para.anchors else None
            paragraphs[(str(path), i)] = (para.text, start)
    return _FileResult(str(path), found, paragraphs, [])


# Each worker process loads the rules once (rule objects hold compiled patterns).
_WORKER: dict[str, object] = {}


def _worker_init(config: Config) -> None:
    _WORKER["config"] = config
    _WORKER["rules"] = rules_in_force(config)


def _worker_check(paths: list[Path]) -> list[_FileResult]:
    return [_check_one(p, _WORKER["config"], _WORKER["rules"]) for p in paths]


#: Below this many files one process is quicker than starting more.
PARALLEL_FROM = 8


def check(
    paths: Iterable[Path | str],
    config: Config | None = None,
    *,
    jobs: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> CheckResult:
    """Read and check every file; problems with one file do not stop the others.

    With ``jobs`` > 1 and enough files, the files are shared among that many worker
    processes (checking is pure Python, so threads would not help); the result is the
    same, in the same order, as with one. ``progress(done, total)`` is called as files
    finish.
    """
    from .language import grammar

    config = config or Config()
    grammar.NOTICES.clear()
    result = CheckResult(rules=rules_in_force(config))
    files, result.problems = collect_files(Path(p) for p in paths)
    if jobs > 1 and len(files) >= PARALLEL_FROM:
        per_file = _in_parallel(files, config, jobs, progress)
    else:
        per_file = []
        for n, path in enumerate(files, 1):
            per_file.append(_check_one(path, config, result.rules))
            if progress:
                progress(n, len(files))
    for r in per_file:
        if r.problems:
            result.problems.extend(r.problems)
            continue
        result.files.append(r.path)
        result.findings.extend(r.findings)
        result.paragraphs.update(r.paragraphs)
    result.findings.sort(key=Finding.sort_key)
    result.notices = list(dict.fromkeys(grammar.NOTICES))
    if not files and not result.problems:
        result.problems.append(
            Problem("no files to check (sardoc reads " + ", ".join(sorted(READERS)) + ")")
        )
    return result


def _in_parallel(files, config, jobs, progress) -> list[_FileResult]:
    from concurrent.futures import ProcessPoolExecutor

    # Small chunks keep every worker busy to the end; order is restored by index.
    size = max(1, min(16, len(files) // (jobs * 4)))
    chunks = [files[i : i + size] for i in range(0, len(files), size)]
    out: list[list[_FileResult]] = [[] for _ in chunks]
    done = 0
    with ProcessPoolExecutor(jobs, initializer=_worker_init, initargs=(config,)) as pool:
        futures = {pool.submit(_worker_check, chunk): i for i, chunk in enumerate(chunks)}
        from concurrent.futures import as_completed

        for future in as_completed(futures):
            out[futures[future]] = future.result()
            done += len(out[futures[future]])
            if progress:
                progress(done, len(files))
    return [r for chunk in out for r in chunk]


__all__ = ["CheckResult", "InputError", "check", "check_document", "collect_files"]
