"""Elements: what a document of each kind must contain, found from headings and bodies.

Each kind's elements are declared as data in ``elements/<kind>.yaml`` (a board can add
its own folder of element files through ``sardoc.yaml``). An element is found in a
section when its heading matches a heading cue *and* the section's body says something
about it (a body cue), or anywhere in the running text when enough sentences state it
(statement cues), so that a generic heading ("Introduction", "Preface") counts when its
body carries the element and a matching heading over unrelated text does not.

Every element found carries its evidence: the section path, the sentences that carried
it (cut at word boundaries), the cues that matched, and how strong the evidence is.
Required-section rules, the quality-assurance sheet and the review-content checks all
ask this one layer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from itertools import compress
from pathlib import Path
from typing import Literal

from .. import model, yamlsafe
from ..document import DOCUMENT_KINDS, Document, Paragraph, Section
from ..errors import Problem, RuleFileError
from ..lazyre import lazy_compile
from ..model import BaseModel, ConfigDict, field_validator
from ..paths import data_dir
from ..prefilter import INDEX, LONG_TEXT, AnyOf, Prefiltered, compile_any_of, fold
from ..sources.typed_headings import numbering_depth

#: Evidence strengths, weakest first. ``mention``: one sentence states it;
#: ``statements``: two or more sentences state it; ``section``: a section whose heading
#: names it and whose body is about it.
STRENGTHS = ("mention", "statements", "section")


class Element(BaseModel):
    """One element a document kind must contain, as declared in its data file."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    id: str
    #: What the element is called in messages ("examples of good practice").
    name: str
    #: Regexes for a normalised heading (lower case, numbering and punctuation gone).
    headings: tuple[str, ...] = ()
    #: Heading regexes that rule a section out even when a heading cue matches.
    not_headings: tuple[str, ...] = ()
    #: Regexes for an ancestor heading that rules a section out: a "Request for a
    #: multi-agency meeting" episode inside the chronology is not a critique of
    #: working together.
    not_under: tuple[str, ...] = ()
    #: Regexes that confirm a matched heading's body is about the element.
    body: tuple[str, ...] = ()
    #: Regexes for sentences that state the element wherever they stand.
    statements: tuple[str, ...] = ()
    #: Whether a matched section's subsections count even where another element's
    #: heading names them. Off by default ("Analysis" with only "Working together" and
    #: "Good practice" under it is not about decisions); on for an element the parts of
    #: an analysis all carry, as a systemic finding made under "Working together" is
    #: still a finding of the analysis.
    whole_section: bool = False
    #: Body words a matching section needs.
    min_words: int = 5
    #: Statement sentences needed when no heading names the element.
    min_statements: int = 1
    #: Statements are read a sentence at a time, or a paragraph at a time where the
    #: parts of a statement may fall in neighbouring sentences (the legal mandate).
    unit: Literal["sentence", "paragraph"] = "sentence"
    #: Statements may also stand in a heading ("Mandatory review under s44(3)").
    in_headings: bool = False
    #: Statement sentences that make strong evidence without a section of its own: a
    #: single passing mention is not enough for a quality marker to be met, except
    #: for an element one precise sentence states in full (the mandate).
    strong_statements: int = 2
    #: Where in structured content (review.yaml) this element is written.
    fields: tuple[str, ...] = ()
    #: Regexes for the opening sentence of a section whose heading names nothing (only a
    #: number, as in a briefing laid out as panels "1" to "7"): the opening says what
    #: the panel is ("What you can do:", "Questions for your team:").
    lead: tuple[str, ...] = ()

    @field_validator("id")
    @classmethod
    def _id(cls, v: str) -> str:
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", v):
            raise ValueError("must be lower case words joined by hyphens, like good-practice")
        return v

    def bad_patterns(self) -> list[tuple[str, str]]:
        """(field, message) for each cue that is not a valid regular expression."""
        out = []
        for name in ("headings", "not_headings", "not_under", "body", "statements", "lead"):
            for p in getattr(self, name):
                try:
                    re.compile(p)
                except re.error as e:
                    out.append((name, f"not a valid regular expression {p!r}: {e}"))
        return out


class KindElements(BaseModel):
    """An element file: the elements of one document kind."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    kind: str
    #: Title cues for recognising the kind from a document's title block.
    titles: tuple[str, ...] = ()
    #: File-name words (after splitting on separators) that suggest the kind.
    file_names: tuple[str, ...] = ()
    #: Headings of narrative sections (a chronology): a heading inside one names an
    #: episode, not an element ("Request for a multi-agency meeting").
    narrative: tuple[str, ...] = ()
    #: Headings of reference matter (a glossary, a jargon buster, a reading list): a line
    #: there defines a term or cites a source ("Supported living: a model in which ..."),
    #: so nothing in one states an element of this document.
    reference: tuple[str, ...] = ()
    elements: tuple[Element, ...] = ()

    @field_validator("kind")
    @classmethod
    def _kind(cls, v: str) -> str:
        if v not in DOCUMENT_KINDS:
            raise ValueError(f"unknown document kind {v!r}; known: {', '.join(DOCUMENT_KINDS)}")
        return v


@dataclass(frozen=True)
class Evidence:
    """Why an element counts as present."""

    element: str
    section: tuple[str, ...]
    sentences: tuple[str, ...]
    cues: tuple[str, ...]
    strength: str
    paragraph: Paragraph | None = None

    @property
    def strong(self) -> bool:
        """Body evidence beyond a single passing mention."""
        return self.strength != "mention"

    def as_dict(self) -> dict:
        return {
            "element": self.element,
            "section": list(self.section),
            "sentences": list(self.sentences),
            "cues": list(self.cues),
            "strength": self.strength,
        }


@dataclass(frozen=True)
class Result:
    """What the layer found for one element: evidence, or the nearest miss."""

    element: Element
    evidence: Evidence | None
    #: A section whose heading names the element but whose body does not carry it.
    near_miss: Section | None = None
    why_not: str = ""

    @property
    def found(self) -> bool:
        return self.evidence is not None


# -- loading -------------------------------------------------------------------


def default_elements_dir() -> Path:
    return data_dir("elements")


@cache
def _load_dir(folder: Path) -> dict[str, KindElements]:
    """The element files of one folder, by kind; several files of a kind are merged.

    A board's own cues are compiled here, so a bad one is reported with its file and
    line; the built-in ones are compiled by the tests instead (compiling some 300
    patterns one by one costs every run a fifth of a second).
    """
    from ..validcache import remembered

    out: dict[str, KindElements] = {}
    builtin = folder == default_elements_dir()
    for path in sorted(folder.glob("*.y*ml")):
        text = yamlsafe.read_text(path, "element file")
        # Validated once per text of the file, then kept between runs (sardoc.validcache).
        ke = remembered("elements", str(path), text, partial(_validated, text, path))
        if not builtin:
            _check_patterns(ke, text, str(path))
        out[ke.kind] = _merge(out[ke.kind], ke) if ke.kind in out else ke
    return out


def _validated(text: str, path: Path) -> KindElements:
    data = yamlsafe.load_kept(text, str(path))
    try:
        return KindElements.model_validate(data)
    except model.ValidationError as e:
        raise RuleFileError(problems=yamlsafe.validation_problems(e, text, str(path))) from None


def _check_patterns(ke: KindElements, text: str, path: str) -> None:
    problems = []
    for i, el in enumerate(ke.elements):
        for name, message in el.bad_patterns():
            pos = yamlsafe.position(text, ["elements", i, name]) or (None, None)
            problems.append(Problem(f"elements.{i}.{name}: {message}", path, *pos))
    if problems:
        raise RuleFileError(problems=problems)


def _merge(base: KindElements, more: KindElements) -> KindElements:
    """``more``'s elements over ``base``'s: a known id is replaced, a new one added."""
    own = {e.id: e for e in base.elements}
    own.update({e.id: e for e in more.elements})
    return base.model_copy(
        update={
            "elements": tuple(own.values()),
            "titles": base.titles + more.titles,
            "file_names": base.file_names + more.file_names,
            "narrative": base.narrative + more.narrative,
            "reference": base.reference + more.reference,
        }
    )


def catalogue(extra: tuple[Path, ...] = ()) -> dict[str, KindElements]:
    """Every kind's elements: the built-in ones, then each extra folder's.

    An extra folder's element with a known id replaces the built-in one; a new id is
    added, so a board can extend the cues or declare elements of its own.
    """
    merged = dict(_load_dir(default_elements_dir()))
    for folder in extra:
        for kind, ke in _load_dir(Path(folder)).items():
            merged[kind] = _merge(merged[kind], ke) if kind in merged else ke
    return merged


def element(kind: str, element_id: str, extra: tuple[Path, ...] = ()) -> Element:
    ke = catalogue(extra).get(kind)
    for e in ke.elements if ke else ():
        if e.id == element_id:
            return e
    raise KeyError(f"{kind}/{element_id}")


# -- finding -------------------------------------------------------------------


@cache
def _rx(patterns: tuple[str, ...]):
    if not patterns:
        return None
    # Compiled without a first-character guard (sardoc.lazyre): it made these cues three
    # times slower to compile and no faster to search (measured on 23,000 words). A
    # literal prefilter (sardoc.prefilter) instead skips the paragraphs that hold none of
    # the cues' words, which is most of them: the same matches, a fraction of the time.
    from .filters import FLAGS, known

    return compile_any_of(patterns, FLAGS, known())


#: The end of a sentence: after . ! ? (and any closing quote or bracket), spaces, then a
#: capital or a digit. The stop itself is matched, not looked behind for: a pattern that
#: opens with a character class lets ``re`` skip ahead to the next stop, where a
#: look-behind is tried at every position (a single-line file is megabytes). The
#: sentence ends where group 1 starts, just after the stop.
_SENTENCE_END = lazy_compile(r"[.!?]([\"'”’)]*\s+)(?=[\"'“‘(]?[A-Z0-9])")


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs: split after . ! ? before a capital or a digit."""
    return list(_sentences(text))


def _sentences(text: str) -> tuple[tuple[int, str], ...]:
    if len(text) >= LONG_TEXT:
        return _sentences_long(text)
    return _split(text)


@lru_cache(maxsize=16)
def _sentences_long(text: str) -> tuple[tuple[int, str], ...]:
    # A long paragraph (a single-line file is one of megabytes) is split once, however
    # many rules and conditions ask: short ones are split again, which costs less than
    # keeping them.
    return _split(text)


def _split(text: str) -> tuple[tuple[int, str], ...]:
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        out.append((start, text[start : m.start(1)].strip()))
        start = m.end()
    if text[start:].strip():
        out.append((start, text[start:].strip()))
    return tuple(out)


QUOTE_MAX = 240


def quote(text: str, limit: int = QUOTE_MAX) -> str:
    """``text`` cut to ``limit`` characters at a word boundary, with an ellipsis."""
    # Spaces are squeezed in the head of the text only when it is long enough: squeezing
    # a head gives the start of the squeezed whole, and a paragraph may be megabytes.
    head = " ".join(text[: limit * 8].split())
    text = head if len(head) > limit else " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def normalise_heading(text: str) -> str:
    # Shared with the rule kinds, so cues mean the same everywhere.
    from ..rules.textutil import normalise_heading as norm

    return norm(text)


class _Memo:
    """What one document's search for its elements works out once for every element.

    Each element's cues are searched in the same paragraphs: a paragraph is folded for
    the literal prefilter, and split into sentences, once, not once per element. In a
    long document (``indexed``) the literals a text holds are also found once for every
    cue (``sardoc.prefilter.LiteralIndex``); in a short one, building that index would
    cost more than it saves.
    Held for one document only, so a long document is not limited by a cache's size.
    """

    __slots__ = ("bits", "folded", "indexed", "long", "present", "split")

    def __init__(self, indexed: bool = False) -> None:
        self.folded: dict[str, str] = {}
        self.split: dict[str, tuple[tuple[int, str], ...]] = {}
        #: text -> [index version, literal bits, folded text].
        self.present: dict[str, list] = {}
        #: A paragraph -> (index version, its sentences' literal bits) (``sentence_bits``).
        self.bits: dict[str, tuple[int, tuple[int, ...]]] = {}
        #: A paragraph -> the length of its longest sentence.
        self.long: dict[str, int] = {}
        self.indexed = indexed

    def search(self, rx, text: str):
        return self.searcher(rx)(text)

    def searcher(self, rx):
        """``rx.search``, through this document's folded texts (and literal index)."""
        if not isinstance(rx, (Prefiltered, AnyOf)):
            return rx.search
        folded = self.folded
        if not (self.indexed and isinstance(rx, AnyOf)):
            search_folded = rx.search_folded

            def search(text: str):
                low = folded.get(text)
                if low is None:
                    low = folded[text] = fold(text)
                return search_folded(text, low)

            return search
        rx.register()
        long_from = rx.long_from
        present, search_present, wanted = self.present, rx.search_present, rx.wanted()
        entry_of, search_folded, folded = self.entry, rx.search_folded, self.folded

        def search_indexed(text: str):
            if len(text) > long_from:
                # Searched as one alternation, without its literal bits: a paragraph of a
                # single-line file is megabytes, and the index's pass over it is wasted.
                low = folded.get(text)
                if low is None:
                    low = folded[text] = fold(text)
                return search_folded(text, low)
            entry = present.get(text)
            if entry is None or entry[0] != INDEX.version:
                entry = entry_of(text)
            # Most texts hold none of a cue set's literals (when every cue has some): told
            # here, without a call.
            if wanted > 0 and not entry[1] & wanted and len(text) <= long_from:
                return None
            return search_present(text, entry[2], entry[1])

        return search_indexed

    def entry(self, text: str) -> list:
        """``text``'s entry in ``present``, worked out afresh (by the index's pass over it:
        each sentence has its own, which costs less than the paragraph's would)."""
        low = self.folded.get(text)
        if low is None:
            low = self.folded[text] = fold(text)
        entry = self.present[text] = [INDEX.version, INDEX.present(low), low]
        return entry

    def skips(self, rx) -> int:
        """The bits a text must meet for ``searcher(rx)`` to search it (when it is no
        longer than ``rx.long_from``), or 0 when every text is searched."""
        if not (self.indexed and isinstance(rx, AnyOf)):
            return 0
        rx.register()
        return max(rx.wanted(), 0)

    def sentence_bits(self, text: str) -> tuple[int, ...]:
        """The literal bits of each of ``text``'s sentences, as ``searcher`` tests them."""
        version = INDEX.version
        got = self.bits.get(text)
        if got is not None and got[0] == version:
            return got[1]
        present, entry_of = self.present, self.entry
        out = []
        for _, s in self.sentences(text):
            entry = present.get(s)
            if entry is None or entry[0] != version:
                entry = entry_of(s)
            out.append(entry[1])
        self.bits[text] = (version, tuple(out))
        return self.bits[text][1]

    def longest(self, text: str) -> int:
        """The length of ``text``'s longest sentence."""
        got = self.long.get(text)
        if got is None:
            got = self.long[text] = max((len(s) for _, s in self.sentences(text)), default=0)
        return got

    def sentences(self, text: str) -> tuple[tuple[int, str], ...]:
        out = self.split.get(text)
        if out is None:
            out = self.split[text] = _sentences(text)
        return out


#: A paragraph longer than this is searched a sentence at a time (see ``_hits``).
LONG_PARAGRAPH = AnyOf.LONG


#: What makes a cue's match in a sentence not imply one in its paragraph: a negative
#: look-ahead, or an anchor (a ``^`` that does not open a character class, or a ``$``).
_SENTENCE_BOUND = lazy_compile(r"\(\?!|(?<!\[)\^|(?<!\\)\$")


@cache
def _sentence_bound(pattern: str) -> bool:
    # Asked for every section an element's cues are tried on: once a cue is enough.
    return bool(_SENTENCE_BOUND.search(pattern))


def _hits(rx, paras, unit: str = "sentence", memo: _Memo | None = None, limit: int = 0):
    """(paragraph, sentence, matched words) for each sentence (or paragraph) ``rx`` matches,
    in order; with a ``limit``, only until that many different sentences have matched.

    Evidence quotes the first few sentences and counts them up to a threshold, so a long
    report is not searched to its end for an element its opening pages already state.
    """
    if rx is None:
        return []
    out, seen = [], set()
    for hit in _each_hit(rx, paras, unit, memo if memo is not None else _Memo()):
        out.append(hit)
        if limit:
            seen.add(hit[1])
            if len(seen) >= limit:
                break
    return out


def _each_hit(rx, paras, unit: str, memo: _Memo):
    """``_hits``, one at a time."""
    # A match in a sentence is a match in its paragraph, so the paragraph is tried
    # first, except for a cue that rules words out ("(?!"): "no staff in the sentence"
    # can hold in a sentence and fail in its paragraph.
    # Nor for a cue anchored to a sentence's start or end ("^How ...?$"): in a paragraph
    # it can only match the first or last sentence.
    whole_first = unit == "paragraph" or not _sentence_bound(rx.pattern)
    search = memo.searcher(rx)
    wanted = memo.skips(rx)
    long_from = rx.long_from if wanted else 0
    present, entry_of, version = memo.present, memo.entry, INDEX.version
    for p in paras:
        text = p.text
        if wanted and len(text) <= long_from:
            # What ``search`` would rule out by the paragraph's literal bits, ruled out
            # here without a call: most paragraphs hold none of an element's literals.
            # A sentence's literals are its paragraph's too, so none of its sentences
            # would be searched either.
            entry = present.get(text)
            if entry is None or entry[0] != version:
                entry = entry_of(text)
            if not entry[1] & wanted:
                continue
        # A paragraph of a whole file on one line holds a match somewhere: searching it
        # whole costs much and rules nothing out, so its sentences are searched at once.
        if unit == "paragraph" or (whole_first and len(text) <= LONG_PARAGRAPH):
            m = search(text)
            if not m:
                continue
        if unit == "paragraph":
            yield p, text, _shown(m, text)
            continue
        sents = memo.sentences(text)
        if wanted and memo.longest(text) <= long_from:
            # Likewise each sentence ``search`` would rule out by its literal bits (a
            # single-line file is tens of thousands of sentences, each tried for every
            # element), chosen in C; the others are searched by the bits already known.
            bits = memo.sentence_bits(text)
            search_bits = rx.search_bits
            for (_, s), b in compress(zip(sents, bits, strict=True), map(wanted.__and__, bits)):
                m = search_bits(s, b)
                if m:
                    yield p, s, _shown(m, s)
            continue
        for _, s in sents:
            m = search(s)
            if m:
                yield p, s, _shown(m, s)


def _shown(m: re.Match[str], text: str) -> str:
    """The words a cue matched; a look-ahead cue matches nothing, so show its start."""
    return m.group(0) or quote(text, 40)


#: A section holding this share of a document's words, over several headings of its
#: own, is the document under a second title line ("Scoping panel: record and outcome"),
#: not a part of it.
_CONTAINER_SHARE, _CONTAINER_HEADINGS = 0.7, 3


def _holds_document(document: Document, s: Section) -> bool:
    key = ("elements", "containers")
    if key not in document.cache:
        # Worked out once a document: every element asks it of every section.
        total = sum(len(p.text.split()) for p in document.body())
        document.cache[key] = {
            id(c.heading)
            for c in document.sections()
            if sum(1 for p in c.paragraphs if p.is_heading) - 1 >= _CONTAINER_HEADINGS
            and total > 0
            and c.word_count() >= _CONTAINER_SHARE * total
        }
    return id(s.heading) in document.cache[key]


def _whole(m: re.Match[str], heading: str) -> bool:
    """Whether the heading is the cue and nothing more ("Limitations", not "Limitations
    of the housing offer"): a title that plain names its element wherever it stands."""
    return m.start() == 0 and m.end() >= len(heading.rstrip(" .:"))


def _under(section_path: tuple[str, ...], rx: re.Pattern[str] | None) -> bool:
    """Whether any heading above the last in ``section_path`` matches ``rx``."""
    return rx is not None and any(rx.search(normalise_heading(t)) for t in section_path[:-1])


def _own_body(section: Section, others: tuple[re.Pattern[str], ...]) -> list[Paragraph]:
    """A section's body without the subsections another element's heading claims.

    An "Analysis" section whose "Working together" and "Good practice" subsections
    remain after its "Decision-making" subsection is deleted is not about decisions.
    """
    if not others:
        return list(section.body)
    depth = len(section.path)
    claimed = {
        p.section[: depth + 1]
        for p in section.paragraphs
        if p.is_heading
        and len(p.section) > depth
        and _claimed(normalise_heading(p.section[depth]), others)
    }
    return [p for p in section.body if p.section[: depth + 1] not in claimed]


def _level_unsaid(document: Document, heading: Paragraph | None) -> bool:
    """Whether a heading's level is the reader's guess, not the author's: a line of plain
    text, a bold line in Markdown or Word, not numbered; never the title."""
    if heading is None or heading.level <= 1 or numbering_depth(heading.text):
        return False
    # Nor a line of the title block, before any text ("Seven-minute briefing: Marion"
    # under the board's name).
    if not any(p.part == "body" and not p.is_heading for p in document.paragraphs[: heading.index]):
        return False
    typed = heading.attrs.get("bold_line") or heading.attrs.get("heading_from") == "layout"
    return bool(typed) or document.format == "text"


def _adopted(document: Document, section: Section, others) -> list[Paragraph]:
    """The text a heading with none of its own stands over: the sections after it at its
    level, up to one another element's heading names (or a higher heading).

    Plain text cannot say a heading's level, so "ANALYSIS" over "DISCHARGE AND THE
    DECISIONS THAT FOLLOWED" reads as two sections side by side, the first empty; the
    author meant the second to be part of the first.
    """
    sections = document.sections()
    at = next((i for i, c in enumerate(sections) if c.heading is section.heading), None)
    body: list[Paragraph] = []
    for c in sections[at + 1 :] if at is not None else ():
        if c.level < section.level:
            break
        if c.level == section.level:
            if numbering_depth(c.title) or _claimed(normalise_heading(c.title), others):
                break
            body.extend(c.body)
    return body


def _claimed(heading: str, others: tuple[re.Pattern[str], ...]) -> bool:
    return any(rx.search(heading) for rx in others)


#: A numbered paragraph that opens with a run-in title: "7.3 Working together. The crucial
#: information ...". The title is a few words after the paragraph's number, closed by a
#: full stop and followed by a sentence.
_RUN_IN = lazy_compile(
    r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+(?P<title>[A-Z][\w'’-]*(?:[ ,-]+[\w'’-]+){0,4})\.\s+(?=[A-Z])"
)


def run_in_title(text: str) -> str | None:
    """The run-in title a numbered paragraph opens with, if any."""
    m = _RUN_IN.match(text) if text[:1].strip().isdigit() else None
    return m.group("title") if m else None


def run_in_titles(document: Document) -> list[tuple[Paragraph, str]]:
    """Body paragraphs that open with a run-in title, with that title; once a document.

    The title is numbered ("7.3 Working together. ...") or, where the reader saw it, set
    in bold ("**Working together.** ..."; the paragraph's ``lead``)."""
    key = ("elements", "run-in")
    if key not in document.cache:
        found = []
        for p in document.paragraphs:
            if p.part != "body" or p.is_heading:
                continue
            title = p.attrs.get("lead") or run_in_title(p.text)
            if title:
                found.append((p, title))
        document.cache[key] = found
    return document.cache[key]


def find(
    document: Document,
    el: Element,
    narrative: tuple[str, ...] = (),
    others: tuple[tuple[str, ...] | str, ...] = (),
    memo: _Memo | None = None,
    reference: tuple[str, ...] = (),
) -> Result:
    """Look for one element in ``document``.

    ``narrative`` are the kind's narrative headings; ``others`` the heading cues of
    the kind's other elements (one tuple per element, or one flat tuple of patterns),
    whose subsections do not count for this one; ``reference`` the headings of a
    glossary or reading list, where nothing counts.
    """
    memo = memo if memo is not None else _Memo()
    # Cues are compiled only when they are needed: compiling them is most of what a
    # short document costs.
    head_rx, not_under = _rx(el.headings), _rx(el.not_under)
    story = _rx(narrative) if el.id != "overview" else None
    lead_rx = _rx(el.lead)
    glossary = _rx(reference)
    # Each other element's own heading pattern, already compiled for that element:
    # one alternation of every other element's cues matches where any of them does,
    # but compiling it afresh for each element cost a third of a second a run.
    # A caller may also give the cues as one flat tuple of patterns, as ``find`` took them.
    others_rx = tuple(
        rx for cues in others if (rx := _rx((cues,) if isinstance(cues, str) else cues)) is not None
    )
    title = document.title_heading()
    near: Section | None = None
    why = ""
    for s in document.sections():
        if s.heading is title or head_rx is None or _holds_document(document, s):
            continue
        if _under(s.path, glossary):
            continue
        norm = normalise_heading(s.title)
        if _UNTITLED.match(norm):
            norm = ""
        if not norm and lead_rx is not None:
            ev = _lead(s, lead_rx, el)
            if ev is not None:
                return Result(el, ev)
            continue
        hm = head_rx.search(norm)
        if not hm:
            continue
        not_rx = _rx(el.not_headings)
        if not_rx is not None and not_rx.search(norm):
            continue
        if not _whole(hm, norm) and (_under(s.path, not_under) or _under(s.path, story)):
            continue
        body = list(s.body) if el.whole_section else _own_body(s, others_rx)
        if not body and len(s.paragraphs) == 1 and _level_unsaid(document, s.heading):
            body = _adopted(document, s, others_rx)
        if sum(len(p.text.split()) for p in body) < el.min_words:
            near, why = near or s, why or "too short"
            continue
        hits = _body_hits(el, body, memo)
        if not hits:
            near, why = near or s, why or "not about it"
            continue
        cue = f"heading: {hm.group(0)!r}"
        return Result(el, _section_evidence(el, s.path, cue, hits, s.heading))
    # A numbered paragraph whose run-in title names the element ("7.4 Good practice. The
    # personal assistant acted ...") counts as a section of its own: many reports set their
    # analysis out this way under one heading.
    if head_rx is not None:
        not_rx = _rx(el.not_headings)
        for p, run_in in run_in_titles(document):
            norm = normalise_heading(run_in)
            hm = head_rx.search(norm)
            if not hm or (not_rx is not None and not_rx.search(norm)):
                continue
            inside = (*p.section, "")
            if not _whole(hm, norm) and (_under(inside, not_under) or _under(inside, story)):
                continue
            if _under(inside, glossary):
                continue
            hits = _body_hits(el, [p], memo)
            if hits and len(p.text.split()) >= el.min_words:
                cue = f"run-in title: {hm.group(0)!r}"
                return Result(el, _section_evidence(el, p.section, cue, hits, p))
    stmt_rx = _rx(el.statements)
    if stmt_rx is not None:
        # Whether a section lies under a ruled-out heading is asked once per section,
        # not once per paragraph (a long report has thousands of paragraphs to a section).
        under: dict[tuple[str, ...], bool] = {}
        paras = []
        for p in document.paragraphs:
            if p.part != "body" or p is title or (p.is_heading and not el.in_headings):
                continue
            ruled_out = under.get(p.section)
            if ruled_out is None:
                inside = (*p.section, "")
                ruled_out = under[p.section] = _under(inside, not_under) or _under(inside, glossary)
            if not ruled_out:
                paras.append(p)
        # Enough sentences for the evidence and every count made of them.
        enough = max(3, el.min_statements, el.strong_statements)
        hits = _dedupe(_hits(stmt_rx, paras, el.unit, memo, enough))
        if hits and len(hits) >= el.min_statements:
            first = hits[0][0]
            return Result(
                el,
                Evidence(
                    el.id,
                    first.section,
                    tuple(quote(h[1]) for h in hits[:3]),
                    tuple(f"statement: {h[2]!r}" for h in hits[:3]),
                    "statements" if len(hits) >= el.strong_statements else "mention",
                    first,
                ),
            )
    return Result(el, None, near, why)


def _body_hits(el: Element, paras: list[Paragraph], memo: _Memo):
    """The body and statement cues' hits in ``paras``, each place once."""
    # The first three places are all the evidence shows (``_section_evidence``): three
    # of each list are enough for the first three of both.
    return _dedupe(
        _hits(_rx(el.body), paras, memo=memo, limit=3)
        + _hits(_rx(el.statements), paras, el.unit, memo, 3)
    )


def _section_evidence(el: Element, path, cue: str, hits, at: Paragraph) -> Evidence:
    """Evidence that a titled part (a heading, or a run-in title) carries the element."""
    return Evidence(
        el.id,
        path,
        tuple(quote(h[1]) for h in hits[:3]),
        (cue, *(f"body: {h[2]!r}" for h in hits[:3])),
        "section",
        at,
    )


#: A heading that only counts ("Minute one", "Panel 3", "Step four"): it says nothing of
#: what its section holds, so the section is read as untitled.
_UNTITLED = lazy_compile(
    r"^((minute|panel|box|step|slide|page|point|card|tile|number|no)s? )?"
    r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten)$"
)


def _lead(s: Section, lead_rx: re.Pattern[str], el: Element) -> Evidence | None:
    """Evidence from an untitled section (a bare number) whose opening names the element."""
    own = [p for p in s.body if p.section == s.path]
    if not own or s.word_count() < el.min_words:
        return None
    first = sentences(own[0].text)
    m = lead_rx.search(first[0][1]) if first else None
    if m is None:
        return None
    return Evidence(
        el.id,
        s.path,
        (quote(first[0][1]),),
        (f"opening: {_shown(m, first[0][1])!r}",),
        "section",
        s.heading,
    )


def _dedupe(hits):
    seen, out = set(), []
    for h in hits:
        if h[1] not in seen:
            seen.add(h[1])
            out.append(h)
    return out


@cache
def _other_headings_of(ke: KindElements, element_id: str) -> tuple[tuple[str, ...], ...]:
    return tuple(e.headings for e in ke.elements if e.id != element_id and e.headings)


def _other_headings(ke: KindElements, element_id: str) -> tuple[tuple[str, ...], ...]:
    return _other_headings_of(ke, element_id)


#: Characters of text from which a document's cues are searched through the literal
#: index (about 25,000 words; below this the filters one by one cost about as much as the
#: index saves). Building the index is kept between runs (sardoc.recache): a 30,000-word
#: report's element search is about 10 % quicker through it.
INDEXED_FROM = 150_000


def find_all(document: Document, extra: tuple[Path, ...] = ()) -> dict[str, Result]:
    """Every element of the document's kind, found once per document and element set."""
    cache_key = ("elements", extra)
    store = document.cache
    if cache_key not in store:
        ke = catalogue(extra).get(document.kind)
        memo = _Memo(indexed=sum(len(p.text) for p in document.paragraphs) >= INDEXED_FROM)
        if memo.indexed and ke:
            # Every cue's literals are in the index before the first text is looked up
            # in it, so that no text's literals are found twice.
            for e in ke.elements:
                for cues in (e.body, e.statements):
                    rx = _rx(cues)
                    if isinstance(rx, AnyOf):
                        rx.register()
        store[cache_key] = (
            {
                e.id: find(document, e, ke.narrative, _other_headings(ke, e.id), memo, ke.reference)
                for e in ke.elements
            }
            if ke
            else {}
        )
    return store[cache_key]


def result_for(document: Document, element_id: str, extra: tuple[Path, ...] = ()) -> Result:
    results = find_all(document, extra)
    if element_id not in results:
        raise KeyError(f"no element {element_id!r} for {document.kind}")
    return results[element_id]


__all__ = [
    "Element",
    "Evidence",
    "KindElements",
    "Result",
    "catalogue",
    "find",
    "find_all",
    "quote",
    "result_for",
    "sentences",
]
