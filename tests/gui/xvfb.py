"""Real X server + real mouse input for the few GUI tests that need them (a drag and drop, say).

The pytest process runs Qt offscreen (tests/conftest.py), and a process can load only one Qt platform plugin,
so a widget that must receive real X pointer events runs in a *child* Python process on the xcb plugin,
talking to the test over stdin/stdout in JSON lines. The test moves the real pointer with xdotool (XTEST).

Test side::

    from xvfb import QtChild, xdrag, xvfb_display  # noqa: F401  (the fixture; tests/gui is on sys.path)

    @pytest.mark.xvfb
    def test_something(xvfb_display):
        with QtChild(xvfb_display, CHILD_SOURCE) as child:
            ready = child.expect("ready")           # {"event": "ready", ...} printed by the child
            xdrag(xvfb_display, ready["from"], ready["to"])
            child.send({"cmd": "report"})
            result = child.expect("result")

Child side (``CHILD_SOURCE`` is a Python source string; ``import xvfb`` works in it)::

    from PySide6.QtWidgets import QApplication, ...
    import xvfb
    app = QApplication([])
    w = ...; w.setWindowTitle("..."); w.move(100, 100); w.show()
    xvfb.wait_exposed(w)                            # mapped, exposed, geometry settled
    xvfb.on_command(lambda msg: ...)                # called with each JSON line the test sends
    xvfb.emit({"event": "ready", "from": [x, y], "to": [x, y]})   # global (screen) coordinates
    app.exec()

``xvfb_display`` (session fixture) is an ``XServer``: ``.display`` is ":N", ``.env`` is os.environ + DISPLAY,
``.xdotool(*args)`` runs xdotool on it. It skips the test when Xvfb or xdotool is not installed
(scripts/install-system-deps installs both; CI has them).
"""
from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SCREEN = "1280x1024x24"


# --------------------------------------------------------------------------------------------- X server
@dataclass
class XServer:
    display: str  # ":N"
    proc: subprocess.Popen
    env: dict = field(default_factory=dict)  # os.environ + DISPLAY, for child processes

    def xdotool(self, *args: str, timeout: float = 20) -> str:
        out = subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=timeout, check=True
        )
        return out.stdout


def missing_binaries() -> list[str]:
    return [b for b in ("Xvfb", "xdotool") if shutil.which(b) is None]


def start_xvfb(screen: str = SCREEN, timeout: float = 15) -> XServer:
    """Start ``Xvfb`` on a free display number and return once it accepts connections.

    Xvfb picks the free number itself (-displayfd) and writes it only when it is ready, so there is no race
    with other X servers on the machine and no polling.
    """
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", screen, "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_fd,),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    os.close(write_fd)
    data = b""
    deadline = time.monotonic() + timeout
    try:
        import select

        while not data.endswith(b"\n"):
            left = deadline - time.monotonic()
            if left <= 0 or proc.poll() is not None:
                raise RuntimeError(f"Xvfb did not start: {_drain(proc)}")
            ready, _, _ = select.select([read_fd], [], [], left)
            if ready:
                chunk = os.read(read_fd, 64)
                if not chunk:  # Xvfb closed the pipe without a number: it failed
                    raise RuntimeError(f"Xvfb did not start: {_drain(proc)}")
                data += chunk
    except BaseException:
        stop_xvfb(proc)
        raise
    finally:
        os.close(read_fd)
    display = ":" + data.decode().strip()
    env = dict(os.environ, DISPLAY=display)
    env.pop("WAYLAND_DISPLAY", None)
    return XServer(display=display, proc=proc, env=env)


def _drain(proc: subprocess.Popen) -> str:
    if proc.poll() is None:
        return "(still running)"
    return (proc.stderr.read() or b"").decode(errors="replace")[-2000:] if proc.stderr else ""


def stop_xvfb(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
    if proc.stderr:
        proc.stderr.close()


@pytest.fixture(scope="session")
def xvfb_display():
    """A running Xvfb (session-wide); skips the test when Xvfb/xdotool are not installed."""
    missing = missing_binaries()
    if missing:
        pytest.skip(f"needs {' and '.join(missing)} (Debian: xvfb xdotool; run scripts/install-system-deps)")
    server = start_xvfb()
    try:
        yield server
    finally:
        stop_xvfb(server.proc)


# --------------------------------------------------------------------------------------------- pointer
def xdrag(
    server: XServer,
    start: tuple[int, int] | list[int],
    end: tuple[int, int] | list[int],
    *,
    steps: int = 16,
    step_delay: float = 0.03,
    hold: float = 0.2,
    button: int = 1,
) -> None:
    """Press ``button`` at ``start``, move to ``end`` through ``steps`` motion events, release.

    Qt starts a drag only after the pointer moved past QApplication.startDragDistance() with the button down,
    and then QDrag::exec runs its own event loop, so the drag needs many small motion events with time between
    them, plus a pause after the press and before the release. Coordinates are screen (root) coordinates.
    """
    (x0, y0), (x1, y1) = (int(start[0]), int(start[1])), (int(end[0]), int(end[1]))
    # Enter the window away from the start point first, so the moves below are real motion events.
    server.xdotool("mousemove", "--sync", str(x0 + 3), str(y0 + 3))
    time.sleep(0.1)
    server.xdotool("mousemove", "--sync", str(x0), str(y0))
    time.sleep(0.1)
    server.xdotool("mousedown", str(button))
    time.sleep(hold)
    for i in range(1, steps + 1):
        x = round(x0 + (x1 - x0) * i / steps)
        y = round(y0 + (y1 - y0) * i / steps)
        server.xdotool("mousemove", str(x), str(y))
        time.sleep(step_delay)
    # A last wiggle on the target so the drop position is up to date before the release.
    server.xdotool("mousemove", str(x1), str(y1 + 1))
    time.sleep(step_delay)
    server.xdotool("mousemove", str(x1), str(y1))
    time.sleep(hold)
    server.xdotool("mouseup", str(button))
    time.sleep(0.1)


# --------------------------------------------------------------------------------------------- Qt child
class QtChild:
    """A Python child process running Qt on the xcb platform of ``server``; JSON lines both ways."""

    def __init__(self, server: XServer, source: str, *, args: list[str] | None = None, timeout: float = 30):
        self.timeout = timeout
        env = dict(server.env)
        env["QT_QPA_PLATFORM"] = "xcb"
        env["PYTHONUNBUFFERED"] = "1"
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(HERE), env.get("PYTHONPATH", "")) if p)
        env.pop("QT_QUICK_BACKEND", None)
        self.proc = subprocess.Popen(
            [sys.executable, "-c", source, *(args or [])],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        self._lines: queue.Queue = queue.Queue()
        self.stderr_lines: list[str] = []
        threading.Thread(target=self._pump, args=(self.proc.stdout, self._lines), daemon=True).start()
        threading.Thread(target=self._collect_stderr, daemon=True).start()

    def _pump(self, stream, q) -> None:
        for line in stream:
            q.put(line)
        q.put(None)

    def _collect_stderr(self) -> None:
        for line in self.proc.stderr:
            self.stderr_lines.append(line)

    def read(self, timeout: float | None = None) -> dict:
        """The next JSON object the child printed (non-JSON lines are skipped)."""
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            try:
                line = self._lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise TimeoutError(f"no message from the Qt child in time{self._diag()}") from None
            if line is None:
                self.proc.wait(5)
                raise RuntimeError(f"the Qt child exited ({self.proc.returncode}){self._diag()}")
            line = line.strip()
            if line.startswith("{"):
                try:
                    return json.loads(line)
                except json.JSONDecodeError:
                    pass

    def expect(self, event: str, timeout: float | None = None) -> dict:
        """Read messages until one with ``"event": event``."""
        while True:
            msg = self.read(timeout)
            if msg.get("event") == event:
                return msg

    def send(self, obj: dict) -> None:
        self.proc.stdin.write(json.dumps(obj) + "\n")
        self.proc.stdin.flush()

    def _diag(self) -> str:
        time.sleep(0.2)
        err = "".join(self.stderr_lines)[-3000:]
        return f"\n--- child stderr ---\n{err}" if err else ""

    def close(self) -> None:
        if self.proc.poll() is None:
            try:
                self.proc.stdin.close()
            except OSError:
                pass
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.send_signal(signal.SIGKILL)
                self.proc.wait(5)

    def __enter__(self) -> "QtChild":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# --------------------------------------------------------------------------------------------- child side
def emit(obj: dict) -> None:
    """Child side: send one JSON message to the test."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def on_command(callback) -> None:
    """Child side: call ``callback(dict)`` for each JSON line the test sends; quit the app on EOF."""
    from PySide6.QtCore import QCoreApplication, QSocketNotifier

    app = QCoreApplication.instance()
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, app)

    def ready() -> None:
        line = sys.stdin.readline()
        if not line:
            notifier.setEnabled(False)
            app.quit()
            return
        if line.strip():
            callback(json.loads(line))

    notifier.activated.connect(ready)
    on_command._notifier = notifier  # keep it alive


def wait_exposed(widget, settle_ms: int = 300) -> None:
    """Child side: block until ``widget``'s window is mapped and exposed, then let geometry settle."""
    from PySide6.QtTest import QTest

    if not QTest.qWaitForWindowExposed(widget, 10000):
        raise RuntimeError("window was not exposed within 10 s")
    QTest.qWait(settle_ms)
