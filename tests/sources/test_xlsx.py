"""Action-plan trackers in Excel: read as the action-plan rules need them."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook

from sardoc.api import check
from sardoc.config import Config
from sardoc.content import load_review
from sardoc.errors import InputError
from sardoc.paths import data_dir
from sardoc.render import render
from sardoc.sources import read_document


def test_the_rendered_action_plan_reads_back_and_passes(tmp_path):
    (path,) = render(
        load_review(data_dir("samples") / "adult-a" / "review.yaml"),
        ["action-plan"],
        ["xlsx"],
        tmp_path,
    )
    doc = read_document(path)
    assert doc.kind == "action-plan"
    assert [a.id for a in doc.content.actions] == ["A1", "A2", "A3", "A4"]
    assert doc.content.actions[2].status.value == "blue"
    assert doc.content.actions[0].target_date == date(2025, 9, 30)
    assert check([path], Config(profile="publication")).findings == []


def tracker(tmp_path, rows, header=None):
    wb = Workbook()
    ws = wb.active
    ws.append(
        header
        or [
            "Rec",
            "Recommendation",
            "Action",
            "Lead agency",
            "Owner",
            "Target date",
            "Success measure",
            "RAG",
            "Evidence",
        ]
    )
    for row in rows:
        ws.append(row)
    path = tmp_path / "tracker.xlsx"
    wb.save(path)
    return path


def test_a_tracker_with_gaps_trips_each_action_plan_rule(tmp_path):
    path = tracker(
        tmp_path,
        [
            [
                "R1",
                "Revise the procedure.",
                "Rewrite it.",
                "Council",
                None,
                date(2024, 1, 31),
                "Published.",
                "Green",
                None,
            ],
            [
                "R2",
                "Train staff.",
                "Run training.",
                "Trust",
                "Head of learning",
                "31/12/2099",
                "Audit.",
                "Complete",
                None,
            ],
            ["R3", "Audit cases.", None, None, None, None, None, None, None],
        ],
    )
    fired = {f.rule_id for f in check([path]).findings}
    assert fired == {"AP-001", "AP-002", "AP-003", "AP-004"}


@pytest.mark.parametrize(
    "row, message",
    [
        (
            ["R1", "Do.", "Act.", "C", "O", "soon", "M", "Green", None],
            "cell F2: 'soon' is not a date",
        ),
        (["R1", "Do.", "Act.", "C", "O", None, "M", "Purple", None], "cell H2: status 'Purple'"),
    ],
)
def test_bad_cells_are_refused_with_their_place(tmp_path, row, message):
    with pytest.raises(InputError) as e:
        read_document(tracker(tmp_path, [row]))
    assert message in e.value.lines()[0]


def test_a_sheet_without_the_columns_is_refused(tmp_path):
    with pytest.raises(InputError, match="first row must name the columns"):
        read_document(tracker(tmp_path, [["a", "b"]], header=["Name", "Date"]))
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(InputError, match="not a readable Excel workbook"):
        read_document(bad)
