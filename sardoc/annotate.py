"""Findings as Word comments in a copy of the draft (``sardoc check DRAFT.docx --annotate OUT``).

Report authors and business managers work in Word, so the findings go where they
read: a comment by "sardoc" on the words a finding is about, or on the heading of
its section (or the document's first paragraph) when it is about something missing.
Only three parts change: word/document.xml gains the comment anchors, word/comments.xml
gains the comments (it is created, with its relationship and content type, if the
draft has none), and everything else, existing comments, tracked changes, styles,
headers, footers and footnotes included, is copied byte for byte.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable

from lxml import etree

from .document import Document
from .errors import InputError
from .findings import Finding
from .sources.docx.package import NS_REL, NS_W, XML_SPACE, Package, W, xml_bytes

_NS = {"w": NS_W}
_COMMENTS_REL = NS_REL + "/comments"
_COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
AUTHOR, INITIALS = "sardoc", "SD"


def annotate(data: bytes, document: Document, findings: Iterable[Finding], path: str) -> bytes:
    """The .docx ``data`` with one comment per finding; ``document`` is it as read.

    The package is opened as the reader opens it (:class:`~sardoc.sources.docx.package.Package`),
    so every part copied is held to the same limits: a package the reader would refuse,
    or a part too large to copy, is refused here with the reader's message.

    Raises:
        InputError: the package is unreadable, too large, or not a Word document.
    """
    package = Package(data, path)
    body = package.xml("word/document.xml")
    if body is None:
        raise InputError("not a Word document: the package has no word/document.xml", path)
    has_comments = "word/comments.xml" in package.parts
    comments = package.xml("word/comments.xml") if has_comments else None
    if comments is None:
        has_comments = False
        comments = etree.Element(W + "comments", nsmap={"w": NS_W})
    used = [
        int(c.get(W + "id")) for c in comments.iter(W + "comment") if c.get(W + "id", "").isdigit()
    ]
    used += [
        int(c.get(W + "id"))
        for c in body.iter(W + "commentReference")
        if c.get(W + "id", "").isdigit()
    ]
    next_id = max(used, default=-1) + 1
    tree = body.getroottree()
    first_body = _first_paragraph(body)
    # A finding with several places (a word repeated) gets a comment at each.
    for finding in (one for f in findings for one in f.each_place()):
        target, text = _target(document, finding)
        el = _element(tree, document, target) if target is not None else None
        if el is None:
            el, text = first_body, None
        if el is None:
            continue
        _anchor(el, next_id, text)
        comments.append(_comment(next_id, finding))
        next_id += 1
    # By lower-case part name, as the package lists them (names are case-insensitive).
    changed = {"word/document.xml": body, "word/comments.xml": comments}
    if not has_comments:
        changed["word/_rels/document.xml.rels"] = _add_relationship(package)
        changed["[content_types].xml"] = _add_content_type(package)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, info in package.parts.items():
            root = changed.pop(name, None)
            # Every other part is copied byte for byte, read within the package's limits.
            blob = _xml(root) if root is not None else package.bytes(name)
            dst.writestr(info, blob)
        for name, root in changed.items():  # parts the draft did not have
            if root is not None:
                dst.writestr(name, _xml(root))
    return out.getvalue()


_xml = xml_bytes


def _first_paragraph(body):
    return next(iter(body.iter(W + "p")), None)


def _target(document: Document, f: Finding) -> tuple[int | None, str | None]:
    """The body paragraph to comment on, and the words to anchor to (None: all of it)."""
    i = f.location.paragraph
    if i is not None and 0 <= i < len(document.paragraphs):
        para = document.paragraphs[i]
        if para.part == "body":
            return i, f.text
        # In a hidden part (footnote, deleted text, comment): the paragraph it belongs to.
        return para.attrs.get("of"), None
    if f.location.section:
        for p in document.paragraphs:
            if p.is_heading and p.section == tuple(f.location.section):
                return p.index, None
    return None, None


def _element(tree, document: Document, index: int):
    xpath = (
        document.paragraphs[index].attrs.get("xpath") if index < len(document.paragraphs) else None
    )
    if not xpath:
        return None
    found = tree.xpath(xpath, namespaces=_NS)
    return found[0] if found else None


def _own_runs(p) -> list:
    """The paragraph's runs in order (inside insertions and links too), not text boxes'."""
    runs = []
    for r in p.iter(W + "r"):
        parent = r.getparent()
        while parent is not None and parent.tag != W + "p":
            parent = parent.getparent()
        if parent is p:
            runs.append(r)
    return runs


def _run_text(r) -> str:
    return "".join(t.text or "" for t in r.iter(W + "t", W + "tab"))


def _splittable(run) -> bool:
    """A run holding one piece of text (and its formatting) can be cut in two."""
    kids = [k for k in run if k.tag != W + "rPr"]
    return len(kids) == 1 and kids[0].tag == W + "t"


def _split(run, at: int):
    """Cut ``run`` after ``at`` characters; both halves keep its formatting. Returns the second."""
    from copy import deepcopy

    second = deepcopy(run)
    t1, t2 = run.find(W + "t"), second.find(W + "t")
    text = t1.text or ""
    t1.text, t2.text = text[:at], text[at:]
    for t in (t1, t2):
        t.set(XML_SPACE, "preserve")
    run.addnext(second)
    return second


def _anchor(p, cid: int, text: str | None) -> None:
    """commentRangeStart/End around ``text`` in ``p``, or around all of it.

    A run is cut where the words start or end inside it (both halves keep the
    formatting), so the comment covers exactly the words; a run with more than text
    in it (a tab, a field) is covered whole instead.
    """
    runs = [r for r in _own_runs(p) if r.find(W + "delText") is None]
    start_run = end_run = None
    if text and runs:
        joined, starts, pos = "", [], 0
        for r in runs:
            starts.append(pos)
            s = _run_text(r)
            joined += s
            pos += len(s)
        at = joined.find(text)
        if at >= 0:
            end = at + len(text)
            i_s = next(i for i, s in enumerate(starts) if s <= at < s + len(_run_text(runs[i])))
            i_e = max(i for i, s in enumerate(starts) if s < end)
            start_run, end_run = runs[i_s], runs[i_e]
            cut = end - starts[i_e]
            if cut < len(_run_text(end_run)) and _splittable(end_run):
                _split(end_run, cut)  # end_run keeps the part up to the end of the words
            cut = at - starts[i_s]
            if cut > 0 and _splittable(start_run):
                second = _split(start_run, cut)
                end_run = second if end_run is start_run else end_run
                start_run = second
    start = etree.Element(W + "commentRangeStart")
    start.set(W + "id", str(cid))
    finish = etree.Element(W + "commentRangeEnd")
    finish.set(W + "id", str(cid))
    ref_run = etree.Element(W + "r")
    ref = etree.SubElement(ref_run, W + "commentReference")
    ref.set(W + "id", str(cid))
    if start_run is not None and end_run is not None:
        start_run.addprevious(start)
        end_run.addnext(finish)
        finish.addnext(ref_run)
        return
    ppr = p.find(W + "pPr")
    if ppr is not None:
        ppr.addnext(start)
    else:
        p.insert(0, start)
    p.append(finish)
    p.append(ref_run)


def _comment(cid: int, f: Finding):
    c = etree.Element(W + "comment")
    c.set(W + "id", str(cid))
    c.set(W + "author", AUTHOR)
    c.set(W + "initials", INITIALS)
    for text in (f"{f.rule_id} ({f.severity}): {f.message}", f.hint):
        if not text:
            continue
        p = etree.SubElement(c, W + "p")
        r = etree.SubElement(p, W + "r")
        t = etree.SubElement(r, W + "t")
        t.text = text
        t.set(XML_SPACE, "preserve")
    return c


def _add_relationship(package: Package):
    """document.xml.rels with a relationship to comments.xml (None if the part is absent)."""
    root = package.xml("word/_rels/document.xml.rels")
    if root is None:
        return None
    ids = {r.get("Id") for r in root}
    n = 1
    while f"rIdSardoc{n}" in ids:
        n += 1
    rel = etree.SubElement(root, f"{{{root.nsmap.get(None, '')}}}Relationship")
    rel.set("Id", f"rIdSardoc{n}")
    rel.set("Type", _COMMENTS_REL)
    rel.set("Target", "comments.xml")
    return root


def _add_content_type(package: Package):
    """[Content_Types].xml declaring comments.xml (None if the part is absent)."""
    root = package.xml("[Content_Types].xml")
    if root is None:
        return None
    over = etree.SubElement(root, f"{{{root.nsmap.get(None, '')}}}Override")
    over.set("PartName", "/word/comments.xml")
    over.set("ContentType", _COMMENTS_TYPE)
    return root
