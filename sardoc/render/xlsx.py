"""The action plan as an Excel workbook: boards track actions in spreadsheets (DOMAIN.md §7).

One row per action with the columns boards use, a header row that stays in view,
a drop-down list of the valid statuses, and widths that fit the text.
"""

from __future__ import annotations

import io

from ..content.models import Status
from .env import ukdate

COLUMNS = (
    ("Rec. id", 8),
    ("Recommendation", 48),
    ("Linked findings", 12),
    ("Addressee", 24),
    ("Action id", 9),
    ("Action", 40),
    ("Lead agency", 22),
    ("Owner (role)", 22),
    ("Start", 14),
    ("Target date", 14),
    ("Success measure", 40),
    ("Evidence of completion", 32),
    ("Evidence of impact", 32),
    ("Status", 12),
    ("Last update", 14),
)


def action_plan_xlsx(job) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    review = job.review
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws.append([name for name, _ in COLUMNS])
    for row in review.action_rows:
        rec, act = row.recommendation, row.action
        ws.append(
            [
                rec.id,
                " ".join(rec.text.split()),
                ", ".join(rec.findings),
                rec.addressee or "",
                act.id if act else "",
                act.action
                if act
                else f"No action: {rec.no_action_reason or 'reason not recorded'}",
                (act.lead_agency or "") if act else "",
                (act.owner_role or "") if act else "",
                ukdate(act.start, "") if act else "",
                ukdate(act.target_date, "") if act else "",
                (act.success_measure or "") if act else "",
                (act.evidence or "") if act else "",
                (act.impact_evidence or "") if act else "",
                act.status.value if act else "",
                ukdate(act.last_update, "") if act else "",
            ]
        )
    header_fill = PatternFill("solid", fgColor="1F3A5F")
    for cell in ws[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = header_fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for i, (_, width) in enumerate(COLUMNS, start=1):
        ws.column_dimensions[ws.cell(1, i).column_letter].width = width
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "C2"
    status_col = ws.cell(1, len(COLUMNS) - 1).column_letter
    statuses = ",".join(s.value for s in Status)
    valid = DataValidation(type="list", formula1=f'"{statuses}"', allow_blank=True)
    valid.error = "Choose a status from the list."
    ws.add_data_validation(valid)
    valid.add(f"{status_col}2:{status_col}{max(ws.max_row, 2) + 200}")
    ws.auto_filter.ref = ws.dimensions
    wb.properties.creator = review.board.name
    wb.properties.title = job.title
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
