"""The savings groups' JSON API (``/api/v1/savings``): thin routes over the operations,
each checking ``savings.access`` in the same transaction."""

from fastapi import APIRouter

from thungngoen.savings.api import groups, loans, meetings, meetings_ahead, passbooks

router = APIRouter()
for module in (groups, meetings, meetings_ahead, loans, passbooks):
    router.include_router(module.router)
