"""The operator's community fund pages: the funds and the form recording a donation or a
grant, a gift's receipt (ใบเสร็จรับเงิน), and each fund's statement. Operators act;
auditors look."""

from fastapi import APIRouter

from thungngoen.wallet.pages.funds import gifts, receipt, statement

router = APIRouter(include_in_schema=False)
for section in (gifts, receipt, statement):
    router.include_router(section.router)
