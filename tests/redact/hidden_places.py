"""A Word file with an identifier hidden in each place a publisher can overlook (issue 3).

Every name, number and address is invented; the phone number is in Ofcom's drama
range and the e-mail domain is example.org.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from tests.docxfactory import HEADING_STYLES, comment, dele, ins, make_docx, p, t, table

#: (place, part the reader gives it, entity, identifier, words the message must use)
PLACES = [
    ("core property: author", "property", "person", "Rhiannon Pryce", "property 'author'"),
    (
        "core property: last modified by",
        "property",
        "person",
        "Callum Ashworth",
        "property 'last_modified_by'",
    ),
    ("comment author", "body", "person", "Graham Pettigrew", "as the author of a comment"),
    ("comment text", "comment", "person", "Tom Ellery", "in a comment"),
    ("tracked-change author", "body", "person", "Priya Raman", "author of a tracked change"),
    ("tracked insertion", "body", "person", "Mrs Okafor", ""),
    (
        "tracked deletion",
        "deleted",
        "address",
        "14 Elm Road",
        "in deleted tracked-change text, which is still inside the file",
    ),
    ("header", "header", "person", "Sunita Mistry", "in a page header"),
    ("footer", "footer", "email", "sam.jones@example.org", "in a page footer"),
    ("footnote", "footnote", "phone", "07700 900123", "in a footnote"),
    ("endnote", "endnote", "nhs-number", "943 476 5919", "in an endnote"),
    ("table cell", "body", "person", "PC Darren Whitfield", ""),
    ("text box", "body", "phone", "07700 900456", ""),
]

_W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"

#: A name split over three runs with different formatting, then its surname alone.
SPLIT = (
    t("The social worker, ")
    + '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Jane </w:t></w:r>'
    + "<w:r><w:rPr><w:i/></w:rPr><w:t>Hugh</w:t></w:r>"
    + '<w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t xml:space="preserve">es, visited.</w:t></w:r>'
)
#: A formatting change recorded as a tracked change, with its own author.
FORMAT_CHANGE = (
    '<w:r><w:rPr><w:b/><w:rPrChange w:id="9" w:author="Bethan Lloyd" '
    'w:date="2024-05-02T09:00:00Z"><w:rPr/></w:rPrChange></w:rPr>'
    "<w:t>Hughes recorded the visit.</w:t></w:r>"
)
#: A picture whose alternative text names the social worker, and a field code that
#: holds the footer's e-mail address: places the reader does not show to rules.
PICTURE = (
    '<w:r><w:drawing><wp:inline><wp:extent cx="10" cy="10"/>'
    '<wp:docPr id="1" name="Picture 1" descr="Photograph of Jane Hughes at the day centre"/>'
    "</wp:inline></w:drawing></w:r>"
)
FIELD = (
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    '<w:r><w:instrText xml:space="preserve"> HYPERLINK "mailto:sam.jones@example.org" '
    "</w:instrText></w:r>"
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    + t("the duty team")
    + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
)

#: A text box, with the older-format copy Word keeps beside it (mc:Fallback).
_BOX = p("Out of hours: 07700 900456")
TEXT_BOX = (
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
    "<a:graphic><a:graphicData><wps:wsp><wps:txbx>"
    f"<w:txbxContent>{_BOX}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData>"
    "</a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape>"
    f"<v:textbox><w:txbxContent>{_BOX}</w:txbxContent></v:textbox></v:shape></w:pict>"
    "</mc:Fallback></mc:AlternateContent></w:r>"
)

PEOPLE_XML = (
    f'<w15:people xmlns:w15="{_W15}"><w15:person w15:author="Graham Pettigrew">'
    '<w15:presenceInfo w15:providerId="AD" w15:userId="S::graham.pettigrew@example.org::1"/>'
    "</w15:person></w15:people>"
)
SETTINGS_RELS = (
    f'<Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" Type="{_REL}/attachedTemplate" '
    'Target="file:///C:\\Users\\gpettigrew\\AppData\\Roaming\\Microsoft\\Templates\\Normal.dotm" '
    'TargetMode="External"/></Relationships>'
)


def build(folder: Path, name: str = "hidden.docx") -> Path:
    """Write the Word file and return its path."""
    body = (
        p("Review of Adult A", "Heading1")
        + p(
            t("Adult A moved home. ")
            + ins("Her neighbour, Mrs Okafor, called.", author="Priya Raman")
            + t(" Then ")
            + dele("She lived at 14 Elm Road.", author="Priya Raman"),
            raw=True,
        )
        + p(
            '<w:commentRangeStart w:id="1"/>'
            + t("The GP visited.")
            + '<w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r>',
            raw=True,
        )
        + p(
            t("See the notes.")
            + '<w:r><w:footnoteReference w:id="1"/></w:r>'
            + '<w:r><w:endnoteReference w:id="1"/></w:r>',
            raw=True,
        )
        + table([["Agency", "Contact"], ["Police", "PC Darren Whitfield"]])
        + p(SPLIT, raw=True)
        + p(FORMAT_CHANGE, raw=True)
        + p(t("E-mail ") + FIELD + t(" for a copy.") + PICTURE, raw=True)
        + p(t("Contacts are in the box.") + TEXT_BOX, raw=True)
    )
    path = make_docx(
        folder,
        body,
        name=name,
        styles=HEADING_STYLES,
        comments=comment(1, "Ask Tom Ellery about this", "Graham Pettigrew", "GP"),
        footnotes=[p("Phone 07700 900123")],
        endnotes=[p("NHS number 943 476 5919")],
        headers=[p("Prepared by Sunita Mistry")],
        footers=[p("sam.jones@example.org")],
        core={"dc:creator": "Rhiannon Pryce", "cp:lastModifiedBy": "Callum Ashworth"},
        app={"Company": "Pryce Review Services", "Manager": "Owen Gittins"},
        extra={
            "word/people.xml": PEOPLE_XML,
            "word/_rels/settings.xml.rels": SETTINGS_RELS,
            "word/media/image1.png": PICTURE_BYTES,
            "docProps/thumbnail.jpeg": THUMBNAIL_BYTES,
        },
    )
    _add_relationships(path)
    return path


#: Stand-ins for a picture in the document and the first-page thumbnail Word can save.
PICTURE_BYTES = b"\x89PNG\r\n\x1a\n picture of the day centre"
THUMBNAIL_BYTES = b"\xff\xd8\xff\xe0 thumbnail of page 1"


def _add_relationships(path: Path) -> None:
    """An external mailto hyperlink, and the thumbnail's relationship and content type."""
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    rels = parts["word/_rels/document.xml.rels"].decode()
    link = (
        f'<Relationship Id="rId99" Type="{_REL}/hyperlink" '
        'Target="mailto:sam.jones@example.org" TargetMode="External"/></Relationships>'
    )
    parts["word/_rels/document.xml.rels"] = rels.replace("</Relationships>", link).encode()
    thumb = (
        f'<Relationship Id="rId98" Type="{_PKG_REL}/metadata/thumbnail" '
        'Target="docProps/thumbnail.jpeg"/></Relationships>'
    )
    parts["_rels/.rels"] = parts["_rels/.rels"].decode().replace("</Relationships>", thumb).encode()
    override = '<Override PartName="/docProps/thumbnail.jpeg" ContentType="image/jpeg"/></Types>'
    types = parts["[Content_Types].xml"].decode().replace("</Types>", override)
    parts["[Content_Types].xml"] = types.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
