"""Reusable widgets of the main window (payment order panel, payments panel, small helpers)."""
