"""Importing the operator's bank statement: record each new credit line, match it, mint.

A line is matched by its reference, else by its amount, and minted as one batch keyed by
its ``bank_ref`` (THB ``thb:bank`` → ``thb:backing``, SKC ``skc:mint`` → wallet), so no
line can mint twice. The rules are in the package docstring.
"""

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

from sqlalchemy import Connection, Row, insert, select, update
from sqlalchemy.exc import IntegrityError

from thungngoen import audit, ledger
from thungngoen.topups.bank_statement import StatementLine, parse_statement
from thungngoen.topups.errors import (
    UnknownStatementLine,
    UnusableBankRef,
    retry_if_unique_race,
)
from thungngoen.topups.tables import statement_lines
from thungngoen.wallet import MAX_TOPUP, Member, book, get_member, mint_legs, tell_topup
from thungngoen.wallet.tables import topup_requests

CLOCK_SLACK: Final = timedelta(minutes=5)
MAX_BANK_REF: Final = 80


@dataclass(frozen=True)
class ImportedLine:
    id: int
    bank_ref: str
    booked_at: datetime
    amount: int
    description: str
    reference: str | None
    status: str  # matched, unmatched, assigned, refunded
    matched_by: str | None  # reference, amount, operator
    reason: str  # why it is unmatched
    topup_request_id: int | None
    member_id: int | None
    transfer_id: int | None
    decision_note: str | None


@dataclass(frozen=True)
class ImportReport:
    new: int
    duplicate: int
    matched: int
    unmatched: int
    unmatched_lines: list[ImportedLine]


def import_statement(
    connection: Connection, csv_text: str, actor: str, now: datetime
) -> ImportReport:
    """Record and match every credit line not imported before; a re-import changes nothing."""
    lines = parse_statement(csv_text)
    for line in lines:
        if len(line.bank_ref) > MAX_BANK_REF:
            raise UnusableBankRef(
                f"bank_ref longer than {MAX_BANK_REF} characters: {line.bank_ref}"
            )
    seen = set(
        connection.execute(
            select(statement_lines.c.bank_ref).where(
                statement_lines.c.bank_ref.in_([line.bank_ref for line in lines])
            )
        ).scalars()
    )
    imported = [
        _import_line(connection, line, actor, now) for line in lines if line.bank_ref not in seen
    ]
    unmatched = [line for line in imported if line.status == "unmatched"]
    report = ImportReport(
        len(imported), len(seen), len(imported) - len(unmatched), len(unmatched), unmatched
    )
    if imported:
        summary = [[ln.id, ln.bank_ref, ln.status, ln.topup_request_id] for ln in imported]
        audit.record(
            connection,
            actor=actor,
            action="statement.import",
            subject_type="bank_statement",
            subject_id=hashlib.sha256(csv_text.encode()).hexdigest()[:16],
            after={"new": report.new, "duplicate": report.duplicate, "lines": summary},
        )
    return report


def get_statement_line(connection: Connection, line_id: int) -> ImportedLine:
    row = connection.execute(select(statement_lines).where(statement_lines.c.id == line_id)).first()
    if row is None:
        raise UnknownStatementLine(f"statement line {line_id} does not exist")
    return line_from_row(row)


def unmatched_lines(connection: Connection) -> list[ImportedLine]:
    query = select(statement_lines).where(statement_lines.c.status == "unmatched")
    return [line_from_row(row) for row in connection.execute(query.order_by(statement_lines.c.id))]


def line_from_row(row: Row[Any]) -> ImportedLine:
    fields = ImportedLine.__dataclass_fields__
    return ImportedLine(**{key: value for key, value in row._mapping.items() if key in fields})


def mint_for_line(
    connection: Connection,
    bank_ref: str,
    amount: int,
    member: Member,
    actor: str,
    request_id: int | None,
) -> int:
    """Mint against the line's baht; keyed by ``bank_ref``, so a line mints at most once."""
    metadata: dict[str, object] = {"bank_ref": bank_ref, "member_id": member.id}
    metadata |= {"topup_request_id": request_id, "actor": actor}
    bank = book.system_account_id(connection, book.BANK)
    legs = mint_legs(
        bank, member.account_id, amount, connection, "topup_promptpay", "เติมเงินพร้อมเพย์", metadata
    )
    transfers = ledger.post_batch(connection, legs, idempotency_key=f"promptpay:{bank_ref}")
    tell_topup(connection, member.user_id, amount, transfers[-1].created_at)
    return transfers[-1].id


def _import_line(
    connection: Connection, line: StatementLine, actor: str, now: datetime
) -> ImportedLine:
    values: dict[str, Any] = {
        "bank_ref": line.bank_ref,
        "booked_at": line.booked_at,
        "amount": line.amount_satang,
        "description": line.description,
        "reference": line.reference,
        "status": "unmatched",
        "imported_by": actor,
        "imported_at": now,
    }
    request, matched_by, values["reason"] = _find_request(connection, line)
    if request is not None:
        member = get_member(connection, request.member_id)
        if ledger.get_account(connection, member.account_id).status != "active":
            values["reason"] = "the member's wallet is not active"
        else:
            transfer_id = mint_for_line(
                connection, line.bank_ref, line.amount_satang, member, actor, request.id
            )
            connection.execute(
                update(topup_requests)
                .where(topup_requests.c.id == request.id)
                .values(status="matched", transfer_id=transfer_id)
            )
            values.update(
                status="matched",
                matched_by=matched_by,
                topup_request_id=request.id,
                member_id=member.id,
                transfer_id=transfer_id,
            )
    try:
        line_id = connection.execute(
            insert(statement_lines).returning(statement_lines.c.id), values
        ).scalar_one()
    except IntegrityError as error:
        retry_if_unique_race(error, "wallet_statement_lines")
        raise
    return get_statement_line(connection, line_id)


def _find_request(connection: Connection, line: StatementLine) -> tuple[Row[Any] | None, str, str]:
    """(the request the line pays, matched by what, or why none)."""
    if line.amount_satang > MAX_TOPUP:
        return None, "", "above the top-up limit: the operator decides"
    query = select(topup_requests).with_for_update()
    if line.reference is not None:
        named = connection.execute(
            query.where(topup_requests.c.reference == line.reference)
        ).first()
        if named is not None and named.status in ("open", "expired"):
            return named, "reference", ""
        if named is not None:
            return None, "", f"request {line.reference} was already paid"
    by_amount = connection.execute(
        query.where(
            topup_requests.c.status == "open",
            topup_requests.c.amount == line.amount_satang,
            topup_requests.c.created_at <= line.booked_at + CLOCK_SLACK,
            topup_requests.c.expires_at >= line.booked_at - CLOCK_SLACK,
        )
    ).first()
    if by_amount is not None:
        return by_amount, "amount", ""
    return None, "", "no open request with this reference or amount"
