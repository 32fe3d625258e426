"""The communication JSON API (``/api/v1/me/inbox``): thin routes over the inbox
operations, each checking ``communication.access``."""

from fastapi import APIRouter

from thungngoen.communication.api import (
    announcements,
    inbox,
    line_webhook,
    preferences,
    push,
    sms_reports,
)

router = APIRouter()
for module in (inbox, preferences, push, line_webhook, sms_reports, announcements):
    router.include_router(module.router)
