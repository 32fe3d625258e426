"""The wallet's JSON API (``/api/v1``): thin routes over the wallet operations."""

from fastapi import APIRouter

from thungngoen.wallet.api import agents, members, operator, payments, shops
from thungngoen.wallet.api import programs as program_routes

router = APIRouter()
for module in (members, payments, shops, agents, operator, program_routes):
    router.include_router(module.router)
