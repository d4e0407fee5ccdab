"""Look of the app, and 长辈模式 (elderly mode) after the MIIT 2021 适老化 (age-friendly) rules for apps.

``apply_theme(app, elderly)`` sets the Fusion style, a high-contrast palette, the base font and one application
stylesheet. It can be called again at any time (the settings switch does): every widget is re-polished.

In 长辈模式:
- main text is at least 18 pt (``ELDERLY_BODY_PT``); key figures — balances and amounts — are bigger
  (``ELDERLY_FIGURE_PT``); headings in between;
- every click target (buttons, inputs, combo boxes, check boxes, tabs, list/table rows, menu entries) is at least
  60 px high (``ELDERLY_TARGET_PX``);
- all text/background pairs have a contrast ratio of at least 4.5:1 (WCAG AA; ``contrast_ratio`` computes it and
  tests/gui/test_elderly.py checks it on real widgets);
- state is never shown by colour alone: the colours here only *add* to words or icons the widgets already show
  (e.g. "已解除" in text, "第 2 位" in the order list); the stylesheet never hides text;
- nothing times out: ``message_timeout_ms()`` is 0 (status messages stay until replaced); no dialog closes by
  itself.

Widgets mark their key figures with ``mark(label, "figure")`` (a dynamic property the stylesheet selects on), so
a balance or amount label is larger in both modes and much larger in 长辈模式; ``mark(label, "heading")`` for
section titles.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QTableView, QWidget

from gui import style_sheet
from gui.style_sheet import MODE_PROPERTY, ROLE_PROPERTY


NORMAL_BODY_PT = 12
NORMAL_FIGURE_PT = 16
NORMAL_HEADING_PT = 14
NORMAL_TARGET_PX = 36

ELDERLY_BODY_PT = 18
ELDERLY_FIGURE_PT = 26
ELDERLY_HEADING_PT = 22
ELDERLY_TARGET_PX = 60

# Colours (all pairs used for text are ≥ 4.5:1; see tests/gui/test_elderly.py).
COLORS = {
    "window": "#f6f7f9",
    "base": "#ffffff",
    "alt_base": "#eef2f7",
    "text": "#1a1a1a",
    "muted": "#4a4f57",         # secondary text (7.9:1 on window)
    "button": "#e4e8ee",
    "button_text": "#111111",
    "highlight": "#0b5cad",     # selection / focus (6.7:1 with white)
    "highlight_text": "#ffffff",
    "link": "#0a4f96",
    "figure": "#0a3d73",        # balances and amounts
    "warning": "#8a3b00",       # always with words, never alone
    "tooltip_base": "#fffbe6",
    "tooltip_text": "#1a1a1a",
    "disabled_text": "#575c63",  # ≥ 4.5:1 even on the button colour — a disabled button stays readable
    "border": "#6b7078",
    "focus": "#0b5cad",
}


def mark(widget: QWidget, role: str) -> QWidget:
    """Give a widget a theme role: "figure" (balance/amount), "heading", "muted". Returns the widget."""
    widget.setProperty(ROLE_PROPERTY, role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    return widget


def is_elderly(app: QApplication | None = None) -> bool:
    app = app or QApplication.instance()
    return bool(app is not None and app.property("gongjiElderly"))


def sizes(elderly: bool) -> dict[str, int]:
    if elderly:
        return {"body": ELDERLY_BODY_PT, "figure": ELDERLY_FIGURE_PT, "heading": ELDERLY_HEADING_PT,
                "target": ELDERLY_TARGET_PX}
    return {"body": NORMAL_BODY_PT, "figure": NORMAL_FIGURE_PT, "heading": NORMAL_HEADING_PT,
            "target": NORMAL_TARGET_PX}


def message_timeout_ms() -> int:
    """How long a status message stays: never timed out (0), in either mode — no one should have to read fast."""
    return 0


# ----------------------------------------------------------------------------------------------- contrast

def relative_luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast_ratio(a: QColor | str, b: QColor | str) -> float:
    """WCAG 2 contrast ratio of two colours (1.0 … 21.0)."""
    la, lb = relative_luminance(QColor(a)), relative_luminance(QColor(b))
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


# ----------------------------------------------------------------------------------------------- palette/sheet

def palette() -> QPalette:
    c = {k: QColor(v) for k, v in COLORS.items()}
    p = QPalette()
    R = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, R.Window, c["window"])
        p.setColor(group, R.WindowText, c["text"])
        p.setColor(group, R.Base, c["base"])
        p.setColor(group, R.AlternateBase, c["alt_base"])
        p.setColor(group, R.Text, c["text"])
        p.setColor(group, R.Button, c["button"])
        p.setColor(group, R.ButtonText, c["button_text"])
        p.setColor(group, R.Highlight, c["highlight"])
        p.setColor(group, R.HighlightedText, c["highlight_text"])
        p.setColor(group, R.Link, c["link"])
        p.setColor(group, R.LinkVisited, c["link"])
        p.setColor(group, R.ToolTipBase, c["tooltip_base"])
        p.setColor(group, R.ToolTipText, c["tooltip_text"])
        p.setColor(group, R.PlaceholderText, c["muted"])
        p.setColor(group, R.BrightText, c["highlight_text"])
    D = QPalette.ColorGroup.Disabled
    p.setColor(D, R.Window, c["window"])
    p.setColor(D, R.Base, c["window"])
    p.setColor(D, R.Button, c["button"])
    for role in (R.WindowText, R.Text, R.ButtonText, R.PlaceholderText):
        p.setColor(D, role, c["disabled_text"])
    p.setColor(D, R.Highlight, c["border"])
    p.setColor(D, R.HighlightedText, c["highlight_text"])
    return p


def stylesheet(elderly: bool | None = None) -> str:
    """The application's one style sheet: both modes' rules, each behind the mode it applies in (gui/style_sheet.py).
    The argument is ignored (kept for callers that still pass the mode)."""
    return style_sheet.stylesheet(sizes, COLORS)


def widget_is_elderly(widget: QWidget | None) -> bool:
    """Is this widget shown in 长辈模式 — by its page, else its window, else the app's mode."""
    mode = style_sheet.page_mode(widget) if widget is not None else None
    return is_elderly() if mode is None else mode


def repolish(root: QWidget) -> list[QWidget]:
    """Re-apply the style sheet to ``root`` and its children, except inside the main window's two pages (whose
    rules never change). Returns the widgets re-polished."""
    style = root.style()
    stack, done = [root], []
    while stack:
        w = stack.pop()
        if w is not root and w.objectName() in style_sheet.PAGES:
            continue
        style.unpolish(w)
        style.polish(w)
        w.update()
        done.append(w)
        stack.extend(c for c in w.children() if isinstance(c, QWidget))
    return done


def _set_window_mode(window: QWidget, mode: str) -> list[QWidget]:
    if window.property(MODE_PROPERTY) == mode:
        return []
    window.setProperty(MODE_PROPERTY, mode)
    return repolish(window)


def row_target(view: QTableView) -> int:
    """The least height of a table's rows in its mode: rows are click targets too."""
    if widget_is_elderly(view):
        return ELDERLY_TARGET_PX
    return max(30, view.verticalHeader().fontMetrics().height() + 12)


def min_row_height(view: QTableView) -> QTableView:
    """Each row of ``view`` at least the target height of its mode (style sheets cannot say a row's height).
    Called where a table is made, once it is in its window (its mode is its window's or page's), and again by
    :func:`apply_theme` for the tables of a window whose mode changed, or of every window when the fonts did.
    Returns the view."""
    vh = view.verticalHeader()
    vh.ensurePolished()  # measured in the font its page's or window's rules give it, as when it is shown
    vh.setMinimumSectionSize(ELDERLY_TARGET_PX if widget_is_elderly(view) else -1)
    vh.setDefaultSectionSize(row_target(view))
    return view


def own_window(window: QWidget) -> QWidget:
    """Give a window without a parent (a dialog or message box opened on its own) the app's mode, which the style
    sheet's rules select on; a window with a parent takes its parent's. Called before it is shown — dialogs do it
    through gui.dialogs.base.Dialog. (A style's ``polish`` hook did this for every widget as it was polished: a
    crossing into Python per widget, ~8 % of the History tab's first paint — issue #11.) Returns the window."""
    if window.parent() is None and window.property(MODE_PROPERTY) is None:
        window.setProperty(MODE_PROPERTY, "elderly" if is_elderly() else "normal")
        for child in window.findChildren(QWidget):  # any polished early (a size hint asked for while made)
            if child.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
                child.style().unpolish(child)
                child.style().polish(child)
    return window


#: The system's own Chinese UI font, preferred where it is installed (Qt's own fallback on Windows may pick SimSun).
PREFERRED_CJK = {"win32": ("Microsoft YaHei UI", "Microsoft YaHei"), "darwin": ("PingFang SC",)}


def choose_cjk_font(platform: str, families: list[str]) -> tuple[str, str | None]:
    """Which font shows Chinese, given the platform (``sys.platform``) and the installed families covering
    Simplified Chinese: ``("system", family)`` for Microsoft YaHei (Windows) / PingFang SC (macOS) when present;
    ``("keep", None)`` when another installed font covers Chinese (the system's fallback picks it); ``("bundled",
    None)`` when none does — then the font shipped in resources/fonts is loaded (the Linux bundle carries one)."""
    present = set(families)
    for family in PREFERRED_CJK.get(platform, ()):
        if family in present:
            return "system", family
    return ("keep", None) if present else ("bundled", None)


def ensure_cjk_font(platform: str | None = None, families: list[str] | None = None,
                    fonts_dir: Path | None = None) -> str | None:
    """Make sure Chinese is shown, and in the system's own Chinese font (see :func:`choose_cjk_font`). The chosen or
    loaded family is added after the application font's family, so Latin text keeps the system font and Chinese
    falls back to it. Returns that family, or None (system fallback kept, or nothing could be loaded). The
    arguments are for tests: by default the real platform, font database and resources/fonts."""
    import sys

    from PySide6.QtGui import QFontDatabase

    if families is None:
        families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    kind, family = choose_cjk_font(platform or sys.platform, families)
    if kind == "keep":
        return None
    if kind == "bundled":
        if fonts_dir is None:
            import resources
            fonts_dir = Path(resources.__file__).resolve().parent / "fonts"
        for f in sorted(fonts_dir.glob("*.tt[cf]")) if fonts_dir.is_dir() else []:
            loaded = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(f)))
            if loaded:
                family = loaded[0]
                break
    app = QApplication.instance()
    if family and app is not None:
        font = QFont(app.font())
        font.setFamilies([font.family(), family] if font.family() != family else [family])
        app.setFont(font)
    return family


def apply_theme(app: QApplication, elderly: bool) -> None:
    """Apply the normal or the 长辈模式 look to the whole app (again and again, as often as needed).

    Quick (issue #10: a switch within 200 ms): the style, palette, font and the one style sheet are set once; a
    switch sets the mode on each parentless window and re-polishes only what lies outside the main window's two
    pages (menus, tool bar, status bar, open dialogs) — the pages keep their rules, and the main window shows the
    other page."""
    if not getattr(app, "_gongji_font_checked", False):
        app._gongji_font_checked = True
        ensure_cjk_font()
    if not getattr(app, "_gongji_style_set", False):
        app._gongji_style_set = True
        app.setStyle("Fusion")
    pal = palette()
    if app.palette() != pal:
        app.setPalette(pal)
    body = sizes(elderly)["body"]
    refont = app.font().pointSize() != body
    if refont:  # what a widget measures with before its window's mode reaches it
        font = QFont(app.font())
        font.setPointSize(body)
        app.setFont(font)
    app.setProperty("gongjiElderly", bool(elderly))
    sheet = stylesheet()
    if app.styleSheet() != sheet:  # the first time (every widget made before it is polished again)
        app.setStyleSheet(sheet)
        refont = True
    mode = "elderly" if elderly else "normal"
    for w in app.topLevelWidgets():
        if w.parent() is not None:
            continue
        repolished = _set_window_mode(w, mode)
        if refont or repolished:  # the tables' fonts or mode may have changed: their rows' least height with them
            for view in w.findChildren(QTableView):
                min_row_height(view)
        for view in repolished:
            if isinstance(view, QAbstractItemView):
                view.doItemsLayout()
        if hasattr(w, "set_elderly") and w.isVisible():  # the main window swaps to 长辈模式's own layout
            w.set_elderly(bool(elderly))  # (a hidden or closed one when it is shown: MainWindow.showEvent)


# ----------------------------------------------------------------------------------------------- main window

def figure_point_size(app: QApplication | None = None, widget: QWidget | None = None) -> int:
    return sizes(widget_is_elderly(widget) if widget is not None else is_elderly(app))["figure"]


_FIGURE_FONT: list[QFont] = []


def figure_font_for(text: str | None) -> QFont | None:
    """The key-figure font (bold, the figure size of the normal look, which the normal page always has) for a cell
    showing a number (balances, amounts); None for any other text ("no account").

    Given by the tables' models as their ``FontRole``: Qt's own delegate resolves it against the view's font (size
    and weight from here, the rest from the view). A Python delegate overriding ``initStyleOption`` did this before,
    crossing into Python for every cell each time a fit or a paint asked — ~15 ms of the window's start (issue #11)."""
    if not text or text[0] not in "¥+-0123456789":
        return None
    if not _FIGURE_FONT:
        f = QFont()
        f.setPointSize(sizes(False)["figure"])
        f.setBold(True)
        _FIGURE_FONT.append(f)
    return _FIGURE_FONT[0]


def _translate(text: str) -> str:
    return QCoreApplication.translate("Accessibility", text)


def announce_order_moves(panel) -> None:
    """After an entry of the payment order moves, say where it is now — as the list's accessible description
    ("张伟 现在排第 2 位") and as accessibility events, so a screen reader announces the new position."""
    view, model = panel.view, panel.model

    def moved(_parent, start: int, end: int, _dest, row: int) -> None:
        # imported at the first move: naming QAccessible makes its class and its enums (~3 ms), which the first
        # screen does not need (tests/gui/test_first_paint.py)
        from PySide6.QtGui import QAccessible, QAccessibleEvent

        new_row = row if row < start else row - (end - start + 1)
        entry = model.entry_at(new_row)
        if entry is None:
            return
        rank = new_row  # row 0 is the user's own account, so pooled account k is on row k
        text = _translate("{name} is now number {n} in the payment order").replace(
            "{name}", entry.binding.authorizer_name).replace("{n}", str(rank))
        view.setAccessibleDescription(text)
        panel.last_announcement = text
        QAccessible.updateAccessibility(QAccessibleEvent(view, QAccessible.Event.DescriptionChanged))
        focus = QAccessibleEvent(view, QAccessible.Event.Focus)
        focus.setChild(new_row)
        QAccessible.updateAccessibility(focus)

    model.rowsMoved.connect(moved)


def style_main_window(window) -> None:
    """Apply the theme's roles to the main window's parts: section titles as headings, announcements of
    payment-order moves (balances and amounts are key figures through their models: :func:`figure_font_for`).
    Safe to call on a window that lacks some parts."""
    for name in ("profile_name",):
        w = getattr(window, name, None)
        if w is not None:
            mark(w, "heading")
    for panel_name in ("order_panel", "payments_panel"):
        title = getattr(getattr(window, panel_name, None), "title", None)
        if isinstance(title, QLabel):
            mark(title, "heading")
    order = getattr(window, "order_panel", None)
    if order is not None and hasattr(order, "model") and hasattr(order, "view"):
        announce_order_moves(order)
