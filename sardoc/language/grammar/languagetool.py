"""LanguageTool, by one of two routes that give the same problems, notices and time-outs.

- ``http`` (the default): its HTTP API (``/v2/check``) on a server the user names with
  ``url``: their own LanguageTool server (for example ``docker run -p 8010:8010
  erikvl87/languagetool`` then ``url: http://localhost:8010``) or one they trust.
  Requests use the standard library, so this route needs no extra package.
- ``local`` (``local: true``): through language-tool-python, the ``languagetool``
  extra (GPL-3.0, so optional), which starts LanguageTool on this computer where Java
  and LanguageTool are present; see :mod:`.languagetool_local`.

There is no default server, so nothing is sent anywhere unless the user asks, and a
notice always says where the text goes. A route that cannot be used, or a server that
stops answering, gives one notice and the other checks go on.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import import_module
from typing import Protocol

from . import NOTICES, Problem, Settings, Unavailable, vocabulary


@dataclass(frozen=True)
class Match:
    """One LanguageTool match, whichever route brought it."""

    offset: int
    length: int
    rule: str
    message: str
    replacements: tuple[str, ...]


class Route(Protocol):
    #: The exceptions that mean "the server did not answer" on this route.
    failures: tuple[type[BaseException], ...]

    def matches(self, text: str) -> list[Match]: ...


def server_url(settings: Settings) -> str:
    """The configured server's address, checked to be http(s)."""
    if not settings.url:
        raise Unavailable("no LanguageTool server is configured (set grammar.url in sardoc.yaml)")
    if urllib.parse.urlsplit(settings.url).scheme not in ("http", "https"):
        raise Unavailable("grammar.url must be an http:// or https:// address")
    return settings.url


def announce(url: str) -> None:
    """Tell the user where the text goes, before any is sent."""
    host = urllib.parse.urlsplit(url).hostname or url
    NOTICES.append(f"grammar: sending the text to the LanguageTool server at {host}")


def did_not_answer(error: BaseException) -> str:
    reason = getattr(error, "reason", error)
    return f"the LanguageTool server did not answer ({type(reason).__name__})"


class Http:
    """LanguageTool's HTTP API with the standard library."""

    failures = (urllib.error.URLError, TimeoutError, OSError, ValueError, KeyError)

    def __init__(self, settings: Settings) -> None:
        url = server_url(settings)
        self.settings = settings
        self.endpoint = url.rstrip("/") + "/v2/check"
        announce(url)

    def matches(self, text: str) -> list[Match]:
        form = {"text": text, "language": self.settings.language}
        if self.settings.disabled:
            form["disabledRules"] = ",".join(self.settings.disabled)
        data = urllib.parse.urlencode(form).encode("utf-8")
        # The scheme was checked to be http(s) when the route was made.
        request = urllib.request.Request(  # noqa: S310
            self.endpoint, data=data, headers={"Accept": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=self.settings.timeout) as response:  # noqa: S310
            reply = json.loads(response.read().decode("utf-8"))
        return [
            Match(
                int(m["offset"]),
                int(m["length"]),
                m.get("rule", {}).get("id", "UNKNOWN"),
                m.get("message", ""),
                tuple(r.get("value", "") for r in m.get("replacements", [])),
            )
            for m in reply.get("matches", [])
        ]


def _local(settings: Settings) -> Route:
    # Imported only when asked for: it needs the optional, GPL-licensed extra.
    return import_module(f"{__package__}.languagetool_local").Local(settings)


#: ``local`` setting -> how the route is made.
ROUTES: dict[bool, Callable[[Settings], Route]] = {False: Http, True: _local}


class LanguageTool:
    name = "languagetool"

    def __init__(self, settings: Settings, route: Route) -> None:
        self.route = route
        self.known = {w.lower() for w in (*vocabulary(), *settings.vocabulary)}

    def problems(self, text: str, matches: Iterable[Match]) -> list[Problem]:
        out = []
        for m in matches:
            # A spelling "mistake" that is a word of the field is not one.
            if m.rule.startswith("MORFOLOGIK") and (
                text[m.offset : m.offset + m.length].lower() in self.known
            ):
                continue
            out.append(
                Problem(
                    m.offset,
                    m.offset + m.length,
                    f"languagetool.{m.rule}",
                    m.message,
                    m.replacements[:3],
                )
            )
        return out

    def check(self, texts: list[str]) -> list[list[Problem]]:
        out = []
        for text in texts:
            try:
                out.append(self.problems(text, self.route.matches(text)))
            except self.route.failures as e:
                NOTICES.append(f"grammar checks stopped: {did_not_answer(e)}")
                return out + [[] for _ in texts[len(out) :]]
        return out


def make(settings: Settings) -> LanguageTool:
    return LanguageTool(settings, ROUTES[settings.local](settings))
