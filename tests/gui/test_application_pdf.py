"""The binding application PDF (gui renderer of core.application's content): its text, via pdftotext."""
from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from core.application import Party, binding_application
from core.i18n import set_language
from core.profiles import get_profile

HUSBAND = Party("周文斌", "11010519491231002X", "employee")
WIFE = Party("吴静", "110105197712240026", "employee")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed")
@pytest.mark.parametrize("reveal", [False, True])
def test_pdf_text(tmp_path, qapp, reveal):
    set_language("zh_CN")
    try:
        from gui.application_pdf import write_application_pdf
        doc = binding_application(household="周家", profile=get_profile("jiangsu"), authorizer=HUSBAND, user=WIFE,
                                  relation="spouse", today=date(2026, 6, 15), reveal_ids=reveal)
        out = tmp_path / "app.pdf"
        write_application_pdf(doc, out)
        text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                              check=True).stdout
        squashed = "".join(text.split())
        for needle in ("周文斌", "吴静", "结婚证", "承诺书", doc.commitment[0][:12], doc.signatures[0]):
            assert "".join(needle.split()) in squashed, needle
        assert ("11010519491231002X" in squashed) is reveal
        assert ("110105********002X" in squashed) is not reveal
    finally:
        set_language(None)
