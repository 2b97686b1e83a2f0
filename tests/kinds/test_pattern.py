import pytest

from sardoc.errors import RuleFileError
from sardoc.rules import RunContext
from sardoc.rules.engine import run
from tests.helpers import make_document, make_rule


def check(text, **params):
    rule = make_rule("pattern", params)
    # Through the engine, which applies the scope's limit for every kind.
    return run(make_document(text), [rule], RunContext())


def test_words_are_whole_words_and_located():
    src = "# R\n\nThe carer failed to visit. Unfailed is not a word.\n"
    found = check(src, words=["failed to"])
    assert [(f.text, f.location.line, f.location.column) for f in found] == [("failed to", 3, 11)]
    assert (
        src[found[0].location.offset : found[0].location.offset + found[0].location.length]
        == "failed to"
    )


def test_regex_with_exceptions_and_unless():
    text = (
        "# R\n\nA non-statutory SAR and statutory guidance.\n\n"
        "Statutory SAR, as the old policy called it.\n"
    )
    found = check(
        text,
        patterns=[r"(non-)?statutory \w+"],
        exceptions=["statutory guidance"],
        unless=["old policy"],
    )
    assert [f.text for f in found] == ["non-statutory SAR"]


def test_limit_and_case():
    text = "# R\n\nTBC, tbc, TBC.\n"
    assert len(check(text, words=["TBC"])) == 3
    assert len(check(text, words=["TBC"], ignore_case=False)) == 2
    assert len(check(text, words=["TBC"], limit=1)) == 1


def test_hidden_parts_only_when_asked():
    text = "---\nauthor: TBC\n---\n# R\n\nText.\n"
    assert check(text, words=["TBC"]) == []
    assert len(check(text, words=["TBC"], parts=["body", "front-matter"])) == 1


def test_params_are_checked():
    with pytest.raises(RuleFileError) as e:
        make_rule("pattern", {})
    assert "give words or patterns" in str(e.value)
    with pytest.raises(RuleFileError) as e:
        make_rule("pattern", {"words": ["x"], "wrods": 1})
    assert "params.wrods: unknown field" in e.value.lines()[0]
