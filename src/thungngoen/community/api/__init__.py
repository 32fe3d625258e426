"""The community-data JSON API (``/api/v1/data``): thin routes over the operations, each
checking ``community.access`` in the same transaction."""

from fastapi import APIRouter

from thungngoen.community.api import people, places
from thungngoen.community.pdpa import api as pdpa

router = APIRouter()
for module in (places, people, pdpa):
    router.include_router(module.router)
