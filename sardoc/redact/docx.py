"""Redacting Word files: edit the text in the XML runs where it is, keep everything else.

The package is opened, and every part read, through the one way into a Word package
(:mod:`sardoc.sources.docx.package`), with the reader's limits. The Word reader,
asked to (:func:`sardoc.sources.docx.read_for_editing`), keeps the
XML elements behind each paragraph's text, in every place it reads: the body and its
tables, tracked insertions and deletions (``w:delText``), headers, footers, footnotes,
endnotes, comments, text boxes and document properties. An identifier is replaced in
those elements: the placeholder takes the place (and the formatting) of the run where
the identifier starts, and the rest of it is removed from the runs it spilled into.

Then what names people without being text (issue 3, "hidden places") is scrubbed:
comment and tracked-change authors become "Reviewer 1", "Reviewer 2"... (with
initials "R1"...), ``docProps`` author, last-modified-by, company and manager are
emptied, the thumbnail picture of the first page is removed, the people list Word
keeps for co-authoring loses its account details, and an attached template's path
(which often holds a user name) keeps only its file name.
Copies of replaced identifiers in field codes, alternative text and hyperlink targets
are replaced too, and the older-format copy Word keeps of each text box (``mc:Fallback``)
gets the redacted text. Every other part (styles, numbering, images) is copied unchanged.
"""

from __future__ import annotations

import io
import zipfile
from collections import Counter
from collections.abc import Callable
from copy import deepcopy
from pathlib import Path
from urllib.parse import quote

from lxml import etree

from ..document import Document, Paragraph
from ..identify import Hit
from ..sources.docx import read_for_editing
from ..sources.docx.package import (
    NS_APP,
    NS_CORE,
    NS_DC,
    NS_MC,
    NS_PKG_REL,
    NS_W15,
    XML_SPACE,
    W,
    xml_bytes,
)
from .plan import Placeholders

_T, _DELTEXT = W + "t", W + "delText"
#: Elements that stand for one character of a paragraph's text.
_ONE_CHAR = {
    W + "tab": "\t",
    W + "ptab": "\t",
    W + "br": "\n",
    W + "cr": "\n",
    W + "noBreakHyphen": "-",
}
_AUTHOR, _INITIALS = W + "author", W + "initials"
_ALT, _CHOICE, _FALLBACK = (f"{{{NS_MC}}}{t}" for t in ("AlternateContent", "Choice", "Fallback"))
_TXBX = W + "txbxContent"

#: Properties that name the people who wrote or manage the file: emptied.
_CLEARED = (
    ("docProps/core.xml", f"{{{NS_DC}}}creator"),
    ("docProps/core.xml", f"{{{NS_CORE}}}lastModifiedBy"),
    ("docProps/app.xml", f"{{{NS_APP}}}Company"),
    ("docProps/app.xml", f"{{{NS_APP}}}Manager"),
)


def redact(
    path: Path,
    data: bytes,
    choose: Callable[[Document], list[Hit]],
    names: Placeholders,
    stats: Counter,
) -> bytes:
    """The .docx package's bytes with every chosen identifier replaced and metadata scrubbed.

    Args:
        path: the input's path, for messages.
        data: the bytes to redact (the input, or the output of an earlier pass).
        choose: the identifiers to replace in a document read from ``data``.
        names: placeholders and reviewer names, shared by every pass.
        stats: counts to add to: ``metadata`` (properties and paths emptied) and
            ``elsewhere`` (copies replaced in field codes, alternative text, links).
    """
    document, package = read_for_editing(path, data)
    edit = _Edit(package)
    hits = choose(document)
    names.prepare(h.span for h in hits)
    by_paragraph: dict[int, list[Hit]] = {}
    for hit in hits:
        if hit.paragraph is not None:  # authors named only in metadata are scrubbed below
            by_paragraph.setdefault(hit.paragraph.index, []).append(hit)
    for index, para_hits in by_paragraph.items():
        para = document.paragraphs[index]
        if not _replace_in_paragraph(para, para_hits, names, edit):
            # The text could not be lined up with its runs (it should always can): let
            # the copies pass find it, and the check after redaction report it if not.
            for hit in para_hits:
                names.distinctive.setdefault(hit.span.text, names.text_for(hit.span, False))

    edit.fallbacks()
    edit.authors(names)
    stats["metadata"] += edit.properties()
    stats["metadata"] += edit.template_path()
    stats["metadata"] += edit.thumbnail()
    edit.people(names)
    stats["elsewhere"] += edit.leftovers(names)
    return edit.write()


# -- text in runs ----------------------------------------------------------------


def _piece(node: etree._Element) -> str:
    return _ONE_CHAR.get(node.tag) or node.text or ""


def _align(text: str, raw: str) -> list[int] | None:
    """For each character of ``text``, its index in ``raw``.

    The reader strips a paragraph and a heading's spaces are collapsed, so ``raw``
    may have whitespace ``text`` has not; anything else not matching is a failure.
    """
    out = []
    j = 0
    for ch in text:
        while j < len(raw) and raw[j] != ch and not (ch.isspace() and raw[j].isspace()):
            if not raw[j].isspace():
                return None
            j += 1
        if j >= len(raw):
            return None
        out.append(j)
        j += 1
    return out


def _replace_in_paragraph(
    para: Paragraph, hits: list[Hit], names: Placeholders, edit: _Edit
) -> bool:
    nodes = para.attrs.get("nodes")
    if not nodes:
        return False
    pieces = [_piece(n) for n in nodes]
    where = _align(para.text, "".join(pieces))
    if where is None:
        return False
    starts = []
    pos = 0
    for piece in pieces:
        starts.append(pos)
        pos += len(piece)
    # Last identifier first: an edit changes a run only at and after its own start,
    # so the positions of the identifiers before it stay true.
    for hit in sorted(hits, key=lambda h: h.span.start, reverse=True):
        span = hit.span
        if span.end <= span.start:
            continue
        lo, hi = where[span.start], where[span.end - 1] + 1
        text = names.text_for(span)
        put = False
        for k, node in enumerate(nodes):
            a, b = starts[k], starts[k] + len(pieces[k])
            if b <= lo or a >= hi:
                continue
            edit.touch(node)
            if node.tag in _ONE_CHAR:
                parent = node.getparent()
                if parent is not None:
                    parent.remove(node)
                continue
            current = node.text or ""
            s, e = max(lo, a) - a, min(hi, b) - a
            node.text = current[:s] + ("" if put else text) + current[e:]
            put = True
            if node.tag in (_T, _DELTEXT):
                node.set(XML_SPACE, "preserve")
    return True


# -- the package -------------------------------------------------------------------


class _Edit:
    """The package being edited: parsed parts and which of them changed."""

    def __init__(self, package) -> None:
        self.package = package
        self.dirty: set[str] = set()
        self.removed: set[str] = set()
        self._names = {id(root): name for name, root in package.parsed.items()}

    def touch(self, el: etree._Element) -> None:
        name = self._names.get(id(el.getroottree().getroot()))
        if name is not None:
            self.dirty.add(name)

    def part(self, name: str, *must_hold: bytes) -> etree._Element | None:
        """A part, parsed (once); None if absent, or if not parsed yet and its bytes
        hold none of ``must_hold`` (which spares parsing themes, fonts and the like)."""
        name = name.lower()
        root = self.package.parsed.get(name)
        if root is None:
            if name not in self.package.parts:
                return None
            blob = None
            if must_hold:
                blob = self.package.bytes(name) or b""
                if not any(m in blob for m in must_hold):
                    return None
            root = self.package.xml(name, blob)
            self._names[id(root)] = name
        return root

    def names_like(self, prefix: str = "", suffix: str = "") -> list[str]:
        return [n for n in self.package.parts if n.startswith(prefix) and n.endswith(suffix)]

    def fallbacks(self) -> None:
        """Word keeps a second copy of each text box for older readers (VML, in
        ``mc:Fallback``), which the reader skips: give it the redacted text too."""
        for name in list(self.dirty):
            root = self.package.parsed[name]
            for alt in root.iter(_ALT):
                choice, fallback = alt.find(_CHOICE), alt.find(_FALLBACK)
                if choice is None or fallback is None:
                    continue
                new = list(choice.iter(_TXBX))
                old = list(fallback.iter(_TXBX))
                if not new or len(new) != len(old):
                    continue
                for a, b in zip(new, old, strict=True):
                    b.getparent().replace(b, deepcopy(a))

    # metadata ------------------------------------------------------------------------

    def authors(self, names: Placeholders) -> None:
        """Comment and tracked-change authors, anywhere in the document's parts."""
        for name in self.names_like("word/", ".xml"):
            root = self.part(name, b"author=")
            if root is None:
                continue
            for el in root.iter():
                author = el.get(_AUTHOR)
                if author is None:
                    continue
                el.set(_AUTHOR, names.reviewer(author))
                if el.get(_INITIALS) is not None:
                    el.set(_INITIALS, names.initials(author))
                self.dirty.add(name)

    def people(self, names: Placeholders) -> None:
        """word/people.xml: co-authors' names and the accounts (e-mail) behind them."""
        root = self.part("word/people.xml")
        if root is None:
            return
        for person in root.iter(f"{{{NS_W15}}}person"):
            author = person.get(f"{{{NS_W15}}}author")
            if author is not None:
                person.set(f"{{{NS_W15}}}author", names.reviewer(author))
            for info in list(person.iter(f"{{{NS_W15}}}presenceInfo")):
                info.getparent().remove(info)
            self.dirty.add("word/people.xml")

    def properties(self) -> int:
        cleared = 0
        for part, tag in _CLEARED:
            root = self.part(part)
            el = root.find(tag) if root is not None else None
            if el is not None and (el.text or "").strip():
                el.text = None
                cleared += 1
                self.dirty.add(part.lower())
        return cleared

    def template_path(self) -> int:
        """An attached template's full path names the user's folder: keep the file name."""
        root = self.part("word/_rels/settings.xml.rels")
        if root is None:
            return 0
        changed = 0
        for rel in root.iter(f"{{{NS_PKG_REL}}}Relationship"):
            target = rel.get("Target", "")
            is_template = rel.get("Type", "").endswith("/attachedTemplate")
            if is_template and ("/" in target or "\\" in target):
                rel.set("Target", target.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1])
                changed += 1
                self.dirty.add("word/_rels/settings.xml.rels")
        return changed

    def thumbnail(self) -> int:
        """The picture of the first page Word can save with a file shows the original
        text: remove it (and its relationship and content type)."""
        rels = self.part("_rels/.rels")
        if rels is None:
            return 0
        for rel in list(rels.iter(f"{{{NS_PKG_REL}}}Relationship")):
            if not rel.get("Type", "").endswith("/metadata/thumbnail"):
                continue
            target = rel.get("Target", "").lstrip("/").lower()
            rels.remove(rel)
            self.dirty.add("_rels/.rels")
            self.removed.add(target)
            types = self.part("[content_types].xml")
            if types is not None:
                for override in list(types):
                    if (override.get("PartName") or "").lstrip("/").lower() == target:
                        types.remove(override)
                        self.dirty.add("[content_types].xml")
            return 1
        return 0

    def leftovers(self, names: Placeholders) -> int:
        """Copies of replaced identifiers in text the reader does not show to rules."""
        pattern = names.leftovers()
        if pattern is None:
            return 0
        count = 0

        def sub(value: str, url: bool = False) -> str:
            def one(m) -> str:
                nonlocal count
                count += 1
                name = names.replacement(m.group(0))
                return quote(name) if url else name

            return pattern.sub(one, value)

        for name in self.names_like("word/", ".xml") + ["docprops/app.xml"]:
            root = self.part(name, b"instr", b"descr=", b"title=", b"TitlesOfParts", b"Fallback")
            if root is None:
                continue
            before = count
            for el in root.iter():
                if not isinstance(el.tag, str):
                    continue
                local = etree.QName(el).localname
                if local == "instrText" or name == "docprops/app.xml":
                    if el.text:
                        el.text = sub(el.text)
                for attr in ("descr", "title", W + "instr"):
                    value = el.get(attr)
                    if value and (attr == W + "instr" or local in ("docPr", "cNvPr")):
                        el.set(attr, sub(value))
            for fallback in root.iter(_FALLBACK):  # a text box's copy not paired above
                for el in fallback.iter(_T):
                    if el.text:
                        el.text = sub(el.text)
            if count > before:
                self.dirty.add(name)
        for name in self.names_like("", ".rels"):
            root = self.part(name, b"External")
            if root is None:
                continue
            before = count
            for rel in root.iter(f"{{{NS_PKG_REL}}}Relationship"):
                if rel.get("TargetMode") == "External" and rel.get("Target"):
                    rel.set("Target", sub(rel.get("Target"), url=True))
            if count > before:
                self.dirty.add(name)
        return count

    # writing ---------------------------------------------------------------------

    def write(self) -> bytes:
        """The package again: changed parts serialised, every other part as it was."""
        out = io.BytesIO()
        seen: set[str] = set()
        with zipfile.ZipFile(out, "w") as z:
            for info in self.package.zip.infolist():
                name = info.filename.replace("\\", "/").lstrip("/").lower()
                if name in seen or name in self.removed or info.is_dir():
                    continue
                seen.add(name)
                if name in self.dirty:
                    data = xml_bytes(self.package.parsed[name])
                else:
                    data = self.package.bytes(name) or b""
                copy = zipfile.ZipInfo(info.filename, info.date_time)
                # Deflate whatever was compressed (zipfile cannot write every method).
                stored = info.compress_type == zipfile.ZIP_STORED
                copy.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
                copy.external_attr = info.external_attr
                z.writestr(copy, data)
        return out.getvalue()
