"""The registry, the shared summary helpers and properties every format must have."""

from __future__ import annotations

import pytest
from sample_report import build_report

from sardoc.errors import ConfigError
from sardoc.formatters import FORMATTERS, format_report, severity_counts, summary_line


def test_registry_names():
    assert list(FORMATTERS) == ["human", "json", "sarif", "github", "html"]


def test_unknown_format_is_a_config_error(report):
    with pytest.raises(ConfigError, match="unknown output format 'xml'"):
        format_report(report, "xml")


@pytest.mark.parametrize("name", list(FORMATTERS))
def test_every_format_is_deterministic_and_ends_in_newline(report, name):
    first = format_report(report, name)
    assert first == format_report(build_report(), name)
    assert first.endswith("\n") and not first.endswith("\n\n")


@pytest.mark.parametrize("name", ["json", "sarif", "github"])
def test_machine_formats_ignore_color(report, name):
    assert format_report(report, name, color=True) == format_report(report, name)
    assert "\033[" not in format_report(report, name, color=True)


def test_severity_counts(report):
    assert severity_counts(report.findings) == {"error": 2, "warning": 1, "info": 1}
    assert severity_counts([]) == {"error": 0, "warning": 0, "info": 0}


def test_summary_line_counts_and_plurals(report):
    assert summary_line(report) == "2 errors, 1 warning, 1 info in 3 files (profile: draft)"
    one = build_report(findings=report.findings[:1], files=["a.md"], profile="publication")
    assert summary_line(one) == "1 error, 0 warnings, 0 info in 1 file (profile: publication)"
