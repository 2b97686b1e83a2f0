"""When a rule applies: a rule file's ``when:`` conditions, kept as data.

Some checks only make sense for some reviews: a section 44 mandate only for a review
held under the Care Act 2014, consent and advocacy only for an adult who is alive, a
mental-capacity analysis only where the report's themes raise it. A rule file says so:

```yaml
when:
  review_basis: [care-act]        # see sardoc/review_basis.py; sardoc.yaml can set it
  adult_alive: true               # review.yaml's adult.alive, or the document's words
  mentions: ['\\bself-neglect\\b', '\\bcapacity\\b']   # any of these, in the body
  min_mentions: 1                 # sentences that must match ``mentions``
  unless_mentions: ['\bdecided to hold\b']   # none of these anywhere in the body
```

Every condition given must hold for the rule to run; an unknown one is refused when the
rule file is loaded. Each condition is a function in ``TESTS``, a registry rather than a
chain of ifs, so a new condition is one function and one field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..document import Document
from ..model import BaseModel, ConfigDict, field_validator, model_validator
from ..review_basis import BASES, adult_alive, review_basis
from .context import RunContext
from .textutil import compile_any


class When(BaseModel):
    """The conditions under which a rule runs; all that are given must hold."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    review_basis: tuple[str, ...] | None = None
    adult_alive: bool | None = None
    mentions: tuple[str, ...] = ()
    min_mentions: int = 1
    unless_mentions: tuple[str, ...] = ()

    @field_validator("review_basis", mode="before")
    @classmethod
    def _basis(cls, v: Any) -> Any:
        if isinstance(v, str):
            v = [v]
        for b in v or ():
            if b not in BASES:
                raise ValueError(f"unknown review basis {b!r}; known: {', '.join(BASES)}")
        return v

    @field_validator("mentions", "unless_mentions")
    @classmethod
    def _regexes(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        import re

        from ..recache import compile as cached

        for p in v:
            try:
                cached(p)  # a rule file's pattern: kept between runs, as its use will be
            except re.error as e:
                raise ValueError(f"not a valid regular expression {p!r}: {e}") from None
        return v

    @model_validator(mode="after")
    def _some(self) -> When:
        if (
            self.review_basis is None
            and self.adult_alive is None
            and not self.mentions
            and not self.unless_mentions
        ):
            raise ValueError(
                "give at least one condition: review_basis, adult_alive, mentions or "
                "unless_mentions"
            )
        return self


def _basis_holds(when: When, document: Document, ctx: RunContext | None) -> bool:
    return when.review_basis is None or review_basis(document, ctx) in when.review_basis


def _alive_holds(when: When, document: Document, ctx: RunContext | None) -> bool:
    # An adult nobody says is alive is not assumed to be: the rule stays quiet.
    return when.adult_alive is None or adult_alive(document) is when.adult_alive


def _count(patterns: tuple[str, ...], document: Document, enough: int) -> int:
    """Sentences of the body that match any of ``patterns``, counted up to ``enough``."""
    from ..elements import sentences

    rx = compile_any(patterns)
    count = 0
    for p in document.body():
        if rx.search(p.text):
            # Counting stops at ``enough`` inside a paragraph too: a single-line file is
            # one paragraph of thousands of sentences.
            for _, s in sentences(p.text):
                if rx.search(s):
                    count += 1
                    if count >= enough:
                        return count
    return count


def _mentions_hold(when: When, document: Document, ctx: RunContext | None) -> bool:
    return not when.mentions or _count(when.mentions, document, when.min_mentions) >= (
        when.min_mentions
    )


def _unless_holds(when: When, document: Document, ctx: RunContext | None) -> bool:
    # "Criteria not met" reads as a decision against a review until the same record
    # says a discretionary review will be held after all.
    return not when.unless_mentions or _count(when.unless_mentions, document, 1) == 0


#: Condition name -> test. Every test must pass for the rule to run.
TESTS: dict[str, Callable[[When, Document, RunContext | None], bool]] = {
    "review_basis": _basis_holds,
    "adult_alive": _alive_holds,
    "mentions": _mentions_hold,
    "unless_mentions": _unless_holds,
}


def holds(when: When | None, document: Document, ctx: RunContext | None = None) -> bool:
    """Whether a rule with these conditions runs on ``document``."""
    return when is None or all(test(when, document, ctx) for test in TESTS.values())


__all__ = ["TESTS", "When", "holds"]
