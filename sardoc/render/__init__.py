"""Render review content into the five documents, in Markdown, HTML, Word, PDF and Excel.

Markdown is the master: each kind's jinja2 template (templates/<kind>/<kind>.md.j2)
writes it, and HTML and Word are made from that same Markdown, so every format says
exactly the same thing and a change to the wording is made once. The Word file is a
docxtpl template (title page, header, footer, page numbers) with the body built from
the Markdown; the PDF is the Word file converted by LibreOffice; the action plan is
also an Excel workbook, because boards track actions in spreadsheets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..content.models import Review
from ..document import DOCUMENT_KINDS
from ..errors import SardocError
from ..fileio import write_atomic
from ..paths import data_dir
from .env import environment, ukdate

FORMATS = ("md", "html", "docx", "pdf", "xlsx")
#: Formats each kind is produced in when asked for "all".
XLSX_KINDS = frozenset({"action-plan"})

_TITLES: dict[str, Callable[[Review], str]] = {
    "sar-report": lambda r: r.display_title,
    "rapid-review": lambda r: f"Rapid review: {r.adult.pseudonym}",
    "seven-minute-briefing": lambda r: (
        f"7-minute briefing: learning from the review about {r.adult.pseudonym}"
    ),
    "family-guidance": lambda r: "Safeguarding Adults Reviews: information for families",
    "action-plan": lambda r: f"Action plan: {r.display_title}",
}
_SHORT: dict[str, str] = {
    "sar-report": "Safeguarding Adults Review",
    "rapid-review": "Rapid review",
    "seven-minute-briefing": "7-minute briefing",
    "family-guidance": "Information for families",
    "action-plan": "Action plan",
}


def _report_line(job: Rendering) -> str:
    """Reference, version, status and the date the report was signed off."""
    r = job.review
    bits = [x for x in (r.reference, f"version {r.version}" if r.version else None) if x]
    when = r.dates.signed_off or r.dates.completed
    bits.append(f"{job.status}, {ukdate(when)}" if when else job.status)
    return " · ".join(bits)


def _rapid_review_line(job: Rendering) -> str:
    """A rapid review speaks as of its decision: it carries that date, not the report's."""
    r = job.review
    bits = [x for x in (r.reference,) if x]
    when = r.rapid_review.signoff.ratified_on or r.decision.date
    bits.append(f"{job.status}, decision of {ukdate(when)}" if when else job.status)
    return " · ".join(bits)


def _briefing_line(job: Rendering) -> str:
    r = job.review
    when = r.publication.date or r.dates.signed_off
    return " · ".join([r.board.name, *([f"{when:%B %Y}"] if when else [])])


_SUBTITLES: dict[str, Callable[[Rendering], str]] = {
    "sar-report": _report_line,
    "rapid-review": _rapid_review_line,
    "seven-minute-briefing": _briefing_line,
    # A leaflet for families carries no internal reference and no status stamp.
    "family-guidance": lambda job: job.review.board.name,
    "action-plan": _report_line,
}


@dataclass(frozen=True)
class Rendering:
    """What one document needs, whatever the format."""

    review: Review
    kind: str
    draft: bool
    templates: Path
    #: The page each section heading fell on, measured from a first PDF, for the
    #: contents page (None until measured).
    pages: dict[str, int] | None = None
    #: Headings (counted from 0, all levels) the PDF starts on a new page, because
    #: LibreOffice's first layout left them alone at the foot of a page.
    breaks: frozenset[int] = frozenset()

    @property
    def title(self) -> str:
        return _TITLES[self.kind](self.review)

    @property
    def status(self) -> str:
        return "Draft" if self.draft or self.review.status == "draft" else "Final"

    @property
    def subtitle(self) -> str:
        return _SUBTITLES[self.kind](self)

    def context(self) -> dict:
        return {"review": self.review, "kind": self.kind, "draft": self.draft, "title": self.title}


def templates_dir(folder: Path | None = None) -> Path:
    return folder or data_dir("templates")


def render_markdown(job: Rendering) -> str:
    import jinja2
    from jinja2.sandbox import SecurityError

    name = f"{job.kind}/{job.kind}.md.j2"
    env = environment("md", job.templates, user=job.templates != data_dir("templates"))
    try:
        text = env.get_template(name).render(job.context())
    except jinja2.TemplateNotFound as e:
        raise SardocError(f"no template {e.name}", str(job.templates)) from None
    except jinja2.UndefinedError as e:
        # StrictUndefined: a field the template asks for is missing; say which.
        raise SardocError(f"template {name}: {e.message}", str(job.templates)) from None
    except SecurityError as e:
        raise SardocError(f"template {name}: not allowed: {e}", str(job.templates)) from None
    except jinja2.TemplateSyntaxError as e:
        raise SardocError(f"template syntax: {e.message}", e.filename or name, e.lineno) from None
    return re.sub(r"\n{3,}", "\n\n", text)


def render_html(job: Rendering, markdown: str | None = None) -> str:
    from .html import to_html

    return to_html(job, markdown if markdown is not None else render_markdown(job))


def render_docx(job: Rendering, markdown: str | None = None) -> bytes:
    from .docx import to_docx

    return to_docx(job, markdown if markdown is not None else render_markdown(job))


def render_pdf(job: Rendering, docx: bytes | None = None) -> bytes:
    """The PDF, made from the Word file by LibreOffice and then checked page by page.

    A heading LibreOffice left alone at the foot of a page is moved to the next page
    and the PDF made again (pagination.py says why), until none is left (at most
    ``_LAYOUT_PASSES`` times). A kind with a contents page is then made once more, with
    the page each section starts on written into its contents.
    """
    from dataclasses import replace

    from markdown_it import MarkdownIt

    from .docx import _CONTENTS_KINDS, _MD, _headings
    from .html import body_markdown
    from .pagination import Margins, heading_texts, stranded_headings
    from .pdf import docx_to_pdf, heading_pages

    md = render_markdown(job)
    docx = docx if docx is not None else render_docx(job, md)
    pdf = docx_to_pdf(docx)
    headings = heading_texts(_MD.parse(body_markdown(md)))
    margins = Margins.of_docx(docx)
    for _ in range(_LAYOUT_PASSES):
        stranded = stranded_headings(pdf, headings, margins) - job.breaks
        if not stranded:
            break
        job = replace(job, breaks=job.breaks | stranded)
        pdf = docx_to_pdf(render_docx(job, md))
    if job.kind in _CONTENTS_KINDS and job.pages is None:
        tokens = MarkdownIt("commonmark").parse(md)
        measured = replace(job, pages=heading_pages(pdf, _headings(tokens)))
        pdf = docx_to_pdf(render_docx(measured, md))
    return pdf


#: How many times a PDF is made again to move stranded headings: each pass can only
#: push text later, so a second stranding is rare and a third rarer still.
_LAYOUT_PASSES = 3


def render_xlsx(job: Rendering) -> bytes:
    from .xlsx import action_plan_xlsx

    return action_plan_xlsx(job)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "review"


def render(
    review: Review,
    kinds: Iterable[str],
    formats: Iterable[str],
    outdir: Path,
    *,
    draft: bool = False,
    templates: Path | None = None,
) -> list[Path]:
    """Write every kind in every format to ``outdir``; returns the files written.

    Each file is written whole or not at all (a temporary file, then a rename), and
    nothing is written until every document has rendered, so a failure leaves no
    half-finished set behind.
    """
    kinds, formats = list(kinds), list(formats)
    for kind in kinds:
        if kind not in DOCUMENT_KINDS:
            raise SardocError(f"unknown document kind '{kind}'; known: {', '.join(DOCUMENT_KINDS)}")
    for fmt in formats:
        if fmt not in FORMATS:
            raise SardocError(f"unknown format '{fmt}'; known: {', '.join(FORMATS)}")
    folder = templates_dir(templates)
    stem = slug(review.adult.pseudonym)
    outputs: list[tuple[Path, bytes | str]] = []
    for kind in kinds:
        job = Rendering(review, kind, draft, folder)
        md = render_markdown(job)
        docx: bytes | None = None
        for fmt in formats:
            if fmt == "xlsx" and kind not in XLSX_KINDS:
                continue
            if fmt == "md":
                data: bytes | str = md
            elif fmt == "html":
                data = render_html(job, md)
            elif fmt == "docx":
                docx = docx or render_docx(job, md)
                data = docx
            elif fmt == "pdf":
                docx = docx or render_docx(job, md)
                data = render_pdf(job, docx)
            else:
                data = render_xlsx(job)
            outputs.append((outdir / f"{stem}-{kind}.{fmt}", data))
    outdir.mkdir(parents=True, exist_ok=True)
    for path, data in outputs:
        write_atomic(path, data)
    return [p for p, _ in outputs]


__all__ = ["FORMATS", "Rendering", "render", "render_docx", "render_html", "render_markdown"]
