"""The operator's program pages: programs and their rules, and the events with their
participants and allowances. Operators act; auditors look."""

from fastapi import APIRouter

from thungngoen.wallet.pages.programs import events, listing, program

router = APIRouter(include_in_schema=False)
for section in (listing, program, events):
    router.include_router(section.router)
