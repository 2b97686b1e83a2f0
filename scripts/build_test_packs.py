"""Build the packs ``sardoc pack`` is tested on (tests/data/packs/), from the sample review.

- consistent/: the report (.docx), the 7-minute briefing (.pdf), the family leaflet (.md),
  the action plan (.xlsx) and the rapid review (.md), all from samples/adult-a/review.yaml;
- broken/: the same review with each pack rule broken once: the briefing calls the adult
  "Adult D" (PACK-001), names a person the report calls by a role (PACK-002) and gives
  another month of death (PACK-004) and no link to the report (PACK-005); the action plan
  has no action for R4 (PACK-003); the leaflet is left out (PACK-006).

Each folder has a sardoc.yaml whose ``pack:`` section names the files by kind.

    python scripts/build_test_packs.py      (needs LibreOffice for the PDF)
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sardoc.content import load_review  # noqa: E402
from sardoc.render import (  # noqa: E402
    Rendering,
    render_docx,
    render_markdown,
    render_pdf,
    render_xlsx,
)

OUT = ROOT / "tests" / "data" / "packs"

CONFIG = """\
# The documents of one review, named by kind for `sardoc pack`.
extends: default
identifiable:
  allow: [Dr Ruth Ellison, 01632 960123, sab@example.org, 01632 960456]
  pseudonyms: [Adult A, Mr B, Social Worker 1, Social Worker 2]
pack:
{entries}
"""

#: Edits to the briefing's Markdown that break PACK-001, -002, -004 and -005 once each.
BRIEFING_BREAKS = (
    ("Adult A", "Adult D"),
    (
        "She died in hospital after a fall at home.",
        "She died in hospital in October 2023 after a fall at home. Her social worker, "
        "Jane Whitfield, had closed the case.",
    ),
    ("- The full report: https://www.example.org/northfield-sab/reviews/adult-a\n", ""),
)


def _write(folder: Path, files: dict[str, bytes | str], kinds: dict[str, str]) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for name, data in files.items():
        path = folder / name
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
    entries = "\n".join(f"  {kind}: {name}" for name, kind in kinds.items())
    (folder / "sardoc.yaml").write_text(CONFIG.format(entries=entries), encoding="utf-8")


def main() -> int:
    templates = ROOT / "templates"
    review = load_review(ROOT / "samples" / "adult-a" / "review.yaml")

    def job(kind: str, content=review) -> Rendering:
        return Rendering(content, kind, False, templates)

    report = render_docx(job("sar-report"))
    briefing_md = render_markdown(job("seven-minute-briefing"))
    leaflet = render_markdown(job("family-guidance"))
    scoping = render_markdown(job("rapid-review"))
    plan = render_xlsx(job("action-plan"))
    kinds = {
        "report.docx": "sar-report",
        "briefing.pdf": "seven-minute-briefing",
        "leaflet.md": "family-guidance",
        "plan.xlsx": "action-plan",
        "scoping.md": "rapid-review",
    }
    briefing = render_pdf(
        job("seven-minute-briefing"), render_docx(job("seven-minute-briefing"), briefing_md)
    )
    _write(
        OUT / "consistent",
        {
            "report.docx": report,
            "briefing.pdf": briefing,
            "leaflet.md": leaflet,
            "plan.xlsx": plan,
            "scoping.md": scoping,
        },
        kinds,
    )

    broken_md = briefing_md
    for old, new in BRIEFING_BREAKS:
        assert old in broken_md, old
        broken_md = broken_md.replace(old, new)
    broken_briefing = render_pdf(
        job("seven-minute-briefing"), render_docx(job("seven-minute-briefing"), broken_md)
    )
    short = review.model_copy(
        update={"actions": [a for a in review.actions if a.recommendation != "R4"]}
    )
    broken_plan = render_xlsx(job("action-plan", short))
    kinds.pop("leaflet.md")
    _write(
        OUT / "broken",
        {
            "report.docx": report,
            "briefing.pdf": broken_briefing,
            "plan.xlsx": broken_plan,
            "scoping.md": scoping,
        },
        kinds,
    )
    for p in sorted(OUT.rglob("*.*")):
        print(p.relative_to(ROOT), p.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
