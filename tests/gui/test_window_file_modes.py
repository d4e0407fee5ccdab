"""Everything the desktop window writes is readable by its user only, whatever the umask (issue #9's rule, from
the window's side: tests/core/test_file_modes.py covers core and the command line).

The real program (gui.app.main) runs with the most permissive umask (000), opens a ledger in a data folder that
does not exist yet, takes the window's lock, saves a screenshot and quits. Then every file it left is 0600 and
every folder it made 0700 — including the window's lock file, which Qt makes itself with the process's umask
(it was 0666). The settings' INI file, also written by Qt, is checked the same way below.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
REPO = Path(__file__).resolve().parents[2]

# the window, its lock and its settings, stopped while it holds the lock (the screenshot's moment)
_CHILD = r'''
import os, sys
os.umask(0)
from pathlib import Path
import gui.lock as lock
modes = {}
real = lock.DatabaseLock._got_it
def got_it(self):
    out = real(self)
    modes["lock"] = oct(os.stat(self.path).st_mode & 0o777)
    return out
lock.DatabaseLock._got_it = got_it
import gui.app
code = gui.app.main(sys.argv[1:])
print("LOCK", modes.get("lock"))
sys.exit(code)
'''


def _mode(p: Path) -> int:
    return p.stat().st_mode & 0o777


def test_the_window_leaves_only_owner_only_files_with_umask_000(tmp_path):
    home = tmp_path / "home"
    ledger = home / "data" / "new-folder" / "family.db"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "share"), XDG_CACHE_HOME=str(home / "cache"), TMPDIR=str(tmp_path))
    home.mkdir()
    shot = home / "shot.png"
    r = subprocess.run([sys.executable, "-c", _CHILD, "--db", str(ledger), "--lang", "en", "--screenshot", str(shot)],
                       cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-3000:]
    assert "LOCK 0o600" in r.stdout, r.stdout  # the window's lock file while it is held
    loose = []
    for root, dirs, files in os.walk(home):
        for d in dirs:
            p = Path(root, d)
            if p.parent == home and d in ("cache",):  # Qt's own caches (fonts), not gongji's data
                continue
            if _mode(p) != 0o700 and not str(p).startswith(str(home / "cache")):
                loose.append(f"{p.relative_to(home)}/ {oct(_mode(p))}")
        for f in files:
            p = Path(root, f)
            if str(p).startswith(str(home / "cache")):
                continue
            if _mode(p) != 0o600:
                loose.append(f"{p.relative_to(home)} {oct(_mode(p))}")
    assert ledger.exists() and shot.exists()
    assert loose == []


def test_the_settings_file_is_owner_only_with_umask_000(tmp_path):
    from gui.settings import Settings
    old = os.umask(0)
    try:
        s = Settings(tmp_path / "new-config" / "gongji.ini")
        s.language = "en"
        s.elderly = True  # written again: Qt replaces the file (temp + rename) at each write
    finally:
        os.umask(old)
    assert _mode(tmp_path / "new-config") == 0o700
    assert _mode(tmp_path / "new-config" / "gongji.ini") == 0o600
