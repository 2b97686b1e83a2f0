"""False alarms on clean documents: warnings per 10,000 words, per split and per rule.

Run:

    python benchmarks/bench_false_alarms.py [--split SPLIT] [--by-file]

SPLIT is dev, heldout, final, final2, tune5 to tune12, final3 to final9, samples, flawed or all.

``all`` is dev, samples and flawed; the other corpus splits run only when named.

Every document counted here is one a careful editor would let through, so every
warning on it is a false alarm (or a missing element its label admits, counted apart).
The corpus:

- ``dev``: ``tests/data/elements/dev/``, every kind, which language work may be tuned on;
- ``heldout`` and ``final``: ``tests/data/elements/heldout/`` and ``final/``, blind when
  written and tuned on since;
- ``final2``: ``tests/data/elements/final2/``, scored blind once and tuned on since;
- ``final3``: ``tests/data/elements/final3/``, scored blind at the start and end of a round
  and tuned on since;
- ``final4`` to ``final8``: ``tests/data/elements/final4/`` to ``final8/``, scored blind at
  the start and end of their rounds and tuned on since;
- ``final9``: ``tests/data/elements/final9/``, blind: scored once at the start and once at
  the end of a piece of work, never tuned on, reported apart and never file by file;
- ``samples``: the clean samples (``samples/adult-a/draft.md`` and ``.docx``,
  ``samples/other-board/report.md``, ``samples/leaflets/clean.md``); the deliberately
  flawed samples are scored too, as a check that the rules still fire (``flawed``).

All rules run, with the draft profile and no grammar backend, each document with the
kind its label gives. Only counts are printed, never document text, so the held-out
split can be scored without anyone reading it. A warning from an element rule whose
element the label lists under ``absent`` is a true report, not a false alarm; it is
counted under "expected".
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_elements import corpus_splits  # noqa: E402  (same folder as this script)

from sardoc.config import Config, Grammar, rules_in_force  # noqa: E402
from sardoc.findings import Severity  # noqa: E402
from sardoc.rules import RunContext, run  # noqa: E402
from sardoc.sources import read_document  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "elements"
SAMPLES = {
    "samples": [
        ("adult-a/draft.md", None),
        ("adult-a/draft.docx", None),
        ("other-board/report.md", None),
        ("leaflets/clean.md", None),
    ],
    "flawed": [
        ("adult-a/draft-gaps.md", None),
        ("leaflets/flawed.md", None),
    ],
}
#: The language and recommendation rules: what this benchmark was written to hold down.
LANGUAGE = ("LANG-", "GRAM-", "REC-", "STYLE-")


def documents(split: str):
    """(path, kind or None, labelled absent elements) for each document of a split."""
    if split in SAMPLES:
        for rel, kind in SAMPLES[split]:
            yield ROOT / "samples" / rel, kind, set()
        return
    for label in sorted((CORPUS / split).glob("*.labels.yaml")):
        stem = label.name[: -len(".labels.yaml")]
        doc = next(p for p in label.parent.iterdir() if p.stem == stem and p != label)
        data = yaml.safe_load(label.read_text(encoding="utf-8")) or {}
        yield doc, data.get("kind"), set(data.get("absent") or [])


def _element(finding, kind, element_ids, names) -> str | None:
    ids = element_ids.get(finding.rule_id) or ()
    if len(ids) == 1:
        return ids[0]
    return names.get((kind, finding.text)) if ids else None


def score(split: str, by_file: bool) -> dict:
    config = Config(profile="draft", grammar=Grammar(backend="none"))
    rules = rules_in_force(config)
    from sardoc.elements import catalogue

    # A rule may ask for several elements (the parts of a leaflet): a finding names the
    # missing one, so it is matched by the element's name, or by the rule's only id.
    element_ids = {r.id: r.params.ids for r in rules if r.kind == "element"}
    names = {(k, e.name): e.id for k, ke in catalogue().items() for e in ke.elements}
    words = 0
    false, expected, info = Counter(), Counter(), Counter()
    files = []
    for path, kind, absent in documents(split):
        doc = read_document(path, kind)
        n = doc.word_count()
        words += n
        mine = Counter()
        for f in run(doc, rules, RunContext(config=config)):
            if f.severity < Severity.WARNING:
                info[f.rule_id] += 1
            elif _element(f, doc.kind, element_ids, names) in absent:
                expected[f.rule_id] += 1
            else:
                false[f.rule_id] += 1
                mine[f.rule_id] += 1
        files.append((path.name, n, mine))
    total = sum(false.values())
    lang = sum(v for k, v in false.items() if k.startswith(LANGUAGE))
    per = 10_000 / words if words else 0.0
    print(f"## {split}: {len(files)} documents, {words:,} words")
    print(
        f"warnings (all rules): {total}  = {total * per:.2f} per 10,000 words; "
        f"language and recommendation rules: {lang} = {lang * per:.2f} per 10,000 words"
    )
    print(f"expected (labelled absent): {sum(expected.values())}; info: {sum(info.values())}")
    for rid, n in sorted(false.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {rid:10} {n:4}  {n * per:.2f} per 10,000 words")
    if info:
        print("  info: " + ", ".join(f"{k} {v}" for k, v in sorted(info.items())))
    if by_file:
        for name, n, mine in files:
            counts = ", ".join(f"{k} {v}" for k, v in sorted(mine.items()))
            print(f"    {name}: {n} words; {counts}")
    print()
    return {"words": words, "warnings": total, "language": lang}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    splits = [*corpus_splits(), "samples", "flawed", "all"]
    ap.add_argument("--split", choices=splits, default="dev")
    ap.add_argument("--by-file", action="store_true", help="counts per file (not for heldout)")
    a = ap.parse_args()
    # "all" leaves heldout out: it is scored only when named, so that it cannot be run
    # by accident between the before and after figures.
    splits = ["dev", "samples", "flawed"] if a.split == "all" else [a.split]
    for split in splits:
        score(split, a.by_file and split not in ("final9",))


if __name__ == "__main__":
    main()
