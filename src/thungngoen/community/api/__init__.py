"""The community-data JSON API (``/api/v1/data``): thin routes over the operations, each
checking ``community.access`` in the same transaction."""

from fastapi import APIRouter

from thungngoen.community.api import field, imports, people, places, relocation
from thungngoen.community.pdpa import api as pdpa
from thungngoen.community.rounds import api as rounds_api

router = APIRouter()
for module in (places, people, relocation, rounds_api, field, imports, pdpa):
    router.include_router(module.router)
