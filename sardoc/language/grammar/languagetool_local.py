"""LanguageTool on this computer, through language-tool-python (``local: true``).

language-tool-python (the optional ``languagetool`` extra, GPL-3.0) starts LanguageTool's
own server on this computer, where Java and LanguageTool are present, and talks to it.
With ``url`` as well it talks to that server instead, which is how the tests drive its
real client code against the stand-in server.

sardoc keeps its own promises on top of the package's defaults:
- nothing is fetched at run time: the package would download LanguageTool (hundreds of
  megabytes) when none is found, so sardoc starts only a LanguageTool already on the
  computer and otherwise says so in one notice;
- the user's time-out, not the package's five minutes, bounds every request;
- anything that stops LanguageTool starting (no Java, an old Java, a broken folder)
  is one notice and no grammar findings, never a crash.
"""

from __future__ import annotations

from . import Settings, Unavailable
from .languagetool import Match, announce, did_not_answer, server_url

INSTALL = 'language-tool-python is not installed (pip install "sardoc[languagetool]")'


class Bounded:
    """Mixed in before language-tool-python's LanguageTool: start-up tries few ports."""

    #: When LanguageTool fails to start, the package tries the next of some 900 ports,
    #: so a broken install would cost hundreds of Java start-ups; a few tell a busy port
    #: from a LanguageTool that cannot start.
    PORT_TRIES = 3

    def _start_server_on_free_port(self) -> None:
        del self._available_ports[self.PORT_TRIES - 1 :]
        super()._start_server_on_free_port()


class Local:
    def __init__(self, settings: Settings) -> None:
        try:
            import language_tool_python as ltp
        except ImportError:
            raise Unavailable(INSTALL) from None
        self.failures = (ltp.exceptions.LanguageToolError, OSError, ValueError, KeyError)
        # The package reads its request time-out from a class attribute (300 s); a
        # subclass carries the user's instead, for every request it makes.
        client = type(
            "SardocLanguageTool", (Bounded, ltp.LanguageTool), {"_TIMEOUT": settings.timeout}
        )
        if settings.url:
            url = server_url(settings)
            announce(url)
            start = {"remote_server": url}
        else:
            start = {"language_tool_download_version": installed_version()}
        try:
            self.tool = client(settings.language, **start)
        except self.failures as e:
            raise Unavailable(did_not_answer(e) if settings.url else cannot_start(e)) from None
        except Exception as e:  # noqa: BLE001 - a third party's start-up: never a crash
            raise Unavailable(cannot_start(e)) from None
        if not settings.url:  # said once it is running: nothing is sent otherwise
            announce(self.tool.url)
        self.tool.disabled_rules = set(settings.disabled)

    def matches(self, text: str) -> list[Match]:
        return [
            Match(
                int(m.offset),
                int(m.error_length),
                str(m.rule_id),
                str(m.message),
                tuple(str(r) for r in m.replacements),
            )
            for m in self.tool.check(text)
        ]


def installed_version() -> str:
    """The newest LanguageTool already on this computer; Unavailable if there is none."""
    from language_tool_python.download_lt import LocalLanguageTool

    found = LocalLanguageTool.get_latest_installed_version()
    if found is None:
        raise Unavailable(
            "LanguageTool is not on this computer for language-tool-python to start "
            "(sardoc does not download it; see the README)"
        )
    return found.version_name


def cannot_start(error: BaseException) -> str:
    return f"LanguageTool could not start on this computer ({type(error).__name__})"
