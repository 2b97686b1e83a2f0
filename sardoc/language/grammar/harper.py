"""Harper (harper-py): an offline grammar and spelling checker, in British English.

Runs in this process; nothing leaves the machine. Its curated dictionary takes about
half a second to build, once per run. Rules that duplicate sardoc's own (sentence
length) or do not fit British report style (title case in headings, the Oxford
comma) are off; a user turns off any other by its Harper name.
"""

from __future__ import annotations

from . import Problem, Settings, Unavailable, vocabulary

#: Off by default: sardoc measures sentence length itself (LANG-004), British reports
#: use sentence case headings and do not require the Oxford comma.
#: Measured false alarms on clean reports (benchmarks/bench_language.py) turned these off
#: too: MissingTo ("refused", "refusing"), MassNouns ("each finding"), CompoundNouns
#: ("bank card" -> "bankcard"), and AnA, which reads the pseudonym in "Adult A's" as
#: the article "a".
OFF = (
    "LongSentences",
    "UseTitleCase",
    "OxfordComma",
    "SentenceCapitalization",
    "MissingTo",
    "MassNouns",
    "CompoundNouns",
    "AnA",
)


class Harper:
    name = "harper"

    def __init__(self, settings: Settings) -> None:
        try:
            from harper import Dialect, Linter
        except ImportError:
            raise Unavailable("harper is not installed (pip install 'sardoc[grammar]')") from None
        self.linter = Linter(Dialect.BRITISH)
        config = self.linter.get_default_lint_config()
        for name in (*OFF, *settings.disabled):
            if name in config:
                config[name] = False
        self.linter.set_lint_config(config)
        self.known = {w.lower() for w in (*vocabulary(), *settings.vocabulary)}

    def check(self, texts: list[str]) -> list[list[Problem]]:
        """Lint all paragraphs in one call (far faster than one call each), then share out."""
        from bisect import bisect_right

        from harper import Language

        starts, pos = [], 0
        for text in texts:
            starts.append(pos)
            pos += len(text) + 2
        joined = "\n\n".join(texts)
        out: list[list[Problem]] = [[] for _ in texts]
        for lint in self.linter.lint(joined, language=Language.PLAINTEXT):
            i = bisect_right(starts, lint.span.start) - 1
            start, end = lint.span.start - starts[i], lint.span.end - starts[i]
            if i < 0 or end > len(texts[i]):
                continue  # a lint across two paragraphs belongs to neither
            word = lint.problem_text.strip(".,;:'’ ").lower()
            if lint.lint_kind == "Spelling" and (
                word in self.known
                or word.rstrip("s").rstrip("'’") in self.known
                or lint.problem_text[:1].isupper()
            ):
                continue  # field words, and proper nouns (place and agency names)
            out[i].append(
                Problem(
                    start,
                    end,
                    f"harper.{lint.lint_kind}",
                    lint.message,
                    tuple(s.replacement_text for s in lint.suggestions[:3]),
                )
            )
        return out


def make(settings: Settings) -> Harper:
    return Harper(settings)
