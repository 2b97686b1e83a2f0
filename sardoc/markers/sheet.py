"""The quality-assurance sheet a business manager puts in front of the chair.

One data structure (:func:`sheet_data`) rendered four ways: JSON, Markdown, a
self-contained HTML page that prints well, and a Word document to annotate.
"""

from __future__ import annotations

import io
import json
from pathlib import PurePath

from ..paths import data_dir
from ..render.env import environment, md_escape


def sheet_data(title, files, assessments, findings, profile, versions, signoffs) -> dict:
    errors = [f for f in findings if f.severity.name == "ERROR"]
    counts = {s: 0 for s in ("met", "partly met", "not evidenced", "needs a person's judgement")}
    for a in assessments:
        counts[a.status] += 1
    return {
        "title": title,
        "files": [_name(f) for f in files],
        "profile": profile,
        **versions,
        "verdict": {
            "ready": not errors,
            "text": "Ready for sign-off: no errors under the publication profile."
            if not errors
            else f"Not ready for publication: {len(errors)} error"
            f"{'s' if len(errors) != 1 else ''} must be put right first.",
        },
        "summary": counts,
        "signoffs": signoffs,
        "markers": [
            {
                "id": a.marker.id,
                "title": a.marker.title,
                "group": a.marker.group,
                "good": a.marker.good,
                "status": a.status,
                "rules": a.applicable,
                "failed": a.failed,
                "evidence": [{**vars(e), "quote": at_words(e.quote)} for e in a.evidence],
                "findings": [
                    {
                        "rule": f.rule_id,
                        "severity": str(f.severity),
                        "message": f.message,
                        "where": where(f.location),
                    }
                    for f in a.findings
                ],
                "evidence_in_records": a.marker.evidence_in_records,
                "questions": a.marker.questions,
            }
            for a in assessments
        ],
    }


def _name(path) -> str:
    """A file by its own name: the sheet may come from the web page, whose copies of the
    uploaded files sit in a temporary folder that means nothing to the reader."""
    return PurePath(str(path)).name if path else ""


def where(location) -> str:
    """A place in the document (file name, line or paragraph), never a folder on a server."""
    return location.short().replace(str(location.file), _name(location.file), 1)


def to_json(data: dict) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def to_html(data: dict) -> str:
    env = environment("html", data_dir("templates"))
    return env.get_template("_qa.html.j2").render(sheet=data)


def to_markdown(data: dict) -> str:
    e = md_escape
    out = [f"# Quality assurance: {e(data['title'])}", ""]
    out += [f"**{e(data['verdict']['text'])}**", ""]
    out += ["| Status | Markers |", "|---|---|"]
    out += [f"| {e(k)} | {v} |" for k, v in data["summary"].items()]
    out.append("")
    for s in data["signoffs"]:
        state = "unchanged since" if s["current"] else "CHANGED since"
        out.append(
            f"- Signed off ({e(s['decision'])}) by {e(s['role'])} on {e(s['when'])}; "
            f"the document is {state} then."
        )
    group = None
    for m in data["markers"]:
        if m["group"] != group:
            group = m["group"]
            out += ["", f"## {e(group)}"]
        out += ["", f"### {e(m['id'])} {e(m['title'])}: {e(m['status'])}", "", e(m["good"]), ""]
        for ev in m["evidence"]:
            out.append(f'- Evidence ({e(ev["rule"])}, {e(ev["section"])}): "{e(ev["quote"])}"')
        for f in m["findings"]:
            out.append(f"- {e(f['severity'])} {e(f['rule'])}: {e(f['message'])} ({e(f['where'])})")
        if m["evidence_in_records"]:
            out.append("- From the process records: " + e("; ".join(m["evidence_in_records"])))
        out += ["", "Questions for the reviewer of this sheet:", ""]
        out += [f"- {e(q)}  \n  Answer: ______________________" for q in m["questions"]]
    return "\n".join(out) + "\n"


def to_docx(data: dict) -> bytes:
    """The sheet as a Word file a chair can sign: A4 in the house style, answers with room."""
    from docx import Document
    from docx.shared import Mm, Pt

    from ..render import house

    doc = Document()
    title = f"Quality assurance: {data['title']}"
    house.apply(doc, header="Quality assurance sheet", footer=title)
    doc.core_properties.author = ""
    doc.core_properties.title = title
    doc.core_properties.language = house.LANGUAGE
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph(data["verdict"]["text"]).runs[0].bold = True
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    _head(table, ("Status", "Markers"))
    for k, v in data["summary"].items():
        row = table.add_row().cells
        row[0].text, row[1].text = k, str(v)
    house.keep_rows_whole(table)
    for s in data["signoffs"]:
        state = "unchanged since" if s["current"] else "CHANGED since"
        doc.add_paragraph(
            f"Signed off ({s['decision']}) by {s['role']} on {s['when']}; "
            f"the document is {state} then."
        )
    group = None
    for m in data["markers"]:
        if m["group"] != group:
            group = m["group"]
            doc.add_heading(group, level=1)
        doc.add_heading(f"{m['id']} {m['title']}: {m['status']}", level=2)
        doc.add_paragraph(m["good"])
        for ev in m["evidence"]:
            doc.add_paragraph(
                f'Evidence ({ev["rule"]}, {ev["section"]}): "{ev["quote"]}"',
                style="List Bullet",
            )
        for f in m["findings"]:
            doc.add_paragraph(
                f"{f['severity']} {f['rule']}: {f['message']} ({f['where']})", style="List Bullet"
            )
        if m["evidence_in_records"]:
            doc.add_paragraph("From the process records: " + "; ".join(m["evidence_in_records"]))
        if m["questions"]:
            qt = doc.add_table(rows=1, cols=2)
            qt.style = "Table Grid"
            _head(qt, ("Question", "Answer"))
            for q in m["questions"]:
                row = qt.add_row()
                row.cells[0].text = q
                house.min_height(row, Mm(22))
            _widths(qt, (Mm(70), Mm(100)))
            house.keep_rows_whole(qt)
    doc.add_heading("Sign-off", level=1)
    doc.add_paragraph(
        "The decision is one of: approved for publication; approved with conditions; not approved."
    )
    so = doc.add_table(rows=0, cols=2)
    so.style = "Table Grid"
    for label in ("Name", "Role", "Date", "Decision", "Conditions", "Signature"):
        row = so.add_row()
        row.cells[0].text = label
        row.cells[0].paragraphs[0].runs[0].bold = True
        house.min_height(row, Mm(30) if label == "Conditions" else Mm(11))
    _widths(so, (Mm(40), Mm(130)))
    house.keep_rows_whole(so, header_rows=0)
    for t in doc.tables:
        for row in t.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    for run in p.runs:
                        run.font.size = Pt(10)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _head(table, names) -> None:
    for cell, name in zip(table.rows[0].cells, names, strict=True):
        cell.text = name
        cell.paragraphs[0].runs[0].bold = True


def _widths(table, widths) -> None:
    table.autofit = False
    for c, w in enumerate(widths):
        for cell in table.columns[c].cells:
            cell.width = w


def at_words(quote: str) -> str:
    """A shortened quote cut where a word ends, never in the middle of one."""
    if not quote.endswith("…"):
        return quote
    body = quote[:-1]
    cut = body.rsplit(" ", 1)[0] if " " in body else body
    return cut.rstrip(" ,;:") + " …"


#: Sheet format -> the function that writes it.
SHEET_WRITERS = {"json": to_json, "md": to_markdown, "html": to_html, "docx": to_docx}
