"""The ``html`` format: one self-contained page for people who do not use a terminal.

A summary at the top, then the findings by file and section, each shown in its
paragraph with the words it is about highlighted, its hint and quality markers.
Severity filters work with a few lines of inline script and the page reads fine
without it; there are no external resources (a Content-Security-Policy forbids any),
and everything from the documents is escaped by the template environment.
"""

from __future__ import annotations

from itertools import groupby

from markupsafe import Markup, escape

from ..paths import data_dir
from ..render.env import environment
from . import Report, describe_kind, plural, severity_counts, summary_line


def highlight(paragraph: str | None, text: str | None, near: int | None = None) -> Markup:
    """The paragraph, escaped, with ``text`` in <mark>: the occurrence nearest ``near``."""
    if not paragraph:
        return Markup("")
    if text and text in paragraph:
        starts = [i for i in range(len(paragraph)) if paragraph.startswith(text, i)]
        i = min(starts, key=lambda x: abs(x - near)) if near is not None else starts[0]
        return (
            escape(paragraph[:i])
            + Markup("<mark>")
            + escape(text)
            + Markup("</mark>")
            + escape(paragraph[i + len(text) :])
        )
    return escape(paragraph)


def render(report: Report, color: bool = False) -> str:
    env = environment("html", data_dir("templates"))
    files = []
    # Each place of a finding is shown in its own paragraph (a name used throughout is
    # one finding, marked wherever it stands), in the order the document reads.
    places = [one for f in report.findings for one in f.each_place()]
    order = {name: i for i, name in enumerate(dict.fromkeys(f.location.file for f in places))}
    places.sort(
        key=lambda f: (
            order[f.location.file],
            -1 if f.location.paragraph is None else f.location.paragraph,
            f.location.offset or 0,
        )
    )
    by_file = groupby(places, key=lambda f: f.location.file)
    found = {name: list(items) for name, items in by_file}
    for name in report.files:
        sections = []
        for section, items in groupby(found.get(name, []), key=lambda f: f.location.section):
            rows = []
            for f in items:
                para, start = report.paragraphs.get((name, f.location.paragraph), (None, None))
                near = (
                    f.location.offset - start
                    if start is not None and f.location.offset is not None
                    else None
                )
                rows.append({"f": f, "context": highlight(para, f.text, near)})
            sections.append({"title": " › ".join(section) or "Whole document", "rows": rows})
        info = report.kinds.get(str(name))
        files.append(
            {
                "name": name,
                "sections": sections,
                "count": sum(1 for f in report.findings if f.location.file == name),
                "kind": describe_kind(info)[:1].upper() + describe_kind(info)[1:] if info else "",
            }
        )
    return env.get_template("_findings.html.j2").render(
        report=report,
        files=files,
        counts={sev: plural(n, sev) for sev, n in severity_counts(report.findings).items()},
        files_label=plural(len(report.files), "file"),
        summary=summary_line(report),
    )
