"""CSV cells that a spreadsheet cannot run (CSV / formula injection), and back.

OWASP's advice: a text cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is prefixed with
a single quote, so Excel, WPS and LibreOffice show it as text instead of evaluating it (``=cmd|' /C calc'!A0``).
:func:`neutralise` is applied to every text cell gongji exports — names, notes, the ledger-entries column and the
header — and never to a number gongji wrote itself (an amount such as ``-12.00`` stays a number).
:func:`restore` undoes it on import, exactly: a text that itself begins with quotes before such a character gets one
more quote, so ``'=x`` (typed by a person) round-trips as ``'=x`` and ``=x`` as ``=x``.
"""
from __future__ import annotations

import re

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NEEDS_QUOTE = re.compile(r"^'*[=+\-@\t\r]")
_QUOTED = re.compile(r"^'+[=+\-@\t\r]")


def neutralise(text: str) -> str:
    """The cell as exported: one more leading quote when a spreadsheet could read it as a formula."""
    return "'" + text if _NEEDS_QUOTE.match(text) else text


def restore(text: str) -> str:
    """The cell as it was before :func:`neutralise` (a cell that was not neutralised is returned as it is)."""
    return text[1:] if text[:1] == "'" and _QUOTED.match(text) else text


def is_dangerous(cell: str) -> bool:
    """True if a spreadsheet could run the cell as a formula (for tests and checks of exported files)."""
    return cell.startswith(FORMULA_START)


__all__ = ["neutralise", "restore", "is_dangerous", "FORMULA_START"]
