"""The application's one style sheet, for both modes at once (issue #10: switching 长辈模式 must be instant).

Every rule of :func:`rules` is written four times, behind a selector that says where it applies:
- ``*[gongjiMode="normal"] X`` / ``*[gongjiMode="elderly"] X``: inside a top-level window whose ``gongjiMode``
  property says the mode (the main window's menus, tool bar and status bar; every dialog and message box, which
  are parented to it or carry the property themselves — gui.theme.own_window, for windows made without a parent);
- ``#normalPage X`` / ``#elderlyPage X``: inside the main window's two layouts, which never change mode (the
  normal layout is only shown in normal mode, 长辈模式's own page only in 长辈模式). An id selector outweighs any
  number of attribute selectors, so a page's rules win over the window's whatever the window's mode.

The sheet is set once; a mode switch changes the windows' property and re-polishes only what lies outside the two
pages (a few dozen widgets) instead of every widget of the app — see ``theme.apply_theme``.
"""
from __future__ import annotations

MODE_PROPERTY = "gongjiMode"
ROLE_PROPERTY = "gongjiRole"
PAGES = {"normalPage": False, "elderlyPage": True}
#: Rules alike in both modes and needed outside any window of ours: Qt's tooltip is a window without a parent that
#: gongji does not make, so it never carries a mode.
UNSCOPED = {"QToolTip"}


def rules(s: dict[str, int], c: dict[str, str]) -> list[tuple[str, str]]:
    """(selector, declarations) pairs of one mode; ``s`` from ``theme.sizes``, ``c`` the colours."""
    body, fig, head, target = s["body"], s["figure"], s["heading"], s["target"]
    elderly = target > 40
    pad = 10 if elderly else 6
    # min-height in a style sheet is the *content* height; subtract padding and border so that the outer height
    # of a button is at least `target` px.
    inner = target - 2 * pad - 2
    input_inner = target - 2 * (pad - 2) - 2
    bar_pad = 16 if elderly else 4  # menu bar entries: 18 pt text + 2 × 16 px ≥ 60 px
    row = target if elderly else 28
    R = ROLE_PROPERTY
    return [
        ("QWidget", f"font-size: {body}pt;"),
        (f'QLabel[{R}="figure"]', f"font-size: {fig}pt; font-weight: bold; color: {c['figure']};"),
        (f'QLabel[{R}="heading"]', f"font-size: {head}pt; font-weight: bold;"),
        (f'QLabel[{R}="muted"]', f"color: {c['muted']};"),
        ("QPushButton, QToolButton",
         f"min-height: {inner}px; padding: {pad}px {pad + 6}px; border: 1px solid {c['border']}; "
         f"border-radius: 6px; background: {c['button']}; color: {c['button_text']};"),
        (f'QPushButton[{R}="bigButton"]', f"font-size: {head}pt; font-weight: bold; "
                                           f"border: 2px solid {c['highlight']};"),
        ("QPushButton:hover, QToolButton:hover", f"background: {c['alt_base']};"),
        ("QPushButton:pressed, QToolButton:pressed",
         f"background: {c['highlight']}; color: {c['highlight_text']};"),
        ("QPushButton:default", f"border: 2px solid {c['highlight']};"),
        ("QPushButton:disabled, QToolButton:disabled", f"color: {c['disabled_text']};"),
        ("QPushButton:focus, QToolButton:focus, QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus, "
         "QAbstractItemView:focus, QCheckBox:focus, QRadioButton:focus",
         f"outline: none; border: 3px solid {c['focus']};"),
        ("QLineEdit, QComboBox, QAbstractSpinBox, QDateEdit",
         f"min-height: {input_inner}px; padding: {pad - 2}px {pad}px; border: 1px solid {c['border']}; "
         f"border-radius: 4px; background: {c['base']}; color: {c['text']};"),
        ("QComboBox QAbstractItemView::item", f"min-height: {row}px;"),
        ("QCheckBox, QRadioButton", f"min-height: {target}px; spacing: {pad}px;"),
        ("QCheckBox::indicator, QRadioButton::indicator", f"width: {body + 8}px; height: {body + 8}px;"),
        ("QTabBar::tab", f"min-height: {target - 2 * pad}px; padding: {pad}px {pad * 2}px;"),
        ("QAbstractItemView", f"background: {c['base']}; color: {c['text']}; "
                              f"alternate-background-color: {c['alt_base']}; "
                              f"selection-background-color: {c['highlight']}; "
                              f"selection-color: {c['highlight_text']};"),
        ("QListView::item, QTreeView::item", f"min-height: {row}px; padding: 2px 6px;"),
        ("QHeaderView::section", f"min-height: {row - 8}px; padding: 4px 8px; background: {c['button']}; "
                                 f"color: {c['button_text']}; border: 0; border-right: 1px solid {c['border']}; "
                                 "font-weight: bold;"),
        ("QMenuBar::item", f"padding: {bar_pad}px {pad + 4}px;"),
        ("QMenu::item", f"padding: {pad}px {pad * 3}px; min-height: {row - 2 * pad}px;"),
        ("QToolTip", f"color: {c['tooltip_text']}; background: {c['tooltip_base']}; "
                     f"border: 1px solid {c['border']}; padding: 6px;"),
        ("QGroupBox", f"font-weight: bold; margin-top: {body + 10}px; border: 1px solid {c['border']}; "
                      "border-radius: 6px; padding-top: 6px;"),
        ("QGroupBox::title", "subcontrol-origin: margin; left: 10px; padding: 0 4px;"),
        ("QStatusBar", f"color: {c['text']};"),
    ]


def _scoped(scope: str, selectors: str) -> str:
    return ", ".join(f"{scope} {sel.strip()}" for sel in selectors.split(","))


def stylesheet(sizes_of, colors: dict[str, str]) -> str:
    """The whole sheet: each mode's rules inside windows of that mode, then inside each page (which win)."""
    out = []
    for sel, decl in rules(sizes_of(False), colors):
        if sel in UNSCOPED:
            out.append(f"{sel} {{ {decl} }}")
    for elderly in (False, True):
        mode = "elderly" if elderly else "normal"
        scope = f'*[{MODE_PROPERTY}="{mode}"]'
        for sel, decl in rules(sizes_of(elderly), colors):
            if sel in UNSCOPED:
                continue
            if sel == "QWidget":  # a window's body text is the app font (theme.apply_theme keeps it at the mode's
                continue  # size): a font-size rule for every widget of every window was most of the sheet's cost
            out.append(f"{_scoped(scope, sel)} {{ {decl} }}")
    for page, elderly in PAGES.items():
        for sel, decl in rules(sizes_of(elderly), colors):
            if sel not in UNSCOPED:
                out.append(f"{_scoped(f'#{page}', sel)} {{ {decl} }}")
    return "\n".join(out) + "\n"


def page_mode(widget) -> bool | None:
    """The mode a widget is shown in: its page's, else its window's ``gongjiMode``; None when neither says."""
    w = widget
    while w is not None:
        name = w.objectName()
        if name in PAGES:
            return PAGES[name]
        mode = w.property(MODE_PROPERTY)
        if mode is not None:
            return mode == "elderly"
        w = w.parent()
    return None
