"""The shop pages: sign-up, the till and its live status, takings, refunds, promotions and
the QR poster (redeeming coin for baht is the redemption area's page). All work on the
merchant's own shop."""

from fastapi import APIRouter

from thungngoen.wallet.pages.shop import (
    current,
    live,
    poster,
    promotions,
    refunds,
    signup,
    takings,
    till,
)

router = APIRouter(include_in_schema=False)
for section in (signup, current, till, live, takings, refunds, promotions, poster):
    router.include_router(section.router)
