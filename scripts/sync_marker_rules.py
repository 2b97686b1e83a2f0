"""Rewrite the ``rules:`` list of each quality-marker file from the rules' own ``markers``.

A rule file says which quality markers it serves; the marker files list the same
links the other way round for readers. Run this after adding or changing a rule;
tests/markers checks the two agree.

    python scripts/sync_marker_rules.py
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sardoc.rules import load_rules  # noqa: E402


def main() -> int:
    by_marker: dict[str, list[str]] = defaultdict(list)
    for rule in load_rules([ROOT / "rules"]):
        for m in rule.markers:
            by_marker[m].append(rule.id)
    for path in sorted((ROOT / "quality_markers").glob("QM*.yaml")):
        text = path.read_text(encoding="utf-8")
        marker = re.search(r"^id: (\S+)$", text, re.M).group(1)
        ids = sorted(by_marker.get(marker, []))
        block = "rules:\n" + "".join(f"- {i}\n" for i in ids) if ids else "rules: []\n"
        text = re.sub(r"^rules:(?: \[\])?\n(?:- .*\n)*", block, text, flags=re.M)
        path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
