"""Whole `sardoc check` of a 30,000-word Word draft with the default rules, start-up included.

Target (issue 2): under one second on a 2-core machine. Run:

    python benchmarks/bench_check.py [--words 30000] [--runs 7]

It builds the draft with python-docx from invented text (realistic headings,
paragraphs, lists and tables), then times the real command line in a subprocess.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEADINGS = [
    "Introduction",
    "Legal mandate",
    "Purpose of the review",
    "Terms of reference",
    "Methodology and limitations",
    "Involvement of the family",
    "Parallel processes",
    "About Adult A",
    "Summary of what happened",
    "Analysis of practice",
    "How agencies worked together",
    "Is this typical? Systemic findings",
    "Good practice",
    "What needs to change",
    "Recommendations",
    "Sharing the learning",
]
WORDS = (
    "the district nurse visited Adult A at home and recorded concerns about her skin and "
    "nutrition which were shared with the GP practice and adult social care although the "
    "referral was not followed by a multi-agency meeting because the team was under pressure "
    "and information about her capacity to make decisions about care was not recorded clearly "
    "by the agencies involved during the period under review"
).split()


def build(path: Path, n_words: int) -> int:
    from docx import Document

    rnd = random.Random(7)
    doc = Document()
    doc.core_properties.author = "Safeguarding Adults Board"
    doc.add_heading("Safeguarding Adults Review: Adult A", 0)
    doc.add_paragraph(
        "This is a mandatory review under section 44(1) of the Care Act 2014; condition 1 is met."
    )
    written = 0
    chapter = 0
    while written < n_words:
        doc.add_heading(f"{chapter + 1}. {HEADINGS[chapter % len(HEADINGS)]}", 1)
        for sub in range(3):
            doc.add_heading(f"{chapter + 1}.{sub + 1} Episode {sub + 1}", 2)
            for _ in range(4):
                n = rnd.randint(40, 90)
                text = " ".join(rnd.choice(WORDS) for _ in range(n)).capitalize() + "."
                doc.add_paragraph(text)
                written += n
            doc.add_paragraph("Staff shared information promptly.", style="List Bullet")
        table = doc.add_table(rows=3, cols=3)
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row.cells):
                cell.text = f"Agency {r}-{c} involvement"
        chapter += 1
    doc.save(path)
    return written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=30000)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        draft = Path(tmp) / "draft.docx"
        words = build(draft, args.words)
        cmd = [
            sys.executable,
            "-m",
            "sardoc",
            "check",
            str(draft),
            "--format",
            "json",
            "--fail-on",
            "never",
        ]
        subprocess.run(cmd, check=True, capture_output=True)  # warm the file cache
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True)
            times.append(time.perf_counter() - t0)
    print(
        f"sardoc check of a {words:,}-word .docx (default rules, start-up included), "
        f"{args.runs} runs: best {min(times):.3f} s, median {statistics.median(times):.3f} s"
    )


if __name__ == "__main__":
    main()
