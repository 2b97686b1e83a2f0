"""Throughput on large plain-text files, and whether it stays linear (issue 17).

Targets: at least 200,000 words a second on a ~2-million-word plain-text file, and a
10 MB file that is one single line (one paragraph) checked in under 15 s. Both files
are made here from the bundled samples' prose, in a temporary folder (never committed);
each copy of a paragraph has reference numbers in its sentences, so that nothing
repeats (``--repeat`` gives the plain copies older figures were measured on).
Each time is the whole ``sardoc check`` command, start-up included. Run:

    python benchmarks/bench_throughput.py [--words 2000000] [--line-mb 10] [--repeat]
    python benchmarks/bench_throughput.py --by-rule [--words 200000]  # where the time goes

``--by-rule`` reads the file once and times each rule's check on it, once at the size
given and once at twice that size as a single line: a rule whose time more than
doubles is super-linear.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ["adult-a/draft.md", "other-board/report.md", "leaflets/flawed.md"]


def prose_paragraphs() -> list[str]:
    """The samples' body paragraphs: no headings, front matter or tables."""
    text = "\n\n".join((ROOT / "samples" / s).read_text(encoding="utf-8") for s in SOURCES)
    return [
        p.strip()
        for p in re.split(r"\n\s*\n", text)
        if p.strip() and not p.lstrip().startswith(("#", "---", "|"))
    ]


#: Where a sentence ends inside a paragraph: each copy gets its own reference number
#: there, so that no sentence or paragraph of the file repeats another (see ``vary``).
_SENTENCE_GAP = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"“(]?[A-Z0-9])")


def vary(paragraph: str, n: int) -> str:
    """``paragraph`` with a reference number opening each of its sentences.

    A real report does not repeat itself, and a check that caches anything by text
    (sardoc works out each distinct paragraph's and sentence's words once) would look
    faster than it is on a file made of the same paragraphs over and over.
    """
    count = iter(range(10**9))
    return f"Ref {n}. " + _SENTENCE_GAP.sub(
        lambda m: f"{m.group(0)}Ref {n}-{next(count)}: ", paragraph
    )


def big_text(n_words: int, repeat: bool = False) -> tuple[str, int]:
    out, n = [], 0
    paras = prose_paragraphs()
    while n < n_words:
        for p in paras:
            out.append(p if repeat else vary(p, len(out)))
            n += len(out[-1].split())
    return "\n\n".join(out) + "\n", n


def one_line(n_bytes: int, repeat: bool = False) -> str:
    paras = [" ".join(p.split()) for p in prose_paragraphs()]
    out, size, k = [], 0, 0
    while size < n_bytes:
        for p in paras:
            out.append(p if repeat else vary(p, k))
            size += len(out[-1]) + 1
            k += 1
    text = " ".join(out)
    return text[:n_bytes].rsplit(" ", 1)[0] + "\n"


def time_check(path: Path, *extra: str) -> float:
    """Wall-clock seconds of one check; the processor time is printed beside it."""
    import resource

    from bench_check import bench_env

    cmd = [sys.executable, "-m", "sardoc", "check", str(path), "--format", "json"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(
        [*cmd, "--fail-on", "never", *extra], check=True, capture_output=True, env=bench_env()
    )
    seconds = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    print(f"    (wall {seconds:.1f} s, processor {cpu:.1f} s)")
    return seconds


def by_rule(n_words: int, repeat: bool = False) -> None:
    sys.path.insert(0, str(ROOT))
    from sardoc.config import Config, rules_in_force
    from sardoc.rules.context import RunContext
    from sardoc.rules.registry import KINDS
    from sardoc.sources import read_document

    rules = rules_in_force(Config())
    with tempfile.TemporaryDirectory() as tmp:
        small, _ = big_text(n_words, repeat)
        flat = " ".join(small.split())
        files = {"paragraphs": small, "line": flat, "line x2": flat + " " + flat}
        times: dict[str, dict[str, float]] = {}
        for label, text in files.items():
            path = Path(tmp) / "big.txt"
            path.write_text(text, encoding="utf-8")
            for kind in ("sar-report", "family-guidance"):
                doc = read_document(path, kind)
                # One context per document, as a check has: shared work (the
                # identifiable-data scan) is counted against the first rule that needs it.
                ctx = RunContext(config=Config())
                for rule in rules:
                    if kind not in rule.applies_to:
                        continue
                    t0 = time.perf_counter()
                    list(KINDS[rule.kind].check(doc, rule, ctx))
                    times.setdefault(f"{rule.id} ({kind})", {})[label] = time.perf_counter() - t0
    print(f"{'rule':32} {'paragraphs':>10} {'line':>8} {'line x2':>8}")
    for name, t in sorted(times.items(), key=lambda kv: -kv[1].get("line x2", 0))[:25]:
        cells = " ".join(f"{t.get(k, 0):8.3f}" for k in files)
        print(f"{name:32} {cells}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=2_000_000)
    ap.add_argument("--line-mb", type=float, default=10)
    ap.add_argument("--by-rule", action="store_true")
    ap.add_argument(
        "--repeat",
        action="store_true",
        help="the samples' paragraphs over and over, unvaried (as before 2026-12; flatters "
        "every per-text cache)",
    )
    args = ap.parse_args()
    if args.by_rule:
        by_rule(args.words, args.repeat)
        return
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.txt"
        text, words = big_text(args.words, args.repeat)
        big.write_text(text, encoding="utf-8")
        seconds = time_check(big)
        print(
            f"{words:,} words of plain text in paragraphs: {seconds:.1f} s, "
            f"{words / seconds:,.0f} words a second (target 200,000)"
        )
        line = Path(tmp) / "line.txt"
        line.write_text(one_line(int(args.line_mb * 2**20), args.repeat), encoding="utf-8")
        seconds = time_check(line)
        print(f"a {args.line_mb:g} MB file on one line: {seconds:.1f} s (target under 15 s)")


if __name__ == "__main__":
    main()
