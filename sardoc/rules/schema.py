"""The rule-file schema: what every ``rules/<category>/<ID>.yaml`` holds."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..document import DOCUMENT_KINDS
from ..findings import Finding, Location, Severity
from .conditions import When

ID_RE = re.compile(r"^(?=[A-Z0-9]*[A-Z])[A-Z0-9]+-\d{3}$")
NAME_RE = re.compile(r"^[a-z0-9]+(?:[.-][a-z0-9]+)*$")
PROFILES = ("draft", "publication")


class Examples(BaseModel):
    """Texts a rule must pass and fail; they are run as tests."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    pass_: tuple[str, ...] = Field(default=(), alias="pass")
    fail: tuple[str, ...] = ()


class Rule(BaseModel):
    """One rule, as read from its file, with ``params`` checked by its kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    name: str
    kind: str
    severity: Severity
    applies_to: tuple[str, ...]
    markers: tuple[str, ...] = ()
    source: str
    message: str
    hint: str = ""
    params: Any = None
    examples: Examples = Examples()
    #: Severity by profile, e.g. ``{draft: warning, publication: error}``.
    profiles: dict[str, Severity] = {}
    enabled: bool = True
    link: str = ""
    #: When the rule runs (sardoc/rules/conditions.py): the review's basis, whether the
    #: adult is alive, what the document mentions. No conditions: always.
    when: When | None = None
    #: Path of the file the rule came from (set by the loader).
    file: str = ""

    @field_validator("severity", mode="before")
    @classmethod
    def _severity(cls, v: Any) -> Severity:
        return Severity.parse(v)

    @field_validator("profiles", mode="before")
    @classmethod
    def _profiles(cls, v: Any) -> Any:
        if not isinstance(v, dict):
            return v
        for key in v:
            if key not in PROFILES:
                raise ValueError(f"unknown profile {key!r} (use draft or publication)")
        return {k: Severity.parse(s) for k, s in v.items()}

    @field_validator("id")
    @classmethod
    def _id(cls, v: str) -> str:
        if not ID_RE.match(v):
            raise ValueError("must look like PUB-001 (a category, a hyphen, three digits)")
        return v

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not NAME_RE.match(v):
            raise ValueError("must be dotted lower case, like publication.good-practice")
        return v

    @field_validator("applies_to", mode="before")
    @classmethod
    def _kinds(cls, v: Any) -> Any:
        if isinstance(v, str):
            v = [v]
        for k in v or ():
            if k not in DOCUMENT_KINDS:
                raise ValueError(f"unknown document kind {k!r}; known: {', '.join(DOCUMENT_KINDS)}")
        if not v:
            raise ValueError("must name at least one document kind")
        return v

    @property
    def category(self) -> str:
        return self.id.split("-", 1)[0]

    def severity_for(self, profile: str) -> Severity:
        return self.profiles.get(profile, self.severity)

    def finding(
        self,
        location: Location,
        *,
        text: str | None = None,
        entity: str | None = None,
        message: str | None = None,
        **fmt: Any,
    ) -> Finding:
        """Make a finding of this rule; ``fmt`` fills ``{placeholders}`` in the message and hint."""
        return Finding(
            rule_id=self.id,
            rule_name=self.name,
            severity=self.severity,
            message=_fill(message or self.message, fmt),
            hint=_fill(self.hint, fmt),
            markers=self.markers,
            location=location,
            text=text,
            entity=entity,
            category=self.category,
        )


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _fill(template: str, values: dict[str, Any]) -> str:
    if not values or "{" not in template:
        return template
    return template.format_map(_Blank(values))
