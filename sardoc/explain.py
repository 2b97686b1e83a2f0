"""Plain-text listings and explanations of rules, for ``sardoc rules``."""

from __future__ import annotations

import textwrap

from .elements.kind import LABELS
from .rules.schema import Rule, _fill


def listing(rules: list[Rule]) -> str:
    # Columns as wide as their longest entry, so that every row lines up.
    wid = max([len("ID"), *(len(r.id) for r in rules)])
    wname = max([len("NAME"), *(len(r.name) for r in rules)])
    lines = [f"{'ID':<{wid}}  {'SEVERITY':<8}  {'NAME':<{wname}}  APPLIES TO"]
    for r in rules:
        lines.append(
            f"{r.id:<{wid}}  {str(r.severity):<8}  {r.name:<{wname}}  {', '.join(r.applies_to)}"
        )
    lines.append(f"\n{len(rules)} rules. `sardoc rules ID` explains one.")
    return "\n".join(lines)


def explain(rule: Rule, profile: str = "draft") -> str:
    wrap = lambda s: textwrap.fill(s, 88, initial_indent="  ", subsequent_indent="  ")  # noqa: E731
    parts = [
        f"{rule.id}  {rule.name}",
        f"  kind: {rule.kind}   severity: {rule.severity}"
        + (
            f" (draft: {rule.profiles.get('draft', rule.severity)}, publication: "
            f"{rule.profiles.get('publication', rule.severity)})"
            if rule.profiles
            else ""
        ),
        f"  applies to: {', '.join(LABELS.get(k, k) for k in rule.applies_to)}",
    ]
    if rule.markers:
        parts.append(f"  quality markers: {', '.join(rule.markers)}")
    values = rule.params.model_dump() if hasattr(rule.params, "model_dump") else {}
    values = {k: v for k, v in values.items() if isinstance(v, (str, int, float))}
    parts += ["", "  What it reports:", wrap(_fill(rule.message, values))]
    if rule.hint:
        parts += ["", "  How to put it right:", wrap(_fill(rule.hint, values))]
    parts += ["", "  Source:", wrap(rule.source)]
    if rule.examples.fail:
        parts += ["", "  Reported, for example:", _examples(rule.examples.fail[:2])]
    if rule.examples.pass_:
        parts += ["", "  Not reported:", _examples(rule.examples.pass_[:2])]
    return "\n".join(parts)


def _examples(texts) -> str:
    return "\n    |\n".join(textwrap.indent(x.strip(), "    | ") for x in texts)
