"""Configuration: built-in defaults, then ``sardoc.yaml``, then command-line flags.

```yaml
# sardoc.yaml
extends: default            # start from the built-in rules ("none": only rule_paths)
profile: publication        # draft | publication
fail_on: warning            # error | warning | never
rule_paths: [board-rules]   # more rule folders, relative to this file
select: [PUB, LEGAL]        # only these (ids, categories or names)
ignore: [PUB-006]
rules:
  PUB-006: warning          # a severity, "off", or a mapping:
  LEGAL-002: {severity: error}
  METRIC-001: {params: {max: 25}}
review_basis: auto          # care-act | pre-care-act | other: what the reviews were held under
identifiable:
  allow: [Dr Ruth Ellison]  # names cleared for publication
  pseudonyms: [Adult A, Mr B]
  replace: {Jane Hughes: Social Worker 1}   # what `sardoc redact` writes for a name
```

Keys under ``rules`` may name a rule by id, name or category; the most specific wins.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from . import model, yamlsafe
from .errors import ConfigError, Problem
from .findings import Severity
from .language.grammar import Settings as GrammarSettings
from .model import BaseModel, ConfigDict, Field, field_validator
from .rules.loader import default_rules_dir, load_rules
from .rules.registry import KINDS
from .rules.schema import Rule, resolve_scope

CONFIG_NAMES = ("sardoc.yaml", ".sardoc.yaml", "sardoc.yml")


class RuleSetting(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    enabled: bool | None = None
    severity: Severity | None = None
    params: dict[str, Any] | None = None
    #: The rule's ``scope:`` (parts, sections, case, limit...), over the rule file's.
    scope: dict[str, Any] | None = None

    @field_validator("severity", mode="before")
    @classmethod
    def _sev(cls, v: Any) -> Any:
        return None if v is None else Severity.parse(v)


class Identifiable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    allow: list[str] = []
    pseudonyms: list[str] = []
    #: For ``sardoc redact``: an identifier and the pseudonym it becomes
    #: (``{"Jane Hughes": "Social Worker 1"}``). The pseudonyms count as declared.
    replace: dict[str, str] = {}

    @field_validator("replace")
    @classmethod
    def _replace(cls, v: dict[str, str]) -> dict[str, str]:
        for original, pseudonym in v.items():
            if not original.strip() or not pseudonym.strip():
                raise ValueError("each name and its pseudonym must be non-empty text")
        return v


#: The grammar settings (``grammar:``): the one model the backends and GRAM-001 share.
Grammar = GrammarSettings


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    extends: Literal["default", "none"] = "default"
    profile: Literal["draft", "publication"] = "draft"
    fail_on: Literal["error", "warning", "never"] = "error"
    kind: str | None = None
    #: Kinds by file pattern, for files that do not say: ``{"briefings/*": briefing}``.
    #: Patterns are matched against the path relative to this file's folder, then the
    #: file name.
    kinds: dict[str, str] = {}
    #: The files of a review's pack by kind, for ``sardoc pack``: ``{sar-report: final.docx,
    #: briefing: [7mb.pdf]}``. Names are matched as ``kinds:`` patterns are, and win over
    #: what the file itself says.
    pack: dict[str, str | list[str]] = {}
    #: Folders of element files that extend or replace the built-in elements.
    element_paths: list[str] = []
    select: list[str] = []
    ignore: list[str] = []
    rule_paths: list[str] = []
    rules: dict[str, RuleSetting] = {}
    identifiable: Identifiable = Field(default_factory=Identifiable.model_construct)
    #: What the reviews under this file were held under: ``care-act`` (section 44 of the
    #: Care Act 2014), ``pre-care-act`` (a serious case review before April 2015) or
    #: ``other`` (a learning review outside section 44). ``auto`` reads it from each
    #: document's own words (sardoc/review_basis.py). Only Care Act reviews are held to
    #: section 44 (rules with ``when: {review_basis: care-act}``).
    review_basis: Literal["auto", "care-act", "pre-care-act", "other"] = "auto"
    grammar: Grammar = Field(default_factory=Grammar.model_construct)
    #: Largest input file read, in megabytes (a 30,000-word report is under 2 MB).
    max_file_mb: float = Field(50, gt=0, le=2000)
    #: Where the config came from (not a key of the file).
    path: str | None = None
    text: str = ""

    @field_validator("kinds")
    @classmethod
    def _kinds(cls, v: dict[str, str]) -> dict[str, str]:
        from .document import canonical_kind, unknown_kind

        out = {}
        for pattern, kind in v.items():
            named = canonical_kind(kind)
            if named is None:
                raise ValueError(unknown_kind(kind))
            out[pattern] = named
        return out

    @field_validator("pack")
    @classmethod
    def _pack(cls, v: dict[str, str | list[str]]) -> dict[str, str | list[str]]:
        from .document import canonical_kind, unknown_kind

        out = {}
        for kind, files in v.items():
            named = canonical_kind(kind)
            if named is None:
                raise ValueError(unknown_kind(kind))
            out[named] = files
        return out

    def pack_kind_for(self, path: Path) -> str | None:
        """The kind the ``pack:`` section gives ``path``, if it names it."""
        patterns = {
            pattern: kind
            for kind, files in self.pack.items()
            for pattern in ([files] if isinstance(files, str) else files)
        }
        return self._match(path, patterns)

    def kind_for(self, path: Path) -> str | None:
        """The kind ``kinds:`` gives ``path``, if any pattern matches it."""
        return self._match(path, self.kinds)

    def _match(self, path: Path, patterns: dict[str, str]) -> str | None:
        if not patterns:
            return None
        from fnmatch import fnmatch

        base = Path(self.path).parent if self.path else Path.cwd()
        try:
            rel = path.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            rel = path.name
        for pattern, kind in patterns.items():
            if fnmatch(rel, pattern) or fnmatch(path.name, pattern):
                return kind
        return None

    @field_validator("rules", mode="before")
    @classmethod
    def _short_forms(cls, v: Any) -> Any:
        """``PUB-006: off`` and ``PUB-006: warning`` are short for mappings."""
        if not isinstance(v, dict):
            return v
        out = {}
        for key, val in v.items():
            if val is False or val == "off":
                val = {"enabled": False}
            elif val is True or val == "on":
                val = {"enabled": True}
            elif isinstance(val, str):
                val = {"severity": val}
            out[str(key)] = val
        return out

    @field_validator("select", "ignore", mode="before")
    @classmethod
    def _comma_list(cls, v: Any) -> Any:
        if isinstance(v, str):
            return [x.strip() for x in v.split(",") if x.strip()]
        return v


def find_config(cwd: Path | None = None, near: Path | None = None) -> Path | None:
    """The nearest ``sardoc.yaml`` above ``near``; else the working directory's.

    A review folder carries its own settings (the names cleared for publication,
    say), and they apply to its files however they are named on the command line and
    wherever sardoc is run from.
    """
    folders: list[Path] = []
    if near is not None:
        start = near.resolve()
        folders += [start] if start.is_dir() else []
        folders += list(start.parents)
    base = (cwd or Path.cwd()).resolve()
    if base not in folders:
        folders.append(base)
    for folder in folders:
        for name in CONFIG_NAMES:
            p = folder / name
            if p.is_file():
                return p
    return None


def default_config() -> Config:
    """The built-in defaults, as ``Config()`` gives them.

    Made without validation (defaults are not validated anyway), so that a run with no
    ``sardoc.yaml`` never builds the model's validator: sardoc's models build theirs on
    first use (``defer_build``), which a short check can then skip altogether.
    """
    return Config.model_construct()


def load_config(
    path: Path | None = None, cwd: Path | None = None, near: Path | None = None
) -> Config:
    """The configuration from ``path``, or the one :func:`find_config` finds, or the defaults."""
    path = path or find_config(cwd, near)
    if path is None:
        return default_config()
    return config_from_text(yamlsafe.read_text(path, "config file"), str(path))


def config_from_text(text: str, path: str) -> Config:
    """The configuration a ``sardoc.yaml``'s text gives; ``path`` names it in problems."""
    data = yamlsafe.load(text, path) or {}
    if not isinstance(data, dict):
        raise ConfigError("the config file must be a mapping of names to values", path, 1)
    try:
        return Config.model_validate({**data, "path": path, "text": text})
    except model.ValidationError as e:
        raise ConfigError(problems=yamlsafe.validation_problems(e, text, path)) from None


class ConfigFinder:
    """The configuration for each file checked: one per file, each file read once.

    ``explicit`` (``--config``) applies to every file. Otherwise a file gets the
    nearest ``sardoc.yaml`` above it, else the working directory's, else the
    defaults; the search is remembered by folder. ``adjust`` puts the command-line
    flags on top of whichever configuration a file gets.
    """

    def __init__(
        self,
        explicit: Path | None = None,
        cwd: Path | None = None,
        adjust: Callable[[Config], Config] | None = None,
    ) -> None:
        self.explicit = explicit
        self.cwd = (cwd or Path.cwd()).resolve()
        self.adjust = adjust or (lambda c: c)
        self._where: dict[Path, Path | None] = {}
        self._loaded: dict[Path | None, Config] = {}

    def __call__(self, path: Path) -> Config:
        if self.explicit is not None:
            found: Path | None = self.explicit
        else:
            path = Path(path).resolve()
            folder = path if path.is_dir() else path.parent
            if folder not in self._where:
                self._where[folder] = find_config(self.cwd, folder)
            found = self._where[folder]
        if found not in self._loaded:
            self._loaded[found] = self.adjust(load_config(found) if found else default_config())
        return self._loaded[found]


#: The flags whose values may be kept between runs (sardoc.validcache): rule names, kind
#: names and choices, never names of people.
_KEPT_FLAGS = frozenset({"kind", "select", "ignore", "profile", "fail_on"})


def with_overrides(config: Config, **flags: Any) -> Config:
    """Command-line flags win over the file; ``None`` means "not given"."""
    given = {k: v for k, v in flags.items() if v not in (None, (), [])}
    if not given:
        return config
    if given.keys() <= _KEPT_FLAGS and config == default_config():
        # The defaults with flags: the same on every run, so validated once and kept.
        # A config from a file is not kept: it may name people cleared for publication.
        from .validcache import remembered

        flat = repr(sorted(given.items()))
        return remembered("flags", "command line", flat, lambda: _overridden(config, given))
    return _overridden(config, given)


def _overridden(config: Config, given: dict[str, Any]) -> Config:
    try:
        return Config.model_validate({**config.model_dump(), **given})
    except model.ValidationError as e:
        raise ConfigError(problems=yamlsafe.validation_problems(e, "", "command line")) from None


def _matches(token: str, rule: Rule) -> bool:
    return token in (rule.id, rule.category, rule.name) or rule.name.startswith(token + ".")


def _specificity(token: str, rule: Rule) -> int:
    return 3 if token == rule.id else 2 if token == rule.name else 1


def rules_in_force(config: Config, rules: list[Rule] | None = None) -> list[Rule]:
    """The rules this configuration turns on, with its severities and params applied."""
    if rules is None:
        dirs = [default_rules_dir()] if config.extends == "default" else []
        base = Path(config.path).parent if config.path else Path.cwd()
        dirs += [base / p for p in config.rule_paths]
        rules = load_rules(dirs)
    for token in [*config.select, *config.ignore, *config.rules]:
        if not any(_matches(token, r) for r in rules):
            raise ConfigError(
                f"no rule matches '{token}' (give a rule id, name or category)",
                config.path or "command line",
                *_pos(config, token),
            )
    out = []
    for rule in rules:
        if config.select and not any(_matches(t, rule) for t in config.select):
            continue
        if any(_matches(t, rule) for t in config.ignore):
            continue
        if rule.kind == "grammar":
            # The grammar settings are the grammar rule's params.
            rule = rule.model_copy(update={"params": config.grammar})
        rule = _apply_settings(rule, config)
        if rule is not None:
            out.append(rule)
    return out


def _pos(config: Config, token: str) -> tuple[int | None, int | None]:
    if not config.text:
        return None, None
    for key in ("rules", "select", "ignore"):
        p = yamlsafe.position(config.text, [key, token])
        if p and p != yamlsafe.position(config.text, [key]):
            return p
    return None, None


def _apply_settings(rule: Rule, config: Config) -> Rule | None:
    settings = sorted(
        ((t, s) for t, s in config.rules.items() if _matches(t, rule)),
        key=lambda ts: _specificity(ts[0], rule),
    )
    enabled, severity, params, scope = rule.enabled, rule.severity_for(config.profile), None, None
    for token, s in settings:
        if s.enabled is not None:
            enabled = s.enabled
        if s.severity is not None:
            severity = s.severity
        if s.params or s.scope:
            params = {**(params or {}), **(s.params or {})}
            scope = {**(scope or {}), **(s.scope or {})}
            where = token
    if not enabled:
        return None
    update: dict[str, Any] = {"severity": severity}
    if params is not None:
        path = config.path or "command line"
        kind = KINDS[rule.kind]
        update["scope"], params, errors = resolve_scope(kind, params, scope, rule.scope)
        if errors:
            raise ConfigError(
                problems=[
                    p
                    for prefix, e in errors
                    for p in yamlsafe.validation_problems(
                        e, config.text, path, ("rules", where, *prefix)
                    )
                ]
            )
        merged = {**rule.params.model_dump(), **params}
        try:
            update["params"] = kind.Params.model_validate(merged)
        except model.ValidationError as e:
            raise ConfigError(
                problems=yamlsafe.validation_problems(
                    e, config.text, path, ("rules", where, "params")
                )
            ) from None
    return rule.model_copy(update=update)


__all__ = [
    "Config",
    "ConfigFinder",
    "Problem",
    "config_from_text",
    "load_config",
    "rules_in_force",
    "with_overrides",
]
