"""The shop a merchant's pages work on: the one chosen (a cookie) among the shops the user
owns (``wallet.access.owned_shops``), else the first. Pages that take money need it
approved; the till says why not."""

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, Response

from thungngoen.auth.users import User
from thungngoen.wallet.access import owned_shops
from thungngoen.wallet.people import Shop
from thungngoen.web.cookies import set_private_cookie
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.page_ops import read
from thungngoen.web.pages.redirects import local_path, see_other
from thungngoen.web.sessions import MerchantPage, actor_of
from thungngoen.web.templating import render

SHOP_COOKIE = "tn_shop"
SHOP_COOKIE_MAX_AGE = 365 * 24 * 60 * 60

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True, slots=True)
class ShopChoice:
    user: User
    owned: list[Shop]
    current: Shop | None


@dataclass(frozen=True, slots=True)
class MyShop:
    """An approved shop of the logged-in merchant (``owned``: all their shops)."""

    user: User
    owned: list[Shop]
    shop: Shop

    @property
    def actor(self) -> str:
        return actor_of(self.user)


async def shop_choice(request: Request, user: MerchantPage) -> ShopChoice:
    owned = await read(request, lambda c: owned_shops(c, user))
    chosen = request.cookies.get(SHOP_COOKIE, "")
    first = owned[0] if owned else None
    current = next((shop for shop in owned if str(shop.id) == chosen), first)
    return ShopChoice(user, owned, current)


Choice = Annotated[ShopChoice, Depends(shop_choice)]


async def approved_shop(choice: Choice) -> MyShop:
    """Pages that take or give money: back to the till (which explains) unless approved."""
    if choice.current is None or choice.current.status != "approved":
        raise HTTPException(status_code=303, headers={"Location": "/shop"})
    return MyShop(choice.user, choice.owned, choice.current)


Mine = Annotated[MyShop, Depends(approved_shop)]


def render_shop(
    request: Request,
    mine: MyShop,
    name: str,
    context: dict[str, Any] | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    """The page ``name`` (a template), with the shop and the user's other shops for the chooser."""
    full = {"shop": mine.shop, "shops": mine.owned, **(context or {})}
    return render(request, name, full, status_code=status_code)


def remember_shop(request: Request, response: Response, shop_id: int) -> None:
    """The pages of this browser work on ``shop_id`` from now on (if the user owns it)."""
    set_private_cookie(request, response, SHOP_COOKIE, str(shop_id), max_age=SHOP_COOKIE_MAX_AGE)


@router.post("/shop/choose")
async def choose_shop(request: Request, choice: Choice, form: CheckedForm) -> Response:
    chosen = next((s for s in choice.owned if str(s.id) == form.get("shop_id")), None)
    if chosen is None:
        raise HTTPException(status_code=404)
    back = local_path(request.headers.get("referer"), "/shop", host=request.url.netloc)
    response = see_other(request, back)
    remember_shop(request, response, chosen.id)
    return response
