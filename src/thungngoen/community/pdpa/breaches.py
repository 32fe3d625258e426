"""The breach register (PDPA s.37(4)): a breach is notified to the Office (PDPC) without
delay and within 72 hours of becoming aware of it, unless it is unlikely to put people's
rights at risk; when the risk is high the people affected are told too, without delay.
The clock runs from ``discovered_at`` and stops when the office is notified."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, insert, select, update

from thungngoen import audit
from thungngoen.community.pdpa.errors import InvalidBreach, UnknownBreach
from thungngoen.community.pdpa_tables import RISK_LEVELS, breaches

CLOCK = timedelta(hours=72)
NOTIFIED = ("office", "people")


@dataclass(frozen=True, slots=True)
class Breach:
    id: int
    discovered_at: datetime
    description: str
    data_affected: str
    people_affected: int
    risk: str
    recorded_by: str
    recorded_at: datetime
    office_notified_at: datetime | None
    people_notified_at: datetime | None

    @property
    def deadline(self) -> datetime:
        return self.discovered_at + CLOCK

    def hours_left(self, now: datetime) -> int | None:
        """Whole hours to the 72-hour deadline (negative: overdue); ``None`` once the
        office was notified."""
        if self.office_notified_at is not None:
            return None
        return int((self.deadline - now).total_seconds() // 3600)

    def overdue(self, now: datetime) -> bool:
        return self.office_notified_at is None and now > self.deadline

    def people_due(self) -> bool:
        """High risk and the people not told yet."""
        return self.risk == "high" and self.people_notified_at is None


def _breach(row: object) -> Breach:
    mapping = row._mapping  # type: ignore[attr-defined]
    return Breach(**{slot: mapping[slot] for slot in Breach.__slots__})


def get_breach(connection: Connection, breach_id: int) -> Breach:
    row = connection.execute(select(breaches).where(breaches.c.id == breach_id)).first()
    if row is None:
        raise UnknownBreach(f"breach {breach_id} does not exist", "breach_id")
    return _breach(row)


def _text(value: str, field: str, longest: int) -> str:
    value = " ".join(value.split())
    if not value or len(value) > longest:
        raise InvalidBreach(f"{field} is 1-{longest} characters", field)
    return value


def add_breach(
    connection: Connection,
    *,
    discovered_at: datetime,
    description: str,
    data_affected: str,
    people_affected: int,
    risk: str,
    actor: str,
    at: datetime,
) -> Breach:
    if risk not in RISK_LEVELS:
        raise InvalidBreach("the risk is low or high", "risk")
    if not 0 <= people_affected <= 10_000_000:
        raise InvalidBreach("the number of people affected is 0 or more", "people_affected")
    if discovered_at > at:
        raise InvalidBreach("a breach cannot be discovered in the future", "discovered_at")
    row = {
        "discovered_at": discovered_at,
        "description": _text(description, "description", 2000),
        "data_affected": _text(data_affected, "data_affected", 1000),
        "people_affected": people_affected,
        "risk": risk,
        "recorded_by": actor,
        "recorded_at": at,
    }
    new_id = connection.execute(insert(breaches).returning(breaches.c.id), row).scalar_one()
    audit.record(
        connection,
        actor=actor,
        action="community.breach_add",
        subject_type="breach",
        subject_id=new_id,
        after={"risk": risk, "people_affected": people_affected},
    )
    return get_breach(connection, new_id)


def notify_breach(
    connection: Connection, breach_id: int, *, whom: str, notified_at: datetime, actor: str,
    at: datetime,
) -> Breach:  # fmt: skip
    """Record that the office (``office``) or the people affected (``people``) were told."""
    if whom not in NOTIFIED:
        raise InvalidBreach("notified is office or people", "whom")
    before = get_breach(connection, breach_id)
    column = f"{whom}_notified_at"
    if getattr(before, column) is not None:
        raise InvalidBreach(f"the {whom} notification is recorded already", "whom")
    if notified_at > at or notified_at < before.discovered_at:
        raise InvalidBreach("a notification falls between discovery and now", "notified_at")
    connection.execute(
        update(breaches).where(breaches.c.id == breach_id).values({column: notified_at})
    )
    audit.record(
        connection,
        actor=actor,
        action="community.breach_notify",
        subject_type="breach",
        subject_id=breach_id,
        after={"whom": whom},
    )
    return get_breach(connection, breach_id)


def list_breaches(connection: Connection, limit: int = 200) -> list[Breach]:
    query = select(breaches).order_by(breaches.c.discovered_at.desc()).limit(limit)
    return [_breach(row) for row in connection.execute(query)]
