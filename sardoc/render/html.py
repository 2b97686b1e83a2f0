"""HTML from the rendered Markdown: one self-contained page that prints well.

The body is the Markdown converted by markdown-it-py with raw HTML switched off, so
content can never inject mark-up; the page around it is a jinja2 template with
autoescaping (templates/_base.html.j2), with its styles inline and no external files.

Per kind, the page differs in layout only: the SAR report opens with a contents list
(a ``nav`` of links to its sections), the briefing sets its seven sections as panels
in a grid that becomes one column on a phone, and the action plan's status cells
carry a class for their colour (their words stay, so colour is never the only signal).
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markupsafe import Markup

from ..content.models import STATUS_LABELS
from ..declared import to_keywords
from .env import environment

_MD = MarkdownIt("commonmark", {"html": False, "typographer": False}).enable("table")
_FRONT = re.compile(r"\A---\n.*?\n---\n", re.S)
_COVER = re.compile(r"\A\s*# [^\n]*\n.*?<!-- /cover -->\n", re.S)
#: Status words to the class that colours their cell.
_STATUS_CLASS = {
    label: f"rag rag-{status.name.replace('_', '-')}" for status, label in STATUS_LABELS.items()
}
_CONTENTS_KINDS = {"sar-report"}
_PANEL_KINDS = {"seven-minute-briefing"}
_LANDSCAPE = {"seven-minute-briefing", "action-plan"}


def body_markdown(markdown: str) -> str:
    """The Markdown without front matter, title and cover lines (the title page has them)."""
    return _COVER.sub("", _FRONT.sub("", markdown, count=1), count=1)


def _anchor(text: str) -> str:
    return "s-" + (re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "section")


def _mark_up(tokens) -> list[tuple[str, str]]:
    """Give each section heading an id and each status cell its class; returns the contents."""
    contents = []
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open" and tok.tag == "h2":
            text = tokens[i + 1].content
            tok.attrSet("id", _anchor(text))
            contents.append((_anchor(text), text))
        elif tok.type == "td_open" and tokens[i + 1].content in _STATUS_CLASS:
            tok.attrSet("class", _STATUS_CLASS[tokens[i + 1].content])
    return contents


def _panels(html: str) -> str:
    """Each h2 and what follows it, up to the next, as one panel of the grid."""
    parts = re.split(r"(?=<h2[ >])", html)
    head, panels = parts[0], parts[1:]
    return head + "".join(f'<section class="panel">\n{p}</section>\n' for p in panels)


def to_html(job, markdown: str) -> str:
    env = environment("html", job.templates, user=False)
    page = env.get_template("_base.html.j2")
    tokens = _MD.parse(body_markdown(markdown))
    contents = _mark_up(tokens)
    html = _MD.renderer.render(tokens, _MD.options, {})
    if job.kind in _PANEL_KINDS:
        html = _panels(html)
    body = Markup(html)  # noqa: S704 - html=False above: content cannot inject mark-up
    return page.render(
        **job.context(),
        body=body,
        contents=contents if job.kind in _CONTENTS_KINDS else [],
        subtitle=job.subtitle,
        board=job.review.board.name,
        landscape=job.kind in _LANDSCAPE,
        # Checking the page later knows its kind and the names it uses on purpose.
        keywords=to_keywords(job.kind, job.review.cleared, job.review.names_in_use),
    )
