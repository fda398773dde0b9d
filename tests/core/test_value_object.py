"""ValueObject's shared ``__repr__``, ``__eq__`` and ``__hash__`` behave as the ones attrs
generates, and every frozen attrs class of the library uses them (attrs compiles none of
the three)."""

from __future__ import annotations

import importlib
import pkgutil
from decimal import Decimal

import attrs
from hypothesis import given
from hypothesis import strategies as st

import emulation_core
from emulation_core.value_object import ValueObject


@attrs.frozen
class Generated:
    name: str
    points: Decimal = Decimal(0)
    note: str = attrs.field(default="", eq=False)
    secret: str = attrs.field(default="", repr=False)
    loose: tuple[int, ...] = attrs.field(default=(), hash=False)


@attrs.frozen
class Shared(ValueObject):
    name: str
    points: Decimal = Decimal(0)
    note: str = attrs.field(default="", eq=False)
    secret: str = attrs.field(default="", repr=False)
    loose: tuple[int, ...] = attrs.field(default=(), hash=False)


@attrs.frozen
class Empty(ValueObject):
    pass


@attrs.frozen
class Single(ValueObject):
    code: str


_FIELDS = st.tuples(st.sampled_from(["a", "b", "Đ"]),
                    st.sampled_from([Decimal(0), Decimal("1.50")]),
                    st.sampled_from(["", "x"]), st.sampled_from(["", "s"]),
                    st.sampled_from([(), (1,)]))


@given(_FIELDS, _FIELDS)
def test_the_shared_methods_answer_as_attrs_generated_ones(left: tuple, right: tuple) -> None:
    a, b = Generated(*left), Generated(*right)
    x, y = Shared(*left), Shared(*right)
    assert repr(x) == repr(a).replace("Generated(", "Shared(", 1)
    assert (x == y) == (a == b)
    assert (x != y) == (a != b)
    if x == y:
        assert hash(x) == hash(y)
    assert x.__eq__(a) is NotImplemented  # another class, even with the same fields


def test_no_fields_and_one_field() -> None:
    assert Empty() == Empty()
    assert hash(Empty()) == hash(Empty())
    assert repr(Empty()) == "Empty()"
    assert Single("1") == Single("1") != Single("2")
    assert len({Single("1"), Single("1"), Single("2")}) == 2
    assert repr(Single("1")) == "Single(code='1')"


def _library_classes() -> list[type]:
    found = []
    for module in pkgutil.walk_packages(emulation_core.__path__, "emulation_core."):
        try:
            loaded = importlib.import_module(module.name)
        except ModuleNotFoundError as missing:  # an optional extra (numpy) not installed
            assert not str(missing.name).startswith("emulation"), missing
            continue
        found += [value for value in vars(loaded).values()
                  if isinstance(value, type) and attrs.has(value)
                  and value.__module__ == module.name and _frozen(value)]
    return found


def _frozen(cls: type) -> bool:
    """Whether ``cls`` is a frozen attrs class (a mutable helper, ``@define``, is not one)."""
    fields = attrs.fields(cls)
    try:
        setattr(object.__new__(cls), fields[0].name if fields else "x", None)
    except attrs.exceptions.FrozenInstanceError:
        return True
    except AttributeError:
        return False
    return False


def test_every_frozen_attrs_class_of_the_library_uses_the_shared_methods() -> None:
    classes = _library_classes()
    assert len(classes) > 60
    for cls in classes:
        assert issubclass(cls, ValueObject), cls
        for name in ("__repr__", "__eq__", "__hash__"):
            assert getattr(cls, name) is getattr(ValueObject, name), (cls, name)
