"""Monthly chart drawn with QPainter (no chart library): one group of bars per month, one bar per member or per
paying account, a legend, and a y axis in yuan. The numbers come straight from core.history.monthly_series."""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.views import MonthlySeries
from core.money import format_fen

# Distinguishable, colour-blind-friendlier palette (Okabe–Ito), dark enough for white background.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#7f7f00", "#000000")
from gui.widgets import retexts


def _t(text: str) -> str:
    return retexts.translate("History", text)  # remembered: a language switch shows it again


def nice_max(v: int) -> int:
    """A round upper bound for the axis (fen)."""
    if v <= 0:
        return 10_000
    step = 1
    while step * 10 <= v:
        step *= 10
    for m in (1, 2, 5, 10):
        if m * step >= v:
            return m * step
    return 10 * step


class MonthlyChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(_t("Monthly chart"))
        self.setMinimumSize(480, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._series: MonthlySeries | None = None
        self.mode = "member"

    def sizeHint(self) -> QSize:
        return QSize(800, 400)

    def set_series(self, series: MonthlySeries | None, mode: str | None = None) -> None:
        self._series = series
        if mode is not None:
            self.mode = mode
        self._describe()
        self.update()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self._describe()
        self.update()

    def data(self) -> tuple[tuple[str, ...], dict[int, tuple[int, ...]]]:
        """What is drawn: the months and one series per member/account (fen)."""
        s = self._series
        if s is None:
            return (), {}
        return s.months, dict(s.by_member if self.mode == "member" else s.by_account)

    def _describe(self) -> None:
        months, series = self.data()
        names = self._series.names if self._series else {}
        parts = [f"{names.get(k, k)} {format_fen(sum(v))}" for k, v in series.items()]
        text = _t("No payments in this period.") if not months else \
            _t("{first} to {last}: {totals}").replace("{first}", months[0]).replace("{last}", months[-1]) \
            .replace("{totals}", "; ".join(parts))
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        months, series = self.data()
        fm = QFontMetrics(self.font())
        if not months or not series:
            p.setPen(QColor("#333333"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, _t("No payments in this period."))
            return
        names = self._series.names if self._series else {}
        keys = list(series)
        top = max((max(v) for v in series.values()), default=0)
        ymax = nice_max(top)
        label_w = fm.horizontalAdvance(format_fen(ymax)) + 12
        legend_h = fm.height() + 10
        plot = QRectF(label_w + 8, legend_h + 10, self.width() - label_w - 24,
                      self.height() - legend_h - fm.height() * 2 - 24)
        # legend
        x = plot.left()
        for i, k in enumerate(keys):
            color = QColor(PALETTE[i % len(PALETTE)])
            p.fillRect(QRectF(x, 8, 14, 14), color)
            p.setPen(QColor("#222222"))
            text = str(names.get(k, k))
            p.drawText(QRectF(x + 18, 2, fm.horizontalAdvance(text) + 4, legend_h), Qt.AlignmentFlag.AlignVCenter,
                       text)
            x += 18 + fm.horizontalAdvance(text) + 16
        # axes and grid
        p.setPen(QPen(QColor("#bbbbbb"), 1))
        for i in range(5):
            y = plot.bottom() - plot.height() * i / 4
            p.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            p.setPen(QColor("#333333"))
            p.drawText(QRectF(0, y - fm.height() / 2, label_w, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, format_fen(ymax * i // 4))
            p.setPen(QPen(QColor("#bbbbbb"), 1))
        # bars
        n = len(months)
        group = plot.width() / n
        bar = max(1.0, group * 0.8 / len(keys))
        step_labels = max(1, int(fm.horizontalAdvance("2026-12") * 1.3 / group) + 1)
        for mi, month in enumerate(months):
            gx = plot.left() + mi * group + group * 0.1
            for si, k in enumerate(keys):
                v = series[k][mi]
                if v <= 0:
                    continue
                h = plot.height() * v / ymax
                p.fillRect(QRectF(gx + si * bar, plot.bottom() - h, bar, h), QColor(PALETTE[si % len(PALETTE)]))
            if mi % step_labels == 0:
                p.setPen(QColor("#333333"))
                p.drawText(QRectF(plot.left() + mi * group - 20, plot.bottom() + 4, group + 40, fm.height() + 4),
                           Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, month)
        p.setPen(QPen(QColor("#333333"), 1))
        p.drawLine(int(plot.left()), int(plot.bottom()), int(plot.right()), int(plot.bottom()))
        p.end()
