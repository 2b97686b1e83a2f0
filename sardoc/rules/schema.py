"""The rule-file schema: what every ``rules/<category>/<ID>.yaml`` holds."""

from __future__ import annotations

import re
from types import ModuleType
from typing import Any, Literal

from .. import model
from ..document import DOCUMENT_KINDS, PARTS
from ..findings import Finding, Location, Severity
from ..model import BaseModel, ConfigDict, Field, field_validator
from .conditions import When

ID_RE = re.compile(r"^(?=[A-Z0-9]*[A-Z])[A-Z0-9]+-\d{3}$")
NAME_RE = re.compile(r"^[a-z0-9]+(?:[.-][a-z0-9]+)*$")
PROFILES = ("draft", "publication")


class Examples(BaseModel):
    """Texts a rule must pass and fail; they are run as tests."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)
    pass_: tuple[str, ...] = Field(default=(), alias="pass")
    fail: tuple[str, ...] = ()


class Scope(BaseModel):
    """Where in a document a rule looks and how it matches: one ``scope:`` block for every kind.

    Declared once here, as Vale declares scope and level once for every check; a kind
    says which of these it honours (its module's ``SCOPE``) and, where it differs, its
    own default (``SCOPE_DEFAULTS``). The defaults reproduce what the kinds did before.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    #: Parts of the file to read (see sardoc.document.PARTS).
    parts: tuple[str, ...] = ("body",)
    #: Whether headings are read as well as the text under them.
    headings: bool = True
    #: Only sections whose normalised heading matches one of these regexes (none: all).
    sections: tuple[str, ...] = ()
    #: Sections to leave out, by the same test.
    skip_sections: tuple[str, ...] = ()
    case: Literal["insensitive", "sensitive"] = "insensitive"
    #: Report at most this many findings per document (0: all).
    limit: int = Field(0, ge=0)

    @field_validator("parts")
    @classmethod
    def _parts(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        bad = [x for x in v if x not in PARTS]
        if bad:
            raise ValueError(f"unknown part {bad[0]!r}; known: {', '.join(PARTS)}")
        return v

    @property
    def ignore_case(self) -> bool:
        return self.case == "insensitive"


#: Params a kind took before ``scope:`` existed -> the scope key each now sets. Rule
#: files and sardoc.yaml may still give them under ``params``.
SCOPE_PARAMS = {
    "parts": "parts",
    "headings": "headings",
    "sections": "sections",
    "limit": "limit",
    "ignore_case": "case",
}


class _Renamed:
    """A validation error whose locations say where the user wrote each value."""

    def __init__(self, errors: list[dict]):
        self._errors = errors

    def errors(self, include_url: bool = False) -> list[dict]:
        return self._errors


def resolve_scope(
    kind: ModuleType, params: dict[str, Any], block: Any, base: Scope | None = None
) -> tuple[Scope, dict[str, Any], list[tuple[tuple, Any]]]:
    """The rule's scope, its params without the scope keys, and any errors.

    ``base`` is the scope so far (the rule file's, when sardoc.yaml overrides it); the
    kind's defaults otherwise. Scope keys given under ``params`` (the older way) are
    taken only by a kind that honours them; the ``scope:`` block wins over them.
    Errors are ``(prefix, error)`` pairs for :func:`sardoc.yamlsafe.validation_problems`.
    """
    honours = frozenset(getattr(kind, "SCOPE", ()))
    values = dict(base.model_dump()) if base is not None else {}
    if base is None:
        values.update(getattr(kind, "SCOPE_DEFAULTS", {}))
    where: dict[str, tuple] = {}
    rest = dict(params)
    for old, new in SCOPE_PARAMS.items():
        if old in rest and new in honours:
            value = rest.pop(old)
            if old == "ignore_case" and isinstance(value, bool):
                value = "insensitive" if value else "sensitive"
            values[new], where[new] = value, ("params", old)
    errors: list[tuple[tuple, Any]] = []
    if block is not None and not isinstance(block, dict):
        errors.append(((), _Renamed([_error(("scope",), "must be a mapping")])))
        block = {}
    for key, value in (block or {}).items():
        if key in Scope.model_fields and key not in honours:
            msg = f"this kind does not use it; it uses: {', '.join(sorted(honours)) or 'none'}"
            errors.append(((), _Renamed([_error(("scope", key), msg)])))
            continue
        values[key], where[key] = value, ("scope", key)
    try:
        scope = Scope.model_validate(values)
    except model.ValidationError as e:
        moved = []
        for err in e.errors(include_url=False):
            head = err["loc"][0] if err["loc"] else None
            loc = where.get(head, ("scope", *err["loc"]))
            moved.append({**err, "loc": (*loc, *err["loc"][1:])})
        errors.append(((), _Renamed(moved)))
        scope = Scope()
    return scope, rest, errors


def _error(loc: tuple, msg: str) -> dict:
    return {"loc": loc, "type": "value_error", "msg": msg, "ctx": {"error": msg}}


class Rule(BaseModel):
    """One rule, as read from its file, with ``params`` checked by its kind."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

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
    #: Where the rule looks; filled in from its kind's defaults by the loader.
    scope: Scope = Field(default_factory=Scope)
    examples: Examples = Field(default_factory=Examples)
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
