"""Data models declared once, validated by pydantic, used at run time without it.

Rules, their params and scope, element files and ``sardoc.yaml`` are checked with
pydantic, which gives clear messages with positions. But importing pydantic and
building a model class costs a short check about a quarter of its time (about 50 ms of
0.2 s), and a warm check validates nothing: its rules come already validated from the
cache (sardoc.validcache). So a model here is a plain class, declared as a pydantic
model is (annotations, defaults, :func:`Field`, :func:`field_validator`,
:func:`model_validator`, ``model_config``), with the part of pydantic's interface sardoc
uses (``model_validate``, ``model_construct``, ``model_copy``, ``model_dump``,
``model_dump_json``, ``model_fields``, equality, hashing when frozen, the same
``repr``). Only ``model_validate`` (and a constructor given values) imports pydantic: it
builds, once per class, a pydantic twin from the same declaration, validates with it, so
that the checks and their messages are pydantic's own, and hands back plain objects.
Plain objects pickle without pydantic, so a warm check never imports it.
"""

from __future__ import annotations

import types
import typing
from typing import Any

__all__ = [
    "BaseModel",
    "ConfigDict",
    "Field",
    "field_validator",
    "model_validator",
]

ConfigDict = dict
_MISSING: Any = object()


class FieldSpec:
    """What :func:`Field` was given, for the plain class and for its pydantic twin."""

    __slots__ = ("default", "default_factory", "kwargs")

    def __init__(self, default: Any, default_factory: Any, kwargs: dict[str, Any]):
        self.default = default
        self.default_factory = default_factory
        self.kwargs = kwargs

    def __repr__(self) -> str:
        return f"FieldSpec(default={self.default!r}, {self.kwargs!r})"


def Field(default: Any = _MISSING, *, default_factory: Any = None, **kwargs: Any) -> Any:  # noqa: N802 - pydantic's name
    """As pydantic's ``Field``: a default (or factory) and constraints (``gt``, ``alias``...)."""
    return FieldSpec(default, default_factory, kwargs)


class _Decorated:
    """A validator as declared; applied with pydantic's decorator when the twin is built."""

    __slots__ = ("args", "func", "kind", "kwargs")

    def __init__(self, kind: str, args: tuple, kwargs: dict, func: Any):
        self.kind, self.args, self.kwargs, self.func = kind, args, kwargs, func


def field_validator(*fields: str, **kwargs: Any):
    """As pydantic's ``field_validator``; runs only when a model is validated."""
    return lambda func: _Decorated("field_validator", fields, kwargs, func)


def model_validator(**kwargs: Any):
    """As pydantic's ``model_validator``; runs only when a model is validated."""
    return lambda func: _Decorated("model_validator", (), kwargs, func)


def __getattr__(name: str) -> Any:
    # ``except model.ValidationError`` imports pydantic only once something failed to
    # validate (an except clause's class is looked up only when an exception arrives).
    if name == "ValidationError":
        from pydantic import ValidationError

        return ValidationError
    raise AttributeError(name)


_NOT_COPIED = frozenset(
    {"__dict__", "__weakref__", "__module__", "__qualname__", "__annotations__", "__doc__"}
)


class BaseModel:
    """A plain model; see the module's docstring."""

    model_config: typing.ClassVar[dict[str, Any]] = {}
    #: Field name -> its default (``_MISSING`` if required) or its FieldSpec.
    model_fields: typing.ClassVar[dict[str, Any]] = {}
    _frozen: typing.ClassVar[bool] = False
    _defaults: typing.ClassVar[tuple]  # (name, default, factory) per field
    _twin_class: typing.ClassVar[type | None] = None

    def __init_subclass__(cls, **kw: Any) -> None:
        super().__init_subclass__(**kw)
        fields: dict[str, Any] = {}
        for base in reversed(cls.__mro__[1:]):
            if issubclass(base, BaseModel) and base is not BaseModel:
                fields.update(base.model_fields)
        for name, ann in cls.__dict__.get("__annotations__", {}).items():
            if "ClassVar" in str(ann) or name.startswith("_"):
                continue
            value = cls.__dict__.get(name, _MISSING)
            fields[name] = value
            if value is not _MISSING:
                delattr(cls, name)  # read from the instance's own values
        cls.model_fields = fields
        cls._frozen = bool(cls.model_config.get("frozen"))
        defaults = []
        for name, value in fields.items():
            if isinstance(value, FieldSpec):
                defaults.append((name, value.default, value.default_factory))
            else:
                defaults.append((name, value, None))
        cls._defaults = tuple(defaults)
        cls._twin_class = None

    # -- construction ----------------------------------------------------------------

    def __init__(self, **data: Any) -> None:
        if data or any(d is _MISSING and f is None for _, d, f in self._defaults):
            made = type(self).model_validate(data)
            object.__setattr__(self, "__dict__", made.__dict__)
        else:
            object.__setattr__(self, "__dict__", self._default_values())

    @classmethod
    def _default_values(cls, given: dict[str, Any] | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, default, factory in cls._defaults:
            if given and name in given:
                out[name] = given[name]
            elif factory is not None:
                out[name] = factory()
            elif default is not _MISSING:
                # pydantic copies a mutable default for each instance; so do we.
                out[name] = default.copy() if isinstance(default, (list, dict, set)) else default
        return out

    @classmethod
    def model_construct(cls, **values: Any) -> Any:
        """An instance from trusted values, without validation (defaults filled in)."""
        obj = cls.__new__(cls)
        object.__setattr__(obj, "__dict__", cls._default_values(values))
        return obj

    @classmethod
    def model_validate(cls, obj: Any) -> Any:
        """``obj`` validated by pydantic (imported now), as a plain instance."""
        if isinstance(obj, cls):
            return obj  # as pydantic does (revalidate_instances="never")
        return _to_plain(cls._twin().model_validate(_to_twin(obj)))

    # -- pydantic's twin ---------------------------------------------------------------

    @classmethod
    def _twin(cls) -> Any:
        """The pydantic model with this class's declaration (built once, on first use)."""
        twin = cls.__dict__.get("_twin_class")
        if twin is None:
            twin = _build_twin(cls)
            cls._twin_class = twin
        return twin

    # -- pydantic's interface ----------------------------------------------------------

    def model_copy(self, *, update: dict[str, Any] | None = None) -> Any:
        obj = type(self).__new__(type(self))
        object.__setattr__(obj, "__dict__", {**self.__dict__, **(update or {})})
        return obj

    def model_dump(self) -> dict[str, Any]:
        return {k: _dump(v) for k, v in self.__dict__.items()}

    def model_dump_json(self, **kwargs: Any) -> str:
        return _to_twin(self).model_dump_json(**kwargs)

    def __setattr__(self, name: str, value: Any) -> None:
        if self._frozen:
            raise TypeError(f"{type(self).__name__} is frozen")
        if name not in self.model_fields:
            raise AttributeError(f"{type(self).__name__} has no field {name!r}")
        self.__dict__[name] = value

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.__dict__ == other.__dict__  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        if not self._frozen:
            raise TypeError(f"unhashable type: {type(self).__name__!r}")
        return hash(tuple(self.__dict__.values()))

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{type(self).__name__}({inner})"


def _inside(v: Any, convert) -> Any:
    """``v`` with ``convert`` applied to what a list, tuple or dict holds; else ``v``."""
    if isinstance(v, (list, tuple)):
        return type(v)(convert(x) for x in v)
    if isinstance(v, dict):
        return {k: convert(x) for k, x in v.items()}
    return v


def _dump(v: Any) -> Any:
    if isinstance(v, BaseModel):
        return v.model_dump()
    return _inside(v, _dump)


def _to_plain(v: Any) -> Any:
    """A twin instance (and what it holds) as plain instances."""
    plain = getattr(type(v), "__sardoc_plain__", None)
    if plain is not None:
        obj = plain.__new__(plain)
        object.__setattr__(obj, "__dict__", {k: _to_plain(x) for k, x in v.__dict__.items()})
        return obj
    return _inside(v, _to_plain)


def _to_twin(v: Any) -> Any:
    """Plain instances (in data to validate or a model to serialise) as twin instances."""
    if isinstance(v, BaseModel):
        twin = type(v)._twin()
        return twin.model_construct(**{k: _to_twin(x) for k, x in v.__dict__.items()})
    return _inside(v, _to_twin)


def _twin_type(tp: Any) -> Any:
    """An annotation with every plain model in it replaced by its twin."""
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return tp._twin()
    args = typing.get_args(tp)
    if not args:
        return tp
    origin = typing.get_origin(tp)
    if origin is typing.Literal:
        return tp
    if origin is typing.Annotated:
        return typing.Annotated[(_twin_type(args[0]), *tp.__metadata__)]
    new = tuple(_twin_type(a) for a in args)
    if new == args:
        return tp
    if origin in (typing.Union, types.UnionType):
        return typing.Union[new]  # noqa: UP007 - built from a tuple
    return origin[new]


def _build_twin(cls: type[BaseModel]) -> Any:
    import pydantic

    hints = typing.get_type_hints(cls, include_extras=True)
    ns: dict[str, Any] = {
        "__module__": cls.__module__,
        "__qualname__": cls.__qualname__,
        "__doc__": cls.__doc__,
        "__annotations__": {n: _twin_type(hints[n]) for n in cls.model_fields},
        "model_config": pydantic.ConfigDict(**cls.model_config),  # type: ignore[typeddict-item]
        "__sardoc_plain__": cls,
    }
    for name, value in cls.model_fields.items():
        if isinstance(value, FieldSpec):
            args = () if value.default is _MISSING else (value.default,)
            if value.default_factory is not None:
                ns[name] = pydantic.Field(default_factory=value.default_factory, **value.kwargs)
            else:
                ns[name] = pydantic.Field(*args, **value.kwargs)
        elif value is not _MISSING:
            ns[name] = value
    for klass in reversed(cls.__mro__[:-1]):
        if klass is BaseModel or not issubclass(klass, BaseModel):
            continue
        for name, value in vars(klass).items():
            if name in _NOT_COPIED or name in cls.model_fields or name.startswith("_twin"):
                continue
            if name in ("model_config", "model_fields", "_frozen", "_defaults"):
                continue
            if isinstance(value, _Decorated):
                value = getattr(pydantic, value.kind)(*value.args, **value.kwargs)(value.func)
            ns[name] = value
    return type(cls.__name__, (pydantic.BaseModel,), ns)
