"""The wallet's JSON API (``/api/v1``): thin routes over the wallet operations."""

from fastapi import APIRouter

from thungngoen.wallet.api import agents, members, operator, payments, shops, topups, vouchers
from thungngoen.wallet.api import programs as program_routes
from thungngoen.wallet.api import redemption as redemption_routes

router = APIRouter()
for module in (members, payments, shops, agents, operator, vouchers, topups):
    router.include_router(module.router)
router.include_router(redemption_routes.router)
router.include_router(program_routes.router)
