"""What the language checks cost on a 30,000-word Word draft, and their false alarms.

Times the whole ``sardoc check`` command (start-up included) on the same 30,000-word
.docx as benchmarks/bench_check.py, three ways: without the language rules
(``--ignore LANG,GRAM,LEAF,7MB``), with them and no grammar backend (the default), and
with them and harper. Then counts language warnings on the clean samples, per
10,000 words. Run: python benchmarks/bench_language.py
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_check import build  # noqa: E402

LANGUAGE = "LANG,GRAM,LEAF,7MB"


def timed(args: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "sardoc", "check", *args], capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def false_alarms() -> None:
    from sardoc.api import check
    from sardoc.config import Config, Grammar

    clean = [
        ROOT / "samples" / "adult-a" / "draft.md",
        ROOT / "samples" / "adult-a" / "draft.docx",
        ROOT / "samples" / "other-board" / "report.md",
        ROOT / "samples" / "leaflets" / "clean.md",
    ]
    from sardoc.sources import read_document

    words = sum(read_document(p).word_count() for p in clean)
    for backend in ("none", "harper"):
        result = check(clean, Config(grammar=Grammar(backend=backend)))
        lang = [f for f in result.findings if f.rule_id.startswith(tuple(LANGUAGE.split(",")))]
        warnings = [f for f in lang if f.severity.name != "INFO"]
        print(
            f"clean samples ({words:,} words), grammar={backend}: {len(warnings)} language "
            f"warnings or errors ({10_000 * len(warnings) / words:.2f} per 10,000 words), "
            f"{len(lang) - len(warnings)} info"
        )


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "draft.docx"
        n = build(path, 30_000)
        without = timed([str(path), "--ignore", LANGUAGE, "--format", "json"])
        rules = timed([str(path), "--format", "json"])
        harper = timed([str(path), "--grammar", "harper", "--format", "json"])
        out = subprocess.run(
            [
                sys.executable,
                "-m",
                "sardoc",
                "check",
                str(path),
                "--grammar",
                "harper",
                "--format",
                "json",
            ],
            capture_output=True,
            text=True,
        )
        n_gram = json.loads(out.stdout)["summary"]["by_rule"].get("GRAM-001", 0)
        # The .docx above is made of generated sentences; a real report is kinder to a
        # grammar checker (fewer unknown words), so time one too: the sample report,
        # eight times over.
        sample = (ROOT / "samples" / "adult-a" / "draft.md").read_text(encoding="utf-8")
        head, _, body = sample.partition("\n---\n")
        real = Path(tmp) / "real.md"
        real.write_text(head + "\n---\n" + body * 8, encoding="utf-8")
        real_without = timed([str(real), "--ignore", LANGUAGE, "--format", "json"])
        real_rules = timed([str(real), "--format", "json"])
        real_harper = timed([str(real), "--grammar", "harper", "--format", "json"])
    print(f"{n:,}-word .docx, whole command, median of 5:")
    print(f"  without language rules:        {without:.3f} s")
    print(f"  language rules, no grammar:    {rules:.3f} s  (+{rules - without:.3f} s)")
    print(
        f"  language rules and harper:     {harper:.3f} s  (+{harper - without:.3f} s, "
        f"{n_gram} grammar findings)"
    )
    print("the sample report eight times over (about 31,500 words, Markdown):")
    for label, t in (
        ("without language rules:    ", real_without),
        ("language rules, no grammar:", real_rules),
        ("language rules and harper: ", real_harper),
    ):
        print(f"  {label}    {t:.3f} s  (+{t - real_without:.3f} s)")
    false_alarms()


if __name__ == "__main__":
    main()
