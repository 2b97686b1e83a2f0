"""Element names the Word reader compares, as plain strings (far faster than XPath)."""

from __future__ import annotations

from .package import NS_MC, W

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
    f"{{{NS_MC}}}AlternateContent",
    f"{{{NS_MC}}}Choice",
    f"{{{NS_MC}}}Fallback",
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
_SZ, _B, _RPR, _RSTYLE = W + "sz", W + "b", W + "rPr", W + "rStyle"
_FLDCHAR, _INSTR, _HYPERLINK = W + "fldChar", W + "instrText", W + "hyperlink"
