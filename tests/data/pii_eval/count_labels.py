"""Count the gold labels and hard-negative classes in labelled pii_eval folders.

Usage: PYTHONPATH=. python tests/data/pii_eval/count_labels.py FOLDER [FOLDER ...]

Only counts marks (via the evaluate loader, so a file that does not parse fails here
too); it never runs a recogniser, so it is safe on blind folders.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from sardoc.identify.evaluate import load


def counts(folder: Path) -> tuple[Counter[str], Counter[str], int]:
    """Identifier labels, negative classes and the number of files in ``folder``."""
    items = load(folder)
    ids: Counter[str] = Counter()
    negs: Counter[str] = Counter()
    for item in items:
        for g in item.gold:
            if g.negative:
                negs[g.label[4:]] += 1
            else:
                ids[g.label] += 1
    return ids, negs, len(items)


def table(title: str, names: list[str], columns: list[Counter[str]]) -> str:
    """A Markdown table, rows sorted by the first column's count (largest first)."""
    keys = sorted(set().union(*columns), key=lambda k: (-columns[0][k], k))
    lines = [f"| {title} | " + " | ".join(names) + " |", "|---" * (len(names) + 1) + "|"]
    lines += [f"| {k} | " + " | ".join(str(c[k]) for c in columns) + " |" for k in keys]
    lines.append("| **total** | " + " | ".join(str(sum(c.values())) for c in columns) + " |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    folders = [Path(a) for a in argv]
    results = [counts(f) for f in folders]
    names = [f.name for f in folders]
    for name, (_, _, n) in zip(names, results):
        print(f"{name}: {n} files")
    print()
    print(table("label", names, [r[0] for r in results]))
    print()
    print(table("class", names, [r[1] for r in results]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
