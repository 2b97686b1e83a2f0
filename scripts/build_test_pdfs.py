"""Build the PDFs the PDF reader is tested on (tests/data/pdf/), with LibreOffice.

- complete.pdf: the SAR report rendered from samples/adult-a/review.yaml;
- gaps.pdf: the same with good practice, terms of reference and the account of how
  agencies worked together taken out (rendered as a draft);
- other-board.pdf: samples/other-board/report.md, a report with headings unlike
  sardoc's own, laid out by python-docx with its default styles, as a board's own
  Word template would be.

    python scripts/build_test_pdfs.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docx import Document  # noqa: E402
from docx.shared import Mm  # noqa: E402

from sardoc.content import load_review  # noqa: E402
from sardoc.render import Rendering, render_docx  # noqa: E402
from sardoc.render.docx import _MD, _Builder  # noqa: E402
from sardoc.render.html import _FRONT  # noqa: E402
from sardoc.render.pdf import docx_to_pdf  # noqa: E402

OUT = ROOT / "tests" / "data" / "pdf"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    templates = ROOT / "templates"
    review = load_review(ROOT / "samples" / "adult-a" / "review.yaml")
    complete = render_docx(Rendering(review, "sar-report", False, templates))
    (OUT / "complete.pdf").write_bytes(docx_to_pdf(complete))
    gaps = review.model_copy(
        update={
            "good_practice": [],
            "terms_of_reference": [],
            "key_lines_of_enquiry": [],
            "analysis": review.analysis.model_copy(update={"working_together": None}),
        }
    )
    (OUT / "gaps.pdf").write_bytes(
        docx_to_pdf(render_docx(Rendering(gaps, "sar-report", True, templates)))
    )
    markdown = (ROOT / "samples" / "other-board" / "report.md").read_text(encoding="utf-8")
    doc = Document()
    doc.sections[0].page_width, doc.sections[0].page_height = Mm(210), Mm(297)
    _Builder(doc, Mm(160)).build(_MD.parse(_FRONT.sub("", markdown, count=1)))
    buf = io.BytesIO()
    doc.save(buf)
    (OUT / "other-board.pdf").write_bytes(docx_to_pdf(buf.getvalue()))
    for p in sorted(OUT.glob("*.pdf")):
        print(p.relative_to(ROOT), p.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
