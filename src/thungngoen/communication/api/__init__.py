"""The communication JSON API (``/api/v1/me/inbox``): thin routes over the inbox
operations, each checking ``communication.access``."""

from fastapi import APIRouter

from thungngoen.communication.api import inbox

router = APIRouter()
router.include_router(inbox.router)
