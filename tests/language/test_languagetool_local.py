"""The local LanguageTool route (``local: true``): language-tool-python's own client code,
pointed at the stand-in server, gives what the HTTP route gives, with the same notices and
time-outs; without the package, Java or LanguageTool it is one notice, never a crash."""

from __future__ import annotations

import socket
import sys
import time
from pathlib import Path

import pytest

from sardoc.api import check
from sardoc.config import Config, Grammar
from sardoc.language import grammar
from tests.language.fake_languagetool import Handler, serve

ltp = pytest.importorskip(
    "language_tool_python",
    reason='language-tool-python is not installed (it comes with ".[test]" and "[languagetool]")',
)

TEXT = (
    "# Review\n\nShe did not recieve a answer from the team.\n\n"
    "The Caldicott guardian gave a opinion.\n\nThe social worker failed to refer.\n"
)


@pytest.fixture(autouse=True)
def fresh():
    grammar._CACHE.clear()
    Handler.requests.clear()
    yield
    grammar._CACHE.clear()


@pytest.fixture
def server():
    Handler.paths = []
    original = Handler.do_GET

    def recording_get(self):  # the GET requests only language-tool-python makes
        Handler.paths.append(self.path)
        original(self)

    Handler.do_GET = recording_get
    srv, url = serve()
    yield url
    srv.shutdown()
    Handler.do_GET = original


def run(path: Path, **settings):
    result = check([path], Config(grammar=Grammar(backend="languagetool", **settings)))
    found = [f for f in result.findings if f.rule_id == "GRAM-001"]
    return found, result


def draft(tmp_path: Path, text: str = TEXT) -> Path:
    path = tmp_path / "draft.md"
    path.write_text(text, encoding="utf-8")
    return path


def seen(findings):
    return [(f.text, f.location.line, f.location.column, f.message, f.hint) for f in findings]


def test_local_route_drives_language_tool_python_and_matches_the_http_route(server, tmp_path):
    path = draft(tmp_path)
    over_http, _ = run(path, url=server)
    grammar._CACHE.clear()
    assert Handler.paths == []  # the standard-library route asks only /v2/check
    local, result = run(path, url=server, local=True)
    assert any(p.startswith("/v2/languages") for p in Handler.paths)  # the package's client
    assert seen(local) == seen(over_http)
    assert [(f.text, f.location.line) for f in local] == [("recieve", 3), ("a", 3), ("a", 5)]
    assert all(r["language"] == "en-GB" for r in Handler.requests)
    assert any("sending the text" in n and "127.0.0.1" in n for n in result.notices)


def test_local_route_keeps_disabled_rules_and_field_words(server, tmp_path):
    found, _ = run(draft(tmp_path), url=server, local=True, disabled=["EN_A_VS_AN"])
    assert [f.text for f in found] == ["recieve"]  # Caldicott is a field word; a/an is off
    assert Handler.requests[-1]["disabledRules"] == "EN_A_VS_AN"


def test_local_route_is_bounded_by_the_time_out(tmp_path):
    # A server that takes the connection and never answers.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        start = time.perf_counter()
        found, result = run(draft(tmp_path), url=url, local=True, timeout=1)
        elapsed = time.perf_counter() - start
    assert elapsed < 10  # the package's own time-out is five minutes
    assert found == []
    assert sum("did not answer" in n for n in result.notices) == 1
    assert {f.rule_id for f in result.findings} >= {"LANG-001"}  # the other checks go on


def test_without_the_package_one_notice_says_how_to_install_it(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "language_tool_python", None)  # import fails
    found, result = run(draft(tmp_path), local=True)
    assert found == []
    [notice] = [n for n in result.notices if "grammar" in n]
    assert 'pip install "sardoc[languagetool]"' in notice
    assert "\n" not in notice


def test_no_languagetool_on_this_computer_is_a_notice_and_nothing_is_fetched(monkeypatch, tmp_path):
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "empty"))
    (tmp_path / "empty").mkdir()

    def no_network(*args, **kwargs):
        raise AssertionError("tried to fetch LanguageTool")

    monkeypatch.setattr(socket, "create_connection", no_network)
    found, result = run(draft(tmp_path), local=True)
    assert found == []
    assert sum("LanguageTool is not on this computer" in n for n in result.notices) == 1
    assert not any("sending the text" in n for n in result.notices)
    assert list((tmp_path / "empty").iterdir()) == []


def test_languagetool_that_cannot_start_is_one_notice_not_a_crash(monkeypatch, tmp_path):
    # A LanguageTool folder whose jar is not one: Java (where present) exits at once;
    # where Java is missing the package says so. Either way: one notice, quickly.
    folder = tmp_path / "lt" / "LanguageTool-6.8"
    folder.mkdir(parents=True)
    (folder / "languagetool-server.jar").write_bytes(b"not a jar")
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "lt"))
    start = time.perf_counter()
    found, result = run(draft(tmp_path), local=True)
    assert time.perf_counter() - start < 60
    assert found == []
    assert sum("could not start on this computer" in n for n in result.notices) == 1
    assert not any("sending the text" in n for n in result.notices)  # nothing was sent
    assert {f.rule_id for f in result.findings} >= {"LANG-001"}
