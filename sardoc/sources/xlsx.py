"""Action-plan trackers kept as Excel workbooks (.xlsx), as most boards keep them.

The first sheet's first row names the columns; they are matched by meaning, so
"Owner", "Owner (role)" and "Lead officer role" all fill the owner, and "RAG" or
"Status" the status (DOMAIN.md section 7 lists the usual columns). Each further row
is an action. The workbook becomes an ``action-plan`` document: one table paragraph
per row, so identifiable-data and language rules read it, and the recommendations
and actions as content, so the action-plan rules (AP-001 to AP-004) check it as they
check review.yaml. A bad date or status is refused with its cell.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from pydantic import ValidationError

from ..content.models import Action, Recommendation, Status, parse_date
from ..document import Document, DocumentBuilder
from ..errors import InputError

MAX_ROWS = 5000

#: Column -> field, by the first pattern a normalised header matches.
_COLUMNS = (
    ("rec_id", r"^(rec(ommendation)?\.? ?(id|no|number|ref)?|no)$"),
    ("findings", r"linked finding|^findings?$"),
    ("addressee", r"addressee|addressed to"),
    ("rec_text", r"^recommendation( text)?$"),
    ("action_id", r"^action (id|no|number|ref)$"),
    ("lead_agency", r"lead agency|^agency$|^lead$"),
    ("owner_role", r"owner|lead officer|responsible"),
    ("start", r"^start"),
    ("target_date", r"target|due|deadline|completion date"),
    ("success_measure", r"success|measure"),
    ("impact_evidence", r"impact"),
    ("evidence", r"evidence"),
    ("status", r"^(status|rag|rag status|progress)$"),
    ("last_update", r"last update|updated"),
    ("action", r"^actions?( to be taken)?$"),
)
_DATES = ("start", "target_date", "last_update")
_STATUS = {
    "complete": "blue",
    "completed": "blue",
    "closed": "blue",
    "embedded": "blue",
    "not yet started": "not started",
    "not-started": "not started",
}


@dataclass
class Tracker:
    """What the action-plan rules read: the same attributes as a review's content."""

    recommendations: list[Recommendation] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)

    def actions_for(self, rid: str) -> list[Action]:
        return [a for a in self.actions if a.recommendation == rid]


def _norm(text: object) -> str:
    return re.sub(r"[^a-z0-9 ]+", " ", str(text or "").lower()).strip()


def _columns(header: list) -> dict[int, str]:
    found: dict[int, str] = {}
    for i, cell in enumerate(header):
        name = " ".join(_norm(cell).split())
        for key, pattern in _COLUMNS:
            if key not in found.values() and re.search(pattern, name):
                found[i] = key
                break
    return found


def read(path: Path, data: bytes) -> Document:
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
        raise InputError("not a readable Excel workbook (.xlsx)", str(path)) from None
    ws = wb.worksheets[0]
    rows = ws.iter_rows(values_only=True)
    header = list(next(rows, []) or [])
    cols = _columns(header)
    if "action" not in cols.values() or "rec_id" not in cols.values():
        raise InputError(
            "the first row must name the columns, with at least a recommendation id and an action",
            str(path),
            1,
        )
    builder = DocumentBuilder(str(path), "xlsx")
    builder.heading(ws.title or "Action plan", 1)
    tracker = Tracker()
    seen_recs: dict[str, int] = {}
    for n, row in enumerate(rows, start=2):
        if n > MAX_ROWS:
            raise InputError(f"more than {MAX_ROWS} rows", str(path))
        values = {cols[i]: v for i, v in enumerate(row) if i in cols and v not in (None, "")}
        if not values:
            continue
        for key in _DATES:
            if key in values:
                v = values[key]
                try:
                    values[key] = (
                        v.date()
                        if isinstance(v, datetime)
                        else v
                        if isinstance(v, date)
                        else parse_date(str(v))
                    )
                except ValueError:
                    col = get_column_letter(next(i for i, k in cols.items() if k == key) + 1)
                    raise InputError(f"cell {col}{n}: '{v}' is not a date", str(path), n) from None
        if "status" in values:
            status = _STATUS.get(_norm(values["status"]), _norm(values["status"]))
            if status not in {s.value for s in Status}:
                col = get_column_letter(next(i for i, k in cols.items() if k == "status") + 1)
                raise InputError(
                    f"cell {col}{n}: status '{values['status']}' is not one of "
                    + ", ".join(s.value for s in Status),
                    str(path),
                    n,
                )
            values["status"] = status
        rid = str(values.get("rec_id", "")).strip()
        if rid and rid not in seen_recs:
            seen_recs[rid] = len(tracker.recommendations)
            links = [
                x.strip()
                for x in re.split(r"[,;]| and ", str(values.get("findings", "")))
                if x.strip()
            ]
            tracker.recommendations.append(
                Recommendation(
                    id=rid,
                    text=str(values.get("rec_text") or rid),
                    addressee=str(values["addressee"]) if "addressee" in values else None,
                    findings=links,
                )
            )
        if "action" in values and rid:
            fields = {
                k: (str(v) if k not in _DATES and k != "status" else v)
                for k, v in values.items()
                if k
                in (
                    "lead_agency",
                    "owner_role",
                    "start",
                    "target_date",
                    "success_measure",
                    "status",
                    "evidence",
                    "impact_evidence",
                    "last_update",
                )
            }
            try:
                tracker.actions.append(
                    Action(
                        id=str(values.get("action_id") or f"row {n}"),
                        recommendation=rid,
                        action=str(values["action"]),
                        **fields,
                    )
                )
            except ValidationError as e:
                raise InputError(f"row {n}: {e.errors()[0]['msg']}", str(path), n) from None
        text = " | ".join(str(v) for v in row if v not in (None, ""))
        builder.paragraph(text, role="table", row=n)
    wb.close()
    return builder.build("action-plan", {"title": ws.title}, content=tracker)
