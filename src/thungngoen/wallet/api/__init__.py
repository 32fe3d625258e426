"""The wallet's JSON API (``/api/v1``): thin routes over the wallet operations."""

from fastapi import APIRouter

from thungngoen.wallet.api import (
    agent_floats,
    agents,
    funds,
    members,
    payments,
    reserve,
    shops,
    wages,
)
from thungngoen.wallet.api import programs as program_routes

router = APIRouter()
for module in (
    members,
    payments,
    shops,
    wages,
    agents,
    agent_floats,
    funds,
    reserve,
    program_routes,
):
    router.include_router(module.router)
