"""What a screen reader really gets: the running app's accessibility tree, read through AT-SPI.

The real desktop app (``--demo``) runs in a child process on a real X server (Xvfb) with Qt's Linux accessibility
bridge switched on (QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1) and its own D-Bus session bus; an assistive-technology
client (tests/gui/atspi_client.py — the system Python with python3-dbus, talking org.a11y.atspi like Orca) reads
the tree from the accessibility bus. Checked:

- every control the user can see (buttons, check boxes, combo boxes, text fields, lists, tables, tabs, menus) has
  a name and a real role;
- the payment order announces positions: its entries are read as "第 1 位：…", "第 2 位：…" (English "1. …"), with
  the user's own account first.

Skipped, with the reason, only where the platform lacks AT-SPI (no at-spi2-core, no dbus-daemon, no python3-dbus)
or an X server.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from xvfb import xvfb_display  # noqa: F401 - fixture

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SYSTEM_PYTHON = "/usr/bin/python3"
#: Roles of things a user operates; each must have a name.
CONTROL_ROLES = {"push button", "toggle button", "check box", "radio button", "combo box", "text", "password text",
                 "spin button", "slider", "list", "table", "tree", "tree table", "page tab", "menu item", "menu",
                 "entry", "scroll bar"}
BAD_ROLES = {"unknown", "invalid", "redundant object"}


def _missing_atspi() -> str | None:
    if shutil.which("dbus-daemon") is None:
        return "dbus-daemon is not installed (Debian: dbus-daemon)"
    if not any(Path(d, "org.a11y.Bus.service").is_file()
               for d in ("/usr/share/dbus-1/services", "/usr/local/share/dbus-1/services")):
        return "AT-SPI is not installed (Debian: at-spi2-core)"
    if not Path(SYSTEM_PYTHON).is_file() or subprocess.run(
            [SYSTEM_PYTHON, "-c", "import dbus"], capture_output=True).returncode != 0:
        return "the system Python has no D-Bus binding (Debian: python3-dbus)"
    return None


def _session_bus() -> tuple[subprocess.Popen, str]:
    """A private D-Bus session bus (its own process group: the AT-SPI services it starts go with it)."""
    proc = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, start_new_session=True)
    address = proc.stdout.readline().strip()
    if not address:
        proc.kill()
        pytest.fail("dbus-daemon did not print its address")
    return proc, address


def _stop_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(5)


def read_tree(display, lang: str, tmp: Path) -> dict:
    why = _missing_atspi()
    if why:
        pytest.skip(f"no AT-SPI on this platform: {why}")
    bus, address = _session_bus()
    env = dict(display.env, DBUS_SESSION_BUS_ADDRESS=address, QT_QPA_PLATFORM="xcb",
               QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", GONGJI_LANG=lang, PYTHONPATH=str(ROOT),
               TMPDIR=str(tmp))  # the demo's folder: the app is stopped by a signal and cannot remove it itself
    env.pop("QT_ACCESSIBILITY", None)
    app = subprocess.Popen([sys.executable, "-c", "import sys; from gui.app import main; "
                            f"sys.exit(main(['--demo', '--lang', '{lang}']))"], cwd=ROOT, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        title = "家庭共济助手" if lang == "zh_CN" else "Family pooling helper"  # the main window, not the splash
        out = subprocess.run([SYSTEM_PYTHON, str(HERE / "atspi_client.py"), "gongji", "60", title], env=env,
                             capture_output=True, text=True, timeout=120)
    finally:
        _stop_group(app)
        errors = app.stderr.read() if app.stderr else ""
        _stop_group(bus)
    result = json.loads(out.stdout or '{"error": "no output"}')
    assert "error" not in result, f"{result['error']}\nclient stderr: {out.stderr}\napp stderr: {errors[-2000:]}"
    return result["tree"]


def showing(node: dict, path: str = ""):
    """(path, node) of every node shown on screen, depth first."""
    here = f"{path}/{node['role']}:{node['name']!r}"
    yield here, node
    for child in node["children"]:
        if "showing" in child["states"]:
            yield from showing(child, here)


def problems(tree: dict) -> list[str]:
    bad = []
    for path, n in showing(tree):
        if n["role"] in BAD_ROLES:
            bad.append(f"no real role: {path}")
        elif n["role"] in CONTROL_ROLES and not n["name"].strip():
            bad.append(f"no name: {path}")
    return bad


def test_detector():
    tree = {"role": "application", "name": "gongji", "states": ["showing"], "children": [
        {"role": "push button", "name": "", "states": ["showing"], "children": []},
        {"role": "push button", "name": "", "states": [], "children": []},  # hidden: not read out
        {"role": "unknown", "name": "x", "states": ["showing"], "children": []},
        {"role": "label", "name": "", "states": ["showing"], "children": []}]}
    assert len(problems(tree)) == 2


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_screen_reader_reads_names_roles_and_order_positions(xvfb_display, lang, tmp_path):  # noqa: F811
    tree = read_tree(xvfb_display, lang, tmp_path)
    nodes = list(showing(tree))
    frames = [n for _, n in nodes if n["role"] == "frame" and n["children"]]
    assert frames and frames[-1]["name"].startswith("家庭共济助手" if lang == "zh_CN" else "Family pooling helper")
    assert sum(1 for _, n in nodes if n["role"] == "push button") >= 8  # the tree is really there
    bad = problems(tree)
    assert not bad, "\n".join(bad)

    order_name = "支付顺序" if lang == "zh_CN" else "Payment order"
    lists = [n for _, n in nodes if n["role"] == "list" and n["name"] == order_name]
    assert lists, f"no list named {order_name!r}: {[n['name'] for _, n in nodes if n['role'] == 'list']}"
    items = [c for c in lists[0]["children"] if c["role"] == "list item"]
    assert len(items) >= 3, items
    own, pooled = items[0], items[1:]
    assert ("本人账户" if lang == "zh_CN" else "own account") in own["name"]
    for k, item in enumerate(pooled, start=1):
        expected = f"第 {k} 位" if lang == "zh_CN" else f"{k}. "
        assert item["name"].startswith(expected), (k, item["name"])
        assert item["description"], item  # how to move it, read after the name
