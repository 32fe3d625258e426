"""The operator's money pages: programs and their rules, printed voucher batches, bank
statements and their reconciliation, payouts to shops. Operators act; auditors look."""

from fastapi import APIRouter

from thungngoen.wallet.pages.treasury import (
    events,
    payout_batch,
    payouts,
    program,
    programs,
    statement_decisions,
    statements,
    vouchers,
)

router = APIRouter(include_in_schema=False)
for section in (
    programs,
    program,
    events,
    vouchers,
    statements,
    statement_decisions,
    payouts,
    payout_batch,
):
    router.include_router(section.router)
