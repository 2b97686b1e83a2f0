"""A cue set's search stops once it has the sentences evidence shows and counts: the
evidence is what searching the whole document gives."""

from __future__ import annotations

from pathlib import Path

from sardoc.elements import _dedupe, _hits, _Memo, _rx, catalogue, find_all
from sardoc.sources import read_document

STATEMENT = "Mr {n} met the reviewer twice with his independent advocate."


def _draft(tmp_path: Path, n: int) -> Path:
    body = "\n\n".join(
        f"Paragraph {i} says nothing of the review. " + STATEMENT.format(n=chr(65 + i % 26))
        for i in range(n)
    )
    draft = tmp_path / "d.md"
    draft.write_text(f"---\nkind: sar-report\n---\n# Document\n\n## Notes\n\n{body}\n", "utf-8")
    return draft


def _statements(element_id: str):
    ke = catalogue()["sar-report"]
    return _rx(next(e for e in ke.elements if e.id == element_id).statements)


def test_a_limit_keeps_the_first_sentences_in_order(tmp_path):
    doc = read_document(_draft(tmp_path, 12))
    rx, paras = _statements("family-involvement"), list(doc.body())
    every = _dedupe(_hits(rx, paras, memo=_Memo()))
    first = _dedupe(_hits(rx, paras, memo=_Memo(), limit=3))
    assert len(every) == 12
    assert first == every[:3]
    assert [h[1] for h in first] == [STATEMENT.format(n=c) for c in "ABC"]


def test_the_evidence_is_the_first_places_however_many_follow(tmp_path):
    few = find_all(read_document(_draft(tmp_path, 2)))["family-involvement"].evidence
    many = find_all(read_document(_draft(tmp_path, 40)))["family-involvement"].evidence
    assert few.strength == many.strength == "statements"
    assert many.sentences == (*few.sentences, STATEMENT.format(n="C"))
