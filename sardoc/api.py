"""The public API behind the command line: check files with the rules in force."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .config import CONFIG_NAMES, Config, ConfigFinder, rules_in_force
from .document import Document
from .errors import InputError, Problem, SardocError
from .findings import Finding, Severity
from .rules import Rule, RunContext, run
from .sources import READERS, read_document, settle_kind


@dataclass
class FileResult:
    """One file's check: its Document as read, its findings and its notices.

    Everything that needs the file afterwards (``--annotate``, ``sardoc qa``, the web
    page) takes the Document from here instead of reading the file again.
    """

    path: str
    document: Document | None
    findings: list[Finding] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    #: The configuration the file was checked with (set in the calling process).
    config: Config | None = None


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
    #: One-line notices for the report (a grammar backend that could not be used),
    #: each once, in the order of the files that gave them.
    notices: list[str] = field(default_factory=list)
    #: Every file's own result, in the order the files were collected.
    results: list[FileResult] = field(default_factory=list)

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), default=None)

    @property
    def documents(self) -> dict[str, Document]:
        """Each file read, by its path as given."""
        return {r.path: r.document for r in self.results if r.document is not None}

    def fails(self) -> bool:
        """A finding at or above the ``fail_on`` of its own file's configuration."""
        for r in self.results:
            fail_on = r.config.fail_on if r.config else "error"
            if fail_on == "never":
                continue
            bar = Severity.parse(fail_on)
            if any(f.severity >= bar for f in r.findings):
                return True
        return False


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


def read_file(path: Path, config: Config) -> Document:
    """Read a file as its configuration says, with the names it declares.

    Declaring the names is part of reading: every consumer of the Document (the
    rules, the QA sheet, annotation, redaction) sees the same cleared names and
    pseudonyms.
    """
    limit = int(config.max_file_mb * 2**20)
    if config.kind:
        doc = read_document(path, config.kind, limit)
    else:
        doc = read_document(path, None, limit)
        by_path = config.kind_for(path)
        declared = ("front matter", "document properties", "declared in the file")
        if by_path and doc.kind_source not in declared:
            # The file's own declaration wins; a pattern in sardoc.yaml beats a guess.
            doc = settle_kind(doc, path, by_path, source="sardoc.yaml")
    declare_names(doc, config)
    return doc


def check_document(
    document: Document, rules: list[Rule], ctx: RunContext | None = None
) -> list[Finding]:
    """Findings of the rules on one document already read."""
    return run(document, rules, ctx)


def _check_one(path: Path, config: Config, rules: list[Rule]) -> FileResult:
    try:
        doc = read_file(path, config)
    except SardocError as e:
        return FileResult(str(path), None, problems=list(e.problems))
    ctx = RunContext(config=config)
    if doc.kind_weak:
        from .elements.kind import a_kind

        ctx.notice(
            f"{path}: checked as {a_kind(doc.kind)}, but little in it says "
            "what kind of document it is; set it with --kind, 'kind:' in its front matter, "
            "or 'kinds:' in sardoc.yaml"
        )
    found = run(doc, rules, ctx)
    return FileResult(str(path), doc, found, ctx.notices)


def _config_key(config: Config) -> str:
    """A stable value that tells configurations apart, in any process.

    Its ``repr`` shows every field, as a JSON dump would, without building the model's
    serializer (which a short check otherwise never needs).
    """
    return repr(config)


# Each worker process loads the rules once per configuration (rule objects hold
# compiled patterns, so they are made where they are used rather than sent).
_WORKER_RULES: dict[str, list[Rule]] = {}


def _worker_check(config: Config, paths: list[Path]) -> list[FileResult]:
    key = _config_key(config)
    if key not in _WORKER_RULES:
        _WORKER_RULES[key] = rules_in_force(config)
    return [_check_one(p, config, _WORKER_RULES[key]) for p in paths]


#: Below this many files one process is quicker than starting more.
PARALLEL_FROM = 8

Configs = Config | ConfigFinder | Callable[[Path], Config] | None


def check(
    paths: Iterable[Path | str],
    config: Configs = None,
    *,
    jobs: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> CheckResult:
    """Read and check every file; problems with one file do not stop the others.

    ``config`` is one configuration for every file, or something that gives each
    file its own (a :class:`~sardoc.config.ConfigFinder`); by default each file gets
    the nearest ``sardoc.yaml`` above it, else the working directory's, else the
    defaults, whatever order the files are named in.

    With ``jobs`` > 1 and enough files, the files are shared among that many worker
    processes (checking is pure Python, so threads would not help); the result and
    the notices are the same, in the same order, as with one. ``progress(done,
    total)`` is called as files finish.
    """
    if config is None:
        config = ConfigFinder()
    config_for = (lambda _p, c=config: c) if isinstance(config, Config) else config
    result = CheckResult()
    files, result.problems = collect_files(Path(p) for p in paths)
    configs = [config_for(f) for f in files]
    rules_by_key: dict[str, list[Rule]] = {}
    for c in configs:
        key = _config_key(c)
        if key not in rules_by_key:
            rules_by_key[key] = rules_in_force(c)
    if not files:
        # Still load the rules, so that a bad --select is reported as such.
        base = config_for(Path.cwd())
        rules_by_key[_config_key(base)] = rules_in_force(base)
    if jobs > 1 and len(files) >= PARALLEL_FROM:
        per_file = _in_parallel(files, configs, jobs, progress)
    else:
        per_file = []
        for n, (path, c) in enumerate(zip(files, configs, strict=True), 1):
            per_file.append(_check_one(path, c, rules_by_key[_config_key(c)]))
            if progress:
                progress(n, len(files))
    # The report lists each rule once: as the first file's configuration has it.
    seen: dict[str, Rule] = {}
    for rules in rules_by_key.values():
        for r in rules:
            seen.setdefault(r.id, r)
    result.rules = list(seen.values())
    for r, c in zip(per_file, configs, strict=True):
        r.config = c
        result.results.append(r)
        result.notices.extend(n for n in r.notices if n not in result.notices)
        if r.problems:
            result.problems.extend(r.problems)
            continue
        result.files.append(r.path)
        result.findings.extend(r.findings)
        result.paragraphs.update(_paragraphs(r))
    result.findings.sort(key=Finding.sort_key)
    if not files and not result.problems:
        result.problems.append(
            Problem("no files to check (sardoc reads " + ", ".join(sorted(READERS)) + ")")
        )
    return result


def _paragraphs(r: FileResult) -> dict[tuple[str, int], tuple[str, int | None]]:
    """The paragraphs the file's findings point at (see ``CheckResult.paragraphs``)."""
    doc, out = r.document, {}
    for f in r.findings:
        i = f.location.paragraph
        if doc is not None and i is not None and 0 <= i < len(doc.paragraphs):
            para = doc.paragraphs[i]
            start = para.anchors[0][1] if para.anchors else None
            out[(r.path, i)] = (para.text, start)
    return out


def _in_parallel(files, configs, jobs, progress) -> list[FileResult]:
    from concurrent.futures import ProcessPoolExecutor, as_completed

    # Files are grouped by configuration, and each group cut into small chunks that
    # keep every worker busy to the end; order is restored by index.
    groups: dict[str, list[int]] = {}
    for i, c in enumerate(configs):
        groups.setdefault(_config_key(c), []).append(i)
    size = max(1, min(16, len(files) // (jobs * 4)))
    chunks = [idx[i : i + size] for idx in groups.values() for i in range(0, len(idx), size)]
    out: list[FileResult | None] = [None] * len(files)
    done = 0
    with ProcessPoolExecutor(jobs) as pool:
        futures = {
            pool.submit(_worker_check, configs[chunk[0]], [files[i] for i in chunk]): chunk
            for chunk in chunks
        }
        for future in as_completed(futures):
            chunk = futures[future]
            for i, r in zip(chunk, future.result(), strict=True):
                out[i] = r
            done += len(chunk)
            if progress:
                progress(done, len(files))
    return [r for r in out if r is not None]


__all__ = [
    "CheckResult",
    "FileResult",
    "InputError",
    "check",
    "check_document",
    "collect_files",
    "read_file",
]
