"""Spare every import PySide6's ``__feature__`` bookkeeping: it reads the whole source of each module imported after it.

PySide6 (6.4–6.11 at least) hooks ``__import__``; after each import it calls ``shibokensupport.feature.
feature_imported(module)``, which reads the module's source (``inspect.getsource``) to see whether the text
"PySide6" occurs in it, and records 0 ("uses PySide6, no feature selected") or -1 ("ignore this module") in
``pyside_feature_dict``. For the ~120 modules the window imports before its first paint that is about 25 ms of CPU,
a sixth of the window's own start-up work (issue #11; napari/napari#8584 measured the same).

gongji never selects a feature (``from __feature__ import snake_case``/``true_property``): with every module at
0 or -1 the types always keep their plain (camelCase) dictionaries, so the two values mean the same to us. The
answer is therefore known without reading anything: a ``gui`` module uses PySide6 (0), PySide6's and shiboken's
own modules are left to PySide6, and every other module — core, the standard library, SQLAlchemy — does not
use PySide6 for gongji (-1). If a future PySide6 renames these internals, :func:`install` does nothing and PySide6
reads the sources as before.
"""
from __future__ import annotations

import sys

#: Top-level packages whose modules PySide6 keeps judging itself.
_QT_OWN = frozenset({"PySide6", "shiboken6", "shibokensupport", "__feature__", "signature_bootstrap"})


def install() -> bool:
    """Replace ``feature_imported`` by a lookup that reads no source. True if installed (idempotent)."""
    __import__("PySide6.QtCore")  # loads shiboken's feature module
    feature = sys.modules.get("shibokensupport.feature")
    known = getattr(feature, "pyside_feature_dict", None)
    original = getattr(feature, "feature_imported", None)
    if not isinstance(known, dict) or not callable(original):
        return False
    if getattr(original, "_gongji", False):
        return True

    def feature_imported(module) -> None:
        name = getattr(module, "__name__", None)
        if not isinstance(name, str) or name in known:
            return
        top = name.partition(".")[0]
        if top == "gui":
            known[name] = 0
        elif top in _QT_OWN:
            original(module)
        else:
            known[name] = -1

    feature_imported._gongji = True  # type: ignore[attr-defined]
    feature.feature_imported = feature_imported
    return True
