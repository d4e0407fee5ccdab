"""Process-wide test environment, applied at import time (before any test module imports Qt or platformdirs).

- Qt runs offscreen unless QT_QPA_PLATFORM names another platform, on the screens of tests/screens.json: the users'
  1366×768 laptop (primary) and a 1280×720 one. Qt's own offscreen screen is 800×800, on which a window or dialog
  that sizes itself by its screen behaves as on no real laptop (the bind dialog's form scrolled on a real 1366×768
  screen in 长辈模式, with room to spare, while every offscreen test passed).
- The UI language defaults to Chinese (GONGJI_LANG=zh_CN), the app's first language.
- XDG_DATA_HOME / XDG_CONFIG_HOME / XDG_CACHE_HOME point into a per-session temp dir, so no test can read or
  write the real user's data, settings or caches (platformdirs reads these variables on Linux and macOS; on
  Windows its WIN_PD_OVERRIDE_* variables are set the same way).

Fixtures for core and gui live in tests/core/conftest.py and tests/gui/conftest.py.
"""
from __future__ import annotations

import os
import shutil
import tempfile

import pytest

SCREENS_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "screens.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    # Qt splits the platform's arguments at ':', so on Windows the path is given relative (no drive letter)
    _screens = os.path.relpath(SCREENS_FILE) if os.name == "nt" else SCREENS_FILE
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screens}"
os.environ.setdefault("GONGJI_LANG", "zh_CN")

_SESSION_HOME = tempfile.mkdtemp(prefix="gongji-tests-")
for _var, _sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
    os.makedirs(os.path.join(_SESSION_HOME, _sub), exist_ok=True)
    os.environ[_var] = os.path.join(_SESSION_HOME, _sub)
# platformdirs reads the XDG variables on Linux and macOS; on Windows it asks the system for the known folders unless
# its own override variables are set (CI's windows job): point those into the session dir too.
if os.name == "nt":
    for _var, _sub in (("WIN_PD_OVERRIDE_LOCAL_APPDATA", "local"), ("WIN_PD_OVERRIDE_APPDATA", "roaming")):
        os.makedirs(os.path.join(_SESSION_HOME, _sub), exist_ok=True)
        os.environ[_var] = os.path.join(_SESSION_HOME, _sub)


def pytest_unconfigure(config):  # noqa: ARG001 - pytest hook signature
    shutil.rmtree(_SESSION_HOME, ignore_errors=True)


@pytest.fixture()
def english():
    """Core's and the window's messages in English for the test (assertions read English text), Chinese after.

    A test module that matches English messages says ``pytestmark = pytest.mark.usefixtures("english")``.
    """
    from core.i18n import set_language

    set_language("en")
    yield
    set_language(None)
