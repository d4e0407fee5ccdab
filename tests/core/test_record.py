"""core.record.frozen: the frozen value classes of the list path behave as ``@dataclass(frozen=True)`` did."""
from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

from core.record import factory, frozen
from core.views import BindingView, HouseholdView, MemberView


@frozen
class Point:
    x: int
    y: int = 0
    tags: dict[str, int] = factory(dict)

    @property
    def total(self) -> int:
        return self.x + self.y


@dataclasses.dataclass(frozen=True)
class DPoint:
    x: int
    y: int = 0
    tags: dict[str, int] = dataclasses.field(default_factory=dict)


def test_like_a_frozen_dataclass():
    p = Point(1, y=2)
    d = DPoint(1, y=2)
    assert repr(p) == repr(d).replace("DPoint", "Point") == "Point(x=1, y=2, tags={})"
    assert (p.x, p.y, p.tags, p.total) == (1, 2, {}, 3)
    assert Point(1).tags is not Point(1).tags  # a fresh default each time
    assert p == Point(1, 2) and p != Point(2, 2) and p != d and p != (1, 2, {})
    assert Point(1, 2, None) in {Point(1, 2, None)}  # hashable when its fields are
    with pytest.raises(TypeError):
        hash(p)  # (a dict field: unhashable, as a dataclass)
    for change in (lambda: setattr(p, "x", 5), lambda: setattr(p, "new", 5), lambda: delattr(p, "x")):
        with pytest.raises(dataclasses.FrozenInstanceError):
            change()
    assert p.x == 1


def test_arguments_are_checked_as_by_a_dataclass():
    for bad in (lambda: Point(), lambda: Point(1, 2, {}, 4), lambda: Point(1, x=1), lambda: Point(1, z=1)):
        with pytest.raises(TypeError):
            bad()
    with pytest.raises(TypeError):
        @frozen
        class Bad:
            a: int = 0
            b: int


def test_dataclasses_functions_work():
    p = Point(1, 2, {"a": 1})
    assert dataclasses.is_dataclass(p) and dataclasses.is_dataclass(Point)
    assert [f.name for f in dataclasses.fields(p)] == ["x", "y", "tags"]
    assert dataclasses.asdict(p) == {"x": 1, "y": 2, "tags": {"a": 1}}
    assert dataclasses.replace(p, y=5) == Point(1, 5, {"a": 1})
    assert pickle.loads(pickle.dumps(p)) == p == copy.deepcopy(p)
    assert Point.__match_args__ == ("x", "y", "tags")


def test_the_views_are_frozen_records():
    h = HouseholdView(1, "王家", "national", "", 3)
    assert h == HouseholdView(1, "王家", "national", "", 3) and h.profile.id == "national"
    m = MemberView(id=1, household_id=1, name="王芳", id_number="11010519491231002X", insurance_type="employee",
                   status="normal", region="", person_number=None, balance_fen=500, prior_years_fen=None)
    assert m.masked_id != m.id_number and m.current_year_fen == 500
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.balance_fen = 0  # type: ignore[misc]
    assert [f.name for f in dataclasses.fields(BindingView)][-3:] == ["initiated_by", "confirmed_by", "partner_id"]
