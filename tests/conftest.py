"""Shared fixtures."""

from __future__ import annotations

import pytest

from sardoc.rules import load_rules as _load_rules
from sardoc.rules.schema import Rule


@pytest.fixture(scope="session")
def rules() -> list[Rule]:
    return _load_rules()
