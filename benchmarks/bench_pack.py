"""Checking a 5-document pack (issue 16): report .docx, briefing .pdf, leaflet .md,
action plan .xlsx and scoping report .md, each with the ordinary rules, then the pack
rules. The target is under 2 seconds for the whole pack.

Two figures: in one process after the rules are loaded once (what the web page and a
loop of checks pay), and the command line end to end (a fresh Python each time).

    python benchmarks/bench_pack.py
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sardoc.config import load_config  # noqa: E402
from sardoc.pack import check_pack  # noqa: E402

PACK = ROOT / "tests" / "data" / "packs" / "consistent"
TARGET = 2.0


def _best(fn, runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    config = load_config(PACK / "sardoc.yaml")
    first = time.perf_counter()
    result = check_pack([PACK], config)
    cold = time.perf_counter() - first
    assert len(result.pack.members) == 5 and result.findings == []
    warm = _best(lambda: check_pack([PACK], config))
    cli = _best(
        lambda: subprocess.run(
            [sys.executable, "-m", "sardoc", "pack", str(PACK)],
            check=True,
            capture_output=True,
        ),
        runs=3,
    )
    print(f"5-document pack, first check in this process: {cold:.2f} s")
    print(f"5-document pack, best of 5 in one process:    {warm:.2f} s")
    print(f"5-document pack, `sardoc pack` end to end:    {cli:.2f} s (best of 3)")
    ok = max(warm, cli) < TARGET
    print(f"target under {TARGET:.0f} s: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
