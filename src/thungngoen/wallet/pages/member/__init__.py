"""The member's wallet pages: the balance, paying a shop (scanning its QR or typing its
number), sending to a member, the history, topping up, the pay code, vouchers, settings,
and receipts."""

from fastapi import APIRouter

from thungngoen.wallet.pages.member import (
    history,
    home,
    pay_request,
    pay_shop,
    paycode,
    receipts,
    scan,
    send,
    settings,
    topup,
    vouchers,
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
    topup,
    paycode,
    vouchers,
    settings,
):
    router.include_router(section.router)
