"""How well sardoc reads documents it was not tuned on: kinds and elements.

Run:

    python benchmarks/bench_elements.py [--split SPLIT] [--via elements|rules] [--errors]

SPLIT is dev, heldout, final, final2, tune5 to tune12, final3 to final9, both or all.

The corpus is ``tests/data/elements/``: documents written in the heading vocabularies of
real boards, each with a label file saying its kind and which sections carry which
elements (see that folder's README). ``dev/`` may be tuned on; each other split
is blind until it has been scored at the start and at the end of a piece of work (never
in between), and its figures are reported apart. ``heldout/`` and ``final/`` have since
been tuned on; ``final2/`` and ``final3/`` were scored blind and tuned on after;
``final4/`` to ``final8/`` were scored blind at the start and end of their rounds and
are tuned on since; ``final9/`` is blind.

For each split it prints:

- kind: how often the kind sardoc guesses (no ``--kind``) is the labelled one;
- per element: precision and recall of the *missing-element report* (a finding is right
  when the element really is absent), on the documents as written;
- mutations: each present element's labelled sections deleted, so the element must now
  be reported; the share that is ("removed elements reported");
- false errors on complete documents: element rules of error severity that fire on a
  document whose labels say nothing is missing.

``--via rules`` decides presence from the rules' findings alone (an element is missing
when its rule fires), so the same script scores commits from before the element layer.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sardoc.elements import catalogue  # noqa: E402
from sardoc.rules import load_rules, run  # noqa: E402
from sardoc.rules.conditions import holds  # noqa: E402
from sardoc.rules.textutil import normalise_heading  # noqa: E402
from sardoc.sources import read_document  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "elements"

#: The rule that reports each element missing, where one exists (for --via rules),
#: read from the rule files so that every kind's element rules are scored.
RULES = load_rules()
RULE_OF = {
    (k, e): r for r in RULES if r.kind == "element" for e in r.params.ids for k in r.applies_to
}
ELEMENT_IDS = {r.id: r.params.ids for r in RULES if r.kind == "element"}
NAMES = {(k, e.name): e.id for k, ke in catalogue().items() for e in ke.elements}


def corpus(split: str):
    for label in sorted((CORPUS / split).glob("*.labels.yaml")):
        stem = label.name[: -len(".labels.yaml")]
        doc = next(p for p in label.parent.iterdir() if p.stem == stem and p != label)
        yield doc, yaml.safe_load(label.read_text(encoding="utf-8"))


def present(document, rules, via: str) -> dict[str, bool] | None:
    """Element id -> found, for the document's kind."""
    if via == "rules":
        # A rule may ask for several elements (the parts of a briefing): each finding
        # names the one it misses, by the element's name.
        fired = set()
        for f in run(document, rules):
            ids = ELEMENT_IDS.get(f.rule_id) or ()
            if len(ids) == 1:
                fired.add((f.rule_id, ids[0]))
            elif ids:
                # A near miss names the section ("The section 'X' does not say anything
                # that shows <element>."), so its element is read from the message's end.
                name = (
                    f.text
                    if (document.kind, f.text) in NAMES
                    else next(
                        (
                            n
                            for (k, n) in NAMES
                            if k == document.kind and f.message.endswith(f" {n}.")
                        ),
                        None,
                    )
                )
                fired.add((f.rule_id, NAMES.get((document.kind, name))))
        # A rule whose ``when:`` does not hold (a section 44 mandate in a serious case
        # review from before the Care Act) says nothing either way: not scored.
        return {
            e: (r.id, e) not in fired
            for (k, e), r in RULE_OF.items()
            if k == document.kind and holds(r.when, document)
        }
    from sardoc.elements import find_all

    document.cache.clear()
    return {e: r.found for e, r in find_all(document).items()}


def without(document, headings: list[str]):
    """The document with every section under the given headings removed."""
    gone = {normalise_heading(h) for h in headings}
    keep = [
        p for p in document.paragraphs if not any(normalise_heading(t) in gone for t in p.section)
    ]
    kw = {"paragraphs": keep, "_sections": None}
    if hasattr(document, "cache"):
        kw["cache"] = {}
    return replace(document, **kw)


def score(split: str, via: str, show_errors: bool) -> None:
    rules = RULES
    error_rules = {r.id for r in rules if r.severity.name == "ERROR"}
    kinds_right = kinds_total = 0
    tally = defaultdict(lambda: [0, 0, 0])  # (kind, element) -> tp, fp, fn (missing reports)
    removed = defaultdict(lambda: [0, 0])  # (kind, element) -> reported, total
    element_rules = {r.id for r in rules if r.kind == "element"}
    minimum_elements = {
        e
        for r in rules
        if r.kind == "element" and r.id in error_rules and r.category in ("PUB", "LEGAL")
        for e in r.params.ids
    }
    false_errors: list[str] = []
    false_other: list[str] = []
    complete = other_complete = 0
    errors: list[str] = []
    for path, label in corpus(split):
        kind = label["kind"]
        guessed = read_document(path)
        kinds_total += 1
        if guessed.kind == kind:
            kinds_right += 1
        else:
            errors.append(f"{path.name}: kind {guessed.kind!r}, labelled {kind!r}")
        doc = read_document(path, kind)
        found = present(doc, rules, via)
        if found is None:
            continue
        labelled = label.get("elements") or {}
        absent = set(label.get("absent") or [])
        for el, is_found in found.items():
            if el not in labelled and el not in absent:
                continue  # not labelled for this document (learning-without-review)
            t = tally[(kind, el)]
            really_absent = el in absent
            if not is_found and really_absent:
                t[0] += 1
            elif not is_found:
                t[1] += 1
                errors.append(f"{path.name}: {el} reported missing, but labelled present")
            elif really_absent:
                t[2] += 1
                errors.append(f"{path.name}: {el} found, but labelled absent")
        # Complete for the publication minimums: no element a PUB or LEGAL error rule asks
        # for is labelled absent (a report may still lack a theme such as equality).
        if kind == "sar-report" and not absent & minimum_elements:
            complete += 1
            false_errors += [
                f"{path.name}: {f.rule_id}"
                for f in run(doc, rules)
                if f.rule_id in error_rules and f.category in ("PUB", "LEGAL")
            ]
        elif kind != "sar-report" and not absent:
            other_complete += 1
            false_other += [
                f"{path.name}: {f.rule_id}" for f in run(doc, rules) if f.rule_id in element_rules
            ]
        for el, heads in labelled.items():
            if el not in found:
                continue
            cut = without(doc, heads)
            after = present(cut, rules, via)
            r = removed[(kind, el)]
            r[1] += 1
            if not after.get(el, True):
                r[0] += 1
            else:
                errors.append(f"{path.name}: {el} still found with {heads} removed")

    print(f"\n== {split} (via {via}) ==")
    print(f"kind recognised without --kind: {kinds_right}/{kinds_total}")
    print(f"{'kind / element':42}{'P':>7}{'R':>7}{'absent':>8}{'removed reported':>18}")
    sums = [0, 0, 0]
    rsum = [0, 0]
    for key in sorted(set(tally) | set(removed)):
        tp, fp, fn = tally[key]
        rep, tot = removed[key]
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        print(f"{key[0] + ' / ' + key[1]:42}{p:>7.2f}{r:>7.2f}{tp + fn:>8}{rep:>12}/{tot}")
        sums = [a + b for a, b in zip(sums, tally[key], strict=True)]
        rsum = [rsum[0] + rep, rsum[1] + tot]
    tp, fp, fn = sums
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    print(f"{'all':42}{p:>7.2f}{r:>7.2f}{tp + fn:>8}{rsum[0]:>12}/{rsum[1]}")
    print(
        f"false PUB/LEGAL errors on {complete} complete SAR reports: {len(false_errors)}"
        + (f" ({', '.join(false_errors)})" if false_errors else "")
    )
    print(
        f"element-rule findings on {other_complete} complete documents of other kinds: "
        f"{len(false_other)}" + (f" ({', '.join(false_other)})" if false_other else "")
    )
    if show_errors:
        for e in errors:
            print("  ", e)


def corpus_splits() -> list[str]:
    """Every split of the element corpus: each folder holding labelled documents."""
    return sorted(d.name for d in CORPUS.iterdir() if any(d.glob("*.labels.yaml")))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--split",
        choices=[
            *corpus_splits(),
            *("both", "all"),
        ],
        default="dev",
    )
    ap.add_argument("--via", choices=["elements", "rules"], default="elements")
    ap.add_argument("--errors", action="store_true")
    a = ap.parse_args()
    splits = {"both": ("dev", "heldout"), "all": ("dev", "heldout", "final")}
    for split in splits.get(a.split, (a.split,)):
        score(split, a.via, a.errors)


if __name__ == "__main__":
    main()
