"""The compiled-pattern cache (sardoc.recache): the same patterns, and no document text."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from sardoc import recache
from sardoc.identify import person
from sardoc.lazyre import LazyPattern, compile_guarded
from sardoc.prefilter import DIGIT, compile_guarded_prefiltered, compile_prefiltered

ROOT = Path(__file__).resolve().parents[2]
TEXT = (ROOT / "samples" / "adult-a" / "draft.md").read_text(encoding="utf-8")


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """An empty cache in its own folder, as a new run would find it."""
    monkeypatch.setenv("SARDOC_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(recache, "_entries", None)
    monkeypatch.setattr(recache, "_new", {})
    return tmp_path


def _reload() -> None:
    """Write the cache and forget it, so the next look-up reads the file."""
    recache._save()
    recache._entries = None
    recache._new = {}


def _matches(rx, text: str) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in rx.finditer(text)]


def test_patterns_from_the_file_match_as_compiled_ones(fresh):
    # The recognizers' own patterns: the largest and most varied sardoc has.
    sources = [v._args for v in vars(person).values() if isinstance(v, LazyPattern)]
    assert len(sources) > 20
    first = [recache.compile(p, f) for p, f in sources]
    _reload()
    assert recache.cache_file().is_file()
    again = [recache.compile(p, f) for p, f in sources]
    assert recache._new == {}  # every one came from the file
    for (p, f), a, b in zip(sources, first, again, strict=True):
        plain = re.compile(p, f)
        assert (b.pattern, b.flags, b.groups, b.groupindex) == (
            plain.pattern,
            plain.flags,
            plain.groups,
            plain.groupindex,
        )
        assert _matches(a, TEXT) == _matches(b, TEXT) == _matches(plain, TEXT)


def test_guarded_and_prefiltered_patterns_from_the_file(fresh):
    pattern = r"\b(?:multi-agency|safeguarding)\s+(?P<what>meeting|review|enquiry)\b"
    made = [
        compile_prefiltered(pattern, re.I),
        compile_guarded_prefiltered(pattern, re.I),
        compile_guarded(pattern, re.I),
    ]
    _reload()
    cached = [compile_prefiltered(pattern, re.I), compile_guarded_prefiltered(pattern, re.I)]
    assert recache._new == {}
    plain = re.compile(pattern, re.I)
    assert _matches(plain, TEXT)  # the test means something
    for rx in [*made, *cached]:
        assert _matches(rx, TEXT) == _matches(plain, TEXT)
    assert cached[0].literals == made[0].literals


def test_a_damaged_file_is_ignored(fresh):
    recache.compile(r"\bAdult [A-Z]\b")
    _reload()
    recache.cache_file().write_bytes(b"not marshal data")
    assert recache.compile(r"\bAdult [A-Z]\b").search("met Adult B").group() == "Adult B"


def test_no_document_text_is_kept(tmp_path):
    # A name declared in the document and one only in its text: neither may reach the
    # cache, however the check compiles patterns for them.
    draft = tmp_path / "leaflet.md"
    draft.write_text(
        "---\nkind: family-guidance\nallow: [Quentin Zabriskie-Holloway]\n---\n\n"
        "# About the review\n\nQuentin Zabriskie-Holloway chairs the board. Adult Q, as "
        "Ottoline Vandersnoot is called in this review, lived alone.\n",
        encoding="utf-8",
    )
    cache = tmp_path / "cache"
    env = {"SARDOC_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    subprocess.run(
        [sys.executable, "-m", "sardoc", "check", "--fail-on", "never", str(draft)],
        check=True,
        capture_output=True,
        env=env,
        cwd=tmp_path,
    )
    (kept,) = cache.glob("patterns-*.marshal")
    data = kept.read_bytes()
    keys = marshal.loads(data)  # noqa: S302 - the file this test just had written
    assert len(keys) > 20  # the check did keep its own patterns
    # Every entry is keyed by its pattern's text, so a pattern made from the document
    # would carry the name in its key (its code holds the letters only as numbers).
    for word in ("Zabriskie", "Quentin", "Vandersnoot", "Ottoline"):
        assert word.encode() not in data
        assert not any(word in str(key) for key in keys)


def test_a_tiny_check_imports_no_renderer(tmp_path):
    draft = tmp_path / "note.md"
    draft.write_text("# Note\n\nThe board met in May.\n", encoding="utf-8")
    code = (
        "import sys, runpy; sys.argv = ['sardoc', 'check', '--fail-on', 'never', sys.argv[1]]\n"
        "try:\n    runpy.run_module('sardoc', run_name='__main__')\nfinally:\n"
        "    print(' '.join(sorted(m for m in sys.modules if '.' not in m)), file=sys.stderr)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, str(draft)],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "SARDOC_NO_CACHE": "1"},
        cwd=tmp_path,
    )
    loaded = set(run.stderr.split())
    assert "sardoc" in loaded
    assert not loaded & {"jinja2", "docx", "docxtpl", "openpyxl", "textstat", "lxml"}


def test_a_filter_that_needs_a_digit_keeps_it(fresh):
    # The prefilter tells "a digit" from a set of words by identity (DIGIT), so a filter
    # from the file must give back DIGIT itself, not an equal copy.
    pattern = r"\bsection\s+\d+\b"
    made = compile_prefiltered(pattern)
    assert any(a is DIGIT for a in made.also)
    _reload()
    again = compile_prefiltered(pattern)
    assert recache._new == {}
    assert any(a is DIGIT for a in again.also)
    text = "as section 44 says; a section without a number"
    assert again.search(text).group() == made.search(text).group() == "section 44"
    assert again.search("a section without a number") is None


def test_old_versions_files_are_removed_after_a_month(fresh):
    import os
    import time

    old, recent = fresh / "patterns-0000000000000000.marshal", fresh / "patterns-1.marshal"
    for f in (old, recent):
        f.write_bytes(b"")
    month = time.time() - recache.STALE_SECONDS - 60
    os.utime(old, (month, month))
    recache.compile(r"\bAdult [A-Z]\b")
    recache._save()
    assert not old.exists()
    assert recent.exists() and recache.cache_file().exists()


def test_imports_take_patterns_through_the_cache_only_while_they_run(fresh):
    plain = re._compile
    with recache.imports():
        assert re._compile is not plain
        rx = re.compile(r"\bSAR[ -]?\d{4}\b", re.I)
        with recache.imports():  # nested: the same
            assert re.sub(r"\s+", " ", "a  b") == "a b"
    assert re._compile is plain
    assert ("re", r"\bSAR[ -]?\d{4}\b", int(re.I)) in recache._new
    assert rx.search("see sar 2023").group() == "sar 2023"
    re.compile(r"\bafter the import\b")
    assert not any("after the import" in key[1] for key in recache._new)


def test_a_changed_re_internal_falls_back_to_a_plain_compile(monkeypatch):
    # A later Python may hand _sre.compile other arguments: the check must still run.
    from sardoc import recache

    def changed(parts):
        raise TypeError("another shape")

    monkeypatch.setattr(recache, "build", changed)
    assert recache.compile(r"\bward (\d+)", 0).search("on ward 12").group(1) == "12"


def test_a_class_built_from_a_set_is_not_kept(fresh):
    # markdown-it builds its terminators' class from a frozenset, in another order on
    # every run: kept, each run added an entry and wrote the whole file again.
    with recache.imports():
        rx = re.compile("[" + re.escape("".join({"*", "_", "[", "]", "\n"})) + "]")
        kept = re.compile(r"[*_]+\w")
    assert rx.findall("a*b_c[d]\n") == ["*", "_", "[", "]", "\n"]
    assert kept.search("x **bold").group() == "**b"
    assert [key[1] for key in recache._new] == [r"[*_]+\w"]


def test_a_markdown_check_leaves_a_warm_cache_alone(tmp_path):
    # Two runs with different hash seeds: the second finds everything in the file.
    draft = tmp_path / "draft.md"
    draft.write_text("# Review\n\nThe GP saw **Adult A** at home.\n", encoding="utf-8")
    cache = tmp_path / "cache"
    stamps = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "SARDOC_CACHE_DIR": str(cache), "PYTHONHASHSEED": seed}
        env.pop("SARDOC_NO_CACHE", None)
        cmd = [sys.executable, "-m", "sardoc", "check", "--fail-on", "never", str(draft)]
        subprocess.run(cmd, check=True, capture_output=True, env=env, cwd=ROOT)
        (path,) = cache.glob("patterns-*")
        stamps.append((path.stat().st_mtime_ns, path.read_bytes()))
    assert stamps[1] == stamps[2]


def test_dataclass_methods_compiled_from_the_cache_only_while_imports_run(fresh):
    import dataclasses

    def make():
        @dataclasses.dataclass(frozen=True, slots=True)
        class Place:
            where: str
            line: int = 0
            notes: tuple = ()

        return Place

    plain = make()
    with recache.imports():
        assert "exec" in vars(dataclasses)
        kept = make()
        with recache.imports():  # nested: the same
            assert "exec" in vars(dataclasses)
    assert "exec" not in vars(dataclasses)
    assert any(key[0] == "exec" and "def __init__(self,where:" in key[1] for key in recache._new)
    recache._save()
    # A new run reads the code back: the class behaves as one made the plain way.
    recache._entries = None
    with recache.imports():
        again = make()
    for cls in (kept, again):
        a, b = cls("Leeds", 3), plain("Leeds", 3)
        assert (repr(a), hash(a), a == cls("Leeds", 3), a.notes) == (repr(b), hash(b), True, ())
        assert cls.__init__.__code__.co_code == plain.__init__.__code__.co_code
        assert cls.__init__.__annotations__ == plain.__init__.__annotations__
        with pytest.raises(dataclasses.FrozenInstanceError):
            a.line = 4
