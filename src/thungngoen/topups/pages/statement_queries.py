"""What the reconciliation screen reads beside ``unmatched_lines``: the top-up requests
still waiting for a payment (every member's) and the lines already settled (read only)."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, select

from thungngoen import topups
from thungngoen.auth.tables import users
from thungngoen.topups.statements import line_from_row
from thungngoen.topups.tables import statement_lines
from thungngoen.wallet.tables import members, topup_requests

SETTLED_SHOWN = 50


@dataclass(frozen=True, slots=True)
class OpenRequest:
    id: int
    reference: str
    amount: int
    created_at: datetime
    expires_at: datetime
    member_name: str


@dataclass(frozen=True, slots=True)
class SettledLine:
    line: topups.ImportedLine
    member_name: str
    request_reference: str | None


@dataclass(frozen=True, slots=True)
class Reconciliation:
    unmatched: list[topups.ImportedLine]
    open_requests: list[OpenRequest]
    settled: list[SettledLine]


def reconciliation(connection: Connection) -> Reconciliation:
    return Reconciliation(
        topups.unmatched_lines(connection), open_requests(connection), settled_lines(connection)
    )


def open_requests(connection: Connection) -> list[OpenRequest]:
    rows = connection.execute(
        select(topup_requests, users.c.name)
        .join(members, members.c.id == topup_requests.c.member_id)
        .join(users, users.c.id == members.c.user_id)
        .where(topup_requests.c.status == "open")
        .order_by(topup_requests.c.id)
    )
    return [
        OpenRequest(row.id, row.reference, row.amount, row.created_at, row.expires_at, row.name)
        for row in rows
    ]


def settled_lines(connection: Connection) -> list[SettledLine]:
    """The latest lines matched, assigned or refunded, newest first."""
    rows = connection.execute(
        select(
            statement_lines,
            users.c.name.label("member_name"),
            topup_requests.c.reference.label("request_reference"),
        )
        .outerjoin(members, members.c.id == statement_lines.c.member_id)
        .outerjoin(users, users.c.id == members.c.user_id)
        .outerjoin(topup_requests, topup_requests.c.id == statement_lines.c.topup_request_id)
        .where(statement_lines.c.status != "unmatched")
        .order_by(statement_lines.c.id.desc())
        .limit(SETTLED_SHOWN)
    )
    return [
        SettledLine(line_from_row(row), row.member_name or "", row.request_reference)
        for row in rows
    ]
