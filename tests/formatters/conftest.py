"""Fixtures for the formatter tests."""

from __future__ import annotations

import pytest
from sample_report import build_report

from sardoc.formatters import Report


@pytest.fixture
def report() -> Report:
    return build_report()
