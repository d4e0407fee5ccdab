"""gui.lock on each platform: whether the owner of a lock file is still running.

POSIX is exercised for real in tests/gui/test_lock.py (a window killed with SIGKILL). Windows cannot run here, so its
branch is checked with sys.platform faked and the Win32 calls replaced by a fake with the documented behaviour of
OpenProcess / GetExitCodeProcess; what matters most is that it never calls os.kill, which on Windows does not probe
but interrupts (signal 0 is CTRL_C_EVENT) or terminates the process.
"""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from gui import lock


class FakeKernel32:
    """Processes by pid: exit code (259 = STILL_ACTIVE), or "denied" for another user's process."""

    def __init__(self, processes: dict[int, int | str]):
        self.processes = processes
        self.open_handles: set[int] = set()

    def open_process(self, pid):
        state = self.processes.get(pid)
        if state is None:
            return None, 87  # ERROR_INVALID_PARAMETER: no such process
        if state == "denied":
            return None, 5  # ERROR_ACCESS_DENIED
        self.open_handles.add(pid)
        return pid, 0

    def exit_code(self, handle):
        return self.processes[handle]

    def close(self, handle):
        self.open_handles.discard(handle)


@pytest.fixture()
def windows(monkeypatch):
    """sys.platform is win32, the Win32 calls are the fake, and os.kill must not be called."""
    fake = FakeKernel32({100: lock.STILL_ACTIVE, 101: 0, 102: "denied", 103: 1})
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(lock, "_Kernel32", lambda: fake)

    def no_kill(pid, sig):
        raise AssertionError(f"os.kill({pid}, {sig}) on Windows interrupts or terminates that process")
    monkeypatch.setattr(os, "kill", no_kill)
    return fake


def test_windows_running_exited_missing_and_foreign_processes(windows):
    assert lock.pid_alive(100)  # running
    assert not lock.pid_alive(101)  # exited with 0, handle still held somewhere
    assert lock.pid_alive(102)  # another user's: exists
    assert not lock.pid_alive(103)  # exited with 1
    assert not lock.pid_alive(999)  # no such process
    assert not lock.pid_alive(0) and not lock.pid_alive(-5)
    assert windows.open_handles == set()  # every handle opened was closed


def test_posix_probe_uses_signal_0_and_tells_gone_from_foreign(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    calls = []

    def fake_kill(pid, sig):
        calls.append((pid, sig))
        if pid == 2:
            raise ProcessLookupError
        if pid == 3:
            raise PermissionError

    monkeypatch.setattr(os, "kill", fake_kill)
    assert lock.pid_alive(1) and not lock.pid_alive(2) and lock.pid_alive(3)
    assert calls == [(1, 0), (2, 0), (3, 0)]


@pytest.mark.skipif(sys.platform == "win32", reason="the real POSIX probe; Windows is the faked test above")
def test_posix_probe_on_real_processes():
    p = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert lock.pid_alive(p.pid)
    finally:
        p.kill()
        p.wait()
    assert not lock.pid_alive(p.pid)
    assert lock.pid_alive(os.getpid())
