"""Rule sources and messages cite what a user can read, not the project's own notes."""

from __future__ import annotations

import re

from sardoc.rules.loader import load_rules

PRIVATE = re.compile(r"\bseeds?\b|DOMAIN", re.IGNORECASE)


def test_no_rule_cites_the_projects_own_notes():
    cited = [
        r.id for r in load_rules() if PRIVATE.search(" ".join([r.source, r.message, r.hint or ""]))
    ]
    assert cited == []
