"""What a recognizer returns: a span of text, its entity and a key for redaction.

The ``key`` is a normalised form of the identifier (digits of a phone number, a
postcode in capitals without its space, a person's name in lower case), so that
``sardoc redact`` can give the same identifier the same placeholder everywhere.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass, replace

#: The kinds of identifier (``Finding.entity``), as DOMAIN.md section 3 lists them, and
#: ``official``: a person named in an official capacity (see ``officials.py``).
ENTITIES: tuple[str, ...] = (
    "person",
    "date-of-birth",
    "nhs-number",
    "ni-number",
    "postcode",
    "address",
    "phone",
    "email",
    "care-setting",
    "other-id",
    "official",
)

#: When two spans overlap, the higher rank wins (an e-mail address holds a name;
#: "St Mary's Hospital" holds "Mary"; "Flat 3, 22 Mill Lane" beats "Mill Lane").
RANK: dict[str, int] = {
    "email": 90,
    "nhs-number": 85,
    "ni-number": 85,
    "phone": 80,
    "postcode": 75,
    "date-of-birth": 70,
    "other-id": 65,
    "address": 60,
    "care-setting": 50,
    "person": 40,
    "official": 40,
}


@dataclass(frozen=True, slots=True)
class Span:
    """An identifier found in a string.

    Attributes:
        start: offset of the first character in the string searched.
        end: offset just after the last character.
        entity: one of :data:`ENTITIES`.
        text: ``string[start:end]``.
        key: normalised identifier, the same for every mention of the same thing.
        how: which recognizer found it (``title``, ``apposition``, ``known``...).
        rank: tie-breaker when spans overlap (defaults to the entity's rank).
    """

    start: int
    end: int
    entity: str
    text: str
    key: str
    how: str = ""
    rank: int = 0

    def moved(self, offset: int) -> Span:
        return replace(self, start=self.start + offset, end=self.end + offset)


def make(text: str, start: int, end: int, entity: str, key: str, how: str, rank: int = 0) -> Span:
    """A span of ``text[start:end]`` with surrounding spaces and punctuation trimmed.

    A span never crosses a line: one that would is cut at the first line break.
    """
    cut = text.find("\n", start, end)
    if cut >= 0:
        end = cut
    while start < end and text[start] in " \t,;:(\"'“‘":
        if text[start] == "(" and ")" in text[start:end]:
            break
        start += 1
    while end > start and text[end - 1] in " \t,;:).\"'”’":
        if text[end - 1] == ")" and "(" in text[start:end]:
            break
        end -= 1
    return Span(start, end, entity, text[start:end], key, how, rank or RANK[entity])


def resolve(spans: list[Span]) -> list[Span]:
    """Drop spans that overlap a better one: higher rank first, then longer, then earlier."""
    if len(spans) < 2:
        return sorted(spans, key=lambda s: s.start)
    if len(spans) > _CLUSTERED_FROM and all(s.end > s.start for s in spans):
        return _resolve_clusters(spans)
    return _resolve(spans)


#: From this many spans (a single-line file's paragraph holds hundreds of thousands)
#: they are resolved one overlapping cluster at a time (``_resolve_clusters``).
_CLUSTERED_FROM = 200


def _resolve_clusters(spans: list[Span]) -> list[Span]:
    """``_resolve(spans)``, a cluster of overlapping spans at a time.

    Whether a span is kept depends only on the spans it overlaps, so spans that overlap
    nothing outside their cluster are resolved the same alone. One list of every kept
    span's start grew by an insertion in the middle for each, which made a paragraph of
    megabytes quadratic. Empty spans (which overlap nothing yet share a start) are left
    to ``_resolve``.
    """
    out: list[Span] = []
    # A stable sort: spans of one start keep their order, as ``_resolve``'s sort needs.
    ordered = sorted(spans, key=lambda s: s.start)
    cluster = [ordered[0]]
    reach = ordered[0].end
    for s in ordered[1:]:
        if s.start < reach:
            cluster.append(s)
            reach = max(reach, s.end)
            continue
        out.extend(_resolve(cluster) if len(cluster) > 1 else cluster)
        cluster, reach = [s], s.end
    out.extend(_resolve(cluster) if len(cluster) > 1 else cluster)
    return out


def _resolve(spans: list[Span]) -> list[Span]:
    # Kept spans never overlap, so a candidate need only be checked against its two
    # neighbours in start order: O(n log n) even for a paragraph full of names.
    starts: list[int] = []
    by_start: dict[int, Span] = {}
    for s in sorted(spans, key=lambda s: (-s.rank, -(s.end - s.start), s.start)):
        i = bisect_left(starts, s.start)
        if i > 0 and by_start[starts[i - 1]].end > s.start:
            continue
        if i < len(starts) and starts[i] < s.end:
            continue
        insort(starts, s.start)
        by_start[s.start] = s
    return [by_start[k] for k in starts]
