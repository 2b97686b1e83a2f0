"""How much identifiable data survives redaction, on the labelled evaluation set.

For every document in tests/data/pii_eval, write the plain text as Markdown, redact it
as ``sardoc redact`` does, and count the gold identifiers whose text is still in the
redacted copy (a miss is a leak), and the hard negatives (pseudonyms, agencies, event
dates...) that were removed (damage to the text). Run:

    python benchmarks/bench_redact.py
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sardoc.api import declare_names  # noqa: E402
from sardoc.config import Config  # noqa: E402
from sardoc.identify.evaluate import load  # noqa: E402
from sardoc.redact import plan, redact_file  # noqa: E402
from sardoc.sources import read_document  # noqa: E402

_TITLES = {"mr", "mrs", "ms", "miss", "dr", "mx", "prof", "sir", "dame", "the"}


def leaked(gold, out: str) -> bool:
    """Whether any of the identifier is still there: all of it, or (for a person) any
    name word of three letters or more. Strict: a surname left behind is a leak."""
    if gold.text in out:
        return True
    if gold.label != "person":
        return False
    words = [
        w
        for w in re.findall(r"[A-Za-z][\w'-]+", gold.text)
        if len(w) >= 3 and w.lower() not in _TITLES
    ]
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", out) for w in words)


def main() -> None:
    left, total, negatives_removed, negatives = Counter(), Counter(), 0, 0
    start = time.perf_counter()
    words = 0
    with tempfile.TemporaryDirectory() as tmp:
        for folder in sorted((ROOT / "tests" / "data" / "pii_eval").iterdir()):
            if not folder.is_dir():
                continue
            for item in load(folder):
                path = Path(tmp) / f"{folder.name}-{item.name}"
                path.write_text(item.text, encoding="utf-8")
                doc = read_document(path)
                declare_names(doc, Config())
                words += len(item.text.split())
                out = redact_file(path, doc, plan(doc)).decode("utf-8")
                for g in item.gold:
                    if g.negative:
                        negatives += 1
                        negatives_removed += g.text not in out
                    else:
                        total[g.label] += 1
                        left[g.label] += leaked(g, out)
    seconds = time.perf_counter() - start
    print(f"{'entity':15} {'gold':>5} {'left':>5} {'removed':>8}")
    for entity in sorted(total):
        n, k = total[entity], left[entity]
        print(f"{entity:15} {n:5d} {k:5d} {(n - k) / n:8.3f}")
    n, k = sum(total.values()), sum(left.values())
    print(f"{'all':15} {n:5d} {k:5d} {(n - k) / n:8.3f}")
    print(f"hard negatives removed: {negatives_removed} of {negatives}")
    print(f"{words:,} words read, planned and redacted in {seconds:.2f} s")


if __name__ == "__main__":
    main()
