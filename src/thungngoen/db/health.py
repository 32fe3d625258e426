"""The database's health as a write sees it: ``/api/v1/health`` stamps one row, in a
real write transaction, so that a full disk, a read-only file or a lost server answers
"unavailable" instead of "ok" (issue 12, finding 15)."""

from sqlalchemy import Column, Connection, Integer, Table, insert, update

from thungngoen.clock import utc_now
from thungngoen.db.metadata import metadata
from thungngoen.db.types import UtcDateTime

health_checks = Table(
    "system_health",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("checked_at", UtcDateTime, nullable=False),
)


def stamp_health(connection: Connection) -> None:
    """Write the time of this check (the one row, made on the first check)."""
    now = utc_now()
    changed = connection.execute(
        update(health_checks).where(health_checks.c.id == 1).values(checked_at=now)
    ).rowcount
    if not changed:
        connection.execute(insert(health_checks).values(id=1, checked_at=now))
