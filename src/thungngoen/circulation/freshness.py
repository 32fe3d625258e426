"""How fresh the circulation figures are: the last transfer the rollups include (and its
time) beside the ledger's latest. A staff page or API answer that is behind says so and
offers ``catch_up`` (decision 0035); a page view itself adds at most the API's cap, so
that no view waits on a long backlog."""

from dataclasses import dataclass
from datetime import datetime

from pydantic import BaseModel
from sqlalchemy import Connection, Engine, func, select

from thungngoen.circulation import rollup
from thungngoen.ledger.tables import transfers


@dataclass(frozen=True, slots=True)
class Freshness:
    as_of_transfer: int
    """The last ledger transfer the figures include (the rollups' watermark)."""
    as_of_time: datetime | None
    """When that transfer was made (``None`` before the first)."""
    ledger_transfer: int
    """The ledger's latest transfer now."""

    @property
    def transfers_behind(self) -> int:
        """Transfer ids the figures do not include yet (pending and failed ones count)."""
        return max(self.ledger_transfer - self.as_of_transfer, 0)

    @property
    def up_to_date(self) -> bool:
        return self.transfers_behind == 0


def freshness(connection: Connection) -> Freshness:
    as_of = rollup.watermark(connection)
    made = select(transfers.c.created_at).where(transfers.c.id == as_of)
    latest = connection.execute(select(func.max(transfers.c.id))).scalar()
    return Freshness(as_of, connection.execute(made).scalar(), int(latest or 0))


def catch_up(engine: Engine) -> Freshness:
    """Bring the rollups up to the ledger's latest settled transfer, however many that is;
    doing it again changes nothing. Returns how fresh the figures are then."""
    rollup.refresh(engine)
    with engine.connect() as connection:
        return freshness(connection)


class FreshnessOut(BaseModel):
    """How fresh the figures are: ``up_to_date`` false means the ledger holds transfers
    they do not include yet (``POST /api/v1/circulation/refresh`` adds them)."""

    as_of_transfer: int
    as_of_time: datetime | None
    ledger_transfer: int
    transfers_behind: int
    up_to_date: bool


def freshness_out(fresh: Freshness) -> FreshnessOut:
    return FreshnessOut(
        as_of_transfer=fresh.as_of_transfer,
        as_of_time=fresh.as_of_time,
        ledger_transfer=fresh.ledger_transfer,
        transfers_behind=fresh.transfers_behind,
        up_to_date=fresh.up_to_date,
    )
