"""The "Check a pack" page: several documents of one review uploaded at once.

The same :func:`sardoc.pack.check_pack` as ``sardoc pack``; the uploads live only in a
private temporary folder for the length of the request, as on the other pages.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from ..errors import SardocError

PACK_TYPES = (".docx", ".md", ".txt", ".pdf", ".xlsx")
#: More documents than a review's pack has (five kinds, a copy or two of each).
MAX_FILES = 12


def register(app, page) -> None:
    """Add the pack form and its results to the web app."""
    from flask import request

    @app.get("/pack")
    def pack_form():
        return page("pack.html", result=None, rows=[], findings=[])

    @app.post("/pack")
    def pack_check():
        from . import _board_config, _board_upload, _plain

        uploads = _uploads(request)
        profile = "publication" if request.form.get("profile") == "publication" else "draft"
        config = _board_config(_board_upload(request), request.form.get("allow", ""), None, profile)
        with tempfile.TemporaryDirectory(prefix="sardoc-web-") as tmp:
            folder = Path(tmp)
            for name, data in uploads:
                (folder / name).write_bytes(data)
            result = _check(folder, uploads, config)
        rows = [{**r, "file": Path(r["file"]).name} for r in result.rows()]
        findings = [
            {
                "f": f,
                "message": _plain(f.message),
                "here": _plain(f.location.short()),
                "also": [_plain(a.short()) for a in f.also],
            }
            for f in result.findings
        ]
        return page("pack.html", result=result, rows=rows, findings=findings, profile=profile)


def _check(folder: Path, uploads, config):
    from ..pack import check_pack

    result = check_pack([folder / name for name, _ in uploads], config)
    if result.check.problems:
        raise SardocError(problems=result.check.problems)
    return result


def _uploads(request) -> list[tuple[str, bytes]]:
    files = [f for f in request.files.getlist("files") if f and f.filename]
    if not files:
        raise SardocError("Choose the documents of the pack first (several at once).")
    if len(files) > MAX_FILES:
        raise SardocError(f"A pack is at most {MAX_FILES} documents.")
    out, seen = [], set()
    for f in files:
        name = Path(f.filename).name
        if not name.lower().endswith(PACK_TYPES):
            raise SardocError(
                f"sardoc reads {', '.join(PACK_TYPES)} files here; '{name}' is not one."
            )
        if name in seen:
            raise SardocError(f"Two files are called '{name}'; rename one.")
        seen.add(name)
        data = f.read()
        if not data.strip():
            raise SardocError(f"'{name}' is empty.")
        out.append((name, data))
    return out
