"""The one way into a Word package (issue 17, item 3), shared by the reader, annotate and redact.

A .docx is untrusted input: a zip of XML parts. Everything that opens one goes
through :class:`Package`, which holds every limit in one place: the number of parts,
each part's and the whole package's decompressed size (read one byte past the limit,
because a zip header may lie), refusal of encrypted and old-format (.doc) files, and a
hardened lxml parser (no entities, no DTD, no network, lxml's own depth limit; a part
with a DOCTYPE is refused). The XML namespaces sardoc needs are declared here once.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib

from lxml import etree

from ...errors import InputError

#: Caps against zip bombs; a 30,000-word report is a few megabytes unpacked.
MAX_PARTS = 10_000
MAX_PART_BYTES = 50 * 1024 * 1024
MAX_TOTAL_BYTES = 200 * 1024 * 1024

# -- namespaces ---------------------------------------------------------------------

NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS_W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
NS_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
NS_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
NS_CORE = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
NS_DC = "http://purl.org/dc/elements/1.1/"
NS_APP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
NS_CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
NS_XML = "http://www.w3.org/XML/1998/namespace"

#: ``{namespace}`` prefix of WordprocessingML element and attribute names.
W = "{" + NS_W + "}"
XML_SPACE = "{" + NS_XML + "}space"

_PART_NUMBER = re.compile(r"(\d+)")
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def parser() -> etree.XMLParser:
    """A hardened parser: no entities, no DTD, no network, no huge trees.

    A new one each time: lxml parsers must not be shared between threads (the web page).
    """
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def xml_bytes(root: etree._Element) -> bytes:
    """A part serialised as Word writes it (UTF-8, standalone declaration)."""
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


class Package:
    """A .docx zip package, opened with every limit in force.

    Args:
        data: the file's bytes.
        path: the file's path, for messages.

    Raises:
        InputError: an old-format or encrypted file, not a zip, or too many parts.
        Reading a part raises it too when the part is too large, damaged or not XML.
    """

    def __init__(self, data: bytes, path: str) -> None:
        self.path = path
        self.total = 0
        #: Parts parsed so far, by lower-case name (for ``read_for_editing`` and redact).
        self.parsed: dict[str, etree._Element] = {}
        if data[:8] == _OLE_SIGNATURE:
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

    def xml(self, name: str, blob: bytes | None = None) -> etree._Element | None:
        """A part parsed as XML (no entities, no DTD, no network), or None if absent.

        ``blob`` is the part's bytes when the caller has already read them with
        :meth:`bytes`, so that they are not decompressed (and counted) twice.
        """
        if blob is None:
            blob = self.bytes(name)
        if blob is None:
            return None
        try:
            root = etree.fromstring(blob, parser())
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
