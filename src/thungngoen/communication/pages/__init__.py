"""The communication pages: the inbox, digests, settings, announcements, deliveries."""

from fastapi import APIRouter

from thungngoen.communication.pages import (
    announcements,
    deliveries,
    digest,
    inbox,
    preferences,
    push,
    unsubscribe,
)

router = APIRouter(include_in_schema=False)
for module in (inbox, digest, preferences, push, unsubscribe, deliveries, announcements):
    router.include_router(module.router)
