"""A bloc's members in name order are worked out once and kept beside the bloc, weakly:
the kept order goes when the bloc goes, also after the kept orders were dropped, and a
new bloc gets its own order (the ranking lists equal members by it)."""

from __future__ import annotations

import gc
import sys

import pytest

from emulation_core import Bloc, Member, nameorder, vi_sort_key
from emulation_core.nameorder import by_name, forget_orders

NAMES = ("Hội Đông", "Hội Ăn", "Hội Dương", "Hội An", "Hội Bình")


def bloc_of(names: tuple[str, ...]) -> Bloc:
    return Bloc("b", "Khối", tuple(Member(f"m{i}", n, n, "t") for i, n in enumerate(names)))


def expected(bloc: Bloc) -> tuple[str, ...]:
    return tuple(m.id for m in sorted(bloc.members, key=lambda m: (vi_sort_key(m.name), m.id)))


def test_the_order_kept_goes_with_its_bloc() -> None:
    bloc = bloc_of(NAMES)
    assert by_name(bloc) == expected(bloc)
    assert by_name(bloc) is by_name(bloc)  # worked out once
    key = id(bloc)
    assert key in nameorder._KEPT
    del bloc
    gc.collect()
    assert key not in nameorder._KEPT


def test_a_bloc_going_after_the_orders_were_dropped_reports_nothing(
        monkeypatch: pytest.MonkeyPatch) -> None:
    raised: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", raised.append)
    bloc = bloc_of(NAMES)
    by_name(bloc)
    forget_orders()
    del bloc
    gc.collect()
    assert raised == []


def test_each_bloc_gets_its_own_order() -> None:
    for names in (NAMES, tuple(reversed(NAMES)), NAMES[:2]):
        bloc = bloc_of(names)
        assert by_name(bloc) == expected(bloc)
        del bloc
