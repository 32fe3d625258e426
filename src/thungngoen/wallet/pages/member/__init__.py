"""The member's wallet pages: the balance, paying a shop (scanning its QR or typing its
number), sending to a member, the history, the pay code, settings and receipts (topping up and
vouchers are their areas' pages)."""

from fastapi import APIRouter

from thungngoen.wallet.pages.member import (
    allowance_pay,
    history,
    home,
    pay_request,
    pay_shop,
    paycode,
    receipts,
    scan,
    send,
    settings,
)

router = APIRouter(include_in_schema=False)
for section in (
    home,
    scan,
    pay_request,
    pay_shop,
    send,
    receipts,
    history,
    paycode,
    settings,
    allowance_pay,
):
    router.include_router(section.router)
