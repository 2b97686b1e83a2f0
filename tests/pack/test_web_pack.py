"""The web page's "Check a pack" form: several files at once, the pack table."""

import io
from pathlib import Path

import pytest

pytest.importorskip("flask")

from sardoc.web import create_app  # noqa: E402

PACKS = Path(__file__).parents[1] / "data" / "packs"


def _post(folder, **form):
    files = [
        (io.BytesIO(p.read_bytes()), p.name)
        for p in sorted(folder.iterdir())
        if p.name != "sardoc.yaml"
    ]
    data = {"files": files, "profile": "draft", **form}
    config = folder / "sardoc.yaml"
    data["config"] = (io.BytesIO(config.read_bytes()), "sardoc.yaml")
    return create_app().test_client().post("/pack", data=data, content_type="multipart/form-data")


def test_form_is_linked_and_takes_several_files():
    client = create_app().test_client()
    assert 'href="/pack"' in client.get("/").get_data(as_text=True)
    page = client.get("/pack").get_data(as_text=True)
    assert 'name="files"' in page and "multiple" in page


def test_consistent_pack_table():
    r = _post(PACKS / "consistent")
    page = r.get_data(as_text=True)
    assert r.status_code == 200
    for name, kind in [("report.docx", "sar-report"), ("plan.xlsx", "action-plan")]:
        assert f"<td>{name}</td><td>{kind}</td>" in page
    assert "0 pack findings" in page


def test_broken_pack_shows_both_places_and_no_private_path():
    page = _post(PACKS / "broken").get_data(as_text=True)
    assert "6 pack findings" in page
    assert "PACK-003" in page and "and: plan.xlsx" in page
    assert "sardoc-web-" not in page


def test_no_files_is_a_plain_problem():
    r = create_app().test_client().post("/pack", data={}, content_type="multipart/form-data")
    assert r.status_code == 400
    assert "Choose the documents" in r.get_data(as_text=True)
