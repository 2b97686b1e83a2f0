"""A redacted copy of a draft: every identifier replaced consistently, the input untouched.

Issue 3, item 5, and QM14 (a published review is anonymised so that no individual can
be identified). :func:`redact_file` reads a draft, replaces what the ``identifiable``
rules in force report (see :mod:`.plan`) with placeholders ("[Person 1]",
"[Postcode]") or the pseudonyms ``identifiable.replace`` gives, scrubs Word metadata,
then checks its own output: if anything is still found (an edit can uncover a name
that was hidden by its context), it redacts again, up to :data:`MAX_PASSES` times.

One module per format, registered by file suffix in :data:`REDACTORS`; each defines
``redact(path, data, choose, names, stats) -> bytes``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import import_module
from pathlib import Path

import yaml

from ..api import declare_names
from ..config import Config, rules_in_force
from ..document import Document
from ..errors import InputError, SardocError
from ..fileio import refuse_overwriting_inputs, write_atomic
from ..identify import ENTITIES, Hit
from ..sources import read_bytes, reader_for, settle_kind
from .plan import Placeholders, selected_hits

#: File suffix -> module in this package.
REDACTORS: dict[str, str] = {
    ".md": "text",
    ".markdown": "text",
    ".txt": "text",
    ".text": "text",
    ".docx": "docx",
}

#: Redact, check, redact again what is still found: in practice one pass does it all.
MAX_PASSES = 3


@dataclass
class Summary:
    """What a redaction did, in counts only (no document text)."""

    replaced: Counter = field(default_factory=Counter)
    authors: int = 0
    metadata: int = 0
    elsewhere: int = 0
    remaining: int = 0
    passes: int = 0

    def line(self) -> str:
        """One line for the terminal: counts by entity, never the identifiers."""
        total = sum(self.replaced.values())
        by_entity = ", ".join(f"{e} {self.replaced[e]}" for e in ENTITIES if self.replaced[e])
        out = f"{total} identifier{'s' if total != 1 else ''} replaced"
        if by_entity:
            out += f" ({by_entity})"
        if self.elsewhere:
            out += f"; {self.elsewhere} more in links, field codes or mark-up"
        if self.authors:
            out += f"; {self.authors} author{'s' if self.authors != 1 else ''} renamed"
        if self.metadata:
            out += f"; {self.metadata} metadata field{'s' if self.metadata != 1 else ''} emptied"
        return out


def redact_file(
    path: Path, output: Path, config: Config | None = None, key: Path | None = None
) -> Summary:
    """Write a redacted copy of ``path`` to ``output`` (and the key to ``key`` if given).

    Raises:
        InputError: the input cannot be read, is of a type sardoc cannot redact, or
            the output is not of the same type.
        SardocError: the output or the key would overwrite the input.
    """
    config = config or Config()
    path, output = Path(path), Path(output)
    suffix = path.suffix.lower()
    if suffix not in REDACTORS:
        known = ", ".join(sorted(REDACTORS))
        raise InputError(f"sardoc cannot redact '{suffix or path.name}' files ({known})", str(path))
    if output.suffix.lower() != suffix:
        raise InputError(f"the redacted copy must be a {suffix} file, like the input", str(output))
    refuse_overwriting_inputs(output, [path])
    if key is not None:
        refuse_overwriting_inputs(key, [path, output])
        if Path(key).suffix.lower() in REDACTORS:
            raise SardocError("the key must not look like a document: name it key.yaml", str(key))
    data = read_bytes(path)
    rules = rules_in_force(config)
    module = import_module(f"{__name__}.{REDACTORS[suffix]}")
    names = Placeholders(config.identifiable.replace)

    def choose(document: Document) -> list[Hit]:
        settle_kind(document, path, config.kind)
        declare_names(document, config)
        return selected_hits(document, rules)

    summary = Summary()
    stats: Counter = Counter()
    for _ in range(MAX_PASSES):
        data = module.redact(path, data, choose, names, stats)
        summary.passes += 1
        remaining = choose(reader_for(path)(path, data))
        if not remaining:
            break
    summary.remaining = len(remaining)
    summary.replaced = names.replaced
    summary.authors = names.authors
    summary.metadata = stats["metadata"]
    summary.elsewhere = stats["elsewhere"]
    write_atomic(output, data)
    if key is not None:
        write_key(key, names, path)
    return summary


def write_key(key: Path, names: Placeholders, source: Path) -> None:
    """The key from each placeholder to what it replaced, readable by its owner only.

    It is written only when asked for, never printed, and created with mode 0600 from
    the start (``write_atomic`` writes a private temporary file and renames it).
    """
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    header = (
        f"# sardoc redaction key for {source.name}, written {when}.\n"
        "# It links each placeholder in the redacted copy to what it replaced, so it\n"
        "# identifies people: keep it apart from the copy and as safe as the original.\n"
    )
    body = {name: list(originals) for name, originals in names.key.items() if originals}
    text = header + yaml.safe_dump(body, allow_unicode=True, sort_keys=False, width=100)
    write_atomic(key, text, mode=0o600)


__all__ = ["MAX_PASSES", "REDACTORS", "Summary", "redact_file", "write_key"]
