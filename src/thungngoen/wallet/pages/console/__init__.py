"""The operator console: the dashboard (reserve, floats, legal guard), merchant approvals,
people search and account actions, and the audit log. Money operations (programs,
vouchers, bank statements, payouts) are in ``treasury``."""

from fastapi import APIRouter

from thungngoen.wallet.pages.console import audit, dashboard, merchants, people

router = APIRouter(include_in_schema=False)
for section in (dashboard, merchants, people, audit):
    router.include_router(section.router)
