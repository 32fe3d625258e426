"""The operator console: the dashboard (reserve, floats, legal guard), merchant approvals,
the agents' float limits and hand-overs, people search and account actions, and the audit
log. The money pages (programs, vouchers, bank statements, payouts) belong to their areas."""

from fastapi import APIRouter

from thungngoen.console.pages import agents, audit, dashboard, merchants, people

router = APIRouter(include_in_schema=False)
for section in (dashboard, merchants, agents, people, audit):
    router.include_router(section.router)
