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

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QLabel, QStyledItemDelegate, QTableView, QWidget

ROLE_PROPERTY = "gongjiRole"

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


def stylesheet(elderly: bool) -> str:
    s = sizes(elderly)
    c = COLORS
    body, fig, head, target = s["body"], s["figure"], s["heading"], s["target"]
    pad = 10 if elderly else 6
    # min-height in a style sheet is the *content* height; subtract padding and border so that the outer height
    # of a button is at least `target` px.
    inner = target - 2 * pad - 2
    input_inner = target - 2 * (pad - 2) - 2
    bar_pad = 16 if elderly else 4  # menu bar entries: 18 pt text + 2 × 16 px ≥ 60 px
    row = target if elderly else 28
    return f"""
QWidget {{ font-size: {body}pt; }}
QLabel[{ROLE_PROPERTY}="figure"] {{ font-size: {fig}pt; font-weight: bold; color: {c['figure']}; }}
QLabel[{ROLE_PROPERTY}="heading"] {{ font-size: {head}pt; font-weight: bold; }}
QLabel[{ROLE_PROPERTY}="muted"] {{ color: {c['muted']}; }}
QPushButton, QToolButton {{
    min-height: {inner}px; padding: {pad}px {pad + 6}px; border: 1px solid {c['border']}; border-radius: 6px;
    background: {c['button']}; color: {c['button_text']};
}}
QPushButton[{ROLE_PROPERTY}="bigButton"] {{ font-size: {head}pt; font-weight: bold; border: 2px solid {c['highlight']}; }}
QPushButton:hover, QToolButton:hover {{ background: {c['alt_base']}; }}
QPushButton:pressed, QToolButton:pressed {{ background: {c['highlight']}; color: {c['highlight_text']}; }}
QPushButton:default {{ border: 2px solid {c['highlight']}; }}
QPushButton:disabled, QToolButton:disabled {{ color: {c['disabled_text']}; }}
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus,
QAbstractItemView:focus, QCheckBox:focus, QRadioButton:focus {{ outline: none; border: 3px solid {c['focus']}; }}
QLineEdit, QComboBox, QAbstractSpinBox, QDateEdit {{
    min-height: {input_inner}px; padding: {pad - 2}px {pad}px; border: 1px solid {c['border']}; border-radius: 4px;
    background: {c['base']}; color: {c['text']};
}}
QComboBox QAbstractItemView::item {{ min-height: {row}px; }}
QCheckBox, QRadioButton {{ min-height: {target}px; spacing: {pad}px; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: {body + 8}px; height: {body + 8}px; }}
QTabBar::tab {{ min-height: {target - 2 * pad}px; padding: {pad}px {pad * 2}px; }}
QAbstractItemView {{ background: {c['base']}; color: {c['text']}; alternate-background-color: {c['alt_base']};
    selection-background-color: {c['highlight']}; selection-color: {c['highlight_text']}; }}
QListView::item, QTreeView::item {{ min-height: {row}px; padding: 2px 6px; }}
QHeaderView::section {{ min-height: {row - 8}px; padding: 4px 8px; background: {c['button']};
    color: {c['button_text']}; border: 0; border-right: 1px solid {c['border']}; font-weight: bold; }}
QMenuBar::item {{ padding: {bar_pad}px {pad + 4}px; }}
QMenu::item {{ padding: {pad}px {pad * 3}px; min-height: {row - 2 * pad}px; }}
QToolTip {{ color: {c['tooltip_text']}; background: {c['tooltip_base']}; border: 1px solid {c['border']};
    padding: 6px; }}
QGroupBox {{ font-weight: bold; margin-top: {body + 10}px; border: 1px solid {c['border']}; border-radius: 6px;
    padding-top: 6px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; }}
QStatusBar {{ color: {c['text']}; }}
"""


class _RowHeights(QObject):
    """Table rows are click targets too: make each row at least the target height (style sheets cannot)."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.row_px = 0

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Polish and isinstance(obj, QTableView):
            self.fit(obj)
        return False

    def fit(self, view: QTableView) -> None:
        vh = view.verticalHeader()
        if self.row_px:
            vh.setMinimumSectionSize(self.row_px)
            vh.setDefaultSectionSize(self.row_px)
        else:
            vh.setMinimumSectionSize(-1)
            vh.setDefaultSectionSize(max(30, vh.fontMetrics().height() + 12))


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
    """Apply the normal or the 长辈模式 look to the whole app (again and again, as often as needed)."""
    s = sizes(elderly)
    if not getattr(app, "_gongji_font_checked", False):
        app._gongji_font_checked = True
        ensure_cjk_font()
    # The mode switch must be quick (issue #10): the style and the palette are the same in both modes, so they are
    # set once; the row-height filter is off while the style sheet re-polishes every widget (thousands of events).
    if not getattr(app, "_gongji_style_set", False):
        app._gongji_style_set = True
        app.setStyle("Fusion")
    pal = palette()
    if app.palette() != pal:
        app.setPalette(pal)
    rows = getattr(app, "_gongji_rows", None)
    if rows is not None:
        app.removeEventFilter(rows)
    font = QFont(app.font())
    font.setPointSize(s["body"])
    app.setFont(font)
    app.setProperty("gongjiElderly", bool(elderly))
    app.setStyleSheet(stylesheet(elderly))
    if rows is None:
        rows = _RowHeights(app)
        app._gongji_rows = rows
    app.installEventFilter(rows)
    rows.row_px = s["target"] if elderly else 0
    for w in app.allWidgets():
        if isinstance(w, QTableView):
            rows.fit(w)
        if isinstance(w, QAbstractItemView):
            w.doItemsLayout()
    for w in app.topLevelWidgets():  # the main window swaps to 长辈模式's own layout (gui/main_window.py)
        if hasattr(w, "set_elderly"):
            w.set_elderly(bool(elderly))


# ----------------------------------------------------------------------------------------------- main window

def figure_point_size(app: QApplication | None = None) -> int:
    return sizes(is_elderly(app))["figure"]


class FigureDelegate(QStyledItemDelegate):
    """Shows the cells ``is_figure(index)`` picks (balances, amounts) in the larger bold figure font."""

    def __init__(self, is_figure, parent: QObject | None = None):
        super().__init__(parent)
        self.is_figure = is_figure

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt override
        super().initStyleOption(option, index)
        if self.is_figure(index) and option.text[:1] in "¥+-0123456789":  # numbers only, not "no account"
            f = QFont(option.font)
            f.setPointSize(figure_point_size())
            f.setBold(True)
            option.font = f
            option.fontMetrics = QFontMetrics(f)


def _translate(text: str) -> str:
    return QCoreApplication.translate("Accessibility", text)


def announce_order_moves(panel) -> None:
    """After an entry of the payment order moves, say where it is now — as the list's accessible description
    ("张伟 现在排第 2 位") and as accessibility events, so a screen reader announces the new position."""
    from PySide6.QtGui import QAccessible, QAccessibleEvent

    view, model = panel.view, panel.model

    def moved(_parent, start: int, end: int, _dest, row: int) -> None:
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
    """Apply the theme's roles to the main window's parts: balances and amounts as key figures, section titles
    as headings, announcements of payment-order moves. Safe to call on a window that lacks some parts."""
    members_view = getattr(window, "members_view", None)
    if members_view is not None:
        m = members_view.model()
        kinds = {getattr(m, "BALANCE", -1), getattr(m, "PRIOR", -1)}
        members_view.setItemDelegate(FigureDelegate(
            lambda idx, m=m: hasattr(m, "column_kind") and m.column_kind(idx.column()) in kinds, members_view))
        members_view.horizontalHeader().resizeSections(QHeaderView.ResizeMode.ResizeToContents)
    payments = getattr(window, "payments_panel", None)
    if payments is not None and hasattr(payments, "view"):
        pm = payments.view.model()
        cols = {getattr(pm, "AMOUNT", -1), getattr(pm, "REFUNDED", -1)}
        payments.view.setItemDelegate(FigureDelegate(lambda idx: idx.column() in cols, payments.view))
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
