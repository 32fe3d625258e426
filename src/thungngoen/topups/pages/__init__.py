"""The top-up pages: a member's PromptPay top-up request; the operator's bank statements
and their reconciliation."""

from fastapi import APIRouter

from thungngoen.topups.pages import member, qr_picture, statement_decisions, statements

router = APIRouter(include_in_schema=False)
for section in (member, qr_picture, statements, statement_decisions):
    router.include_router(section.router)
