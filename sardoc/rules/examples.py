"""Run a rule's own pass/fail examples: every rule file carries proof of what it does."""

from __future__ import annotations

from pathlib import Path

from .. import yamlsafe
from ..document import Document
from .engine import run
from .registry import reads
from .schema import Rule

#: What a content example needs to be a valid review, when it does not say.
_BASE = {
    "adult": {"pseudonym": "Adult A", "alive": False},
    "board": {"name": "Example Safeguarding Adults Board"},
    "review_type": {"kind": "mandatory", "condition": 1},
}


def example_document(rule: Rule, text: str, kind: str | None = None) -> Document:
    """The document an example stands for, of the first kind the rule applies to."""
    kind = kind or rule.applies_to[0]
    # A kind that reads structured content has examples in YAML; the others, Markdown.
    if reads(rule.kind) == "content":
        data = yamlsafe.load(text, "example.yaml")
        if rule.kind != "required_field":
            # These kinds read the validated review; merge in what every review has.
            from ..content.models import Review

            data = Review.model_validate({**_BASE, **data})
        return Document(
            path="example.yaml", kind=kind, format="yaml", paragraphs=[], content=data, source=text
        )
    from ..sources import markdown

    doc = markdown.read(Path("example.md"), text.encode("utf-8"))
    doc.kind = kind
    return doc


def example_failures(rule: Rule) -> list[str]:
    """What is wrong with a rule's examples: a fail example it passes, or the reverse."""
    problems = []
    # A grammar rule's findings come from an outside checker chosen at run time, so its
    # examples cannot show a failure on their own; tests/language drives it against
    # harper and a stand-in LanguageTool server instead.
    needs_fail = rule.kind != "grammar"
    if (needs_fail and not rule.examples.fail) or not rule.examples.pass_:
        problems.append(f"{rule.id}: needs at least one pass and one fail example")
    for i, text in enumerate(rule.examples.fail):
        if not [f for f in run(example_document(rule, text), [rule]) if f.rule_id == rule.id]:
            problems.append(f"{rule.id}: fail example {i + 1} is not reported")
    for i, text in enumerate(rule.examples.pass_):
        found = [f for f in run(example_document(rule, text), [rule]) if f.rule_id == rule.id]
        if found:
            problems.append(f"{rule.id}: pass example {i + 1} is reported: {found[0].message}")
    return problems
