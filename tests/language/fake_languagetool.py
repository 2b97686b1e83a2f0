"""A small stand-in for a LanguageTool server, speaking its real HTTP check API.

``GET /v2/languages`` lists the languages. ``POST /v2/check`` with a form-encoded
``text`` and ``language`` (and optionally ``disabledRules``) answers JSON
``{"software": ..., "language": ..., "matches": [...]}``, where each match has
``message``, ``offset``, ``length``, ``replacements`` ([{"value"}]),
``context`` and ``rule`` ({"id", "description", "category"}), as LanguageTool 6 does.
It knows two rules: EN_A_VS_AN ("a apple") and MORFOLOGIK_RULE_EN_GB (a short list of
misspellings), enough to test the adapter's offsets, disabled rules and vocabulary.
"""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

MISSPELT = {"recieve": "receive", "occured": "occurred", "safeguardin": "safeguarding"}


def matches(text: str, disabled: set[str]) -> list[dict]:
    out = []
    if "EN_A_VS_AN" not in disabled:
        for m in re.finditer(r"\ba (?=[aeiou])", text):
            out.append(
                _match(
                    m.start(),
                    1,
                    "Use 'an' before a vowel sound.",
                    ["an"],
                    "EN_A_VS_AN",
                    "GRAMMAR",
                    text,
                )
            )
    if "MORFOLOGIK_RULE_EN_GB" not in disabled:
        for m in re.finditer(r"\b\w+\b", text):
            word = m.group().lower()
            if word in MISSPELT or word == "caldicott":
                out.append(
                    _match(
                        m.start(),
                        len(m.group()),
                        "Possible spelling mistake found.",
                        [MISSPELT.get(word, "")],
                        "MORFOLOGIK_RULE_EN_GB",
                        "TYPOS",
                        text,
                    )
                )
    return sorted(out, key=lambda x: x["offset"])


def _match(offset, length, message, replacements, rule, category, text):
    return {
        "message": message,
        "shortMessage": "",
        "replacements": [{"value": r} for r in replacements if r],
        "offset": offset,
        "length": length,
        "context": {
            "text": text[max(0, offset - 20) : offset + length + 20],
            "offset": 0,
            "length": length,
        },
        "sentence": text,
        "rule": {
            "id": rule,
            "description": message,
            "issueType": "misspelling",
            "category": {"id": category, "name": category.title()},
        },
    }


#: What ``GET /v2/languages`` answers (LanguageTool lists every language it checks;
#: language-tool-python asks for it first, to check the language it was given).
LANGUAGES = [
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
]


class Handler(BaseHTTPRequestHandler):
    requests: list[dict] = []

    def do_GET(self):  # noqa: N802 - http.server's naming
        if self.path.split("?")[0] != "/v2/languages":
            self.send_error(404)
            return
        self._json(LANGUAGES)

    def do_POST(self):  # noqa: N802 - http.server's naming
        if self.path != "/v2/check":
            self.send_error(404)
            return
        body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode("utf-8")
        form = {k: v[0] for k, v in parse_qs(body).items()}
        Handler.requests.append(form)
        if "text" not in form or "language" not in form:
            self.send_error(400, "Missing 'text' or 'language'")
            return
        disabled = set(filter(None, form.get("disabledRules", "").split(",")))
        reply = {
            "software": {"name": "LanguageTool", "version": "6.4", "apiVersion": 1},
            "language": {"name": "English (GB)", "code": form["language"]},
            "matches": matches(form["text"], disabled),
        }
        self._json(reply)

    def _json(self, reply) -> None:
        data = json.dumps(reply).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):  # keep test output quiet (and text-free)
        pass


def serve() -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"
