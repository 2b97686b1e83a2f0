"""Check the held-out corpus labels: ids known, each kind's ids covered once, headings present.

Kept beside the corpus (not in tests/) on purpose: the held-out split must never become part of a
tuning loop, so this script only checks that the labels are well formed.
Run: python tests/data/elements/heldout/_check.py
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

# Element ids per kind, as defined in the corpus brief (ELEMENTS.md). Optional ids may be left out
# of both lists: learning-without-review is labelled only in reports that decide against a SAR.
KINDS: dict[str, tuple[set[str], set[str]]] = {
    "sar-report": ({
        "overview", "decisions", "working-together", "systemic", "prevention", "good-practice",
        "learning", "terms-of-reference", "legal-mandate", "methodology", "family-involvement",
        "practitioners", "parallel-processes", "limitations", "purpose", "recommendations"}, set()),
    "seven-minute-briefing": ({
        "background", "why-it-matters", "what-happened", "findings", "what-to-do",
        "reflection-questions", "further-information", "pseudonym-note"}, set()),
    "family-guidance": ({
        "what-is-a-review", "why-contacted", "taking-part", "report-publication", "afterwards",
        "not-blame", "can-decline", "contacts", "advocacy-support", "other-formats"}, set()),
    "rapid-review": ({
        "referral", "agency-summaries", "reasonable-concern", "decision", "immediate-actions",
        "parallel-processes"}, {"learning-without-review"}),
    "action-plan": (set(), set()),
}
# Word ranges the brief set for each kind (action plans are tables, so no range).
WORDS = {"sar-report": (1200, 2500), "seven-minute-briefing": (400, 700),
         "family-guidance": (500, 900), "rapid-review": (700, 1500)}

MD_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")


def headings(doc: Path) -> set[str]:
    lines = doc.read_text(encoding="utf-8").splitlines()
    if doc.suffix == ".md":
        return {m.group(1) for line in lines if (m := MD_HEADING.match(line))}
    # Plain text: any whole line may be a heading ("1. Introduction", capitals, underlined).
    return {line.strip() for line in lines if line.strip()}


def check(labels_path: Path) -> list[str]:
    problems: list[str] = []
    stem = labels_path.name[: -len(".labels.yaml")]
    docs = [p for p in (labels_path.with_name(stem + ".md"), labels_path.with_name(stem + ".txt")) if p.exists()]
    if len(docs) != 1:
        return [f"{labels_path.name}: expected exactly one document beside it, found {len(docs)}"]
    doc = docs[0]
    data = yaml.safe_load(labels_path.read_text(encoding="utf-8"))
    kind = data.get("kind")
    if kind not in KINDS:
        return [f"{labels_path.name}: unknown kind {kind!r}"]
    if not data.get("vocabulary_of"):
        problems.append(f"{labels_path.name}: vocabulary_of missing")
    required, optional = KINDS[kind]
    elements = data.get("elements") or {}
    absent = data.get("absent") or []
    for eid in list(elements) + list(absent):
        if eid not in required | optional:
            problems.append(f"{labels_path.name}: unknown element id {eid!r} for {kind}")
    for eid in required:
        count = (eid in elements) + absent.count(eid)
        if count != 1:
            problems.append(f"{labels_path.name}: {eid} appears {count} times across elements/absent")
    for eid in optional:
        if (eid in elements) + absent.count(eid) > 1:
            problems.append(f"{labels_path.name}: {eid} listed more than once")
    known = headings(doc)
    for eid, hs in elements.items():
        if not hs:
            problems.append(f"{labels_path.name}: {eid} has no headings")
        for h in hs:
            if h not in known:
                problems.append(f"{labels_path.name}: heading {h!r} ({eid}) not found in {doc.name}")
    for h in data.get("traps") or []:
        if h not in known:
            problems.append(f"{labels_path.name}: trap heading {h!r} not found in {doc.name}")
    if kind in WORDS:
        lo, hi = WORDS[kind]
        n = len(doc.read_text(encoding="utf-8").split())
        if not lo <= n <= hi:
            problems.append(f"{doc.name}: {n} words, outside {lo}-{hi} for {kind}")
    return problems


def main() -> int:
    here = Path(__file__).parent
    labels = sorted(here.glob("*.labels.yaml"))
    docs = sorted(p for p in here.iterdir() if p.suffix in {".md", ".txt"} and p.name != "README.md")
    problems: list[str] = []
    for d in docs:
        if not d.with_name(d.stem + ".labels.yaml").exists():
            problems.append(f"{d.name}: no labels file")
    for lp in labels:
        problems.extend(check(lp))
    for p in problems:
        print(p)
    print(f"{len(labels)} label files, {len(docs)} documents, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
