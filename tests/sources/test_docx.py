import zipfile
from pathlib import Path

import pytest

from sardoc.errors import InputError
from sardoc.sources import docx, read_document
from sardoc.sources.docx import package
from tests.docxfactory import (
    HEADING_STYLES,
    NAMESPACES,
    comment,
    dele,
    ins,
    make_docx,
    p,
    t,
    table,
)


def read(path: Path):
    return docx.read(path, path.read_bytes())


def body(doc):
    return [x for x in doc.paragraphs if x.part == "body"]


def texts(doc, part="body"):
    return [x.text for x in doc.paragraphs if x.part == part]


# -- headings ------------------------------------------------------------------------


def test_headings_by_style_name_and_sections(tmp_path):
    doc = read(
        make_docx(
            tmp_path,
            p("Review of Adult A", "Title")
            + p("1. Introduction", "Heading1")
            + p("Adult A lived alone.")
            + p("1.1 Scope", "Heading2")
            + p("The period under review.")
            + p("2. Findings", "Heading1")
            + p("Agencies did not share information."),
            styles=HEADING_STYLES,
        )
    )
    heads = [(h.text, h.level) for h in doc.headings()]
    assert heads == [
        ("Review of Adult A", 1),
        ("1. Introduction", 1),
        ("1.1 Scope", 2),
        ("2. Findings", 1),
    ]
    scope = next(x for x in doc.paragraphs if x.text == "The period under review.")
    assert scope.section == ("1. Introduction", "1.1 Scope")
    assert scope.attrs["style"] == "Normal"
    assert doc.paragraphs[1].attrs["style"] == "heading 1"
    assert [s.title for s in doc.sections()][1:] == ["1. Introduction", "1.1 Scope", "2. Findings"]
    assert doc.format == "docx" and doc.source is None and doc.kind == ""
    assert all(x.anchors == () for x in doc.paragraphs)
    assert [x.index for x in doc.paragraphs] == list(range(len(doc.paragraphs)))


def test_heading_name_in_any_case_without_outline_level(tmp_path):
    styles = (
        '<w:style w:type="paragraph" w:styleId="H3"><w:name w:val="Heading 3"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Ueberschrift1"><w:name w:val="heading 1"/>'
        "</w:style>"
    )
    doc = read(
        make_docx(tmp_path, p("Top", "Ueberschrift1") + p("Deep", "H3") + p("x"), styles=styles)
    )
    assert [(h.text, h.level) for h in doc.headings()] == [("Top", 1), ("Deep", 3)]
    assert doc.paragraphs[-1].section == ("Top", "Deep")


def test_custom_style_based_on_heading_2(tmp_path):
    styles = HEADING_STYLES + (
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="AgencyHeading">'
        '<w:name w:val="Agency heading"/><w:basedOn w:val="Heading2"/></w:style>'
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="NoBase">'
        '<w:name w:val="Big bold"/><w:basedOn w:val="Missing"/></w:style>'
    )
    doc = read(
        make_docx(
            tmp_path,
            p("Findings", "Heading1") + p("Police", "AgencyHeading") + p("x") + p("Loud", "NoBase"),
            styles=styles,
        )
    )
    assert [(h.text, h.level, h.attrs["style"]) for h in doc.headings()] == [
        ("Findings", 1, "heading 1"),
        ("Police", 2, "Agency heading"),
    ]
    assert doc.paragraphs[2].section == ("Findings", "Police")
    assert doc.paragraphs[3].role == "body"


def test_based_on_cycle_does_not_hang(tmp_path):
    styles = (
        '<w:style w:type="paragraph" w:styleId="A"><w:name w:val="A"/><w:basedOn w:val="B"/>'
        '</w:style><w:style w:type="paragraph" w:styleId="B"><w:name w:val="B"/>'
        '<w:basedOn w:val="A"/></w:style>'
    )
    doc = read(make_docx(tmp_path, p("Text", "A"), styles=styles))
    assert [(x.text, x.role) for x in doc.paragraphs] == [("Text", "body")]


def test_heading_by_outline_level(tmp_path):
    styles = HEADING_STYLES + (
        '<w:style w:type="paragraph" w:styleId="Chapter"><w:name w:val="Chapter"/>'
        '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
    )
    doc = read(
        make_docx(
            tmp_path,
            p("By style outline", "Chapter")
            + p("By paragraph outline", ppr='<w:outlineLvl w:val="2"/>')
            + p("Body text level", "Heading1", ppr='<w:outlineLvl w:val="9"/>')
            + p("after"),
            styles=styles,
        )
    )
    assert [(h.text, h.level) for h in doc.headings()] == [
        ("By style outline", 1),
        ("By paragraph outline", 3),
    ]
    assert doc.paragraphs[-1].section == ("By style outline", "By paragraph outline")


def test_empty_heading_is_skipped(tmp_path):
    doc = read(make_docx(tmp_path, p("", "Heading1") + p("Text"), styles=HEADING_STYLES))
    assert [(x.text, x.role, x.section) for x in doc.paragraphs] == [("Text", "body", ())]


# -- body content ----------------------------------------------------------------------


def test_tables_in_reading_order_with_nested_tables(tmp_path):
    inner = table([["inner cell"]])
    doc = read(
        make_docx(
            tmp_path,
            p("Before")
            + table([["Agency", "Involvement"], ["GP", p("saw Adult A") + inner]])
            + p("After"),
        )
    )
    assert [(x.text, x.role) for x in doc.paragraphs] == [
        ("Before", "body"),
        ("Agency", "table"),
        ("Involvement", "table"),
        ("GP", "table"),
        ("saw Adult A", "table"),
        ("inner cell", "table"),
        ("After", "body"),
    ]


def test_lists_by_numbering_on_paragraph_or_style(tmp_path):
    doc = read(
        make_docx(
            tmp_path,
            p("By style", "ListBullet")
            + p("Direct", ppr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>')
            + p("Numbering removed", "ListBullet", ppr='<w:numPr><w:numId w:val="0"/></w:numPr>')
            + p("Plain"),
            styles=HEADING_STYLES,
        )
    )
    assert [(x.text, x.role) for x in doc.paragraphs] == [
        ("By style", "list"),
        ("Direct", "list"),
        ("Numbering removed", "body"),
        ("Plain", "body"),
    ]


def test_inline_containers_tabs_breaks_and_field_codes(tmp_path):
    runs = (
        t("Seen by ")
        + '<w:hyperlink r:id="rId9">'
        + t("Dr Jones")
        + "</w:hyperlink>"
        + '<w:smartTag w:uri="u" w:element="place">'
        + t(" in Leeds")
        + "</w:smartTag>"
        + '<w:fldSimple w:instr=" DATE ">'
        + t(" on 3 May")
        + "</w:fldSimple>"
        + "<w:r><w:tab/></w:r>"
        + t("then")
        + "<w:r><w:br/></w:r>"
        + t("home")
        + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        + '<w:r><w:instrText> HYPERLINK "mailto:secret@example.org" </w:instrText></w:r>'
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + t(" (email)")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        + "<w:r><w:t>co</w:t><w:noBreakHyphen/><w:t>op</w:t></w:r>"
    )
    doc = read(make_docx(tmp_path, p(runs, raw=True)))
    assert doc.paragraphs[0].text == "Seen by Dr Jones in Leeds on 3 May\tthen\nhome (email)co-op"


def test_tracked_insertion_kept_and_deletion_moved_out(tmp_path):
    doc = read(
        make_docx(
            tmp_path,
            p("Findings", "Heading1")
            + p(
                t("Adult A was ")
                + ins("highly ", author="Sam Reviewer")
                + dele("Jane ", author="Kim Author", date="2024-04-01T09:00:00Z")
                + dele("Smith", author="Kim Author")
                + t(" vulnerable."),
                raw=True,
            )
            + p("Next paragraph."),
            styles=HEADING_STYLES,
        )
    )
    assert texts(doc) == ["Findings", "Adult A was highly  vulnerable.", "Next paragraph."]
    deleted = [x for x in doc.paragraphs if x.part == "deleted"]
    assert [x.text for x in deleted] == ["Jane Smith"]
    assert deleted[0].attrs["author"] == "Kim Author"
    assert deleted[0].attrs["date"] == "2024-04-01T09:00:00Z"
    assert deleted[0].attrs["of"] == 1
    assert deleted[0].section == ("Findings",)
    assert deleted[0].index == len(doc.paragraphs) - 1
    people = doc.metadata["people"]
    assert {"name": "Sam Reviewer", "where": "tracked change"} in people
    assert {"name": "Kim Author", "where": "tracked change"} in people
    assert "Jane" not in " ".join(x.text for x in doc.body())


def test_separate_deletions_and_wholly_deleted_paragraph(tmp_path):
    doc = read(
        make_docx(
            tmp_path,
            p("Kept one.")
            + p(dele("Mrs Okafor said so."), raw=True)
            + p(dele("first") + t(" kept ") + dele("second", author="Other"), raw=True)
            + "<w:p><w:moveFrom w:id='5' w:author='Mover'>"
            + t("moved away")
            + "</w:moveFrom>"
            + "<w:moveTo w:id='6' w:author='Mover'>"
            + t("moved here")
            + "</w:moveTo></w:p>",
        )
    )
    assert texts(doc) == ["Kept one.", "kept", "moved here"]
    deleted = [
        (x.text, x.attrs["of"], x.attrs["author"]) for x in doc.paragraphs if x.part == "deleted"
    ]
    # The wholly deleted paragraph is not in the body: it belongs with the one before.
    assert deleted == [
        ("Mrs Okafor said so.", 0, "Editor One"),
        ("first", 1, "Editor One"),
        ("second", 1, "Other"),
    ]
    assert "moved away" not in [x.text for x in doc.paragraphs]
    assert {"name": "Mover", "where": "tracked change"} in doc.metadata["people"]


def test_content_controls_block_and_inline(tmp_path):
    block_sdt = (
        '<w:sdt><w:sdtPr><w:alias w:val="Adult name"/><w:tag w:val="adult"/></w:sdtPr>'
        f"<w:sdtContent>{p('Block control text')}"
        f"{table([['Control in table']])}</w:sdtContent></w:sdt>"
    )
    inline_sdt = (
        t("Patient name: ")
        + "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
        + t("Jane Smith")
        + "</w:sdtContent></w:sdt>"
    )
    doc = read(make_docx(tmp_path, block_sdt + p(inline_sdt, raw=True)))
    assert [(x.text, x.role) for x in doc.paragraphs] == [
        ("Block control text", "body"),
        ("Control in table", "table"),
        ("Patient name: Jane Smith", "body"),
    ]


def test_text_box_read_once_after_its_paragraph(tmp_path):
    box = p("In a text box")
    drawing = (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
        "<a:graphic><a:graphicData><wps:wsp><wps:txbx>"
        f"<w:txbxContent>{box}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData>"
        "</a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape>"
        f"<v:textbox><w:txbxContent>{box}</w:txbxContent></v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )
    doc = read(make_docx(tmp_path, p(t("Anchor") + drawing, raw=True) + p("Next")))
    assert texts(doc) == ["Anchor", "In a text box", "Next"]
    assert doc.paragraphs[1].attrs["in"] == "text box"


# -- hidden places ---------------------------------------------------------------------


def test_headers_footers_footnotes_endnotes(tmp_path):
    doc = read(
        make_docx(
            tmp_path,
            p("Findings", "Heading1")
            + p(t("Seen at home") + '<w:r><w:footnoteReference w:id="1"/></w:r>', raw=True)
            + p(t("Later") + '<w:r><w:endnoteReference w:id="1"/></w:r>', raw=True),
            styles=HEADING_STYLES,
            headers=[p("Draft: Adult A, Leeds"), p("Second header")],
            footers=[p("Prepared by J. Bloggs")],
            footnotes=[p("GP record, Dr Patel")],
            endnotes=[p("Endnote: police log")],
        )
    )
    parts = [(x.part, x.text) for x in doc.paragraphs]
    assert parts == [
        ("body", "Findings"),
        ("body", "Seen at home"),
        ("body", "Later"),
        ("header", "Draft: Adult A, Leeds"),
        ("header", "Second header"),
        ("footer", "Prepared by J. Bloggs"),
        ("footnote", "GP record, Dr Patel"),
        ("endnote", "Endnote: police log"),
    ]
    note = doc.paragraphs[6]
    assert note.section == ("Findings",) and note.attrs["of"] == 1 and note.attrs["id"] == "1"
    assert doc.paragraphs[3].section == ()
    assert doc.word_count() == 4  # hidden parts are not running text


def test_separator_notes_are_skipped(tmp_path):
    notes = (
        '<w:footnote w:type="separator" w:id="-1">' + p("SEPARATOR") + "</w:footnote>"
        '<w:footnote w:type="continuationSeparator" w:id="0">' + p("CONTINUATION") + "</w:footnote>"
        '<w:footnote w:id="1">' + p("Real note") + "</w:footnote>"
    )
    doc = read(make_docx(tmp_path, p("Body"), footnotes=notes))
    assert texts(doc, "footnote") == ["Real note"]
    assert doc.paragraphs[-1].section == () and doc.paragraphs[-1].attrs["of"] is None


def test_comments_with_author_and_anchor(tmp_path):
    anchored = (
        '<w:commentRangeStart w:id="7"/>'
        + t("Mrs Okafor declined.")
        + '<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r>'
    )
    doc = read(
        make_docx(
            tmp_path,
            p("Involvement", "Heading1") + p(anchored, raw=True),
            styles=HEADING_STYLES,
            comments=comment(
                7, "Check with her son Tom", "Alex Reviewer", "AR", "2024-05-02T11:00:00Z"
            )
            + comment(8, "Unanchored note", "Beth Board"),
        )
    )
    comments = [x for x in doc.paragraphs if x.part == "comment"]
    assert [x.text for x in comments] == ["Check with her son Tom", "Unanchored note"]
    first = comments[0]
    assert first.attrs["author"] == "Alex Reviewer"
    assert first.attrs["initials"] == "AR"
    assert first.attrs["date"] == "2024-05-02T11:00:00Z"
    assert first.section == ("Involvement",) and first.attrs["of"] == 1
    assert comments[1].section == ()
    people = doc.metadata["people"]
    assert {"name": "Alex Reviewer", "where": "comment"} in people
    assert {"name": "Beth Board", "where": "comment"} in people
    assert "Check" not in " ".join(texts(doc))


def test_document_properties_and_metadata(tmp_path):
    doc = read(
        make_docx(
            tmp_path,
            p("Body text"),
            core={
                "dc:creator": "Jane Writer",
                "cp:lastModifiedBy": "Tom Editor",
                "dc:title": "SAR Adult A",
                "dc:subject": "Adult A, 12 High Street",
                "cp:keywords": "neglect",
                "dc:description": "About Adult A",
                "dc:language": "en-GB",
            },
            app={"Company": "Leeds SAB", "Manager": "Pat Manager"},
            custom={"Client": "Jane Smith"},
        )
    )
    props = {x.attrs["property"]: x.text for x in doc.paragraphs if x.part == "property"}
    assert props == {
        "author": "Jane Writer",
        "last_modified_by": "Tom Editor",
        "title": "SAR Adult A",
        "subject": "Adult A, 12 High Street",
        "keywords": "neglect",
        "description": "About Adult A",
        "company": "Leeds SAB",
        "manager": "Pat Manager",
        "custom": "Jane Smith",
    }
    custom = next(x for x in doc.paragraphs if x.attrs.get("property") == "custom")
    assert custom.attrs["name"] == "Client"
    assert doc.metadata["title"] == "SAR Adult A" == doc.title
    assert doc.metadata["author"] == "Jane Writer"
    assert doc.metadata["last_modified_by"] == "Tom Editor"
    assert doc.metadata["people"] == [
        {"name": "Jane Writer", "where": "property"},
        {"name": "Tom Editor", "where": "property"},
        {"name": "Pat Manager", "where": "property"},
    ]
    assert all(x.section == () for x in doc.paragraphs if x.part == "property")


def test_hidden_parts_come_after_body_in_order(tmp_path):
    doc = read(
        make_docx(
            tmp_path,
            p(t("Body ") + dele("gone"), raw=True),
            headers=[p("H")],
            footers=[p("F")],
            footnotes=[p("FN")],
            endnotes=[p("EN")],
            comments=comment(1, "C", "A"),
            core={"dc:title": "T"},
        )
    )
    assert [x.part for x in doc.paragraphs] == [
        "body",
        "header",
        "footer",
        "footnote",
        "endnote",
        "comment",
        "deleted",
        "property",
    ]


def test_kind_from_custom_property_or_keywords(tmp_path):
    a = read(make_docx(tmp_path, p("x"), name="a.docx", custom={"sardoc-kind": "rapid-review"}))
    b = read(
        make_docx(
            tmp_path, p("x"), name="b.docx", core={"cp:keywords": "draft; sardoc-kind: action-plan"}
        )
    )
    assert (a.kind, b.kind) == ("rapid-review", "action-plan")
    bad = make_docx(tmp_path, p("x"), name="c.docx", custom={"sardoc-kind": "novel"})
    with pytest.raises(InputError, match="unknown document kind"):
        read(bad)


def test_read_document_infers_kind_from_title(tmp_path):
    path = make_docx(tmp_path, p("x"), core={"dc:title": "Seven minute briefing: Adult B"})
    assert read_document(path).kind == "seven-minute-briefing"


# -- bad input --------------------------------------------------------------------------


def assert_input_error(path: Path, message: str, *, not_in: str = ""):
    with pytest.raises(InputError) as info:
        read(path)
    problem = info.value.problems[0]
    assert problem.path == str(path)
    assert message in problem.message
    if not_in:
        assert not_in not in str(info.value)
    return problem


def test_not_a_zip(tmp_path):
    path = tmp_path / "bad.docx"
    path.write_bytes(b"this is not a zip at all")
    assert_input_error(path, "not a zip archive")


def test_old_or_encrypted_word_file(tmp_path):
    path = tmp_path / "old.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert_input_error(path, "password-protected or old-format")


def test_truncated_zip(tmp_path):
    good = make_docx(tmp_path, p("Some text " * 200))
    path = tmp_path / "cut.docx"
    path.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    assert_input_error(path, "truncated")


def test_zip_without_document_xml(tmp_path):
    path = tmp_path / "nodoc.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "no word document here")
    assert_input_error(path, "no word/document.xml")


def test_malformed_xml_does_not_quote_the_document(tmp_path):
    doc = f"<w:document {NAMESPACES}><w:body><w:p><w:r><w:t>Jane Smith</w:r></w:p>"
    problem = assert_input_error(
        make_docx(tmp_path, document=doc),
        "word/document.xml is not well-formed XML",
        not_in="Jane",
    )
    assert "line 1" in problem.message


def test_malformed_hidden_part(tmp_path):
    path = make_docx(tmp_path, p("x"), extra={"word/comments.xml": "<w:comments"})
    assert_input_error(path, "word/comments.xml is not well-formed XML")


def test_doctype_and_entities_are_refused_unexpanded(tmp_path):
    doc = (
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "Secret">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        f"<w:document {NAMESPACES}><w:body>{p('&c;', raw=True)}</w:body></w:document>"
    )
    assert_input_error(make_docx(tmp_path, document=doc), "DOCTYPE", not_in="Secret")
    external = (
        '<?xml version="1.0"?><!DOCTYPE w:document SYSTEM "file:///etc/passwd">'
        f"<w:document {NAMESPACES}><w:body/></w:document>"
    )
    assert_input_error(make_docx(tmp_path, document=external, name="ext.docx"), "DOCTYPE")


def test_not_a_word_body(tmp_path):
    path = make_docx(tmp_path, document="<other/>")
    assert_input_error(path, "not a Word document body")
    strict = '<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"/>'
    assert_input_error(make_docx(tmp_path, document=strict, name="s.docx"), "Strict Open XML")


def test_deep_nesting_is_refused(tmp_path):
    deep = "<w:customXml>" * 300 + p("deep") + "</w:customXml>" * 300
    assert_input_error(make_docx(tmp_path, deep), "nests elements too deeply")


def test_zip_bomb_part_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(package, "MAX_PART_BYTES", 10_000)
    big = f"<w:document {NAMESPACES}><w:body>{p('x' * 20_000)}</w:body></w:document>"
    assert_input_error(make_docx(tmp_path, document=big), "too large when decompressed")


def test_lying_size_header_is_caught_by_bounded_read(tmp_path, monkeypatch):
    # A central directory that understates a part's size must not let more than the
    # cap be decompressed: the read stops at the stated size and the CRC then fails.
    monkeypatch.setattr(package, "MAX_PART_BYTES", 10_000)
    big = f"<w:document {NAMESPACES}><w:body>{p('x' * 20_000)}</w:body></w:document>"
    path = make_docx(tmp_path, document=big)
    pkg = package.Package(path.read_bytes(), str(path))
    pkg.parts["word/document.xml"].file_size = 100  # the central directory lies
    with pytest.raises(InputError, match="too large when decompressed|damaged"):
        pkg.bytes("word/document.xml")
    assert pkg.total == 0


def test_a_part_read_once_is_counted_once(tmp_path):
    # Redaction reads a part's bytes to see whether it needs parsing, then parses them.
    path = make_docx(tmp_path, p("Some text"))
    pkg = package.Package(path.read_bytes(), str(path))
    blob = pkg.bytes("word/document.xml")
    assert pkg.xml("word/document.xml", blob) is not None
    assert pkg.total == len(blob)


def test_total_size_cap(tmp_path, monkeypatch):
    monkeypatch.setattr(package, "MAX_TOTAL_BYTES", 3_000)
    path = make_docx(tmp_path, p("x"), headers=[p("h" * 1_000)] * 4)
    assert_input_error(path, "too large when decompressed")


def test_too_many_parts(tmp_path, monkeypatch):
    monkeypatch.setattr(package, "MAX_PARTS", 5)
    extra = {f"word/media/image{i}.png": b"png" for i in range(10)}
    assert_input_error(make_docx(tmp_path, p("x"), extra=extra), "too many parts")


def test_corrupt_member_data(tmp_path):
    path = make_docx(tmp_path, p("Some text " * 200))
    data = bytearray(path.read_bytes())
    start = data.find(b"word/document.xml") + len("word/document.xml")
    for i in range(start + 20, start + 60):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
    assert_input_error(path, "damaged")


# -- a real file from python-docx ----------------------------------------------------


def test_file_written_by_python_docx(tmp_path):
    from docx import Document as WordDocument

    word = WordDocument()
    word.core_properties.author = "Board Office"
    word.core_properties.title = "SAR: Adult C"
    word.add_heading("SAR: Adult C", 0)
    word.add_heading("1. Introduction", 1)
    word.add_paragraph("Adult C was 78 and lived in sheltered housing.")
    word.add_heading("1.1 Terms of reference", 2)
    word.add_paragraph("Agencies involved", style="List Bullet")
    word.add_paragraph("Period under review", style="List Number")
    grid = word.add_table(rows=2, cols=2)
    for r, row in enumerate(grid.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"cell {r}{c}"
    word.add_heading("2. Findings", 1)
    word.add_paragraph("Information was not shared.")
    word.sections[0].header.paragraphs[0].text = "OFFICIAL-SENSITIVE"
    path = tmp_path / "real.docx"
    word.save(path)

    doc = read_document(path)
    assert [(h.text, h.level) for h in doc.headings()] == [
        ("SAR: Adult C", 1),
        ("1. Introduction", 1),
        ("1.1 Terms of reference", 2),
        ("2. Findings", 1),
    ]
    rows = [(x.text, x.role, x.section) for x in body(doc) if not x.is_heading]
    scope = ("1. Introduction", "1.1 Terms of reference")
    assert rows == [
        ("Adult C was 78 and lived in sheltered housing.", "body", ("1. Introduction",)),
        ("Agencies involved", "list", scope),
        ("Period under review", "list", scope),
        ("cell 00", "table", scope),
        ("cell 01", "table", scope),
        ("cell 10", "table", scope),
        ("cell 11", "table", scope),
        ("Information was not shared.", "body", ("2. Findings",)),
    ]
    assert texts(doc, "header") == ["OFFICIAL-SENSITIVE"]
    assert doc.metadata["title"] == "SAR: Adult C"
    assert doc.metadata["author"] == "Board Office"
    assert doc.kind == "sar-report"  # inferred by read_document
