"""gui.theme's CJK font on each platform: Microsoft YaHei on Windows, PingFang SC on macOS where present; the font
shipped in resources/fonts only where no installed font covers Chinese.

The choice is a pure function of the platform and the installed families, so Windows and macOS are tested by passing
their sys.platform and the families those systems have; ``ensure_cjk_font`` is then run for real on this machine's
Qt with the same fakes, and checked on the application font it leaves behind.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase

from gui.theme import choose_cjk_font, ensure_cjk_font

WINDOWS_FONTS = ["Arial", "Segoe UI", "SimSun", "NSimSun", "Microsoft YaHei", "Microsoft YaHei UI", "DengXian"]
MAC_FONTS = ["Helvetica Neue", "PingFang HK", "PingFang SC", "PingFang TC", "Heiti SC", "STHeiti"]
WQY = [Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), Path("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc")]


@pytest.mark.parametrize(("platform", "families", "want"), [
    ("win32", WINDOWS_FONTS, ("system", "Microsoft YaHei UI")),
    ("win32", ["SimSun", "Microsoft YaHei"], ("system", "Microsoft YaHei")),  # Windows 7: no "UI" variant
    ("win32", ["SimSun"], ("keep", None)),  # a stripped Windows: its own fallback, no bundled font on Windows
    ("darwin", MAC_FONTS, ("system", "PingFang SC")),
    ("darwin", ["Heiti SC"], ("keep", None)),  # macOS before 10.11
    ("linux", ["WenQuanYi Micro Hei", "Noto Sans CJK SC"], ("keep", None)),  # fontconfig chooses
    ("linux", ["Microsoft YaHei"], ("keep", None)),  # YaHei copied onto Linux: not forced there
    ("linux", [], ("bundled", None)),
    ("win32", [], ("bundled", None)),
])
def test_choice_by_platform_and_installed_fonts(platform, families, want):
    assert choose_cjk_font(platform, families) == want


@pytest.fixture()
def app_font(qapp):
    saved = qapp.font()
    yield qapp
    qapp.setFont(saved)


def test_windows_puts_yahei_after_the_ui_font(app_font):
    base = app_font.font().family()
    assert ensure_cjk_font("win32", WINDOWS_FONTS) == "Microsoft YaHei UI"
    assert app_font.font().families() == [base, "Microsoft YaHei UI"]


def test_macos_puts_pingfang_after_the_ui_font(app_font):
    base = app_font.font().family()
    assert ensure_cjk_font("darwin", MAC_FONTS) == "PingFang SC"
    assert app_font.font().families() == [base, "PingFang SC"]


def test_a_system_with_chinese_fonts_keeps_its_fallback(app_font):
    before = app_font.font().families()
    assert ensure_cjk_font("linux", ["WenQuanYi Micro Hei"]) is None
    assert app_font.font().families() == before


def test_without_chinese_fonts_the_bundled_font_is_loaded(app_font, tmp_path):
    src = next((p for p in WQY if p.is_file()), None)
    if src is None:
        pytest.skip("no WenQuanYi Micro Hei file on this machine to play the bundled font (fonts-wqy-microhei)")
    shutil.copy(src, tmp_path / src.name)
    family = ensure_cjk_font("linux", [], fonts_dir=tmp_path)
    assert family and "WenQuanYi" in family
    assert app_font.font().families()[-1] == family


def test_without_chinese_fonts_and_nothing_bundled_nothing_changes(app_font, tmp_path):
    before = app_font.font().families()
    assert ensure_cjk_font("win32", [], fonts_dir=tmp_path) is None
    assert app_font.font().families() == before


def test_real_call_on_this_machine(app_font):
    """No arguments: this machine's platform and fonts (the CI runners each check their own)."""
    installed = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    kind, family = choose_cjk_font(sys.platform, installed)
    if kind == "bundled":
        pytest.skip("no Chinese font installed here; the bundled-font path is tested above")
    assert ensure_cjk_font() == family
