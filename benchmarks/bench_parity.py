"""Parity of formats: the same report as Markdown and as Word gives the same findings.

Run:

    python benchmarks/bench_parity.py [--split SPLIT ...] [--jobs N]

SPLIT is a tuning split of the element corpus (dev, heldout, final, final2 to final6,
tune5 to tune12: its labelled Markdown documents), ``samples`` (every ``samples/**/*.md``)
or ``all`` (the default: every one of those). ``final9`` is blind and is refused.

Each Markdown document is built into Word three times with ``scripts/build_sample_docx.py``,
one per heading shape (issue 13): Word's Heading styles (``styles``), bold Normal
paragraphs (``bold``) and larger type (``size``); and typed out as plain text four times
with ``tests/textfactory.py``: headings in capitals (``caps``), underlined
(``underline``), numbered (``numbered``) or as written on a line of their own (``plain``).
Every copy is checked with all rules and no grammar backend, with the kind its label gives
(a sample: the kind its Markdown reads as), and compared with the Markdown:

- headings: the (level, text) list the reader gives; for plain text and bold lines, the
  headings' text alone (lower case, numbering dropped), as a typed line cannot say its
  level;
- findings: (rule id, section path, quoted text) of every finding, as a multiset. The
  quoted text is compared with its white space collapsed; a finding without one is
  compared by rule and section alone. For plain text and bold lines the section is its
  own heading (lower case, numbering dropped), not the path above it.
- kind: the kind guessed with no ``--kind`` (the documents' own guess, not what is
  checked above).

Per split it prints the number of documents, how many differ in each shape, and which rule
ids differ (a count of differing findings per rule, over all shapes). Only counts are
printed, never document text or file names.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sardoc.api import check  # noqa: E402
from sardoc.config import Config, Grammar  # noqa: E402
from sardoc.elements import normalise_heading  # noqa: E402
from sardoc.sources import read_document  # noqa: E402
from tests.docxfactory import sample_builder  # noqa: E402
from tests.textfactory import SHAPES as TEXT_SHAPES  # noqa: E402
from tests.textfactory import as_plain_text  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "elements"
WORD_SHAPES = ("styles", "bold", "size")
SHAPES = (*WORD_SHAPES, *TEXT_SHAPES)
#: Blind: never built, read or checked here.
BLIND = {"final9"}

_BUILD = None


def builder():
    global _BUILD
    if _BUILD is None:
        _BUILD = sample_builder()
    return _BUILD


def splits() -> list[str]:
    tuned = sorted(
        d.name
        for d in CORPUS.iterdir()
        if d.is_dir() and d.name not in BLIND and any(d.glob("*.labels.yaml"))
    )
    return [*tuned, "samples"]


def documents(split: str) -> list[tuple[Path, str | None]]:
    """(Markdown file, labelled kind or None) for each Markdown document of a split."""
    if split in BLIND:
        raise SystemExit(f"{split} is blind: it is not read here")
    if split == "samples":
        return [(p, None) for p in sorted((ROOT / "samples").rglob("*.md"))]
    out = []
    for md in sorted((CORPUS / split).glob("*.md")):
        label = md.with_name(md.stem + ".labels.yaml")
        if label.exists():  # (a split's README.md is about the split, not one of it)
            data = yaml.safe_load(label.read_text(encoding="utf-8")) or {}
            out.append((md, data.get("kind")))
    return out


def _quote(text: str | None) -> str:
    return re.sub(r"\s+", " ", text).strip() if text else ""


def finding_keys(path: Path, config: Config, typed: bool = False) -> Counter:
    result = check([path], config)
    return Counter(
        (f.rule_id, _section(f.location.section, typed), _quote(f.text)) for f in result.findings
    )


def _section(path, typed: bool):
    if not typed:
        return tuple(path)
    return normalise_heading(path[-1]) if path else ""


def headings(path: Path, typed: bool = False) -> list:
    heads = read_document(path).headings()
    if typed:
        return [normalise_heading(h.text) for h in heads]
    return [(h.level, h.text) for h in heads]


def compare(md: Path, kind: str | None) -> dict:
    """What differs between the Markdown and each Word shape of one document."""
    build = builder()
    text = md.read_text(encoding="utf-8")
    kind = kind or read_document(md).kind
    config = Config(kind=kind, grammar=Grammar(backend="none"))
    want_kind = read_document(md).kind
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for shape in SHAPES:
            # Neither a line of plain text nor a bold line can say its level.
            typed = shape in TEXT_SHAPES or shape == "bold"
            if shape in TEXT_SHAPES:
                copy = Path(tmp) / f"{md.stem}-{shape}.txt"
                copy.write_text(as_plain_text(text, shape), encoding="utf-8")
            else:
                copy = Path(tmp) / f"{md.stem}-{shape}.docx"
                copy.write_bytes(build.deterministic_bytes(build.build(text, shape)))
            want = finding_keys(md, config, typed)
            got = finding_keys(copy, config, typed)
            diff = (got - want) + (want - got)
            out[shape] = {
                "findings": Counter(k[0] for k in diff.elements()),
                "headings": headings(copy, typed) != headings(md, typed),
                "kind": read_document(copy).kind != want_kind,
            }
    return out


def score(split: str, jobs: int) -> dict:
    docs = documents(split)
    with ProcessPoolExecutor(jobs) if jobs > 1 else _Serial() as pool:
        results = list(pool.map(_compare_job, docs))
    differ = {s: 0 for s in SHAPES}
    heads = {s: 0 for s in SHAPES}
    kinds = {s: 0 for s in SHAPES}
    rules: Counter = Counter()
    for res in results:
        for shape in SHAPES:
            r = res[shape]
            differ[shape] += bool(r["findings"])
            heads[shape] += r["headings"]
            kinds[shape] += r["kind"]
            rules.update(r["findings"])
    any_differ = sum(any(res[s]["findings"] for s in SHAPES) for res in results)
    print(f"## {split}: {len(docs)} documents; findings differ in {any_differ}")
    for shape in SHAPES:
        print(
            f"  {shape:6}  findings differ {differ[shape]:3}  headings differ {heads[shape]:3}"
            f"  kind guess differs {kinds[shape]:3}"
        )
    if rules:
        print("  differing findings by rule: " + _counts(rules))
    return {
        "documents": len(docs),
        "differ": any_differ,
        "rules": rules,
        "shapes": differ,
        "headings": heads,
    }


def _counts(rules: Counter) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(rules.items())) or "none"


def _compare_job(item):
    return compare(*item)


class _Serial:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def map(self, fn, items):
        return map(fn, items)


def main() -> None:
    global SHAPES
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", nargs="*", choices=[*splits(), "all"], default=["all"])
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--shape", nargs="*", choices=(*WORD_SHAPES, *TEXT_SHAPES), help="only these")
    a = ap.parse_args()
    if a.shape:
        SHAPES = tuple(a.shape)
    chosen = splits() if "all" in a.split else a.split
    total = Counter()
    rules: Counter = Counter()
    for split in chosen:
        r = score(split, a.jobs)
        total["documents"] += r["documents"]
        total["differ"] += r["differ"]
        for s in SHAPES:
            total[s] += r["shapes"][s]
            total[f"h-{s}"] += r["headings"][s]
        rules.update(r["rules"])
    if len(chosen) > 1:
        print(f"## total: {total['documents']} documents; findings differ in {total['differ']}")
        for s in SHAPES:
            print(f"  {s:6}  findings differ {total[s]:3}  headings differ {total['h-' + s]:3}")
        print("  differing findings by rule: " + _counts(rules))


if __name__ == "__main__":
    main()
