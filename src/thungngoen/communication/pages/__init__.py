"""The communication pages: the inbox."""

from fastapi import APIRouter

from thungngoen.communication.pages import inbox, unsubscribe

router = APIRouter(include_in_schema=False)
for module in (inbox, unsubscribe):
    router.include_router(module.router)
