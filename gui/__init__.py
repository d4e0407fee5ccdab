"""The desktop window (PySide6): windows, dialogs and thin Qt models over core's public API.

Importing the package loads QtCore and spares every later import PySide6's source scan (:mod:`gui.qtfeature`).
"""
from gui import qtfeature as _qtfeature

_qtfeature.install()
