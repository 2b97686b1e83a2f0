from pathlib import Path

import pytest

from sardoc.errors import InputError
from sardoc.sources import markdown, read_document

SRC = """---
kind: sar-report
title: Review of Adult A
author: Board office
---
# Review of Adult A

## 1. Introduction

Para **bold** and [a link](http://example.org) \\* and `code` &amp; end
second line with Mrs Okafor.

| Agency | Involvement |
|---|---|
| GP | saw Mrs Okafor |

> quoted Mrs Okafor

- item Mrs Okafor
  continued

```
code is not prose: Mrs Okafor
```
"""


def read(text, name="draft.md"):
    return markdown.read(Path(name), text.encode("utf-8"))


def spans(doc, word):
    """(line, column, source slice) of every occurrence of word in paragraph text."""
    out = []
    for p in doc.paragraphs:
        start = p.text.find(word)
        while start >= 0:
            loc = doc.locate(p, start, start + len(word))
            out.append(
                (p.role, loc.line, loc.column, doc.source[loc.offset : loc.offset + loc.length])
            )
            start = p.text.find(word, start + 1)
    return out


def test_structure_and_metadata():
    doc = read(SRC)
    assert doc.kind == "sar-report"
    assert doc.metadata["title"] == "Review of Adult A"
    heads = [(p.text, p.level) for p in doc.headings()]
    assert heads == [("Review of Adult A", 1), ("1. Introduction", 2)]
    roles = [p.role for p in doc.body()]
    assert roles == ["body", "table", "table", "table", "table", "quote", "list"]
    assert all(p.section == ("Review of Adult A", "1. Introduction") for p in doc.body())


def test_inline_markup_removed_but_positions_exact():
    doc = read(SRC)
    para = next(doc.body())
    assert para.text == "Para bold and a link * and code & end second line with Mrs Okafor."
    hits = spans(doc, "Okafor")
    assert [h[0] for h in hits] == ["body", "table", "quote", "list"]
    assert all(h[3] == "Okafor" for h in hits)
    assert hits[0][1:3] == (11, 22)
    bold = para.text.index("bold")
    loc = doc.locate(para, bold, bold + 4)
    assert doc.source[loc.offset : loc.offset + 4] == "bold"


def test_code_blocks_are_not_prose():
    doc = read(SRC)
    assert not any("code is not prose" in p.text for p in doc.paragraphs)


def test_front_matter_values_are_visible_as_hidden_part():
    doc = read(SRC)
    fm = [p for p in doc.paragraphs if p.part == "front-matter"]
    assert [(p.attrs["field"], p.text) for p in fm] == [
        ("title", "Review of Adult A"),
        ("author", "Board office"),
    ]
    loc = doc.locate(fm[1])
    assert (loc.line, loc.column) == (4, 9)


def test_crlf_source_offsets():
    doc = read(SRC.replace("\n", "\r\n"))
    assert all(h[3] == "Okafor" for h in spans(doc, "Okafor"))


def test_bad_front_matter_names_the_line():
    with pytest.raises(InputError) as e:
        read("---\ntitle: [unclosed\n---\n# T\n")
    assert e.value.lines()[0].startswith("draft.md:3:")
    with pytest.raises(InputError) as e:
        read("---\nkind: poster\n---\n# T\n")
    assert e.value.lines()[0] == (
        "draft.md:2: front matter: unknown document kind 'poster'; known: sar-report, "
        "rapid-review, seven-minute-briefing, family-guidance, action-plan"
    )


def test_front_matter_kind_may_use_a_common_name():
    assert read("---\nkind: leaflet\n---\n# T\n").kind == "family-guidance"
    assert read("---\nkind: 7MB\n---\n# T\n").kind == "seven-minute-briefing"


def test_kind_inferred_from_title_when_not_given(tmp_path):
    p = tmp_path / "x.md"
    p.write_text("# Seven-minute briefing: Adult A\n\nText.\n")
    assert read_document(p).kind == "seven-minute-briefing"
    p.write_text("# Safeguarding Adults Review\n\nText.\n")
    assert read_document(p).kind == "sar-report"
    assert read_document(p, kind="rapid-review").kind == "rapid-review"


def test_bold_line_reads_as_heading_below_the_last_heading():
    doc = read(
        "# Review\n\n**Good practice**\n\nThe nurse came.\n\n**A bold sentence.**\n\n"
        "Some **bold** words.\n"
    )
    heads = [(p.text, p.level) for p in doc.headings()]
    assert heads == [("Review", 1), ("Good practice", 2)]
    assert [p.text for p in doc.body()] == [
        "The nurse came.",
        "A bold sentence.",
        "Some bold words.",
    ]


def test_a_bold_question_is_a_heading_as_in_word():
    doc = read("# Leaflet\n\n**Why are we writing to you?**\n\nWe are sorry for your loss.\n")
    assert [(p.text, p.level) for p in doc.headings()] == [
        ("Leaflet", 1),
        ("Why are we writing to you?", 2),
    ]
