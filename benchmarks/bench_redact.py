"""How much identifiable data `sardoc redact` removes, on the labelled evaluation set.

Run:

    python benchmarks/bench_redact.py [--errors]

For every text in tests/data/pii_eval (marks stripped, written out as a .md file) it
runs the redaction the command line runs, then measures, from the input and the
output alone:

- gold identifiers removed: the output, aligned with the input character by
  character (difflib), keeps none of the identifier's letters or digits (a title such
  as "Mrs" left before "[Person 2]" does not count as keeping it); "partly" means some
  but not all were kept (see :func:`kept` for what counts as kept);
- hard negatives untouched: every character of a pseudonym, role, agency, date... is
  still there;
- what `sardoc check` (PII rules) still finds in the redacted copy (the target is 0).

The same texts are then written as Word files with every word in a run of its own
(the worst case for an identifier split across runs), redacted, and checked again.
Gold identifiers the detector misses are not removed: removal is bounded by recall
(see benchmarks/bench_identify.py).
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sardoc.api import check  # noqa: E402
from sardoc.config import Config  # noqa: E402
from sardoc.identify import ENTITIES  # noqa: E402
from sardoc.identify.evaluate import Labelled, load  # noqa: E402
from sardoc.redact import redact_file  # noqa: E402
from sardoc.sources import docx as docx_reader  # noqa: E402
from sardoc.sources import markdown  # noqa: E402

EVAL = ROOT / "tests" / "data" / "pii_eval"
#: Folders the recognizers were tuned on, and the one written blind with this command.
SETS = {
    "tuned on (tuned, heldout1-3)": ["tuned", "heldout1", "heldout2", "heldout3"],
    "blind (heldout4)": ["heldout4"],
}
CONFIG = Config(select=["PII"])
_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Sir|Dame|PC|DC|DS|Cllr)\.?\s+")


def matching_blocks(before: str, after: str) -> list[tuple[int, int]]:
    """(start, end) in ``before`` of the stretches of 6+ characters ``after`` still has.

    Shorter matches are the aligner pairing a few letters of an identifier with a
    placeholder ("ing" of "Nursing" with "setting" of "[Care setting 1]"); an
    identifier left in place is matched together with the text around it.
    """
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    return [(b.a, b.a + b.size) for b in matcher.get_matching_blocks() if b.size >= 6]


def kept(blocks: list[tuple[int, int]], start: int, end: int) -> set[int]:
    """Characters of ``before[start:end]`` still in the output."""
    out: set[int] = set()
    for a, b in blocks:
        if a < end and b > start:
            out.update(range(max(a, start), min(b, end)))
    return out


def measure_markdown(items: list[Labelled], folder: Path, errors: list[str]) -> dict:
    totals = {e: [0, 0, 0] for e in ENTITIES}  # gold, removed, partly
    negatives = [0, 0]  # total, untouched
    remaining = 0
    elapsed = 0.0
    words = 0
    for item in items:
        src = folder / item.name
        out = folder / ("redacted-" + item.name)
        src.write_text(item.text, encoding="utf-8")
        t0 = time.perf_counter()
        redact_file(src, out, CONFIG)
        elapsed += time.perf_counter() - t0
        words += len(item.text.split())
        after = out.read_text(encoding="utf-8")
        blocks = matching_blocks(item.text, after)
        for g in item.gold:
            if g.negative:
                negatives[0] += 1
                if len(kept(blocks, g.start, g.end)) == g.end - g.start:
                    negatives[1] += 1
                elif errors is not None:
                    errors.append(f"{item.name}: negative {g.label} {g.text!r} changed")
                continue
            core = g.start + (m.end() if (m := _TITLE.match(g.text)) else 0)
            alnum = [i for i in range(core, g.end) if item.text[i].isalnum()]
            still = kept(blocks, core, g.end)
            left = sum(i in still for i in alnum)
            t = totals[g.label]
            t[0] += 1
            if left == 0:
                t[1] += 1
            else:
                if left < len(alnum):
                    t[2] += 1
                if errors is not None:
                    errors.append(f"{item.name}: {g.label} {g.text!r} kept ({left}/{len(alnum)})")
        found = [f for f in check([out], CONFIG).findings if f.category == "PII"]
        remaining += len(found)
        if errors is not None:
            errors.extend(f"{item.name}: still found {f.entity} {f.text!r}" for f in found)
    return {
        "totals": totals,
        "negatives": negatives,
        "remaining": remaining,
        "words": words,
        "elapsed": elapsed,
    }


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def word_per_run_docx(item: Labelled, path: Path) -> None:
    """The text's paragraphs as a .docx, each word (and space) in a run of its own."""
    doc = markdown.read(Path(item.name), item.text.encode("utf-8"))
    paras = []
    for p in doc.paragraphs:
        if p.part != "body":
            continue
        runs = "".join(
            f'<w:r><w:t xml:space="preserve">{escape(piece)}</w:t></w:r>'
            for piece in re.findall(r"\S+|\s+", p.text)
        )
        paras.append(f"<w:p>{runs}</w:p>")
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{_W}">'
        f"<w:body>{''.join(paras)}</w:body></w:document>"
    )
    ct = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", document)


def measure_docx(items: list[Labelled], folder: Path, errors: list[str] | None) -> dict:
    before = after = 0
    for item in items:
        src = folder / (item.name[:-3] + ".docx")
        out = folder / ("redacted-" + src.name)
        word_per_run_docx(item, src)
        before += sum(1 for f in check([src], CONFIG).findings if f.category == "PII")
        redact_file(src, out, CONFIG)
        found = [f for f in check([out], CONFIG).findings if f.category == "PII"]
        after += len(found)
        docx_reader.read(out, out.read_bytes())  # the copy reads back
        if errors is not None:
            errors.extend(f"{src.name}: still found {f.entity} {f.text!r}" for f in found)
    return {"before": before, "after": after}


def report(name: str, md: dict, n_items: int) -> None:
    print(f"\n== {name}: {n_items} texts, {md['words']:,} words, as Markdown ==")
    print(f"{'entity':15}{'gold':>6}{'removed':>9}{'partly':>8}{'fraction':>10}")
    gold = removed = partly = 0
    for e in ENTITIES:
        g, r, p = md["totals"][e]
        gold, removed, partly = gold + g, removed + r, partly + p
        print(f"{e:15}{g:>6}{r:>9}{p:>8}{(r / g if g else 1):>10.3f}")
    print(f"{'all':15}{gold:>6}{removed:>9}{partly:>8}{removed / gold:>10.3f}")
    n, untouched = md["negatives"]
    print(f"hard negatives untouched: {untouched} of {n} ({untouched / n:.3f})")
    print(f"PII findings in the redacted copies: {md['remaining']}")
    print(
        f"redaction time (read, detect, edit, check again, write): {md['elapsed']:.2f} s, "
        f"{md['words'] / md['elapsed']:,.0f} words per second"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list every identifier kept")
    args = ap.parse_args()
    errors: list[str] | None = [] if args.errors else None
    every = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, folders in SETS.items():
            items = [i for d in folders for i in load(EVAL / d)]
            every += items
            report(name, measure_markdown(items, Path(tmp), errors), len(items))
        dx = measure_docx(every, Path(tmp), errors)
    print(f"\n== all {len(every)} texts as Word files, one run per word ==")
    print(f"PII findings before redaction: {dx['before']}; after: {dx['after']}")
    if errors:
        print("\n" + "\n".join("  " + e for e in errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
