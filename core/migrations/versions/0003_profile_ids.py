"""profile ids: households on a removed profile move to the one that replaced it (zhejiang-retain → zhejiang)

The ``zhejiang-retain`` profile attributed a ¥1,000 floor to Zhejiang that its source (seed 004) gives for unnamed
regions; it was removed when every profile parameter got its exact source. Its households move to ``zhejiang`` (the
rest of its rules), and each move is written to the audit log. core.profiles.ALIASES also maps the old id, so a
database that skipped this (a copy restored elsewhere) still loads.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 20:05:00
"""
import json
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

RENAMED = {"zhejiang-retain": "zhejiang"}


households = sa.table("households", sa.column("id", sa.Integer), sa.column("name", sa.String),
                      sa.column("profile_id", sa.String))
audit = sa.table("audit_log", sa.column("at", sa.DateTime), sa.column("actor", sa.String),
                 sa.column("on_behalf_of", sa.String), sa.column("household_id", sa.Integer),
                 sa.column("action", sa.String), sa.column("summary", sa.Text), sa.column("details", sa.Text))


def upgrade() -> None:
    from core.i18n import tr
    conn = op.get_bind()
    now = datetime.now()
    for old, new in RENAMED.items():
        rows = conn.execute(sa.select(households.c.id, households.c.name)
                            .where(households.c.profile_id == old)).all()
        for hid, name in rows:
            conn.execute(households.update().where(households.c.id == hid).values(profile_id=new))
            conn.execute(audit.insert().values(
                at=now, actor="migration 0003", on_behalf_of="", household_id=hid, action="household.profile",
                summary=tr("Policy profile of {name} changed from {old} to {new}", name=name, old=old, new=new),
                details=json.dumps({"old": old, "new": new, "by": "migration 0003"}, sort_keys=True)))


def downgrade() -> None:
    pass  # the old profile no longer exists; the audit log records who was moved
