"""Names found from where they stand, not from the name lists.

Many real names are on no list ("Fenella Brightwater", "Saoirse Blanchflower"), and a
list can never be long enough. The layout of a document often says a name is there
whatever it is: a signature block (a name on its own line, a job title on the next), a
greeting or sign-off in an e-mail ("Hi Magnus,", "Thanks, Magnus"), an e-mail header
("From: Magnus Tillotson <...>"), a labelled line ("Report by:", "Chair:", "Minutes:"),
a name before a job title in capitals ("Bartholomew Quayle, Business Manager"), a
relative's name in brackets ("Daughter (Pip)") and someone "from our team". Each
finder here is one such shape; every candidate must still be capitalised, and none of
its words an ordinary, role, place or organisation word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lazyre import lazy_compile, lazy_scan
from . import lexicon as L
from .spans import Span, make
from .tokens import NAME, trie_pattern

_SEQ2 = rf"{NAME}(?:[ \t]+{NAME}){{1,2}}"  # two or three capitalised words
_SEQ = rf"{NAME}(?:[ \t]+{NAME}){{0,2}}"  # one to three

#: The last word of a job title written in capitals ("Business Manager", "Named GP").
ROLE_HEAD = (
    r"Manager|Lead|Director|Officer|Chair|Chairperson|Solicitor|Superintendent|Co-?ordinator"
    r"|Adviser|Advisor|Administrator|Practitioner|Worker|Nurse|Specialist|Consultant|Inspector"
    r"|Therapist|Doctor|GP|Reviewer|Author|Secretary|Partner|Head[ \t]+of[ \t]+[A-Z][\w-]+"
)
_TITLE_WORDS = rf"(?:(?:[A-Z][\w'’-]*|of|and|for|&)[ \t]+){{0,5}}(?:{ROLE_HEAD})\b"

# "Bartholomew Quayle, Business Manager", "Declan Fairweather-Mohr, our Partnership
# Business Manager", "Hollis Graves (Senior Practitioner)".
# Anchored on the punctuation and the title (rare); the name before it is found after.
_TITLE_AFTER = lazy_scan(
    rf"(?:['’]s)?[ \t]*(?:,|\(|–|—)[ \t]*(?:(?:our|the|their|its|a)[ \t]+)?{_TITLE_WORDS}"
)
_NAME_END = lazy_scan(rf"(?<![\w'’-])(?P<name>{_SEQ2})$")
# A signature: a paragraph that is a name and a job title ("Ludmila Ostrowska\nTissue
# Viability Nurse Specialist": the reader joins the lines with a space).
_SIGNATURE = lazy_scan(
    rf"^[ \t>*_]*(?P<name>{NAME}(?:[ \t]+{NAME}){{1,2}}?)[ \t*_]*,?[ \t\n]+(?:{_TITLE_WORDS})"
)
_AFTER_NAME = rf"(?=[ \t]*(?:[,.!]|\n|$)|[ \t\n]+{_TITLE_WORDS})"
# "Hi Magnus,", "Dear Philippa", "Thanks, Magnus", "Kind regards,\nSaoirse Blanchflower".
_GREETING = lazy_scan(
    rf"(?:^|(?<=[\n>.!?]))[ \t>]*(?:Hi|Hello|Dear|Thanks|Thank[ \t]+you"
    rf"|Many[ \t]+thanks|Cheers|Regards|Kind[ \t]+regards|Best[ \t]+wishes|Warm[ \t]+regards"
    rf"|Yours[ \t]+sincerely|Yours)(?:,|[ \t]+(?=[A-Z]))[ \t]*\n?[ \t>]*(?P<name>{_SEQ})"
    + _AFTER_NAME
)
# "From: Magnus Tillotson <magnus.tillotson@example.com>".
_HEADER = lazy_scan(
    rf"(?:^|(?<=[\n>]))[ \t>*_]*(?:From|To|Cc|Sender)[ \t*_]*:[ \t*_]*(?P<name>{_SEQ})[ \t]*<"
)
# "Ayodele from our team will ring you", "visited with Kezia from the OT team".
# The sentence must go on ("will ring you") or the name follow "with" or "and": a
# heading "Reply from the duty team" names nobody.
_FROM_TEAM = lazy_scan(
    r"[ \t]+from[ \t]+(?:our|the|his|her|their|your)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,3}(?:team|service|unit|department|practice|office)\b"
    r"(?P<on>[ \t]+[a-z])?"
)
_NAME_END_ANY = lazy_scan(rf"(?<![\w'’-])(?P<name>{_SEQ})$")
_WITH_BEFORE = lazy_scan(r"\b(?:with|and|to|by|from|asked|told)[ \t]+$")
# "Daughter (Pip) present", "his son (Callum)".
_RELATIVE = lazy_scan(
    r"\b"
    + trie_pattern(
        {
            v
            for w in "daughter son wife husband sister brother mother father partner niece "
            "nephew neighbour friend mum dad grandson granddaughter".split()
            for v in (w, w.capitalize())
        }
    )
    + rf"[ \t]*\([ \t]*(?P<name>{_SEQ})[ \t]*\)"
)
# A labelled line whose value is a person: "REPORT BY: Fenella Brightwater",
# "**Minutes:** Lucinda Mbeki-Fraser", "Chair: Temperance Oduya (ASC)".
LABEL = (
    r"(?i:report(?:ed)?[ \t]+by|prepared[ \t]+by|written[ \t]+by|compiled[ \t]+by|author"
    r"|authors|reviewer|lead[ \t]+reviewer|independent[ \t]+reviewer|chair|chairperson"
    r"|vice[- ]chair|minutes|minute[- ]taker|note[- ]taker|notes|signed|signed[ \t]+by"
    r"|approved[ \t]+by|present|attendees|apologies|in[ \t]+attendance"
    # Any label ending in a post: "Report author:", "Panel chair:", "Named contact:".
    r"|(?:[a-z-]+[ \t]+){0,2}(?:author|reviewer|chair|chairperson|manager|officer|lead"
    r"|co-?ordinator|contact|worker|practitioner|nurse|doctor|gp))"
)
# The reader joins a block of "Label: value" lines into one paragraph ("Chair: X Present:
# A (ICB); B (Police) Apologies: C Minutes: D"), so a capitalised label may stand
# mid-paragraph; its value then ends where the next label starts (_NEXT_LABEL).
_LABELLED = lazy_scan(rf"(?m)^[ \t>*_-]*{LABEL}[ \t*_]*:[ \t*_]*(?P<rest>[^\n]+)")
_LABELLED_MID = lazy_scan(
    rf"(?m)(?:^[ \t>*_-]*|(?<=[ \t*_])(?=[A-Z])){LABEL}[ \t*_]*:[ \t*_]*(?P<rest>[^\n]+)"
)
# Two labels or more in a paragraph: a joined block of labelled lines.
_LABEL_COLON = lazy_compile(r"[A-Za-z][ \t*_]*:[ \t]")
_NEXT_LABEL = lazy_scan(rf"[ \t*_]+(?=[A-Z]){LABEL}[ \t*_]*:(?![\d/])")
# One person in a labelled line's list, ending where the item does ("Hollis Graves
# (Brookvale)"; not "Northfield" of "Northfield ICB").
_ITEM = lazy_scan(
    r"(?:^|[;,][ \t]*|\band[ \t]+)"
    r"(?:(?P<title>Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|DS|DI|DCI|DC|PC|Sgt|Supt"
    r"|Superintendent|Inspector|Sergeant|Cllr|Councillor|Revd|Rev)\.?[ \t]+)?"
    rf"(?P<name>{_SEQ})(?=[ \t]*(?:[(;,.]|$|and\b|[*_])|[ \t]+[A-Z]{{3,}}[ \t]*:)"
)

# A review paper's keeper named after the role: "Recorded by Morwenna Trethowan.",
# "Compiled by ... ; checked by ...", "(chair Ivo Pascoe)". Two words or three.
_KEEPER = lazy_scan(
    r"(?:(?<![\w'’-])(?:Compiled|Recorded|Minuted|Collated|Checked|Countersigned)"
    r"|;[ \t]*(?:checked|approved|countersigned))[ \t]+by[ \t]+"
    r"|\((?:chair|chaired[ \t]+by)[ \t]+"
)
# Cheap test first: the keeper's verb ("checked" only after a semicolon).
_KEEPER_GATE = lazy_compile(
    r"Compiled|Recorded|Minuted|Collated|Checked|Countersigned|;[ \t]*[cak]"
)
_KEEPER_NAME = lazy_scan(rf"(?P<name>{_SEQ2})(?=[ \t]*[.,;)]|[ \t]+(?:from|on)\b)")


_WORD = lazy_scan(r"[\w'’-]+")
_AND_ORG = lazy_scan(r"[ \t]+(?:and|&)[ \t]+(?P<run>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*)")
_TAIL_STOP = L.NOT_NAME | L.COMMON
_ORG_OF = lazy_scan(
    r"\b(?P<org>[A-Z][a-z]+)[ \t]+of[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?[ \t]*$"
)


_RANKS = frozenset({"superintendent", "supt", "dci", "sergeant", "inspector", "professor"})


def _plain(words: list[str], single_ok: bool, labelled: bool = False) -> bool:
    """Capitalised words that may be a name: none an ordinary, role, place or
    organisation word; one word alone only if it is no ordinary word at all."""
    normed = [L.norm(w.rstrip(".")) for w in words]
    while len(normed) > 1 and (normed[0] in L.TITLE or normed[0] in _RANKS):
        normed = normed[1:]
    # "May Ferreira-Holt": a given name that is also a month or word, before a surname
    # that is no ordinary word, is read as the name (a month after a word of time is
    # taken out later, in person._month_in_time).
    head = 1 if len(normed) > 1 and normed[0] in L.WORD_NAMES else 0
    if any(w in L.NOT_NAME for w in normed[head:]) or (
        head and any(w in L.COMMON for w in normed[1:])
    ):
        return False
    if len(normed) == 1:
        w = normed[0]
        return single_ok and len(w) > 1 and not L.ordinary(w)
    # "Legal Adviser", "Information Governance": a common first word must be a given name;
    # after a label that lists people ("Minutes: Cherry Fairbairn") it may be one no list
    # holds, before a family name that is no English word at all.
    if all(w in L.COMMON for w in normed):
        return False
    if normed[0] in L.COMMON and normed[0] not in L.FIRST:
        return labelled and len(normed) == 2 and not L.ordinary(normed[-1])
    # "Vulnerable Customers Lead": a last word that English uses often, with its
    # inflections, and that no name list holds is a team's or a post's word, not a
    # family name (asked last: word frequencies load on first use).
    last = normed[-1]
    return last in L.SURNAME or last in L.FIRST or not L.ordinary(last)


def _trim(text: str, start: int, end: int) -> int:
    """Drop trailing role or ordinary words the name ran into ("... Blanchflower Duty")."""
    toks = [m for m in _WORD.finditer(text, start, end)]
    while len(toks) > 1 and L.norm(toks[-1].group(0)) in _TAIL_STOP:
        toks.pop()
    return toks[-1].end() if toks else end


def _add(out: list[Span], text: str, start: int, end: int, how: str, single_ok: bool) -> None:
    # "Northfield Police", "Harrowfield Homes": an organisation, whatever comes first.
    if any(L.norm(w) in L.ORG or L.norm(w) in L.PLACE for w in text[start:end].split()):
        return
    end = _trim(text, start, end)
    words = text[start:end].split()
    # "Thanks, Callum / Callum Ferreira-Doyle": a sign-off, then the signature on the next
    # line (a quote's lines are joined); no one is called "Callum Callum".
    if len(words) > 2 and words[0] == words[1]:
        start = text.index(words[1], start + len(words[0]))
        words = words[1:]
    if words and _plain(words, single_ok, how == "label"):
        key = " ".join(L.norm(w) for w in words if L.norm(w) not in L.TITLE)
        out.append(make(text, start, end, "person", key, how))


# Cheap test first, one scan for both: most paragraphs hold no job title and no greeting.
_GATE = lazy_scan(
    rf"\b(?:(?P<role>{ROLE_HEAD})\b|(?P<greet>Hi|Hello|Dear|Thanks|Thank|Many|Cheers|Regards"
    r"|Kind|Best|Warm|Yours)\b)"
)


def structural(text: str) -> list[Span]:
    """Every name these layouts give away in ``text``."""
    out: list[Span] = []
    role = greet = False
    for g in _GATE.finditer(text):
        if g.group("role"):
            role = True
        else:
            greet = True
        if role and greet:
            break
    if role:
        if "," in text or "(" in text or "–" in text or "—" in text:
            for m in _TITLE_AFTER.finditer(text):
                n = _NAME_END.search(text, max(0, m.start() - 60), m.start())
                if n is not None:
                    _add(out, text, *n.span("name"), "name-title", False)
        m = _SIGNATURE.match(text)
        if m:
            _add(out, text, *m.span("name"), "signature", False)
    if greet:
        for m in _GREETING.finditer(text):
            _add(out, text, *m.span("name"), "greeting", True)
    if "<" in text:
        for m in _HEADER.finditer(text):
            _add(out, text, *m.span("name"), "header", True)
    if " from " in text:
        for m in _FROM_TEAM.finditer(text):
            n = _NAME_END_ANY.search(text, max(0, m.start() - 50), m.start())
            if n is None:
                continue
            if m.group("on") or _WITH_BEFORE.search(text, max(0, n.start() - 12), n.start()):
                _add(out, text, *n.span("name"), "from-team", True)
    if "(chair" in text or (" by " in text and _KEEPER_GATE.search(text)):
        for m in _KEEPER.finditer(text):
            if (n := _KEEPER_NAME.match(text, m.end())) is not None:
                _add(out, text, *n.span("name"), "keeper", False)
    if "(" in text:
        for m in _RELATIVE.finditer(text):
            _add(out, text, *m.span("name"), "relative", True)
    if ":" in text:
        pos = 0
        block = len(_LABEL_COLON.findall(text)) > 1
        labelled = _LABELLED_MID if block else _LABELLED
        while (m := labelled.search(text, pos)) is not None:
            rest = m.start("rest")
            value = m.group("rest")
            if (nxt := _NEXT_LABEL.search(value)) is not None:
                value = value[: nxt.start()]
            pos = rest + max(1, len(value))
            # "A (AB), Designated Nurse; C (CD), Pennine Edge": with people set apart by
            # semicolons, what follows a comma is a post or an organisation.
            groups = ";" in value
            for it in _ITEM.finditer(value):
                if groups and it.start() and value[it.start()] == ",":
                    continue
                # "Deputy Chief Nurse, Cawley and Brantwood Integrated Care Board": a
                # place joined to another that runs on into an organisation's name.
                if (org := _AND_ORG.match(text, rest + it.end("name"))) is not None and any(
                    L.norm(w) in L.ORG for w in org.group("run").split()
                ):
                    continue
                # "Royal Borough of Windsor and Maidenhead", "University Hospitals of Derby
                # and Burton": the place joined to the one after an organisation's "of".
                if (
                    value.startswith("and", it.start())
                    and (of := _ORG_OF.search(value, max(0, it.start() - 60), it.start()))
                    is not None
                    and L.norm(of.group("org")) in L.ORG
                ):
                    continue
                # A title before the name is part of it ("Dr Anjali Venkataraman").
                # A rank that is a post ("Superintendent") is not (labelling convention).
                title = it.group("title")
                s = rest + (
                    it.start("title") if title and L.norm(title) in L.TITLE else it.start("name")
                )
                _add(out, text, s, rest + it.end("name"), "label", True)
    return out


# -- staff initials --------------------------------------------------------------------

# Minutes and case notes name people by their initials once their full name is given
# ("**ASC:** TO summarised contact", "BQ to send the specification", "– IS" at the end of
# a note). Initials count only where the sentence uses them as a person: before a verb
# of reporting or an action ("to send"), or signing a note off after a dash.
_AS_PERSON_AFTER = lazy_scan(
    # '"PM" is Precious Mhlanga': a key to the initials names them too.
    r"[\"”]?[ \t]+(?:to|is|will|would|said|says|summarised|reported|agreed|confirmed|noted|asked"
    r"|explained|advised|thanked|raised|presented|updated|shared|described|has|had|was"
    r"|visited|spoke|rang|met|chaired|declared|reminded|flagged|recommended|proposed"
    r"|suggested|welcomed|introduced|outlined|queried|circulated|gave|sent|led"
    r"|joined|apologised|reports|notes|wrote|replied"
    # A note's line: "HK informed", "BQ / frank m informed".
    r"|informed|aware|present|attended|documented|checked|completed|signed"
    # A tracker's note of who is on it: "MT chasing.", "TL drafting; due May".
    r"|[a-z]{2,}ing(?=[ \t]*(?:[.;,)]|$)))\b"
    r"|[ \t]+/[ \t]+[A-Za-z]"
)
# Minutes name a speaker by initials in a run-in heading: "Police (MP): occurrence
# opened", "**Provider (RB)**: two incidents".
# The opening bracket and quotation mark, or a quoted item before, of '("BQ", "bev")'.
_QUOTED_IN_BRACKETS = lazy_compile(r"\([ \t]*(?:[\"“][^\"”()]{1,10}[\"”],[ \t]*)*[\"“]$")
_RUN_IN_AFTER = lazy_compile(r"\)[ \t*_]*:")
# An action plan's owner cell holds initials alone: "CM", "CM / MP", "HQ and JL".
_INITIALS_CELL = lazy_scan(
    r"[ \t]*[A-Z][A-Za-z]{1,3}(?:[ \t]*(?:/|,|&|and)[ \t]*[A-Z][A-Za-z]{1,3})*[ \t]*"
)
# Signed off after a dash, or after the note's last full stop ("... by phone. PM").
_SIGN_OFF_BEFORE = lazy_compile(r"(?:[–—-]|[.!?])[ \t]*$")
_LOWER_SIGN_OFF = lazy_compile(r"[–—-][ \t]*([a-z]{2,3})[ \t]*[\"”)]?[ \t]*$")
_END_AFTER = lazy_scan(r"[ \t]*[\"”)]?[ \t]*$")


#: Capitals that are a role or an organisation ("SW", "GP", "ICB"), never initials.
_NOT_INITIALS = frozenset(r.upper() for r in L.ROLE_PHRASES) | frozenset(w.upper() for w in L.ORG)


_SPEAKER_AFTER = lazy_scan(r"[ \t*_]*:[ \t]")
_BY_BEFORE = lazy_scan(r"\b(?:by|from|with|thanked)[ \t]+$")


def _sentence_open(text: str, pos: int) -> bool:
    i = pos
    while i > 0 and text[i - 1] in " \t*_>":
        i -= 1
    return i == 0 or text[i - 1] in ".!?\n|"


_ITEM_BEFORE = lazy_compile(r"\([^()\n]{0,40}[,;/][ \t]*$|\([ \t]*$")
_ITEM_AFTER = lazy_scan(r"[ \t]*(?:[,;/][^()\n]{0,40})?\)")


def _in_brackets_alone(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is an item of its own inside brackets: "(MOP)", "(ZW,
    unanimous)", "(19/11/2026, ZW)"."""
    return (
        _ITEM_BEFORE.search(text, max(0, s - 42), s) is not None
        and _ITEM_AFTER.match(text, e) is not None
    )


def _named_before(text: str, pos: int, key: str) -> bool:
    """The person's family name ends the words right before ``pos``."""
    return text[max(0, pos - 40) : pos].rstrip().lower().endswith(key.split()[-1])


def _named_in_brackets(text: str, end: int, key: str) -> bool:
    """The person's name, ending in their family name, in brackets right at ``end``."""
    if text[end : end + 2] != " (":
        return False
    close = text.find(")", end, end + 60)
    return close > 0 and text[end + 2 : close].lower().rstrip(". ").endswith(key.split()[-1])


def _defined(texts: Sequence[str], initials: str, key: str) -> bool:
    """Whether a paragraph gives ``initials`` in brackets right after the person's name
    ("Amrit Sandhu (AS)") or the name in brackets right after them ("ME (Dr M.
    Essien)")."""
    inside, before = f"({initials})", f"{initials} ("
    for text in texts:
        at = text.find(inside)
        if at > 0 and _named_before(text, at, key):
            return True
        at = text.find(before)
        if (
            at >= 0
            and (at == 0 or not text[at - 1].isalnum())
            and _named_in_brackets(text, at + len(initials), key)
        ):
            return True
    return False


# A case note signed with its writer's initials alone, no full name given anywhere:
# "... cream applied. FM", "... chaplain to visit. bk". After the note's last full stop
# (or a dash), at its very end; never a note's own abbreviations ("Plan: NFA").
_NOTE_SIGNED = lazy_compile(r"(?:[.!?;]|[ \t][–—-])[ \t]*([A-Z]{2,3}|[a-z]{2})[ \t]*$")
#: What a clinical or social care note ends with that is no one's initials.
_NOTE_ENDINGS = frozenset(
    """nfa prn nok bp ok tbc tba na n/a ooh edt rip tto dnr asc ed ae am pm iv im sc od
    bd tds qds mdt ecg uti bmi obs hr rr gcs cpr mca bia dols lpa ssw sw ot pt dn hv
    salt cmht crht ct mri dna wnb""".split()
)


# Signed with a given name in lower case, alone or with the family name's initial:
# "... tea made. rose a", "... tell the office. faith". A carer signs with her own name;
# the word must be a given name, and with no initial one a note would not end on.
_NOTE_SIGNED_NAME = lazy_compile(r"[.!?;][ \t]*([a-z]{3,12})((?:[ ][A-Za-z])?)[ \t]*$")
#: Given names that end a note as words: a status, a modal, a note's own words.
_NOTE_END_WORDS = frozenset(
    "will may can must mark bill amber green red ruby pat max nick rosemary les lee sky "
    "june april august autumn summer dawn".split()
)

_MODAL_WORDS = frozenset("will may can must".split())


def signed_note(text: str) -> Span | None:
    """The initials a quoted case note is signed with, if they are its last word, or
    the writer's given name in lower case ("... tea made. rose a")."""
    if len(text) > 600:
        return None
    m = _NOTE_SIGNED.search(text)
    if m is None:
        n = _NOTE_SIGNED_NAME.search(text)
        if n is None:
            return None
        word = n.group(1)
        # With the family name's initial even a name that is a word is the person
        # ("dawn P", "rose a"); a modal never is.
        stop = _MODAL_WORDS if n.group(2) else _NOTE_END_WORDS
        if word not in L.FIRST or word in stop or word in _NOTE_ENDINGS:
            return None
        # With no initial, the name must be no ordinary word ("faith" is one, "rose a"
        # is not), or the note must be a carer's first-person entry ("I said ...").
        if not n.group(2) and L.ordinary(word) and not _FIRST_PERSON.search(text):
            return None
        return make(
            text, n.start(1), n.end(2) or n.end(1), "person", (word + n.group(2)).lower(), "signed"
        )
    word = m.group(1)
    low = word.lower()
    if (
        low in _NOTE_ENDINGS
        or low in L.COMMON
        or low in L.NOT_NAME
        or word.upper() in _NOT_INITIALS
    ):
        return None
    return make(text, m.start(1), m.end(1), "person", low, "signed")


_FIRST_PERSON = lazy_scan(r"\b(?:I|I'm|I’m|I've|I’ve|me|my|myself)\b")


# A key whose given names are initials only: "r. k. bassi", "k bliss".
_ABBREVIATED = re.compile(r"^(?:[a-z]\.?[ ]){1,3}\S+$")


class KnownInitials:
    """Initials of the full names found in a document, each standing for one person."""

    def __init__(self, keys: set[str], texts: Sequence[str] = ()) -> None:
        """``texts``, the document's paragraphs, may define initials that spell a common
        word beside the full name ("Amrit Sandhu (AS)", "ME (Dr M. Essien)"): those
        stand for the person too, though "as" and "me" are words."""
        owners: dict[str, set[str]] = {}
        # "r. k. bassi" is an abbreviation of "ravinder kaur bassi", not a second owner of
        # "RKB": abbreviated keys come last and claim only initials no full name has.
        full = [k for k in keys if not _ABBREVIATED.match(k)]
        short = {k for k in keys if _ABBREVIATED.match(k)}
        taken: set[str] = set()
        for key in (*full, *short):
            parts = key.split()
            if key in short:
                initials = "".join(p[0] for p in parts).upper()
                if initials in taken:
                    continue
            particles = sum(p in L.PARTICLES for p in parts)
            particle = particles > 0
            # "Joaquim de la Cruz Ferreira": each particle adds a part.
            if 2 <= len(parts) <= 3 + particles:
                owners.setdefault("".join(p[0] for p in parts).upper(), set()).add(key)
                # "HMB" for Hazel MacAskill-Byrne: each part of a double-barrelled name.
                if "-" in key:
                    whole = "".join(q[0] for p in parts for q in p.split("-") if q)
                    if len(whole) <= 4:
                        owners.setdefault(whole.upper(), set()).add(key)
                # "GdS" for Grace de Souza, "OaR" for Owain ap Rhys: a particle's initial
                # stays in lower case.
                if particle:
                    mixed = "".join(p[0] if p in L.PARTICLES else p[0].upper() for p in parts)
                    owners.setdefault(mixed, set()).add(key)
                if key not in short:
                    taken.add("".join(p[0] for p in parts).upper())
        self.map = {
            k: next(iter(v))
            for k, v in owners.items()
            if len(v) == 1
            and k not in _NOT_INITIALS
            and k.lower() not in L.NOT_NAME
            # "RAG" (a status column) of Rhodri ap Gwilym: capitals that spell an ordinary
            # word read as the word; the mixed "RaG" stays his.
            and not (len(k) > 2 and k.isupper() and L.ordinary(k.lower()))
        }
        for k, v in owners.items():
            if (
                len(v) == 1
                and k not in self.map
                and k not in _NOT_INITIALS
                and k.isupper()
                and _defined(texts, k, next(iter(v)))
            ):
                self.map[k] = next(iter(v))
        # Initials the document spells out beside the full name ("Zofia Wiśniewska
        # (ZW)") stand for that person wherever a bracket or a list holds them alone:
        # "**Police (MOP).**", "(ZW, unanimous)", "**Action 1** (19/11/2026, ZW)".
        self.defined = frozenset(k for k, v in self.map.items() if _defined(texts, k, v))
        # Only these initials are looked for: one small pattern per document.
        # Longest first: "OAH" must not lose to "OA".
        self.regex = (
            re.compile("|".join(sorted(self.map, key=lambda k: (-len(k), k)))) if self.map else None
        )

    def mentions(self, text: str) -> list[Span]:
        out: list[Span] = []
        if self.regex is None:
            return out
        cell = len(text) < 20 and _INITIALS_CELL.fullmatch(text) is not None
        for m in self.regex.finditer(text):
            # Whole capitals only: not "BQ" inside "ABQ" or "BQs" (checked here, as a
            # literal pattern is far quicker to scan for than one with lookarounds).
            s, e = m.span()
            if (s and (text[s - 1].isalnum() or text[s - 1] in "&/.-_")) or (
                e < len(text) and (text[e].isalnum() or text[e] in "&/-_")
            ):
                continue
            key = self.map[m.group(0)]
            if (
                (
                    _AS_PERSON_AFTER.match(text, m.end())
                    # Minutes give a speaker's turn as "WL: police have statements".
                    or (_SPEAKER_AFTER.match(text, e) and _sentence_open(text, s))
                    # "Minutes approved by OAH", "an e-mail from SvR".
                    or _BY_BEFORE.search(text, max(0, s - 12), s)
                    # Defined beside the full name: "Cliff Oduya (CO), Station Manager".
                    or (
                        s
                        and text[s - 1] == "("
                        and text[e : e + 1] == ")"
                        and _named_before(text, s - 1, key)
                    )
                    or (s and text[s - 1] == "(" and _RUN_IN_AFTER.match(text, e))
                    # The full name in brackets after them: "ME (Dr M. Essien)".
                    or _named_in_brackets(text, e, key)
                    # Quoted in the brackets: 'Beverley Quarrie ("BQ", "bev")'.
                    or (
                        _QUOTED_IN_BRACKETS.search(text, max(0, s - 12), s) is not None
                        and text[e : e + 1] in '"”'
                        and _named_before(text, text.rfind("(", 0, s), key)
                    )
                    or cell
                    or (m.group(0) in self.defined and _in_brackets_alone(text, s, e))
                )
                or (
                    _SIGN_OFF_BEFORE.search(text, max(0, m.start() - 3), m.start())
                    and _END_AFTER.match(text, m.end())
                )
            ):
                out.append(make(text, m.start(), m.end(), "person", key, "known"))
        # A note signed off in lower case: "... gave crisis line no. – tg".
        low = _LOWER_SIGN_OFF.search(text)
        if low is not None and (key := self.map.get(low.group(1).upper())) is not None:
            out.append(make(text, low.start(1), low.end(1), "person", key, "known"))
        return out
