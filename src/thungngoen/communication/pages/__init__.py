"""The communication pages: the inbox."""

from fastapi import APIRouter

from thungngoen.communication.pages import inbox

router = APIRouter(include_in_schema=False)
router.include_router(inbox.router)
