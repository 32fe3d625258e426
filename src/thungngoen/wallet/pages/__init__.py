"""The wallet's pages: signing up, then one package per kind of user: members, shops,
agents, and the operator's program and community fund pages; and the kit the other
areas' member and shop pages are built with (the member's form states and history, the
shop being served, the agents nearby, the districts to choose from)."""

from fastapi import APIRouter

from thungngoen.wallet.pages import agent, funds, member, programs, shop, signup
from thungngoen.wallet.pages.member.agents_nearby import NearbyAgent, agents_near
from thungngoen.wallet.pages.member.common import (
    BAHT_AMOUNT,
    TOO_MANY,
    FormState,
    read_amount,
    render_state,
)
from thungngoen.wallet.pages.member.statement import HistoryFilter, HistoryLine, history_page
from thungngoen.wallet.pages.shop.current import Mine, MyShop, render_shop
from thungngoen.wallet.pages.shop.forms import typed_amount
from thungngoen.wallet.pages.signup import districts

router = APIRouter(include_in_schema=False)
for role in (signup, member, shop, agent, programs, funds):
    router.include_router(role.router)

__all__ = [
    "BAHT_AMOUNT",
    "TOO_MANY",
    "FormState",
    "HistoryFilter",
    "HistoryLine",
    "Mine",
    "MyShop",
    "NearbyAgent",
    "agents_near",
    "districts",
    "history_page",
    "read_amount",
    "render_shop",
    "render_state",
    "router",
    "typed_amount",
]
