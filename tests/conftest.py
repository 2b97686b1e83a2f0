"""Shared fixtures."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

import pytest

from sardoc.rules import load_rules as _load_rules
from sardoc.rules.schema import Rule


def pytest_configure(config) -> None:
    # The compiled-pattern cache (sardoc.recache) of the tests' runs, and of the commands
    # they start, goes to a folder of their own, not the user's cache.
    os.environ["SARDOC_CACHE_DIR"] = tempfile.mkdtemp(prefix="sardoc-test-cache-")
    atexit.register(shutil.rmtree, os.environ["SARDOC_CACHE_DIR"], ignore_errors=True)


@pytest.fixture(scope="session")
def rules() -> list[Rule]:
    return _load_rules()
