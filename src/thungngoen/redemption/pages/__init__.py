"""The redemption pages: a shop redeems coin for baht and follows its payouts; the operator
makes payout batches and marks them paid."""

from fastapi import APIRouter

from thungngoen.redemption.pages import payout_batch, payouts, redeem_preview, respend, shop

router = APIRouter(include_in_schema=False)
for section in (shop, redeem_preview, respend, payouts, payout_batch):
    router.include_router(section.router)
