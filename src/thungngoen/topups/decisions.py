"""The operator's decision on a statement line nothing matched: whose it was, or refunded.

``thb:bank`` in the ledger holds only baht that backs coin, so an unmatched line is not
booked until the operator decides: an assignment mints it to the member, and a refund
(made outside the system) is recorded on the line and changes no ledger row.
"""

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, update

from thungngoen import audit
from thungngoen.clock import utc_now
from thungngoen.topups.errors import (
    DecisionNoteRequired,
    StatementLineDecided,
    UnknownStatementLine,
)
from thungngoen.topups.requests import member_by_phone
from thungngoen.topups.statements import (
    ImportedLine,
    get_statement_line,
    line_from_row,
    mint_for_line,
)
from thungngoen.topups.tables import statement_lines
from thungngoen.wallet import get_member

MAX_DECISION_NOTE = 500


def assign_unmatched(
    connection: Connection, line_id: int, member_id: int, actor: str, *, now: datetime | None = None
) -> ImportedLine:
    """The operator says whose payment an unmatched line was: mint it to that member."""
    line = _undecided_line(connection, line_id)
    member = get_member(connection, member_id)
    transfer_id = mint_for_line(connection, line.bank_ref, line.amount, member, actor, None)
    decision = {"status": "assigned", "member_id": member.id, "transfer_id": transfer_id}
    return _decide(connection, line, actor, now, decision, matched_by="operator")


def assign_unmatched_by_phone(
    connection: Connection, line_id: int, phone: str, actor: str, *, now: datetime | None = None
) -> ImportedLine:
    """``assign_unmatched`` to the member whose login is ``phone`` (how the operator knows them)."""
    member = member_by_phone(connection, phone)
    return assign_unmatched(connection, line_id, member.id, actor, now=now)


def refund_unmatched(
    connection: Connection, line_id: int, actor: str, note: str, *, now: datetime | None = None
) -> ImportedLine:
    """The operator sent the baht back outside the system: record it (no ledger change)."""
    note = note.strip()
    if not 0 < len(note) <= MAX_DECISION_NOTE:
        raise DecisionNoteRequired(
            f"say in up to {MAX_DECISION_NOTE} characters how the baht went back"
        )
    line = _undecided_line(connection, line_id)
    return _decide(connection, line, actor, now, {"status": "refunded"}, decision_note=note)


def _undecided_line(connection: Connection, line_id: int) -> ImportedLine:
    query = select(statement_lines).where(statement_lines.c.id == line_id).with_for_update()
    row = connection.execute(query).first()
    if row is None:
        raise UnknownStatementLine(f"statement line {line_id} does not exist")
    if row.status != "unmatched":
        raise StatementLineDecided(f"statement line {line_id} is already {row.status}")
    return line_from_row(row)


def _decide(
    connection: Connection,
    line: ImportedLine,
    actor: str,
    now: datetime | None,
    decision: dict[str, Any],
    **extra: Any,
) -> ImportedLine:
    connection.execute(
        update(statement_lines)
        .where(statement_lines.c.id == line.id)
        .values(**decision, **extra, decided_by=actor, decided_at=now or utc_now())
    )
    audit.record(
        connection,
        actor=actor,
        action=f"statement.{'assign' if decision['status'] == 'assigned' else 'refund'}",
        subject_type="statement_line",
        subject_id=line.id,
        before={"status": line.status},
        after={**decision, **extra, "amount": line.amount, "bank_ref": line.bank_ref},
    )
    return get_statement_line(connection, line.id)
