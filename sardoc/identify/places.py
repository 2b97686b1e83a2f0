"""Postcodes, street addresses and named care settings.

DOMAIN.md section 3: "addresses and postcodes; named care homes, wards, GP practices,
streets" must not appear in a published review (QM14). A generic place ("the acute
hospital", "the Memory Clinic", "the Stroke Ward") is not a name and is left alone.

Decision on wards: a ward with a name or a number ("Bluebell Ward", "Ward 7B") is
reported, because together with the hospital it pins down where and when the
person was cared for. "Ward A" (one letter) reads as a pseudonym and is left
alone, as are "the ward", "Ward Manager A" and "ward round".
"""

from __future__ import annotations

import re

from ..lazyre import lazy_compile, lazy_scan
from . import lexicon as L
from .spans import Span, make
from .tokens import LOW, PLACE_WORD, UP, trie_pattern

# -- postcodes --------------------------------------------------------------------

# Outward code A9, A99, A9A, AA9, AA99, AA9A; inward code 9AA without C, I, K, M, O, V.
_POSTCODE = lazy_scan(
    r"(?<![\w-])(?:GIR ?0AA|[A-PR-UWYZ](?:[A-HK-Y]\d[ABEHMNPRV-Y\d]?|\d[A-HJKPSTUW\d]?)"
    r"[ \t]?\d[ABD-HJLNP-UW-Z]{2})(?![\w-])",
    re.I,
)


_HAS_DIGIT = lazy_scan(r"\d")
_SETTING_WORD = lazy_compile(
    r"Home|Hospi|Infirmary|Surgery|Centre|Practice|Group|Clinic|Ward|Unit|Hostel|Village"
)
_WEAK_CUE = lazy_compile(
    r"House|Lodge|Manor|Grange|Court|Hall|Mews|View|Gardens|Villa|Place"
    r"|Park|Towers|Heights|Residence|Retreat|Grove|Lawns"
)
_STREET_CUE = lazy_compile(
    r"Road|Street|Lane|Avenue|Close|Crescent|Drive|Grove|Terrace|Mews|Gardens|Cottage|Farm"
    r"|Bungalow"
)


def postcodes(text: str) -> list[Span]:
    out: list[Span] = []
    if not _HAS_DIGIT.search(text):
        return out
    for m in _POSTCODE.finditer(text):
        raw = m.group(0)
        # Mixed case inside one code ("Sw1a 1aA") is not a postcode anyone wrote.
        if not (raw.isupper() or raw.islower() or raw[:1].isupper() and raw[1:].islower()):
            if not raw.isupper() and not raw.islower():
                continue
        key = re.sub(r"\s", "", raw).upper()
        out.append(make(text, m.start(), m.end(), "postcode", key, "uk"))
    return out


# -- street addresses -------------------------------------------------------------------

_STREET = (
    r"Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Way|Crescent|Cres|Place|Pl|Grove"
    r"|Gardens|Gdns|Court|Ct|Terrace|Terr|Walk|Row|Square|Sq|Mews|Hill|Rise|Park|Parade|View"
    r"|Green|Vale|Yard|Wharf|Croft|Fold|Gate|Boulevard|Passage|Chase|Mount|Heights|Approach"
    r"|Meadow|Meadows|Path|Embankment|Quay|Circus|Cottages|Villas|Buildings|Estate|Broadway"
    r"|Bank|End|Side|Hollow|Brow|Wynd|Crossway|Glade|Drove|Copse|Dene|Leys|Garth|Orchard"
)
# Street words strong enough to report a street named without a number ("lived on
# Mill Lane"); the others ("Park", "Green", "View") need a house number.
_STREET_BARE = r"Road|Street|Lane|Avenue|Close|Crescent|Drive|Grove|Terrace|Mews|Gardens"
_UNIT = r"(?:Flat|Apartment|Apt\.?|Maisonette|Room|Unit|Bedsit|Floor)\s+\d{1,4}[A-Za-z]?"
_NUMBER = r"\d{1,4}[A-Za-z]?(?:\s?[-–]\s?\d{1,4}[A-Za-z]?)?"
# A building between the flat and the street: "Flat 4B, Kingfisher House, 18 Canal Street".
_BUILDING = (
    rf"(?:{PLACE_WORD}[ \t]+){{1,3}}(?:House|Court|Lodge|Building|Buildings|Tower|Towers"
    r"|Mansions|Point|Heights|Apartments|Chambers|Block|Yard|Wharf|Mill|Works)[ \t]*,?[ \t]*"
)
_WORDS = rf"(?:{PLACE_WORD}[ \t]+){{1,3}}"

_ADDRESS = lazy_scan(
    rf"\b(?:{_UNIT}[ \t]*,?[ \t]*(?:{_BUILDING})?(?:{_NUMBER},?[ \t]+)?{_WORDS}(?:{_STREET})"
    # (Not the end of a date: "15.08.23 Rang Dr" is a day's note, not 23 Rang Drive.)
    rf"|(?<![\d./:-]){_NUMBER},?[ \t]+{_WORDS}(?:{_STREET}))\b(?![-'’])"
)
_FLAT_ALONE = lazy_scan(r"\b(?:Flat|Apartment|Maisonette|Bedsit)\s+\d{1,4}[A-Za-z]?\b")
_BARE_STREET = lazy_scan(rf"\b{_WORDS}(?:{_STREET_BARE})\b(?![-'’])")
_HOUSE_NAME = lazy_scan(rf"\b(?:{PLACE_WORD}[ \t]+){{1,2}}(?:Cottage|Farm|Farmhouse|Bungalow)\b")
_ORG_BEFORE = lazy_scan(
    r"\b(?:Board|Council|Offices?|Hall|Centre|Partnership|Trust|Headquarters|HQ),[ \t]*$"
)
_GENERIC_STREET = frozenset({"high", "main", "ring", "the", "back", "side", "this", "that"})
# The next word makes a street-like name an organisation's: "Open Road Recovery",
# "Mill Lane Project".
_ORG_AFTER = L.ORG | {"recovery", "project", "projects", "support", "trust", "team", "church"}
_NEXT_WORD = lazy_compile(r"[ \t]+([A-Z][\w'’]*)")


def _trim_front(text: str, start: int, end: int, keep: int = 1) -> int:
    """Move ``start`` past leading words that begin a sentence, not a name."""
    words = list(re.finditer(r"\S+", text[start:end]))
    i = 0
    while i < len(words) - keep:
        w = L.norm(words[i].group(0).strip(",.;:"))
        if w in L.STARTER or w in L.CALENDAR or w in L.TITLE or w in L.ORG:
            i += 1
        else:
            break
    if i >= len(words):
        return end
    return start + words[i].start()


def _norm(s: str) -> str:
    return " ".join(re.sub(r"[,]", " ", s).lower().split())


def addresses(text: str) -> list[Span]:
    out: list[Span] = []
    if _HAS_DIGIT.search(text):
        for m in _ADDRESS.finditer(text):
            out.append(make(text, m.start(), m.end(), "address", _norm(m.group(0)), "street"))
        for m in _FLAT_ALONE.finditer(text):
            out.append(make(text, m.start(), m.end(), "address", _norm(m.group(0)), "flat", 55))
    if not _STREET_CUE.search(text):
        return out
    for rx, how in ((_BARE_STREET, "street-name"), (_HOUSE_NAME, "house-name")):
        for m in rx.finditer(text):
            start = _trim_front(text, m.start(), m.end())
            words = text[start : m.end()].split()
            if len(words) < 2 or L.norm(words[0]) in _GENERIC_STREET:
                continue
            # "Dunmere Safeguarding Adults Board, Civic Offices, Market Street": an
            # organisation's postal address, after its name and building.
            if _ORG_BEFORE.search(text, max(0, start - 40), start):
                continue
            # Part of a setting's or practice's name ("Elm Road Surgery" is a surgery,
            # reported as one or, in a list of agencies, left as an organisation).
            if how == "street-name" and _SETTING_AFTER.match(text, m.end()):
                continue
            after = _NEXT_WORD.match(text, m.end())
            if how == "street-name" and after and L.norm(after.group(1)) in _ORG_AFTER:
                continue
            out.append(make(text, start, m.end(), "address", _norm(text[start : m.end()]), how, 45))
    return out


# -- named care settings -------------------------------------------------------------------


_SETTING = (
    r"Residential\s+Care\s+Home|Care\s+Home(?:\s+with\s+Nursing)?|Nursing\s+Home"
    r"|Residential\s+Home|Rest\s+Home|Care\s+Centre|Nursing\s+Centre|Care\s+Village"
    r"|Retirement\s+Village|Hospital|Hospice|Infirmary|Surgery|Medical\s+Centre"
    r"|Health\s+Centre|Healthcare\s+Centre|Medical\s+Practice|Group\s+Practice|Medical\s+Group"
    r"|Family\s+Practice|Health\s+Practice|Clinic|Day\s+Centre|Resource\s+Centre|Hostel"
    r"|Ward(?![ \t]+\d)|Unit"
)
_NAMED_SETTING = lazy_scan(
    rf"\b(?P<name>{PLACE_WORD}(?:[ \t]+(?:{PLACE_WORD}|&|and|on|upon|under|of|the|de|la))*?)"
    rf"[ \t]+(?P<suffix>{_SETTING})\b(?!['’-])(?P<after>[ \t]+\w+)?"
)
_SETTING_AFTER = lazy_scan(rf"[ \t]+(?:{_SETTING})\b")
_NUMBERED_WARD = lazy_scan(r"\bWard\s+(?:\d{1,3}[A-Za-z]?|[A-Z]\d{1,2}[A-Za-z]?)\b")
# "Northfield Hospital NHS Trust" is an agency, not a place of care.
_AFTER_AGENCY = frozenset({"nhs", "trust", "trusts", "foundation", "partnership", "board"})
# A weak place word (House, Lodge...) is a care setting only where someone lived,
# stayed or was placed there: "moved to Willow Lodge", "respite at Oak House".
_WEAK_SETTING = lazy_scan(
    r"\b(?:(?i:lived|lives|living|live|resident|residing|moved|move|moves|moving|admitted|placed|"
    r"placement|respite|returned|return|returns|discharged|discharge|transferred|transfer"
    # "died on 19/02/2025 at Oak House": a date may come between.
    r"|transfers|stayed|stay|stays|staying|accommodated|accommodation|visited|went|home|died"
    r"|dies|evicted|eviction)\b(?:[ \t]+[a-z0-9/]+){0,3}?[ \t]+"
    r"(?:at|to|in|into|from)"
    # Leaving a place is as telling as arriving: "he left Oak Grange after three weeks",
    # "since leaving Oak Grange", "walked out of Oak Grange".
    r"|(?i:left|leaving|leaves|walked[ \t]+out[ \t]+of|absconded[ \t]+from))[ \t]+(?:the[ \t]+)?"
    rf"(?P<cs>(?:{PLACE_WORD}[ \t]+){{1,3}}(?:House|Lodge|Manor|Grange|Court|Hall|Mews|View"
    r"|Gardens|Villa|Place|Park|Towers|Heights|Residence|Retreat|Grove|Lawns))\b(?![ \t]+of\b)"
)


# A home or scheme named without any generic word ("moved to Thistledown", "the
# Fernhill campus", "residents at Harebell"): taken only where the sentence says
# people lived, moved, stayed or were harmed there.
_BARE_WORDS = (
    "lived lives living resident residents residing moved move moves moving admitted placed "
    "placement "
    "settled "
    "respite returned transferred stay stayed staying stays accommodated abused harmed assaulted "
    "staff manager "
    "provider tenant tenants supported abuse ill-treated ill-treatment mistreated"
).split()
_BARE_ANCHOR = lazy_scan(
    r"\b" + trie_pattern({v for w in _BARE_WORDS for v in (w, w.capitalize())}) + r"\b"
)
# Cheap test first: the stems of those words.
_BARE_STEMS = (
    "live",
    "living",
    "resid",
    "mov",
    "admit",
    "plac",
    "respite",
    "return",
    "transfer",
    "stay",
    "accommodat",
    "abuse",
    "harm",
    "assault",
    "staff",
    "manager",
    "provider",
    "tenant",
    "support",
    "settl",
    "ill-treat",
    "mistreat",
)
_BARE_SETTING = lazy_scan(
    r"(?:[ \t]+[a-z]+){0,3}?[ \t]+"
    r"(?P<prep>at|to|in|into|of|from)[ \t]+(?P<the>the[ \t]+)?"
    rf"(?P<cs>[{UP}][{LOW}]{{3,}}(?:[ \t]+[{UP}][{LOW}]{{3,}})?"
    # A saint's name with its possessive is an institution's: "staying at St Brannock's".
    rf"|St\.?[ \t]+[{UP}][{LOW}]{{2,}}['’]s)"
    r"(?P<kind>[ \t]+(?i:campus|scheme|site|unit|bungalows?|flats|service))?(?![\w'’-])"
)
_CAMPUS = lazy_scan(
    rf"\b(?:the[ \t]+)?(?P<cs>[{UP}][{LOW}]{{3,}}(?:[ \t]+[{UP}][{LOW}]{{3,}})?)[ \t]+"
    r"(?P<kind>campus|supported[ \t-]+living[ \t]+(?:scheme|service|flats)"
    r"|extra[ \t-]+care[ \t]+(?:scheme|flats|housing))\b"
)
# The other way round: "a supported-living scheme, Cherrybank," / "a residential home,
# Meadowsweet House," / "St Aldhelm's, a hospital-based assessment and treatment unit".
_KIND = (
    r"(?:care|nursing|residential|rest|group)[ \t]+home|(?:supported[ \t-]+living|extra[ \t-]+care)"
    r"[ \t]+(?:scheme|service|flats)|hostel|refuge|shelter"
    r"|(?:treatment|assessment|rehabilitation|secure)[ \t]+unit|scheme|homes"
)
_KIND_THEN_NAME = lazy_scan(
    rf"\b(?:[Aa]n?|[Tt]he|[Hh]er|[Hh]is|[Tt]heir)[ \t]+(?:[a-z-]+[ \t]+){{0,2}}(?:{_KIND}),"
    rf"[ \t]+(?:the[ \t]+)?(?P<cs>{PLACE_WORD}(?:[ \t]+{PLACE_WORD}){{0,2}})(?=[ \t]*[,.;)])"
)
_KIND_COMMA = lazy_scan(rf"(?:{_KIND}),")
# The name, then its kind in lower case: "Kestrel Lodge residential home", "the Harbour
# Lights hostel", "Larkspur Court supported living"; or a house or grange, then its
# manager or staff ("the Pinewood Grange manager").
_NAME_KIND_AFTER = lazy_scan(
    r"\b(?P<kind>(?:residential|care|nursing|rest|group)[ \t]+home|hostel|refuge"
    r"|night[ \t]+shelter|(?:supported[ \t-]+living|extra[ \t-]+care)"
    r"(?:[ \t]+(?:scheme|service|flats))?)\b"
)
_STAFF_AFTER = lazy_compile(
    r"(?P<tail>House|Lodge|Manor|Grange|Villa)[ \t]+(?:(?:registered|home|deputy|night)[ \t]+)?"
    r"(?P<staff>manager|staff|residents?)\b"
)
# The name right before that kind or that staff: one to three capitalised words.
_NAME_END = lazy_scan(rf"(?<![\w'’-])(?P<cs>{PLACE_WORD}(?:[ \t]+{PLACE_WORD}){{0,2}})$")
_NAME_THEN_KIND = lazy_scan(
    # "Cherrybank, a supported-living scheme", "Cedar House (a care home)".
    r"(?:,[ \t]+|[ \t]*\([ \t]*)(?:a|an)[ \t]+"
    r"(?:(?!(?:with|in|of|for|near|to|by|that|which|who|where)\b)[a-z-]+[ \t]+){0,4}"
    rf"(?:{_KIND}|home|unit)\b(?![ \t]+(?:manager|staff|worker|nurse|owner|provider))"
)
_CARE_TALK = lazy_scan(
    r"\b(?:care|residents?|home|staff|scheme|supported|placement|provider|nursing|carers?"
    r"|support[ \t]+workers?|registered|CQC|living|vacanc(?:y|ies)|rooms?)\b",
    re.I,
)


# The stems as one pattern: a single scan in C, not a Python loop per paragraph.
_BARE_GATE = lazy_compile(trie_pattern({v for s in _BARE_STEMS for v in (s, s.capitalize())}))


def _bare_ok(word: str) -> bool:
    w = L.norm(word)
    return not (
        w in L.PLACE
        or w in L.ORG
        or w in L.CALENDAR
        or w in L.FIRST
        or w in L.SURNAME
        or w in L.COMMON
        or w in L.STARTER
        or w in L.TITLE
        or w in L.GENERIC
        or w in L.ROLE_WORDS
        or w in L.LEGISLATION
        or w in L.MEDICAL
    )


# The sentence says so after the name: "her last months at Larchfield Grange, where she
# moved in 2018", "a bed at the hostel at Harbour Lights", "the provider which runs Oak
# Grange". Capitalised words, none a town, name or ordinary word.
_CAP2 = rf"[{UP}][{LOW}]{{3,}}(?:[ \t]+[{UP}][{LOW}]{{3,}})?"
# Each wording with the substrings that must be there for it to match: a cheap test first.
_WHERE_LIVED = (
    (
        ("where ",),
        "cs",
        lazy_scan(
            rf"\b(?:at|into|to)[ \t]+(?:the[ \t]+)?(?P<cs>{_CAP2}),?[ \t]+where[ \t]+"
            r"(?:(?:she|he|they|residents?|tenants?|people)[ \t]+(?:\w+[ \t]+)?"
            r"(?:lived|moved|stayed|was[ \t]+placed|were[ \t]+placed|died"
            r"|was[ \t]+a[ \t]+resident)\b"
            r"|(?:a|an|another|one|other|two|three|several)[ \t]+(?:\w+[ \t]+)?"
            r"(?:resident|tenant|patient)s?\b)"
        ),
    ),
    (
        # "Twelve extra beds opened at Harbour Lights": beds are where people sleep; so are
        # the rooms and vacancies a home offers ("the room at Bellflower was offered").
        ("bed", "room", "vacanc", " place "),
        "cs",
        lazy_scan(
            # "refused a place at Heatherbank": a place offered in a home.
            r"\b(?:(?P<pre>[a-z]+)[ \t]+)?(?:beds?|rooms?|vacanc(?:y|ies)"
            r"|(?:a|her|his|their)[ \t]+place(?=[ \t]+(?:at|in)[ \t]))[ \t]+"
            r"(?:[a-z]+[ \t]+){0,3}(?:at|in)[ \t]+"
            rf"(?P<cs>{_CAP2})(?![\w'’-])"
        ),
    ),
    (
        # A service that holds rooms or beds is a place people stay: "the service at
        # Bellwether now holds one emergency room".
        ("service at",),
        "cs",
        lazy_scan(
            r"\b(?:the|a|our|their|this)[ \t]+service[ \t]+at[ \t]+(?:the[ \t]+)?"
            rf"(?P<cs>{_CAP2})(?![\w'’-])"
            r"(?=[^.\n]{0,80}\b(?:rooms?|beds?|vacanc(?:y|ies)|residents?|tenants?)\b)"
        ),
    ),
    (
        # The regulator inspects places of care: "CQC visited Larkspur in May".
        ("CQC",),
        "cs",
        lazy_scan(
            r"\bCQC[ \t]+(?:(?:last|first|then|later|had|has|recently|previously)[ \t]+)?"
            r"(?:visited|inspected|rated|re-?inspected)[ \t]+(?:the[ \t]+)?"
            rf"(?P<cs>{_CAP2})(?![\w'’-])"
        ),
    ),
    (
        (
            "hostel",
            "refuge",
            "shelter",
            "home at",
            "home called",
            "scheme at",
            "scheme called",
            "placement at",
            "listed as",
            "recorded as",
            "known as",
        ),
        "cs2",
        lazy_scan(
            r"\b(?:hostel|refuge|shelter|care[ \t]+home|nursing[ \t]+home|scheme"
            # "the previous home is listed as Thornacre", "her last placement at Saltings".
            r"|(?:previous|former|last|first|new|next|current)[ \t]+"
            r"(?:home|placement|scheme))[ \t]+"
            r"(?:at|called|(?:is|was)[ \t]+(?:listed|recorded|known)[ \t]+as)[ \t]+[\"“]?"
            rf"(?P<cs>{_CAP2})(?![\w'’-])"
        ),
    ),
    (
        # Listed beside a generic place of care: "at Brookvale Court, at Larkhill Grange
        # and in hospital" -- the named places are of the same kind as the hospital.
        ("in hospital", "in a care home", "in a nursing home", "in a hospice"),
        "cs4",
        lazy_scan(
            rf"\bat[ \t]+(?:the[ \t]+)?(?P<cs>{_CAP2})(?=(?:,[ \t]+(?:at[ \t]+)?(?:the[ \t]+)?"
            rf"{_CAP2})*,?[ \t]+(?:(?:and|or)[ \t]+(?:(?:then|later|finally)[ \t]+)?"
            r"|(?:then|later|finally)[ \t]+)in[ \t]+"
            r"(?:hospital|a[ \t]+(?:care[ \t]+home|nursing[ \t]+home|hospice))\b)"
        ),
    ),
    (
        (" runs ", " ran ", " operate", " manage", " owns ", " owned "),
        "cs3",
        lazy_scan(
            r"\b(?:which|that|who)[ \t]+(?:runs|ran|operates|operated|manages|managed|owns"
            rf"|owned)[ \t]+(?:the[ \t]+)?(?P<cs>{_CAP2})(?![\w'’-])"
        ),
    ),
)


# Tested first, as plain substrings: most paragraphs hold none of the wordings. Each
# ``in`` skips along the text in C; one pattern of them all was tried at every position
# and cost several times as much. Every wording's words, once each.
_WHERE_MORE = tuple(dict.fromkeys(n for needles, _, _ in _WHERE_LIVED for n in needles))


def _where_lived(text: str, out: list[Span]) -> None:
    # Plain loops, not any() over a generator: this runs for every paragraph.
    for w in _WHERE_MORE:
        if w in text:
            break
    else:
        return
    for needles, group, rx in _WHERE_LIVED:
        for n in needles:
            if n in text:
                break
        else:
            continue
        for m in rx.finditer(text):
            # "the meeting room at Wrenford" is an office, not where anyone lives.
            if m.re.groupindex.get("pre") and m.group("pre") in _OFFICE_ROOMS:
                continue
            words = m.group("cs").split()
            # The last word may be a setting word ("Grange", "Lodge"): the rest must be
            # free of names, towns and ordinary words; "where she lived" after a name
            # ending in a setting word is strong enough for a given name first ("Rowan
            # Vale") -- but not after "beds at".
            ok = _bare_ok
            if needles[0] == "where " and len(words) > 1 and L.norm(words[-1]) in _SETTING_TAIL:
                ok = _place_word_ok
            if not words or not all(ok(w) or L.norm(w) in _SETTING_TAIL for w in words):
                continue
            # "which runs Stourmouth Library": only a building that people live in.
            if group in ("cs3", "cs4") and L.norm(words[-1]) not in _SETTING_TAIL:
                continue
            s, e = m.span("cs")
            out.append(make(text, s, e, "care-setting", _norm(text[s:e]), "bare"))


# A home's or provider's own records, named after it in a heading: "Care home notes,
# Larkhill Grange", "Provider daily notes: Brookvale Court".
_RECORDS_OF = lazy_scan(
    r"\b(?i:care[ \t]+home|nursing[ \t]+home|provider|scheme|home|support|hostel|shelter"
    r"|refuge)[ \t]+"
    r"(?:(?i:daily|care|support|incident|night|key[ \t-]?work(?:er)?)[ \t]+)?"
    r"(?i:notes|records|logs?)"
    rf"[ \t]*[,:–—-][ \t]+(?:the[ \t]+)?(?P<cs>{_CAP2})[ \t]*$"
)


_OFFICE_ROOMS = frozenset(
    "meeting training interview conference committee board consultation waiting visiting "
    "council hearing court function seminar".split()
)
_SETTING_TAIL = frozenset(
    "house lodge manor grange court hall mews view gardens villa place park towers heights "
    "residence retreat grove lawns lights ridge vale rise".split()
)


def _place_word_ok(word: str) -> bool:
    """Like _bare_ok, but a given name, a family name or a plain word ("Rowan", "Oak")
    may be part of a place's name."""
    w = L.norm(word)
    return not (
        w in L.PLACE
        or w in L.ORG
        or w in L.CALENDAR
        or w in L.STARTER
        or w in L.TITLE
        or w in L.GENERIC
        or w in L.ROLE_WORDS
    )


def bare_settings(text: str) -> list[Span]:
    """Homes and schemes named without a generic word, where people lived or were harmed."""
    out: list[Span] = []
    if "campus" in text or "scheme" in text:
        for m in _CAMPUS.finditer(text):
            if _named_ok(m.group("cs").split()) and not _word_before_is(
                text, m.start("cs"), _ANY_ONE
            ):
                key = _norm(m.group("cs"))
                out.append(make(text, m.start("cs"), m.end("kind"), "care-setting", key, "bare"))
    _where_lived(text, out)
    if len(text) < 100 and ("notes" in text or "records" in text or "log" in text):
        for m in _RECORDS_OF.finditer(text):
            if _named_ok(m.group("cs").split()):
                s, e = m.span("cs")
                out.append(make(text, s, e, "care-setting", _norm(text[s:e]), "bare"))
    if "," in text or "(" in text:
        _appositions(text, out)
    _name_kind_after(text, out)
    # Substring tests first (quicker than any pattern): most paragraphs hold neither.
    if "General" in text or "Royal" in text:
        _general(text, out)
    if ", " in text and _COMMA_NUMBER.search(text):
        _home_at_address(text, out)
    if _BARE_GATE.search(text) is None:
        return out
    for a in _BARE_ANCHOR.finditer(text):
        m = _BARE_SETTING.match(text, a.end())
        if m is None:
            continue
        _bare_one(text, m, out, a.group(0).lower())
    return out


# A hospital called by its town and "General" or "Royal", as staff say it: "moving in from
# Ravensmoor General", "admitted to Salford Royal". Not "the Attorney General".
_GENERAL = lazy_scan(
    # Or after its ward: "Ward 14, Hatherley General".
    r"\b(?:at|to|from|in|into|Ward[ \t]+[\w-]+,)[ \t]+(?:the[ \t]+)?"
    rf"(?P<cs>(?:[{UP}][{LOW}]{{3,}}[ \t]+){{1,2}}(?:General|Royal))(?![\w'’-]|[ \t]+[{UP}])"
)


def _general(text: str, out: list[Span]) -> None:
    for m in _GENERAL.finditer(text):
        words = [L.norm(w) for w in m.group("cs").split()[:-1]]
        if any(
            w in L.COMMON or w in L.ROLE_WORDS or w in L.TITLE or w in L.ORG or w in L.FIRST
            for w in words
        ):
            continue
        s, e = m.span("cs")
        # "named", as a hospital with its kind is: its town alone is not it.
        out.append(make(text, s, e, "care-setting", _norm(text[s:e]), "named"))


# A home's name before its street address: "last address Larkhill Grange, 140 Moorside
# Lane". A house with a number and a street is a building, not a family's house; its
# kind word says it is a home; "House" is left out, the word of offices ("Civic House").
# Anchored on the kind word and the address after it; the name before is found after.
_HOME_AT_ADDRESS = lazy_scan(
    rf"\b(?:Lodge|Manor|Grange|Villa|Residence|Lawns),[ \t]+{_NUMBER},?[ \t]+"
    rf"(?:{PLACE_WORD}[ \t]+){{1,3}}(?:{_STREET})\b"
)
_NAME_BEFORE_TAIL = lazy_scan(rf"(?<![\w'’-]){PLACE_WORD}(?:[ \t]+{PLACE_WORD})?[ \t]+$")


# A literal first character: scanned for quickly, unlike a choice of words.
_COMMA_NUMBER = lazy_compile(r", \d")


def _home_at_address(text: str, out: list[Span]) -> None:
    for m in _HOME_AT_ADDRESS.finditer(text):
        n = _NAME_BEFORE_TAIL.search(text, max(0, m.start() - 50), m.start())
        if n is None:
            continue
        s, e = n.start(), text.index(",", m.start())
        s = _trim_front(text, s, e)
        words = text[s:e].split()
        if len(words) < 2 or _word_before_is(text, s, _ANY_ONE):
            continue
        if not all(_place_word_ok(w) and L.norm(w) not in L.COMMON for w in words[:-1]):
            continue
        out.append(make(text, s, e, "care-setting", _norm(text[s:e]), "bare"))


_CS_END = lazy_scan(rf"(?<![\w'’-])(?P<cs>{PLACE_WORD}(?:[ \t]+{PLACE_WORD}){{0,2}})$")
_KIND_GATE = lazy_compile(r"home|scheme|unit|hostel|refuge|shelter|flats")


def _appositions(text: str, out: list[Span]) -> None:
    if _KIND_GATE.search(text) is None:
        return
    kind_first = _KIND_COMMA.search(text) is not None
    for rx in (_KIND_THEN_NAME, _NAME_THEN_KIND):
        if rx is _KIND_THEN_NAME and not kind_first:
            continue
        for m in rx.finditer(text):
            if rx is _NAME_THEN_KIND:
                # The name is right before the comma the match starts with.
                n = _CS_END.search(text, max(0, m.start() - 60), m.start())
                if n is None:
                    continue
                s, e = n.span("cs")
            else:
                s, e = m.span("cs")
            first = text[s:e].split()[:1]
            # "a care home, Mrs Larchbank,": a title before the name makes it a person's.
            if first and L.norm(first[0].rstrip(".")) in L.TITLE:
                continue
            s = _trim_front(text, s, e)
            words = text[s:e].split()
            if not words:
                continue
            normed = [L.norm(w) for w in words]
            # A person ("Mrs Okafor, a care home manager") or a town is not a home.
            if normed[0] in L.TITLE or all(w in L.FIRST or w in L.SURNAME for w in normed):
                continue
            # "a supported-living scheme, Larchbank Court,": the home's own word may close
            # the name (the set holds lower-case words).
            if not all(
                _place_word_ok(w) or L.norm(w) in L.SAINT or L.norm(w) in _SETTING_TAIL
                for w in words
            ):
                continue
            out.append(make(text, s, e, "care-setting", _norm(text[s:e]), "bare"))


_ANY_ONE = frozenset("a an any another every each no some several most many".split())


def _word_before_is(text: str, pos: int, words: frozenset[str]) -> bool:
    m = _LAST_WORD.search(text, max(0, pos - 20), pos)
    return m is not None and m.group(1).lower() in words


_LAST_WORD = lazy_scan(r"([A-Za-z]+)[ \t]+$")


def _name_kind_after(text: str, out: list[Span]) -> None:
    # Anchored on the kind or the staff (rare), the name found before it. Cheap tests
    # first: most paragraphs name neither.
    found = []
    if (
        " home" in text
        or "hostel" in text
        or "refuge" in text
        or "shelter" in text
        or ("living" in text or "extra" in text)
    ):
        # The name ends before the blanks before the kind.
        for m in _NAME_KIND_AFTER.finditer(text):
            found.append((m, len(text[: m.start()].rstrip(" \t"))))
    if " manager" in text or " staff" in text or " resident" in text:
        found.extend((m, m.end("tail")) for m in _STAFF_AFTER.finditer(text))
    for m, name_end in found:
        n = _NAME_END.search(text, max(0, name_end - 60), name_end)
        if n is None:
            continue
        s, e = n.span("cs")
        s = _trim_front(text, s, e)
        words = text[s:e].split()
        if not words or L.norm(words[0]) in L.TITLE:
            continue
        # "a Calderbrook care home", "no Northern supported living scheme": any home
        # of a town or a kind, not one named.
        if _word_before_is(text, s, _ANY_ONE):
            continue
        normed = [L.norm(w) for w in words]
        # "Ruth Kelly residential home manager": a person's name, then her job.
        if all(w in L.FIRST or w in L.SURNAME for w in normed):
            continue
        # A house's last word is its kind; an organisation or an ordinary word is not a
        # home's name ("the council residential home"). Staff belong to a house or a
        # grange ("the Pinewood Grange manager"), not to any capitalised word.
        if len(words) > 1 and normed[-1] in _SETTING_TAIL:
            tail = words[:-1]
            if _is_staff(m) and normed[-1] not in _STAFFED_TAIL:
                continue
        elif _is_staff(m):
            continue
        else:
            tail = words
        if not all(_place_word_ok(w) and L.norm(w) not in L.COMMON for w in tail):
            continue
        end = e if _is_staff(m) else m.end("kind")
        out.append(make(text, s, end, "care-setting", _norm(text[s:e]), "bare"))


def _is_staff(m: re.Match) -> bool:
    return "staff" in m.re.groupindex


_STAFFED_TAIL = frozenset("house lodge manor grange villa residence lawns mews".split())


# "a supported-living scheme in Wallsend": the setting is already said, "in" gives its town.
_SETTING_THEN_IN = lazy_scan(
    r"\b(?:scheme|service|home|homes|flats?|bungalows?|unit|house|hostel|project)[ \t]+$"
)


def _named_ok(words: list[str]) -> bool:
    """Words free of names, towns and ordinary words, save a last word that names a
    kind of building ("Tamarisk Court", "Foxglove Rise")."""
    if len(words) > 1 and L.norm(words[-1]) in _SETTING_TAIL:
        words = words[:-1]
    return all(_bare_ok(w) for w in words)


# -- a table's column of settings --------------------------------------------------------

# Header cells of a column, or labels of a form's row, that say where someone was cared
# for or lived: "Setting", "Placement", "Where", "Current location".
_SETTING_HEADER = lazy_scan(
    r"^[ \t*_]*(?:(?:care|current|usual|last|previous|home)[ \t]+)?(?:setting|placement"
    r"|where|location|care[ \t]+home|accommodation|residence|lives?[ \t]+at|living[ \t]+at)"
    r"(?:[ \t]*\(s\)|s)?[ \t*_]*:?[ \t]*$",
    re.I,
)
# Header cells of a column of agencies: a home is an agency of the review too.
_AGENCY_HEADER = lazy_scan(
    r"^[ \t*_]*(?:agency|agencies|organisation|organization|provider|employer)"
    r"[ \t*_]*:?[ \t]*$",
    re.I,
)
# The name a cell opens with, before a bracket, a comma or the cell's end:
# "Thornbury Grange (respite), 3 Mill Brow".
_CELL_NAME = lazy_scan(
    rf"^[ \t]*(?P<cs>{PLACE_WORD}(?:[ \t]+{PLACE_WORD}){{0,2}})[ \t]*(?=$|[(,;–—])"
)


def setting_column(header: str) -> str | None:
    """ "where" for a column of settings, "agency" for one of agencies, else None."""
    if _SETTING_HEADER.match(header):
        return "where"
    if _AGENCY_HEADER.match(header):
        return "agency"
    return None


# Header cells of a column of the places a person was placed or stayed, not of places
# in general ("Where", "Location" may hold towns).
_PLACEMENTS_HEADER = lazy_scan(
    r"^[ \t*_]*(?:(?:care|current|usual|last|previous)[ \t]+)?(?:setting|placement"
    r"|accommodation|care[ \t]+home|residence)(?:[ \t]*\(s\)|s)?[ \t*_]*:?[ \t]*$",
    re.I,
)


def placements_column(header: str) -> bool:
    """Whether a header cell heads a column of placements ("Setting", "Placement")."""
    return _PLACEMENTS_HEADER.match(header) is not None


def bare_setting_cell(cell: str) -> Span | None:
    """A cell that is a setting's name alone, with no kind's word ("Linhope", "St
    Brannock's"), when its column says it is a placement: free of names, towns and
    ordinary words."""
    if len(cell) > 60:
        return None
    m = _CELL_NAME.match(cell)
    if m is None or cell[m.end("cs") :].strip()[:1] not in ("", "(", ","):
        return None
    words = m.group("cs").split()
    if len(words) > 1 and L.norm(words[0]) in L.SAINT:
        ok = all(_bare_ok(w) for w in words[1:])
    else:
        ok = _named_ok(words)
    if not ok:
        return None
    s, e = m.span("cs")
    return make(cell, s, e, "care-setting", _norm(m.group("cs")), "column")


def setting_cell(cell: str, column: str) -> Span | None:
    """The care setting a cell of a settings column (or an agencies column) names: a
    name that ends in a building's word ("Pennycress Lodge", "Alder Court"), or under
    "Agency" a staffed home's word ("Lodge", "Grange", "Manor"). A name with no such
    word may be a town ("Harrogate"); one with a kind ("Care Home") the first pass finds."""
    if len(cell) > 120:
        return None
    m = _CELL_NAME.match(cell)
    if m is None:
        return None
    words = m.group("cs").split()
    built = len(words) > 1 and L.norm(words[-1]) in (
        _STAFFED_TAIL if column == "agency" else _SETTING_TAIL
    )
    # A family name may name a home ("Ashworth House"); a town may not.
    if not built or not all(_place_word_ok(w) for w in words[:-1]):
        return None
    s, e = m.span("cs")
    return make(cell, s, e, "care-setting", _norm(m.group("cs")), "column")


def _bare_one(text: str, m: re.Match, out: list[Span], anchor: str = "") -> None:
    words = m.group("cs").split()
    saint = words[0].rstrip(".") == "St"
    if not saint and not _named_ok(words):
        return
    # "staff at the Hesketh Deaf Centre": the capitalised name runs on past the two words
    # taken; a part cut from a longer name (an agency's, a library's) is no home's.
    if not m.group("kind") and _CAPITAL_ON.match(text, m.end("cs")):
        return
    # "tenants of Brookvale Court": the people of a building are its residents (of a
    # bare name, "residents of Eastmoor", they may be a town's).
    if (
        m.group("prep") == "of"
        and anchor in _PEOPLE_OF
        and len(words) > 1
        and L.norm(words[-1]) in _SETTING_TAIL
    ):
        s, e = m.span("cs")
        out.append(make(text, s, e, "care-setting", _norm(text[s:e]), "bare"))
        return
    if m.group("prep") == "in" and _SETTING_THEN_IN.search(text, m.start(), m.start("prep")):
        return
    # "moved to Eastmoor" may be a town: "at" and "into" say a building, otherwise
    # the sentence must talk about care.
    if m.group("prep") not in ("at", "into") and not m.group("kind"):
        # The anchor itself does not count: "Residents of Hatherley and the surrounding
        # villages" are a town's people unless the sentence says more.
        cut = len(anchor) if anchor in _PEOPLE_OF else 0
        left = text[max(0, m.start() - 120) : max(0, m.start() - cut)]
        if not (_CARE_TALK.search(left) or _CARE_TALK.search(text, m.end(), m.end() + 120)):
            return
    end = m.end("kind") if m.group("kind") else m.end("cs")
    out.append(make(text, m.start("cs"), end, "care-setting", _norm(m.group("cs")), "bare"))


_PEOPLE_OF = frozenset({"tenant", "tenants", "resident", "residents"})
_CAPITAL_ON = lazy_scan(r"[ \t]+[A-Z][a-z]")


_TITLE_BEFORE = lazy_scan(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Nurse|Sister)\.?[ \t]+$")


def _nth_word_start(s: str, n: int) -> int:
    words = list(re.finditer(r"[^\s&]+", s))
    return words[n].start() if n < len(words) else len(s)


def care_settings(text: str) -> list[Span]:
    out: list[Span] = bare_settings(text)
    if not _SETTING_WORD.search(text):
        return _weak_settings(text, out)
    for m in _NAMED_SETTING.finditer(text):
        suffix = m.group("suffix").split()[0].lower()
        after = (m.group("after") or "").strip().lower()
        if after in _AFTER_AGENCY:
            continue
        start = _trim_front(text, m.start("name"), m.end("name"), keep=0)
        if start >= m.end("name"):
            continue
        raw_words = re.findall(r"[^\s&]+", text[start : m.end("name")])
        name_words = [L.norm(w) for w in raw_words]
        # "Nadine Fairclough of the Public Protection Unit": what follows "of" is
        # the setting, and a generic one.
        if "of" in name_words:
            cut = len(name_words) - name_words[::-1].index("of")
            tail = name_words[cut:]
            if all(w in L.GENERIC or w in L.ORG or w == "the" for w in tail):
                continue
            # "Dr Obafemi Larkin of Wharfedale Lane Surgery": a person, then the place.
            if any(w.rstrip(".") in L.TITLE for w in name_words[:cut]) or _TITLE_BEFORE.search(
                text, max(0, start - 8), start
            ):
                start = start + _nth_word_start(text[start : m.end("name")], cut)
        # Acronyms ("SAB Business Unit", "NHS Clinic") name services, not places.
        if all(
            L.norm(w).strip(".,") in L.GENERIC
            or L.norm(w).strip(".,") in L.ORG
            or L.norm(w) in ("and", "of", "the", "on")
            or (w.isupper() and len(w) <= 5)
            for w in raw_words
        ):
            continue
        # "Tidewell Safeguarding Partnership Business Unit": an organisation's office.
        if suffix == "unit" and any(w in L.ORG for w in name_words):
            continue
        # "Mrs Ward" is a person; "Adult A's Unit" is nobody's name.
        if suffix == "ward" and L.norm(name_words[-1]) in L.TITLE:
            continue
        end = m.end("suffix")
        if suffix in _GP_SUFFIX and _among_agencies(text, start, end):
            continue
        # "Tarnside Medical Practice" names the practice as a body, as "Surgery" and
        # "Health Centre" name the building: an agency, unless someone is registered,
        # seen or a patient there.
        if m.group("suffix").endswith("Practice") and not _PATIENT_AT.search(
            text, max(0, start - 40), start
        ):
            continue
        out.append(make(text, start, end, "care-setting", _norm(text[start:end]), "named"))
    for m in _NUMBERED_WARD.finditer(text):
        out.append(make(text, m.start(), m.end(), "care-setting", _norm(m.group(0)), "ward"))
    return _weak_settings(text, out)


_PATIENT_AT = lazy_scan(
    r"\b(?:registered|seen|examined|treated|attended|attends|patient|patients)"
    r"(?:[ \t]+[a-z]+){0,2}?[ \t]+(?:at|with|of|by)[ \t]+(?:the[ \t]+)?$"
)


# A GP practice's first suffix word: "Surgery", "Medical Practice", "Health Centre"...
_GP_SUFFIX = frozenset({"surgery", "medical", "health", "healthcare", "group", "family"})
_ORG_MARK = lazy_scan(
    r"\b(?:Council|Police|Constabulary|Trust|Ltd|Limited|CIC|Association|Services?"
    r"|Partnership|Board|Care[ \t]+Group|Healthcare)\b"
)
_SENTENCE_END = lazy_scan(r"(?<![A-Z][a-z])[.!?](?=\s|$)|\n")


def _among_agencies(text: str, start: int, end: int) -> bool:
    """A GP practice named as one of a list of organisations ("agencies sent
    chronologies: the Council; the Police; Millbrook Surgery; Heron Care Ltd") is there
    as an agency, not as the place where someone was seen."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    nxt = _SENTENCE_END.search(text, end)
    right = nxt.start() if nxt else len(text)
    before = text[left:start].rstrip()
    # A list item: after a separator, not after "registered at" or "the GP at".
    if not (before.endswith((";", ",", ":")) or before.endswith(" and") or not before):
        return False
    sentence = before + " " + text[end:right]
    if sentence.count(";") + sentence.count(",") < 2:
        return False
    return sum(1 for _ in _ORG_MARK.finditer(sentence)) >= 2


# A weak place word where the sentence speaks of its residents or tenants: "a session at
# Thornacre Grange; residents' relatives came". Not Court or Hall (courts, town halls).
_AT_WEAK = lazy_scan(
    rf"\b(?:at|in|to|from)[ \t]+(?:the[ \t]+)?(?P<cs>(?:{PLACE_WORD}[ \t]+){{1,3}}"
    r"(?:House|Lodge|Manor|Grange|Villa|Residence|Lawns|Gardens|Mews))\b(?![ \t]+of\b)"
)
_RESIDENTS = lazy_scan(r"\b(?:[Rr]esidents?|[Tt]enants?)\b")
_CLAUSE_END = lazy_scan(r"[.!?](?:\s|$)|\n")


def _weak_settings(text: str, out: list[Span]) -> list[Span]:
    if not _WEAK_CUE.search(text):
        return out
    for m in _WEAK_SETTING.finditer(text):
        s, e = m.span("cs")
        s = _trim_front(text, s, e)
        # "the meeting at Council House": with the organisation trimmed, "House" alone.
        if " " not in text[s:e].strip():
            continue
        out.append(make(text, s, e, "care-setting", _norm(text[s:e]), "placed"))
    if ("esident" in text or "enant" in text) and _RESIDENTS.search(text):
        for m in _AT_WEAK.finditer(text):
            left = max((c.end() for c in _CLAUSE_END.finditer(text, 0, m.start())), default=0)
            nxt = _CLAUSE_END.search(text, m.end())
            if not _RESIDENTS.search(text, left, nxt.start() if nxt else len(text)):
                continue
            s, e = m.span("cs")
            s = _trim_front(text, s, e)
            words = text[s:e].split()
            # "Council House", "Civic House": an office, not a home.
            if len(words) < 2 or not all(_place_word_ok(w) for w in words[:-1]):
                continue
            out.append(make(text, s, e, "care-setting", _norm(text[s:e]), "placed"))
    return out


class KnownSettings:
    """Care settings found in a document, found again by their own name alone:
    "Meadowcroft Nursing Home" once, then "night staffing at Meadowcroft"."""

    def __init__(self, spans: list[Span]) -> None:
        names: dict[str, str] = {}
        guarded: dict[str, str] = {}
        for span in spans:
            words = span.text.split()
            # "Ravensmoor General" after "Ravensmoor General Hospital": the town alone is
            # not the hospital, the town with "General" or "Royal" is.
            if len(words) > 2 and words[-2] in ("General", "Royal") and words[0] != "the":
                names[" ".join(words[:-1])] = span.key
            # Only homes are called by their name alone; "Northfield" of "Northfield
            # General Hospital" is the town.
            if span.how != "bare" and span.key.split()[-1] not in _HOME_WORDS:
                continue
            first = span.text.split()[0] if span.text.split() else ""
            if first.lower() == "the" and len(span.text.split()) > 1:
                first = span.text.split()[1]
            if len(first) >= 4 and first[:1].isupper() and first[1:].islower():
                if _bare_ok(first):
                    names[first] = span.key
                    # In a quoted note written fast: "new resident from brookvale".
                    names[first.lower()] = span.key
                elif _surname_or_town(first):
                    # "Thornbury" of "Thornbury Grange" is also a family name or a town:
                    # the home only where the sentence moves someone to or from it.
                    guarded[first] = guarded[first.lower()] = span.key
            # The whole name again ("At Larchfield Grange Maggie shared..."), wherever
            # the first pass lacked the sentence that says people lived there.
            words = span.text.split()
            if len(words) > 1 and words[0].lower() != "the":
                names[" ".join(words)] = span.key
                # "Juniper Lodge" after "Juniper Lodge Care Home": the name without its kind.
                bare = _SUFFIX_END.sub("", _KIND_END.sub("", " ".join(words)))
                if " " in bare and bare != " ".join(words):
                    names[bare] = span.key
        for n in names:
            guarded.pop(n, None)
        self.guarded = guarded
        names = {**guarded, **names}
        self.keys = names
        self.full = {n for n in names if " " in n}
        alts = sorted(names, key=len, reverse=True)
        self.regex = (
            re.compile(
                # Not inside an e-mail address or a web address ("larkhill.office@").
                r"(?<![\w@.-])(?:"
                + "|".join(r"[ \t]+".join(map(re.escape, a.split())) for a in alts)
                + r")(?![\w'’@-]|\.\w)"
            )
            if names
            else None
        )

    def mentions(self, text: str) -> list[Span]:
        if self.regex is None:
            return []
        out = []
        for m in self.regex.finditer(text):
            found = " ".join(m.group(0).split())
            # Part of a longer name ("Moorside Care Group", "Homecare Moorside"): not it.
            if found not in self.full and (
                _NEXT_CAP.match(text, m.end())
                or _PREV_CAP.search(text, max(0, m.start() - 30), m.start())
            ):
                continue
            # "Harbour Lights Housing Ltd" is the provider, not the hostel.
            nxt = _NEXT_WORD.match(text, m.end())
            if nxt and nxt.group(1)[:1].isupper() and L.norm(nxt.group(1)) in L.ORG:
                continue
            if found in self.guarded and not _moved_there(text, m.start()):
                continue
            out.append(make(text, m.start(), m.end(), "care-setting", self.keys[found], "known"))
        return out


def _surname_or_town(word: str) -> bool:
    """A word that is a family name or a town and nothing more ordinary."""
    w = L.norm(word)
    return (w in L.SURNAME or w in L.PLACE) and _bare_ok_but_names(w)


def _bare_ok_but_names(w: str) -> bool:
    return not (
        w in L.FIRST
        or w in L.COMMON
        or w in L.ORG
        or w in L.CALENDAR
        or w in L.STARTER
        or w in L.TITLE
        or w in L.GENERIC
        or w in L.ROLE_WORDS
    )


# Someone moved to or from the place, or lived, stayed or died there: "Moves from
# Thornbury to ...", "admitted from thornbury", "at Thornbury she shared a table with a
# lady who had lived ...". The preposition right before, a word of living in the sentence.
_PREP_BEFORE = lazy_scan(r"\b(?i:at|to|from|into)[ \t]+$")
_LIVED_IN_SENTENCE = lazy_scan(
    r"\b(?i:lived|lives|living|moved|moves|moving|admitted|admission|discharged|discharge"
    r"|placed|placement|respite|returned|transferred|stayed|resident|residents|died|dies"
    r"|settled)\b"
)


def _moved_there(text: str, start: int) -> bool:
    if _PREP_BEFORE.search(text, max(0, start - 8), start) is None:
        return False
    left = max(
        (m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 200), start)),
        default=max(0, start - 200),
    )
    nxt = _SENTENCE_END.search(text, start, start + 200)
    right = nxt.start() if nxt else min(len(text), start + 200)
    return _LIVED_IN_SENTENCE.search(text, left, right) is not None


_SUFFIX_END = lazy_scan(rf"[ \t]+(?:{_SETTING})$")
# A kind in lower case after the name: "Brookvale Court campus" is "Brookvale Court".
_KIND_END = lazy_scan(r"[ \t]+(?:campus|scheme|site|service|flats|bungalows?)$")
_HOME_WORDS = frozenset(
    "home house lodge manor grange court hall campus scheme villa residence gardens view".split()
)
_NEXT_CAP = lazy_scan(r"[ \t]+[A-Z]")
_NEXT_WORD = lazy_scan(r"[ \t]+([\w'’-]+)")
_PREV_CAP = lazy_compile(r"[A-Z][\w'’-]*[ \t]+$")


# "moved to Thornbury Court and Meadowsweet", "worked at Fernleigh before Larkspur": a
# bare name joined to a care setting is another of the same kind.
# The name may carry a home's building word: "at Larkhill Grange and Quillfield House".
_JOINED_NAME = rf"[{UP}][{LOW}]{{3,}}(?:[ \t]+(?:Lodge|Manor|Grange|Villa|Residence|Lawns|House))?"
_JOIN_AFTER = lazy_scan(
    rf"[ \t]+(?:and|or|before|after|then)[ \t]+(?:(?:at|to)[ \t]+)?(?:the[ \t]+)?"
    rf"(?P<cs>{_JOINED_NAME})(?![\w'’-]|[ \t]+[{UP}])"
)
_JOIN_BEFORE = lazy_scan(
    rf"\b(?:at|to|in|from)[ \t]+(?:the[ \t]+)?(?P<cs>{_JOINED_NAME})[ \t]+"
    r"(?:and|or|before|after|then)[ \t]+(?:(?:at|to)[ \t]+)?(?:the[ \t]+)?$"
)


def coordinated(text: str, spans: list[Span]) -> list[Span]:
    """Bare names joined by "and", "or", "before" or "after" to a care setting found."""
    out: list[Span] = []
    for span in spans:
        if span.entity != "care-setting":
            continue
        found = [_JOIN_AFTER.match(text, span.end)]
        found.append(_JOIN_BEFORE.search(text, max(0, span.start - 40), span.start))
        for m in found:
            if m is not None and _bare_ok(m.group("cs").split()[0]):
                s, e = m.span("cs")
                out.append(make(text, s, e, "care-setting", _norm(text[s:e]), "bare"))
    return out
