"""The 15 SCIE quality markers as data, and a sheet that says how far a draft meets each.

One file per marker in quality_markers/ (QM01.yaml ... QM15.yaml), validated at load.
The rules that evidence a marker are not listed in its file: each rule names the
markers it serves (``markers:``), and :func:`load_markers` gathers them, so the two
can never disagree. :func:`assess` turns the findings of a check into a status per
marker, with the text that satisfied each passing rule quoted, and the questions
only a person can answer.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, ValidationError

from .. import yamlsafe
from ..errors import Problem, RuleFileError
from ..paths import data_dir

if TYPE_CHECKING:
    from ..rules.schema import Rule

STATUSES = ("met", "partly met", "not evidenced", "needs a person's judgement")


class Marker(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    title: str
    group: str
    good: str
    evidence_in_report: list[str]
    evidence_in_records: list[str]
    questions: list[str]
    #: Ids of the rules that evidence the marker, sorted: gathered from the rules'
    #: ``markers:`` by :func:`load_markers`, never written in the marker's file.
    rules: tuple[str, ...] = ()


def rules_by_marker(rules: Iterable[Rule]) -> dict[str, tuple[str, ...]]:
    """Marker id -> the sorted ids of the rules that name it in ``markers:``."""
    found: dict[str, list[str]] = defaultdict(list)
    for rule in rules:
        for marker in rule.markers:
            found[marker].append(rule.id)
    return {m: tuple(sorted(ids)) for m, ids in found.items()}


def load_markers(folder: Path | None = None, rules: Iterable[Rule] | None = None) -> list[Marker]:
    """The markers in ``folder`` (the built-in ones by default), each with its rules.

    A marker's rules are those of ``rules`` (the built-in rules by default) that name it.
    """
    folder = folder or data_dir("quality_markers")
    if rules is None:
        from ..rules import load_rules

        rules = load_rules()
    by_marker = rules_by_marker(rules)
    markers = []
    for path in sorted(folder.glob("QM*.yaml")):
        text = yamlsafe.read_text(path, "quality-marker file")
        data = yamlsafe.load(text, str(path))
        if isinstance(data, dict) and "rules" in data:
            # The list is derived from the rules; a copy in the file would drift.
            line, col = yamlsafe.position(text, ["rules"]) or (None, None)
            msg = "rules: not needed; a rule names its markers in its own markers: list"
            raise RuleFileError(problems=[Problem(msg, str(path), line, col)])
        try:
            marker = Marker.model_validate(data)
        except ValidationError as e:
            raise RuleFileError(problems=yamlsafe.validation_problems(e, text, str(path))) from None
        markers.append(marker.model_copy(update={"rules": by_marker.get(marker.id, ())}))
    return markers


@dataclass
class Evidence:
    rule: str
    section: str
    quote: str
    #: ``section``, ``statements`` or ``mention`` (see :mod:`sardoc.elements`).
    strength: str = "section"
    cues: list[str] = field(default_factory=list)


@dataclass
class Assessment:
    marker: Marker
    status: str
    applicable: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    findings: list = field(default_factory=list)


QUOTE_MAX = 280


def _evidence(rule, document, show) -> Evidence | None:
    """What ``document`` shows for ``rule``, quoted for a person to read."""
    from ..elements import Evidence as Found
    from ..elements import quote

    found = show(document, rule)
    if not found:
        return None
    if isinstance(found, Found):
        return Evidence(
            rule.id,
            " › ".join(found.section),
            " … ".join(found.sentences),
            found.strength,
            list(found.cues),
        )
    section, text = found
    return Evidence(rule.id, " › ".join(section), quote(text, QUOTE_MAX))


def assess(markers, documents, rules, findings) -> list[Assessment]:
    """A status for each marker from the rules that evidence it.

    ``documents`` are what was checked (the draft, and the review content if given);
    a rule counts only where it applies to one of them. Met: every applicable rule
    passed, each with body evidence beyond a heading or a single passing mention; partly
    met: some did, or the evidence is that thin; not evidenced: none did; needs a
    person's judgement: no rule can see it in these documents (the evidence is in the
    process records).
    """
    from ..rules.registry import KINDS, reads

    by_id = {r.id: r for r in rules}
    failing = {f.rule_id for f in findings if f.severity.name in ("ERROR", "WARNING")}
    out = []
    for m in markers:
        applicable = []
        for rid in m.rules:
            rule = by_id.get(rid)
            if rule is None:
                continue
            docs = [d for d in documents if d.kind in rule.applies_to]
            if reads(rule.kind) == "content":
                docs = [d for d in docs if d.content is not None]
            if docs:
                applicable.append((rule, docs))
        ids = [r.id for r, _ in applicable]
        failed = [i for i in ids if i in failing]
        evidence, weak = [], []
        for rule, docs in applicable:
            if rule.id in failing:
                continue
            show = getattr(KINDS[rule.kind], "evidence", None)
            if show is None:
                continue  # a rule about wording or numbers: passing is all it can show
            found = [e for e in (_evidence(rule, d, show) for d in docs) if e is not None]
            best = max(found, key=lambda e: e.strength != "mention", default=None)
            if best is None or best.strength == "mention":
                # A heading alone or one passing mention is not enough to call it met.
                weak.append(rule.id)
            if best is not None:
                evidence.append(best)
        if not ids:
            status = STATUSES[3]
        elif not failed and not weak:
            status = STATUSES[0]
        elif len(failed) == len(ids):
            status = STATUSES[2]
        else:
            status = STATUSES[1]
        mine = [f for f in findings if m.id in f.markers]
        out.append(Assessment(m, status, ids, failed, evidence, mine))
    return out
