"""False alarms of the SAR report's theme rules on a clean corpus.

Run:

    python benchmarks/bench_report_rules.py [--split dev|own] [--files]

``own`` is ``tests/data/report_rules/``: reports written for these rules, each addressing
every theme (one a serious case review from before the Care Act, checked with the section
44 rules too); every finding there is a false alarm. ``dev`` is ``tests/data/elements/dev/``
(the held-out split is never read here; see that folder's README). Each document is checked
as the kind its label gives, and the findings of the rules below are counted. It prints, per
rule, the findings and the documents of a kind the rule applies to, and the findings per
10,000 words of those documents; ``--files`` adds which file each finding came from
(rule ids and file names only, never document text).

A finding here is a false alarm only where the document really does address the theme:
the corpus was written for the publication minimums, so some of its reports say nothing
about, say, protected characteristics, and a finding on those is right. The script counts;
reading the findings decides which they are.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sardoc.rules import load_rules, run  # noqa: E402
from sardoc.sources import read_document  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "elements"
OWN = ROOT / "tests" / "data" / "report_rules"
RULE_IDS = ("FAM-002", "EQ-001", "MSP-001", "MCA-001", "PRIN-001", "ANAL-001", "LEGAL-004")
#: On the own documents the section 44 rules are counted too: a serious case review from
#: before the Care Act must not be asked for a mandate.
LEGAL_IDS = ("LEGAL-001", "LEGAL-002")


def corpus(split: str):
    if split == "own":
        for path in sorted(OWN.glob("*.md")):
            yield path, {"kind": "sar-report"}
        return
    for label in sorted((CORPUS / split).glob("*.labels.yaml")):
        stem = label.name[: -len(".labels.yaml")]
        doc = next(p for p in label.parent.iterdir() if p.stem == stem and p != label)
        yield doc, yaml.safe_load(label.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=["dev", "own"])
    ap.add_argument("--files", action="store_true", help="name the file of each finding")
    args = ap.parse_args(argv)
    ids = RULE_IDS + (LEGAL_IDS if args.split == "own" else ())
    rules = [r for r in load_rules() if r.id in ids]
    words: Counter[str] = Counter()
    docs: Counter[str] = Counter()
    found: Counter[str] = Counter()
    where: dict[str, list[str]] = defaultdict(list)
    by_severity: Counter[str] = Counter()
    for path, label in corpus(args.split):
        doc = read_document(path)
        doc.kind = label["kind"]
        n = doc.word_count()
        for rule in rules:
            if doc.kind in rule.applies_to:
                words[rule.id] += n
                docs[rule.id] += 1
        for f in run(doc, rules):
            found[f.rule_id] += 1
            by_severity[f.severity.name.lower()] += 1
            where[f.rule_id].append(path.name)
    print(f"== {args.split}: theme rules on documents of the kinds they apply to ==")
    print(f"{'rule':<10} {'sev':<8} {'docs':>4} {'words':>7} {'found':>5} {'per 10k words':>13}")
    for rule in sorted(rules, key=lambda r: ids.index(r.id)):
        n = words[rule.id]
        rate = 10000 * found[rule.id] / n if n else 0.0
        sev = rule.severity.name.lower()
        print(f"{rule.id:<10} {sev:<8} {docs[rule.id]:>4} {n:>7} {found[rule.id]:>5} {rate:>13.2f}")
        if args.files and where[rule.id]:
            print("           " + ", ".join(where[rule.id]))
    sar_words = words["ANAL-001"]
    warnings = sum(found[r.id] for r in rules if r.severity.name == "WARNING")
    print(
        f"warnings of these rules: {warnings} in {sar_words} words of SAR reports "
        f"({10000 * warnings / sar_words if sar_words else 0:.2f} per 10,000 words); "
        f"info: {by_severity['info']}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
