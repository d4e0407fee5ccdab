"""Run a test module's direct opens through both ways of opening a ledger: the full ``core.store.open_database``
and the quick read path (``core.quickopen.open_ledger``, what Collection.open, the CLI and the window use). Both
run the same open-time checks (core.opencheck); these parametrized tests keep it so.

    _open_path = both_open_paths(__name__)   # in the test module; the module's ``open_database`` is swapped
"""
from __future__ import annotations

import sys

import pytest


def both_open_paths(module_name: str):
    @pytest.fixture(autouse=True, params=["full", "quick"])
    def _open_path(request, monkeypatch):
        if request.param == "quick":
            from core.quickopen import open_ledger
            monkeypatch.setattr(sys.modules[module_name], "open_database", open_ledger)
        return request.param
    return _open_path
