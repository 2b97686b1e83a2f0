"""Outputs are written whole, with the permissions asked for or those of a new file."""

from __future__ import annotations

import os
import stat

import pytest

from sardoc.errors import SardocError
from sardoc.fileio import refuse_overwriting_inputs, write_atomic


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_file_gets_ordinary_permissions(tmp_path, umask_022):
    write_atomic(tmp_path / "report.txt", "text")
    assert stat.S_IMODE((tmp_path / "report.txt").stat().st_mode) == 0o644
    assert (tmp_path / "report.txt").read_text() == "text"


def test_a_private_file_is_private(tmp_path, umask_022):
    write_atomic(tmp_path / "key.yaml", b"secret", mode=0o600)
    assert stat.S_IMODE((tmp_path / "key.yaml").stat().st_mode) == 0o600


def test_no_temporary_file_is_left_behind(tmp_path):
    write_atomic(tmp_path / "a.txt", "x")
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_missing_folder_and_overwriting_an_input(tmp_path):
    with pytest.raises(SardocError, match="output folder does not exist"):
        write_atomic(tmp_path / "no" / "a.txt", "x")
    with pytest.raises(SardocError, match="overwrite an input"):
        refuse_overwriting_inputs(tmp_path / "a.md", [tmp_path / "b.md", tmp_path / "a.md"])


def test_a_key_given_twice_is_refused_at_the_second(tmp_path):
    from sardoc import yamlsafe
    from sardoc.errors import InputError

    text = "kind: sar-report\nelements: []\nkind: leaflet\n"
    with pytest.raises(InputError) as e:
        yamlsafe.load(text, "x.yaml")
    assert str(e.value) == "x.yaml:3:1: malformed YAML: the key 'kind' is given twice"
