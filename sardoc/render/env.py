"""The one jinja2 environment factory (CONVENTIONS.md, "Templates apart from content").

Every environment is strict (a missing field fails with its name, never a blank) and
escapes what it prints for its format: HTML entities for HTML and Word (docxtpl is
always given this environment, because its own default blanks a missing field and
drops ``<`` and ``&``), and Markdown escapes for Markdown, so that content reads
back exactly as it was written. Templates from a user's folder run sandboxed and
can only load files from that folder.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

# Characters that Markdown would read as mark-up anywhere in a line.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|])")
# ... and at the start of a line: headings, lists, quotes, numbered lists.
# ("##" alone is an empty heading, "---" a rule, so runs of them count too).
_MD_LINE_START = re.compile(r"^([ \t]*)(#{1,6}|[>+]|-+|=+|\d+[.)])(?=\s|$)", re.M)


def md_escape(value: Any) -> str:
    """Text made safe to put in Markdown: it reads back as the same characters."""
    if isinstance(value, Markup):
        return str(value)
    text = _MD_INLINE.sub(r"\\\1", str(value))
    return _MD_LINE_START.sub(_escape_marker, text)


def _escape_marker(m: re.Match[str]) -> str:
    marker = m[2]
    if marker[0].isdigit():  # "3." -> "3\." (a backslash before a digit is kept as text)
        return m[1] + marker[:-1] + "\\" + marker[-1]
    return m[1] + "\\" + marker


def ukdate(value: date | None, missing: str = "not recorded") -> str:
    """5 March 2024: the form a reader in England expects."""
    if value is None:
        return missing
    return f"{value.day} {value:%B %Y}"


def _finalize_md(value: Any) -> Any:
    return md_escape(value) if isinstance(value, str) else value


def environment(fmt: str, folder: Path, *, user: bool = False) -> Environment:
    """An environment for ``fmt`` (md, html or docx) loading templates from ``folder``."""
    cls = SandboxedEnvironment if user else Environment
    options: dict[str, Any] = {
        "loader": FileSystemLoader(str(folder)),
        "undefined": StrictUndefined,
        "trim_blocks": True,
        "lstrip_blocks": True,
        "keep_trailing_newline": True,
    }
    if fmt == "md":
        options["autoescape"] = False
        options["finalize"] = _finalize_md
    else:
        options["autoescape"] = select_autoescape(default=True, default_for_string=True)
    env = cls(**options)
    env.filters["ukdate"] = ukdate
    env.filters["md"] = md_escape
    return env
