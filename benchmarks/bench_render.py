"""Time rendering all five documents as Markdown, HTML and Word from the sample review.

Issue 4 asks for under one second in total (PDF excluded), start-up of the rendering
code included. Run: python benchmarks/bench_render.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "adult-a" / "review.yaml"


def once(out: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "sardoc",
            "render",
            str(SAMPLE),
            "--doc",
            "all",
            "--format",
            "md,html,docx",
            "-o",
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        times = [once(Path(tmp) / str(i)) for i in range(7)]
        files = len(list((Path(tmp) / "0").iterdir()))
    print(
        f"sardoc render: 5 kinds x md, html, docx = {files} files, whole command including "
        f"start-up, 7 runs: best {min(times):.3f} s, median {statistics.median(times):.3f} s"
    )


if __name__ == "__main__":
    main()
