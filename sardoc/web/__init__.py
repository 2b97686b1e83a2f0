"""``sardoc serve``: a local web page for people who do not use a terminal.

A face on what the command line does, not a second implementation: the check, the
quality-assurance sheet, annotation, redaction and rendering are the same functions.
Nothing is stored: each upload is read into memory, worked on in a private temporary
folder that is removed before the response is sent, and never logged. Downloads
carry the uploaded file back to the browser in the page itself, so the server keeps
no state between requests. The app listens on 127.0.0.1; any other address needs a
token, given on the command line and required with every request.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import re
import tempfile
from pathlib import Path

from ..document import DOCUMENT_KINDS
from ..errors import SardocError

MAX_UPLOAD = 25 * 1024 * 1024
UPLOAD_TYPES = (".docx", ".md", ".txt", ".pdf")
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)


def create_app(token: str | None = None):
    from flask import Flask, Response, abort, render_template, request

    from .. import __version__
    from ..paths import data_dir

    app = Flask(
        __name__,
        template_folder=str(data_dir("templates") / "web"),
        static_folder=None,
    )
    app.config["MAX_CONTENT_LENGTH"] = MAX_UPLOAD
    app.jinja_env.undefined = __import__("jinja2").StrictUndefined

    @app.before_request
    def _token():
        if token is None:
            return None
        given = request.args.get("token") or request.form.get("token") or ""
        if not hmac.compare_digest(given, token):
            abort(403)
        return None

    @app.after_request
    def _headers(resp: Response) -> Response:
        resp.headers["Content-Security-Policy"] = CSP
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["Referrer-Policy"] = "no-referrer"
        resp.headers["Cache-Control"] = "no-store"
        return resp

    def page(template: str, **kw):
        return render_template(
            template, version=__version__, token=token or "", kinds=DOCUMENT_KINDS, **kw
        )

    @app.errorhandler(SardocError)
    def _input_problem(e: SardocError):
        return page("problem.html", lines=[_plain(line) for line in e.lines()]), 400

    @app.errorhandler(413)
    def _too_big(e):
        return page(
            "problem.html", lines=[f"The file is too large: the limit is {MAX_UPLOAD // 2**20} MB."]
        ), 413

    @app.errorhandler(403)
    def _forbidden(e):
        return page(
            "problem.html",
            lines=["This page needs the access token it was started with (see the command line)."],
        ), 403

    @app.errorhandler(404)
    def _missing(e):
        return page("problem.html", lines=["There is no such page."]), 404

    @app.errorhandler(Exception)
    def _bug(e):  # never a traceback, never document text
        if hasattr(e, "code") and isinstance(getattr(e, "code", None), int):
            return page("problem.html", lines=[str(getattr(e, "description", "Error"))]), e.code
        return page(
            "problem.html",
            lines=[f"Something went wrong inside sardoc ({type(e).__name__}). Nothing was kept."],
        ), 500

    @app.get("/")
    def index():
        return page("check.html")

    @app.post("/check")
    def check_page():
        from ..formatters import Report
        from ..formatters.html import highlight

        name, data = _upload(request)
        kind = _kind(request.form.get("kind"))
        profile = "publication" if request.form.get("profile") == "publication" else "draft"
        result, assessments, sheet = _run(name, data, kind, profile)
        report = Report(result.findings, result.files, result.rules, profile, __version__, "")
        rows = []
        for f in result.findings:
            para, start = result.paragraphs.get(
                (f.location.file, f.location.paragraph), (None, None)
            )
            near = (
                f.location.offset - start
                if start is not None and f.location.offset is not None
                else None
            )
            rows.append(
                {
                    "f": f,
                    "section": " › ".join(f.location.section) or "Whole document",
                    "context": highlight(para, f.text, near),
                }
            )
        return page(
            "results.html",
            name=name,
            report=report,
            rows=rows,
            sheet=sheet,
            payload=base64.b64encode(data).decode("ascii"),
            kind=kind or "",
            profile=profile,
            is_docx=name.lower().endswith(".docx"),
            can_redact=name.lower().endswith((".docx", ".md", ".txt")),
        )

    @app.post("/download/<what>")
    def download(what: str):
        name, data = _payload(request)
        kind = _kind(request.form.get("kind"))
        profile = "publication" if request.form.get("profile") == "publication" else "draft"
        stem = Path(name).stem
        if what == "annotated":
            out = _annotated(name, data, kind, profile)
            return _file(out, f"{stem}-annotated.docx")
        if what == "redacted":
            out = _redacted(name, data, kind)
            return _file(out, f"{stem}-redacted{Path(name).suffix.lower()}")
        if what == "qa":
            _, _, sheet = _run(name, data, kind, "publication")
            from ..markers.sheet import to_html

            return _file(to_html(sheet).encode("utf-8"), f"{stem}-qa.html")
        abort(404)

    @app.get("/produce")
    def produce_form():
        return page("produce.html", problems=[], documents=None, yaml_text="", name="")

    @app.post("/produce")
    def produce():
        from ..content import parse_review
        from ..render import FORMATS, XLSX_KINDS

        if request.form.get("sample"):
            name = "review.yaml"
            text = (data_dir("samples") / "adult-a" / "review.yaml").read_text(encoding="utf-8")
        else:
            name, raw = _upload(request, types=(".yaml", ".yml"))
            text = _text(name, raw)
        try:
            parse_review(text, name)
        except SardocError as e:
            return page(
                "produce.html",
                problems=[_plain(x) for x in e.lines()],
                documents=None,
                yaml_text="",
                name=name,
            ), 400
        documents = [
            (k, [f for f in FORMATS if f != "xlsx" or k in XLSX_KINDS]) for k in DOCUMENT_KINDS
        ]
        return page("produce.html", problems=[], documents=documents, yaml_text=text, name=name)

    @app.post("/produce/file")
    def produce_file():
        from ..content import parse_review
        from ..render import FORMATS, render

        text = request.form.get("yaml", "")
        kind, fmt = request.form.get("kind", ""), request.form.get("format", "")
        if kind not in DOCUMENT_KINDS or fmt not in FORMATS:
            abort(404)
        review = parse_review(text, "review.yaml")
        with tempfile.TemporaryDirectory(prefix="sardoc-web-") as tmp:
            (path,) = render(
                review, [kind], [fmt], Path(tmp), draft=bool(request.form.get("draft"))
            )
            return _file(path.read_bytes(), path.name)

    @app.get("/rules")
    def rules_page():
        from ..config import Config, rules_in_force

        return page("rules.html", rules=rules_in_force(Config()))

    return app


def _plain(line: str) -> str:
    """A problem line without the private temporary folder's path."""
    return re.sub(r"\S*sardoc-web-[^/\s]+/", "", line)


def _upload(request, types=UPLOAD_TYPES) -> tuple[str, bytes]:
    f = request.files.get("file")
    if f is None or not f.filename:
        raise SardocError("Choose a file to upload first.")
    name = Path(f.filename).name
    if not name.lower().endswith(types):
        raise SardocError(f"sardoc reads {', '.join(types)} files here; '{name}' is not one.")
    data = f.read()
    if not data.strip():
        raise SardocError(f"'{name}' is empty.")
    return name, data


def _payload(request) -> tuple[str, bytes]:
    name = Path(request.form.get("name", "")).name
    try:
        data = base64.b64decode(request.form.get("payload", ""), validate=True)
    except (binascii.Error, ValueError):
        raise SardocError("The page was damaged; please upload the file again.") from None
    if not name.lower().endswith(UPLOAD_TYPES) or not data:
        raise SardocError("Please upload the file again.")
    return name, data


def _text(name: str, data: bytes) -> str:
    from ..sources import decode_text

    return decode_text(Path(name), data)


def _kind(value: str | None) -> str | None:
    return value if value in DOCUMENT_KINDS else None


def _in_private_folder(name: str, data: bytes, work):
    """Write the upload to a private temporary folder, run ``work(path)``, remove it all."""
    with tempfile.TemporaryDirectory(prefix="sardoc-web-") as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        return work(path)


def _run(name: str, data: bytes, kind: str | None, profile: str):
    from .. import __version__
    from ..api import check, declare_names
    from ..config import Config
    from ..markers import assess, load_markers
    from ..markers.sheet import sheet_data
    from ..rules import ruleset_version
    from ..sources import read_document

    def work(path: Path):
        config = Config(profile=profile, kind=kind)
        result = check([path], config)
        if result.problems:
            raise SardocError(problems=result.problems)
        doc = read_document(path, kind)
        declare_names(doc, config)
        pub = (
            check([path], Config(profile="publication", kind=kind))
            if profile != ("publication")
            else result
        )
        assessments = assess(load_markers(), [doc], pub.rules, pub.findings)
        versions = {"sardoc_version": __version__, "ruleset_version": ruleset_version(pub.rules)}
        sheet = sheet_data(
            doc.title or name, [name], assessments, pub.findings, "publication", versions, []
        )
        return result, assessments, sheet

    return _in_private_folder(name, data, work)


def _annotated(name: str, data: bytes, kind: str | None, profile: str) -> bytes:
    from ..annotate import annotate
    from ..api import check, declare_names
    from ..config import Config
    from ..sources import read_document

    if not name.lower().endswith(".docx"):
        raise SardocError("Only a Word (.docx) file can be annotated.")

    def work(path: Path) -> bytes:
        config = Config(profile=profile, kind=kind)
        result = check([path], config)
        doc = read_document(path, kind)
        declare_names(doc, config)
        return annotate(data, doc, result.findings, name)

    return _in_private_folder(name, data, work)


def _redacted(name: str, data: bytes, kind: str | None) -> bytes:
    from ..config import Config
    from ..redact import redact_file

    def work(path: Path) -> bytes:
        out = path.with_name("redacted-" + path.name)
        redact_file(path, out, Config(kind=kind))
        return out.read_bytes()

    return _in_private_folder(name, data, work)


def _file(data: bytes, filename: str):
    from flask import Response

    types = {
        ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".pdf": "application/pdf",
        ".html": "text/html; charset=utf-8",
        ".md": "text/markdown; charset=utf-8",
        ".txt": "text/plain; charset=utf-8",
    }
    resp = Response(data, mimetype=types.get(Path(filename).suffix, "application/octet-stream"))
    resp.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return resp
