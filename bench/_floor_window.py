"""The floor under the cold start (bench/_paint_probe.py floor): a PySide6 window with the widgets of gongji's first
screen and its look, and none of its work.

Menu bar (three menus), tool bar with a household box and six buttons, tabs, the members table (6 rows × 8 columns)
above the payment order (5 rows) and the recent payments (60 rows), buttons under them, a status bar; gongji's
style sheet, palette and font (gui.theme.apply_theme); columns sized to their contents by Qt. Rows are made-up
texts of the same kinds (names, amounts in bold, dates, Chinese words) in plain C++ models (QStandardItemModel).

No ledger is opened, nothing is translated, no row is read, no accessibility text is set, no gongji module other
than the theme is imported. So ``floor ÷ bare`` is what a window with this much on its first screen costs in
PySide6 at all, and ``app ÷ floor`` what gongji's own work adds to it (issue #11: why the cold start is not 1.5×).
"""
from __future__ import annotations

import sys


def build(members_view_name: str = "members_view"):
    """Make and show the window; returns it. ``members_view`` is the attribute the probe waits on (painted with
    rows), as on gongji's main window."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel, QMainWindow, QPushButton,
                                   QSplitter, QTableView, QTabWidget, QToolBar, QVBoxLayout, QWidget)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from gui import theme
    theme.apply_theme(app, False)

    def table(parent, titles: list[str], rows: list[list[str]], bold: set[int]) -> QTableView:
        model = QStandardItemModel(len(rows), len(titles), parent)
        model.setHorizontalHeaderLabels(titles)
        font = app.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 4)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QStandardItem(text)
                if c in bold:
                    item.setFont(font)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                model.setItem(r, c, item)
        view = QTableView(parent)
        # the same plain QWidget Qt would make, made here so that the probe's viewport() finds it: for one Qt made,
        # PySide6 would first make a Python class for every QWidget subclass (~12 ms) — this window does no such work
        view.setViewport(QWidget(view))
        view.setModel(model)
        view.verticalHeader().hide()
        view.setAlternatingRowColors(True)
        view.setWordWrap(True)
        view.resizeColumnsToContents()
        view.resizeRowsToContents()
        return view

    w = QMainWindow()
    w.resize(1280, 860)
    for title in ("文件(&F)", "编辑(&E)", "家庭(&O)"):
        menu = w.menuBar().addMenu(title)
        for k in range(5):
            menu.addAction(QAction(f"{title[:2]}操作{k}\u2026", w))
    tb = QToolBar(w)
    w.addToolBar(tb)
    tb.addWidget(QLabel("家庭(&S):", w))
    box = QComboBox(w)
    box.addItems(["张家（全国）", "李家（北京）"])
    tb.addWidget(box)
    for text in ("添加成员", "绑定", "解除绑定", "记一笔", "撤销", "重做"):
        tb.addAction(QAction(text, w))
    tabs = QTabWidget(w)
    w.setCentralWidget(tabs)
    page = QWidget(tabs)
    tabs.addTab(page, "家庭设置")
    tabs.addTab(QWidget(tabs), "历史记录")
    lay = QVBoxLayout(page)
    split = QSplitter(Qt.Orientation.Vertical, page)
    lay.addWidget(split)
    names = ["张伟", "李娜", "王芳", "刘洋", "陈静", "杨磊"]
    members = table(split, ["姓名", "关系", "参保地", "个人账户余额", "今年已用", "可用他人账户", "他人可用本账户", "备注"],
                    [[n, "本人" if i == 0 else "子女", "北京市", f"¥{(i + 1) * 1234:,}.56", f"¥{i * 321}.00",
                      "、".join(names[:i]) or "—", "、".join(names[i + 1:i + 3]) or "—", "—"]
                     for i, n in enumerate(names)], {3, 4})
    setattr(w, members_view_name, members)
    bottom = QSplitter(Qt.Orientation.Horizontal, split)
    table(bottom, ["顺序", "账户", "余额"], [[str(i + 1), n, f"¥{(i + 2) * 987}.00"] for i, n in enumerate(names[:5])],
          {2})
    table(bottom, ["日期", "类别", "金额", "由谁支付", "已退"],
          [[f"2026-{11 - i % 10:02d}-{1 + i % 28:02d} 10:{i % 60:02d}", ("门诊", "住院", "购药")[i % 3],
            f"¥{100 + i * 17}.50", f"{names[i % 6]}的个人账户 ¥{50 + i}.00；自付 ¥{i}.50", ""] for i in range(60)],
          {2, 4})
    row = QHBoxLayout()
    lay.addLayout(row)
    for text in ("置顶", "上移", "下移", "置底", "记一笔\u2026", "退款\u2026"):
        row.addWidget(QPushButton(text, page))
    w.statusBar().showMessage("就绪")
    w.show()
    return w
