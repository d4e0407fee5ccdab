"""core.server: a server database is described with its host, database and user — never the password — and the exact
pg_dump / pg_restore commands for it."""
from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from core.i18n import set_language
from core.server import server_info

pytestmark = pytest.mark.usefixtures("english")


def test_a_file_has_no_server_info(tmp_path):
    assert server_info(make_url(f"sqlite:///{tmp_path / 'g.db'}")) is None


def test_server_info_names_host_database_user_and_never_the_password():
    info = server_info(make_url("postgresql+psycopg://desk:s3cret-pw@db.center.local:5433/gongji"))
    assert (info.host, info.port, info.database, info.user) == ("db.center.local", 5433, "gongji", "desk")
    text = " ".join([info.where, info.backup_note, info.dump_command, info.restore_command,
                     info.buttons_disabled_reason])
    assert "s3cret" not in text
    assert "db.center.local" in info.where and "gongji" in info.where and "desk" in info.where
    assert info.dump_command == ("pg_dump --format=custom --host=db.center.local --port=5433 --username=desk "
                                 "--dbname=gongji --file=gongji.dump")
    assert info.restore_command == ("pg_restore --clean --if-exists --single-transaction --host=db.center.local "
                                    "--port=5433 --username=desk --dbname=gongji gongji.dump")


def test_odd_names_are_quoted_for_the_shell():
    info = server_info(make_url("postgresql+psycopg://o'brien@localhost/my ledger"))
    assert "--username='o'\"'\"'brien'" in info.dump_command and "--dbname='my ledger'" in info.dump_command


def test_in_chinese():
    set_language("zh_CN")
    info = server_info(make_url("postgresql+psycopg://desk@db/gongji"))
    assert "服务器" in info.where and "服务器" in info.backup_note
