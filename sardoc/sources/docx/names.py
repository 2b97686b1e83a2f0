"""Element names the Word reader compares, as plain strings (far faster than XPath)."""

from __future__ import annotations

from .package import NS_MC, W

P, R, T, TBL = W + "p", W + "r", W + "t", W + "tbl"
TC, TR = W + "tc", W + "tr"
PPR, PSTYLE, NUMPR, NUMID = W + "pPr", W + "pStyle", W + "numPr", W + "numId"
OUTLINE = W + "outlineLvl"
DEL, DELTEXT, INS = W + "del", W + "delText", W + "ins"
MOVEFROM = W + "moveFrom"
SDT, SDTCONTENT = W + "sdt", W + "sdtContent"
TAB, PTAB, BR, CR = W + "tab", W + "ptab", W + "br", W + "cr"
NOBREAKHYPHEN = W + "noBreakHyphen"
DRAWING, PICT, TXBX = W + "drawing", W + "pict", W + "txbxContent"
FOOTNOTEREF, ENDNOTEREF = W + "footnoteReference", W + "endnoteReference"
COMMENTREF, COMMENTSTART = W + "commentReference", W + "commentRangeStart"
ALT, CHOICE, FALLBACK = (
    f"{{{NS_MC}}}AlternateContent",
    f"{{{NS_MC}}}Choice",
    f"{{{NS_MC}}}Fallback",
)
VAL, ID, TYPE = W + "val", W + "id", W + "type"
AUTHOR, DATE, INITIALS = W + "author", W + "date", W + "initials"

#: Elements whose content reads as if they were not there, at paragraph level.
INLINE_CONTAINERS = frozenset(
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
) | {ALT, CHOICE}

#: Elements that hold paragraphs and tables.
BLOCK_CONTAINERS = frozenset(W + t for t in ("tr", "tc", "sdt", "sdtContent", "customXml")) | {
    ALT,
    CHOICE,
}

#: Tracked-change elements that carry an author's name.
CHANGE_TAGS = tuple(
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
SZ, B, RPR, RSTYLE = W + "sz", W + "b", W + "rPr", W + "rStyle"
FLDCHAR, INSTR, HYPERLINK = W + "fldChar", W + "instrText", W + "hyperlink"
