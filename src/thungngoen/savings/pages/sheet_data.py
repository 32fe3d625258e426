"""What the meeting sheet shows before anything is typed: one row per member with the
commitment of the regulation and what each loan asks for this month, the approved loans
waiting to be paid out, and the entries of recent meetings that a correction may reverse."""

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Connection

from thungngoen import ledger, savings
from thungngoen.savings.corrections import CORRECTABLE
from thungngoen.savings.reports import EntryLine
from thungngoen.web.form_fields import baht_input

CORRECTABLE_MEETINGS = 3
"""How many recent meetings' entries the sheet offers to correct."""
EXPENSE_ROWS = 3
GRANT_ROWS = 2
CORRECTION_ROWS = 2


@dataclass(frozen=True, slots=True)
class LoanDue:
    loan_id: int
    due: int
    """Fallen due by the day of the sheet and not paid: what the cell starts with."""
    remaining: int


@dataclass(frozen=True, slots=True)
class SheetRow:
    member: savings.SavingsMember
    savings: int
    arrears: int
    loans: tuple[LoanDue, ...]


@dataclass(frozen=True, slots=True)
class Payout:
    loan: savings.Loan
    member: savings.SavingsMember


@dataclass(frozen=True, slots=True)
class Correctable:
    entry: EntryLine
    meeting: savings.Meeting
    member_name: str


@dataclass(frozen=True, slots=True)
class SheetSetup:
    group: savings.Group
    rules: savings.Regulation
    day: date
    cash: int
    rows: tuple[SheetRow, ...]
    payouts: tuple[Payout, ...]
    correctable: tuple[Correctable, ...]
    last_meeting: savings.Meeting | None


def sheet_setup(connection: Connection, group_id: int, day: date) -> SheetSetup:
    group = savings.get_group(connection, group_id)
    members = savings.list_members(connection, group_id)
    # Instalments due on the day itself count as due: positions as of the day after.
    positions = savings.loan_positions(connection, day + timedelta(days=1), group_id=group_id)
    arrears = savings.commitment_arrears(connection, group_id, day)
    rows = tuple(
        SheetRow(
            member=member,
            savings=ledger.balance(connection, member.savings_account_id),
            arrears=arrears.get(member.id, 0),
            loans=tuple(
                LoanDue(p.loan.id, min(p.overdue, p.remaining), p.remaining)
                for p in positions.values()
                if p.loan.member_id == member.id and p.remaining
            ),
        )
        for member in members
    )
    names = {member.id: member for member in members}
    approved = savings.list_loans(connection, group_id, statuses=("approved",))
    meetings = savings.list_meetings(connection, group_id)
    return SheetSetup(
        group=group,
        rules=savings.regulation_on(connection, group_id, day),
        day=day,
        cash=savings.group_books(connection, group.code).cash,
        rows=rows,
        payouts=tuple(Payout(loan, names[loan.member_id]) for loan in approved),
        correctable=_correctable(connection, meetings[-CORRECTABLE_MEETINGS:], names),
        last_meeting=meetings[-1] if meetings else None,
    )


def _correctable(
    connection: Connection,
    meetings: list[savings.Meeting],
    members: dict[int, savings.SavingsMember],
) -> tuple[Correctable, ...]:
    """Entries of these meetings a sheet may still reverse: not corrections themselves,
    not corrected already (a correction comes later, so among these same meetings)."""
    found: list[Correctable] = []
    for meeting in meetings:
        for entry in savings.meeting_report(connection, meeting.id).entries:
            member = members.get(entry.member_id) if entry.member_id else None
            found.append(Correctable(entry, meeting, member.name if member else ""))
    undone = {c.entry.corrects_entry_id for c in found if c.entry.corrects_entry_id}
    return tuple(
        c
        for c in found
        if c.entry.kind in CORRECTABLE
        and c.entry.corrects_entry_id is None
        and c.entry.id not in undone
    )


def first_values(setup: SheetSetup) -> dict[str, str]:
    """The form as it opens: everyone present, the regulation's commitment and welfare
    contribution, each loan's amount due; nothing else."""
    values = {"held_on": setup.day.isoformat(), "note": ""}
    for row in setup.rows:
        prefix = f"m{row.member.id}"
        values[f"{prefix}.present"] = "on"
        values[f"{prefix}.commitment"] = baht_input(setup.rules.commitment, short=True)
        values[f"{prefix}.welfare"] = baht_input(setup.rules.welfare_monthly, short=True)
        for loan in row.loans:
            values[f"{prefix}.repay.{loan.loan_id}"] = baht_input(loan.due, short=True)
    return values
