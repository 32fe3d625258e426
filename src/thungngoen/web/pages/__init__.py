"""Server-rendered pages (Jinja2 + HTMX). Each module owns a router; the app includes all:
the shared ones here, then each area's."""

from fastapi import APIRouter

from thungngoen.circulation import pages as circulation_pages
from thungngoen.savings import pages as savings_pages
from thungngoen.wallet.pages import agent, console, member, shop, treasury
from thungngoen.web.pages.auth import router as auth_router
from thungngoen.web.pages.home import router as home_router
from thungngoen.web.pages.signup import router as signup_router

routers: list[APIRouter] = [
    auth_router,
    signup_router,
    home_router,
    member.router,
    shop.router,
    agent.router,
    console.router,
    treasury.router,
    savings_pages.router,
    circulation_pages.router,
]
