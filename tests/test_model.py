"""sardoc.model: plain run-time models that pydantic validates (see its docstring)."""

from __future__ import annotations

import pickle

import pytest
from pydantic import BaseModel as PydanticModel
from pydantic import ValidationError

from sardoc.model import BaseModel
from sardoc.rules.loader import load_rules
from sardoc.rules.schema import Scope


def _nested(value):
    yield value
    if isinstance(value, BaseModel):
        for v in value.__dict__.values():
            yield from _nested(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _nested(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _nested(v)


def test_rules_are_plain_objects_all_the_way_down():
    # What the cache keeps must unpickle without pydantic: no pydantic object inside.
    for rule in load_rules():
        found = list(_nested(rule))
        assert not any(isinstance(v, PydanticModel) for v in found), rule.id
        assert isinstance(rule.scope, BaseModel) and isinstance(rule.examples, BaseModel)
        assert pickle.loads(pickle.dumps(rule)) == rule


def test_validation_errors_are_pydantics():
    with pytest.raises(ValidationError) as e:
        Scope.model_validate({"limit": -1, "colour": "red"})
    kinds = {(err["loc"], err["type"]) for err in e.value.errors()}
    assert kinds == {(("limit",), "greater_than_equal"), (("colour",), "extra_forbidden")}


def test_repr_equality_hash_and_copy_behave_as_pydantics():
    scope = Scope.model_validate({"parts": ["body", "footnote"], "limit": 3})
    twin = Scope._twin().model_validate({"parts": ["body", "footnote"], "limit": 3})
    assert repr(scope) == repr(twin)
    assert scope.model_dump() == twin.model_dump()
    assert scope == Scope.model_construct(parts=("body", "footnote"), limit=3)
    assert hash(scope) == hash(Scope.model_construct(parts=("body", "footnote"), limit=3))
    assert scope != Scope()
    assert scope.model_copy(update={"limit": 0}).limit == 0 and scope.limit == 3
    with pytest.raises(TypeError):
        scope.limit = 4  # frozen, as the pydantic model is
    assert scope.ignore_case  # methods and properties of the declaration still work
