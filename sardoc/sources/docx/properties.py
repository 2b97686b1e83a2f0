"""Document properties (docProps/*.xml), the kind they declare, and what the package carries."""

from __future__ import annotations

import re

from lxml import etree

from ...document import canonical_kind, unknown_kind
from ...errors import InputError
from ...lazyre import lazy_compile
from .package import NS_APP, NS_CORE, NS_CUSTOM, NS_DC, Package

_KIND_CUE = lazy_compile(r"sardoc-kind\s*:\s*([a-z0-9-]+)", re.I)

#: Core properties (docProps/core.xml) shown as ``property`` paragraphs.
_CORE_PROPERTIES = (
    (f"{{{NS_DC}}}creator", "author"),
    (f"{{{NS_CORE}}}lastModifiedBy", "last_modified_by"),
    (f"{{{NS_DC}}}title", "title"),
    (f"{{{NS_DC}}}subject", "subject"),
    (f"{{{NS_CORE}}}keywords", "keywords"),
    (f"{{{NS_DC}}}description", "description"),
    (f"{{{NS_CORE}}}category", "category"),
)
_APP_PROPERTIES = ((f"{{{NS_APP}}}Company", "company"), (f"{{{NS_APP}}}Manager", "manager"))
#: Properties that name a person.
_PERSON_PROPERTIES = frozenset({"author", "last_modified_by", "manager"})

#: Parts a document to be published should not carry: code and other files inside it.
_CARRIED = (
    ("macros", lazy_compile(r"(^|/)vbaproject\.bin$|(^|/)vbadata\.xml$")),
    ("an embedded object", lazy_compile(r"^word/embeddings/")),
    ("an ActiveX control", lazy_compile(r"^word/activex/")),
)
#: Relationships whose external target Word would fetch or link (hyperlinks are fine).
_FETCHED = lazy_compile(r"/(image|oleObject|attachedTemplate|subDocument|frame|package)$")


def package_contents(package: Package) -> list[dict[str, str]]:
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


def read_properties(reader, core, app, custom) -> dict[str, str]:
    """Document properties as ``property`` paragraphs of ``reader``; returns them by name."""
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
        for prop in custom.iterchildren(f"{{{NS_CUSTOM}}}property"):
            value = "".join(t for t in (v.text for v in prop) if t).strip()
            if value:
                custom_values.append((prop.get("name", ""), value, [v for v in prop if v.text]))
    keep = reader.keep_nodes
    for name, value in found.items():
        para = reader.hidden_paragraph(value, "property", "body", property=name)
        if keep and para is not None:
            para.attrs["nodes"] = elements[name]
        if name in _PERSON_PROPERTIES:
            reader.people[(value, "property")] = None
    for name, value, nodes in custom_values:
        para = reader.hidden_paragraph(value, "property", "body", property="custom", name=name)
        if keep and para is not None:
            para.attrs["nodes"] = nodes
        if name.strip().lower() in ("sardoc-kind", "sardoc-allow", "sardoc-pseudonyms"):
            found.setdefault(name.strip().lower(), value)
    return found


def kind_of(properties: dict[str, str], path: str) -> str:
    """The kind a ``sardoc-kind`` custom property or keyword names, else ""."""
    kind = properties.get("sardoc-kind", "").strip().lower()
    if not kind:
        m = _KIND_CUE.search(properties.get("keywords", ""))
        kind = m.group(1).lower() if m else ""
    if not kind:
        return ""
    named = canonical_kind(kind)
    if named is None:
        raise InputError(f"document properties: {unknown_kind(kind)}", path)
    return named
