"""The communication pages: the inbox, digests, settings, announcements, deliveries."""

from fastapi import APIRouter

from thungngoen.communication.pages import (
    announcements,
    deliveries,
    digest,
    inbox,
    preferences,
    unsubscribe,
)

router = APIRouter(include_in_schema=False)
for module in (inbox, digest, preferences, unsubscribe, deliveries, announcements):
    router.include_router(module.router)
