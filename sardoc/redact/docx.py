"""Word: identifiers replaced inside the XML runs, and the file's people scrubbed.

Every part that holds text is edited in place: body, headers, footers, footnotes,
endnotes, comments, including text in tracked insertions and deletions (deleted text
is still in the file). A name split across runs ("Ja" + "ne Hughes", as Word often
stores it) is found on the paragraph's joined text; the placeholder goes into the
first run, keeping its formatting, and the rest of the name is removed from the
others. Authors of comments and tracked changes become "Reviewer", and the document
properties that name people are emptied. Every other part is copied byte for byte.
"""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT_TAGS = (W + "t", W + "delText")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_TEXT_PARTS = re.compile(
    r"^word/(document|header\d*|footer\d*|footnotes|endnotes|comments|comments\w*)\.xml$", re.I
)
_NEUTRAL = "Reviewer"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)

#: Core and extended properties that name people or organisations behind the file.
_EMPTIED = {
    "docProps/core.xml": ("creator", "lastModifiedBy"),
    "docProps/app.xml": ("Company", "Manager"),
}
#: Properties whose text is kept but redacted like the body.
_TEXT_PROPS = ("title", "subject", "description", "keywords", "category")


def redact(data: bytes, document, plan) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info)
            name = info.filename
            if _TEXT_PARTS.match(name):
                blob = _text_part(blob, plan)
            elif name in _EMPTIED or name == "docProps/custom.xml":
                blob = _properties(blob, name, plan)
            elif name == "word/people.xml":
                blob = _people(blob)
            dst.writestr(info, blob)
    return out.getvalue()


def _serialise(root) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _text_part(blob: bytes, plan) -> bytes:
    root = etree.fromstring(blob, _PARSER)
    for p in root.iter(W + "p"):
        _paragraph(p, plan)
    for el in root.iter():
        # Authors of comments and of every kind of tracked change (w:ins, w:del,
        # w:rPrChange, w:pPrChange ...), and comment initials.
        if el.get(W + "author") is not None:
            el.set(W + "author", _NEUTRAL)
        if el.get(W + "initials") is not None:
            el.set(W + "initials", "R")
    return _serialise(root)


def _own_text_nodes(p):
    """Text nodes whose nearest paragraph is ``p`` (not one in a text box inside it)."""
    for t in p.iter(*_TEXT_TAGS):
        parent = t.getparent()
        while parent is not None and parent.tag != W + "p":
            parent = parent.getparent()
        if parent is p:
            yield t


def _paragraph(p, plan) -> None:
    pattern = plan.pattern()
    if pattern is None:
        return
    nodes = list(_own_text_nodes(p))
    joined = "".join(t.text or "" for t in nodes)
    matches = list(pattern.finditer(joined))
    if not matches:
        return
    starts = []
    pos = 0
    for t in nodes:
        starts.append(pos)
        pos += len(t.text or "")
    for m in reversed(matches):
        _replace(nodes, starts, m.start(), m.end(), plan.replacements[m.group()])


def _replace(nodes, starts, start: int, end: int, placeholder: str) -> None:
    first = True
    for t, s in zip(nodes, starts, strict=True):
        text = t.text or ""
        e = s + len(text)
        if e <= start or s >= end:
            continue
        a, b = max(start, s) - s, min(end, e) - s
        t.text = text[:a] + (placeholder if first else "") + text[b:]
        t.set(_XML_SPACE, "preserve")
        first = False


def _properties(blob: bytes, name: str, plan) -> bytes:
    root = etree.fromstring(blob, _PARSER)
    emptied = _EMPTIED.get(name, ())
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        local = etree.QName(el).localname
        if local in emptied:
            el.text = ""
        elif el.text and (local in _TEXT_PROPS or name == "docProps/custom.xml"):
            el.text = plan.apply(el.text)
    return _serialise(root)


def _people(blob: bytes) -> bytes:
    """word/people.xml lists everyone who edited: keep the entries, drop who they were."""
    root = etree.fromstring(blob, _PARSER)
    for el in root.iter():
        for attr in list(el.attrib):
            if etree.QName(attr).localname in ("author", "userId", "providerId"):
                el.set(attr, _NEUTRAL if etree.QName(attr).localname == "author" else "")
    return _serialise(root)
