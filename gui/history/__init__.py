"""The History tab (records at scale, statements, monthly chart, setup changes)."""
from gui.history.view import HistoryView

__all__ = ["HistoryView"]
