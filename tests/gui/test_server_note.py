"""The About/data dialog on a server database (issue #14): where the data lives (never the password), the
pg_dump/pg_restore commands, and the disabled backup buttons say why. On a file, nothing of this is shown."""
from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from core.server import server_info
from gui.dialogs.about import AboutDialog
from gui.settings import Settings

pytestmark = pytest.mark.usefixtures("english")


def test_a_server_database_is_described_with_its_backup_commands(qtbot, runner, service):
    service.server_info = lambda: server_info(make_url("postgresql+psycopg://desk:s3cret@db.center.local/gongji"))
    d = AboutDialog(runner, Settings.memory())
    qtbot.addWidget(d)
    assert d.server_note is not None
    texts = [w.text() for w in d.findChildren(type(d.result_label))] + \
        [w.text() for w in d.server_note.commands.values()]
    joined = "\n".join(texts)
    assert "s3cret" not in joined
    assert "db.center.local" in joined and "Everything stays on this computer" not in joined
    assert any(t.startswith("pg_dump --format=custom --host=db.center.local") for t in texts)
    assert any(t.startswith("pg_restore ") for t in texts)
    assert not d.backup_button.isEnabled() and "server database" in d.backup_button.toolTip()


def test_a_file_database_has_no_server_section(qtbot, runner):
    d = AboutDialog(runner, Settings.memory())
    qtbot.addWidget(d)
    assert d.server_note is None and d.backup_button.isEnabled()
