"""Load and validate rule files: ``rules/<category>/<ID>.yaml``, one rule per file.

Every problem names the file and, where it can, the line: ``rules/pub/PUB-001.yaml:9:3:
params.headings: must be a list``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .. import model, yamlsafe
from ..errors import Problem, RuleFileError
from ..paths import data_dir
from .registry import KINDS
from .schema import Rule, Scope, resolve_scope


def default_rules_dir() -> Path:
    return data_dir("rules")


def load_rule_file(path: Path) -> Rule:
    """Read one rule file and check it against the schema and its kind's params.

    A file whose text has been validated before by this sardoc gives the rule kept from
    then (sardoc.validcache), without parsing or validating it again.
    """
    from ..validcache import remembered

    text = yamlsafe.read_text(path, "rule file")
    return remembered("rule", str(path), text, lambda: _rule_from_text(text, path))


def _rule_from_text(text: str, path: Path) -> Rule:
    data = yamlsafe.load_kept(text, str(path))
    if not isinstance(data, dict):
        raise RuleFileError("a rule file must be a mapping of names to values", str(path), 1)
    return validate_rule(data, text, str(path))


def validate_rule(data: dict[str, Any], text: str, path: str) -> Rule:
    """Validate rule data (from a file or config); ``text`` is used to find positions."""
    kind = data.get("kind")
    module = KINDS.get(kind) if isinstance(kind, str) else None
    problems: list[Problem] = []
    if module is None:
        pos = yamlsafe.position(text, ["kind"]) or (None, None)
        problems.append(
            Problem(
                f"kind: unknown rule kind {kind!r}; known: {', '.join(sorted(KINDS))}", path, *pos
            )
        )
    given = data.get("params") or {}
    scope = None
    if module is not None and isinstance(given, dict):
        scope, given, errors = resolve_scope(module, given, data.get("scope"))
        for prefix, e in errors:
            problems.extend(yamlsafe.validation_problems(e, text, path, prefix))
    try:
        rule = Rule.model_validate(
            {**{k: v for k, v in data.items() if k != "scope"}, "file": path}
        )
    except model.ValidationError as e:
        problems.extend(yamlsafe.validation_problems(e, text, path))
        rule = None
    if module is not None:
        try:
            params = module.Params.model_validate(given)
        except model.ValidationError as e:
            problems.extend(yamlsafe.validation_problems(e, text, path, ("params",)))
        else:
            if rule is not None:
                rule = rule.model_copy(update={"params": params, "scope": scope or Scope()})
    if rule is not None and Path(path).stem != rule.id and path.endswith((".yaml", ".yml")):
        pos = yamlsafe.position(text, ["id"]) or (None, None)
        problems.append(Problem(f"id: '{rule.id}' must match the file name", path, *pos))
    if problems:
        raise RuleFileError(problems=problems)
    return rule


def rule_files(dirs: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for d in dirs:
        if not d.is_dir():
            raise RuleFileError("rule folder not found", str(d))
        files.extend(sorted(p for p in d.rglob("*.y*ml") if p.suffix in (".yaml", ".yml")))
    return files


def load_rules(dirs: Iterable[Path] | None = None) -> list[Rule]:
    """Every rule in the given folders (the built-in rules by default), sorted by id."""
    files = rule_files(list(dirs) if dirs is not None else [default_rules_dir()])
    rules: dict[str, Rule] = {}
    problems: list[Problem] = []
    for f in files:
        try:
            rule = load_rule_file(f)
        except RuleFileError as e:
            problems.extend(e.problems)
            continue
        if rule.id in rules:
            problems.append(
                Problem(f"duplicate rule id {rule.id} (also in {rules[rule.id].file})", str(f))
            )
        rules[rule.id] = rule
    if problems:
        raise RuleFileError(problems=problems)
    return sorted(rules.values(), key=lambda r: r.id)


def ruleset_version(rules: Iterable[Rule]) -> str:
    """A short hash of the rules in force, so a report says which rule set produced it.

    The hash of the rules' JSON is kept between runs under their ``repr`` (which shows
    every field, as the JSON does), so that a short check need not build every rule
    model's serializer to give the same hash again.
    """
    from ..validcache import remembered

    ordered = sorted(rules, key=lambda r: r.id)

    def version() -> str:
        from ..recache import sha256

        h = sha256()
        for r in ordered:
            h.update(r.model_dump_json(exclude={"file"}).encode())
        return h.hexdigest()[:12]

    return remembered("ruleset", "", "\n".join(repr(r) for r in ordered), version)
