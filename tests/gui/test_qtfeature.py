"""gui.qtfeature: after ``import gui`` PySide6 no longer reads the source of each imported module (issue #11).

PySide6's ``__feature__`` bookkeeping calls ``inspect.getsource`` on every module imported after it (~25 ms CPU of
the window's start). These tests import fresh modules after ``gui`` and check that PySide6 recorded them without
reading their source, with the answer PySide6 itself would give for gongji (a gui module uses PySide6: 0; anything
else: -1, "ignore") — and that a feature selection (which gongji never makes) still works where asked for.
"""
from __future__ import annotations

import inspect
import sys

import pytest

import gui  # noqa: F401 - installs the bypass
from gui import qtfeature

feature = sys.modules.get("shibokensupport.feature")
pytestmark = pytest.mark.skipif(feature is None or not hasattr(feature, "pyside_feature_dict"),
                                reason="this PySide6 has no __feature__ bookkeeping")


@pytest.fixture
def no_source_reads(monkeypatch):
    reads: list[str] = []
    real = inspect.getsource

    def counting(obj):
        reads.append(getattr(obj, "__name__", repr(obj)))
        return real(obj)
    monkeypatch.setattr(inspect, "getsource", counting)
    return reads


def _fresh(tmp_path, monkeypatch, name: str, text: str):
    pkg, _, mod = name.rpartition(".")
    folder = tmp_path.joinpath(*pkg.split(".")) if pkg else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{mod}.py").write_text(text, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    sys.modules.pop(name, None)
    __import__(name)  # the statement's path (builtins.__import__), which PySide6 hooks; importlib's is not
    return sys.modules[name]


def test_installed_once_and_idempotent():
    assert qtfeature.install() is True
    assert getattr(feature.feature_imported, "_gongji", False)
    assert qtfeature.install() is True


def test_a_module_imported_after_gui_is_recorded_without_reading_its_source(tmp_path, monkeypatch, no_source_reads):
    _fresh(tmp_path, monkeypatch, "gongji_probe_plain", "X = 1  # mentions PySide6 only in a comment\n")
    assert feature.pyside_feature_dict["gongji_probe_plain"] == -1
    assert "gongji_probe_plain" not in no_source_reads


def test_a_gui_module_counts_as_using_pyside(no_source_reads):
    class Mod:  # (re-importing a real gui module would make its classes twice for the rest of the session)
        __name__ = "gui.gongji_probe"
    feature.feature_imported(Mod())
    assert feature.pyside_feature_dict.pop("gui.gongji_probe") == 0
    assert no_source_reads == []


def test_pyside_own_modules_are_still_judged_by_pyside(monkeypatch):
    judged: list[str] = []
    original = feature.feature_imported.__closure__  # the bypass keeps PySide6's function for its own modules
    assert original is not None

    class Mod:
        __name__ = "PySide6.gongji_probe"
    monkeypatch.setattr(feature, "_mod_uses_pyside", lambda m: judged.append(m.__name__) or True)
    feature.pyside_feature_dict.pop("PySide6.gongji_probe", None)
    feature.feature_imported(Mod())
    assert judged == ["PySide6.gongji_probe"]
    assert feature.pyside_feature_dict.pop("PySide6.gongji_probe") == 0


def test_a_feature_selection_still_works_in_the_module_that_asks(tmp_path, monkeypatch):
    mod = _fresh(tmp_path, monkeypatch, "gongji_probe_snake",
                 "from __feature__ import snake_case\nfrom PySide6.QtCore import QObject\n"
                 "def name_of(o):\n    return o.object_name()\n")
    from PySide6.QtCore import QObject
    o = QObject()
    o.setObjectName("x")
    assert mod.name_of(o) == "x"
    assert o.objectName() == "x"  # this module (no feature) keeps the plain names
