"""Checking a folder of 200 drafts on one worker process and on two (issue 6).

The drafts are copies of the bundled samples (complete and with gaps, Markdown and
Word), written to a temporary folder. Run: python benchmarks/bench_bulk.py
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sardoc.api import check  # noqa: E402

SOURCES = [
    ROOT / "samples" / "adult-a" / "draft.md",
    ROOT / "samples" / "adult-a" / "draft-gaps.md",
    ROOT / "samples" / "adult-a" / "draft.docx",
    ROOT / "samples" / "other-board" / "report.md",
]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i in range(200):
            src = SOURCES[i % len(SOURCES)]
            shutil.copy(src, folder / f"draft-{i:03d}{src.suffix}")
        results = {}
        for jobs in (1, 2):
            best = float("inf")
            for _ in range(3):
                start = time.perf_counter()
                result = check([folder], jobs=jobs)
                best = min(best, time.perf_counter() - start)
            results[jobs] = (best, len(result.findings))
        assert results[1][1] == results[2][1]
    print(f"200 drafts (50 copies each of four samples), {os.cpu_count()} cores:")
    for jobs, (seconds, n) in results.items():
        print(f"  jobs={jobs}: {seconds:.2f} s ({n} findings)")
    print(f"  speed-up with 2 workers: {results[1][0] / results[2][0]:.2f}x")


if __name__ == "__main__":
    main()
