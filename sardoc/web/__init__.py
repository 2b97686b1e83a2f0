"""``sardoc serve``: a local web page for people who do not use a terminal.

A face on what the command line does, not a second implementation: the check, the
quality-assurance sheet, annotation, redaction and rendering are the same functions.
Nothing is stored: each upload is read into memory, worked on in a private temporary
folder that is removed before the response is sent, and never logged. A download is a
second request that sends the file again: the page's script (``sardoc.js``, a file of
its own, as the policy allows no inline script) re-sends the file the browser already
holds, and without the script the person chooses it again. The server keeps no state
between requests and never embeds an upload in a page. The app listens on 127.0.0.1;
any other address needs a token, given on the command line and required with every
request.
"""

from __future__ import annotations

import hmac
import io
import re
import tempfile
from pathlib import Path

from ..document import DOCUMENT_KINDS
from ..elements.kind import LABELS
from ..errors import SardocError

MAX_UPLOAD = 25 * 1024 * 1024
UPLOAD_TYPES = (".docx", ".md", ".txt", ".pdf")
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'; "
    "img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)


def create_app(token: str | None = None):
    from flask import Flask, Response, abort, render_template, request, send_file

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
            template,
            version=__version__,
            token=token or "",
            kinds=DOCUMENT_KINDS,
            labels=LABELS,
            **kw,
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

    @app.get("/favicon.ico")
    def favicon():
        return "", 204

    @app.get("/sardoc.js")
    def script():
        # The page's only script, served from this origin as the policy requires.
        return send_file(data_dir("templates") / "web" / "sardoc.js", mimetype="text/javascript")

    @app.post("/check")
    def check_page():
        from ..formatters import Report

        name, data, board, sample = _draft(request)
        allow = "\n".join(_names(request.form.get("allow", "")))
        kind = _kind(request.form.get("kind"))
        profile = "publication" if request.form.get("profile") == "publication" else "draft"
        config = _board_config(board, allow, kind, profile)
        result, sheet = _run(name, data, config)
        # The publication verdict counts errors under the publication profile; the page
        # says so when that differs from the draft check shown.
        pub_errors = sheet["publication_errors"]
        report = Report(result.findings, result.files, result.rules, profile, __version__, "")
        groups = _by_paragraph(result)
        counts = {s: sum(1 for f in result.findings if str(f.severity) == s) for s in SEVERITIES}
        checked = result.results[0].document if result.results else None
        return page(
            "results.html",
            name=name,
            report=report,
            groups=groups,
            counts=counts,
            pub_errors=pub_errors,
            sheet=sheet,
            allow=allow,
            kind=kind or "",
            kind_label=LABELS.get(checked.kind, checked.kind) if checked and checked.kind else "",
            profile=profile,
            sample=sample,
            is_docx=name.lower().endswith(".docx"),
            can_redact=name.lower().endswith((".docx", ".md", ".txt")),
        )

    @app.post("/download/<what>")
    def download(what: str):
        if what not in ("annotated", "redacted", "qa"):
            abort(404)
        name, data, board, _ = _draft(request)
        kind = _kind(request.form.get("kind"))
        profile = "publication" if request.form.get("profile") == "publication" else "draft"
        config = _board_config(board, request.form.get("allow", ""), kind, profile)
        stem = Path(name).stem
        if what == "annotated":
            return _file(_annotated(name, data, config), f"{stem}-annotated.docx")
        if what == "redacted":
            out = _redacted(name, data, config)
            return _file(out, f"{stem}-redacted{Path(name).suffix.lower()}")
        from ..markers.sheet import to_html

        _, sheet = _run(name, data, config)
        return _file(to_html(sheet).encode("utf-8"), f"{stem}-qa.html")

    @app.get("/produce")
    def produce_form():
        return page("produce.html", problems=[], documents=None, checks=[], ready=False, name="")

    @app.post("/produce")
    def produce():
        from ..render import FORMATS, XLSX_KINDS

        name, text, sample = _review_upload(request)
        try:
            checks = _content_checks(name, text)
        except SardocError as e:
            return page(
                "produce.html",
                problems=[_plain(x) for x in e.lines()],
                documents=None,
                checks=[],
                ready=False,
                name=name,
            ), 400
        documents = [
            (k, LABELS.get(k, k), [f for f in FORMATS if f != "xlsx" or k in XLSX_KINDS])
            for k in DOCUMENT_KINDS
        ]
        return page(
            "produce.html",
            problems=[],
            documents=documents,
            checks=checks,
            ready=not any(c["errors"] for c in checks),
            name=name,
            sample=sample,
        )

    @app.post("/produce/file")
    def produce_file():
        from ..content import parse_review
        from ..render import FORMATS, render

        kind, _, fmt = request.form.get("doc", "").partition(":")
        if kind not in DOCUMENT_KINDS or fmt not in FORMATS:
            abort(404)
        name, text, _ = _review_upload(request)
        # Final documents only when the content passes the publication checks: the
        # server decides again from the content, never from what the form says.
        ready = not any(c["errors"] for c in _content_checks(name, text))
        review = parse_review(text, name)
        with tempfile.TemporaryDirectory(prefix="sardoc-web-") as tmp:
            (path,) = render(review, [kind], [fmt], Path(tmp), draft=not ready)
            return _file(path.read_bytes(), path.name)

    from .pack import register as register_pack

    register_pack(app, page)

    @app.get("/rules")
    def rules_page():
        from ..config import Config, rules_in_force

        rules = rules_in_force(Config())
        return page("rules.html", rules=rules, examples=_rule_examples(rules))

    @app.get("/rules/<rule_id>")
    def rule_page(rule_id: str):
        from ..config import Config, rules_in_force
        from ..rules.schema import _fill

        found = [r for r in rules_in_force(Config()) if r.id == rule_id]
        if not found:
            abort(404)
        rule = found[0]
        values = rule.params.model_dump() if hasattr(rule.params, "model_dump") else {}
        values = {k: v for k, v in values.items() if isinstance(v, (str, int, float))}
        return page(
            "rule.html",
            rule=rule,
            example=_rule_examples([rule])[rule.id],
            # What the params fill; what only a finding can fill is named, as in the message.
            hint=_placeholders_named(_fill(rule.hint or "", values)),
        )

    return app


SEVERITIES = ("error", "warning", "info")


def _draft(request) -> tuple[str, bytes, str, bool]:
    """The draft, the board's settings text, and whether it is the bundled sample."""
    from ..paths import data_dir

    if request.form.get("sample"):
        # The bundled sample, with the sample's own sardoc.yaml (which clears the
        # independent reviewer, named in the report by agreement).
        folder = data_dir("samples") / "adult-a"
        board = (folder / "sardoc.yaml").read_text(encoding="utf-8")
        return "draft.docx", (folder / "draft.docx").read_bytes(), board, True
    name, data = _upload(request)
    return name, data, _board_upload(request), False


def _review_upload(request) -> tuple[str, str, bool]:
    from ..paths import data_dir

    if request.form.get("sample"):
        path = data_dir("samples") / "adult-a" / "review.yaml"
        return "review.yaml", path.read_text(encoding="utf-8"), True
    name, raw = _upload(request, types=(".yaml", ".yml"))
    return name, _text(name, raw), False


def _content_checks(name: str, text: str) -> list[dict]:
    """Each document kind from the content, checked as for publication (as ``sardoc render``)."""
    from ..api import check_document
    from ..config import Config, rules_in_force
    from ..content import parse_review, to_document

    review = parse_review(text, name)  # invalid content is refused with every problem listed
    rules = rules_in_force(Config().model_copy(update={"profile": "publication"}))
    checks = []
    for kind in DOCUMENT_KINDS:
        found = check_document(to_document(review, name, text, kind), rules)
        errors = [f"{f.rule_id}: {f.message}" for f in found if str(f.severity) == "error"]
        errors = list(dict.fromkeys(errors))
        checks.append({"kind": kind, "label": LABELS.get(kind, kind), "errors": errors})
    return checks


_EXAMPLES: dict[str, str] = {}


def _rule_examples(rules) -> dict[str, str]:
    """Each rule's message as its first fail example reports it (placeholders filled)."""
    from ..rules.engine import run
    from ..rules.examples import example_document

    for rule in rules:
        if rule.id in _EXAMPLES or not rule.examples.fail:
            continue
        found = [
            f
            for f in run(example_document(rule, rule.examples.fail[0]), [rule])
            if f.rule_id == rule.id
        ]
        if found:
            _EXAMPLES[rule.id] = found[0].message
    return {r.id: _EXAMPLES.get(r.id) or _placeholders_named(r.message) for r in rules}


def _placeholders_named(message: str):
    """A message no example fills: each ``{placeholder}`` shown as what goes there."""
    from markupsafe import Markup, escape

    parts = re.split(r"\{(\w+)(?:[^}]*)\}", message)
    out = Markup("")
    for i, part in enumerate(parts):
        out += Markup("<var>%s</var>") % part.replace("_", " ") if i % 2 else escape(part)
    return out


def _each_place(findings) -> list:
    """A finding with several places (a name used throughout) under each of them, in
    the order the document reads."""
    order = {}
    places = [one for f in findings for one in f.each_place()]
    for f in findings:
        order.setdefault(f.location.file, len(order))
    return sorted(
        places,
        key=lambda f: (
            order[f.location.file],
            -1 if f.location.paragraph is None else f.location.paragraph,
            f.location.offset or 0,
        ),
    )


def _by_paragraph(result) -> list[dict]:
    """Findings under the paragraph they are in, each paragraph quoted once."""
    groups: dict[tuple, dict] = {}
    for f in _each_place(result.findings):
        key = (f.location.file, f.location.paragraph)
        para, start = result.paragraphs.get(key, (None, None))
        if para is None:
            key = (f.location.file, None, tuple(f.location.section))
        group = groups.setdefault(
            key,
            {
                "section": " › ".join(f.location.section) or "Whole document",
                "paragraph": para,
                "marks": [],
                "findings": [],
                "severities": set(),
            },
        )
        if para is not None and f.text:
            near = f.location.offset - start if f.location.offset is not None else None
            group["marks"].append((f.text, near))
        group["findings"].append(f)
        group["severities"].add(str(f.severity))
    for group in groups.values():
        group["context"] = _highlight_all(group["paragraph"], group["marks"])
    return list(groups.values())


def _highlight_all(paragraph: str | None, marks: list[tuple[str, int | None]]):
    """The paragraph, escaped, with every finding's words in <mark> (overlaps merged)."""
    from markupsafe import Markup, escape

    if not paragraph:
        return Markup("")
    spans = []
    for text, near in marks:
        starts = [i for i in range(len(paragraph)) if paragraph.startswith(text, i)]
        if starts:
            i = min(starts, key=lambda x: abs(x - near)) if near is not None else starts[0]
            spans.append((i, i + len(text)))
    merged: list[list[int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    out, at = Markup(""), 0
    for a, b in merged:
        out += escape(paragraph[at:a]) + Markup("<mark>%s</mark>") % paragraph[a:b]
        at = b
    return out + escape(paragraph[at:])


def _plain(line: str) -> str:
    """A problem line without the private temporary folder's path."""
    # The path only: a bracket or quote before it is the message's own and stays.
    return re.sub(r"[^\s(\[\"']*sardoc-web-[^/\s]+/", "", line)


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
        sheet["publication_errors"] = sum(1 for f in pub.findings if str(f.severity) == "error")
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
    """A download through the framework's own ``send_file`` (type from the name)."""
    from flask import send_file

    return send_file(io.BytesIO(data), as_attachment=True, download_name=filename)
