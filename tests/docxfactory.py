"""Build small .docx packages from raw WordprocessingML, for tests.

python-docx cannot write tracked changes, content controls, comments with
anchors or footnotes, so tests that need them write the XML themselves:

    path = make_docx(tmp_path, p("Findings", "Heading1") + p("Text"), styles=HEADING_STYLES)

Every argument that takes XML takes the *inside* of the part's root element;
the factory adds the root, the namespaces and the package plumbing.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (
    f'xmlns:w="{W_NS}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"

#: Styles as Word writes them: built-in names are lower case ("heading 1").
HEADING_STYLES = """
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>
  <w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>
  <w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>
  <w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/>
  <w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
"""


def t(text: str) -> str:
    """A run of text."""
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def p(content: str = "", style: str | None = None, ppr: str = "", raw: bool = False) -> str:
    """A paragraph; ``content`` is text unless ``raw`` (then it is run-level XML)."""
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    props += ppr
    inner = content if raw else t(content)
    return f"<w:p>{f'<w:pPr>{props}</w:pPr>' if props else ''}{inner}</w:p>"


def ins(text: str, author: str = "Editor One", date: str = "2024-05-01T10:00:00Z") -> str:
    return f'<w:ins w:id="1" w:author="{author}" w:date="{date}">{t(text)}</w:ins>'


def dele(text: str, author: str = "Editor One", date: str = "2024-05-01T10:00:00Z") -> str:
    run = f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r>'
    return f'<w:del w:id="2" w:author="{author}" w:date="{date}">{run}</w:del>'


def table(rows: list[list[str]]) -> str:
    """A table of one-paragraph cells (cells may be raw block XML starting with '<')."""
    out = []
    for row in rows:
        cells = "".join(f"<w:tc>{c if c.startswith('<') else p(c)}</w:tc>" for c in row)
        out.append(f"<w:tr>{cells}</w:tr>")
    return f"<w:tbl><w:tblPr/>{''.join(out)}</w:tbl>"


def comment(cid: int, text: str, author: str, initials: str = "", date: str = "") -> str:
    return (
        f'<w:comment w:id="{cid}" w:author="{author}" w:initials="{initials}" w:date="{date}">'
        f"{p(text)}</w:comment>"
    )


def make_docx(
    folder: Path,
    body: str = "",
    *,
    name: str = "draft.docx",
    styles: str | None = None,
    comments: str | None = None,
    footnotes: list[str] | str | None = None,
    endnotes: list[str] | str | None = None,
    headers: list[str] | None = None,
    footers: list[str] | None = None,
    core: dict[str, str] | None = None,
    app: dict[str, str] | None = None,
    custom: dict[str, str] | None = None,
    document: str | bytes | None = None,
    extra: dict[str, str | bytes] | None = None,
    omit: tuple[str, ...] = (),
) -> Path:
    """Write a .docx and return its path.

    Args:
        folder: where to write it.
        body: block-level XML inside ``w:body``.
        styles: ``w:style`` elements for word/styles.xml.
        comments: ``w:comment`` elements for word/comments.xml.
        footnotes, endnotes: a list of note bodies (block XML; ids 1, 2, ...; Word's
            separator notes -1 and 0 are added), or a string of raw note elements.
        headers, footers: block XML for header1.xml, header2.xml ... (footer likewise).
        core: ``{"dc:creator": "...", "cp:lastModifiedBy": ...}`` for docProps/core.xml.
        app: ``{"Company": ..., "Manager": ...}`` for docProps/app.xml.
        custom: name -> string value for docProps/custom.xml.
        document: the whole word/document.xml, replacing the one built from ``body``.
        extra: more parts by name, written as given (they win over built ones).
        omit: part names to leave out.
    """
    parts: dict[str, str | bytes] = {}
    rels: list[tuple[str, str]] = []  # (type, target) from word/document.xml
    overrides: list[tuple[str, str]] = [("/word/document.xml", f"{_CT}.document.main+xml")]

    parts["word/document.xml"] = (
        document
        if document is not None
        else f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<w:document {NAMESPACES}><w:body>{body}<w:sectPr/></w:body></w:document>"
    )
    if styles is not None:
        parts["word/styles.xml"] = f"<w:styles {NAMESPACES}>{styles}</w:styles>"
        rels.append(("styles", "styles.xml"))
        overrides.append(("/word/styles.xml", f"{_CT}.styles+xml"))
    if comments is not None:
        parts["word/comments.xml"] = f"<w:comments {NAMESPACES}>{comments}</w:comments>"
        rels.append(("comments", "comments.xml"))
        overrides.append(("/word/comments.xml", f"{_CT}.comments+xml"))
    for kind, notes in (("footnote", footnotes), ("endnote", endnotes)):
        if notes is None:
            continue
        if not isinstance(notes, str):
            sep = "<w:p><w:r><w:separator/></w:r></w:p>"
            cont = "<w:p><w:r><w:continuationSeparator/></w:r></w:p>"
            notes = (
                f'<w:{kind} w:type="separator" w:id="-1">{sep}</w:{kind}>'
                f'<w:{kind} w:type="continuationSeparator" w:id="0">{cont}</w:{kind}>'
                + "".join(f'<w:{kind} w:id="{i}">{n}</w:{kind}>' for i, n in enumerate(notes, 1))
            )
        parts[f"word/{kind}s.xml"] = f"<w:{kind}s {NAMESPACES}>{notes}</w:{kind}s>"
        rels.append((f"{kind}s", f"{kind}s.xml"))
        overrides.append((f"/word/{kind}s.xml", f"{_CT}.{kind}s+xml"))
    for kind, root, items in (("header", "hdr", headers), ("footer", "ftr", footers)):
        for i, xml in enumerate(items or [], 1):
            parts[f"word/{kind}{i}.xml"] = f"<w:{root} {NAMESPACES}>{xml}</w:{root}>"
            rels.append((kind, f"{kind}{i}.xml"))
            overrides.append((f"/word/{kind}{i}.xml", f"{_CT}.{kind}+xml"))

    pkg_rels = [(f"{_REL}/officeDocument", "word/document.xml")]
    if core is not None:
        props = "".join(f"<{k}>{escape(v)}</{k}>" for k, v in core.items())
        parts["docProps/core.xml"] = (
            "<cp:coreProperties "
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"{props}</cp:coreProperties>"
        )
        pkg_rels.append((f"{_PKG_REL}/metadata/core-properties", "docProps/core.xml"))
        overrides.append(
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
        )
    if app is not None:
        props = "".join(f"<{k}>{escape(v)}</{k}>" for k, v in app.items())
        parts["docProps/app.xml"] = (
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
            f'extended-properties">{props}</Properties>'
        )
        pkg_rels.append((f"{_REL}/extended-properties", "docProps/app.xml"))
        overrides.append(
            (
                "/docProps/app.xml",
                "application/vnd.openxmlformats-officedocument.extended-properties+xml",
            )
        )
    if custom is not None:
        props = "".join(
            '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" '
            f'pid="{i}" name="{escape(k)}"><vt:lpwstr>{escape(v)}</vt:lpwstr></property>'
            for i, (k, v) in enumerate(custom.items(), 2)
        )
        parts["docProps/custom.xml"] = (
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
            'custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
            f'2006/docPropsVTypes">{props}</Properties>'
        )
        pkg_rels.append((f"{_REL}/custom-properties", "docProps/custom.xml"))
        overrides.append(
            (
                "/docProps/custom.xml",
                "application/vnd.openxmlformats-officedocument.custom-properties+xml",
            )
        )

    parts["[Content_Types].xml"] = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + "".join(f'<Override PartName="{n}" ContentType="{c}"/>' for n, c in overrides)
        + "</Types>"
    )
    parts["_rels/.rels"] = _relationships(pkg_rels)
    parts["word/_rels/document.xml.rels"] = _relationships(
        [(f"{_REL}/{kind}", target) for kind, target in rels]
    )
    parts.update(extra or {})

    path = Path(folder) / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for part, content in parts.items():
            if part not in omit:
                z.writestr(part, content)
    return path


def _relationships(items: list[tuple[str, str]]) -> str:
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{kind}" Target="{target}"/>'
        for i, (kind, target) in enumerate(items, 1)
    )
    return f'<Relationships xmlns="{_PKG_REL}">{rels}</Relationships>'


def bold(text: str) -> str:
    """A bold run of text."""
    return f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def sized(text: str, points: float) -> str:
    """A run of text in a given type size."""
    return (
        f'<w:r><w:rPr><w:sz w:val="{round(points * 2)}"/></w:rPr>'
        f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
    )


def sample_builder():
    """``scripts/build_sample_docx.py`` as a module: Word files from Markdown in three
    heading shapes (Heading styles, bold Normal paragraphs, larger type)."""
    import importlib.util

    script = Path(__file__).resolve().parents[1] / "scripts" / "build_sample_docx.py"
    spec = importlib.util.spec_from_file_location("build_sample_docx", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
