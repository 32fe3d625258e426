"""The wallet's JSON API (``/api/v1``): thin routes over the wallet operations."""

from fastapi import APIRouter

from thungngoen.wallet.api import agents, members, operator, payments, shops

router = APIRouter()
for module in (members, payments, shops, agents, operator):
    router.include_router(module.router)
