"""Small text helpers shared by the rule kinds."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from ..document import Document, Paragraph
from ..lazyre import lazy_compile

if TYPE_CHECKING:
    from .schema import Scope

_NUMBERING = lazy_compile(
    r"^\s*(?:(?:section|part|chapter|appendix)\s+(?:\d+(?:\.\d+)*|[ivxlc]+|[a-z])\b[.):]?"
    r"|\d+(?:\.\d+)*\.?\)?"  # "4", "4.2.", "4)"
    r"|(?:[ivxlc]+|[a-z])[.)])"  # "iv)", "b."
    r"(?:\s*[-–—:]|\s|$)\s*",
    re.I,
)


def normalise_heading(text: str) -> str:
    """Lower case, numbering and punctuation dropped, '&' read as 'and'.

    "3.2  Scope & Key Lines of Enquiry:" becomes "scope and key lines of enquiry".
    """
    t = text.replace("’", "'").replace("&", " and ")
    t = _NUMBERING.sub("", t, count=1)
    t = re.sub(r"[^\w\s']", " ", t.lower())
    return " ".join(t.split())


@lru_cache(maxsize=4096)
def compile_any(patterns: tuple[str, ...], ignore_case: bool = True) -> re.Pattern[str] | None:
    """One regex that matches any of ``patterns`` (each already a regex)."""
    if not patterns:
        return None
    from ..recache import compile as cached

    # Rule files' patterns, so the compiled code is kept between runs (sardoc.recache).
    flags = re.IGNORECASE if ignore_case else 0
    return cached("|".join(f"(?:{p})" for p in patterns), flags)


def word_pattern(term: str) -> str:
    """A literal term as a regex: whole words only, any run of spaces between words."""
    parts = [re.escape(w) for w in term.split()]
    body = r"\s+".join(parts)
    head = r"(?<![\w])" if term[:1].isalnum() or term[:1] == "_" else ""
    tail = r"(?![\w])" if term[-1:].isalnum() or term[-1:] == "_" else ""
    return head + body + tail


def paragraphs(
    doc: Document, parts: Iterable[str] = ("body",), headings: bool = False
) -> Iterator[Paragraph]:
    """Paragraphs in the given parts, headings only when asked for."""
    wanted = frozenset(parts)
    for p in doc.paragraphs:
        if p.part in wanted and (headings or not p.is_heading):
            yield p


def in_sections(scope: Scope, path: tuple[str, ...]) -> bool:
    """Whether a section (by its heading path) is in the scope's ``sections``.

    A section is in when its heading or one above it matches ``sections`` (or none are
    given), and neither it nor one above it matches ``skip_sections``.
    """
    if not scope.sections and not scope.skip_sections:
        return True
    heads = [normalise_heading(h) for h in path]
    only, skip = compile_any(scope.sections), compile_any(scope.skip_sections)
    if skip is not None and any(skip.search(h) for h in heads):
        return False
    return only is None or any(only.search(h) for h in heads)


def in_scope(doc: Document, scope: Scope) -> Iterator[Paragraph]:
    """The paragraphs a rule with this scope reads: its parts, headings and sections."""
    for p in paragraphs(doc, scope.parts, headings=scope.headings):
        if in_sections(scope, p.section):
            yield p


#: An email address, a web address or a UK telephone number.
_CONTACT = lazy_compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bwww\.\S+|\bhttps?://\S+"
    r"|(?:\+44\s?|\b0)\d{2,4}[\s-]?\d{3}[\s-]?\d{3,4}\b"
)


def is_contact_block(text: str) -> bool:
    """Whether a paragraph is a block of contact details, not prose.

    The lines of an address block ("Safeguarding team / Telephone 01632 960 205 /
    Email ...") run together into one paragraph with no full stop; counted as a
    sentence it reads as a 30-word sentence no one wrote. A contact detail in a
    paragraph that does not end a sentence is the sign.
    """
    text = text.rstrip()
    return not text.endswith((".", "!", "?", ".)", '."')) and bool(_CONTACT.search(text))


#: Words too common in review documents to tie one passage to another.
_COMMON = frozenset(
    "the and for with that this from into their there they have been were which will when "
    "what who how all any each every more most other should must would could also than then "
    "them such about after before over under within across staff people person agencies "
    "agency adult adults".split()
)


def content_words(text: str) -> set[str]:
    """Content words cut to their first five letters, so that "refusal" meets "refused"."""
    return {w[:5] for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 3 and w not in _COMMON}
