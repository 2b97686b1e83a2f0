"""Check the element labels of an evaluation-corpus split.

Usage: python tests/data/elements/check_labels.py tests/data/elements/dev

For every ``X.labels.yaml`` the document ``X.md`` or ``X.txt`` must exist, the kind must be
known, every element id of that kind must be in exactly one of ``elements`` or ``absent``, and
every heading named in ``elements`` or ``traps`` must be a heading in the document. Exits 1
with one line per problem, 2 on bad usage; prints word counts so the split's size is visible.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

# The element ids per kind, as defined for labelling (ELEMENTS.md). Kept here as data so
# the checker does not depend on sardoc's own element layer, which the corpus must not mirror.
KINDS: dict[str, set[str]] = {
    "sar-report": {
        "overview",
        "decisions",
        "working-together",
        "systemic",
        "prevention",
        "good-practice",
        "learning",
        "terms-of-reference",
        "legal-mandate",
        "methodology",
        "family-involvement",
        "practitioners",
        "parallel-processes",
        "limitations",
        "purpose",
        "recommendations",
    },
    "seven-minute-briefing": {
        "background",
        "why-it-matters",
        "what-happened",
        "findings",
        "what-to-do",
        "reflection-questions",
        "further-information",
        "pseudonym-note",
    },
    "family-guidance": {
        "what-is-a-review",
        "why-contacted",
        "taking-part",
        "report-publication",
        "afterwards",
        "not-blame",
        "can-decline",
        "contacts",
        "advocacy-support",
        "other-formats",
    },
    "rapid-review": {
        "referral",
        "agency-summaries",
        "reasonable-concern",
        "decision",
        "immediate-actions",
        "parallel-processes",
    },
    "action-plan": set(),
}
# Labelled only when a rapid review decides against a SAR, so it may be missing from both lists.
# The themes a report's analysis is asked about (the rules EQ-001, MSP-001, MCA-001,
# FAM-002, PRIN-001, ANAL-001) are labelled only where a document was checked for one and
# it is absent; a theme missing from both lists was not labelled either way.
OPTIONAL = {
    "rapid-review": {"learning-without-review"},
    "sar-report": {
        "protected-characteristics",
        "persons-voice",
        "mental-capacity",
        "six-principles",
        "systemic-analysis",
        "consent-advocacy",
    },
}

_ATX = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_UNDERLINE = re.compile(r"^\s*(=+|-+)\s*$")
# Some boards type headings as a paragraph that is wholly bold ("**What happened**"); the
# heading's text is what sits between the markers, with any trailing colon kept as written.
_BOLD_LINE = re.compile(r"^\s{0,3}(\*\*|__)(?P<text>[^*_].*?)\1\s*$")
# Some briefings are a Markdown pipe table of panels, each row's first cell a wholly bold
# title ("| **1. Background** | prose |"); that title heads the prose beside it.
_TABLE_TITLE = re.compile(r"^\s{0,3}\|\s*(\*\*|__)(?P<text>[^*_|][^|]*?)\1\s*\|")


def headings(path: Path) -> set[str]:
    """Return the heading texts of a document as written (without '#')."""
    lines = path.read_text(encoding="utf-8").splitlines()
    found: set[str] = set()
    fenced = False
    for i, line in enumerate(lines):
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        if fenced:
            continue
        m = _ATX.match(line)
        if m and path.suffix == ".md":
            found.add(m.group(1).strip())
        bold = _BOLD_LINE.match(line)
        if bold and path.suffix == ".md":
            found.add(bold.group("text").strip())
        cell = _TABLE_TITLE.match(line)
        if cell and path.suffix == ".md":
            found.add(cell.group("text").strip())
        if i + 1 < len(lines) and _UNDERLINE.match(lines[i + 1]) and line.strip():
            found.add(line.strip())
        if path.suffix == ".txt" and line.strip():
            # Plain text has no heading markup: any whole line may be a heading; the
            # label's author is trusted to pick a real one, the check is that it exists.
            found.add(line.strip())
    return found


def check(label_path: Path) -> list[str]:
    """Return the problems found in one label file, each as 'file: message'."""
    problems: list[str] = []
    stem = label_path.name[: -len(".labels.yaml")]
    docs = [
        p
        for p in (label_path.with_name(stem + ".md"), label_path.with_name(stem + ".txt"))
        if p.exists()
    ]
    if len(docs) != 1:
        return [f"{label_path}: expected exactly one document {stem}.md or {stem}.txt"]
    doc = docs[0]
    data = yaml.safe_load(label_path.read_text(encoding="utf-8")) or {}
    kind = data.get("kind")
    if kind not in KINDS:
        return [f"{label_path}: unknown kind {kind!r}"]
    if not data.get("vocabulary_of"):
        problems.append(f"{label_path}: vocabulary_of is missing")
    elements = data.get("elements") or {}
    absent = data.get("absent") or []
    traps = data.get("traps") or []
    known = KINDS[kind] | OPTIONAL.get(kind, set())
    for eid in list(elements) + list(absent):
        if eid not in known:
            problems.append(f"{label_path}: unknown element id {eid!r} for kind {kind}")
    for eid in set(elements) & set(absent):
        problems.append(f"{label_path}: {eid!r} is both present and absent")
    for eid in KINDS[kind] - set(elements) - set(absent):
        problems.append(f"{label_path}: {eid!r} is in neither elements nor absent")
    if len(absent) != len(set(absent)):
        problems.append(f"{label_path}: duplicate ids in absent")
    heads = headings(doc)
    for eid, hs in elements.items():
        if not hs:
            problems.append(f"{label_path}: {eid!r} lists no heading")
        for h in hs or []:
            if h not in heads:
                problems.append(f"{label_path}: heading {h!r} ({eid}) not found in {doc.name}")
    for h in traps:
        if h not in heads:
            problems.append(f"{label_path}: trap heading {h!r} not found in {doc.name}")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not Path(argv[1]).is_dir():
        print("usage: check_labels.py DIRECTORY", file=sys.stderr)
        return 2
    folder = Path(argv[1])
    labels = sorted(folder.glob("*.labels.yaml"))
    problems: list[str] = []
    total = 0
    per_kind: dict[str, list[int]] = {}
    for label in labels:
        problems += check(label)
        stem = label.name[: -len(".labels.yaml")]
        for suffix in (".md", ".txt"):
            doc = label.with_name(stem + suffix)
            if doc.exists():
                words = len(doc.read_text(encoding="utf-8").split())
                total += words
                kind = (yaml.safe_load(label.read_text(encoding="utf-8")) or {}).get("kind", "?")
                per_kind.setdefault(kind, []).append(words)
                print(f"{words:6d}  {kind:22s} {doc.name}")
    unlabelled = [
        p
        for p in folder.iterdir()
        if p.suffix in {".md", ".txt"}
        # A split's README describes the split; it is not a document to label.
        and p.name != "README.md"
        and not p.with_name(p.stem + ".labels.yaml").exists()
    ]
    problems += [f"{p}: document has no labels file" for p in unlabelled]
    for kind, counts in sorted(per_kind.items()):
        print(f"{kind}: {len(counts)} documents, {sum(counts)} words")
    print(f"total: {len(labels)} documents, {total} words")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
