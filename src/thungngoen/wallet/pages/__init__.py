"""The wallet's pages: signing up, then one package per kind of user: members, shops,
agents, and the operator's program pages."""

from fastapi import APIRouter

from thungngoen.wallet.pages import agent, member, programs, shop, signup

router = APIRouter(include_in_schema=False)
for role in (signup, member, shop, agent, programs):
    router.include_router(role.router)
