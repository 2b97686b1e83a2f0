"""Front matter of the simplest shape is read without PyYAML (sardoc.yamlsafe._simple):
whatever it reads, PyYAML reads the same; anything else is left to PyYAML."""

from __future__ import annotations

import random
import subprocess
import sys

import pytest

from sardoc import yamlsafe
from sardoc.errors import InputError

PIECES = [
    "kind", "title", "allow", "yes", "On", "null", "x_1", "a-b", ":", ": ", " ", "  ", "\t",
    '"', "'", "[", "]", ",", "#", " #", "-", ".", "5", "1.5", "0x1F", "~", "’", "Dr.",
    "Eastmoor Board", "2024-01-05", "true", "False", "NULL", "\\", "&a", "*a", "!", "|",
    ">", "{", "}", "@", "%", "\u0007", "é", "(", ")", "/", "off-site", "inf", ".inf",
]  # fmt: skip


def _pyyaml(text: str):
    import yaml

    return yaml.load(text, Loader=yamlsafe._loader())  # noqa: S506 - a safe loader


def _random_text(rnd: random.Random) -> str:
    lines = []
    for _ in range(rnd.randint(1, 4)):
        key = rnd.choice(["kind", "title", "allow", "board", "yes", "a-b", "x y", "5"])
        value = "".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 5)))
        if rnd.random() < 0.3:
            value = '"' + value + '"'
        elif rnd.random() < 0.3:
            value = "[" + ", ".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 3))) + "]"
        lines.append(f"{key}: {value}")
    return "\n".join(lines)


def test_what_it_reads_pyyaml_reads_the_same():
    rnd = random.Random(17)
    read = 0
    for _ in range(6000):
        text = _random_text(rnd)
        simple = yamlsafe._simple(text)
        if simple is None:
            continue
        read += 1
        assert simple == _pyyaml(text), text
    assert read > 300  # the fast path is exercised, not only refused


@pytest.mark.parametrize(
    "text",
    [
        'kind: family-guidance\ntitle: "A guide: for families"\nallow: ["01632 960789"]',
        "board: Eastmoor Safeguarding Adults Board\nallow: []\nname: 'Adult A'",
        "title: Off-site care\npseudonyms: [Adult A, 'Mr B']",
    ],
)
def test_common_front_matter_is_read_without_pyyaml(text):
    assert yamlsafe._simple(text) == _pyyaml(text)


@pytest.mark.parametrize(
    "text",
    [
        "flag: yes",  # a boolean
        "size: 5",  # a number
        "title: x # a comment",
        "allow:\n  - Dr Ellison",  # a block list
        "kind: a\nkind: b",  # a key given twice: PyYAML refuses it with its line
        "title: 'it''s'",  # an escaped quote
    ],
)
def test_anything_else_goes_to_pyyaml(text):
    assert yamlsafe._simple(text) is None


def test_a_key_given_twice_is_still_refused_with_its_line():
    with pytest.raises(InputError) as e:
        yamlsafe.load("kind: a\nkind: b\n", "front.md")
    assert e.value.problems[0].line == 2


def test_a_leaflet_with_simple_front_matter_does_not_import_yaml(tmp_path):
    leaflet = tmp_path / "leaflet.md"
    leaflet.write_text(
        '---\nkind: family-guidance\ntitle: "Help for families"\n---\n\n# Help\n\nWe are sorry.\n',
        encoding="utf-8",
    )
    code = (
        "import sys, os\n"
        f"os.chdir({str(tmp_path)!r})\n"
        f"sys.argv = ['sardoc', 'check', {str(leaflet)!r}, '--fail-on', 'never']\n"
        "from sardoc.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('MODULES', *sys.modules)"
    )
    runs = [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        for _ in range(2)  # the first run reads and keeps the rule files
    ]
    assert "family leaflet (front matter)" in runs[1].stdout
    assert "yaml" not in runs[1].stdout.split("MODULES", 1)[1].split()
