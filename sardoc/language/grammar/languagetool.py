"""LanguageTool, through its HTTP API (``/v2/check``), on a server the user names.

Text goes only to the configured URL: the user's own LanguageTool server (for example
``docker run -p 8010:8010 erikvl87/languagetool`` then ``url: http://localhost:8010``)
or one they trust. There is no default URL, so nothing is sent anywhere unless the
user asks. Requests use the standard library (no extra dependency) with a short
time-out; a server that cannot be reached gives one notice and the checks go on.
The optional ``languagetool`` extra installs language-tool-python (GPL-3.0) for
people who prefer it to manage a local LanguageTool; sardoc itself only speaks HTTP.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request

from . import NOTICES, Problem, Settings, Unavailable, vocabulary


class LanguageTool:
    name = "languagetool"

    def __init__(self, settings: Settings) -> None:
        if not settings.url:
            raise Unavailable(
                "no LanguageTool server is configured (set grammar.url in sardoc.yaml)"
            )
        if urllib.parse.urlsplit(settings.url).scheme not in ("http", "https"):
            raise Unavailable("grammar.url must be an http:// or https:// address")
        self.settings = settings
        self.endpoint = settings.url.rstrip("/") + "/v2/check"
        self.known = {w.lower() for w in (*vocabulary(), *settings.vocabulary)}
        host = urllib.parse.urlsplit(settings.url).hostname or settings.url
        NOTICES.append(f"grammar: sending the text to the LanguageTool server at {host}")

    def _check_one(self, text: str) -> list[Problem]:
        form = {"text": text, "language": self.settings.language}
        if self.settings.disabled:
            form["disabledRules"] = ",".join(self.settings.disabled)
        data = urllib.parse.urlencode(form).encode("utf-8")
        # The scheme was checked to be http(s) when the backend was made.
        request = urllib.request.Request(  # noqa: S310
            self.endpoint, data=data, headers={"Accept": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=self.settings.timeout) as response:  # noqa: S310
            reply = json.loads(response.read().decode("utf-8"))
        out = []
        for m in reply.get("matches", []):
            start, length = int(m["offset"]), int(m["length"])
            rule = m.get("rule", {}).get("id", "UNKNOWN")
            if rule.startswith("MORFOLOGIK") and text[start : start + length].lower() in self.known:
                continue
            out.append(
                Problem(
                    start,
                    start + length,
                    f"languagetool.{rule}",
                    m.get("message", ""),
                    tuple(r.get("value", "") for r in m.get("replacements", [])[:3]),
                )
            )
        return out

    def check(self, texts: list[str]) -> list[list[Problem]]:
        out = []
        for text in texts:
            try:
                out.append(self._check_one(text))
            except (urllib.error.URLError, TimeoutError, OSError, ValueError, KeyError) as e:
                reason = getattr(e, "reason", e)
                NOTICES.append(
                    f"grammar checks stopped: the LanguageTool server did not answer "
                    f"({type(reason).__name__})"
                )
                return out + [[] for _ in texts[len(out) :]]
        return out


def make(settings: Settings) -> LanguageTool:
    return LanguageTool(settings)
