"""The rule engine: rule-file schema, loader, kinds registry and runner."""

from .context import RunContext
from .engine import run
from .loader import load_rules, ruleset_version
from .schema import Rule

__all__ = ["Rule", "RunContext", "load_rules", "run", "ruleset_version"]
