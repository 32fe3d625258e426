"""The top-ups JSON API (``/api/v1``): thin routes over the area's operations, each
checking ``topups.access``; the bodies are in ``schemas``."""

from fastapi import APIRouter

from thungngoen.topups.api import requests, statements

router = APIRouter()
for module in (requests, statements):
    router.include_router(module.router)
