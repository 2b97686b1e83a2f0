"""A review's pack: the report, briefing, leaflet, action plan and scoping report together.

Each document is checked on its own with the ordinary rules (``api.check``); then the
pack rules (rule kind ``pack``, ``rules/pack/``) compare the documents with each other.
A pack rule cannot run through ``engine.run``, which sees one Document at a time, so
this module is its runner: every pack rule gets the whole pack.

Public API:
    check_pack(paths, config) -> PackResult
    run_pack(pack, rules) -> list[Finding]
    Pack, Member, PackResult
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from ..document import Document
from ..findings import Finding, Severity
from .facts import Facts, read_facts

#: The rule kind the pack runner runs, and the per-file engine skips.
PACK_KIND = "pack"


@dataclass
class Member:
    """One document of the pack: its path, what it was read as, its own findings."""

    path: str
    document: Document
    findings: list[Finding] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return self.document.kind

    @cached_property
    def facts(self) -> Facts:
        return read_facts(self.document)


@dataclass
class Pack:
    members: list[Member]
    profile: str = "draft"

    def of(self, *kinds: str) -> list[Member]:
        return [m for m in self.members if m.kind in kinds]

    @property
    def report(self) -> Member | None:
        """The report the other documents answer to (the first SAR report named)."""
        reports = self.of("sar-report")
        return reports[0] if reports else None

    def kinds(self) -> set[str]:
        return {m.kind for m in self.members}


@dataclass
class PackResult:
    pack: Pack
    #: Findings of the pack rules only.
    findings: list[Finding]
    #: The ordinary check of every document (``api.CheckResult``).
    check: object

    def rows(self) -> list[dict]:
        """The pack table: each document, its kind and its findings by severity."""
        out = []
        for m in self.pack.members:
            counts = {str(s): 0 for s in sorted(Severity, reverse=True)}
            for f in m.findings:
                counts[str(f.severity)] += 1
            pack = sum(1 for f in self.findings if f.location.file == m.path)
            out.append(
                {
                    "file": m.path,
                    "kind": m.kind,
                    "kind_source": m.document.kind_source,
                    **counts,
                    "pack": pack,
                }
            )
        return out

    def all_findings(self) -> list[Finding]:
        return sorted([*self.check.findings, *self.findings], key=Finding.sort_key)

    def fails(self, fail_on: str) -> bool:
        if fail_on == "never":
            return False
        bar = Severity.parse(fail_on)
        return self.check.fails() or any(f.severity >= bar for f in self.findings)


def run_pack(pack: Pack, rules: Iterable) -> list[Finding]:
    """Every finding of every pack rule on the pack, sorted."""
    from ..rules.registry import KINDS

    found: list[Finding] = []
    for rule in rules:
        if rule.kind == PACK_KIND and pack.kinds() & set(rule.applies_to):
            found.extend(KINDS[PACK_KIND].check_pack(pack, rule))
    # A finding is kept once even when two copies of one document (the .md and the
    # .docx) give it twice.
    found = list(dict.fromkeys(found))
    found.sort(key=Finding.sort_key)
    return found


def check_pack(paths: Iterable[Path | str], config=None) -> PackResult:
    """Check each document of a pack with the ordinary rules, then the pack rules.

    ``config`` is as for :func:`sardoc.api.check`. A ``pack:`` section in the
    configuration names the files of each kind, overriding what the files say.
    """
    from ..api import check
    from ..config import Config, ConfigFinder, rules_in_force
    from ..identify.scan import remembering

    finder = config if config is not None else ConfigFinder()
    # Every file keeps its own configuration, so the rules are loaded once per
    # configuration; a file the ``pack:`` section names as another kind is put right
    # afterwards (rare), rather than giving each file a configuration of its own.
    # Each paper is scanned for identifiers up to three times: the first pass, which
    # depends on the text alone, is worked out once (identify.scan.remembering).
    with remembering():
        result = check(paths, finder, jobs=1)
        _share_pseudonyms(result)
        members = []
        for r in result.results:
            if r.document is None:
                continue
            named = r.config.pack_kind_for(Path(r.path)) if r.config is not None else None
            if named:
                _rekind(result, r, named)
            members.append(Member(r.path, r.document, list(r.findings)))
    first = result.results[0].config if result.results and result.results[0].config else None
    base = first or (finder if isinstance(finder, Config) else finder(Path.cwd()))
    pack = Pack(members, profile=base.profile)
    rules = [r for r in result.rules if r.kind == PACK_KIND] or [
        r for r in rules_in_force(base) if r.kind == PACK_KIND
    ]
    return PackResult(pack, run_pack(pack, rules), result)


__all__ = ["Member", "Pack", "PackResult", "check_pack", "run_pack"]


def _rekind(result, r, kind: str) -> None:
    """Give a document the kind the ``pack:`` section names, and check it as that kind."""
    from ..config import rules_in_force
    from ..rules import RunContext, run
    from ..sources import settle_kind

    doc = r.document
    if doc.kind != kind:
        doc = settle_kind(doc, Path(r.path), kind, source="sardoc.yaml pack:")
        old = set(map(id, r.findings))
        r.document = doc
        r.findings = run(doc, rules_in_force(r.config), RunContext(config=r.config))
        result.findings = sorted(
            [f for f in result.findings if id(f) not in old] + r.findings, key=Finding.sort_key
        )
    # Say why the document has its kind in the table.
    doc.kind_source = "sardoc.yaml pack:"


def _share_pseudonyms(result) -> None:
    """Check again, knowing what the other papers say, each document that gains from it:
    a pseudonym declared in the report and used in the leaflet ("Carol"), a home the
    report names, an official the report names with her post (``share_pack``)."""
    from ..config import rules_in_force
    from ..identify.scan import share_pack
    from ..rules import RunContext, run

    done = [r for r in result.results if r.document is not None]

    def names(r) -> str:
        return repr(r.document.metadata.get("identifiable"))

    before = [names(r) for r in done]
    share_pack([r.document for r in done])
    for r, was in zip(done, before, strict=True):
        if names(r) == was:
            continue
        # Only the identifiable-data rules read what was shared: run those again.
        rules = [rule for rule in rules_in_force(r.config) if rule.kind == "identifiable"]
        ids = {rule.id for rule in rules}
        old = {id(f) for f in r.findings if f.rule_id in ids}
        fresh = run(r.document, rules, RunContext(config=r.config))
        r.findings = sorted(
            [f for f in r.findings if id(f) not in old] + fresh, key=Finding.sort_key
        )
        result.findings = sorted(
            [f for f in result.findings if id(f) not in old] + fresh, key=Finding.sort_key
        )
