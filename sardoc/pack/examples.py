"""A pack rule's examples: each is a small pack, file name -> Markdown text.

The file's stem names its kind ("report", "briefing", "leaflet", "tracker", "scoping"),
so an example reads as a folder of drafts would.
"""

from __future__ import annotations

from pathlib import Path

from .. import yamlsafe
from ..document import canonical_kind
from . import Member, Pack, run_pack


def example_pack(text: str, profile: str = "draft") -> Pack:
    from ..api import declare_names
    from ..config import Config
    from ..sources import markdown

    files = yamlsafe.load(text, "example.yaml")
    members = []
    for name, body in files.items():
        doc = markdown.read(Path(name), str(body).encode("utf-8"))
        doc.kind = canonical_kind(Path(name).stem) or "sar-report"
        declare_names(doc, Config())
        members.append(Member(name, doc))
    return Pack(members, profile=profile)


def example_failures(rule) -> list[str]:
    problems = []
    if not rule.examples.fail or not rule.examples.pass_:
        problems.append(f"{rule.id}: needs at least one pass and one fail example")
    for i, text in enumerate(rule.examples.fail):
        if not [f for f in run_pack(example_pack(text), [rule]) if f.rule_id == rule.id]:
            problems.append(f"{rule.id}: fail example {i + 1} is not reported")
    for i, text in enumerate(rule.examples.pass_):
        found = [f for f in run_pack(example_pack(text), [rule]) if f.rule_id == rule.id]
        if found:
            problems.append(f"{rule.id}: pass example {i + 1} is reported: {found[0].message}")
    return problems
