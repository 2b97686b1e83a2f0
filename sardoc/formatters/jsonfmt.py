"""The ``json`` format: a published, versioned schema (see docs/json-output.md).

The output is deterministic: the same report always gives byte-identical text. Keys
come in a fixed order, ``by_rule`` is sorted, and there are no timestamps.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from json.encoder import encode_basestring

from . import Report, files_by_rule, files_with_findings, severity_counts
from ._json import Encoded, dumps

SCHEMA = "sardoc-findings"
#: Additive changes bump the minor number; anything that could break a reader bumps
#: the major number. Keep docs/json-output.md and its JSON Schema in step.
SCHEMA_VERSION = "1.3"


def to_data(report: Report) -> dict:
    """The report as plain JSON-ready data, in the documented shape.

    Args:
        report: The report to convert.

    Returns:
        A dict whose key order is the order written.
    """
    data = _head(report)
    data["findings"] = [f.to_dict() for f in report.findings]
    return data


def _head(report: Report) -> dict:
    """``to_data`` but for its findings."""
    by_rule = Counter(f.rule_id for f in report.findings)
    summary = {
        **severity_counts(report.findings),
        "files": len(report.files),
        "files_with_findings": files_with_findings(report),
        "by_rule": dict(sorted(by_rule.items())),
        "files_by_rule": files_by_rule(report),
    }
    return {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "sardoc_version": report.version,
        "ruleset_version": report.ruleset_version,
        "profile": report.profile,
        "files": [str(f) for f in report.files],
        "kinds": {
            str(f): dict(report.kinds[str(f)]) for f in report.files if str(f) in report.kinds
        },
        "notices": list(report.notices),
        "summary": summary,
    }


class _Findings(Encoded):
    """The findings as ``to_data`` has them, written from a template.

    A long file's report is thousands of findings of one shape: writing each from its
    fields is several times quicker than building its dicts and walking them, and gives
    the same text (a field of a type the template does not know raises ``TypeError``,
    and the report is then written from ``to_data``'s dicts).
    """

    __slots__ = ("findings",)

    def __init__(self, findings) -> None:
        self.findings = findings

    def plain(self) -> list[dict]:
        return [f.to_dict() for f in self.findings]

    def write(self, out: list[str], newline: str) -> None:
        if not self.findings:
            out.append("[]")
            return
        item = newline + "  "
        field = item + "  "
        inner = field + "  "
        heads: dict[tuple, str] = {}
        sep = "[" + item + "{"
        for f in self.findings:
            # What every finding of a rule shares, written once a run.
            key = (f.rule_id, f.rule_name, f.severity, f.category, f.hint, f.markers)
            shared = heads.get(key)
            if shared is None:
                shared = heads[key] = _shared(f, field)
            out.append(sep)
            out.append(shared[0])
            out.append(
                f'{field}"message": {_str(f.message)},'
                f"{shared[1]}"
                f'{field}"entity": {_opt_str(f.entity)},'
                f'{field}"text": {_opt_str(f.text)},'
                f'{field}"location": {_location(f.location, field)},'
                f'{field}"also": '
            )
            if f.also:
                out.append("[" + inner + ("," + inner).join(_location(x, inner) for x in f.also))
                out.append(field + "]")
            else:
                out.append("[]")
            out.append(item + "}")
            sep = "," + item + "{"
        out.append(newline + "]")


def _shared(f, field: str) -> tuple[str, str]:
    """The fields before a finding's message, and the two after it."""
    return (
        f'{field}"rule": {_str(f.rule_id)},'
        f'{field}"name": {_str(f.rule_name)},'
        f'{field}"severity": {_str(str(f.severity))},'
        f'{field}"category": {_str(f.category)},',
        f'{field}"hint": {_str(f.hint)},{field}"markers": {_strings(f.markers, field)},',
    )


def _str(value) -> str:
    if type(value) is not str:
        raise TypeError("not a string")
    return encode_basestring(value)


def _opt_str(value) -> str:
    return "null" if value is None else _str(value)


def _opt_int(value) -> str:
    if value is None:
        return "null"
    if type(value) is not int:
        raise TypeError("not an int")
    return int.__repr__(value)


def _strings(values, indent: str) -> str:
    if not values:
        return "[]"
    inner = indent + "  "
    return "[" + inner + ("," + inner).join(map(_str, values)) + indent + "]"


#: What a location's numbers may be (anything else is left to ``json.dumps``).
_NUMBERS = frozenset({int, type(None)})


def _location(loc, indent: str) -> str:
    """A location as ``sardoc.findings._loc_dict`` gives it, in its field order."""
    i = indent + "  "
    numbers = (loc.line, loc.column, loc.end_line, loc.end_column, loc.offset, loc.length)
    if not _NUMBERS.issuperset(map(type, numbers)):
        raise TypeError("a number that is not an int")
    return (
        f'{{{i}"file": {_str(loc.file)},'
        # Only keys and numbers here: None is null, an int is written as JSON writes it.
        + (_numbers_template(i) % numbers).replace("None", "null")
        + f'{i}"section": {_strings(loc.section, i)},'
        f'{i}"paragraph": {_opt_int(loc.paragraph)},'
        f'{i}"part": {_str(loc.part)}{indent}}}'
    )


@cache
def _numbers_template(i: str) -> str:
    keys = ("line", "column", "end_line", "end_column", "offset", "length")
    return "".join(f'{i}"{k}": %s,' for k in keys)


def render(report: Report, color: bool = False) -> str:
    """Render the report as JSON (``color`` is ignored).

    Args:
        report: The report to render.
        color: Unused; JSON is never coloured.

    Returns:
        Indented JSON text with a trailing newline.
    """
    data = _head(report)
    data["findings"] = _Findings(report.findings)
    return dumps(data) + "\n"
