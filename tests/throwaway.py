"""A database nobody else uses, for one test: a file under the test's tmp_path on SQLite, or — when
GONGJI_TEST_DB_URL points at a server (.ci/run: PostgreSQL from scripts/with-pg) — a freshly created, uniquely
named database on that server, dropped afterwards. Shared by tests/core/conftest.py (``db_url``) and the window's
several-desks tests (tests/gui/test_desks.py)."""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

TEST_DB_URL = os.environ.get("GONGJI_TEST_DB_URL", "").strip()
ON_SERVER = bool(TEST_DB_URL) and make_url(TEST_DB_URL).get_backend_name() != "sqlite"


@contextmanager
def throwaway_database(tmp_path: Path, filename: str) -> Iterator[str]:
    """The URL (or path) of an empty database for one test, removed at the end."""
    if not ON_SERVER:
        yield str(tmp_path / filename)
        return
    server = make_url(TEST_DB_URL)
    name = f"gongji_test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield server.set(database=name).render_as_string(hide_password=False)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
