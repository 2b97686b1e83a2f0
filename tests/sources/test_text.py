from pathlib import Path

import pytest

from sardoc.errors import InputError
from sardoc.sources import text

SRC = """SAFEGUARDING ADULTS REVIEW: ADULT A

1. Introduction

This review looks at how agencies
  worked with Adult A.

- the GP
- the district nurse

2.1 Good practice

Staff did well.

What went well
--------------

A short paragraph that ends with a full stop.
"""


def test_headings_paragraphs_and_lists():
    doc = text.read(Path("r.txt"), SRC.encode())
    got = [(p.role, p.level, p.text) for p in doc.paragraphs]
    assert got == [
        ("heading", 1, "SAFEGUARDING ADULTS REVIEW: ADULT A"),
        ("heading", 1, "1. Introduction"),
        ("body", 0, "This review looks at how agencies worked with Adult A."),
        ("list", 0, "the GP"),
        ("list", 0, "the district nurse"),
        ("heading", 2, "2.1 Good practice"),
        ("body", 0, "Staff did well."),
        ("heading", 2, "What went well"),
        ("body", 0, "A short paragraph that ends with a full stop."),
    ]
    assert doc.paragraphs[6].section == ("1. Introduction", "2.1 Good practice")


def test_positions_across_joined_lines():
    doc = text.read(Path("r.txt"), SRC.encode())
    p = doc.paragraphs[2]
    i = p.text.index("worked")
    loc = doc.locate(p, i, i + 6)
    assert (loc.line, loc.column) == (6, 3)
    assert doc.source[loc.offset : loc.offset + loc.length] == "worked"


@pytest.mark.parametrize(
    "data",
    [
        "Café staff – “the GP” £5\n".encode("utf-16"),  # with its byte-order mark
        "\ufeffCafé staff – “the GP” £5\n".encode("utf-16-be"),
        "Café staff – “the GP” £5\n".encode("cp1252"),
        "\ufeffCafé staff – “the GP” £5\n".encode("utf-8"),
    ],
)
def test_utf16_and_windows_1252_are_read(data):
    doc = text.read(Path("r.txt"), data)
    assert doc.paragraphs[0].text == "Café staff – “the GP” £5"


@pytest.mark.parametrize(
    "data, message",
    [
        (b"ok\n\x81\x8d\x8f\x90", "r.txt:2: not text in a known encoding (save it as UTF-8)"),
        (b"PK\x03\x04\x00\x00binary", "r.txt: binary data, not text (is it a renamed file?)"),
        (b"\xff\xfeA\x00\x00\xd8", "r.txt: not valid UTF-16-LE text"),
    ],
)
def test_undecodable_text_is_refused_clearly(data, message):
    with pytest.raises(InputError) as e:
        text.read(Path("r.txt"), data)
    assert e.value.lines() == [message]
