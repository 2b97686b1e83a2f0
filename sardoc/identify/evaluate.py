"""Score the recognizers against labelled texts (the evaluation set in tests/data/pii_eval).

Label format: Markdown with each identifier marked inline as ``[[entity:text]]``
(``[[person:Jane Hughes]]``, ``[[nhs-number:943 476 5919]]``) and each hard negative as
``[[neg.class:text]]`` (``[[neg.pseudonym:Adult C]]``, ``[[neg.checksum:943 476 5918]]``).
:func:`load` strips the marks and returns the plain text with gold spans.

Matching policy: a found span matches a gold span of the same entity when they
overlap (one-to-one, best overlap first): "Hughes" found inside gold "Jane Hughes"
counts, which is lenient about edges. The exact-boundary figure is reported beside
it. A hard negative counts as flagged when any found span overlaps it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .spans import ENTITIES

#: Labels a gold identifier may carry: the recognizers' entities, plus ``official``
#: for a person named in an official capacity (a report's author, a board's chair),
#: which the labelled sets mark apart so that how such names are treated can be scored.
LABELS: tuple[str, ...] = tuple(dict.fromkeys((*ENTITIES, "official")))

_MARK = re.compile(r"\[\[(?P<label>[a-z][a-z0-9.-]*):(?P<text>[^\[\]]+?)\]\]")


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    label: str  # an entity, or "neg.<class>"
    text: str

    @property
    def negative(self) -> bool:
        return self.label.startswith("neg.")


@dataclass(frozen=True)
class Labelled:
    name: str
    text: str
    gold: tuple[Gold, ...]
    #: What the other papers of the same pack say (:func:`as_pack`): the document's
    #: ``metadata["identifiable"]`` after ``scan.share_pack``.
    shared: dict | None = field(default=None, compare=False)


def _read(item: Labelled):
    from ..sources import markdown

    return markdown.read(Path(item.name or "eval.md"), item.text.encode("utf-8"))


def as_pack(items: list[Labelled]) -> list[Labelled]:
    """The items read as the papers of one review, checked together (``sardoc pack``):
    each knows the pseudonyms the others declare, the care settings they name and the
    officials they name (``scan.share_pack``)."""
    from .scan import share_pack

    docs = [_read(i) for i in items]
    share_pack(docs)
    return [
        Labelled(item.name, item.text, item.gold, doc.metadata.get("identifiable"))
        for item, doc in zip(items, docs, strict=True)
    ]


def parse(marked: str, name: str = "") -> Labelled:
    """Plain text and gold spans from marked-up text."""
    out: list[str] = []
    gold: list[Gold] = []
    pos = 0
    length = 0
    for m in _MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        length += m.start() - pos
        label, text = m.group("label"), m.group("text")
        if not label.startswith("neg.") and label not in LABELS:
            raise ValueError(f"{name}: unknown label {label!r}")
        gold.append(Gold(length, length + len(text), label, text))
        out.append(text)
        length += len(text)
        pos = m.end()
    out.append(marked[pos:])
    return Labelled(name, "".join(out), tuple(gold))


def load(folder: Path) -> list[Labelled]:
    """Every ``*.md`` file in ``folder``, sorted by name, but a folder's ``README.md``
    (which describes the set and is not one of its documents)."""
    return [
        parse(p.read_text(encoding="utf-8"), p.name)
        for p in sorted(folder.glob("*.md"))
        if p.name.lower() != "readme.md"
    ]


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    entity: str
    text: str


#: How to read findings against sets labelled before the second round, which had no
#: ``official`` label: a person named in an official capacity was labelled ``person``.
LEGACY: dict[str, str] = {"official": "person"}


#: Gold identifiers of the first-round sets that the second round's conventions
#: (tests/data/pii_eval/README.md) make negatives: a service's public line
#: (neg.helpline) and a public body's functional mailbox (neg.mailbox). Checked by hand,
#: one by one; the labelled files themselves are left as they were written.
SECOND_ROUND_NEGATIVES: frozenset[str] = frozenset(
    {
        "asc.duty@example.org",
        "sar.subgroup@example.org",
        "safeguarding.team@example.net",
        "sab.business@example.org",
        "nsab.reviews@example.org",
        "sab.manager@example.org",
        "nsab@example.org",  # a board business unit's mailbox (round 5: its initials)
        "0116 496 0800",  # an adult social care front door
        "0117 496 0123",  # a neighbourhood team's number on a card
        "(020) 7946 0999",  # the board manager's line, no name given
        "0113 4960 999",  # a safeguarding hub
        "01632 960 214",  # an out-of-hours line
        "07700900611",  # a hub's text relay (a team's text service, round 4)
    }
)


def second_round(item: Labelled) -> Labelled:
    """A first-round item read with the second round's conventions: the gold above
    taken out (a finding there then counts as a false alarm, as it should)."""
    gold = tuple(g for g in item.gold if g.negative or g.text not in SECOND_ROUND_NEGATIVES)
    return Labelled(item.name, item.text, gold, item.shared)


def predict(item: Labelled) -> list[Found]:
    """Read the text as Markdown and find identifiers; offsets into ``item.text``."""
    from .scan import find_identifiers

    doc = _read(item)
    if item.shared:
        doc.metadata["identifiable"] = item.shared
    out = []
    for hit in find_identifiers(doc):
        if hit.paragraph is None:
            continue
        loc = doc.locate(hit.paragraph, hit.span.start, hit.span.end)
        if loc.offset is None:
            continue
        out.append(Found(loc.offset, loc.offset + loc.length, hit.span.entity, hit.span.text))
    return out


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    exact: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def exact_f1(self) -> float:
        found, gold = self.tp + self.fp, self.tp + self.fn
        p = self.exact / found if found else 1.0
        r = self.exact / gold if gold else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    by_entity: dict[str, Tally] = field(default_factory=lambda: {e: Tally() for e in LABELS})
    negatives: dict[str, list[int]] = field(default_factory=dict)  # class -> [total, flagged]
    errors: list[str] = field(default_factory=list)
    any_entity_found: int = 0  # gold identifiers overlapped by a span of any entity
    gold_total: int = 0

    @property
    def overall(self) -> Tally:
        t = Tally()
        for x in self.by_entity.values():
            t.tp += x.tp
            t.fp += x.fp
            t.fn += x.fn
            t.exact += x.exact
        return t


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def score(
    items: Iterable[Labelled], keep_errors: bool = True, relabel: dict[str, str] | None = None
) -> Score:
    """Score findings against gold; ``relabel`` maps a found entity to the label a set
    uses for it (:data:`LEGACY` for the sets written before ``official`` existed)."""
    result = Score()
    relabel = relabel or {}
    for item in items:
        found = [
            Found(f.start, f.end, relabel.get(f.entity, f.entity), f.text) for f in predict(item)
        ]
        gold = [g for g in item.gold if not g.negative]
        result.gold_total += len(gold)
        for g in item.gold:
            if g.negative:
                cls = g.label[4:]
                tally = result.negatives.setdefault(cls, [0, 0])
                tally[0] += 1
                hit = [f for f in found if _overlap(f.start, f.end, g.start, g.end)]
                if hit:
                    tally[1] += 1
                    if keep_errors:
                        result.errors.append(
                            f"{item.name}: negative {g.label} {g.text!r} flagged as "
                            f"{hit[0].entity} {hit[0].text!r}"
                        )
        for g in gold:
            if any(_overlap(f.start, f.end, g.start, g.end) for f in found):
                result.any_entity_found += 1
        pairs = sorted(
            (
                (_overlap(f.start, f.end, g.start, g.end), i, j)
                for i, f in enumerate(found)
                for j, g in enumerate(gold)
                if f.entity == g.label
            ),
            reverse=True,
        )
        used_f: set[int] = set()
        used_g: set[int] = set()
        for ov, i, j in pairs:
            if ov <= 0 or i in used_f or j in used_g:
                continue
            used_f.add(i)
            used_g.add(j)
            t = result.by_entity[gold[j].label]
            t.tp += 1
            if (found[i].start, found[i].end) == (gold[j].start, gold[j].end):
                t.exact += 1
        for i, f in enumerate(found):
            if i not in used_f:
                result.by_entity[f.entity].fp += 1
                if keep_errors:
                    near = [g for g in item.gold if _overlap(f.start, f.end, g.start, g.end)]
                    note = f" (gold {near[0].label} {near[0].text!r})" if near else ""
                    result.errors.append(f"{item.name}: FP {f.entity} {f.text!r}{note}")
        for j, g in enumerate(gold):
            if j not in used_g:
                result.by_entity[g.label].fn += 1
                if keep_errors:
                    result.errors.append(f"{item.name}: FN {g.label} {g.text!r}")
    return result
