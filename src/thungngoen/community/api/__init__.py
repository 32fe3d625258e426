"""The community-data JSON API (``/api/v1/data``): thin routes over the operations, each
checking ``community.access`` in the same transaction."""

from fastapi import APIRouter

from thungngoen.community.api import imports, people, places

router = APIRouter()
for module in (places, people, imports):
    router.include_router(module.router)
