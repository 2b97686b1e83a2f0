"""Word drafts (.docx), read straight from the zip package with lxml.

The reader shows rules what a publisher would publish, including the places a
person can overlook (issue 3, "hidden places"): the body in reading order
(headings from paragraph styles, tables, lists, text boxes, content controls and
tracked insertions), then headers, footers, footnotes, endnotes, comments, text
deleted with tracked changes, and document properties, each as its own ``part``.

python-docx is not used: it drops tracked insertions and content-control text,
which are exactly where names get typed, and it is slow to import. The package is
untrusted input, so XML is parsed without entities or network access, a DOCTYPE is
refused, and decompression is capped against zip bombs.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree

from ..declared import from_keywords
from ..document import DOCUMENT_KINDS, Document, DocumentBuilder, Paragraph
from ..errors import InputError
from .typed_headings import SENTENCE_END, is_contents_line, numbering_depth

#: Caps against zip bombs; a 30,000-word report is a few megabytes unpacked.
MAX_PARTS = 10_000
MAX_PART_BYTES = 50 * 1024 * 1024
MAX_TOTAL_BYTES = 200 * 1024 * 1024

_NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
_NS_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_NS_CORE = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
_NS_DC = "http://purl.org/dc/elements/1.1/"
_NS_APP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_NS_CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"

W = "{" + _NS_W + "}"

# Tag names are compared as plain strings in the inner loops: far faster than XPath.
_P, _R, _T, _TBL = W + "p", W + "r", W + "t", W + "tbl"
_PPR, _PSTYLE, _NUMPR, _NUMID = W + "pPr", W + "pStyle", W + "numPr", W + "numId"
_OUTLINE = W + "outlineLvl"
_DEL, _DELTEXT, _INS = W + "del", W + "delText", W + "ins"
_MOVEFROM = W + "moveFrom"
_SDT, _SDTCONTENT = W + "sdt", W + "sdtContent"
_TAB, _PTAB, _BR, _CR = W + "tab", W + "ptab", W + "br", W + "cr"
_NOBREAKHYPHEN = W + "noBreakHyphen"
_DRAWING, _PICT, _TXBX = W + "drawing", W + "pict", W + "txbxContent"
_FOOTNOTEREF, _ENDNOTEREF = W + "footnoteReference", W + "endnoteReference"
_COMMENTREF, _COMMENTSTART = W + "commentReference", W + "commentRangeStart"
_ALT, _CHOICE, _FALLBACK = (
    f"{{{_NS_MC}}}AlternateContent",
    f"{{{_NS_MC}}}Choice",
    f"{{{_NS_MC}}}Fallback",
)
_VAL, _ID, _TYPE = W + "val", W + "id", W + "type"
_AUTHOR, _DATE, _INITIALS = W + "author", W + "date", W + "initials"

#: Elements whose content reads as if they were not there, at paragraph level.
_INLINE_CONTAINERS = frozenset(
    W + t
    for t in (
        "ins",  # tracked insertion: the accepted view keeps it
        "moveTo",
        "hyperlink",
        "smartTag",
        "customXml",
        "fldSimple",
        "sdtContent",
        "dir",
        "bdo",
        "ruby",
        "rubyBase",  # ruby text (w:rt) is an annotation, not the running text
    )
) | {_ALT, _CHOICE}

#: Elements that hold paragraphs and tables.
_BLOCK_CONTAINERS = frozenset(W + t for t in ("tr", "tc", "sdt", "sdtContent", "customXml")) | {
    _ALT,
    _CHOICE,
}

#: Tracked-change elements that carry an author's name.
_CHANGE_TAGS = tuple(
    W + t
    for t in (
        "ins",
        "del",
        "moveFrom",
        "moveTo",
        "moveFromRangeStart",
        "moveToRangeStart",
        "rPrChange",
        "pPrChange",
        "sectPrChange",
        "tblPrChange",
        "trPrChange",
        "tcPrChange",
        "numberingChange",
        "cellIns",
        "cellDel",
        "cellMerge",
    )
)

_HEADING_NAME = re.compile(r"heading\s*([1-9])", re.I)
_KIND_CUE = re.compile(r"sardoc-kind\s*:\s*([a-z0-9-]+)", re.I)
_PART_NUMBER = re.compile(r"(\d+)")

#: Core properties (docProps/core.xml) shown as ``property`` paragraphs.
_CORE_PROPERTIES = (
    (f"{{{_NS_DC}}}creator", "author"),
    (f"{{{_NS_CORE}}}lastModifiedBy", "last_modified_by"),
    (f"{{{_NS_DC}}}title", "title"),
    (f"{{{_NS_DC}}}subject", "subject"),
    (f"{{{_NS_CORE}}}keywords", "keywords"),
    (f"{{{_NS_DC}}}description", "description"),
    (f"{{{_NS_CORE}}}category", "category"),
)
_APP_PROPERTIES = ((f"{{{_NS_APP}}}Company", "company"), (f"{{{_NS_APP}}}Manager", "manager"))
#: Properties that name a person.
_PERSON_PROPERTIES = frozenset({"author", "last_modified_by", "manager"})

#: Footnotes and endnotes Word keeps for its own separator lines.
_NOTE_SEPARATORS = frozenset({"separator", "continuationSeparator", "continuationNotice"})


def read(path: Path, data: bytes) -> Document:
    """Read a .docx package into a :class:`Document`.

    Args:
        path: the file's path, used in messages and as the document's path.
        data: the file's bytes.

    Returns:
        Body paragraphs in reading order, then headers, footers, footnotes,
        endnotes, comments, deleted text and document properties, each with its
        ``part``. Body paragraphs carry ``attrs["style"]``; a footnote, endnote,
        comment or deleted piece carries ``attrs["of"]``, the index of the paragraph
        it belongs to (for a paragraph deleted whole, the one before it). Metadata has
        ``title``, ``author`` and ``last_modified_by`` from the core properties when
        set, and ``people``: ``{"name", "where"}`` for each distinct tracked-change
        author, comment author and person named in the properties, in that order.

    Raises:
        InputError: the file is not a readable .docx package.
    """
    return _read(path, data, keep_nodes=False)[0]


def read_for_editing(path: Path, data: bytes) -> tuple[Document, _Package]:
    """Read a .docx package as :func:`read` does, keeping the XML behind the text.

    For ``sardoc redact``. Every paragraph carries ``attrs["nodes"]``: the elements
    its text was read from, in order (``w:t``, ``w:delText``, ``w:tab``... or a
    property's element), so that ``"".join`` of their text, stripped, is the
    paragraph's text. The package keeps every part it parsed (``parsed``, by
    lower-case part name); editing those trees and writing them back edits the file.
    """
    return _read(path, data, keep_nodes=True)


def _read(path: Path, data: bytes, keep_nodes: bool) -> tuple[Document, _Package]:
    package = _Package(data, str(path))
    document = package.xml("word/document.xml")
    if document is None:
        raise InputError("not a Word document: the package has no word/document.xml", str(path))
    body = _document_body(document, str(path))
    styles = _Styles(package.xml("word/styles.xml"))
    reader = _Reader(DocumentBuilder(str(path), "docx"), styles, _Layout(styles, body), keep_nodes)

    reader.blocks(body, "body")
    reader.people_in(document)
    for name, part in (("header", "header"), ("footer", "footer")):
        for root in package.numbered_xml(f"word/{name}", ".xml"):
            reader.people_in(root)
            reader.hidden(root, part)
    for name, part in (("word/footnotes.xml", "footnote"), ("word/endnotes.xml", "endnote")):
        root = package.xml(name)
        if root is not None:
            reader.people_in(root)
            reader.notes(root, part)
    comments = package.xml("word/comments.xml")
    if comments is not None:
        reader.people_in(comments)
        reader.comments(comments)
    reader.deleted()
    properties = reader.properties(
        package.xml("docProps/core.xml"),
        package.xml("docProps/app.xml"),
        package.xml("docProps/custom.xml"),
    )

    metadata: dict[str, Any] = {
        key: properties[key] for key in ("title", "author", "last_modified_by") if key in properties
    }
    metadata["people"] = [{"name": n, "where": w} for n, w in reader.people]
    # Names a document declares for itself (sardoc writes these into the Word files it
    # renders), as Markdown front matter does with ``allow:`` and ``pseudonyms:``.
    declared = from_keywords(properties.get("keywords", ""))
    for key in ("allow", "pseudonyms"):
        if value := properties.get(f"sardoc-{key}"):
            metadata[key] = [v.strip() for v in value.split(";") if v.strip()]
        elif key in declared:
            metadata[key] = declared[key]
    metadata["package"] = _package_contents(package)
    return reader.builder.build(_kind(properties, str(path)), metadata), package


# -- the package ---------------------------------------------------------------

#: Parts a document to be published should not carry: code and other files inside it.
_CARRIED = (
    ("macros", re.compile(r"(^|/)vbaproject\.bin$|(^|/)vbadata\.xml$")),
    ("an embedded object", re.compile(r"^word/embeddings/")),
    ("an ActiveX control", re.compile(r"^word/activex/")),
)
#: Relationships whose external target Word would fetch or link (hyperlinks are fine).
_FETCHED = re.compile(r"/(image|oleObject|attachedTemplate|subDocument|frame|package)$")


def _package_contents(package: _Package) -> list[dict[str, str]]:
    """What the package carries or links that a published document should not.

    Nothing is fetched or run: targets are only listed (issue 7, hostile files).
    """
    found = []
    for name in sorted(package.parts):
        for what, pattern in _CARRIED:
            if pattern.search(name):
                found.append({"what": what, "part": name})
                break
    for name in sorted(n for n in package.parts if n.endswith(".rels")):
        try:
            root = package.xml(name)
        except InputError:
            continue  # a broken relationship part does not stop the reading
        for rel in root.iter() if root is not None else ():
            if rel.get("TargetMode") == "External" and _FETCHED.search(rel.get("Type") or ""):
                kind = rel.get("Type").rsplit("/", 1)[1]
                found.append({"what": f"an external link ({kind})", "part": name})
    return found


class _Package:
    """The zip package, read with caps on parts and decompressed size."""

    def __init__(self, data: bytes, path: str) -> None:
        self.path = path
        self.total = 0
        #: Parts parsed so far, by lower-case name (see :func:`read_for_editing`).
        self.parsed: dict[str, etree._Element] = {}
        if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
            # An OLE compound file: a password-protected .docx or an old .doc renamed.
            raise InputError(
                "not a .docx package: this looks like a password-protected or old-format "
                "(.doc) Word file; save it as an unprotected Word Document (.docx)",
                path,
            )
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
            raise InputError(
                "not a .docx package: the file is not a zip archive, or it is truncated or damaged",
                path,
            ) from None
        if len(infos) > MAX_PARTS:
            raise InputError(
                f"too many parts in the package ({len(infos)}; the limit is {MAX_PARTS})", path
            )
        # Part names are case-insensitive in Open Packaging Conventions.
        self.parts = {info.filename.replace("\\", "/").lstrip("/").lower(): info for info in infos}

    def bytes(self, name: str) -> bytes | None:
        """A part's bytes, or None if absent; refuses anything over the caps."""
        info = self.parts.get(name.lower())
        if info is None:
            return None
        limit = min(MAX_PART_BYTES, MAX_TOTAL_BYTES - self.total)
        if info.file_size > limit:
            self._too_large(name)
        try:
            with self.zip.open(info) as f:
                # Read one byte past the limit: the size in the header may lie.
                blob = f.read(limit + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError):
            raise InputError(f"{name} is damaged and cannot be decompressed", self.path) from None
        except NotImplementedError:
            raise InputError(
                f"{name} uses a compression method sardoc cannot read", self.path
            ) from None
        except RuntimeError:  # zipfile's word for an encrypted member
            raise InputError(f"{name} is encrypted", self.path) from None
        if len(blob) > limit:
            self._too_large(name)
        self.total += len(blob)
        return blob

    def _too_large(self, name: str) -> None:
        raise InputError(
            f"{name} is too large when decompressed (parts are limited to "
            f"{MAX_PART_BYTES // 2**20} MB and the package to {MAX_TOTAL_BYTES // 2**20} MB); "
            "refusing a possible zip bomb",
            self.path,
        )

    def xml(self, name: str) -> etree._Element | None:
        """A part parsed as XML (no entities, no DTD, no network), or None if absent."""
        blob = self.bytes(name)
        if blob is None:
            return None
        parser = etree.XMLParser(
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=False,
            remove_comments=True,
            remove_pis=True,
        )
        try:
            root = etree.fromstring(blob, parser)
        except etree.XMLSyntaxError as e:
            # lxml's own message can quote the document, so only the position is given.
            if "depth" in str(e).lower():
                raise InputError(f"{name} nests elements too deeply", self.path) from None
            line, col = e.position if e.position else (None, None)
            where = f" (line {line}, column {col} of the part)" if line else ""
            raise InputError(f"{name} is not well-formed XML{where}", self.path) from None
        except ValueError:  # for example a document that is empty once comments are removed
            raise InputError(f"{name} is not well-formed XML", self.path) from None
        if root.getroottree().docinfo.doctype:
            # Word never writes a DOCTYPE; one here is a crafted file (entity expansion,
            # external files). Entities were not expanded; the part is refused.
            raise InputError(
                f"{name} has a DOCTYPE declaration, which Word never writes; refusing it",
                self.path,
            )
        self.parsed[name.lower()] = root
        return root

    def numbered_xml(self, prefix: str, suffix: str) -> list[etree._Element]:
        """Every part named ``prefix<N>suffix`` (header1.xml ...), in number order."""
        prefix, suffix = prefix.lower(), suffix.lower()
        names = [
            n
            for n in self.parts
            if n.startswith(prefix) and n.endswith(suffix) and "/" not in n[len(prefix) :]
        ]

        def number(name: str) -> tuple[int, str]:
            m = _PART_NUMBER.search(name[len(prefix) :])
            return (int(m.group(1)) if m else 0, name)

        out = []
        for name in sorted(names, key=number):
            root = self.xml(name)
            if root is not None:
                out.append(root)
        return out


def _document_body(root: etree._Element, path: str) -> etree._Element:
    if root.tag == f"{{{_NS_STRICT}}}document":
        raise InputError(
            "the document is saved as Strict Open XML, which sardoc does not read; "
            "save it as a Word Document (.docx)",
            path,
        )
    body = root.find(W + "body") if root.tag == W + "document" else None
    if body is None:
        raise InputError("word/document.xml is not a Word document body", path)
    return body


# -- styles ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Style:
    name: str
    level: int  # heading level, 0 if not a heading style
    is_list: bool


class _Styles:
    """Paragraph styles from word/styles.xml, with ``basedOn`` inheritance resolved."""

    def __init__(self, root: etree._Element | None) -> None:
        self._raw: dict[str, tuple[str, str | None, int | None, bool | None]] = {}
        self._resolved: dict[str, _Style] = {}
        self.default = ""
        #: Type size (half-points) and bold of paragraph ("p") and character ("c")
        #: styles, as (own size, own bold, basedOn), for :meth:`run_format`.
        self._format: dict[tuple[str, str], tuple[int | None, bool | None, str | None]] = {}
        self._format_cache: dict[tuple[str, str], tuple[int | None, bool | None]] = {}
        #: The document's default run format (w:docDefaults); Word's own default is 10 pt.
        self.default_size, self.default_bold = 20, False
        if root is None:
            return
        size, bold = _run_format(root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr"))
        self.default_size = size or 20
        self.default_bold = bool(bold)
        for style in root.iterchildren(W + "style"):
            stype = style.get(_TYPE, "paragraph")
            if stype in ("paragraph", "character"):
                based_el = style.find(W + "basedOn")
                self._format[(stype[0], style.get(W + "styleId") or "")] = (
                    *_run_format(style.find(W + "rPr")),
                    based_el.get(_VAL) if based_el is not None else None,
                )
            if stype != "paragraph":
                continue
            sid = style.get(W + "styleId") or ""
            name_el = style.find(W + "name")
            based = style.find(W + "basedOn")
            outline = style.find(f"{W}pPr/{_OUTLINE}")
            numid = style.find(f"{W}pPr/{_NUMPR}/{_NUMID}")
            self._raw[sid] = (
                name_el.get(_VAL, sid) if name_el is not None else sid,
                based.get(_VAL) if based is not None else None,
                _outline_level(outline),
                None if numid is None else numid.get(_VAL, "0") != "0",
            )
            if style.get(W + "default") in ("1", "true", "on") and not self.default:
                self.default = sid

    def get(self, sid: str | None) -> _Style:
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

    def _resolve(self, sid: str) -> _Style:
        raw = self._raw.get(sid)
        if raw is None:
            return _Style(sid or "Normal", 0, False)
        name = raw[0]
        level: int | None = None
        is_list: bool | None = None
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
            current = based
        return _Style(name, level or 0, bool(is_list))


def _outline_level(el: etree._Element | None) -> int | None:
    """Heading level from ``w:outlineLvl`` (0 is level 1; 9 is body text), else None."""
    if el is None:
        return None
    try:
        value = int(el.get(_VAL, ""))
    except ValueError:
        return None
    return value + 1 if 0 <= value < 9 else 0


_SZ, _B, _RPR, _RSTYLE = W + "sz", W + "b", W + "rPr", W + "rStyle"
_FLDCHAR, _INSTR, _HYPERLINK = W + "fldChar", W + "instrText", W + "hyperlink"
_OFF = frozenset({"0", "false", "off"})


def _run_format(rpr: etree._Element | None) -> tuple[int | None, bool | None]:
    """Type size (half-points) and bold set in a ``w:rPr``, None where it says nothing."""
    if rpr is None:
        return None, None
    size = bold = None
    el = rpr.find(_SZ)
    if el is not None:
        try:
            size = int(el.get(_VAL, ""))
        except ValueError:
            size = None
    el = rpr.find(_B)
    if el is not None:
        bold = el.get(_VAL, "1").lower() not in _OFF
    return size, bold


# -- headings from layout ------------------------------------------------------------

#: Longest paragraph read as a heading from its layout. Longer than plain text's 15
#: words: a wholly bold line is a strong sign, and findings headings run to 18 words.
_MAX_LAYOUT_WORDS = 20
#: How much larger than the body's usual size a paragraph must be to read as a heading.
_LARGER = 1.15
_HAND_BULLET = re.compile(r"^\s*[-*•‣◦–▪●]\s")
_TOC_STYLE = re.compile(r"^(toc\b|table of contents|contents\b)", re.I)


def _runs(parent: etree._Element):
    """The runs of a paragraph's running text (not deleted, not in text boxes)."""
    for child in parent:
        tag = child.tag
        if tag == _R:
            yield child
        elif tag in _INLINE_CONTAINERS:
            yield from _runs(child)
        elif tag == _SDT:
            content = child.find(_SDTCONTENT)
            if content is not None:
                yield from _runs(content)


def _body_paragraphs(parent: etree._Element):
    """Body paragraphs outside tables, in reading order (text boxes are inside runs)."""
    for child in parent:
        if child.tag == _P:
            yield child
        elif child.tag in _BLOCK_CONTAINERS:
            yield from _body_paragraphs(child)


class _Layout:
    """Headings typed as bold or larger Normal paragraphs (issue 13, item 1).

    Many council authors never use Word's Heading styles: a heading is a short
    paragraph in bold or in a larger type, often with hand-typed numbering. The
    document's usual body size is measured first (by characters), so that "larger"
    means larger than this document's text.

    Levels: hand-typed numbering gives its depth ("5." is 1, "5.2" is 2, "Part Two" is
    1); otherwise the rank of the type size among the larger sizes used; otherwise
    (bold only) one level below the last heading that had a level of its own (styled,
    sized, the title, or numbered at the top level: "2.", not "2.1"). An
    unnumbered first heading is the title, and numbered headings then sit one level
    below it, as ``# Title`` / ``## 1. Introduction`` do in Markdown.
    """

    def __init__(self, styles: _Styles, body: etree._Element) -> None:
        self.styles = styles
        self._toc_fields = 0  # depth of open TOC fields, which span paragraphs
        self._fields: list[str | None] = []
        self._offset: int | None = None  # set by the first heading
        self._anchor = 0  # level of the last heading with a level of its own
        counts: dict[int, int] = {}
        sizes: set[int] = set()
        self.body_size = styles.default_size
        formats = []
        for p in _body_paragraphs(body):
            style_id = self._style_id(p)
            if styles.get(style_id).level:
                continue  # styled headings say nothing about the body's size
            fmt = self.format(p, style_id)
            formats.append(fmt)
            for size, length in fmt[2]:
                counts[size] = counts.get(size, 0) + length
        if counts:
            self.body_size = max(counts, key=lambda k: (counts[k], -k))
        for size, _bold, _ in formats:
            if size and size >= self.body_size * _LARGER:
                sizes.add(size)
        #: Larger sizes, largest first: their rank is the level of an unnumbered heading.
        self.ranks = {size: i for i, size in enumerate(sorted(sizes, reverse=True), 1)}

    @staticmethod
    def _style_id(p: etree._Element) -> str | None:
        el = p.find(f"{_PPR}/{_PSTYLE}")
        return el.get(_VAL) if el is not None else None

    def format(self, p: etree._Element, style_id: str | None):
        """(smallest size, all bold, [(size, characters)]) over the paragraph's text."""
        styles = self.styles
        p_size, p_bold = styles.style_format("p", style_id or styles.default)
        p_size = p_size or styles.default_size
        p_bold = styles.default_bold if p_bold is None else p_bold
        smallest, all_bold, pieces = None, True, []
        for r in _runs(p):
            text = "".join(t.text or "" for t in r.iterchildren(_T))
            if not text.strip():
                continue
            rpr = r.find(_RPR)
            size, bold = _run_format(rpr)
            if size is None or bold is None:
                el = rpr.find(_RSTYLE) if rpr is not None else None
                c_size, c_bold = styles.style_format("c", el.get(_VAL) if el is not None else None)
                size = size or c_size or p_size
                bold = bold if bold is not None else c_bold if c_bold is not None else p_bold
            smallest = size if smallest is None else min(smallest, size)
            all_bold = all_bold and bold
            pieces.append((size, len(text.strip())))
        return smallest, all_bold and smallest is not None, pieces

    # -- contents ----------------------------------------------------------------------

    def in_contents(self, p: etree._Element) -> bool:
        """Whether ``p`` is inside (or starts) a TOC field, or links to a TOC bookmark.

        Called for every body paragraph in order: a TOC field opens in one paragraph
        and closes in a later one.
        """
        inside = self._toc_fields > 0
        for el in p.iter(_FLDCHAR, _INSTR, _HYPERLINK):
            if el.tag == _HYPERLINK:
                inside = inside or (el.get(W + "anchor") or "").startswith("_Toc")
            elif el.tag == _INSTR:
                if self._fields and self._fields[-1] is None:
                    words = (el.text or "").split()  # a field code may be split over runs
                    self._fields[-1] = words[0].upper() if words else None
                    if self._fields[-1] == "TOC":
                        self._toc_fields += 1
                        inside = True
            elif el.get(W + "fldCharType") == "begin":
                self._fields.append(None)
            elif el.get(W + "fldCharType") == "end" and self._fields:
                if self._fields.pop() == "TOC":
                    self._toc_fields -= 1
        return inside

    # -- levels ----------------------------------------------------------------------

    def styled(self, text: str, level: int) -> None:
        """A heading with a style or outline level: it anchors later bold headings."""
        if self._offset is None:
            self._offset = 0 if numbering_depth(text) else 1
        self._anchor = level

    def level(self, p: etree._Element, text: str, style: _Style, style_id: str | None) -> int:
        """The heading level ``p`` has from its layout, or 0 if it is not a heading."""
        if (
            not text
            or len(text.split()) > _MAX_LAYOUT_WORDS
            or text[-1] in SENTENCE_END
            or _HAND_BULLET.match(text)
            or _TOC_STYLE.match(style.name)
            or is_contents_line(text)
        ):
            return 0
        size, bold, _ = self.format(p, style_id)
        rank = self.ranks.get(size or 0, 0)
        if not (bold or rank):
            return 0
        depth = numbering_depth(text)
        first = self._offset is None
        if first:
            self._offset = 0 if depth else 1
        if depth:
            level = min(9, depth + self._offset)
            if depth == 1:
                # Only a top-level number anchors a bold heading: one after "2.1" is
                # read as its sibling, one after "2." as the first heading inside it.
                self._anchor = level
            return level
        if not rank and not first:
            return min(9, self._anchor + 1)  # bold only: below the last anchoring heading
        self._anchor = level = min(9, rank or 1)  # by size rank, or the title
        return level


# -- walking the XML -----------------------------------------------------------------


class _Para:
    """What one paragraph's inline content holds."""

    __slots__ = ("text", "deleted", "del_open", "boxes", "notes", "comments", "nodes")

    def __init__(self, keep_nodes: bool = False) -> None:
        self.text: list[str] = []
        #: The element behind each piece of ``text``, when editing (else None).
        self.nodes: list[etree._Element] | None = [] if keep_nodes else None
        self.deleted: list[list[Any]] = []  # [author, date, [pieces], [elements]]
        self.del_open = False
        self.boxes: list[etree._Element] = []
        self.notes: list[tuple[str, str]] = []  # (part, id)
        self.comments: list[str] = []

    def keep(self, piece: str, node: etree._Element) -> None:
        # Kept text between two deletions makes them two deletions.
        self.text.append(piece)
        self.del_open = False
        if self.nodes is not None:
            self.nodes.append(node)

    def delete(self, piece: str, change: tuple[str, str], node: etree._Element) -> None:
        # Word splits one deletion over many w:del elements (one per run); adjacent
        # pieces by the same author are joined so a deleted name reads whole.
        if self.del_open and self.deleted[-1][0] == change[0]:
            self.deleted[-1][2].append(piece)
            self.deleted[-1][3].append(node)
        else:
            self.deleted.append([change[0], change[1], [piece], [node]])
            self.del_open = True


class _Reader:
    """Walks WordprocessingML into a :class:`DocumentBuilder`."""

    def __init__(
        self, builder: DocumentBuilder, styles: _Styles, layout: _Layout, keep_nodes: bool = False
    ):
        self.builder = builder
        self.styles = styles
        self.layout = layout
        self.keep_nodes = keep_nodes
        self.people: dict[tuple[str, str], None] = {}  # ordered set of (name, where)
        self._deleted: list[tuple[str, tuple[str, ...], dict[str, Any]]] = []
        self._refs: dict[tuple[str, str], tuple[tuple[str, ...], int | None]] = {}
        self._last: int | None = None  # index of the last paragraph emitted
        # Where hidden-part paragraphs go: their section and extra attributes.
        self._section: tuple[str, ...] = ()
        self._attrs: dict[str, Any] = {}

    # blocks ---------------------------------------------------------------------

    def blocks(self, parent: etree._Element, part: str, table: bool = False, box: bool = False):
        """Paragraphs and tables under ``parent``, in reading order."""
        for child in parent:
            tag = child.tag
            if tag == _P:
                self.paragraph(child, part, table, box)
            elif tag == _TBL:
                self.blocks(child, part, True, box)
            elif tag in _BLOCK_CONTAINERS:
                self.blocks(child, part, table, box)
            elif tag == _COMMENTSTART and part == "body":
                # A comment anchored between paragraphs belongs with the next one.
                self._refs.setdefault(("comment", child.get(_ID, "")), self._where_next())

    def _where_next(self) -> tuple[tuple[str, ...], int | None]:
        return self.builder.section, len(self.builder.paragraphs)

    def paragraph(self, p: etree._Element, part: str, table: bool, box: bool) -> None:
        style_id = numbered = outline = None
        ppr = p.find(_PPR)
        if ppr is not None:
            el = ppr.find(_PSTYLE)
            style_id = el.get(_VAL) if el is not None else None
            el = ppr.find(_NUMPR)
            if el is not None:
                numid = el.find(_NUMID)
                if numid is not None:
                    numbered = numid.get(_VAL, "0") != "0"
            outline = _outline_level(ppr.find(_OUTLINE))
        style = self.styles.get(style_id)
        level = style.level if outline is None else outline
        is_list = style.is_list if numbered is None else numbered

        acc = _Para(self.keep_nodes)
        self.inline(p, acc, None)
        text = "".join(acc.text).strip()

        if part != "body":
            role = "table" if table else "list" if is_list else "body"
            emitted = self._hidden_paragraph(text, part, role, style=style.name)
        else:
            # Where the paragraph is in word/document.xml, so that a finding can be put
            # back on it as a Word comment (``sardoc check --annotate``).
            attrs = {"style": style.name, "xpath": p.getroottree().getpath(p)}
            if not table and not box:
                level = self._heading_level(p, text, style, style_id, level, outline, is_list)
                if level:
                    attrs["heading_from"] = (
                        "outline" if outline else "style" if style.level else "layout"
                    )
            if table:
                emitted = self.builder.paragraph(text, role="table", **attrs)
            elif level and not box and text:
                emitted = self.builder.heading(text, level, **attrs)
            else:
                if box:
                    attrs["in"] = "text box"
                emitted = self.builder.paragraph(text, role="list" if is_list else "body", **attrs)
        if emitted is not None:
            self._last = emitted.index
            if acc.nodes is not None:
                emitted.attrs["nodes"] = acc.nodes
        section = emitted.section if emitted is not None else self._current_section(part)

        for author, date, pieces, nodes in acc.deleted:
            attrs = {"author": author, "date": date, "of": self._last, "in": part}
            if self.keep_nodes:
                attrs["nodes"] = nodes
            self._deleted.append(("".join(pieces), section, attrs))
        for ref in acc.notes:
            self._refs.setdefault(ref, (section, self._last))
        for cid in acc.comments:
            self._refs.setdefault(("comment", cid), (section, self._last))
        for content in acc.boxes:
            self.blocks(content, part, False, True)

    def _heading_level(self, p, text, style, style_id, level, outline, is_list) -> int:
        """A body paragraph's heading level: from its style or outline, else its layout."""
        contents = self.layout.in_contents(p)  # every paragraph, in order: fields span them
        if not text:
            return level  # an empty heading is skipped below
        if level:
            self.layout.styled(text, level)
            return level
        if outline == 0 or is_list or contents:
            return 0  # marked as body text, a list item, or a line of the contents
        return self.layout.level(p, text, style, style_id)

    def _current_section(self, part: str) -> tuple[str, ...]:
        return self.builder.section if part == "body" else self._section

    # inline content ---------------------------------------------------------------

    def inline(self, parent: etree._Element, acc: _Para, change: tuple[str, str] | None) -> None:
        """Collect the text under a paragraph; ``change`` is the deletion it is inside."""
        for child in parent:
            tag = child.tag
            if tag == _R:
                self.run(child, acc, change)
            elif tag in _INLINE_CONTAINERS:
                self.inline(child, acc, change)
            elif tag == _DEL:
                self.inline(child, acc, (child.get(_AUTHOR, ""), child.get(_DATE, "")))
            elif tag == _SDT:
                content = child.find(_SDTCONTENT)
                if content is not None:
                    self.inline(content, acc, change)
            elif tag == _COMMENTSTART:
                acc.comments.append(child.get(_ID, ""))
            # Anything else (moved-away text, properties, bookmarks, ruby annotations,
            # field codes, maths) is not part of the text a reader sees.

    def run(self, r: etree._Element, acc: _Para, change: tuple[str, str] | None) -> None:
        for child in r:
            tag = child.tag
            if tag == _T or tag == _DELTEXT:
                piece = child.text
                if not piece:
                    continue
                if change is None:
                    if tag == _T:  # the hot path, so keep() is inlined
                        acc.text.append(piece)
                        acc.del_open = False
                        if acc.nodes is not None:
                            acc.nodes.append(child)
                else:
                    acc.delete(piece, change, child)
            elif tag == _TAB or tag == _PTAB:
                self._put(acc, "\t", change, child)
            elif tag == _BR or tag == _CR:
                self._put(acc, "\n", change, child)
            elif tag == _NOBREAKHYPHEN:
                self._put(acc, "-", change, child)
            elif tag == _DRAWING or tag == _PICT or tag == _ALT:
                if change is None:
                    acc.boxes.extend(_text_boxes(child))
            elif tag == _FOOTNOTEREF:
                acc.notes.append(("footnote", child.get(_ID, "")))
            elif tag == _ENDNOTEREF:
                acc.notes.append(("endnote", child.get(_ID, "")))
            elif tag == _COMMENTREF:
                acc.comments.append(child.get(_ID, ""))

    @staticmethod
    def _put(acc: _Para, piece: str, change: tuple[str, str] | None, node) -> None:
        if change is None:
            acc.keep(piece, node)
        else:
            acc.delete(piece, change, node)

    # hidden parts ------------------------------------------------------------------

    def _hidden_paragraph(self, text: str, part: str, role: str, **attrs: Any):
        """A paragraph outside the body, with the section it relates to, if any."""
        if not text:
            return None
        paragraphs = self.builder.paragraphs
        para = Paragraph(
            text=text,
            index=len(paragraphs),
            section=self._section,
            role=role,
            part=part,
            attrs={**attrs, **self._attrs},
        )
        paragraphs.append(para)
        return para

    def hidden(self, root: etree._Element, part: str, section=(), **attrs: Any) -> None:
        """Every paragraph of a header, footer, note or comment."""
        self._section, self._attrs = tuple(section), attrs
        try:
            self.blocks(root, part)
        finally:
            self._section, self._attrs = (), {}

    def notes(self, root: etree._Element, part: str) -> None:
        """Footnotes or endnotes, each placed in the section that refers to it."""
        for note in root:
            if note.tag not in (W + "footnote", W + "endnote"):
                continue
            if note.get(_TYPE) in _NOTE_SEPARATORS:
                continue
            nid = note.get(_ID, "")
            section, of = self._refs.get((part, nid), ((), None))
            self.hidden(note, part, section, id=nid, of=of)

    def comments(self, root: etree._Element) -> None:
        """Comments, with author, initials and date, placed where they are anchored."""
        for comment in root.iterchildren(W + "comment"):
            author = comment.get(_AUTHOR, "")
            if (author, comment.get(_INITIALS, "")) == ("sardoc", "SD"):
                # sardoc's own notes from --annotate: checking an annotated copy again
                # must give the draft's findings, not findings about the notes.
                continue
            if author.strip():
                self.people[(author.strip(), "comment")] = None
            cid = comment.get(_ID, "")
            section, of = self._refs.get(("comment", cid), ((), None))
            self.hidden(
                comment,
                "comment",
                section,
                author=author,
                initials=comment.get(_INITIALS, ""),
                date=comment.get(_DATE, ""),
                id=cid,
                of=of,
            )

    def deleted(self) -> None:
        """Text removed with tracked changes, after everything else it came from."""
        paragraphs = self.builder.paragraphs
        for text, section, attrs in self._deleted:
            text = text.strip()
            if text:
                paragraphs.append(
                    Paragraph(text, len(paragraphs), section, part="deleted", attrs=attrs)
                )

    def people_in(self, root: etree._Element) -> None:
        """Authors of tracked changes anywhere in a part."""
        for el in root.iter(*_CHANGE_TAGS):
            author = (el.get(_AUTHOR) or "").strip()
            if author:
                self.people[(author, "tracked change")] = None

    def properties(self, core, app, custom) -> dict[str, str]:
        """Document properties as ``property`` paragraphs; returns them by name."""
        found: dict[str, str] = {}
        elements: dict[str, list[etree._Element]] = {}
        for root, table in ((core, _CORE_PROPERTIES), (app, _APP_PROPERTIES)):
            if root is None:
                continue
            for tag, name in table:
                el = root.find(tag)
                value = (el.text or "").strip() if el is not None else ""
                if value:
                    found[name] = value
                    elements[name] = [el]
        custom_values: list[tuple[str, str, list[etree._Element]]] = []
        if custom is not None:
            for prop in custom.iterchildren(f"{{{_NS_CUSTOM}}}property"):
                value = "".join(t for t in (v.text for v in prop) if t).strip()
                if value:
                    custom_values.append((prop.get("name", ""), value, [v for v in prop if v.text]))
        keep = self.keep_nodes
        for name, value in found.items():
            para = self._hidden_paragraph(value, "property", "body", property=name)
            if keep and para is not None:
                para.attrs["nodes"] = elements[name]
            if name in _PERSON_PROPERTIES:
                self.people[(value, "property")] = None
        for name, value, nodes in custom_values:
            para = self._hidden_paragraph(value, "property", "body", property="custom", name=name)
            if keep and para is not None:
                para.attrs["nodes"] = nodes
            if name.strip().lower() in ("sardoc-kind", "sardoc-allow", "sardoc-pseudonyms"):
                found.setdefault(name.strip().lower(), value)
        return found


def _text_boxes(el: etree._Element):
    """Text-box contents in a drawing, skipping Word's fallback copy of the same box."""
    for child in el:
        tag = child.tag
        if tag == _TXBX:
            yield child  # a box inside this one is found when its paragraphs are read
        elif tag != _FALLBACK and isinstance(tag, str):
            yield from _text_boxes(child)


def _kind(properties: dict[str, str], path: str) -> str:
    """The kind a ``sardoc-kind`` custom property or keyword names, else ""."""
    kind = properties.get("sardoc-kind", "").strip().lower()
    if not kind:
        m = _KIND_CUE.search(properties.get("keywords", ""))
        kind = m.group(1).lower() if m else ""
    if kind and kind not in DOCUMENT_KINDS:
        raise InputError(
            f"document properties: unknown sardoc-kind '{kind}'; known: "
            f"{', '.join(DOCUMENT_KINDS)}",
            path,
        )
    return kind
