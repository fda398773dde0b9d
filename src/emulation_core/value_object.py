"""The base of the library's frozen attrs classes: one ``__repr__``, ``__eq__`` and
``__hash__`` shared by all of them.

attrs writes these three methods out as source for every class and compiles it when the class
is created; on Python 3.11 that is about a third of the cost of creating a class (the
``__repr__``'s f-string alone is parsed once per field), and a command that imports the
library creates dozens. A class that derives from :class:`ValueObject` gets the shared methods
placed in its own namespace before its attrs decorator runs, so attrs (which leaves a method
the class defines itself alone) generates only the rest: ``__init__``, the frozen
``__setattr__``, slots. They behave as the ones attrs generates: the same text
(``Name(field=value, ...)``, fields with ``repr=False`` left out), equality only between
instances of the same class comparing the ``eq`` fields in order, a hash over the ``hash``
fields (by default the ``eq`` fields). The one difference is that fields are compared as a
tuple, in which an object always equals itself (a NaN would); the library keeps no NaN.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Any

import attrs

__all__ = ["ValueObject"]

_Values = Callable[[Any], Any]

# Per class: the values equality compares and the values the hash covers.
_COMPARED: dict[type, tuple[_Values, _Values]] = {}


def _getter(names: list[str]) -> _Values:
    """A function giving an instance's values of ``names`` (comparable for any count)."""
    if not names:
        return lambda _instance: ()
    return attrgetter(*names)


def _compared(cls: type) -> tuple[_Values, _Values]:
    found = _COMPARED.get(cls)
    if found is None:
        fields = attrs.fields(cls)
        if any(f.eq_key for f in fields):
            raise TypeError(f"{cls.__qualname__}: ValueObject compares fields as they are; "
                            "a field's eq key function is not supported")
        found = (_getter([f.name for f in fields if f.eq]),
                 _getter([f.name for f in fields
                          if f.hash is True or (f.hash is None and f.eq)]))
        _COMPARED[cls] = found
    return found


class ValueObject:
    """Derive a frozen attrs class from this to give it the shared methods below."""

    __slots__ = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # In the class's own namespace: attrs generates none of the three then.
        for name in _SHARED:
            setattr(cls, name, ValueObject.__dict__[name])

    def __repr__(self) -> str:
        cls: Any = self.__class__  # an attrs class
        shown = ", ".join(
            f"{f.name}={(f.repr if callable(f.repr) else repr)(getattr(self, f.name))}"
            for f in attrs.fields(cls) if f.repr)
        return f"{cls.__qualname__.rsplit('>.', 1)[-1]}({shown})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        values = _compared(self.__class__)[0]
        equal: bool = values(self) == values(other)
        return equal

    def __hash__(self) -> int:
        return hash((self.__class__, _compared(self.__class__)[1](self)))


_SHARED = ("__repr__", "__eq__", "__hash__")
