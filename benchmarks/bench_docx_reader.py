"""Time the Word reader alone on a 30,000-word draft.

Target: well under 0.3 s on a 2-core machine. Run:

    python benchmarks/bench_docx_reader.py [--words 30000] [--runs 5]

The draft is built with python-docx from invented text: about 60 headings, 600
paragraphs, bullet lists and a few tables, with core properties set.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sardoc.sources import docx as docx_reader  # noqa: E402

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
    "Systemic findings",
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


def build(path: Path, n_words: int, fragmented: bool = False) -> tuple[int, int, int]:
    """Write the draft; return (words, headings, paragraphs) written.

    ``fragmented`` splits each paragraph into runs of three words with alternating
    formatting, as Word's own files are after editing (many runs per paragraph).
    """
    from docx import Document

    rnd = random.Random(11)
    doc = Document()
    doc.core_properties.author = "Safeguarding Adults Board"
    doc.core_properties.title = "Safeguarding Adults Review: Adult A"
    doc.add_heading("Safeguarding Adults Review: Adult A", 0)
    words = headings = paragraphs = 0
    per_paragraph = 50  # 600 paragraphs of about 50 words make 30,000
    chapter = 0
    while words < n_words:
        doc.add_heading(f"{chapter + 1}. {HEADINGS[chapter % len(HEADINGS)]}", 1)
        headings += 1
        for sub in range(3):
            doc.add_heading(f"{chapter + 1}.{sub + 1} Episode {sub + 1}", 2)
            headings += 1
            for _ in range(14):
                n = rnd.randint(per_paragraph - 15, per_paragraph + 15)
                chosen = [rnd.choice(WORDS) for _ in range(n)]
                if fragmented:
                    para = doc.add_paragraph()
                    for i in range(0, n, 3):
                        run = para.add_run(" ".join(chosen[i : i + 3]) + " ")
                        run.bold = (i // 3) % 2 == 1
                else:
                    doc.add_paragraph(" ".join(chosen).capitalize() + ".")
                words += n
                paragraphs += 1
                if words >= n_words:
                    break
            doc.add_paragraph("Staff shared information promptly.", style="List Bullet")
            paragraphs += 1
            if words >= n_words:
                break
        if chapter % 3 == 0:
            table = doc.add_table(rows=4, cols=3)
            for r, row in enumerate(table.rows):
                for c, cell in enumerate(row.cells):
                    cell.text = f"Agency {r}-{c} involvement"
        chapter += 1
    doc.save(path)
    return words, headings, paragraphs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=30000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--fragmented", action="store_true", help="many formatted runs per paragraph")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "draft.docx"
        words, headings, paragraphs = build(path, args.words, args.fragmented)
        data = path.read_bytes()
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            doc = docx_reader.read(path, data)
            times.append(time.perf_counter() - t0)
    print(
        f"docx reader on a {words:,}-word .docx ({len(data) / 1024:.0f} KB, {headings} headings, "
        f"{paragraphs} paragraphs, {len(doc.paragraphs)} read): best of {args.runs} "
        f"{min(times) * 1000:.1f} ms"
    )


if __name__ == "__main__":
    main()
