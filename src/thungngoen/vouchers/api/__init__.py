"""The vouchers JSON API (``/api/v1``): thin routes over the area's operations, each
checking ``vouchers.access``; the bodies are in ``schemas``."""

from fastapi import APIRouter

from thungngoen.vouchers.api import batches, redemptions

router = APIRouter()
for module in (batches, redemptions):
    router.include_router(module.router)
