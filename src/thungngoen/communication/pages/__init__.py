"""The communication pages: the inbox."""

from fastapi import APIRouter

from thungngoen.communication.pages import (
    announcements,
    deliveries,
    inbox,
    preferences,
    push,
    unsubscribe,
)

router = APIRouter(include_in_schema=False)
for module in (inbox, preferences, push, unsubscribe, deliveries, announcements):
    router.include_router(module.router)
