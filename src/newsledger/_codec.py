"""JSON conversion for the frozen dataclasses of `model.py`, driven by their type hints."""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from typing import Any

from newsledger.model import Span


def to_jsonable(value: Any) -> Any:
    """Dataclasses become dicts (fields in declaration order), spans `[start, end]`, tuples lists."""
    if isinstance(value, Span):
        return [value.start, value.end]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    if isinstance(value, bytes):
        raise TypeError("bytes are not part of the record")
    return value


def from_jsonable(cls: Any, data: Any) -> Any:
    """Build `cls` (a type hint) from its JSON form; unknown keys are ignored."""
    if data is None:
        return None
    origin = typing.get_origin(cls)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(cls) if a is not type(None)]
        return from_jsonable(options[0], data) if len(options) == 1 else data
    if cls is Span:
        return Span(int(data[0]), int(data[1]))
    if origin is tuple:
        (item, *_rest) = typing.get_args(cls)
        return tuple(from_jsonable(item, v) for v in data)
    if dataclasses.is_dataclass(cls) and isinstance(cls, type):
        hints = _hints(cls)
        names = {f.name for f in dataclasses.fields(cls) if f.init}
        kwargs = {k: from_jsonable(hints[k], v) for k, v in data.items() if k in names}
        return cls(**kwargs)
    if cls is float and isinstance(data, int):
        return float(data)
    return data


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)
