"""Language checks: grammar backends (harper and a LanguageTool stand-in), the rules for
the reader, and how few false alarms clean documents raise."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from sardoc.api import check
from sardoc.cli import cli
from sardoc.config import Config, Grammar
from sardoc.language import grammar
from sardoc.paths import data_dir
from tests.language.fake_languagetool import Handler, serve

SAMPLES = data_dir("samples")
LANGUAGE = ("LANG", "GRAM", "LEAF", "7MB")


@pytest.fixture
def server():
    grammar._CACHE.clear()
    Handler.requests.clear()
    srv, url = serve()
    yield url
    srv.shutdown()
    grammar._CACHE.clear()


def draft(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "draft.md"
    path.write_text(text, encoding="utf-8")
    return path


def grammar_findings(path, **settings):
    result = check([path], Config(grammar=Grammar(**settings)))
    return [f for f in result.findings if f.rule_id == "GRAM-001"], result.notices


def test_languagetool_matches_become_findings_at_their_place(server, tmp_path):
    path = draft(tmp_path, "# Review\n\nShe did not recieve a answer from the team.\n")
    found, notices = grammar_findings(path, backend="languagetool", url=server)
    assert [(f.text, f.location.line, f.location.column) for f in found] == [
        ("recieve", 3, 13),
        ("a", 3, 21),
    ]
    assert "[languagetool.MORFOLOGIK_RULE_EN_GB]" in found[0].message
    assert "receive" in found[0].hint
    assert Handler.requests[0]["language"] == "en-GB"
    assert any("127.0.0.1" in n for n in notices)  # the user is told where the text went


def test_disabled_rules_and_vocabulary(server, tmp_path):
    path = draft(tmp_path, "# Review\n\nThe Caldicott guardian gave a opinion.\n")
    found, _ = grammar_findings(path, backend="languagetool", url=server, disabled=["EN_A_VS_AN"])
    assert found == []  # Caldicott is a field word; the a/an rule is off
    assert Handler.requests[-1]["disabledRules"] == "EN_A_VS_AN"


def test_no_server_configured_is_a_notice_not_a_failure(tmp_path):
    grammar._CACHE.clear()
    path = draft(tmp_path, "# Review\n\nThe social worker failed to refer.\n")
    result = check([path], Config(grammar=Grammar(backend="languagetool")))
    assert any("no LanguageTool server is configured" in n for n in result.notices)
    assert {f.rule_id for f in result.findings} >= {"LANG-001"}  # the other checks go on


def test_an_unreachable_server_does_not_hang(tmp_path):
    grammar._CACHE.clear()
    with socket.socket() as s:  # a port with nobody listening
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    path = draft(tmp_path, "# Review\n\nOne.\n\nTwo.\n\nThree.\n")
    start = time.perf_counter()
    result = check(
        [path],
        Config(grammar=Grammar(backend="languagetool", url=f"http://127.0.0.1:{port}", timeout=1)),
    )
    assert time.perf_counter() - start < 10
    assert sum("did not answer" in n for n in result.notices) == 1
    grammar._CACHE.clear()


def test_harper_offline_finds_real_mistakes_and_skips_field_words(tmp_path):
    pytest.importorskip("harper")
    grammar._CACHE.clear()
    path = draft(
        tmp_path,
        "# Review\n\nThe the nurse visited Adult A's home. Self-neglect and "
        "safeguarding were discussed with the Caldicott guardian.\n",
    )
    found, notices = grammar_findings(path, backend="harper")
    # Only the grammar backend's notices matter here (a tiny draft also gets one
    # saying which kind it was checked as).
    assert [n for n in notices if "checked as" not in n] == []
    texts = [f.text for f in found]
    assert any("The the" in t or t == "the" for t in texts), texts
    assert not any(t in ("A", "Caldicott", "safeguarding") for t in texts)
    grammar._CACHE.clear()


def test_grammar_is_off_unless_chosen(tmp_path):
    path = draft(tmp_path, "# Review\n\nShe did not recieve a answer.\n")
    assert [f for f in check([path]).findings if f.rule_id == "GRAM-001"] == []


def language_findings(paths):
    return [f for f in check(paths).findings if f.rule_id.startswith(LANGUAGE)]


def test_flawed_leaflet_is_caught_on_every_count():
    found = {f.rule_id for f in language_findings([SAMPLES / "leaflets" / "flawed.md"])}
    assert found >= {"LANG-002", "LANG-003", "LANG-005", "LANG-006", "LEAF-002"}


def test_clean_documents_raise_no_language_findings(tmp_path):
    from sardoc.content import load_review
    from sardoc.render import render

    rendered = render(
        load_review(SAMPLES / "adult-a" / "review.yaml"),
        ["family-guidance", "seven-minute-briefing", "sar-report"],
        ["md"],
        tmp_path,
    )
    clean = [
        SAMPLES / "leaflets" / "clean.md",
        SAMPLES / "adult-a" / "draft.md",
        SAMPLES / "other-board" / "report.md",
        *rendered,
    ]
    assert [
        (f.rule_id, f.location.file) for f in language_findings(clean) if f.severity.name != "INFO"
    ] == []


def test_abbreviations_table():
    res = CliRunner().invoke(
        cli, ["abbreviations", str(SAMPLES / "leaflets" / "flawed.md"), "--markdown"]
    )
    lines = res.output.splitlines()
    assert lines[0] == "| Abbreviation | Meaning | Uses | In the text |"
    assert "| MCA |" not in res.output
    assert "| IMCA | independent mental capacity advocate | 1 | not spelt out |" in lines
    assert any(line.startswith("| SAB | Safeguarding Adults Board |") for line in lines)


def test_one_grammar_settings_model_for_config_backend_and_rule():
    from sardoc.config import rules_in_force
    from sardoc.language.grammar import Settings
    from sardoc.rules.registry import KINDS

    config = Config(grammar={"backend": "harper", "disabled": ["OxfordComma"]})
    assert isinstance(config.grammar, Settings) and KINDS["grammar"].Params is Settings
    (gram,) = [r for r in rules_in_force(config) if r.kind == "grammar"]
    # The rule carries the configured settings as they are: nothing is copied across.
    assert gram.params == config.grammar and gram.params.disabled == ("OxfordComma",)


def test_a_name_inside_a_sentence_does_not_raise_the_reading_age():
    from sardoc.language.measures import stats

    short = stats(["You can talk to the Board. We will call you back."])
    named = stats(
        ["You can talk to the Westmorland Safeguarding Adults Board. We will call you back."]
    )
    plain = stats(
        ["You can talk to the westmorland safeguarding adults board. We will call you back."]
    )
    # Each word of the name counts one syllable; the same words in lower case count in full.
    assert named.syllables - short.syllables == 3
    assert plain.syllables > named.syllables


def test_the_reading_age_is_given_in_whole_years():
    from sardoc.language.measures import TextStats
    from sardoc.rules.kinds.metric import MEASURES

    # Flesch-Kincaid gives 12.3 here: a reading age of about 12, within a limit of 12.
    st = TextStats(words=100, sentences=6, syllables=139, longest_sentence=20)
    assert 12.2 < st.reading_age < 12.4
    assert MEASURES["reading_age"](st) == 12
