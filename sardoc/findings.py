"""The one finding type every check produces, and where it points."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, fields, replace


class Severity(enum.IntEnum):
    """How much a finding matters. Ordered so that ``error > warning > info``."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str | Severity) -> Severity:
        if isinstance(value, Severity):
            return value
        try:
            return cls[str(value).strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (use error, warning or info)") from None

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding points.

    Lines and columns are 1-based. ``offset`` and ``length`` count characters of the
    source file and are set only for text formats (Markdown, plain text, YAML).
    ``section`` (heading path) and ``paragraph`` (0-based index) are set for every
    format; they are the only position a Word file has.
    """

    file: str
    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None
    offset: int | None = None
    length: int | None = None
    section: tuple[str, ...] = ()
    paragraph: int | None = None
    part: str = "body"

    def sort_key(self) -> tuple:
        return (
            self.file,
            self.line if self.line is not None else 0,
            self.column if self.column is not None else 0,
            self.paragraph if self.paragraph is not None else -1,
        )

    def short(self) -> str:
        """``file:line:col`` where there is a line, else ``file ¶N``."""
        if self.line is not None:
            return f"{self.file}:{self.line}:{self.column or 1}"
        if self.paragraph is not None:
            return f"{self.file} ¶{self.paragraph + 1}"
        return self.file


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found by one rule."""

    rule_id: str
    rule_name: str
    severity: Severity
    message: str
    location: Location
    hint: str = ""
    markers: tuple[str, ...] = ()
    text: str | None = None
    entity: str | None = None
    category: str = field(default="")
    #: Other places of the same problem (a word repeated through a leaflet; in a pack, the
    #: other document a finding disagrees with): one finding,
    #: every place. ``location`` is the first; sorting and counting use it alone.
    also: tuple[Location, ...] = ()

    @property
    def locations(self) -> tuple[Location, ...]:
        """Every place of this finding, the first one first."""
        return (self.location, *self.also)

    def each_place(self) -> tuple[Finding, ...]:
        """This finding once per place, for outputs that mark each place (Word comments)."""
        if not self.also:
            return (self,)
        return tuple(replace(self, location=loc, also=()) for loc in self.locations)

    def sort_key(self) -> tuple:
        return (*self.location.sort_key(), self.rule_id)

    def to_dict(self) -> dict:
        loc = _loc_dict(self.location)
        return {
            "rule": self.rule_id,
            "name": self.rule_name,
            "severity": str(self.severity),
            "category": self.category,
            "message": self.message,
            "hint": self.hint,
            "markers": list(self.markers),
            "entity": self.entity,
            "text": self.text,
            "location": loc,
            "also": [_loc_dict(x) for x in self.also],
        }


def _loc_dict(location: Location) -> dict:
    # What dataclasses.asdict gives, without its deep copy of every value: a report of a
    # long file has hundreds of thousands of locations.
    loc = {name: getattr(location, name) for name in _LOCATION_FIELDS}
    loc["section"] = list(location.section)
    return loc


_LOCATION_FIELDS = tuple(f.name for f in fields(Location))
