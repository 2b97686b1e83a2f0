"""Cleared names: identifiable.allow and pseudonyms from sardoc.yaml, front matter, text."""

from pathlib import Path

from sardoc.api import check
from sardoc.config import Config
from sardoc.identify import find_identifiers
from tests.helpers import make_document


def texts(doc):
    return [h.span.text for h in find_identifiers(doc)]


def test_front_matter_pseudonyms_and_allow():
    doc = make_document(
        "---\npseudonyms: [Robert]\nallow: [Dr Ruth Ellison]\n---\n# R\n\n"
        "Robert lived alone. Dr Ruth Ellison reviewed it; Ellison and Dr Ellison wrote.\n"
        "Robert Smith is someone else.\n"
    )
    assert texts(doc) == ["Robert Smith"]


def test_metadata_identifiable_from_declare_names():
    doc = make_document("# R\n\nMargaret told Jane Hughes about the call to 0300 123 4567.\n")
    doc.metadata["identifiable"] = {"allow": ["Jane Hughes", "0300 123 4567"], "pseudonyms": []}
    assert texts(doc) == ["Margaret"]
    doc2 = make_document("# R\n\nMargaret told Jane Hughes.\n")
    doc2.metadata["identifiable"] = {"allow": [], "pseudonyms": ["Margaret"]}
    assert texts(doc2) == ["Jane Hughes"]


def test_a_pseudonym_the_text_declares():
    doc = make_document(
        '# R\n\n"Simon" is the name his family chose for this report.\n\nSimon lived alone.\n'
    )
    assert texts(doc) == []


def test_allowed_names_are_not_learnt_for_the_second_pass():
    doc = make_document("---\nallow: [Jane Hughes]\n---\n# R\n\nJane Hughes and Hughes.\n")
    assert texts(doc) == []


def test_sardoc_yaml_allow_through_check(tmp_path: Path):
    draft = tmp_path / "draft.md"
    draft.write_text("# Review\n\nThe reviewer, Dr Ruth Ellison, met Mrs Okafor.\n")
    config = Config(identifiable={"allow": ["Dr Ruth Ellison"], "pseudonyms": []})
    found = [f.text for f in check([draft], config).findings if f.rule_id.startswith("PII")]
    assert found == ["Mrs Okafor"]
