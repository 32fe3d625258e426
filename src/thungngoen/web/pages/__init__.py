"""Server-rendered pages (Jinja2 + HTMX). Each module owns a router; the app includes all."""

from fastapi import APIRouter

from thungngoen.web.pages.auth import router as auth_router
from thungngoen.web.pages.home import router as home_router
from thungngoen.web.pages.signup import router as signup_router

routers: list[APIRouter] = [auth_router, signup_router, home_router]
