"""A small assistive-technology client: reads a running application's accessibility tree over AT-SPI (D-Bus).

What a screen reader such as Orca sees on Linux: the session bus's ``org.a11y.Bus`` gives the address of the
accessibility bus; on it, the registry's root lists the applications, and every accessible object answers
``org.a11y.atspi.Accessible`` (name, description, role, states, children).

Runs with the SYSTEM Python (``/usr/bin/python3``) and its ``dbus`` module (Debian python3-dbus), because the test's
virtualenv has no D-Bus binding; the test starts it as a subprocess and reads JSON from its stdout::

    /usr/bin/python3 atspi_client.py APP_NAME [TIMEOUT_SECONDS [WINDOW_TITLE_PREFIX]]

prints one JSON object: {"app": name, "tree": node} where node = {"name", "description", "role", "states",
"children": [node, ...]} — or {"error": "..."} and exit status 1. With WINDOW_TITLE_PREFIX it waits until the
application shows a window whose name starts with it (not a splash screen shown before it). Hidden subtrees (not "showing") are not
walked, and at most ``MAX_CHILDREN`` children of one node are read (a long table has thousands of cells).
"""
from __future__ import annotations

import json
import sys
import time

ACC = "org.a11y.atspi.Accessible"
PROPS = "org.freedesktop.DBus.Properties"
MAX_CHILDREN = 80
MAX_NODES = 4000
#: AT-SPI state numbers (at-spi2-core's AtspiStateType).
STATES = {4: "checked", 7: "editable", 8: "enabled", 11: "focusable", 12: "focused", 22: "selectable",
          23: "selected", 24: "sensitive", 25: "showing", 30: "visible"}


def states(bits) -> list[str]:
    out = []
    for word, value in enumerate(bits):
        for n, name in STATES.items():
            if n // 32 == word and value & (1 << (n % 32)):
                out.append(name)
    return out


def main(argv: list[str]) -> int:
    import dbus

    want = argv[1]
    deadline = time.monotonic() + (float(argv[2]) if len(argv) > 2 else 30.0)
    title = argv[3] if len(argv) > 3 else ""
    session = dbus.SessionBus()
    address = session.get_object("org.a11y.Bus", "/org/a11y/bus").GetAddress(dbus_interface="org.a11y.Bus")
    bus = dbus.bus.BusConnection(str(address))

    def obj(ref):
        return bus.get_object(str(ref[0]), str(ref[1]), introspect=False)

    def prop(o, name):
        return o.Get(ACC, name, dbus_interface=PROPS)

    count = [0]

    def walk(ref, depth=0):
        o = obj(ref)
        node = {"name": str(prop(o, "Name")), "description": str(prop(o, "Description")),
                "role": str(o.GetRoleName(dbus_interface=ACC)), "states": states(o.GetState(dbus_interface=ACC)),
                "children": []}
        count[0] += 1
        if (depth == 0 or "showing" in node["states"]) and count[0] < MAX_NODES:
            n = int(prop(o, "ChildCount"))
            for i in range(min(n, MAX_CHILDREN)):
                child = o.GetChildAtIndex(i, dbus_interface=ACC)
                if str(child[1]) in ("/org/a11y/atspi/null", ""):
                    continue
                node["children"].append(walk(child, depth + 1))
        return node

    root = ("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")
    last_error = "no application registered"
    windows: list[str] = []
    while time.monotonic() < deadline:
        try:
            apps = obj(root).GetChildren(dbus_interface=ACC)
            for ref in apps:
                o = obj(ref)
                windows = [str(prop(obj(o.GetChildAtIndex(i, dbus_interface=ACC)), "Name"))
                           for i in range(int(prop(o, "ChildCount")))] if str(prop(o, "Name")) == want else []
                if windows and any(w.startswith(title) for w in windows):
                    print(json.dumps({"app": want, "tree": walk(ref)}, ensure_ascii=False))
                    return 0
            last_error = f"applications: {[str(prop(obj(r), 'Name')) for r in apps]}, windows: {windows}"
        except dbus.exceptions.DBusException as exc:
            last_error = str(exc)
        time.sleep(0.5)
    print(json.dumps({"error": f"{want!r} did not appear on the accessibility bus ({last_error})"}))
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
