"""An agent and their cash float, day by day, as the ledger has it.

The float (``thb:agent:<user>``, an asset of the operator) rises by every cash top-up the
agent takes and falls by every hand-over to the operator (``handovers``): its balance is
the cash the agent holds for the operator and owes it. A
Thai day's movements are read from the float's own statement chain, newest first, until
the walk passes the start of the day.
"""

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, select

from thungngoen import ledger
from thungngoen.thai import day_bounds, in_thai_time
from thungngoen.wallet import errors
from thungngoen.wallet.people import member_names
from thungngoen.wallet.tables import agents

CASH_TOPUP = "topup_cash"
HANDOVER = "agent_handover"
PAGE = 200


@dataclass(frozen=True, slots=True)
class Agent:
    id: int
    name: str
    float_account_id: int


def agent_of_user(connection: Connection, user_id: int) -> Agent:
    query = select(agents.c.id, agents.c.name, agents.c.float_account_id).where(
        agents.c.user_id == user_id
    )
    row = connection.execute(query).first()
    if row is None:
        raise errors.UnknownAgent("this login is not an agent's")
    return Agent(row.id, row.name, row.float_account_id)


@dataclass(frozen=True, slots=True)
class FloatLine:
    transfer_id: int
    created_at: datetime
    amount: int
    """Signed: a cash top-up raises the float."""
    purpose: str
    member_name: str | None

    @property
    def thai_time(self) -> str:
        return f"{in_thai_time(self.created_at):%H:%M}"

    @property
    def is_topup(self) -> bool:
        return self.purpose == CASH_TOPUP and self.amount > 0

    @property
    def is_handover(self) -> bool:
        return self.purpose == HANDOVER


@dataclass(frozen=True, slots=True)
class FloatDay:
    day: date
    lines: list[FloatLine]
    """Newest first."""

    @property
    def topups(self) -> list[FloatLine]:
        return [line for line in self.lines if line.is_topup]

    @property
    def topup_total(self) -> int:
        return sum(line.amount for line in self.topups)

    @property
    def expected_cash(self) -> int:
        """The cash the day's movements put in the drawer (every movement, signed)."""
        return sum(line.amount for line in self.lines)

    @property
    def last_transfer_id(self) -> int | None:
        return self.lines[0].transfer_id if self.lines else None


def float_day(connection: Connection, agent: Agent, day: date) -> FloatDay:
    start, end = day_bounds(day)
    found = _statement_between(connection, agent.float_account_id, start, end)
    transfers = [ledger.get_transfer(connection, line.transfer_id) for line in found]
    member_ids = [_member_id(transfer) for transfer in transfers]
    names = member_names(connection, {i for i in member_ids if i is not None})
    lines = [
        FloatLine(
            line.transfer_id,
            line.created_at,
            line.amount,
            line.purpose,
            names.get(member_id) if member_id is not None else None,
        )
        for line, member_id in zip(found, member_ids, strict=True)
    ]
    return FloatDay(day, lines)


def _statement_between(
    connection: Connection, account_id: int, start: datetime, end: datetime
) -> list[ledger.StatementLine]:
    found: list[ledger.StatementLine] = []
    before = None
    while True:
        page = ledger.statement(connection, account_id, limit=PAGE, before_id=before)
        found += [line for line in page if start <= line.created_at < end]
        if len(page) < PAGE or page[-1].created_at < start:
            return found
        before = page[-1].transfer_id


def _member_id(transfer: ledger.Transfer) -> int | None:
    member_id = (transfer.metadata or {}).get("member_id")
    return member_id if isinstance(member_id, int) else None
