"""The vouchers' pages: a member redeems a printed voucher; the operator generates
batches, prints their sheets and cancels them."""

from fastapi import APIRouter

from thungngoen.vouchers.pages import batches, member

router = APIRouter(include_in_schema=False)
for section in (member, batches):
    router.include_router(section.router)
