"""HTML from the rendered Markdown: one self-contained page that prints well.

The body is the Markdown converted by markdown-it-py with raw HTML switched off, so
content can never inject mark-up; the page around it is a jinja2 template with
autoescaping (templates/_base.html.j2), with its styles inline and no external files.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from ..declared import to_keywords
from .env import environment

_MD = MarkdownIt("commonmark", {"html": False, "typographer": False}).enable("table")
_FRONT = re.compile(r"\A---\n.*?\n---\n", re.S)


_COVER = re.compile(r"\A\s*# [^\n]*\n.*?<!-- /cover -->\n", re.S)


def body_markdown(markdown: str) -> str:
    """The Markdown without front matter, title and cover lines (the title page has them)."""
    return _COVER.sub("", _FRONT.sub("", markdown, count=1), count=1)


def to_html(job, markdown: str) -> str:
    from markupsafe import Markup

    env = environment("html", job.templates, user=False)
    page = env.get_template("_base.html.j2")
    body = Markup(_MD.render(body_markdown(markdown)))  # noqa: S704 - html=False above
    return page.render(
        **job.context(),
        body=body,
        subtitle=job.subtitle,
        board=job.review.board.name,
        landscape=job.kind in ("seven-minute-briefing", "action-plan"),
        # Checking the page later knows its kind and the names it uses on purpose.
        keywords=to_keywords(job.kind, job.review.cleared, job.review.names_in_use),
    )
