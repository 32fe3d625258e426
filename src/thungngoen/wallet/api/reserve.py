"""The public proof of reserve: every coin outstanding is backed by a baht, in the bank
or in cash at the agents (totals only; the operator sees each agent)."""

from fastapi import APIRouter

from thungngoen.db import read_transaction
from thungngoen.wallet.api.schemas import Reserve
from thungngoen.wallet.reserve import reserve_report
from thungngoen.web.deps import EngineDep

router = APIRouter(prefix="/api/v1", tags=["operator"])


@router.get("/reserve", tags=["public"])
def proof_of_reserve(engine: EngineDep) -> Reserve:
    """Every coin outstanding is backed by a baht: this is public, and checked by verify."""
    with read_transaction(engine) as connection:
        report = reserve_report(connection)
    return Reserve(
        coin_outstanding_satang=report.coin_outstanding,
        baht_backing_satang=report.baht_backing,
        baht_in_bank_satang=report.baht_in_bank,
        cash_at_agents_satang=report.cash_at_agents,
        balanced=report.balanced,
    )
