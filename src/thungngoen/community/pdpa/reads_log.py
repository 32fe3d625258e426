"""The log of reads of personal data, viewable: the coordinator (and the auditor) see all
reads filtered by person, reader and period; the person sees the reads of their own record
with the reader named by duty, not by name (decision 0049): staff are people too, and the
duty is what tells the person why their data was read; the coordinator sees the login."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, select

from thungngoen.auth.tables import users
from thungngoen.community.duties import duties_of
from thungngoen.community.tables import personal_reads


@dataclass(frozen=True, slots=True)
class LoggedRead:
    id: int
    person_id: int
    reader: str
    what: str
    purpose: str
    read_at: datetime


def all_reads(
    connection: Connection,
    *,
    person_id: int | None = None,
    reader: str = "",
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 500,
) -> list[LoggedRead]:
    """Newest first; ``reader`` as logged (``user:12``, ``cli``)."""
    query = select(personal_reads)
    if person_id is not None:
        query = query.where(personal_reads.c.person_id == person_id)
    if reader:
        query = query.where(personal_reads.c.reader == reader)
    if since is not None:
        query = query.where(personal_reads.c.read_at >= since)
    if until is not None:
        query = query.where(personal_reads.c.read_at < until)
    query = query.order_by(personal_reads.c.read_at.desc(), personal_reads.c.id.desc())
    return [
        LoggedRead(**{slot: row._mapping[slot] for slot in LoggedRead.__slots__})
        for row in connection.execute(query.limit(limit))
    ]


def reader_role(connection: Connection, reader: str, person_user_id: int | None) -> str:
    """What the person is shown of who read: ``self``, ``coordinator``, ``collector``,
    ``leader``, ``editor``, ``auditor``, ``operator``, ``staff`` (a login whose duty
    ended) or ``system`` (the command line)."""
    if not reader.startswith("user:") or not reader[5:].isdigit():
        return "system"
    user_id = int(reader[5:])
    if user_id == person_user_id:
        return "self"
    role = connection.execute(select(users.c.role).where(users.c.id == user_id)).scalar()
    if role in ("auditor", "operator"):
        return str(role)
    held = duties_of(connection, user_id)
    if held.coordinator:
        return "coordinator"
    if held.leads:
        return "leader"
    if held.collects:
        return "collector"
    return "editor" if held.organisations else "staff"
