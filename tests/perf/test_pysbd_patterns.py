"""pysbd's patterns kept between runs (sardoc.language.measures): the same sentences, and
nothing a document shaped is kept."""

from __future__ import annotations

import pytest

from sardoc import recache
from sardoc.language import measures

TEXT = (
    "We met DR. Ellison and Mr. Hughes at 3 p.m. on Jan. 5. She said no. The plan:\n"
    "1. Agree a pathway. 2. Share it. Approx. 40 staff (incl. the GP) were told, e.g. by "
    "letter. Fig. 2 shows the Dept. of Health's view. Ave. Road is closed."
)


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    monkeypatch.setenv("SARDOC_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(recache, "_entries", None)
    monkeypatch.setattr(recache, "_new", {})
    monkeypatch.setattr(recache, "_served", {})
    measures._pysbd_patterns.cache_clear()
    yield tmp_path
    measures._pysbd_patterns.cache_clear()


def test_the_same_sentences_as_pysbd_alone(fresh):
    plain = [s.strip() for s in measures._segmenter().segment(TEXT) if s.strip()]
    assert measures.sentences(TEXT, careful=True) == plain
    assert measures.sentences(TEXT, careful=True) == plain  # patterns now built


def test_a_document_adds_nothing_to_the_cache(fresh):
    known = measures._pysbd_patterns()
    assert len(known) > 100  # its rules and its abbreviations' patterns
    before = set(recache._new)
    with recache.recorded() as left_to_re:
        measures.sentences(TEXT, careful=True)
    assert set(recache._new) == before
    # Known patterns come from the cache; the text's own casing of an abbreviation
    # ("DR.") makes a pattern that is not known, and goes to re.
    assert left_to_re and not left_to_re & known
    assert any("DR" in p for p, _ in left_to_re)
