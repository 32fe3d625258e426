"""Daily closings: the agent counts the drawer against what the ledger expects.

Nothing moves in the ledger at a closing (the cash is the operator's before and after),
so a closing is an administrative record: a hash-chained audit entry ``agent.closing``
holding the day's figures as the ledger had them, the cash counted and the difference.
No table of its own. A day may have several closings (a recount); the latest counts.
"""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, select

from thungngoen import audit
from thungngoen.audit.tables import audit_log
from thungngoen.clock import utc_now
from thungngoen.thai import day_bounds, thai_day
from thungngoen.wallet.agent_float import Agent, float_day
from thungngoen.wallet.tables import agents

CLOSING = "agent.closing"


@dataclass(frozen=True, slots=True)
class Closing:
    id: int
    recorded_at: datetime
    topup_count: int
    topup_total: int
    expected: int
    counted: int
    form_key: str

    @property
    def difference(self) -> int:
        """Positive: cash over; negative: cash short."""
        return self.counted - self.expected


def _closing(entry_id: int, recorded_at: datetime, figures: dict[str, Any]) -> Closing:
    return Closing(
        id=entry_id,
        recorded_at=recorded_at,
        topup_count=figures["topup_count"],
        topup_total=figures["topup_total"],
        expected=figures["expected"],
        counted=figures["counted"],
        form_key=figures["form_key"],
    )


def closings_of_day(connection: Connection, agent: Agent, day: date) -> list[Closing]:
    """The agent's closings recorded on this Thai day, the latest first."""
    start, end = day_bounds(day)
    query = (
        select(audit_log.c.id, audit_log.c.occurred_at, audit_log.c.after)
        .where(
            audit_log.c.action == CLOSING,
            audit_log.c.subject_type == "agent",
            audit_log.c.subject_id == str(agent.id),
            audit_log.c.occurred_at >= start,
            audit_log.c.occurred_at < end,
        )
        .order_by(audit_log.c.id.desc())
    )
    return [_closing(row.id, row.occurred_at, row.after) for row in connection.execute(query)]


def record_closing(
    connection: Connection, agent: Agent, counted: int, form_key: str, actor: str
) -> Closing:
    """Close today with the cash counted; the same form sent twice records it once."""
    # One closing at a time per agent, so a double submit finds the first one.
    connection.execute(select(agents.c.id).where(agents.c.id == agent.id).with_for_update())
    today = float_day(connection, agent, thai_day(utc_now()))
    earlier = closings_of_day(connection, agent, today.day)
    if earlier and earlier[0].form_key == form_key:
        return earlier[0]
    figures = {
        "day": today.day.isoformat(),
        "topup_count": len(today.topups),
        "topup_total": today.topup_total,
        "expected": today.expected_cash,
        "counted": counted,
        "difference": counted - today.expected_cash,
        "last_transfer_id": today.last_transfer_id,
        "form_key": form_key,
    }
    entry = audit.record(
        connection,
        actor=actor,
        action=CLOSING,
        subject_type="agent",
        subject_id=agent.id,
        after=figures,
    )
    return _closing(entry.id, entry.occurred_at, figures)
