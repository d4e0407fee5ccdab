"""长辈模式 (elderly mode, MIIT 2021 适老化) measured on the real main window and dialogs:
text ≥ 18 pt, click targets ≥ 60 px high, balances/amounts larger than body text, contrast ≥ 4.5:1 computed from
the colours the widgets really use (their QPalette after the style sheet is applied), the payment order says
positions in words and announces moves to screen readers, status messages have no time limit, and the switch
in Settings changes the whole app at once."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFont, QPalette
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox, QComboBox, QLabel,
                               QLineEdit, QPushButton, QStatusBar, QStyleOptionViewItem, QTableView, QTabBar,
                               QToolButton, QWidget)

from gui import theme
from gui.main_window import MainWindow
from gui.settings import Settings
from gui.tour import install_menus

MIN_PT = 18
MIN_PX = 60
MIN_CONTRAST = 4.5


@pytest.fixture()
def themed(qtbot):  # noqa: ARG001 - qtbot: a QApplication exists
    """Apply a theme for one test and put the application back as it was afterwards."""
    app = QApplication.instance()
    font, palette, sheet = QFont(app.font()), QPalette(app.palette()), app.styleSheet()

    def apply(elderly: bool) -> QApplication:
        theme.apply_theme(app, elderly)
        return app

    yield apply
    app.setStyleSheet(sheet)
    app.setPalette(palette)
    app.setFont(font)
    app.setProperty("gongjiElderly", False)


@pytest.fixture()
def window(qtbot, runner, demo, themed, settle):  # noqa: ARG001
    themed(True)
    w = MainWindow(runner)
    w.extras = install_menus(w, Settings.memory())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.household_combo.setCurrentIndex(w.household_combo.findData(demo["张家"]))
    w.select_member(demo["张子涵"])
    settle()
    return w


def shown(root: QWidget, kinds) -> list[QWidget]:
    kinds = kinds if isinstance(kinds, tuple) else (kinds,)
    return [w for w in root.findChildren(QWidget) if isinstance(w, kinds) and w.isVisibleTo(root) and w.width() > 0]


def describe(w: QWidget) -> str:
    text = w.text() if hasattr(w, "text") and callable(w.text) else ""
    return f"{type(w).__name__}({text!r})"


# ----------------------------------------------------------------------------------------------- text size

def test_text_is_at_least_18_points(window):
    widgets = shown(window, (QLabel, QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QTabBar))
    assert len(widgets) > 20
    small = [f"{describe(w)}: {w.font().pointSizeF()} pt" for w in widgets if w.font().pointSizeF() < MIN_PT]
    assert not small, "text smaller than 18 pt in 长辈模式:\n" + "\n".join(small)
    for view in shown(window, QAbstractItemView):
        m = view.model()
        if m is not None and m.rowCount() and view.itemDelegate() is not None:
            opt = QStyleOptionViewItem()
            view.itemDelegate().initStyleOption(opt, m.index(0, 0))
            assert opt.font.pointSizeF() >= MIN_PT, describe(view)
    menu_bar = window.menuBar()
    assert menu_bar.font().pointSizeF() >= MIN_PT


def test_normal_mode_is_smaller(qtbot, runner, demo, themed):  # noqa: ARG001
    """The measurement can fail: in normal mode the same labels are below 18 pt."""
    themed(False)
    w = MainWindow(runner)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert any(lab.font().pointSizeF() < MIN_PT for lab in shown(w, QLabel))
    assert any(b.height() < MIN_PX for b in shown(w, QPushButton))


def test_key_figures_are_larger_than_body_text(window, demo):
    """长辈模式 shows its own page: the member cards' balances are the key figures — larger than body text, bold,
    never elided; the headings are larger than body text too."""
    assert window.elderly_page.isVisible() and not window.tabs.isVisible()
    body = max(lab.font().pointSizeF() for lab in shown(window, QLabel)
               if lab.property(theme.ROLE_PROPERTY) is None)
    assert body >= MIN_PT
    figures = [lab for lab in shown(window.elderly_page, QLabel) if lab.property(theme.ROLE_PROPERTY) == "figure"
               and "¥" in lab.text()]  # (a member without an account says so in words)
    assert len(figures) >= 3
    for f in figures:
        assert f.font().pointSizeF() > body and f.font().bold(), f.text()
        assert f.width() >= f.fontMetrics().horizontalAdvance(f.text()), f.text()  # nothing is elided
    headings = [lab for lab in shown(window, QLabel) if lab.property(theme.ROLE_PROPERTY) == "heading"]
    assert headings and all(h.font().pointSizeF() > body for h in headings)


# ----------------------------------------------------------------------------------------------- click targets

def test_click_targets_are_at_least_60_px_high(window):
    targets = shown(window, (QPushButton, QToolButton, QCheckBox, QComboBox, QLineEdit))
    targets = [t for t in targets if type(t).__name__ != "QToolBarExtension" and t.parentWidget() is not None
               and not isinstance(t.parentWidget(), QTabBar)]  # the tab scroll arrows are not targets
    assert len(targets) > 10
    low = [f"{describe(t)}: {t.height()} px" for t in targets if t.height() < MIN_PX]
    assert not low, "click targets lower than 60 px:\n" + "\n".join(low)
    assert not window.tabs.isVisible()  # 长辈模式 has its own page, without the normal layout's tabs
    bar = window.menuBar()
    assert all(bar.actionGeometry(a).height() >= MIN_PX for a in bar.actions() if a.isVisible())
    for view in shown(window, QTableView):
        m = view.model()
        if m is not None and m.rowCount():
            assert view.rowHeight(0) >= MIN_PX, view.accessibleName()
    ov = window.order_panel.view
    rows = ov.model().rowCount()
    assert rows >= 2
    assert all(ov.visualRect(ov.model().index(r, 0)).height() >= MIN_PX for r in range(rows))


def test_dialog_buttons_are_big_too(qtbot, runner, demo, themed):
    from gui.dialogs.pay import PayDialog
    from gui.dialogs.settings import SettingsDialog
    themed(True)
    for dlg in (PayDialog(runner, demo["张家"], member_id=demo["张子涵"]), SettingsDialog(Settings.memory())):
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        low = [describe(b) for b in shown(dlg, (QPushButton, QCheckBox, QComboBox, QLineEdit)) if b.height() < MIN_PX]
        assert not low
        small = [describe(w) for w in shown(dlg, (QLabel, QAbstractButton)) if w.font().pointSizeF() < MIN_PT]
        assert not small


# ----------------------------------------------------------------------------------------------- contrast

def test_contrast_formula():
    assert theme.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic near-miss
    assert theme.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


def _background(w: QWidget):
    """The colour really behind a widget: its own if it paints its background, else the nearest ancestor's."""
    p = w
    while p is not None:
        if p.autoFillBackground() or isinstance(p, (QAbstractButton, QComboBox, QLineEdit)) or p.isWindow():
            return p.palette().color(p.backgroundRole())
        p = p.parentWidget()
    return w.palette().color(QPalette.ColorRole.Window)


def test_contrast_of_every_visible_text(window, qtbot, runner, demo):
    from gui.dialogs.member import MemberDialog
    dlg = MemberDialog(runner, demo["张家"])
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.id_field.edit.setText("110105194912310021") if hasattr(dlg, "id_field") else None  # a wrong check digit
    roots = [window, dlg]
    checked = 0
    bad = []
    for root in roots:
        for w in shown(root, (QLabel, QAbstractButton, QComboBox, QLineEdit)):
            fg = w.palette().color(w.foregroundRole())
            bg = _background(w)
            ratio = theme.contrast_ratio(fg, bg)
            checked += 1
            if ratio < MIN_CONTRAST:
                bad.append(f"{describe(w)}: {fg.name()} on {bg.name()} = {ratio:.2f}")
    assert checked > 20
    assert not bad, "contrast below 4.5:1:\n" + "\n".join(bad)


def test_palette_pairs_have_enough_contrast(window):
    p = QApplication.instance().palette()
    R, G = QPalette.ColorRole, QPalette.ColorGroup
    pairs = [(R.WindowText, R.Window), (R.Text, R.Base), (R.Text, R.AlternateBase), (R.ButtonText, R.Button),
             (R.HighlightedText, R.Highlight), (R.ToolTipText, R.ToolTipBase), (R.PlaceholderText, R.Base),
             (R.Link, R.Window), (R.Link, R.Base)]
    for group in (G.Active, G.Inactive, G.Disabled):
        for fg, bg in pairs[:5]:
            r = theme.contrast_ratio(p.color(group, fg), p.color(group, bg))
            assert r >= MIN_CONTRAST, f"{group.name} {fg.name}/{bg.name}: {r:.2f}"
    for fg, bg in pairs[5:]:
        assert theme.contrast_ratio(p.color(fg), p.color(bg)) >= MIN_CONTRAST, f"{fg.name}/{bg.name}"
    # the colours the style sheet sets for figures and muted text, on every background they can appear on
    for fg in ("figure", "muted", "disabled_text", "warning"):
        for bg in ("window", "base", "alt_base", "button"):
            assert theme.contrast_ratio(theme.COLORS[fg], theme.COLORS[bg]) >= MIN_CONTRAST, (fg, bg)


# ----------------------------------------------------------------------------------------------- words, not colour

def test_payment_order_says_positions_in_words(window, demo, chinese_translators):
    window.order_panel.refresh()
    m = window.order_panel.model
    texts = [m.data(m.index(r, 0)) for r in range(m.rowCount())]
    assert "本人账户" in texts[0]
    for rank, t in enumerate(texts[1:], start=1):
        assert f"第 {rank} 位" in t, t


@pytest.fixture()
def chinese_translators(qtbot):  # noqa: ARG001
    from core import i18n as core_i18n
    from gui.i18n import install_translators, remove_translators
    app = QApplication.instance()
    previous = core_i18n.language()
    install_translators(app, "zh_CN")
    yield
    remove_translators(app)
    core_i18n.set_language(previous)


def test_order_move_is_announced_to_screen_readers(window, demo, settle, monkeypatch, chinese_translators):
    events = []
    monkeypatch.setattr(QAccessible, "updateAccessibility",
                        staticmethod(lambda ev: events.append((ev.type(), ev.object(), ev.child()))))
    panel = window.order_panel
    panel.refresh()
    m = panel.model
    assert m.rowCount() >= 3
    name = m.entry_at(2).binding.authorizer_name
    panel.select_binding(m.entry_at(2).binding.id)
    panel.up.click()  # the keyboard/button way; Alt+Up does the same
    assert panel.view.accessibleDescription() == f"{name} 现在排第 1 位"
    assert (QAccessible.Event.DescriptionChanged, panel.view, -1) in events
    assert any(t == QAccessible.Event.Focus and o is panel.view and c == 1 for t, o, c in events)
    settle()
    assert window.col.order.list(demo["张子涵"])[0].binding.authorizer_name == name


# ----------------------------------------------------------------------------------------------- no time limits

def test_status_messages_have_no_time_limit(window, monkeypatch):
    calls = []
    original = QStatusBar.showMessage

    def spy(self, text, timeout=0):
        calls.append(timeout)
        original(self, text, timeout)

    monkeypatch.setattr(QStatusBar, "showMessage", spy)
    window.runner.message.emit("saved")
    assert calls == [0]
    assert window.statusBar().currentMessage() == "saved"
    assert theme.message_timeout_ms() == 0


# ----------------------------------------------------------------------------------------------- the switch

def test_settings_switch_turns_elderly_mode_on_and_off(qtbot, window, themed):
    """The switch in Settings swaps the main window to the other layout at once, in the other size."""
    from gui.dialogs.settings import SettingsDialog
    settings = Settings.memory()
    assert window.pages.currentWidget() is window.elderly_page
    assert all(b.height() >= MIN_PX for b in shown(window, QPushButton))
    dlg = SettingsDialog(settings, window)
    qtbot.addWidget(dlg)
    assert dlg.elderly.isChecked()
    dlg.elderly.setChecked(False)
    dlg.save()
    qtbot.wait(50)
    assert settings.elderly is False and not theme.is_elderly()
    assert window.pages.currentWidget() is window.tabs and not window.elderly_page.isVisible()
    button = next(b for b in shown(window, QPushButton))
    assert button.font().pointSizeF() < MIN_PT and button.height() < MIN_PX
    dlg = SettingsDialog(settings, window)
    qtbot.addWidget(dlg)
    dlg.elderly.setChecked(True)
    dlg.save()
    qtbot.wait(50)
    assert settings.elderly is True and theme.is_elderly()
    assert window.pages.currentWidget() is window.elderly_page and window.elderly_page.isVisible()
    assert all(b.font().pointSizeF() >= MIN_PT and b.height() >= MIN_PX for b in shown(window, QPushButton))


def test_first_run_asks_once(qtbot, themed, tmp_path):
    from gui.dialogs.settings import first_run
    app = themed(False)
    s = Settings(tmp_path / "s.ini")
    asked = []
    assert first_run(s, app, ask=lambda: asked.append(1) or True) is True
    assert s.elderly and s.first_run_done and theme.is_elderly()
    assert first_run(Settings(tmp_path / "s.ini"), app, ask=lambda: asked.append(1) or False) is True
    assert asked == [1]  # the second start does not ask again; the choice was saved to the file


# ------------------------------------------------------------------------------------- 长辈模式's own layout

def test_elderly_mode_is_its_own_layout_with_member_cards(window, service, demo):
    """长辈模式 shows its own page: one large card per member with name and balance, not the zoomed grid."""
    assert window.pages.currentWidget() is window.elderly_page
    assert not window.members_view.isVisible() and not window.toolbar.isVisible()
    page = window.elderly_page
    cards = [c for c in page.cards if c.isVisible()]
    members = service.members.list(demo["张家"])
    assert [c.name.text() for c in cards] == [m.name for m in members]
    dad = next(c for c in cards if c.member_id == demo["张德福"])
    assert dad.balance.text() == "¥{:,.2f}".format(service.members.get(demo["张德福"]).balance_fen / 100)
    assert dad.balance.font().pointSizeF() >= theme.ELDERLY_FIGURE_PT
    assert "张子涵" in dad.users.text()
    assert all(c.height() >= MIN_PX for c in cards)
    # Choosing a card shows that person's payment order.
    dad.click()
    assert page.member_id == demo["张德福"] and window.selected_member_id() == demo["张德福"]


def test_guided_pay_two_steps_nothing_written_before_confirm(qtbot, window, runner, service, settle, demo, fresh):
    from gui.elderly.pay_flow import GuidedPayDialog
    kid = demo["张子涵"]
    before = fresh(lambda g: len(g.history.transactions(demo["张家"], member_id=kid, limit=1000)))
    dlg = GuidedPayDialog(runner, demo["张家"], kid, window)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.amount.setText("12元5角")  # not an amount: refused with a message, stays on step 1
    dlg.go_next()
    assert dlg.steps.currentIndex() == 0 and dlg.error.text()
    dlg.amount.setText("356.80")
    dlg.go_next()
    assert dlg.steps.currentIndex() == 1
    preview = service.ledger.preview(kid, 35_680)
    text = dlg.sentences.text()
    for sp in preview.splits:
        assert sp.member_name in text and "¥{:,.2f}".format(sp.amount_fen / 100) in text
    assert "¥{:,.2f}".format(preview.out_of_pocket_fen / 100) in text
    assert "356.80" in dlg.confirm.text()
    assert fresh(lambda g: len(g.history.transactions(demo["张家"], member_id=kid, limit=1000))) == before
    dlg.go_back()
    assert dlg.steps.currentIndex() == 0
    dlg.go_next()
    qtbot.mouseClick(dlg.confirm, Qt.MouseButton.LeftButton)
    settle()
    assert dlg.paid is not None and dlg.paid.amount_fen == 35_680
    assert fresh(lambda g: len(g.history.transactions(demo["张家"], member_id=kid, limit=1000))) == before + 1
