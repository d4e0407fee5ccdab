"""Where a server database lives, in words, and how its backups are made (issue #14; for the About/data dialog).

A SQLite ledger is a file on this computer and gongji backs it up itself. A PostgreSQL ledger lives on a server;
its backups are the server's job (the administrator's), and :func:`server_info` gives the exact ``pg_dump`` /
``pg_restore`` commands for this database. The password never appears anywhere here.
"""
from __future__ import annotations

import shlex
from dataclasses import dataclass

from sqlalchemy.engine import URL

from core.i18n import tr


@dataclass(frozen=True)
class ServerInfo:
    host: str
    port: int
    database: str
    user: str
    #: One paragraph for the dialog, in the user's language.
    where: str
    backup_note: str
    dump_command: str
    restore_command: str
    #: Why gongji's own backup buttons do not apply (shown next to the disabled buttons).
    buttons_disabled_reason: str


def server_info(url: URL) -> ServerInfo | None:
    """None for a SQLite file; else where the data lives and the backup commands (no password)."""
    if url.get_backend_name() == "sqlite":
        return None
    host = url.host or "localhost"
    port = url.port or 5432
    database = url.database or ""
    user = url.username or ""
    conn = [f"--host={shlex.quote(host)}", f"--port={port}"]
    if user:
        conn.append(f"--username={shlex.quote(user)}")
    conn.append(f"--dbname={shlex.quote(database)}")
    dump_file = shlex.quote(f"{database or 'gongji'}.dump")
    dump = " ".join(["pg_dump", "--format=custom", *conn, f"--file={dump_file}"])
    restore = " ".join(["pg_restore", "--clean", "--if-exists", "--single-transaction", *conn, dump_file])
    where = tr("The data is not on this computer: it lives in the database \u201c{db}\u201d on the PostgreSQL "
               "server {host} (port {port}), used as \u201c{user}\u201d. Every desk connected to it sees the same "
               "ledger.", db=database, host=host, port=port, user=user or "?")
    note = tr("Backups of a server database are the server's job: ask whoever runs the server to back it up "
              "regularly. To make a copy by hand, or to restore one, use these commands (they ask for the "
              "password):")
    reason = tr("Not available for a server database: gongji backs up only a ledger file on this computer. "
                "Use the commands below, or ask whoever runs the server.")
    return ServerInfo(host, port, database, user, where, note, dump, restore, reason)
