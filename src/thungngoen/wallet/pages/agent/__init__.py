"""The agent's pages: the counter (find a member by phone, cash top-up, receipt), the
cash float and the daily closing."""

from fastapi import APIRouter

from thungngoen.wallet.pages.agent import closing, counter, float_page, receipts

router = APIRouter(include_in_schema=False)
for section in (counter, receipts, float_page, closing):
    router.include_router(section.router)
