"""Paragraph and character styles: heading levels, list styles, type size and bold."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from .names import NUMID, NUMPR, OUTLINE, SZ, TYPE, VAL, B
from .package import W

_HEADING_NAME = re.compile(r"heading\s*([1-9])", re.I)
#: Word's styles for quoted words set apart ("Quote", "Intense Quote", "Block Text").
_QUOTE_NAME = re.compile(r"(intense\s*)?quote|quotation|block\s*text", re.I)
_OFF = frozenset({"0", "false", "off"})


@dataclass(frozen=True, slots=True)
class Style:
    name: str
    level: int  # heading level, 0 if not a heading style
    is_list: bool
    #: A quotation set apart (Word's "Quote" styles), as a Markdown block quote is.
    is_quote: bool = False


class Styles:
    """Paragraph styles from word/styles.xml, with ``basedOn`` inheritance resolved."""

    def __init__(self, root: etree._Element | None) -> None:
        self._raw: dict[str, tuple[str, str | None, int | None, bool | None]] = {}
        self._resolved: dict[str, Style] = {}
        self.default = ""
        #: Type size (half-points) and bold of paragraph ("p") and character ("c")
        #: styles, as (own size, own bold, basedOn), for :meth:`run_format`.
        self._format: dict[tuple[str, str], tuple[int | None, bool | None, str | None]] = {}
        self._format_cache: dict[tuple[str, str], tuple[int | None, bool | None]] = {}
        #: The document's default run format (w:docDefaults); Word's own default is 10 pt.
        self.default_size, self.default_bold = 20, False
        if root is None:
            return
        size, bold = run_format(root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr"))
        self.default_size = size or 20
        self.default_bold = bool(bold)
        for style in root.iterchildren(W + "style"):
            stype = style.get(TYPE, "paragraph")
            if stype in ("paragraph", "character"):
                based_el = style.find(W + "basedOn")
                self._format[(stype[0], style.get(W + "styleId") or "")] = (
                    *run_format(style.find(W + "rPr")),
                    based_el.get(VAL) if based_el is not None else None,
                )
            if stype != "paragraph":
                continue
            sid = style.get(W + "styleId") or ""
            name_el = style.find(W + "name")
            based = style.find(W + "basedOn")
            outline = style.find(f"{W}pPr/{OUTLINE}")
            numid = style.find(f"{W}pPr/{NUMPR}/{NUMID}")
            self._raw[sid] = (
                name_el.get(VAL, sid) if name_el is not None else sid,
                based.get(VAL) if based is not None else None,
                outline_level(outline),
                None if numid is None else numid.get(VAL, "0") != "0",
            )
            if style.get(W + "default") in ("1", "true", "on") and not self.default:
                self.default = sid

    def get(self, sid: str | None) -> Style:
        """The resolved style, or a plain one named after the id if it is unknown."""
        sid = sid or self.default
        style = self._resolved.get(sid)
        if style is None:
            style = self._resolved[sid] = self._resolve(sid)
        return style

    def style_format(self, kind: str, sid: str | None) -> tuple[int | None, bool | None]:
        """Size and bold a paragraph ("p") or character ("c") style gives, via basedOn."""
        if not sid:
            return None, None
        key = (kind, sid)
        found = self._format_cache.get(key)
        if found is None:
            size = bold = None
            seen: set[str] = set()
            current: str | None = sid
            while current and current not in seen and (kind, current) in self._format:
                seen.add(current)
                own_size, own_bold, current = self._format[(kind, current)]
                size = own_size if size is None else size
                bold = own_bold if bold is None else bold
            found = self._format_cache[key] = (size, bold)
        return found

    def _resolve(self, sid: str) -> Style:
        raw = self._raw.get(sid)
        if raw is None:
            return Style(sid or "Normal", 0, False)
        name = raw[0]
        level: int | None = None
        is_list: bool | None = None
        is_quote = False
        seen: set[str] = set()
        current: str | None = sid
        # Walk up basedOn: the nearest style that says something wins. The seen set
        # stops a cycle, which Word would reject but a crafted file may contain.
        while current is not None and current not in seen and current in self._raw:
            seen.add(current)
            cname, based, outline, numbered = self._raw[current]
            if level is None:
                # A style's own outline level (9 = body text) outranks its name.
                m = _HEADING_NAME.fullmatch(cname.strip())
                if outline is not None:
                    level = outline
                elif cname.strip().lower() == "title":
                    level = 1
                elif m:
                    level = int(m.group(1))
            if is_list is None:
                is_list = numbered
            is_quote = is_quote or bool(_QUOTE_NAME.fullmatch(cname.strip()))
            current = based
        return Style(name, level or 0, bool(is_list), is_quote)


def outline_level(el: etree._Element | None) -> int | None:
    """Heading level from ``w:outlineLvl`` (0 is level 1; 9 is body text), else None."""
    if el is None:
        return None
    try:
        value = int(el.get(VAL, ""))
    except ValueError:
        return None
    return value + 1 if 0 <= value < 9 else 0


def run_format(rpr: etree._Element | None) -> tuple[int | None, bool | None]:
    """Type size (half-points) and bold set in a ``w:rPr``, None where it says nothing."""
    if rpr is None:
        return None, None
    size = bold = None
    el = rpr.find(SZ)
    if el is not None:
        try:
            size = int(el.get(VAL, ""))
        except ValueError:
            size = None
    el = rpr.find(B)
    if el is not None:
        bold = el.get(VAL, "1").lower() not in _OFF
    return size, bold
