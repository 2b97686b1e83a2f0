"""Safe YAML loading with positions, shared by review content, rule files and config.

Loading is always safe (no custom tags, no Python objects). Positions are found
only when something has gone wrong: the happy path pays nothing for them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import InputError


@lru_cache(maxsize=1)
def _loader():
    """The loader class, made on first use: PyYAML costs a check about 10 ms to import,
    and a check whose rule, element and abbreviation files all come from the cache
    (``load_kept``) of a file without front matter or ``sardoc.yaml`` never parses YAML.
    """
    import yaml

    try:  # libyaml is ten times faster; fall back quietly where it is missing.
        base = yaml.CSafeLoader
    except AttributeError:  # pragma: no cover - depends on the build of PyYAML
        base = yaml.SafeLoader

    class _Loader(base):  # type: ignore[valid-type,misc]
        """Safe loading, with dates left as text.

        YAML would turn ``2023-13-45`` into a date and fail with no position; left as
        text, the model reads it and reports "not a date" at its line. A key given twice
        in one mapping is refused at the second: YAML would keep the later value and drop
        the first without a word (a rule's second ``examples:`` hiding its first).
        """

        def construct_mapping(self, node, deep=False):
            if isinstance(node, yaml.MappingNode):
                seen: set = set()
                for key_node, _ in node.value:
                    if (
                        not isinstance(key_node, yaml.ScalarNode)
                        or key_node.tag == "tag:yaml.org,2002:merge"
                    ):
                        continue
                    key = key_node.value
                    if key in seen:
                        raise yaml.constructor.ConstructorError(
                            None, None, f"the key {key!r} is given twice", key_node.start_mark
                        )
                    seen.add(key)
            return super().construct_mapping(node, deep)

    _Loader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in base.yaml_implicit_resolvers.items()
    }
    return _Loader


#: Aliases allowed in one file. Review content and rules never need many; a
#: "billion laughs" file needs thousands.
MAX_ALIASES = 100


def read_text(path: Path, what: str = "file") -> str:
    """Read a UTF-8 text file (a BOM is dropped), with a clear error if it cannot be."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"no such {what}", str(path)) from None
    except IsADirectoryError:
        raise InputError(f"is a folder, not a {what}", str(path)) from None
    except OSError as e:
        raise InputError(f"cannot read {what}: {e.strerror}", str(path)) from None
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise InputError("not UTF-8 text (save it as UTF-8)", str(path), line) from None


#: One line of the simplest YAML: ``key: value`` at the margin (see :func:`_simple`).
_SIMPLE_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):[ \t]+(.*?)[ \t]*")
#: A quoted scalar with nothing in it that YAML would read specially.
_QUOTED = re.compile(r'"([^"\\,\[\]{}]*)"|\'([^\',\[\]{}]*)\'')
#: A plain scalar YAML can only read as text: a letter first, then letters, digits,
#: spaces and a little punctuation (no colon, hash, comma, bracket or quote).
_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9 .()/&’-]*")
#: Plain words YAML (1.1, as PyYAML reads it) turns into true, false or null.
_NOT_TEXT = frozenset({"yes", "no", "true", "false", "on", "off", "null"})


def _scalar(value: str) -> str | None:
    m = _QUOTED.fullmatch(value)
    if m:
        return m.group(1) if m.group(1) is not None else m.group(2)
    if _PLAIN.fullmatch(value) and value.lower() not in _NOT_TEXT and "  " not in value:
        return value
    return None


def _simple(text: str) -> dict[str, Any] | None:
    """The mapping a YAML text of the simplest shape holds, read without PyYAML; else None.

    Front matter is usually a few ``key: value`` lines (``kind: family-guidance``,
    ``title: "..."``, ``allow: ["01632 960789"]``), and PyYAML costs a short check about
    10 ms to import. Only lines whose values YAML can read as nothing but text are taken
    here: quoted text without escapes, plain words that are not true/false/null or a
    number, and flow lists of those. Anything else (a nested block, a comment, a number,
    a key given twice) goes to PyYAML, which reads it, or reports it, as always.
    """
    out: dict[str, Any] = {}
    for line in text.split("\n"):
        m = _SIMPLE_LINE.fullmatch(line)
        # A character YAML refuses (a control character) is left to PyYAML to report.
        if m is None or not line.isprintable():
            return None
        key, value = m.groups()
        if key in out or key.lower() in _NOT_TEXT:
            return None
        if value.startswith("[") and value.endswith("]"):
            inner = value[1:-1].strip()
            items = [_scalar(x.strip()) for x in inner.split(",")] if inner else []
            if None in items:
                return None
            out[key] = items
        else:
            scalar = _scalar(value)
            if scalar is None:
                return None
            out[key] = scalar
    return out or None


def load(text: str, path: str) -> Any:
    """Parse YAML text; a syntax error becomes an :class:`InputError` at its position."""
    simple = _simple(text.strip("\n"))
    if simple is not None:
        return simple
    import yaml

    aliases, depth = _scan(text)
    if depth > MAX_DEPTH or _flow_depth(text) > MAX_DEPTH:
        # Checked before loading: libyaml's composer recurses in C and would crash.
        raise InputError(f"YAML nested too deeply (more than {MAX_DEPTH} levels)", path)
    if aliases > MAX_ALIASES:
        raise InputError(f"too many YAML aliases (more than {MAX_ALIASES})", path)
    # A few aliases of aliases still multiply ("billion laughs"): anything that
    # walks the loaded data would visit every copy. Refuse what expands too far.
    if aliases and _expanded_size(_compose(text)) > MAX_EXPANDED_NODES:
        raise InputError(f"YAML aliases expand to more than {MAX_EXPANDED_NODES:,} values", path)
    try:
        return yaml.load(text, Loader=_loader())  # noqa: S506 - a safe loader
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        problem = (e.problem or "malformed YAML").strip()
        if mark is None:
            raise InputError(f"malformed YAML: {problem}", path) from None
        raise InputError(
            f"malformed YAML: {problem}", path, mark.line + 1, mark.column + 1
        ) from None
    except yaml.YAMLError as e:
        raise InputError(f"malformed YAML: {e}", path) from None
    except RecursionError:
        raise InputError("YAML nested too deeply", path) from None


def load_kept(text: str, path: str) -> Any:
    """:func:`load` for sardoc's own kinds of file (rules, elements), whose parsed data is
    kept between runs (``sardoc.recache``), keyed by a hash of the text: loading some
    eighty rule files is a good part of a short check. Never for a document or review
    content, which must not reach the cache."""
    import marshal

    from . import recache

    key = ("yaml", recache.sha256(text.encode()).hexdigest())
    found = recache.lookup(key)
    if found is None:
        data = load(text, path)
        try:
            found = recache.keep(key, marshal.dumps(data))
        except ValueError:  # a value marshal cannot hold (an explicit !!timestamp)
            return data
    # Each caller gets its own copy: the kept data must not change under the next.
    return marshal.loads(found)  # noqa: S302 - see sardoc.recache


#: Values a YAML file may expand to once its aliases are followed.
MAX_EXPANDED_NODES = 100_000


def _expanded_size(root) -> int:
    """How many values the document holds with every alias followed (memoised by node)."""
    import yaml

    sizes: dict[int, int] = {}

    def size(node) -> int:
        if node is None or isinstance(node, yaml.ScalarNode):
            return 1
        key = id(node)
        if key not in sizes:
            sizes[key] = 0  # a recursive alias counts once, not forever
            children = (
                [x for pair in node.value for x in pair]
                if isinstance(node, yaml.MappingNode)
                else node.value
            )
            sizes[key] = min(1 + sum(size(c) for c in children), 10 * MAX_EXPANDED_NODES)
        return sizes[key]

    try:
        return size(root)
    except RecursionError:
        return 10 * MAX_EXPANDED_NODES


#: Nesting depth of mappings and lists; review content needs fewer than ten.
MAX_DEPTH = 100


def _scan(text: str) -> tuple[int, int]:
    """(aliases, deepest nesting) from the parser's events, which never recurse."""
    import yaml

    aliases = depth = deepest = 0
    try:
        for ev in yaml.parse(text, Loader=_loader()):
            if isinstance(ev, yaml.AliasEvent):
                aliases += 1
            elif isinstance(ev, yaml.CollectionStartEvent):
                depth += 1
                if depth > deepest:
                    deepest = depth
                    if deepest > MAX_DEPTH:
                        break
            elif isinstance(ev, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        pass  # the real load reports the syntax error with its position
    return aliases, deepest


_QUOTED_OR_COMMENT = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"\\]|\\.)*\"|#[^\n]*")


def _flow_depth(text: str) -> int:
    """Deepest nesting of flow brackets, outside quotes and comments.

    PyYAML's scanner reads a whole flow collection before the parser yields any
    event, and newer releases stop it with an error of their own; counting the
    brackets first keeps the refusal ours, whatever the release.
    """
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return 0
    depth = deepest = 0
    for ch in _QUOTED_OR_COMMENT.sub("", text):
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth = max(depth - 1, 0)
    return deepest


@lru_cache(maxsize=8)
def _compose(text: str):
    import yaml

    try:
        return yaml.compose(text, Loader=_loader())
    except (yaml.YAMLError, RecursionError):
        return None


def position(text: str, loc: Sequence[str | int]) -> tuple[int, int] | None:
    """1-based (line, column) of the deepest node on ``loc`` that exists.

    A mapping entry points at its key, a list item at the item itself.
    """
    import yaml

    node = _compose(text)
    if node is None:
        return None
    best = (node.start_mark.line + 1, node.start_mark.column + 1)
    for step in loc:
        found = None
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if isinstance(k, yaml.ScalarNode) and k.value == str(step):
                    found, mark = v, k.start_mark
                    break
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int):
            if 0 <= step < len(node.value):
                found = node.value[step]
                mark = found.start_mark
        if found is None:
            break
        node = found
        best = (mark.line + 1, mark.column + 1)
    return best


def node_at(text: str, loc: Sequence[str | int]):
    """The YAML node at ``loc`` exactly, or ``None`` if there is none."""
    import yaml

    node = _compose(text)
    for step in loc:
        if node is None:
            return None
        found = None
        if isinstance(node, yaml.MappingNode):
            found = next(
                (
                    v
                    for k, v in node.value
                    if isinstance(k, yaml.ScalarNode) and k.value == str(step)
                ),
                None,
            )
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int):
            found = node.value[step] if 0 <= step < len(node.value) else None
        node = found
    return node


# Short, plain messages for pydantic's error types; anything else keeps pydantic's.
_MESSAGES = {
    "missing": "required, but missing",
    "extra_forbidden": "unknown field (check the spelling)",
    "date_type": "not a date (write it as 2025-03-14 or 14/03/2025)",
    "date_parsing": "not a date (write it as 2025-03-14 or 14/03/2025)",
    "date_from_datetime_parsing": "not a date (write it as 2025-03-14 or 14/03/2025)",
    "date_from_datetime_inexact": "not a date (a date has no time of day)",
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "string_type": "must be text",
    "list_type": "must be a list",
    "tuple_type": "must be a list",
    "set_type": "must be a list",
    "frozen_set_type": "must be a list",
    "float_type": "must be a number",
    "float_parsing": "must be a number",
    "dict_type": "must be a mapping of names to values",
    "model_type": "must be a mapping of names to values",
    "model_attributes_type": "must be a mapping of names to values",
    "string_too_short": "must not be empty",
    "too_short": "must not be empty",
    "url_parsing": "not a web address",
}


def validation_problems(exc: Any, text: str, path: str, prefix: Sequence = ()) -> list:
    """Turn a pydantic ``ValidationError`` into one :class:`Problem` per error."""
    from .errors import Problem

    problems = []
    for err in exc.errors(include_url=False):
        loc = [*prefix, *err["loc"]]
        # pydantic adds a union member's tag to the location; it means nothing to a user.
        loc = [x for x in loc if not (isinstance(x, str) and x.startswith("function-"))]
        kind = err["type"]
        if kind == "literal_error":
            options = re.findall(r"'([^']*)'", err["ctx"]["expected"]) or [err["ctx"]["expected"]]
            msg = "must be one of: " + ", ".join(options)
        elif kind in ("value_error", "assertion_error"):
            msg = str(err["ctx"].get("error", err["msg"]))
        else:
            msg = _MESSAGES.get(kind, err["msg"])
        dotted = ".".join(str(x) for x in loc)
        pos = position(text, loc) if text else None
        line, col = pos if pos else (None, None)
        problems.append(Problem(f"{dotted}: {msg}" if dotted else msg, path, line, col))
    return problems
