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

        if request.form.get("sample"):
            # The bundled sample, with the sample's own sardoc.yaml (which clears the
            # independent reviewer, named in the report by agreement).
            folder = data_dir("samples") / "adult-a"
            name, data = "draft.docx", (folder / "draft.docx").read_bytes()
            board = (folder / "sardoc.yaml").read_text(encoding="utf-8")
        else:
            name, data = _upload(request)
            board = _board_upload(request)
        allow = "\n".join(_names(request.form.get("allow", "")))
        kind = _kind(request.form.get("kind"))
        profile = "publication" if request.form.get("profile") == "publication" else "draft"
        config = _board_config(board, allow, kind, profile)
        result, sheet = _run(name, data, config)
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
            board=base64.b64encode(board.encode("utf-8")).decode("ascii"),
            allow=allow,
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
        config = _board_config(
            _carried_board(request), request.form.get("allow", ""), kind, profile
        )
        stem = Path(name).stem
        if what == "annotated":
            out = _annotated(name, data, config)
            return _file(out, f"{stem}-annotated.docx")
        if what == "redacted":
            out = _redacted(name, data, config)
            return _file(out, f"{stem}-redacted{Path(name).suffix.lower()}")
        if what == "qa":
            _, sheet = _run(name, data, config)
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

    from .pack import register as register_pack

    register_pack(app, page)

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


def _board_upload(request) -> str:
    """The text of the board's ``sardoc.yaml``, if one was uploaded with the draft."""
    f = request.files.get("config")
    if f is None or not f.filename:
        return ""
    name = Path(f.filename).name
    if not name.lower().endswith((".yaml", ".yml")):
        raise SardocError(f"The board's settings are a sardoc.yaml file; '{name}' is not one.")
    return _text(name, f.read())


def _carried_board(request) -> str:
    """The board's settings as the results page carried them on (base64 of the text)."""
    try:
        raw = base64.b64decode(request.form.get("board", ""), validate=True)
        return raw.decode("utf-8")
    except (binascii.Error, ValueError):
        raise SardocError("The page was damaged; please upload the file again.") from None


def _names(text: str) -> list[str]:
    """Names cleared for publication, one a line (a name may contain a comma)."""
    return list(dict.fromkeys(line.strip() for line in text.splitlines() if line.strip()))


def _board_config(board: str, allow: str, kind: str | None, profile: str):
    """The configuration for an upload: the board's sardoc.yaml, the names field, the form."""
    from ..config import Config, config_from_text

    config = config_from_text(board, "sardoc.yaml") if board.strip() else Config()
    if config.rule_paths:
        # Rule folders are relative to the file on the board's own computer; the page
        # has only the built-in rules.
        raise SardocError(
            "sardoc.yaml: rule_paths cannot be used on this page; run `sardoc check` instead"
        )
    names = [*config.identifiable.allow, *_names(allow)]
    identifiable = config.identifiable.model_copy(update={"allow": list(dict.fromkeys(names))})
    return config.model_copy(
        update={"profile": profile, "kind": kind or config.kind, "identifiable": identifiable}
    )


def _run(name: str, data: bytes, config):
    """The check as ``config.profile`` shows it, and the QA sheet, from one read and one check.

    The QA sheet is always for publication. Profiles differ only in severities, so
    the upload is checked once for publication and the findings take the draft
    profile's severities when a draft check was asked for.
    """
    from dataclasses import replace

    from .. import __version__
    from ..api import check
    from ..config import rules_in_force
    from ..markers import assess, load_markers
    from ..markers.sheet import sheet_data
    from ..rules import ruleset_version

    def work(path: Path):
        pub = check([path], config.model_copy(update={"profile": "publication"}))
        if pub.problems:
            raise SardocError(problems=pub.problems)
        doc = pub.results[0].document
        assessments = assess(load_markers(), [doc], pub.rules, pub.findings)
        versions = {"sardoc_version": __version__, "ruleset_version": ruleset_version(pub.rules)}
        sheet = sheet_data(
            doc.title or name, [name], assessments, pub.findings, "publication", versions, []
        )
        if config.profile == "publication":
            return pub, sheet
        rules = rules_in_force(config)
        severity = {r.id: r.severity for r in rules}
        findings = [replace(f, severity=severity[f.rule_id]) for f in pub.findings]
        return replace(pub, findings=findings, rules=rules), sheet

    return _in_private_folder(name, data, work)


def _annotated(name: str, data: bytes, config) -> bytes:
    from ..annotate import annotate
    from ..api import check

    if not name.lower().endswith(".docx"):
        raise SardocError("Only a Word (.docx) file can be annotated.")

    def work(path: Path) -> bytes:
        result = check([path], config)
        if result.problems:
            raise SardocError(problems=result.problems)
        (checked,) = result.results
        # The Document and findings are the check's; annotate opens the Word package
        # (already in memory) to add the comments.
        return annotate(data, checked.document, checked.findings, name)

    return _in_private_folder(name, data, work)


def _redacted(name: str, data: bytes, config) -> bytes:
    from ..redact import redact_file

    def work(path: Path) -> bytes:
        out = path.with_name("redacted-" + path.name)
        # Redaction reads the upload once for editing (it changes a Word file's XML).
        redact_file(path, out, config)
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
