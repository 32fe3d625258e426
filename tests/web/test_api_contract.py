"""Every request body of the JSON API is strict and bounded, so that a loose type cannot
become money and a huge number or text cannot become a 500 (issue 12, findings 1, 2 and
12): the rule holds for the areas that come next without anyone remembering it."""

import typing
from collections.abc import Iterator
from datetime import date, datetime

import annotated_types
import pytest
from pydantic import BaseModel
from pydantic.fields import FieldInfo
from sqlalchemy import create_engine

from thungngoen.web.api_fields import TEXT_MAX, ApiModel
from thungngoen.web.app import create_app

LOWER = (annotated_types.Ge, annotated_types.Gt)
UPPER = (annotated_types.Le, annotated_types.Lt)


def _subclasses(cls: type[BaseModel]) -> Iterator[type[BaseModel]]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def _request_models() -> list[type[BaseModel]]:
    spec = create_app(create_engine("sqlite://")).openapi()
    named = {cls.__name__: cls for cls in _subclasses(BaseModel) if "thungngoen" in cls.__module__}
    found: list[type[BaseModel]] = []
    for operations in spec["paths"].values():
        for operation in operations.values():
            for content in operation.get("requestBody", {}).get("content", {}).values():
                ref = content["schema"].get("$ref", "")
                if ref and named[ref.rsplit("/", 1)[-1]] not in found:
                    found.append(named[ref.rsplit("/", 1)[-1]])
    return found


def _fields(
    model: type[BaseModel], seen: set[type[BaseModel]]
) -> Iterator[tuple[str, type, FieldInfo]]:
    if model in seen:
        return
    seen.add(model)
    for name, info in model.model_fields.items():
        for kind in typing.get_args(info.annotation) or (info.annotation,):
            inner = typing.get_args(kind) if typing.get_origin(kind) in (list, tuple) else (kind,)
            for each in inner:
                if isinstance(each, type) and issubclass(each, BaseModel):
                    yield f"{model.__name__}.{name}", each, info
                    yield from _fields(each, seen)
                elif isinstance(each, type):
                    yield f"{model.__name__}.{name}", each, info


MODELS = _request_models()


def test_the_api_has_request_bodies_to_check() -> None:
    assert len(MODELS) > 40


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_a_request_body_is_strict_and_bounded(model: type[BaseModel]) -> None:
    loose: list[str] = []
    for where, kind, info in _fields(model, set()):
        limits = info.metadata
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            if not issubclass(kind, ApiModel):
                loose.append(f"{where}: {kind.__name__} is not an ApiModel")
        elif kind is int and not (
            any(isinstance(limit, LOWER) for limit in limits)
            and any(isinstance(limit, UPPER) for limit in limits)
        ):
            loose.append(f"{where}: an integer without both bounds")
        elif kind is float:
            loose.append(f"{where}: a float (money and counts are integers)")
        elif kind in (date, datetime) and not any("window" in repr(limit) for limit in limits):
            loose.append(f"{where}: a {kind.__name__} that is not api_fields.Day or Moment")
    assert issubclass(model, ApiModel), f"{model.__name__} is not an ApiModel"
    assert not loose, loose


def test_loose_values_are_refused_by_the_base_of_every_body() -> None:
    class Probe(ApiModel):
        count: int
        name: str = ""

    for value in (True, "1", 1.0):
        with pytest.raises(ValueError, match="count"):
            Probe.model_validate({"count": value})
    with pytest.raises(ValueError, match="name"):
        Probe.model_validate({"count": 1, "name": "ก" * (TEXT_MAX + 1)})
    with pytest.raises(ValueError, match="unknown"):
        Probe.model_validate({"count": 1, "unknown": 1})
    assert Probe.model_validate({"count": 1, "name": "ก" * TEXT_MAX}).count == 1
